package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/common"

	"github.com/ikbt/ikbt/caseload"
)

// In the side pane at 100 columns, the measurement history still shows a
// red item 9 whole: "⚑ livslust 5", not "⚑ livslus".
func TestSidePaneShowsItem9Whole(t *testing.T) {
	d := demoData()
	m := start(t, d, 100, 30, "sv", "")
	var id string
	var score int
	for _, f := range m.Worklist().Flags {
		if f.Kind == caseload.FlagMADRS9 {
			id, score = f.Moment, f.Score
			break
		}
	}
	if id == "" {
		t.Fatal("the demo has no red flag")
	}
	press(m, "3") // the Flaggor tab, red flags first
	for range 20 {
		if m.tables[m.active].SelectedID() == id {
			break
		}
		press(m, "down")
	}
	want := "⚑ " + m.ctx.Lang.T(common.L.DetailItem9, score)
	var hist []string
	for _, line := range strings.Split(screen(m), "\n") {
		if i := strings.Index(line, "│"); i >= 0 && strings.Contains(line[i:], "⚑ livslus") {
			hist = append(hist, line[i:])
		}
	}
	if len(hist) == 0 {
		t.Fatalf("no red item 9 in the side pane:\n%s", screen(m))
	}
	for _, h := range hist {
		if !strings.Contains(h, want) {
			t.Errorf("side pane line %q lacks %q", h, want)
		}
	}
}

// In the side pane at 100 columns the feedback line is whole: weekday and
// next feedback day, not "nästa 2026-1".
func TestSidePaneFeedbackLineWhole(t *testing.T) {
	for _, l := range []Lang{"sv", "en"} {
		m := start(t, demoData(), 100, 30, l, "")
		row := m.Worklist().Moments[0]
		if row.NextFeedback.IsZero() {
			t.Fatal("the first moment has no next feedback day")
		}
		want := m.ctx.Lang.T(common.L.DetailFeedbacknext, "", row.NextFeedback.Time().Format("01-02"))
		want = want[strings.Index(want, ",")+1:] // ", nästa 11-25" without the weekday
		found := false
		for _, line := range strings.Split(screen(m), "\n") {
			if i := strings.Index(line, "│"); i >= 0 && strings.Contains(line[i:], strings.TrimSpace(want)) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: side pane lacks %q:\n%s", l, want, screen(m))
		}
	}
}
