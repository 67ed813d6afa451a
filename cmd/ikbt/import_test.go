package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/store"
)

// runIkbt runs the command in-process and returns what it wrote.
func runIkbt(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err = root.Execute()
	return out.String(), errb.String(), err
}

const exampleFile = "../../store/testdata/example.json"

func TestImportExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ikbt.db")
	out, _, err := runIkbt(t, "import", "--db", db, exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Importerade 2 patienter, 2 moment, 2 modulhändelser, 4 mätningar, 1 meddelande från") {
		t.Errorf("import said %q", out)
	}
	exp1, _, err := runIkbt(t, "export", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	// The export imports into a new file and exports the same.
	file := filepath.Join(dir, "export.json")
	os.WriteFile(file, []byte(exp1), 0o600)
	db2 := filepath.Join(dir, "copy.db")
	if _, _, err := runIkbt(t, "import", "--db", db2, file); err != nil {
		t.Fatal(err)
	}
	exp2, _, _ := runIkbt(t, "export", "--db", db2)
	if exp1 != exp2 {
		t.Errorf("export of the copy differs:\n%s\n%s", exp1, exp2)
	}
	for _, d := range []string{db, db2} {
		w, _, err := runIkbt(t, "worklist", "--db", d, "--today", "2026-11-23", "--json")
		if err != nil {
			t.Fatal(err)
		}
		if d == db {
			out = w
		} else if w != out {
			t.Errorf("worklists differ after export→import")
		}
	}
	// Importing again changes nothing.
	if _, _, err := runIkbt(t, "import", "--db", db, file); err != nil {
		t.Fatal(err)
	}
	if exp3, _, _ := runIkbt(t, "export", "--db", db); exp3 != exp1 {
		t.Error("re-import changed the export")
	}
}

func TestImportRefusesBadFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ikbt.db")
	if _, _, err := runIkbt(t, "import", "--db", db, exampleFile); err != nil {
		t.Fatal(err)
	}
	before, _, _ := runIkbt(t, "export", "--db", db)
	ex, _ := os.ReadFile(exampleFile)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, bytes.Replace(ex, []byte(`"total": 12`), []byte(`"total": 40`), 1), 0o600)
	out, _, err := runIkbt(t, "import", "--db", db, bad)
	if err == nil || out != "" {
		t.Fatalf("bad file accepted: %q", out)
	}
	for _, want := range []string{bad, "moments[0].measurements[2].total", "40 is out of range 0–21", "nothing was imported"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if after, _, _ := runIkbt(t, "export", "--db", db); after != before {
		t.Error("refused import changed the database")
	}
	if _, _, err := runIkbt(t, "export", "--db", filepath.Join(dir, "none.db")); !errors.Is(err, store.ErrNoFile) {
		t.Errorf("export of a missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("export created a database")
	}
}
