package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

func at(d, hh, mm int) caseload.Stamp { return caseload.NewStamp(2026, 11, d, hh, mm) }

// exampleStore is a store holding testdata/example.json.
func exampleStore(t *testing.T, path string) *Store {
	t.Helper()
	s := mustOpen(t, path)
	t.Cleanup(func() { s.Close() })
	c, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	return s
}

func moment(t *testing.T, s *Store, id string) caseload.Moment {
	t.Helper()
	m, _, err := s.Moment(id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestWrites(t *testing.T) {
	tests := []struct {
		name  string
		write func(s *Store, v int64) (Undo, error)
		check func(m caseload.Moment) bool
	}{
		{"open module", func(s *Store, v int64) (Undo, error) { return s.OpenModule("m-1", v, "3", at(22, 9, 0)) },
			func(m caseload.Moment) bool { return len(m.Modules) == 3 && m.Modules[2].Opened == at(22, 9, 0) }},
		{"submit module", func(s *Store, v int64) (Undo, error) { return s.SubmitModule("m-1", v, "2", at(22, 9, 0)) },
			func(m caseload.Moment) bool { return m.Modules[1].Submitted == at(22, 9, 0) }},
		{"feedback and next", func(s *Store, v int64) (Undo, error) {
			return s.GiveFeedback("m-1", v, "2", at(22, 10, 0), "3")
		}, func(m caseload.Moment) bool {
			return m.Modules[1].Feedback == at(22, 10, 0) && m.Modules[2].Module == "3" && m.Modules[2].Opened == at(22, 10, 0)
		}},
		{"message", func(s *Store, v int64) (Undo, error) {
			return s.AddMessage("m-1", v, caseload.Message{From: caseload.FromClinician, At: at(22, 11, 0)})
		}, func(m caseload.Moment) bool {
			return len(m.Messages) == 2 && m.Messages[1].From == caseload.FromClinician
		}},
		{"last login", func(s *Store, v int64) (Undo, error) { return s.SetLastLogin("m-1", v, at(22, 7, 30)) },
			func(m caseload.Moment) bool { return m.LastLogin == at(22, 7, 30) }},
		{"measurement", func(s *Store, v int64) (Undo, error) {
			return s.AddMeasurement("m-1", v, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Ongoing,
				Answered: at(22, 8, 0), Items: []int{3, 3, 3, 3, 3, 3, 3, 3, 5}})
		}, func(m caseload.Moment) bool {
			x := m.Measurements[len(m.Measurements)-1]
			return len(m.Measurements) == 4 && x.Total == 29 && x.Item9 == 5 && x.ID > 0
		}},
		{"handle flag", func(s *Store, v int64) (Undo, error) {
			return s.HandleFlag("m-1", v, caseload.Flag{Kind: caseload.FlagInactive, Ref: "2026-11-20",
				Raised: caseload.NewDate(2026, 11, 20), HandledBy: "Anna", HandledAt: at(22, 9, 0), Note: "ringt"})
		}, func(m caseload.Moment) bool { return len(m.Flags) == 1 && m.Flags[0].Note == "ringt" }},
		{"schedule", func(s *Store, v int64) (Undo, error) {
			return s.AddSchedule("m-1", v, caseload.Schedule{Instrument: "PHQ-9", EveryWeeks: 2, From: today})
		}, func(m caseload.Moment) bool { return len(m.Schedules) == 1 && m.Schedules[0].EveryWeeks == 2 }},
		{"maintenance", func(s *Store, v int64) (Undo, error) {
			return s.EndTreatment("m-1", v, caseload.Maintenance, "", today)
		}, func(m caseload.Moment) bool { return m.Status == caseload.Maintenance && m.MaintenanceFrom == today }},
		{"close", func(s *Store, v int64) (Undo, error) {
			return s.EndTreatment("m-1", v, caseload.Closed, "Behandlingen genomförd", today)
		}, func(m caseload.Moment) bool {
			return m.Status == caseload.Closed && m.ClosedOn == today && m.ClosingReason == "Behandlingen genomförd"
		}},
		{"note", func(s *Store, v int64) (Undo, error) {
			_, u, err := s.SaveNote("m-1", v, caseload.Note{Created: at(22, 12, 0), Text: "Återkoppling given."})
			return u, err
		}, func(m caseload.Moment) bool { return len(m.Notes) == 1 && m.Notes[0].Text == "Återkoppling given." }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
			before := exportJSON(t, s)
			m := moment(t, s, "m-1")
			u, err := tt.write(s, m.Version)
			if err != nil {
				t.Fatal(err)
			}
			after := moment(t, s, "m-1")
			if !tt.check(after) {
				t.Fatalf("not written: %+v", after)
			}
			if after.Version != m.Version+1 || u.Version != after.Version {
				t.Errorf("version %d → %d, undo at %d", m.Version, after.Version, u.Version)
			}
			// A second write at the old version is refused.
			if _, err := tt.write(s, m.Version); !errors.Is(err, ErrConflict) {
				t.Errorf("stale write: %v, want ErrConflict", err)
			}
			if err := s.Undo(u); err != nil {
				t.Fatal(err)
			}
			if got := exportJSON(t, s); !bytes.Equal(before, got) {
				t.Errorf("undo did not restore the moment:\n%s", got)
			}
			if err := s.Undo(u); !errors.Is(err, ErrConflict) {
				t.Errorf("second undo: %v, want ErrConflict", err)
			}
		})
	}
}

func TestAddMomentAndUndo(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	before := exportJSON(t, s)
	p := caseload.Patient{PNR: "189506299818", Name: "Signe Ek"}
	m := caseload.Moment{ID: "m-3", PNR: p.PNR, Program: "sovhjalpen", Clinician: "Anna", Started: today, Status: caseload.Active,
		Modules: []caseload.ModuleEvent{{Module: "1", Opened: at(23, 9, 0)}}}
	u, err := s.AddMoment(p, m)
	if err != nil {
		t.Fatal(err)
	}
	got, gp, err := s.Moment("m-3")
	if err != nil || gp != p || got.Version != 1 || len(got.Modules) != 1 {
		t.Fatalf("%+v %+v %v", got, gp, err)
	}
	if _, err := s.AddMoment(p, m); !errors.Is(err, ErrExists) {
		t.Errorf("second AddMoment: %v, want ErrExists", err)
	}
	bad := m
	bad.ID = "m-4"
	bad.PNR = "189506299819"
	if _, err := s.AddMoment(caseload.Patient{PNR: bad.PNR, Name: "x"}, bad); err == nil {
		t.Error("AddMoment took a bad personnummer")
	}
	if err := s.Undo(u); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Moment("m-3"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after undo: %v, want ErrNotFound", err)
	}
	// The added patient stays (no moment, no harm); everything else is as before.
	c, _ := s.Export()
	c.Patients = c.Patients[:2]
	var b bytes.Buffer
	EncodeJSON(&b, c)
	if !bytes.Equal(before, b.Bytes()) {
		t.Error("undo of AddMoment left changes")
	}
}

func TestNotes(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	v := moment(t, s, "m-1").Version
	id, _, err := s.SaveNote("m-1", v, caseload.Note{Created: at(22, 12, 0), Text: "utkast"})
	if err != nil {
		t.Fatal(err)
	}
	id2, _, err := s.SaveNote("m-1", v+1, caseload.Note{ID: id, Created: at(22, 12, 0), Text: "klar"})
	if err != nil || id2 != id {
		t.Fatalf("update: %d, %v", id2, err)
	}
	if err := s.MarkNoteCopied(id, at(22, 12, 5)); err != nil {
		t.Fatal(err)
	}
	m := moment(t, s, "m-1")
	if len(m.Notes) != 1 || m.Notes[0].Text != "klar" || m.Notes[0].Copied != at(22, 12, 5) || m.Version != v+2 {
		t.Errorf("notes %+v version %d", m.Notes, m.Version)
	}
	if err := s.MarkNoteCopied(id+100, at(22, 12, 5)); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown note: %v", err)
	}
}

func TestWriteRefusesBadInput(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	before := exportJSON(t, s)
	v := moment(t, s, "m-1").Version
	for name, err := range map[string]error{
		"item out of range": func() error {
			_, err := s.AddMeasurement("m-1", v, caseload.Measurement{Instrument: "GAD-7", Answered: at(22, 8, 0), Items: []int{4, 0, 0, 0, 0, 0, 0}})
			return err
		}(),
		"no time": func() error { _, err := s.SubmitModule("m-1", v, "2", caseload.Stamp{}); return err }(),
		"bad sender": func() error {
			_, err := s.AddMessage("m-1", v, caseload.Message{From: "x", At: at(22, 8, 0)})
			return err
		}(),
		"bad flag": func() error {
			_, err := s.HandleFlag("m-1", v, caseload.Flag{Kind: "x", HandledAt: at(22, 8, 0)})
			return err
		}(),
		"bad schedule": func() error { _, err := s.AddSchedule("m-1", v, caseload.Schedule{Instrument: "GAD-7"}); return err }(),
		"reactivate":   func() error { _, err := s.EndTreatment("m-1", v, caseload.Active, "", today); return err }(),
		"no moment":    func() error { _, err := s.SetLastLogin("m-9", 1, at(22, 8, 0)); return err }(),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if !bytes.Equal(before, exportJSON(t, s)) {
		t.Error("refused writes changed the file")
	}
}

// TestTwoHandles: two windows on one file.
func TestTwoHandles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	a := exampleStore(t, path)
	b := mustOpen(t, path)
	defer b.Close()
	va, _ := a.DataVersion()
	vb, _ := b.DataVersion()

	read := moment(t, b, "m-1") // b reads, a writes
	ua, err := a.SetLastLogin("m-1", read.Version, at(22, 7, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.SetLastLogin("m-1", read.Version, at(22, 8, 0)); !errors.Is(err, ErrConflict) {
		t.Fatalf("stale write from b: %v, want ErrConflict", err)
	}
	if got := moment(t, b, "m-1"); got.LastLogin != at(22, 7, 0) || got.Version != read.Version+1 {
		t.Fatalf("b sees %v at version %d", got.LastLogin, got.Version)
	}
	if v, _ := b.DataVersion(); v == vb {
		t.Error("b's DataVersion did not change after a's commit")
	}
	// b writes on top of a's change; a's undo is then refused.
	ub, err := b.SetLastLogin("m-1", read.Version+1, at(22, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Undo(ua); !errors.Is(err, ErrConflict) {
		t.Errorf("undo after a conflicting write: %v, want ErrConflict", err)
	}
	if v, _ := a.DataVersion(); v == va {
		t.Error("a's DataVersion did not change after b's commit")
	}
	if err := b.Undo(ub); err != nil {
		t.Fatal(err)
	}
	if got := moment(t, a, "m-1"); got.LastLogin != at(22, 7, 0) {
		t.Errorf("after b's undo a sees %v", got.LastLogin)
	}
}

func TestReadOnlyWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	exampleStore(t, path).Close()
	s, err := open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := exportJSON(t, s)
	v := moment(t, s, "m-1").Version
	if _, err := s.SetLastLogin("m-1", v, at(22, 7, 0)); !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), path) {
		t.Errorf("write: %v, want ErrReadOnly with the path", err)
	}
	c, _ := s.Export()
	if err := s.Import(c); !errors.Is(err, ErrReadOnly) {
		t.Errorf("import: %v", err)
	}
	if !bytes.Equal(before, exportJSON(t, s)) {
		t.Error("read-only file changed")
	}
	if !reflect.DeepEqual(moment(t, s, "m-1").Version, v) {
		t.Error("version moved")
	}
}

// TestWorklistSnapshots: a write landing between the two read
// transactions of the worklist is caught by the versions, and the
// worklist is read again in one transaction.
func TestWorklistSnapshots(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	s := exampleStore(t, path)
	other := mustOpen(t, path)
	defer other.Close()
	v := moment(t, s, "m-1").Version
	testHookBetweenLoads = func() {
		testHookBetweenLoads = nil
		if _, err := other.AddMeasurement("m-1", v, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Ongoing,
			Answered: at(22, 8, 0), Items: []int{3, 3, 3, 3, 3, 3, 3, 3, 5}}); err != nil {
			t.Error(err)
		}
	}
	defer func() { testHookBetweenLoads = nil }()
	defer func(n int) { oneConnectionMoments = n }(oneConnectionMoments)
	oneConnectionMoments = -1 // the two-connection read, however small the file
	cat := programs.Default()
	w, err := s.Worklist(cat, today, "")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.Worklist(cat, today, "")
	if wlJSON(t, w) != wlJSON(t, want) {
		t.Errorf("worklist mixed two snapshots:\n%s\nwant\n%s", wlJSON(t, w), wlJSON(t, want))
	}
	red := false
	for _, f := range w.Flags {
		red = red || (f.Moment == "m-1" && f.Kind == caseload.FlagMADRS9)
	}
	if !red {
		t.Error("the red flag written between the loads is missing")
	}
}
