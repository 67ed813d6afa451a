package worklist_test

import (
	"testing"

	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
)

// TestCatalogueInstruments checks the rules can run on every program: its
// battery uses known instruments and its primary one has a reliable
// change threshold for the deterioration flag.
func TestCatalogueInstruments(t *testing.T) {
	for _, p := range programs.Default().Programs() {
		for _, s := range p.Battery {
			if _, ok := instruments.Get(s.Instrument); !ok {
				t.Errorf("%s: battery instrument %q is not defined", p.ID, s.Instrument)
			}
		}
		in, ok := instruments.Get(p.Primary)
		if !ok || in.RCI == 0 {
			t.Errorf("%s: primary instrument %q has no reliable change threshold", p.ID, p.Primary)
		}
	}
}
