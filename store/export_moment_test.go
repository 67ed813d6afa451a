package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// TestExportMoment: the copy kept before gallring holds the one moment,
// its patient and its closing, nothing of another; mode 0600; an existing
// file is never overwritten and an unknown moment is refused.
func TestExportMoment(t *testing.T) {
	dir := t.TempDir()
	s := exampleStore(t, filepath.Join(dir, "ikbt.db"))
	if err := s.HoldClosingVisit("m-1", day("2026-11-20"), []caseload.Check{{Key: "symptom-reduction", Answer: "ja"}}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Moments) < 2 {
		t.Fatalf("the example holds %d moments; the test needs another to leave out", len(all.Moments))
	}
	out := filepath.Join(dir, "m-1.json")
	if err := s.ExportMoment("m-1", out); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("stat %v, mode %v; want 0600", err, fi.Mode().Perm())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	one, err := DecodeJSON(f, programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Moments) != 1 || one.Moments[0].ID != "m-1" || len(one.Patients) != 1 || one.Patients[0].PNR != one.Moments[0].PNR {
		t.Errorf("export holds %d moments, %d patients; want m-1 and its patient", len(one.Moments), len(one.Patients))
	}
	if len(one.Closings) != 1 || one.Closings[0].Moment != "m-1" {
		t.Errorf("closings = %+v, want m-1's", one.Closings)
	}
	if err := s.ExportMoment("m-1", out); err == nil {
		t.Error("an existing file was written over")
	}
	if err := s.ExportMoment("no-such", filepath.Join(dir, "x.json")); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown moment: %v, want ErrNotFound", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); !os.IsNotExist(err) {
		t.Error("a refused export left a file")
	}
}
