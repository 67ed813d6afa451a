package results

import "github.com/ikbt/ikbt/caseload"

// Class is one moment's reliable-change class on one instrument, by the
// same rules as the shares of Effect (see the package comment).
type Class string

const (
	// NotCounted: no post, or a post that is not an outcome (the last
	// interim score of a patient still in treatment).
	NotCounted   Class = ""
	Improved     Class = "improved"
	Unchanged    Class = "unchanged"
	Deteriorated Class = "deteriorated"
	// Unclassified: counted, but the instrument has no sourced RCI.
	Unclassified Class = "unclassified"
)

// Counted reports whether the row's post on s counts in the effect: its
// treatment has ended (maintenance or closed) or the post is an avslut
// score.
func (r Row) Counted(s Scores) bool {
	if s.Pre == nil || s.Post == nil {
		return false
	}
	return r.Status == caseload.Closed || r.Status == caseload.Maintenance || !s.Post.Last
}

// Classify returns the row's class on e's instrument and whether it is a
// reliable recovery (a case at pre, not at post, reliably improved). The
// counts of Classify over a report's rows are e's Improved, Unchanged,
// Deteriorated and Recovered counts (TestClassifyAgreesWithEffects).
func (r Row) Classify(e Effect) (Class, bool) {
	var s *Scores
	for i := range r.Scores {
		if r.Scores[i].Instrument == e.Instrument {
			s = &r.Scores[i]
		}
	}
	if s == nil || !r.Counted(*s) {
		return NotCounted, false
	}
	if e.RCI == nil {
		return Unclassified, false
	}
	change := s.Pre.Value - s.Post.Value
	switch {
	case change >= *e.RCI:
		recovered := e.Cutoff != nil && s.Pre.Value >= *e.Cutoff && s.Post.Value < *e.Cutoff
		return Improved, recovered
	case -change >= *e.RCI:
		return Deteriorated, false
	}
	return Unchanged, false
}
