package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/tui/pages/around"
)

// TestChecklistsWrap: at 80 and 60 columns every question of checklist
// 3.4 and of the closing visit (3.6.6) is on the page whole, wrapped, no
// line wider than the page and none cut with "…" (issue 16).
func TestChecklistsWrap(t *testing.T) {
	c := demoData().c
	m := start(t, demoData(), 100, 30, "sv", "")
	r := c.Referrals[0]
	long := caseload.Closing{Moment: "demo-23", VisitOn: today, VisitHeld: today, Checks: []caseload.Check{
		{Key: "symptom-reduction", Answer: "Ja, tydligt: MADRS-S från 27 vid start till 12 i dag, sover hela nätter och arbetar heltid igen"}}}
	mo := caseload.Moment{ID: "demo-23", PNR: r.PNR, Program: "depressionshjalpen", Status: caseload.Active}
	for _, width := range []int{80, 60} {
		pages := map[string][]string{
			"referral": around.ReferralLines(m.ctx, r, caseload.Patient{PNR: r.PNR, Name: "Wilma Ek"}, false, width),
			"closing":  around.ClosingLines(m.ctx, mo, caseload.Patient{PNR: r.PNR, Name: "Wilma Ek"}, long, 6, 7, false, width),
		}
		for name, lines := range pages {
			text := ansi.Strip(strings.Join(lines, "\n"))
			for _, l := range strings.Split(text, "\n") {
				if ansi.StringWidth(l) > width {
					t.Errorf("%s at %d: a line of %d columns: %q", name, width, ansi.StringWidth(l), l)
				}
				if strings.HasSuffix(l, "…") {
					t.Errorf("%s at %d: cut: %q", name, width, l)
				}
			}
			flat := strings.ReplaceAll(strings.Join(strings.Fields(text), " "), "- ", "-") // a line may break after a hyphen
			var want []string
			if name == "referral" {
				want = lifecycle.Checklist34
			} else {
				for _, it := range lifecycle.ClosingItems {
					want = append(want, it.SV)
				}
				want = append(want, long.Checks[0].Answer)
			}
			for _, q := range want {
				if !strings.Contains(flat, strings.Join(strings.Fields(q), " ")) {
					t.Errorf("%s at %d: %q is not whole on the page", name, width, q)
				}
			}
		}
	}
}
