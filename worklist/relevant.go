package worklist

import "github.com/ikbt/ikbt/caseload"

// Relevant returns the measurements Compute looks at, in their original
// order: per instrument the first and the latest answered, and every one
// that raises a red flag (MADRS-S item 9 >= 4, PHQ-9 item 9 >= 1). Compute gives the same
// worklist on this subset as on all, so a store may load only these.
func Relevant(ms []caseload.Measurement) []caseload.Measurement {
	keep := make([]bool, len(ms))
	seen := map[string]bool{}
	for i, x := range ms {
		if x.Answered.IsZero() {
			continue
		}
		if _, red := redFlag(x); red || x.Item9 >= RedFlagItem9 {
			keep[i] = true
		}
		if !seen[x.Instrument] {
			seen[x.Instrument] = true
			first, last := ends(ms, x.Instrument)
			keep[first], keep[last] = true, true
		}
	}
	var out []caseload.Measurement
	for i, x := range ms {
		if keep[i] {
			out = append(out, x)
		}
	}
	return out
}
