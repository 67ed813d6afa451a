package tui

import (
	"regexp"
	"strings"
	"testing"
)

// The program list says "1 del", not "1 delar", in either language.
func TestProgramListSingular(t *testing.T) {
	plural := regexp.MustCompile(`\b1 (delar|moduler|spår|parts|modules|tracks)\b`)
	for _, l := range []Lang{"sv", "en"} {
		m := start(t, demoData(), 100, 30, l, "")
		press(m, "p")
		s := screen(m)
		if bad := plural.FindString(s); bad != "" {
			t.Errorf("%s: %q on the program list:\n%s", l, bad, s)
		}
		if want := map[Lang]string{"sv": "tilläggsmodul, 1 del", "en": "add-on, 1 part"}[l]; !strings.Contains(s, want) {
			t.Errorf("%s: no %q on the program list:\n%s", l, want, s)
		}
	}
}
