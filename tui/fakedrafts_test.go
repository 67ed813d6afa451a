package tui

import (
	"slices"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
)

// The fake store's draft side (issue 13), with the store's rules the
// composer relies on: one draft per moment and kind, a copied note drops
// that kind's draft, draftFail makes every draft write fail.

func (s *fakeStore) SaveDraft(d store.Draft) (store.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draftFail != nil {
		return d, s.draftFail
	}
	if s.drafts == nil {
		s.drafts = map[string]store.Draft{}
	}
	if d.Saved.IsZero() {
		d.Saved = time.Now()
	}
	s.drafts[d.Moment+"/"+d.Kind] = d
	s.draftWrites++
	return d, nil
}

func (s *fakeStore) Drafts(moment string) ([]store.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []store.Draft
	for _, d := range s.drafts {
		if d.Moment == moment {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b store.Draft) int { return b.Saved.Compare(a.Saved) })
	return out, nil
}

func (s *fakeStore) DeleteDraft(moment, kind string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draftFail != nil {
		return s.draftFail
	}
	delete(s.drafts, moment+"/"+kind)
	return nil
}

func (s *fakeStore) RecordCopiedNote(moment string, n caseload.CopiedNote) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.find(moment)
	if m == nil {
		return 0, errNotFoundFake
	}
	n.ID = int64(len(m.History) + 1)
	m.History = append(slices.Clone(m.History), n)
	delete(s.drafts, moment+"/"+n.Kind)
	s.version++
	return n.ID, nil
}

// draft returns the saved draft of a moment and kind.
func (s *fakeStore) draft(moment, kind string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[moment+"/"+kind]
	return d.Text, ok
}

func (s *fakeStore) history(moment string) []caseload.CopiedNote {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.find(moment).History)
}

// DraftDir is "": the fake keeps every draft in memory.
func (s *fakeStore) DraftDir() string { return "" }
