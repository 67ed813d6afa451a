package tui

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/worklist"
)

// fakeStore is Data and Writer over a caseload in memory, with the store's
// rules that the actions rely on: each write checks and bumps the moment's
// Version, and Undo puts the moment back as it was. fail makes every write
// fail without a change.
type fakeStore struct {
	mu      sync.Mutex
	c       caseload.Caseload
	fail    error
	calls   []string // the writes made, e.g. "GiveFeedback m1 3 next=4"
	notes   int64
	version int64
	// undos are the writes in order; the store's Undo value is opaque, so
	// the fake takes back its own last write.
	undos []fakeUndo
	// Issue 13: drafts (fakedrafts_test.go).
	drafts      map[string]store.Draft
	draftFail   error
	draftWrites int
}

type fakeUndo struct {
	id      string
	version int64
	before  *caseload.Moment // nil when the write created the moment
}

func (s *fakeStore) Worklist(cat *programs.Catalogue, day caseload.Date, clinician string) (worklist.Worklist, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return worklist.Compute(s.clone(), cat, day), nil
}

func (s *fakeStore) clone() caseload.Caseload {
	c := caseload.Caseload{Patients: slices.Clone(s.c.Patients)}
	for _, m := range s.c.Moments {
		c.Moments = append(c.Moments, cloneMoment(m))
	}
	return c
}

func cloneMoment(m caseload.Moment) caseload.Moment {
	m.Modules = slices.Clone(m.Modules)
	m.Measurements = slices.Clone(m.Measurements)
	m.Messages = slices.Clone(m.Messages)
	m.Flags = slices.Clone(m.Flags)
	m.Schedules = slices.Clone(m.Schedules)
	m.Notes = slices.Clone(m.Notes)
	m.Addons = slices.Clone(m.Addons)
	return m
}

func (s *fakeStore) Moment(id string) (caseload.Moment, caseload.Patient, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.c.Moments {
		if m.ID == id {
			for _, p := range s.c.Patients {
				if p.PNR == m.PNR {
					return cloneMoment(m), p, nil
				}
			}
		}
	}
	return caseload.Moment{}, caseload.Patient{}, fmt.Errorf("moment %s: %w", id, errNotFoundFake)
}

var errNotFoundFake = fmt.Errorf("not found")

func (s *fakeStore) DataVersion() (int64, error) { return s.version, nil }

func (s *fakeStore) find(id string) *caseload.Moment {
	for i := range s.c.Moments {
		if s.c.Moments[i].ID == id {
			return &s.c.Moments[i]
		}
	}
	return nil
}

// write runs f on the moment if version matches, as one step.
func (s *fakeStore) write(call, id string, version int64, f func(m *caseload.Moment)) (store.Undo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return store.Undo{}, s.fail
	}
	m := s.find(id)
	if m == nil {
		return store.Undo{}, errNotFoundFake
	}
	if m.Version != version {
		return store.Undo{}, store.ErrConflict
	}
	before := cloneMoment(*m)
	f(m)
	m.Version++
	s.calls = append(s.calls, call)
	s.undos = append(s.undos, fakeUndo{id, m.Version, &before})
	return store.Undo{}, nil
}

func (s *fakeStore) AddMoment(p caseload.Patient, m caseload.Moment) (store.Undo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return store.Undo{}, s.fail
	}
	if s.find(m.ID) != nil {
		return store.Undo{}, fmt.Errorf("moment %s exists", m.ID)
	}
	if !slices.ContainsFunc(s.c.Patients, func(q caseload.Patient) bool { return q.PNR == p.PNR }) {
		s.c.Patients = append(s.c.Patients, p)
	}
	m.Version = 1
	s.c.Moments = append(s.c.Moments, m)
	s.calls = append(s.calls, "AddMoment "+m.ID)
	s.undos = append(s.undos, fakeUndo{m.ID, 1, nil})
	return store.Undo{}, nil
}

func (s *fakeStore) SubmitModule(id string, version int64, module string, at caseload.Stamp) (store.Undo, error) {
	return s.write("SubmitModule "+id+" "+module, id, version, func(m *caseload.Moment) {
		for i := range m.Modules {
			if m.Modules[i].Module == module {
				m.Modules[i].Submitted = at
			}
		}
	})
}

func (s *fakeStore) GiveFeedback(id string, version int64, module string, at caseload.Stamp, next string) (store.Undo, error) {
	return s.write("GiveFeedback "+id+" "+module+" next="+next, id, version, func(m *caseload.Moment) {
		for i := range m.Modules {
			if m.Modules[i].Module == module {
				m.Modules[i].Feedback = at
			}
		}
		if next != "" {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: next, Opened: at})
		}
	})
}

func (s *fakeStore) GiveFeedbackOpening(id string, version int64, module string, at caseload.Stamp, open []string, challenge string) (store.Undo, error) {
	call := "GiveFeedbackOpening " + id + " " + module + " open=" + strings.Join(open, ",") + " challenge=" + challenge
	return s.write(call, id, version, func(m *caseload.Moment) {
		for i := range m.Modules {
			if m.Modules[i].Module == module {
				m.Modules[i].Feedback = at
			}
		}
		for _, k := range open {
			if !slices.ContainsFunc(m.Modules, func(e caseload.ModuleEvent) bool { return e.Module == k }) {
				m.Modules = append(m.Modules, caseload.ModuleEvent{Module: k, Opened: at})
			}
		}
		if challenge != "" {
			m.Challenge = challenge
		}
	})
}

func (s *fakeStore) AddMessage(id string, version int64, msg caseload.Message) (store.Undo, error) {
	return s.write("AddMessage "+id+" "+msg.From, id, version, func(m *caseload.Moment) { m.Messages = append(m.Messages, msg) })
}

func (s *fakeStore) SetLastLogin(id string, version int64, at caseload.Stamp) (store.Undo, error) {
	return s.write("SetLastLogin "+id, id, version, func(m *caseload.Moment) { m.LastLogin = at })
}

func (s *fakeStore) AddMeasurement(id string, version int64, ms caseload.Measurement) (store.Undo, error) {
	return s.write(fmt.Sprintf("AddMeasurement %s %s %d", id, ms.Instrument, ms.Total), id, version, func(m *caseload.Moment) {
		m.Measurements = append(m.Measurements, ms)
	})
}

func (s *fakeStore) HandleFlag(id string, version int64, f caseload.Flag) (store.Undo, error) {
	return s.write("HandleFlag "+id+" "+f.Kind, id, version, func(m *caseload.Moment) { m.Flags = append(m.Flags, f) })
}

func (s *fakeStore) AddSchedule(id string, version int64, sc caseload.Schedule) (store.Undo, error) {
	return s.write("AddSchedule "+id+" "+sc.Instrument, id, version, func(m *caseload.Moment) { m.Schedules = append(m.Schedules, sc) })
}

func (s *fakeStore) EndTreatment(id string, version int64, status caseload.Status, reason string, on caseload.Date) (store.Undo, error) {
	return s.write("EndTreatment "+id+" "+string(status), id, version, func(m *caseload.Moment) {
		m.Status = status
		if status == caseload.Maintenance {
			m.MaintenanceFrom = on
		} else {
			m.ClosedOn, m.ClosingReason = on, reason
		}
	})
}

func (s *fakeStore) SaveNote(id string, version int64, n caseload.Note) (int64, store.Undo, error) {
	var nid int64
	u, err := s.write("SaveNote "+id, id, version, func(m *caseload.Moment) {
		s.notes++
		nid = s.notes
		n.ID = nid
		m.Notes = append(m.Notes, n)
	})
	return nid, u, err
}

func (s *fakeStore) MarkNoteCopied(noteID int64, at caseload.Stamp) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return s.fail
	}
	for i := range s.c.Moments {
		for j := range s.c.Moments[i].Notes {
			if s.c.Moments[i].Notes[j].ID == noteID {
				s.c.Moments[i].Notes[j].Copied = at
				s.calls = append(s.calls, "MarkNoteCopied")
				return nil
			}
		}
	}
	return errNotFoundFake
}

func (s *fakeStore) Undo(u store.Undo) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.undos) == 0 {
		return errNotFoundFake
	}
	last := s.undos[len(s.undos)-1]
	id, version, before := last.id, last.version, last.before
	m := s.find(id)
	if m == nil {
		return errNotFoundFake
	}
	if m.Version != version {
		return store.ErrConflict
	}
	if before == nil {
		i := slices.IndexFunc(s.c.Moments, func(x caseload.Moment) bool { return x.ID == id })
		s.c.Moments = slices.Delete(s.c.Moments, i, i+1)
	} else {
		b := cloneMoment(*before)
		b.Version = m.Version + 1
		*m = b
	}
	s.undos = s.undos[:len(s.undos)-1]
	s.calls = append(s.calls, "Undo "+id)
	return nil
}

// bump changes a moment behind the app's back, as another window would.
func (s *fakeStore) bump(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.find(id).Version++
	s.version++
}

func (s *fakeStore) moment(id string) caseload.Moment {
	m, _, _ := s.Moment(id)
	return m
}

func (s *fakeStore) writes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.calls)
}

// ReadOnly is false: the fake is always written.
func (s *fakeStore) ReadOnly() bool { return false }
