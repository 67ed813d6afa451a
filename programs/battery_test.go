package programs_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
)

// The batteries of the manual 4.3 (Psykologpartners) and 4.5/5.4.2
// (Livsbalansen), without "Frågor om veckan" and "Utvärdering av modulens
// innehåll", which are not scored; plus a follow-up of the primary
// instrument about six months after the start (SibeR, seed 003).
func TestBatteries(t *testing.T) {
	type want struct {
		start, weekly, final, followup []string
		modules                        map[string][]int
	}
	tests := map[string]want{
		"depressionshjalpen": {
			start: []string{"WHODAS-12", "MADRS-S"}, weekly: []string{"MADRS-S"},
			final: []string{"WHODAS-12", "MADRS-S"}, followup: []string{"MADRS-S"},
		},
		"oroshjalpen": {
			start: []string{"WHODAS-12", "GAD-7", "MADRS-S9"}, weekly: []string{"GAD-7", "MADRS-S9"},
			final: []string{"WHODAS-12", "GAD-7", "MADRS-S9"}, followup: []string{"GAD-7"},
		},
		"angesthjalpen": {
			start: []string{"WHODAS-12", "GAD-7", "MADRS-S9"}, weekly: []string{"GAD-7", "MADRS-S9"},
			final: []string{"WHODAS-12", "GAD-7", "MADRS-S9"}, followup: []string{"GAD-7"},
		},
		"sovhjalpen": {
			start: []string{"WHODAS-12", "ISI", "MADRS-S9"}, weekly: []string{"ISI", "MADRS-S9"},
			final: []string{"WHODAS-12", "ISI", "MADRS-S9"}, followup: []string{"ISI"},
		},
		"stresshjalpen": {
			start: []string{"WHODAS-12", "PSS-10", "MADRS-S9"}, weekly: []string{"PSS-10", "MADRS-S9"},
			final: []string{"WHODAS-12", "PSS-10", "MADRS-S9"}, followup: []string{"PSS-10"},
		},
		"livsbalansen": {
			start: []string{"KEDS"}, followup: []string{"KEDS"},
			modules: map[string][]int{"KEDS": {1, 5, 8}},
		},
	}
	occasion := map[programs.Trigger]caseload.Occasion{
		programs.AtStart:      caseload.Assessment,
		programs.AtEachModule: caseload.Ongoing,
		programs.AtModules:    caseload.Ongoing,
		programs.AtFinal:      caseload.Final,
		programs.AtFollowUp:   caseload.FollowUp,
	}
	c := programs.Default()
	for _, p := range c.Programs() {
		w, ok := tests[p.ID]
		if !ok {
			t.Errorf("no battery expectation for %s", p.ID)
			continue
		}
		var got want
		got.modules = map[string][]int{}
		for _, s := range p.Battery {
			if s.Occasion != occasion[s.Trigger] {
				t.Errorf("%s %s %s: occasion %q, want %q", p.ID, s.Instrument, s.Trigger, s.Occasion, occasion[s.Trigger])
			}
			switch s.Trigger {
			case programs.AtStart:
				got.start = append(got.start, s.Instrument)
			case programs.AtEachModule:
				got.weekly = append(got.weekly, s.Instrument)
			case programs.AtFinal:
				got.final = append(got.final, s.Instrument)
			case programs.AtFollowUp:
				got.followup = append(got.followup, s.Instrument)
			case programs.AtModules:
				got.modules[s.Instrument] = s.Modules
			default:
				t.Errorf("%s: unknown trigger %q", p.ID, s.Trigger)
			}
		}
		if w.modules == nil {
			w.modules = map[string][]int{}
		}
		if fmt.Sprint(got) != fmt.Sprint(w) {
			t.Errorf("%s battery\n got %v\nwant %v", p.ID, got, w)
		}
		if !slices.Equal(got.followup, []string{p.Primary}) {
			t.Errorf("%s: follow-up %v is not the primary %s", p.ID, got.followup, p.Primary)
		}
	}
}

// Every instrument the catalogue names is one the instruments package scores.
func TestInstrumentsKnown(t *testing.T) {
	for _, p := range programs.Default().Programs() {
		ids := append([]string{p.Primary}, p.Assignable...)
		for _, s := range p.Battery {
			ids = append(ids, s.Instrument)
		}
		for _, id := range ids {
			if _, ok := instruments.Get(id); !ok {
				t.Errorf("%s: instrument %q unknown to package instruments", p.ID, id)
			}
		}
	}
}
