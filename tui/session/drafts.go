package session

import (
	"sync"

	tea "charm.land/bubbletea/v2"
)

// DraftSaver orders the draft writes, which run in commands off the UI
// loop: one at a time, and a write older than the last one done for the
// same moment and kind is dropped, so an old text never overwrites a new
// one.
type DraftSaver struct {
	mu   sync.Mutex
	n    int64
	done map[string]int64
	// Results carries the writes of a composer's save-all to the UI loop
	// (a full channel drops one: the draft is then only saved again).
	Results chan tea.Msg
}

// NewDraftSaver returns a saver with room for 64 results.
func NewDraftSaver() *DraftSaver { return &DraftSaver{Results: make(chan tea.Msg, 64)} }

// Next numbers a write.
func (s *DraftSaver) Next() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	return s.n
}

// Run runs f as write seq of the draft slot key, unless a newer write of
// it has run; skipped says it was dropped.
func (s *DraftSaver) Run(key string, seq int64, f func() error) (skipped bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done == nil {
		s.done = map[string]int64{}
	}
	if seq < s.done[key] {
		return true, nil
	}
	s.done[key] = seq
	return false, f()
}
