package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/worklist"
)

func TestWorklistCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	if _, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runIkbt(t, "worklist", "--db", db, "--today", "2026-11-23", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var all worklist.Worklist
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	json.Unmarshal([]byte(out), &raw)
	for _, part := range []string{"today", "moments", "feedback", "flags", "measurements"} {
		if _, ok := raw[part]; !ok {
			t.Errorf("no %q in the JSON", part)
		}
	}
	if all.Today.String() != "2026-11-23" || len(all.Moments) == 0 || len(all.Flags) == 0 || len(all.Feedback) == 0 {
		t.Errorf("worklist %+v", all)
	}
	out, _, err = runIkbt(t, "worklist", "--db", db, "--today", "2026-11-23", "--json", "--clinician", demo.Second)
	if err != nil {
		t.Fatal(err)
	}
	var one worklist.Worklist
	json.Unmarshal([]byte(out), &one)
	if len(one.Moments) == 0 || len(one.Moments) >= len(all.Moments) {
		t.Errorf("%s has %d of %d moments", demo.Second, len(one.Moments), len(all.Moments))
	}
	for _, m := range one.Moments {
		if m.Clinician != demo.Second {
			t.Errorf("moment of %s in %s's worklist", m.Clinician, demo.Second)
		}
	}
	text, _, err := runIkbt(t, "worklist", "--db", db, "--today", "2026-11-23")
	if err != nil || !strings.HasPrefix(text, "Arbetslista 2026-11-23 (alla)") || strings.Contains(text, "{") {
		t.Errorf("summary %q, %v", text, err)
	}
	if _, _, err := runIkbt(t, "worklist", "--db", db, "--today", "23/11"); err == nil || !strings.Contains(err.Error(), "--today") {
		t.Errorf("bad --today: %v", err)
	}
	sql, _, _ := runIkbt(t, "worklist", "--sql", "--clinician", "O'Hara")
	if !strings.Contains(sql, "m.clinician = 'O''Hara'") || strings.Contains(sql, "?1") {
		t.Errorf("--sql: %s", sql)
	}
}

// TestBinaryExitCodes runs the built command: errors go to stderr with
// exit status 1 and nothing on stdout.
func TestBinaryExitCodes(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ikbt.db")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"patients": [{"personnummer": "191212121213", "name": "x"}]}`), 0o600)
	zero := filepath.Join(dir, "zero.db")
	os.WriteFile(zero, nil, 0o600)
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"demo", "--db", db, "--today", "2026-11-23"}, 0, ""},
		{[]string{"worklist", "--db", db, "--today", "2026-11-23", "--json"}, 0, ""},
		{[]string{"demo", "--db", db}, 1, "databasen har redan moment"},
		{[]string{"demo", "--db", db, "--lang", "en"}, 1, "already holds moments"},
		{[]string{"import", "--db", db, bad}, 1, "patients[0].personnummer: personnumret 19121212XXXX har fel kontrollsiffra"},
		{[]string{"import", "--db", db, bad, "--lang", "en"}, 1, "(nothing was imported)"},
		{[]string{"import", "--db", db, filepath.Join(dir, "missing.json")}, 1, "missing.json: filen finns inte"},
		{[]string{"worklist", "--db", filepath.Join(dir, "none.db")}, 1, "det finns ingen databas här"},
		{[]string{"worklist", "--db", filepath.Join(dir, "none.db"), "--lang", "en"}, 1, "there is no database here"},
		{[]string{"worklist", "--db", zero}, 1, "filen är tom, inte en ikbt-databas"},
		{[]string{"export", "--db", zero, "--lang", "en"}, 1, "the file is empty, not an ikbt database"},
	}
	for _, tt := range tests {
		cmd := exec.Command(bin, tt.args...)
		cmd.Env = append(os.Environ(), "IKBT_DB=")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		if code != 0 && stdout.Len() > 0 {
			t.Errorf("%v: stdout %q on failure", tt.args, stdout.String())
		}
	}
	if fi, err := os.Stat(zero); err != nil || fi.Size() != 0 {
		t.Errorf("a read command changed the zero-byte file: %v", err)
	}
}
