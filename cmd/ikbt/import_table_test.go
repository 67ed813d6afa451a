package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ikbt import of a spreadsheet: the mapping is asked for, given, saved
// and reused; --dry-run writes nothing; a refused row writes nothing; the
// same file twice changes nothing.
func TestImportTable(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("IKBT_CONFIG", filepath.Join(dir, "cfg", "config"))
	db := filepath.Join(dir, "ikbt.db")
	file := filepath.Join(dir, "lista.csv")
	os.WriteFile(file, []byte("Personnummer;Namn;Program;Start;Dag\n189002099811;Åsa Öberg;Oroshjälpen;23/11/2026;tisdag\n189103179802;Örjan Ärlig;Sovhjälpen;2026-10-05;fre\n"), 0o600)

	_, _, err := runIkbt(t, "import", "--db", db, file)
	if err == nil || !strings.Contains(err.Error(), "ingen sparad kolumnmappning") || !strings.Contains(err.Error(), "personnummer=Personnummer") {
		t.Fatalf("no mapping: %v", err)
	}
	mapping := "personnummer=Personnummer,name=Namn,program=Program,started=Start,feedback_day=Dag"
	_, _, err = runIkbt(t, "import", "--db", db, "--map", "name=Namn,program=Program", file)
	if err == nil || !strings.Contains(err.Error(), "det obligatoriska fältet personnummer") {
		t.Fatalf("a required field without a column: %v", err)
	}
	out, _, err := runIkbt(t, "import", "--db", db, "--dry-run", "--map", mapping, file)
	if err == nil || !strings.Contains(out, `rad 3, kolumn "Personnummer": fel kontrollsiffra`) || !strings.Contains(out, "Förhandsgranskning") {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("--dry-run created the database")
	}
	// The mistake fixed; the saved mapping is used without --map.
	os.WriteFile(file, []byte("Personnummer;Namn;Program;Start;Dag\n189002099811;Åsa Öberg;Oroshjälpen;23/11/2026;tisdag\n189103179801;Örjan Ärlig;Sovhjälpen;2026-10-05;fre\n"), 0o600)
	out, _, err = runIkbt(t, "import", "--db", db, "--lang", "en", file)
	if err != nil || !strings.Contains(out, "Imported into") || !strings.Contains(out, "2 new moments") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	exp1, _, _ := runIkbt(t, "export", "--db", db)
	out, _, err = runIkbt(t, "import", "--db", db, file)
	if err != nil || !strings.Contains(out, "Redan inlästa, oförändrade: rad 2–3") {
		t.Fatalf("second import: %v\n%s", err, out)
	}
	if exp2, _, _ := runIkbt(t, "export", "--db", db); exp2 != exp1 {
		t.Error("the same file twice changed the database")
	}
	if _, _, err := runIkbt(t, "import", "--db", db, "--dry-run", exampleFile); err == nil {
		t.Error("--dry-run was taken for JSON")
	}
}
