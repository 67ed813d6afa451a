package results

import (
	"strings"
	"testing"
)

// wrap breaks at spaces, not at no-break spaces, and never makes a line
// wider than asked.
func TestWrap(t *testing.T) {
	s := "▼" + nbsp + "förbättrade" + nbsp + "82" + nbsp + "% (62 av 76) · ✓" + nbsp + "återhämtade" + nbsp + "42" + nbsp + "%"
	for _, w := range []int{20, 30, 40, 60} {
		for _, line := range wrap(s, w) {
			if n := len([]rune(strings.TrimRight(line, " "))); n > w {
				t.Errorf("width %d: line of %d: %q", w, n, line)
			}
			if strings.HasPrefix(line, "återhämtade") || strings.HasPrefix(line, "%") {
				t.Errorf("width %d: a glyph or number left behind: %q", w, line)
			}
		}
	}
}
