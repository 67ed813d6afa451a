package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

func exportText(t *testing.T, s *Store) string {
	t.Helper()
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	EncodeJSON(&b, c)
	return b.String()
}

// ApplyMerge's store-level checks each refuse the whole merge.
func TestApplyMergeChecks(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	pnrs := []personnummer.Number{c.Moments[0].PNR}
	held, err := s.Holdings(pnrs)
	if err != nil || len(held.Moments) == 0 || len(held.Patients) != 1 {
		t.Fatalf("Holdings: %v %+v", err, held)
	}
	m := held.Moments[0]
	p := held.Patients[0]
	m.Messages = append(m.Messages, caseload.Message{From: caseload.FromPatient, At: at(28, 9, 0)})
	fresh := caseload.Moment{ID: "ny-1", PNR: p.PNR, Program: "sovhjalpen", Started: caseload.NewDate(2026, 11, 2), Status: caseload.Active}
	before := exportText(t, s)

	tests := []struct {
		name string
		mg   Merge
		want error
	}{
		{"rename without choice", Merge{Patients: []caseload.Patient{{PNR: p.PNR, Name: "Någon Annan"}}, Update: []caseload.Moment{m}}, ErrIdentity},
		{"moment to another program", Merge{Patients: []caseload.Patient{p}, Update: []caseload.Moment{func() caseload.Moment { x := m; x.Program = "sovhjalpen"; return x }()}}, ErrIdentity},
		{"stale version", Merge{Patients: []caseload.Patient{p}, Update: []caseload.Moment{func() caseload.Moment { x := m; x.Version--; return x }()}}, ErrConflict},
		{"id taken", Merge{Patients: []caseload.Patient{p}, Create: []caseload.Moment{fresh, func() caseload.Moment { x := fresh; x.ID = m.ID; x.Program = "stresshjalpen"; return x }()}}, ErrExists},
		{"no such moment", Merge{Patients: []caseload.Patient{p}, Update: []caseload.Moment{func() caseload.Moment { x := m; x.ID = "nope"; return x }()}}, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.ApplyMerge(tt.mg); !errors.Is(err, tt.want) {
				t.Errorf("ApplyMerge: %v, want %v", err, tt.want)
			}
			if exportText(t, s) != before {
				t.Error("a refused merge changed the file")
			}
		})
	}

	// The same merge, with the rename chosen, is written whole.
	ok := Merge{Patients: []caseload.Patient{{PNR: p.PNR, Name: "Någon Annan"}}, Rename: map[personnummer.Number]bool{p.PNR: true},
		Create: []caseload.Moment{fresh}, Update: []caseload.Moment{m}}
	if err := s.ApplyMerge(ok); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Holdings(pnrs)
	if after.Patients[0].Name != "Någon Annan" || len(after.Moments) != len(held.Moments)+1 {
		t.Errorf("after: %+v", after)
	}

	// A closed moment never receives rows.
	got, _, _ := s.Moment(m.ID)
	if _, err := s.EndTreatment(got.ID, got.Version, caseload.Closed, "klar", caseload.NewDate(2026, 11, 28)); err != nil {
		t.Fatal(err)
	}
	got, _, _ = s.Moment(m.ID)
	got.Messages = append(got.Messages, caseload.Message{From: caseload.FromPatient, At: at(29, 9, 0)})
	if err := s.ApplyMerge(Merge{Patients: after.Patients, Update: []caseload.Moment{got}}); !errors.Is(err, ErrClosedMoment) {
		t.Errorf("closed moment: %v", err)
	}
}
