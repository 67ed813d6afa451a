package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
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

// flagDetail rebuilds the Swedish detail by reading the numbers back out
// of worklist's English one; if worklist's wording drifts, the Swedish
// screen silently falls back to a vague text. Every number must survive.
func TestFlagDetailKeepsTheNumbers(t *testing.T) {
	digits := regexp.MustCompile(`\d+(-\d+)*`)
	for _, f := range start(t, demoData(), 80, 24, "sv", "").Worklist().Flags {
		sv := flagDetail("sv", f)
		if sv == Lang("sv").ByID("flag."+f.Kind+".detail") {
			t.Errorf("%s: %q was not read; the Swedish detail fell back to %q", f.Kind, f.Detail, sv)
			continue
		}
		for _, n := range digits.FindAllString(f.Detail, -1) {
			if f.Kind == caseload.FlagMADRS9 && n == "9" {
				continue // "item 9" is the question, not a number the reader needs twice
			}
			if !strings.Contains(sv, n) {
				t.Errorf("%s: %q lost %s in Swedish: %q", f.Kind, f.Detail, n, sv)
			}
		}
	}
}
