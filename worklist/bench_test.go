package worklist_test

import (
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

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
	cat := programs.Default()
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
