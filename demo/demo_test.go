package demo

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

var today = caseload.NewDate(2026, time.November, 23)

// TestHandmadeWorklist checks that the hand-made caseload shows what it
// is for, on every weekday (dates are relative to today).
func TestHandmadeWorklist(t *testing.T) {
	cat := programs.Default()
	for d := range 7 {
		day := today.AddDays(d)
		c := Generate(day, Handmade)
		w := worklist.Compute(c, cat, day)
		// demo-26 was handed over: it stays in the file but not on the worklist.
		if len(c.Moments) != 26 || len(w.Moments) != 18 {
			t.Fatalf("%s: %d moments, %d on the worklist; want 26 and 18", day, len(c.Moments), len(w.Moments))
		}
		flags := map[string][]string{}
		for _, f := range w.Flags {
			flags[f.Kind] = append(flags[f.Kind], f.Moment)
		}
		want := map[string]string{
			caseload.FlagMADRS9: "demo-05 demo-19 demo-03", caseload.FlagInactive: "demo-08", caseload.FlagNoDialogue: "demo-09",
			caseload.FlagMaintenanceOver: "demo-11", caseload.FlagDeterioration: "demo-13",
			caseload.FlagMissedDay: "demo-09 demo-08 demo-12",
		}
		if len(flags) != len(want) {
			t.Errorf("%s: flag kinds %v, want %v", day, flags, want)
		}
		for kind, ids := range want {
			if got := strings.Join(flags[kind], " "); got != ids {
				t.Errorf("%s: %s flags on %q, want %q", day, kind, got, ids)
			}
		}
		for _, f := range w.Flags {
			switch {
			case f.Moment == "demo-19" && (f.Kind != caseload.FlagMADRS9 || f.Status != caseload.Maintenance || f.Score != 5):
				t.Errorf("%s: demo-19's maintenance red flag: %+v", day, f)
			case f.Moment == "demo-12" && f.Step != worklist.StepPhone:
				t.Errorf("%s: demo-12's missed day: %+v, want the phone step", day, f)
			}
		}
		var fb []string
		for _, f := range w.Feedback {
			fb = append(fb, fmt.Sprintf("%s %s %d", f.Moment, f.Reason, f.DaysOverdue))
		}
		wantFb := "demo-02 module 3, demo-21 module 1, demo-04 module 0, demo-14 message 0, demo-03 message 0"
		if got := strings.Join(fb, ", "); got != wantFb {
			t.Errorf("%s: feedback %s\nwant %s", day, got, wantFb)
		}
		if !w.Feedback[2].Due.Equal(day) {
			t.Errorf("%s: demo-04 due %s, want today", day, w.Feedback[2].Due)
		}
		var due []string
		for _, d := range w.Measurements {
			due = append(due, fmt.Sprintf("%s %s %s %d", d.Moment, d.Instrument, d.Cause, d.DaysOverdue))
		}
		wantDue := "demo-25 GAD-7 followup 32, demo-16 KEDS module 5 12, demo-14 PSS-10 every 2 weeks 5, demo-11 GAD-7 followup 2, demo-23 WHODAS-12 final 2"
		if got := strings.Join(due, ", "); got != wantDue {
			t.Errorf("%s: due %s\nwant %s", day, got, wantDue)
		}
	}
}

func TestHandmadeContents(t *testing.T) {
	c := Generate(today, 10)
	status := map[caseload.Status]int{}
	progs := map[string]bool{}
	clinicians := map[string]int{}
	perPatient := map[personnummer.Number]int{}
	item9 := map[int]bool{}
	from := map[string]bool{}
	for _, m := range c.Moments {
		status[m.Status]++
		progs[m.Program] = true
		clinicians[m.Clinician]++
		perPatient[m.PNR]++
		for _, x := range m.Measurements {
			item9[x.Item9] = true
		}
		for _, msg := range m.Messages {
			from[msg.From] = true
		}
		if m.Program == "livsbalansen" && (m.Challenge == "" || len(m.Addons) == 0) {
			t.Errorf("%s: Livsbalansen without challenge area or add-on track", m.ID)
		}
	}
	if status[caseload.Active] == 0 || status[caseload.Maintenance] < 2 || status[caseload.Closed] == 0 {
		t.Errorf("statuses %v", status)
	}
	if len(progs) != 6 {
		t.Errorf("programs %v, want all six", progs)
	}
	if clinicians[Clinician] != 24 || clinicians[Second] != 2 {
		t.Errorf("clinicians %v", clinicians)
	}
	// The handed-over patient (demo-26) and the referrals' patients
	// (demo/lifecycle.go) come after; only the first has a moment.
	if len(c.Patients) != 17+1+len(c.Referrals) || len(perPatient) != 18 {
		t.Errorf("%d patients, %d with moments; want the 17 published test numbers, demo-26's and the referrals'", len(c.Patients), len(perPatient))
	}
	for i, p := range personnummer.Published() {
		if c.Patients[i].PNR != p || !p.IsTest() || c.Patients[i].Name == "" {
			t.Errorf("patient %d: %+v", i, c.Patients[i])
		}
	}
	for _, v := range []int{3, 4, 5, -1} {
		if !item9[v] {
			t.Errorf("no measurement with item 9 = %d", v)
		}
	}
	if !from[caseload.FromPatient] || !from[caseload.FromClinician] {
		t.Errorf("messages from %v, want both sides", from)
	}
	checkMeasurements(t, c)
	checkModules(t, c)
	if !reflect.DeepEqual(c, Generate(today, 25)) {
		t.Error("Generate is not deterministic")
	}
}

// checkModules checks every module key, challenge area and add-on
// against the catalogue.
func checkModules(t *testing.T, c caseload.Caseload) {
	t.Helper()
	cat := programs.Default()
	known := func(p *programs.Program, key string) bool {
		if _, ok := p.Module(key); ok {
			return true
		}
		for _, a := range cat.Addons() {
			for _, m := range a.Modules {
				if m.Key == key {
					return true
				}
			}
		}
		return false
	}
	for _, m := range c.Moments {
		p, ok := cat.Program(m.Program)
		if !ok {
			t.Fatalf("%s: no program %q", m.ID, m.Program)
		}
		for _, e := range m.Modules {
			if !known(p, e.Module) {
				t.Errorf("%s: no module %q in %s", m.ID, e.Module, p.ID)
			}
		}
		if tr, ok := p.Track(m.Challenge); m.Challenge != "" && (!ok || tr.Kind != programs.Challenge) {
			t.Errorf("%s: %q is not a challenge area", m.ID, m.Challenge)
		}
		for _, a := range m.Addons {
			_, track := p.Track(a)
			_, addon := cat.Addon(a)
			if !track && !addon {
				t.Errorf("%s: no track %q", m.ID, a)
			}
		}
	}
}

// checkMeasurements scores every measurement with package instruments.
func checkMeasurements(t *testing.T, c caseload.Caseload) {
	t.Helper()
	for _, m := range c.Moments {
		for _, x := range m.Measurements {
			r, err := instruments.Score(x.Instrument, x.Items)
			if err != nil {
				t.Fatalf("%s: %v", m.ID, err)
			}
			if r.Total != x.Total || r.Item9 != x.Item9 || x.Answered.IsZero() || x.Occasion == "" {
				t.Fatalf("%s: %+v, scored %+v", m.ID, x, r)
			}
		}
	}
}

// TestRelevant checks that the store may load only worklist.Relevant
// measurements: Compute gives the same worklist.
func TestRelevant(t *testing.T) {
	cat := programs.Default()
	for _, c := range []caseload.Caseload{Generate(today, 25), Generate(today, 200)} {
		full := worklist.Compute(c, cat, today)
		for i := range c.Moments {
			c.Moments[i].Measurements = worklist.Relevant(c.Moments[i].Measurements)
		}
		if !reflect.DeepEqual(full, worklist.Compute(c, cat, today)) {
			t.Errorf("Compute differs on Relevant measurements (%d moments)", len(c.Moments))
		}
	}
}

func TestNames(t *testing.T) {
	if len(names().patients) != len(personnummer.Published()) {
		t.Errorf("%d patient names for %d published numbers", len(names().patients), len(personnummer.Published()))
	}
	if names().clinicians[0] != Clinician || names().clinicians[1] != Second {
		t.Errorf("first clinicians %q, want %q and %q", names().clinicians[:2], Clinician, Second)
	}
	for _, bad := range []string{"Anna\n", "[patients]\nA\n[oops]\n", ""} {
		if _, err := parseNames(bad); err == nil {
			t.Errorf("parseNames(%q) accepted", bad)
		}
	}
}

func TestScaled(t *testing.T) {
	for _, n := range []int{Handmade + 1, 200, 1000} {
		c := Generate(today, n)
		if len(c.Moments) != n {
			t.Fatalf("Generate(%d): %d moments", n, len(c.Moments))
		}
		pnrs := map[personnummer.Number]bool{}
		for _, p := range c.Patients {
			if _, err := personnummer.Parse(p.PNR.String()); err != nil || !p.PNR.IsTest() || pnrs[p.PNR] {
				t.Fatalf("Generate(%d): patient %+v: %v (test number %v, duplicate %v)", n, p, err, p.PNR.IsTest(), pnrs[p.PNR])
			}
			pnrs[p.PNR] = true
		}
		ms, ids, clin := 0, map[string]bool{}, map[string]bool{}
		for _, m := range c.Moments {
			ms += len(m.Measurements)
			if ids[m.ID] || !pnrs[m.PNR] {
				t.Fatalf("moment %s duplicate or without patient", m.ID)
			}
			ids[m.ID] = true
			clin[m.Clinician] = true
		}
		if per := ms / n; per < PerMoment*8/10 || per > PerMoment*12/10 {
			t.Errorf("Generate(%d): %d measurements per moment, want about %d", n, per, PerMoment)
		}
		if n >= 200 && len(clin) != 20 {
			t.Errorf("Generate(%d): %d clinicians, want 20", n, len(clin))
		}
		checkMeasurements(t, c)
		checkModules(t, c)
		w := worklist.Compute(c, programs.Default(), today)
		if n >= 1000 {
			kinds := map[string]int{}
			for _, f := range w.Flags {
				kinds[f.Kind]++
			}
			if len(w.Feedback) == 0 || len(kinds) != 6 || len(w.Measurements) == 0 {
				t.Errorf("Generate(%d): worklist has %d feedback, flags %v, %d due", n, len(w.Feedback), kinds, len(w.Measurements))
			}
		}
	}
}

// BenchmarkGenerate times a scaled caseload of 10,000 moments (about a
// million measurements).
func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(today, 10000)
	}
}

// TestHandmadeLifecycle: the demo shows each state around the modules
// (issue 16 point 7): a referral at each step, the overdue one first; a
// closing visit due and one held; a moment in maintenance; a closed one
// with its follow-up due; one referral and one moment proposed for
// gallring; a handover pending, one accepted (the moment "överlämnad",
// read-only, without flags) and one from another unit waiting.
func TestHandmadeLifecycle(t *testing.T) {
	c := Generate(today, Handmade)
	w := worklist.Compute(c, programs.Default(), today)
	steps := map[string]string{}
	for _, a := range w.Assessments {
		steps[a.Referral] = string(a.Step)
	}
	want := map[string]string{"R-demo-1": "contact", "R-demo-4": "book-visit", "R-demo-2": "send-forms",
		"R-demo-5": "hold-visit", "R-demo-3": "decide"}
	if !reflect.DeepEqual(steps, want) {
		t.Errorf("referral steps = %v, want %v", steps, want)
	}
	if len(w.Assessments) != 5 || w.Assessments[0].Referral != "R-demo-2" || w.Assessments[0].DaysOverdue == 0 {
		t.Errorf("the overdue referral is not first: %+v", w.Assessments)
	}
	for _, p := range c.Patients {
		if _, err := personnummer.Parse(string(p.PNR)); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		if !p.PNR.IsTest() && p.PNR[8] != '9' {
			t.Errorf("%s: %s is neither a published test number nor of birth number 980–999", p.Name, p.PNR)
		}
	}
	moments := map[string]caseload.Moment{}
	for _, m := range c.Moments {
		moments[m.ID] = m
	}
	closings := map[string]caseload.Closing{}
	for _, cl := range c.Closings {
		closings[cl.Moment] = cl
	}
	if cl := closings["demo-23"]; cl.VisitOn != today || !cl.VisitHeld.IsZero() {
		t.Errorf("demo-23: closing visit not due today: %+v", cl)
	}
	if cl := closings["demo-19"]; cl.VisitHeld.IsZero() || len(cl.Checks) != len(lifecycle.ClosingItems) || moments["demo-19"].Status != caseload.Maintenance {
		t.Errorf("demo-19: no closing visit held with every question, in maintenance: %+v", cl)
	}
	followUp := false
	for _, d := range w.Measurements {
		followUp = followUp || (d.Occasion == caseload.FollowUp && moments[d.Moment].Status == caseload.Closed)
	}
	if !followUp {
		t.Error("no closed moment with its follow-up due")
	}
	why := map[string]bool{}
	for _, p := range lifecycle.GallringProposals(c, lifecycle.DefaultGallringDays, today) {
		why[p.Why] = true
		if p.Referral != "" && p.Referral != "R-demo-6" {
			t.Errorf("referral %s proposed for gallring", p.Referral)
		}
	}
	if !why[lifecycle.WhyClosed] || !why[lifecycle.WhyNotTreated] {
		t.Errorf("gallring proposals: %v, want a closed moment and a referral not treated", why)
	}
	states := map[string]string{}
	for _, h := range c.Handovers {
		states[h.ID] = string(h.Direction) + " " + string(h.State)
	}
	wantStates := map[string]string{"H-demo-1": "out pending", "H-demo-2": "out accepted", IncomingHandover: "in pending"}
	if !reflect.DeepEqual(states, wantStates) {
		t.Errorf("handovers %v, want %v", states, wantStates)
	}
	if m := moments["demo-26"]; m.Status != caseload.Closed || !worklist.HandedOver(m) {
		t.Errorf("demo-26 is not överlämnad: %s %q", m.Status, m.ClosingReason)
	}
	for _, f := range w.Flags {
		if f.Moment == "demo-26" {
			t.Errorf("the handed-over moment has a flag: %+v", f)
		}
	}
	rows := map[string]worklist.HandoverRow{}
	for _, h := range w.Handovers {
		rows[h.Handover] = h
	}
	in, ok := rows[IncomingHandover]
	if len(rows) != 2 || !ok || in.Direction != caseload.HandoverIn || len(in.Moments) != 1 || in.Moments[0].Name != incomingName {
		t.Errorf("worklist handovers %+v, want H-demo-1 and the incoming one with its patient", w.Handovers)
	}
}
