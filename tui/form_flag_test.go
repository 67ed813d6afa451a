package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/worklist"
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
		sv, en := forms.FlagLabel("sv", f), forms.FlagLabel("en", f)
		if strings.Contains(sv, f.Detail) {
			t.Errorf("%s: Swedish label %q carries worklist's English detail %q", f.Kind, sv, f.Detail)
		}
		for _, w := range []string{"item", "login", "dialogue", "maintenance", "reliable", "days"} {
			if strings.Contains(sv, w) {
				t.Errorf("%s: Swedish label %q has the English word %q", f.Kind, sv, w)
			}
		}
		if want := common.FlagDetail("sv", f); !strings.Contains(sv, want) {
			t.Errorf("%s: Swedish label %q lacks the Flaggor tab's detail %q", f.Kind, sv, want)
		}
		if !strings.Contains(en, common.FlagDetail("en", f)) {
			t.Errorf("%s: English label %q lacks %q", f.Kind, en, common.FlagDetail("en", f))
		}
	}
	// PHQ-9 item 9 is not in the demo; TestPHQ9FlagSpeaksTheLanguage covers it.
	for _, k := range []string{caseload.FlagMADRS9, caseload.FlagInactive, caseload.FlagNoDialogue,
		caseload.FlagMaintenanceOver, caseload.FlagDeterioration, caseload.FlagMissedDay} {
		if !kinds[k] {
			t.Errorf("the demo raises no %s flag: %v", k, kinds)
		}
	}
}

// flagDetail rebuilds the Swedish detail by reading the numbers back out
// of worklist's English one; if worklist's wording drifts, the Swedish
// screen silently falls back to a vague text. Every number must survive.
func TestFlagDetailKeepsTheNumbers(t *testing.T) {
	digits := regexp.MustCompile(`\d+(-\d+)*`)
	for _, f := range start(t, demoData(), 80, 24, "sv", "").Worklist().Flags {
		sv := common.FlagDetail("sv", f)
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

// The PHQ-9 red flag (issue 9) and both missed-day steps read in each
// language, with the numbers the clinician acts on.
func TestPHQ9FlagSpeaksTheLanguage(t *testing.T) {
	agreed, err := caseload.ParseDate("2026-11-16")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		f      worklist.Flag
		sv, en string
	}{
		{worklist.Flag{Kind: caseload.FlagPHQ9, Score: 2}, "PHQ-9 fråga 9 (tankar på att vara död eller skada sig): 2 poäng", "PHQ-9 item 9 (thoughts of being better off dead or of self-harm): 2 points"},
		{worklist.Flag{Kind: caseload.FlagMissedDay, Step: worklist.StepMessage, Agreed: agreed}, "Skicka meddelande: inget från patienten till överenskommen dag 2026-11-16", "Send a message: nothing from the patient by the agreed day 2026-11-16"},
		{worklist.Flag{Kind: caseload.FlagMissedDay, Step: worklist.StepPhone, Agreed: agreed}, "Ring patienten: inget svar på meddelandet, inget från patienten sedan överenskommen dag 2026-11-16", "Phone the patient: no answer to the message, nothing from the patient since the agreed day 2026-11-16"},
		{worklist.Flag{Kind: caseload.FlagMADRS9, Score: 5, Status: caseload.Closed}, "MADRS-S fråga 9 (livslust): 5 poäng (avslutat moment)", "MADRS-S item 9 (livslust): 5 points (closed moment)"},
	}
	for _, c := range cases {
		if got := common.FlagDetail("sv", c.f); got != c.sv {
			t.Errorf("%s sv: %q, want %q", c.f.Kind, got, c.sv)
		}
		if got := common.FlagDetail("en", c.f); got != c.en {
			t.Errorf("%s en: %q, want %q", c.f.Kind, got, c.en)
		}
	}
	if !isRed(cases[0].f) {
		t.Error("PHQ-9 item 9 is not red in the app")
	}
	if got := forms.FlagLabel("sv", cases[0].f); !strings.HasPrefix(got, "Röd flagga: PHQ-9 fråga 9") {
		t.Errorf("handle-flag form names PHQ-9 %q", got)
	}
}
