package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/around"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/worklist"
)

// unusedPNR is a Luhn-valid number with birth number 980–999 (fictional,
// as the brief allows) that no patient of the demo has.
func unusedPNR(t *testing.T, st *store.Store) personnummer.Number {
	t.Helper()
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	for b := 980; b <= 999; b++ {
		nine := fmt.Sprintf("850315%03d", b)
		n := personnummer.Number(fmt.Sprintf("19%s%d", nine, personnummer.CheckDigit(nine)))
		if !slices.ContainsFunc(c.Patients, func(p caseload.Patient) bool { return p.PNR == n }) {
			return n
		}
	}
	t.Fatal("every fictional number is in the demo")
	return ""
}

// onReferralPage waits for the referral page of the patient, loaded.
func onReferralPage(d *driver, name string) *around.Referral {
	d.t.Helper()
	var rp *around.Referral
	d.waitFor("the referral page of "+name, func() bool {
		p, ok := d.top().(*around.Referral)
		rp = p
		return ok && p.Loaded() && p.Patient().Name == name
	})
	return rp
}

func openForm(d *driver, key string) *forms.Page {
	d.t.Helper()
	d.press(key)
	var fp *forms.Page
	d.waitFor("the form of "+key, func() bool { p, ok := d.top().(*forms.Page); fp = p; return ok })
	return fp
}

// A referral from its arrival to the first module, through the app's keys
// on a real database: add (n on Bedömning), each step, an answer with a red
// flag that shows in Flaggor at once and opens the referral from there, the
// flag handled, checklist 3.4, the visit held, and IKBT decided: the moment
// starts with module 1 open and the referral leaves Bedömning.
func TestReferralPathRealStore(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	st, path := realStore(t)
	pnr := unusedPNR(t, st)
	d := newDriver(t, st, 120, 40, "sv")
	d.press("5")
	before := len(d.m.wl.Assessments)

	fp := openForm(d, "n")
	d.press(pnr.Formatted(), "enter", "Tova Testsson", "enter", "Distriktsläkare", "enter", "enter", "Anna Test", "enter")
	d.waitFor("the referral in Bedömning", func() bool { return len(d.m.wl.Assessments) == before+1 })
	_ = fp
	var id string
	for _, a := range d.m.wl.Assessments {
		if a.PNR == pnr.String() {
			id = a.Referral
			if a.Step != "contact" || a.Name != "Tova Testsson" {
				t.Errorf("new referral's row: %+v", a)
			}
		}
	}
	if id == "" {
		t.Fatalf("no row for the referral: %+v", d.m.wl.Assessments)
	}
	d.m.tables[tabAssessments].SetFilter("Tova")
	d.press("enter")
	rp := onReferralPage(d, "Tova Testsson")
	if s := d.screen(); !strings.Contains(s, pnr.Masked()) || strings.Contains(s, pnr.Formatted()) || !strings.Contains(s, "Kontakta patienten") {
		t.Errorf("the referral page (masked number, next step):\n%s", s)
	}

	// Contacted, then the step form offers the next step by itself.
	fp = openForm(d, "t")
	if v := fp.Form().GetFocusedField().GetValue(); v != store.StepContacted {
		t.Errorf("first step offered: %v", v)
	}
	d.press("enter", "enter")
	d.waitFor("contacted", func() bool { return !rp.Referral().Contacted.IsZero() })
	fp = openForm(d, "t")
	if v := fp.Form().GetFocusedField().GetValue(); v != store.StepBooked {
		t.Errorf("after contact the step form offers %v, want booked", v)
	}
	d.press("enter")
	for range len("2026-11-23") {
		d.press("backspace")
	}
	d.press("2026-11-26", "enter")
	d.waitFor("booked", func() bool { return !rp.Referral().VisitOn.IsZero() })
	if got := rp.Referral().VisitOn.String(); got != "2026-11-26" {
		t.Errorf("visit booked for %s", got)
	}

	// Forms sent, with which forms: MADRS-S picked in the list.
	fp = openForm(d, "t")
	if v := fp.Form().GetFocusedField().GetValue(); v != store.StepFormsSent {
		t.Errorf("after booking the step form offers %v, want forms", v)
	}
	d.press("enter", "enter")
	for i := 0; i < 40 && !strings.Contains(d.screen(), "> • MADRS-S") && !strings.Contains(d.screen(), "> ✓ MADRS-S"); i++ {
		d.press("down")
	}
	if !strings.Contains(d.screen(), "MADRS-S") {
		t.Fatalf("no MADRS-S in the forms list:\n%s", d.screen())
	}
	d.press("space", "enter")
	d.waitFor("forms sent", func() bool { return !rp.Referral().FormsSent.IsZero() })
	if !slices.Contains(rp.Referral().Forms, "MADRS-S") {
		t.Errorf("forms sent: %v", rp.Referral().Forms)
	}

	// An answer with item 9 = 4: red at once, in the form and in Flaggor.
	fp = openForm(d, "m")
	for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
		d.press("down")
	}
	d.press("enter", "2 2 2 2 2 2 2 2 4")
	if s := d.screen(); !strings.Contains(s, "RÖD FLAGGA") {
		t.Errorf("the form does not say red flag while typing:\n%s", s)
	}
	d.press("enter", "enter")
	d.waitFor("the red flag in the worklist", func() bool {
		return slices.ContainsFunc(d.m.wl.Flags, func(f worklist.Flag) bool { return f.Moment == id && f.Kind == caseload.FlagMADRS9 })
	})
	if s := d.screen(); !strings.Contains(s, "RÖD FLAGGA: MADRS-S fråga 9 = 4") {
		t.Errorf("the referral page lacks the open flag:\n%s", s)
	}
	d.press("esc")
	d.waitFor("the worklist", func() bool { return d.top() == nil })

	// In Flaggor the flag's row opens the referral, not "Kunde inte läsa momentet".
	d.press("3")
	d.m.tables[tabFlags].SetFilter("Tova")
	if d.m.tables[tabFlags].SelectedID() != id {
		t.Fatalf("flag row selected: %q", d.m.tables[tabFlags].SelectedID())
	}
	if s := d.screen(); strings.Contains(s, "Kunde inte läsa momentet") {
		t.Errorf("the flag's side pane tries to read a moment:\n%s", s)
	}
	d.press("enter")
	rp = onReferralPage(d, "Tova Testsson")
	fp = openForm(d, "H")
	d.press("enter", "enter", "enter", "Ringde samma dag, ingen akut risk", "enter")
	d.waitFor("the flag handled", func() bool {
		return !slices.ContainsFunc(d.m.wl.Flags, func(f worklist.Flag) bool { return f.Moment == id })
	})

	// Checklist 3.4: question 8 (acutely suicidal) answered ja is an observandum.
	fp = openForm(d, "c")
	for q := 1; q <= 13; q++ {
		ans := "ja"
		if q >= 2 && q <= 5 || q == 7 {
			ans = "nej"
		}
		if q == 8 {
			ans = "ja"
		}
		for fp.Form().GetFocusedField().GetValue() != ans {
			d.press("right")
		}
		d.press("enter")
	}
	d.waitFor("the checklist saved", func() bool { return len(rp.Referral().Checklist) == 13 })
	if s := d.screen(); !strings.Contains(s, "! 8 ja") {
		t.Errorf("question 8 answered ja is not marked:\n%s", s)
	}

	// The visit held, then IKBT: the moment starts.
	fp = openForm(d, "t")
	if v := fp.Form().GetFocusedField().GetValue(); v != store.StepHeld {
		t.Errorf("after the forms the step form offers %v, want held", v)
	}
	d.press("enter", "enter")
	d.waitFor("held", func() bool { return !rp.Referral().VisitHeld.IsZero() })
	openForm(d, "d")
	d.press("enter", "enter", "enter", "enter", "F32.1", "enter")
	d.waitFor("decided", func() bool { return rp.Referral().Decision == caseload.DecidedYes })
	if slices.ContainsFunc(d.m.wl.Assessments, func(a lifecycle.Row) bool { return a.Referral == id }) {
		t.Errorf("a decided referral stays in Bedömning")
	}
	m := reread(t, path, rp.Referral().Moment)
	if m.PNR != pnr || m.Status != caseload.Active || len(m.Modules) == 0 || m.Modules[0].Opened.IsZero() || m.Diagnosis != "F32.1" {
		t.Errorf("the started moment: %+v", m)
	}
	if !slices.ContainsFunc(m.Measurements, func(x caseload.Measurement) bool { return x.Occasion == caseload.Assessment && x.Item9 == 4 }) {
		t.Errorf("the assessment answer did not follow the moment: %+v", m.Measurements)
	}
	// Decided: the page offers no writes and says why on a write key.
	d.press("t")
	if s := d.screen(); !strings.Contains(s, "beslutad") {
		t.Errorf("a write key on a decided referral:\n%s", s)
	}
}

// TestReferralLinesGolden draws each demo referral at 100 columns: steps,
// checklist 3.4 with its observanda, answers with item 9, the decision.
func TestReferralLinesGolden(t *testing.T) {
	c := demoData().c
	m := start(t, demoData(), 100, 30, "sv", "")
	for _, r := range c.Referrals {
		var pt caseload.Patient
		for _, p := range c.Patients {
			if p.PNR == r.PNR {
				pt = p
			}
		}
		got := ansi.Strip(strings.Join(around.ReferralLines(m.ctx, r, pt, false, 100), "\n"))
		if strings.Contains(got, r.PNR.Formatted()) {
			t.Errorf("%s: the full personnummer is shown", r.ID)
		}
		golden(t, "referral_"+r.ID, got)
	}
}
