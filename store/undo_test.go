package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func madrs(d, hh int, item9 int) caseload.Measurement {
	return caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Ongoing,
		Answered: at(d, hh, 0), Items: []int{2, 2, 2, 2, 2, 2, 2, 2, item9}}
}

// TestUndoManySteps: two measurements, a note draft saved between them,
// then both measurements undone newest first; the draft stays and the
// file is otherwise as before (issue 14: undo broke after one step).
func TestUndoManySteps(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	before := exportJSON(t, s)
	v := moment(t, s, "m-1").Version
	u1, err := s.AddMeasurement("m-1", v, madrs(22, 8, 1))
	if err != nil {
		t.Fatal(err)
	}
	noteID, _, err := s.SaveNote("m-1", v+1, caseload.Note{Created: at(22, 9, 0), Text: "utkast"})
	if err != nil {
		t.Fatal(err)
	}
	u2, err := s.AddMeasurement("m-1", v+2, madrs(22, 10, 5))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(u2); err != nil {
		t.Fatalf("first undo: %v", err)
	}
	if err := s.Undo(u1); err != nil {
		t.Fatalf("second undo, past a draft: %v", err)
	}
	m := moment(t, s, "m-1")
	if len(m.Notes) != 1 || m.Notes[0].ID != noteID {
		t.Errorf("the draft went with the undo: %+v", m.Notes)
	}
	if m.Version != v+5 {
		t.Errorf("version %d, want %d: each write and undo is one step", m.Version, v+5)
	}
	// Without the draft, the file is as it was.
	c, _ := s.Export()
	for i := range c.Moments {
		if c.Moments[i].ID == "m-1" {
			c.Moments[i].Notes = nil
		}
	}
	var b bytes.Buffer
	if err := EncodeJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, b.Bytes()) {
		t.Errorf("two undos did not restore the measurements:\n%s", b.Bytes())
	}
	if err := s.Undo(u1); !errors.Is(err, ErrConflict) {
		t.Errorf("undo twice: %v, want ErrConflict", err)
	}
}

// TestUndoRefusesAChangedRow: another window changed the very row an
// undo would restore; the undo refuses and changes nothing.
func TestUndoRefusesAChangedRow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	a := exampleStore(t, path)
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	v := moment(t, a, "m-1").Version
	f := caseload.Flag{Kind: caseload.FlagInactive, Ref: "2026-11-20", Raised: caseload.NewDate(2026, 11, 20),
		HandledBy: "Anna", HandledAt: at(22, 9, 0), Note: "ringt"}
	u, err := a.HandleFlag("m-1", v, f)
	if err != nil {
		t.Fatal(err)
	}
	f.Note = "ringt igen"
	if _, err := b.HandleFlag("m-1", v+1, f); err != nil {
		t.Fatal(err)
	}
	before := exportJSON(t, a)
	if err := a.Undo(u); !errors.Is(err, ErrConflict) {
		t.Fatalf("undo over another window's change: %v, want ErrConflict", err)
	}
	if got := exportJSON(t, a); !bytes.Equal(before, got) {
		t.Error("a refused undo changed the file")
	}
	// A write to another part of the moment does not block an undo.
	u2, err := a.SetLastLogin("m-1", v+2, at(22, 11, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddMessage("m-1", v+3, caseload.Message{From: caseload.FromPatient, At: at(22, 12, 0)}); err != nil {
		t.Fatal(err)
	}
	if err := a.Undo(u2); err != nil {
		t.Errorf("undo after another window's message: %v", err)
	}
}

// TestAddMomentOnePatientOneName (issue 14): an existing personnummer
// under another name is refused, as is a second open moment in the same
// program; the file is unchanged by either.
func TestAddMomentOnePatientOneName(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var first caseload.Moment
	for _, m := range c.Moments {
		if m.Status == caseload.Active {
			first = m
			break
		}
	}
	var stored caseload.Patient
	for _, p := range c.Patients {
		if p.PNR == first.PNR {
			stored = p
		}
	}
	before := exportJSON(t, s)
	m := caseload.Moment{ID: "m-new", PNR: first.PNR, Program: first.Program, Clinician: "Anna", Started: today, Status: caseload.Active}
	if _, err := s.AddMoment(caseload.Patient{PNR: first.PNR, Name: stored.Name + " Annan"}, m); !errors.Is(err, ErrNameDiffers) {
		t.Errorf("another name: %v, want ErrNameDiffers", err)
	}
	if _, err := s.AddMoment(stored, m); !errors.Is(err, ErrOpenMoment) {
		t.Errorf("a second active moment in %s: %v, want ErrOpenMoment", first.Program, err)
	}
	if got := exportJSON(t, s); !bytes.Equal(before, got) {
		t.Error("a refused AddMoment changed the file")
	}
	// Once the first is closed, a new moment in the program is fine.
	if _, err := s.EndTreatment(first.ID, first.Version, caseload.Closed, "klar", today); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddMoment(stored, m); err != nil {
		t.Errorf("after closing the first: %v", err)
	}
}
