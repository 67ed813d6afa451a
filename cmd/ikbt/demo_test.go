package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "ikbt.db")
	out, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "skriven till "+db) || !strings.Contains(out, "24 patienter, 26 moment,") {
		t.Errorf("demo said %q", out)
	}
	if fi, err := os.Stat(db); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("database mode: %v %v", fi.Mode(), err)
	}
	exp, _, _ := runIkbt(t, "export", "--db", db)
	// A second demo into the same file is refused and changes nothing.
	_, _, err = runIkbt(t, "demo", "--db", db, "--today", "2026-11-23")
	if err == nil || !strings.Contains(err.Error(), "already holds moments") {
		t.Fatalf("second demo: %v", err)
	}
	if again, _, _ := runIkbt(t, "export", "--db", db); again != exp {
		t.Error("refused demo changed the database")
	}
	var f struct {
		Moments []struct{ Personnummer string }
	}
	if err := json.Unmarshal([]byte(exp), &f); err != nil || len(f.Moments) != 26 {
		t.Fatalf("export: %v, %d moments", err, len(f.Moments))
	}
}

// TestDemoHandovers: the demo's handovers can be worked as real ones
// (issue 16.7): the incoming one is accepted into the caseload, the
// accepted one's moment is read-only here, the pending one is cancelled.
func TestDemoHandovers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	run := func(args ...string) (string, error) {
		out, _, err := runIkbt(t, append(args, "--db", db, "--today", "2026-11-23")...)
		return out, err
	}
	if _, err := run("demo"); err != nil {
		t.Fatal(err)
	}
	if _, err := run("handover", "accept", "H-demo-in-1", "--clinician", "Anna Lindqvist"); err != nil {
		t.Fatalf("accept the incoming handover: %v", err)
	}
	exp, err := run("export")
	if err != nil || !strings.Contains(exp, `"id": "NS-2026-0412"`) || !strings.Contains(exp, "Tove Rask") {
		t.Fatalf("the accepted moment is not in the file: %v", err)
	}
	if _, err := run("handover", "outcome", "H-demo-1", "cancelled"); err != nil {
		t.Errorf("cancel the pending handover: %v", err)
	}
	if _, err := run("handover", "outcome", "H-demo-2", "cancelled"); err == nil {
		t.Error("the accepted handover was cancelled")
	}
}

func TestDemoScaled(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	out, _, err := runIkbt(t, "demo", "--db", db, "--moments", "200", "--today", "2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "200 moment,") {
		t.Errorf("demo said %q", out)
	}
	if _, _, err := runIkbt(t, "demo", "--db", filepath.Join(t.TempDir(), "x.db"), "--moments", "0"); err == nil {
		t.Error("--moments 0 accepted")
	}
}
