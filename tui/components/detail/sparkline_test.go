package detail

import "testing"

func TestSparkline(t *testing.T) {
	tests := []struct {
		values        []int
		lo, hi, width int
		want          string
	}{
		{[]int{0, 27, 54}, 0, 54, 10, "▁▄█"},
		{[]int{54, 40, 30, 20, 10}, 0, 54, 3, "▄▃▂"},
		{[]int{5}, 0, 0, 4, "█"},
		{[]int{-3, 99}, 0, 10, 4, "▁█"},
		{nil, 0, 10, 4, ""},
		{[]int{1, 2}, 0, 10, 0, ""},
	}
	for _, tc := range tests {
		if got := sparkline(tc.values, tc.lo, tc.hi, tc.width); got != tc.want {
			t.Errorf("sparkline(%v, %d, %d, %d) = %q, want %q", tc.values, tc.lo, tc.hi, tc.width, got, tc.want)
		}
	}
}
