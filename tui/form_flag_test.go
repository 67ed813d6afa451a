package tui

import (
	"strings"
	"testing"
)

// The handle-flag form names each flag in the interface's language:
// worklist's own detail is English, and must not reach a Swedish screen.
func TestFlagLabelSpeaksTheLanguage(t *testing.T) {
	wl := demoData()
	flags := start(t, wl, 80, 24, "sv", "").Worklist().Flags
	if len(flags) == 0 {
		t.Fatal("the demo has no flags")
	}
	kinds := map[string]bool{}
	for _, f := range flags {
		kinds[f.Kind] = true
		sv, en := flagLabel("sv", f), flagLabel("en", f)
		if strings.Contains(sv, f.Detail) {
			t.Errorf("%s: Swedish label %q carries worklist's English detail %q", f.Kind, sv, f.Detail)
		}
		for _, w := range []string{"item", "login", "dialogue", "maintenance", "reliable", "days"} {
			if strings.Contains(sv, w) {
				t.Errorf("%s: Swedish label %q has the English word %q", f.Kind, sv, w)
			}
		}
		if want := flagDetail("sv", f); !strings.Contains(sv, want) {
			t.Errorf("%s: Swedish label %q lacks the Flaggor tab's detail %q", f.Kind, sv, want)
		}
		if !strings.Contains(en, flagDetail("en", f)) {
			t.Errorf("%s: English label %q lacks %q", f.Kind, en, flagDetail("en", f))
		}
	}
	if len(kinds) < 5 {
		t.Errorf("the demo raises %d flag kinds, want all 5: %v", len(kinds), kinds)
	}
}
