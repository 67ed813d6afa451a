package tui

import (
	"strings"
	"testing"
)

func TestActionsInEnglish(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "en")
	d.press("?")
	for _, want := range []string{"new moment", "feedback", "measurement", "handle flag", "undo", "phrases"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("the English help lacks %q:\n%s", want, d.screen())
		}
	}
	d.press("?", "n")
	for _, want := range []string{"New moment", "Personal identity number", "Program"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("the English form lacks %q:\n%s", want, d.screen())
		}
	}
}
