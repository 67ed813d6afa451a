package worklist_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// benchCatalogue measures every program with a weekly MADRS-S, enough to
// exercise every rule on the demo caseload.
func benchCatalogue() *programs.Catalogue {
	var ps []*programs.Program
	for _, id := range []string{"angesthjalpen", "depressionshjalpen", "livsbalansen", "oroshjalpen", "sovhjalpen", "stresshjalpen"} {
		p := &programs.Program{ID: id, Primary: "MADRS-S", Battery: []programs.Scheduled{
			{Instrument: "WHODAS-12", Trigger: programs.AtStart, Occasion: caseload.Assessment},
			{Instrument: "MADRS-S", Trigger: programs.AtEachModule, Occasion: caseload.Ongoing},
			{Instrument: "WHODAS-12", Trigger: programs.AtFinal, Occasion: caseload.Final},
		}}
		for k := 1; k <= 8; k++ {
			p.Modules = append(p.Modules, &programs.Module{Key: strconv.Itoa(k), Number: k})
		}
		ps = append(ps, p)
	}
	return programs.NewCatalogue(ps, nil)
}

// BenchmarkCompute compares Compute on every measurement (All) with
// Compute on the Relevant subset a store would load (Relevant), on 10,000
// scaled moments (about a million measurements).
func BenchmarkCompute(b *testing.B) {
	today := caseload.NewDate(2026, time.November, 23)
	full := demo.Generate(today, 10000)
	reduced := full
	reduced.Moments = make([]caseload.Moment, len(full.Moments))
	copy(reduced.Moments, full.Moments)
	for i := range reduced.Moments {
		reduced.Moments[i].Measurements = worklist.Relevant(full.Moments[i].Measurements)
	}
	cat := benchCatalogue()
	b.Run("All", func(b *testing.B) {
		for b.Loop() {
			worklist.Compute(full, cat, today)
		}
	})
	b.Run("Relevant", func(b *testing.B) {
		for b.Loop() {
			worklist.Compute(reduced, cat, today)
		}
	})
}
