package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/worklist"
)

func fakeDemo() *fakeStore { return &fakeStore{c: demo.Generate(today, demo.Handmade)} }

// pick returns the first moment that satisfies ok.
func pick(t testing.TB, c caseload.Caseload, what string, ok func(m *caseload.Moment) bool) caseload.Moment {
	t.Helper()
	for i := range c.Moments {
		if ok(&c.Moments[i]) {
			return c.Moments[i]
		}
	}
	t.Fatalf("the demo caseload has no moment with %s", what)
	return caseload.Moment{}
}

func withPendingModule(m *caseload.Moment) bool {
	return m.Status == caseload.Active && len(m.AwaitingFeedback()) > 0 && mustProgram(m.Program).NextBaseModule(m) != ""
}

func mustProgram(id string) *programs.Program {
	p, _ := catalogue().Program(id)
	return p
}

func withOpenModule(m *caseload.Moment) bool {
	return m.Status == caseload.Active && len(m.InProgress()) > 0
}

func openFlags(c caseload.Caseload, kind string) []worklist.Flag {
	var out []worklist.Flag
	for _, f := range worklist.Compute(c, catalogue(), today).Flags {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestNewMomentWritesOneMoment(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	pnr := freshPnr(t, s.c, 0)
	d.press("n")
	if _, ok := d.top().(*forms.Page); !ok {
		t.Fatalf("n opened no form:\n%s", d.screen())
	}
	d.press(pnr.Formatted())
	if !strings.Contains(d.screen(), "Personnummer giltigt: "+pnr.Masked()) {
		t.Errorf("the personnummer is not checked as it is typed:\n%s", d.screen())
	}
	d.press("enter", "Test Testsson", "enter")
	d.press("enter")          // program: the first, Livsbalansen
	d.press("enter")          // start: today
	d.press("enter")          // feedback weekday: today's
	d.press("F43.8", "enter") // diagnosis
	d.press("Anna Lindqvist", "enter")
	d.press("enter") // open module 1: yes
	// Livsbalansen asks for the challenge area and the optional tracks.
	d.press("enter")          // challenge: chosen later
	d.press("space", "enter") // the first optional track
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	if d.top() != nil {
		t.Errorf("the form is still open after saving:\n%s", d.screen())
	}
	var got caseload.Moment
	for _, m := range s.c.Moments {
		if m.PNR == pnr && m.Program == "livsbalansen" && m.Started.Equal(today) {
			got = m
		}
	}
	if got.ID == "" {
		t.Fatalf("no new moment written; writes %v", s.writes())
	}
	if got.Diagnosis != "F43.8" || got.Clinician != "Anna Lindqvist" || got.FeedbackDay != today.Weekday() || got.Status != caseload.Active {
		t.Errorf("moment written as %+v", got)
	}
	// The optional track chosen starts with module 1.
	if len(got.Modules) != 2 || got.Modules[0].Module != "1" || got.Modules[1].Module != "battre-somn/1" ||
		!got.Modules[0].Opened.Equal(today.Start()) || !got.Modules[1].Opened.Equal(today.Start()) {
		t.Errorf("module 1 and battre-somn/1 not opened on the start day: %+v", got.Modules)
	}
	if !slices.Equal(got.Addons, []string{"battre-somn"}) || got.Challenge != "" {
		t.Errorf("tracks: challenge %q addons %v", got.Challenge, got.Addons)
	}
	// issue 14: the cursor goes to the new moment's row.
	d.waitFor("the cursor on the new row", func() bool { id, _ := d.m.Selected(); return id == got.ID })
	if !strings.Contains(d.screen(), "Nytt moment sparat: Test Testsson") {
		t.Errorf("no status after saving:\n%s", d.screen())
	}
}

func TestNewMomentRejectsBadPersonnummer(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	d.press("n", "19121212-1213", "enter")
	scr := d.screen()
	if !strings.Contains(scr, "kontrollsiffra stämmer inte") {
		t.Errorf("a wrong check digit is not reported:\n%s", scr)
	}
	d.press("esc")
	if len(s.writes()) != 0 {
		t.Errorf("writes after esc: %v", s.writes())
	}
}

func TestIncomingModuleSubmitted(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an open module", withOpenModule)
	module := mo.InProgress()[0].Module
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("i")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter") // module submitted, the latest open module, now
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	want := "SubmitModule " + mo.ID + " " + module
	if got := s.writes()[0]; got != want {
		t.Errorf("write %q, want %q", got, want)
	}
	after := s.moment(mo.ID)
	for _, e := range after.Modules {
		if e.Module == module && !e.Submitted.Equal(caseload.NewStamp(2026, time.November, 23, 10, 30)) {
			t.Errorf("module %s submitted at %v", module, e.Submitted)
		}
	}
}

func TestIncomingMessageAndLogin(t *testing.T) {
	for _, tc := range []struct {
		name  string
		keys  []string
		write string
	}{
		{"message", []string{"down", "enter", "enter"}, "AddMessage %s patient"},
		{"login", []string{"down", "down", "enter", "enter"}, "SetLastLogin %s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := fakeDemo()
			mo := pick(t, s.c, "an open module", withOpenModule)
			d := newDriver(t, s, 120, 40, "sv")
			d.selectMoment(mo.ID)
			d.press("i")
			d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
			d.press(tc.keys...)
			d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
			if want := strings.ReplaceAll(tc.write, "%s", mo.ID); s.writes()[0] != want {
				t.Errorf("write %q, want %q", s.writes()[0], want)
			}
		})
	}
}

func TestFeedbackOpensNextModuleThenComposerCopies(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	module := mo.AwaitingFeedback()[0].Module
	next := mustProgram(mo.Program).NextBaseModule(&mo)
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter") // the earliest submitted module, open the next, now
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	if want := "GiveFeedbackOpening " + mo.ID + " " + module + " open=" + next + " challenge="; s.writes()[0] != want {
		t.Errorf("write %q, want %q", s.writes()[0], want)
	}
	c := d.top().(*composer.Page)
	text := c.Text()
	for _, want := range []string{"Kontaktorsak:", "Planering:", "modul " + next} {
		if !strings.Contains(text, want) {
			t.Errorf("the note lacks %q:\n%s", want, text)
		}
	}
	d.press("ctrl+y")
	d.waitFor("the copy", func() bool { return strings.Contains(c.Info(), "Sparat i") })
	d.waitFor("the note saved", func() bool { return slices.Contains(s.writes(), "SaveNote "+mo.ID) })
	// The file fallback holds exactly the plain text.
	path, _, _ := strings.Cut(strings.TrimPrefix(c.Info(), "Sparat i "), " · ")
	checkCopiedFile(t, path, text)
	// OSC 52: the program is asked to set the clipboard to exactly the text.
	if got, ok := clipboardSet(d.sent); !ok || got != text {
		t.Errorf("OSC 52 clipboard got %q (%v), want the note", got, ok)
	}
	notes := s.moment(mo.ID).Notes
	if len(notes) != 1 || notes[0].Text != text || notes[0].Copied.IsZero() {
		t.Errorf("note saved as %+v", notes)
	}
}

func TestMeasurementRedFlagShownBeforeSaving(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment without a red flag", func(m *caseload.Moment) bool {
		if m.Status != caseload.Active {
			return false
		}
		for _, f := range openFlags(s.c, caseload.FlagMADRS9) {
			if f.Moment == m.ID {
				return false
			}
		}
		return true
	})
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	// Choose MADRS-S (the first instrument), Ongoing, every item.
	d.press("g")
	for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
		d.press("up")
	}
	d.press("enter", "enter", "enter")
	d.press("2 2 2 2 2 2 2 2 4")
	scr := d.screen()
	for _, want := range []string{"Summa 20 av 54: måttlig depression", "Fråga 9 (livslust): 4", "Röd flagga: livslust 4"} {
		if !strings.Contains(scr, want) {
			t.Errorf("before saving the form does not say %q:\n%s", want, scr)
		}
	}
	if len(s.writes()) != 0 {
		t.Fatalf("written before saving: %v", s.writes())
	}
	d.press("enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	ms := s.moment(mo.ID).Measurements
	last := ms[len(ms)-1]
	if last.Instrument != "MADRS-S" || last.Total != 20 || last.Item9 != 4 || len(last.Items) != 9 || last.Occasion != caseload.Ongoing {
		t.Errorf("measurement written as %+v", last)
	}
	d.waitFor("the flag on the worklist", func() bool {
		for _, f := range d.m.wl.Flags {
			if f.Moment == mo.ID && f.Kind == caseload.FlagMADRS9 {
				return true
			}
		}
		return false
	})
	if !strings.Contains(d.screen(), "Röd flagga: livslust 4") {
		t.Errorf("the status line does not report the red flag:\n%s", d.screen())
	}
}

func TestMeasurementOutOfRangeIsRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
		d.press("up")
	}
	d.press("enter", "enter", "enter", "2 2 2 2 2 2 2 2 7", "enter")
	if !strings.Contains(d.screen(), "MADRS-S fråga 9: 7 är inget tillåtet svar (0–6)") { // Swedish, as the rest of the form
		t.Errorf("an out-of-range item is not named:\n%s", d.screen())
	}
	d.press("esc")
	if len(s.writes()) != 0 {
		t.Errorf("written: %v", s.writes())
	}
}

func TestHandleFlagLeavesTheList(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	flags := openFlags(s.c, caseload.FlagMADRS9)
	if len(flags) == 0 {
		t.Fatal("the demo caseload has no red flag")
	}
	f := flags[0]
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(f.Moment)
	d.press("H")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter")          // the flag
	d.press("enter", "enter") // who, when
	d.press("Ringde patienten, ingen akut risk", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	got := s.moment(f.Moment).Flags
	h := got[len(got)-1]
	if h.Kind != f.Kind || h.Ref != f.Ref || h.Note != "Ringde patienten, ingen akut risk" || h.HandledBy != "Anna Lindqvist" ||
		!h.HandledAt.Equal(caseload.NewStamp(2026, time.November, 23, 10, 30)) {
		t.Errorf("handled flag written as %+v, raised %+v", h, f)
	}
	d.waitFor("the flag to leave", func() bool {
		for _, x := range d.m.wl.Flags {
			if x.Moment == f.Moment && x.Kind == f.Kind && x.Ref == f.Ref {
				return false
			}
		}
		return true
	})
}

func TestScheduleEveryNWeeks(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("e")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "GAD-7" {
		d.press("down")
	}
	d.press("enter")
	for fp.Form().GetFocusedField().GetValue() != forms.SchedEvery {
		d.press("down")
	}
	d.press("enter", "backspace", "3", "enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	sc := s.moment(mo.ID).Schedules
	last := sc[len(sc)-1]
	if last.Instrument != "GAD-7" || last.EveryWeeks != 3 || last.AtModule != "" || !last.From.Equal(today) {
		t.Errorf("schedule written as %+v", last)
	}
}

func TestEndTreatmentMaintenanceThenClosed(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("a")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter") // maintenance, today
	// issue 14: the form says what will happen and asks; nothing before.
	if !strings.Contains(d.screen(), "går från aktiv behandling till vidmakthållande från "+today.String()) || len(s.writes()) != 0 {
		t.Errorf("no confirmation before maintenance (writes %v):\n%s", s.writes(), d.screen())
	}
	d.press("enter") // "Nej" is the default: refused, nothing written
	if len(s.writes()) != 0 || !strings.Contains(d.screen(), "Inget sparat") {
		t.Errorf("enter on no wrote or said nothing (writes %v):\n%s", s.writes(), d.screen())
	}
	d.press("y")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	if got := s.moment(mo.ID); got.Status != caseload.Maintenance || !got.MaintenanceFrom.Equal(today) {
		t.Errorf("after maintenance: %s from %v", got.Status, got.MaintenanceFrom)
	}
	d.selectMoment(mo.ID)
	d.press("a")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "down", "enter", "enter", "y") // closed, on the patient's request, today, yes
	d.waitFor("the closing note", func() bool { _, ok := d.top().(*composer.Page); return ok })
	got := s.moment(mo.ID)
	if got.Status != caseload.Closed || got.ClosingReason != "Avbruten på patientens begäran" || !got.ClosedOn.Equal(today) {
		t.Errorf("after closing: %s %q %v", got.Status, got.ClosingReason, got.ClosedOn)
	}
	text := d.top().(*composer.Page).Text()
	if !strings.Contains(text, "Avbruten på patientens begäran") {
		t.Errorf("the closing note lacks the reason:\n%s", text)
	}
}

// TestFormsFitSmallTerminal: at 80×24 the focused field stays on screen
// even in the tallest form.
func TestFormsFitSmallTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 80, 24, "sv")
	d.selectMoment(mo.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	for _, want := range []string{"Skattningsskala", "Mättillfälle", "Inmatning"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("at 80×24 the form does not show %q:\n%s", want, d.screen())
		}
		d.press("enter")
	}
	checkFrame(t, d.screen(), 80, 24)
}

// TestActionsFromMomentPage: the action keys work on an opened moment too,
// and the form writes to that moment.
func TestActionsFromMomentPage(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an open module", withOpenModule)
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("enter")
	d.waitFor("the moment page", func() bool { _, ok := d.top().(*moment.Page); return ok })
	d.press("i")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	if !strings.HasPrefix(s.writes()[0], "SubmitModule "+mo.ID+" ") {
		t.Errorf("write %q", s.writes()[0])
	}
	if _, ok := d.top().(*moment.Page); !ok {
		t.Errorf("after saving the moment page is not back on top: %T", d.top())
	}
}

// freshPnr is the i-th fictional personnummer (birth number 980–999)
// that is not in c.
func freshPnr(t testing.TB, c caseload.Caseload, i int) personnummer.Number {
	t.Helper()
	var cands []personnummer.Number
	for b := 980; b <= 999; b++ { // birth numbers 980–999: fictional (BRIEF)
		nine := fmt.Sprintf("850101%03d", b)
		cands = append(cands, personnummer.Number(fmt.Sprintf("19%s%d", nine, personnummer.CheckDigit(nine))))
	}
	for _, n := range cands {
		if slices.ContainsFunc(c.Patients, func(p caseload.Patient) bool { return p.PNR == n }) {
			continue
		}
		if i == 0 {
			return n
		}
		i--
	}
	t.Fatal("no fictional personnummer left")
	return ""
}

// TestNewMomentKeepsTheStoredName (issue 14): a known personnummer shows
// the name as stored; another name is refused in the form, an empty one
// saves under the stored name, and the patient is never renamed.
func TestNewMomentKeepsTheStoredName(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	p := s.c.Patients[0]
	d.press("n", p.PNR.Formatted(), "enter")
	if !strings.Contains(d.screen(), "Namn (finns som "+p.Name) {
		t.Errorf("the form does not show the stored name:\n%s", d.screen())
	}
	d.press("Annat Namn", "enter")
	if !strings.Contains(d.screen(), "Personnumret finns redan som "+p.Name) {
		t.Errorf("another name is not refused:\n%s", d.screen())
	}
	d.press("esc")
}
