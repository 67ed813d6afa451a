package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
)

// livsbalansen adds moment "lb" in Livsbalansen with modules 1–5 opened,
// module 5 submitted, and the given modules besides.
func livsbalansen(t *testing.T, s *Store, challenge string, extra ...caseload.ModuleEvent) caseload.Moment {
	t.Helper()
	p := caseload.Patient{PNR: "189506299818", Name: "Signe Ek"}
	m := caseload.Moment{ID: "lb", PNR: p.PNR, Program: "livsbalansen", Clinician: "Anna", Started: caseload.NewDate(2026, 10, 19),
		Status: caseload.Active, Challenge: challenge}
	for i := 1; i <= 5; i++ {
		e := caseload.ModuleEvent{Module: string(rune('0' + i)), Opened: caseload.NewStamp(2026, 10, 12+7*i, 9, 0)}
		if i < 5 {
			e.Submitted, e.Feedback = e.Opened.Add(3*24*time.Hour), e.Opened.Add(7*24*time.Hour)
		} else {
			e.Submitted = at(20, 18, 0)
		}
		m.Modules = append(m.Modules, e)
	}
	m.Modules = append(m.Modules, extra...)
	if _, err := s.AddMoment(p, m); err != nil {
		t.Fatal(err)
	}
	return moment(t, s, "lb")
}

func event(m caseload.Moment, key string) (caseload.ModuleEvent, bool) {
	for _, e := range m.Modules {
		if e.Module == key {
			return e, true
		}
	}
	return caseload.ModuleEvent{}, false
}

func TestGiveFeedbackOpening(t *testing.T) {
	early := at(2, 9, 0) // when modules opened before the write were opened
	tests := []struct {
		name      string
		stored    string // the moment's challenge area before the write
		extra     []caseload.ModuleEvent
		module    string
		open      []string
		challenge string
		wantErr   string // "" when the write must succeed
		check     func(t *testing.T, m caseload.Moment)
	}{
		{name: "module 5 chooses oro and opens 6 and oro/1", module: "5", open: []string{"6", "oro/1"}, challenge: "oro",
			check: func(t *testing.T, m caseload.Moment) {
				if m.Challenge != "oro" {
					t.Errorf("challenge %q, want oro", m.Challenge)
				}
				for _, k := range []string{"6", "oro/1"} {
					if e, ok := event(m, k); !ok || e.Opened != at(23, 10, 0) {
						t.Errorf("module %s: %+v %v, want opened at 10:00", k, e, ok)
					}
				}
				if e, _ := event(m, "5"); e.Feedback != at(23, 10, 0) {
					t.Errorf("module 5 feedback %v", e.Feedback)
				}
			}},
		{name: "challenge chosen at the start is kept", stored: "perfektionism", module: "5", open: []string{"6", "perfektionism/1"},
			check: func(t *testing.T, m caseload.Moment) {
				if _, ok := event(m, "perfektionism/1"); !ok || m.Challenge != "perfektionism" {
					t.Errorf("%+v", m)
				}
			}},
		{name: "challenge changed before it started", stored: "perfektionism", module: "5", open: []string{"6", "oro/1"}, challenge: "oro",
			check: func(t *testing.T, m caseload.Moment) {
				if m.Challenge != "oro" {
					t.Errorf("challenge %q", m.Challenge)
				}
			}},
		{name: "track part opens its next part and keeps an earlier opening", stored: "oro",
			extra:  []caseload.ModuleEvent{{Module: "6", Opened: early}, {Module: "oro/1", Opened: early, Submitted: at(21, 8, 0)}},
			module: "oro/1", open: []string{"oro/2", "6"},
			check: func(t *testing.T, m caseload.Moment) {
				if e, _ := event(m, "oro/2"); e.Opened != at(23, 10, 0) {
					t.Errorf("oro/2 %+v", e)
				}
				if e, _ := event(m, "6"); e.Opened != early {
					t.Errorf("module 6 re-opened: %+v", e)
				}
				if e, _ := event(m, "oro/1"); e.Feedback != at(23, 10, 0) {
					t.Errorf("oro/1 %+v", e)
				}
			}},
		{name: "optional track part", extra: []caseload.ModuleEvent{{Module: "battre-somn/2", Opened: early, Submitted: at(21, 8, 0)}},
			module: "battre-somn/2", open: []string{"battre-somn/3"},
			check: func(t *testing.T, m caseload.Moment) {
				if e, _ := event(m, "battre-somn/3"); e.Opened != at(23, 10, 0) {
					t.Errorf("battre-somn/3 %+v", e)
				}
			}},
		{name: "unknown module to open", module: "5", open: []string{"6", "9"}, wantErr: `open[1]: livsbalansen has no module "9"`},
		{name: "unknown feedback module", module: "oro/4", wantErr: `module: livsbalansen has no module "oro/4"`},
		{name: "unknown challenge", module: "5", open: []string{"6"}, challenge: "battre-somn", wantErr: `"battre-somn" is not a challenge area`},
		{name: "part of another challenge", stored: "oro", module: "5", open: []string{"6", "perfektionism/1"}, wantErr: `not of the chosen "oro"`},
		{name: "challenge part without a challenge", module: "5", open: []string{"6", "oro/1"}, wantErr: "no challenge area is chosen"},
		{name: "started challenge cannot change", stored: "oro", extra: []caseload.ModuleEvent{{Module: "oro/1", Opened: early}},
			module: "5", challenge: "gransattning", wantErr: `"oro" is already started`},
		{name: "nothing to do", wantErr: "neither"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
			m := livsbalansen(t, s, tt.stored, tt.extra...)
			before := exportJSON(t, s)
			u, err := s.GiveFeedbackOpening("lb", m.Version, tt.module, at(23, 10, 0), tt.open, tt.challenge)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want one containing %q", err, tt.wantErr)
				}
				if !bytes.Equal(before, exportJSON(t, s)) {
					t.Error("a refused write changed the database")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			after := moment(t, s, "lb")
			if after.Version != m.Version+1 || u.Version != after.Version {
				t.Errorf("version %d (undo %d), want %d: not one write", after.Version, u.Version, m.Version+1)
			}
			tt.check(t, after)
			if err := s.Undo(u); err != nil {
				t.Fatal(err)
			}
			if got := exportJSON(t, s); !bytes.Equal(before, got) {
				t.Errorf("undo did not restore the moment:\n%s\nwant\n%s", got, before)
			}
		})
	}
}

func TestGiveFeedbackOpeningConflict(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	m := livsbalansen(t, s, "")
	// Another window wrote first.
	if _, err := s.SetLastLogin("lb", m.Version, at(23, 8, 0)); err != nil {
		t.Fatal(err)
	}
	before := exportJSON(t, s)
	_, err := s.GiveFeedbackOpening("lb", m.Version, "5", at(23, 10, 0), []string{"6", "oro/1"}, "oro")
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("err %v, want ErrConflict", err)
	}
	if !bytes.Equal(before, exportJSON(t, s)) {
		t.Error("a refused write changed the database")
	}
}
