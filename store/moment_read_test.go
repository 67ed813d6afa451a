package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

// TestMomentReadsHistoryAndClosing: Moment gives the moment with its
// copied notes in the order they were copied and its closing phase as the
// lifecycle's own read gives it (issue 18 moved the three reads into one
// transaction on a sqliteread connection); a moment without a closing has
// none, and an unknown moment is ErrNotFound.
func TestMomentReadsHistoryAndClosing(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	notes := []caseload.CopiedNote{
		{Kind: "feedback", Copied: caseload.NewStamp(2026, 11, 20, 9, 5), Text: "Återkoppling på modul 1.\nÅsa läser vidare."},
		{Copied: caseload.NewStamp(2026, 11, 18, 14, 0), Text: "Tidigare anteckning"},
	}
	for _, n := range notes {
		if _, err := s.RecordCopiedNote("m-1", n); err != nil {
			t.Fatal(err)
		}
	}
	checks := []caseload.Check{{Key: "symptom-reduction", Answer: "ja"}, {Key: "criteria", Answer: "nej", Note: "GAD-7 9"}}
	if err := s.HoldClosingVisit("m-1", caseload.NewDate(2026, 11, 21), checks); err != nil {
		t.Fatal(err)
	}
	m, p, err := s.Moment("m-1")
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != "m-1" || p.PNR != m.PNR {
		t.Fatalf("moment %q of patient %q, patient %q", m.ID, m.PNR, p.PNR)
	}
	if len(m.History) != 2 || m.History[0].Text != notes[1].Text || m.History[1].Text != notes[0].Text ||
		m.History[1].Kind != "feedback" || !m.History[1].Copied.Equal(notes[0].Copied) || m.History[0].ID == 0 {
		t.Errorf("history = %+v", m.History)
	}
	history, err := s.NoteHistory("m-1")
	if err != nil || !reflect.DeepEqual(history, m.History) {
		t.Errorf("NoteHistory = %+v, %v; Moment's %+v", history, err, m.History)
	}
	want, err := s.Closing("m-1")
	if err != nil {
		t.Fatal(err)
	}
	if m.Closing == nil || !reflect.DeepEqual(*m.Closing, want) || len(m.Closing.Checks) != 2 || m.Closing.Checks[1].Note != "GAD-7 9" {
		t.Errorf("closing = %+v, want %+v", m.Closing, want)
	}
	other := moment(t, s, "m-2")
	if other.Closing != nil || len(other.History) != 0 {
		t.Errorf("m-2: closing %+v, history %+v", other.Closing, other.History)
	}
	if _, _, err := s.Moment("m-404"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown moment: %v, want ErrNotFound", err)
	}
}
