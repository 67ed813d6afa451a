package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingDatabaseNeedsCreate (issue 14): a --db that does not exist
// (even in folders that do not exist) is refused with the way to create
// it, in the user's language, and nothing is created.
func TestMissingDatabaseNeedsCreate(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"sv", "finns inte; inget har skapats. Starta med --create"},
		{"en", "does not exist; nothing was created. Start with --create"},
	} {
		dir := t.TempDir()
		db := filepath.Join(dir, "no", "such", "folder", "ikbt.db")
		_, _, err := runIkbt(t, "--db", db, "--today", "2026-11-23", "--lang", tt.lang)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), db) {
			t.Errorf("%s: %v, want it to name %s and say %q", tt.lang, err, db, tt.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "no")); !os.IsNotExist(err) {
			t.Errorf("%s: a folder was created: %v", tt.lang, err)
		}
	}
}
