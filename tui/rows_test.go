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

// TestWidthsForContent: a column grows no wider than its widest cell, so
// the room goes to the column whose text is cut (issue 14).
func TestWidthsForContent(t *testing.T) {
	cols := []worktable.Column{{Min: 4, Max: 30}, {Min: 4, Max: 30}, {Min: 4, Max: 80}}
	all := []int{0, 1, 2}
	tests := []struct {
		name  string
		width int
		need  []int
		want  []int
	}{
		{"no need known: round robin up to Max", 30, nil, []int{9, 9, 9}},
		{"short columns keep their text's width, the long one takes the rest", 60, []int{6, 5, 70}, []int{6, 5, 46}},
		{"everything fits: each at its need", 120, []int{6, 5, 70}, []int{6, 5, 70}},
		{"need below Min: Min", 60, []int{2, 2, 90}, []int{4, 4, 49}},
		{"Max still caps", 200, []int{50, 5, 70}, []int{30, 5, 70}},
		{"too narrow: the widest shrink, as WidthsFor", 12, []int{6, 5, 70}, []int{3, 3, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := worktable.WidthsForContent(cols, all, tt.width, tt.need)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("WidthsForContent(%d, %v) = %v, want %v", tt.width, tt.need, got, tt.want)
				}
			}
		})
	}
}
