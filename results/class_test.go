package results

import (
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
)

// TestClassifyAgreesWithEffects: counting Row.Classify over the rows gives
// every effect's class and recovery counts, on the hand-computed caseload
// (with its edges: a change of exactly the threshold, a post equal to the
// cut-off, a moment with pre but no post) and on a scaled demo.
func TestClassifyAgreesWithEffects(t *testing.T) {
	c, refs := handCase()
	hand := Compute(c, refs, testCatalogue(), day0.AddDays(60), Options{Filter: Filter{From: day0.AddDays(-60)}})
	day := caseload.NewDate(2026, time.November, 23)
	scaled := Compute(demo.Generate(day, 300), nil, programs.Default(), day, Options{})
	for name, r := range map[string]Report{"hand": hand, "scaled demo": scaled} {
		classified := 0
		for _, e := range r.Effects {
			got := map[Class]int{}
			recovered := 0
			for _, row := range r.Moments {
				c, rec := row.Classify(e)
				got[c]++
				if rec {
					recovered++
				}
			}
			if e.RCI == nil {
				if got[Improved]+got[Unchanged]+got[Deteriorated] != 0 || got[Unclassified] != e.Pairs {
					t.Errorf("%s %s (no RCI): classes %v, pairs %d", name, e.Instrument, got, e.Pairs)
				}
				continue
			}
			if got[Improved] != e.Improved.Count || got[Unchanged] != e.Unchanged.Count || got[Deteriorated] != e.Deteriorated.Count {
				t.Errorf("%s %s: classes %v, effect %d/%d/%d", name, e.Instrument, got, e.Improved.Count, e.Unchanged.Count, e.Deteriorated.Count)
			}
			if e.Recovered.Missing != NoThreshold && recovered != e.Recovered.Count {
				t.Errorf("%s %s: %d recovered, effect %d", name, e.Instrument, recovered, e.Recovered.Count)
			}
			classified += e.Pairs
		}
		if classified == 0 {
			t.Errorf("%s: no pair classified: the test checks nothing", name)
		}
	}
}

// An interim score of a patient in treatment is no outcome: not counted.
func TestClassifyInterimNotCounted(t *testing.T) {
	rci, cut := 4.0, 8.0
	e := Effect{Instrument: "GAD-7", RCI: &rci, Cutoff: &cut}
	row := func(status caseload.Status, last bool, pre, post float64) Row {
		return Row{Status: status, Scores: []Scores{{Instrument: "GAD-7", Pre: &Score{Value: pre}, Post: &Score{Value: post, Last: last}}}}
	}
	tests := []struct {
		row  Row
		want Class
		rec  bool
	}{
		{row(caseload.Active, true, 15, 5), NotCounted, false},
		{row(caseload.Active, false, 15, 5), Improved, true},
		{row(caseload.Closed, true, 15, 11), Improved, false},      // exactly the threshold; 11 is still a case
		{row(caseload.Maintenance, false, 15, 8), Improved, false}, // post equal to the cut-off is a case
		{row(caseload.Closed, false, 10, 13), Unchanged, false},
		{row(caseload.Closed, false, 9, 13), Deteriorated, false},
		{Row{Status: caseload.Closed, Scores: []Scores{{Instrument: "GAD-7", Pre: &Score{Value: 9}}}}, NotCounted, false},
	}
	for i, tc := range tests {
		if c, rec := tc.row.Classify(e); c != tc.want || rec != tc.rec {
			t.Errorf("case %d: %q %v, want %q %v", i, c, rec, tc.want, tc.rec)
		}
	}
}
