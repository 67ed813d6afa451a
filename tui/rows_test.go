package tui

import (
	"testing"

	"github.com/ikbt/ikbt/tui/components/worktable"
)

func TestFitColumns(t *testing.T) {
	cols := tabColumns[tabMoments]
	prev := len(cols) + 1
	for _, w := range []int{200, 120, 100, 80, 60, 40, 20, 5} {
		shown := worktable.FitColumns(cols, w)
		if len(shown) > prev {
			t.Errorf("width %d shows more columns (%d) than a wider one (%d)", w, len(shown), prev)
		}
		prev = len(shown)
		ws := worktable.WidthsFor(cols, shown, w)
		total := 0
		for _, x := range ws {
			total += x + 1
		}
		if total > w && w >= 20 {
			t.Errorf("width %d: columns take %d", w, total)
		}
		if shown[0] != 0 || shown[1] != 1 {
			t.Errorf("width %d: common.Gutter and name must stay, shown %v", w, shown)
		}
	}
}
