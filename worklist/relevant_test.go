package worklist

import (
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func TestRelevant(t *testing.T) {
	m := func(id string, daysAgo, item9 int) caseload.Measurement {
		return caseload.Measurement{Instrument: id, Answered: at(daysAgo), Total: daysAgo, Item9: item9}
	}
	ms := []caseload.Measurement{
		m("MADRS-S", 20, 1), // first MADRS-S
		m("GAD-7", 19, -1),  // first and latest GAD-7
		m("MADRS-S", 15, 4), // red flag
		m("MADRS-S", 10, 3),
		m("MADRS-S", 12, 2),
		{Instrument: "MADRS-S", Item9: 6}, // never answered
		m("MADRS-S", 5, 1),                // latest MADRS-S
		m("MADRS-S", 7, 0),
	}
	var got []int
	for _, x := range Relevant(ms) {
		got = append(got, x.Total)
	}
	if want := []int{20, 19, 15, 5}; !slices.Equal(got, want) {
		t.Errorf("Relevant kept %v (days ago), want %v", got, want)
	}
	if Relevant(nil) != nil {
		t.Error("Relevant(nil) is not nil")
	}
}
