package detail

import "strings"

var sparks = []rune("▁▂▃▄▅▆▇█")

// sparkline draws values between lo and hi as one block character each,
// keeping the last width values.
func sparkline(values []int, lo, hi, width int) string {
	if width <= 0 || len(values) == 0 {
		return ""
	}
	if len(values) > width {
		values = values[len(values)-width:]
	}
	if hi <= lo {
		hi = lo + 1
	}
	var b strings.Builder
	for _, v := range values {
		v = min(max(v, lo), hi)
		b.WriteRune(sparks[(v-lo)*(len(sparks)-1)/(hi-lo)])
	}
	return b.String()
}
