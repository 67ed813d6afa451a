package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// The fake store's battery writes (issue 9), as the store makes them: one
// write each, Version checked and bumped, undone by Undo.
var _ session.BatteryWriter = (*fakeStore)(nil)

func (s *fakeStore) StopBattery(id string, version int64, b caseload.BatteryStop) (store.Undo, error) {
	return s.write("StopBattery "+id+" "+b.Instrument+" "+b.From.String(), id, version, func(m *caseload.Moment) {
		m.Stops = slices.DeleteFunc(m.Stops, func(x caseload.BatteryStop) bool { return x.Instrument == b.Instrument })
		m.Stops = append(m.Stops, b)
	})
}

func (s *fakeStore) ResumeBattery(id string, version int64, instrument string) (store.Undo, error) {
	return s.write("ResumeBattery "+id+" "+instrument, id, version, func(m *caseload.Moment) {
		m.Stops = slices.DeleteFunc(m.Stops, func(x caseload.BatteryStop) bool { return x.Instrument == instrument })
	})
}

func (s *fakeStore) WaiveFollowUp(id string, version int64, w caseload.Waiver) (store.Undo, error) {
	return s.write("WaiveFollowUp "+id+" "+w.Reason, id, version, func(m *caseload.Moment) { m.FollowUpWaiver = w })
}

func (s *fakeStore) UnwaiveFollowUp(id string, version int64) (store.Undo, error) {
	return s.write("UnwaiveFollowUp "+id, id, version, func(m *caseload.Moment) { m.FollowUpWaiver = caseload.Waiver{} })
}

// S on a Depressionshjälpen moment: MADRS-S is its only item-9 form, so
// the confirmation says its screening ends; yes stops it, the detail
// lists the stop and says the screening is stopped, u takes it back; S
// again offers to resume.
func TestStopBatteryConfirmsAndUndoes(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an active Depressionshjälpen moment", func(m *caseload.Moment) bool {
		return m.Status == caseload.Active && m.Program == "depressionshjalpen"
	})
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("S")
	d.waitFor("the stop form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "stop:MADRS-S" {
		d.press("down")
	}
	if !strings.Contains(d.screen(), "MADRS-S fråga 9 följs inte längre") {
		t.Errorf("the form does not name the screening the stop ends:\n%s", d.screen())
	}
	d.press("enter", "enter", "enter", "utskriven till annan vård", "enter")
	scr := d.screen()
	if !strings.Contains(scr, "Stoppa MADRS-S från 2026-11-23? MADRS-S fråga 9 följs inte längre") {
		t.Errorf("the confirmation does not name the screening:\n%s", scr)
	}
	d.press("enter") // No, as the form starts
	if len(s.writes()) != 0 || !strings.Contains(d.screen(), "välj Ja för att spara") {
		t.Fatalf("no wrote %v:\n%s", s.writes(), d.screen())
	}
	d.press("y") // Yes
	d.waitFor("the stop", func() bool { return len(s.writes()) == 1 })
	if w := s.writes()[0]; w != "StopBattery "+mo.ID+" MADRS-S 2026-11-23" {
		t.Errorf("wrote %q", w)
	}
	got := s.moment(mo.ID).Stops
	if len(got) != 1 || got[0].Note != "utskriven till annan vård" || got[0].By == "" {
		t.Errorf("stop stored as %+v", got)
	}
	d.waitFor("the detail", func() bool {
		return strings.Contains(d.screen(), "Screening av fråga 9 stoppad") && strings.Contains(d.screen(), "stoppat från 2026-11-23")
	})
	if strings.Contains(d.screen(), "MADRS-S modul") {
		t.Errorf("a stopped MADRS-S is still due:\n%s", d.screen())
	}
	d.press("u", "j") // u asks first (issue 14)
	d.waitFor("the undo", func() bool { return len(s.moment(mo.ID).Stops) == 0 })
	d.waitFor("the detail without the stop", func() bool { return !strings.Contains(d.screen(), "Screening av fråga 9 stoppad") })

	// Stop again, then resume through the form.
	d.press("S")
	d.waitFor("the stop form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp = d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "stop:MADRS-S" {
		d.press("down")
	}
	d.press("enter", "enter", "enter", "enter", "y")
	d.waitFor("the second stop", func() bool { return len(s.moment(mo.ID).Stops) == 1 })
	d.press("S")
	d.waitFor("the stop form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp = d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "resume:MADRS-S" {
		d.press("down")
	}
	d.press("enter")
	if !strings.Contains(d.screen(), "Återuppta MADRS-S?") {
		t.Errorf("no resume confirmation:\n%s", d.screen())
	}
	d.press("y")
	d.waitFor("the resume", func() bool { return len(s.moment(mo.ID).Stops) == 0 })
	if w := s.writes(); w[len(w)-1] != "ResumeBattery "+mo.ID+" MADRS-S" {
		t.Errorf("writes %v", w)
	}
}

// W on a closed moment's follow-up row: the reason is required, the
// waiver is written and shown, the row leaves Mätningar, u brings it back.
func TestWaiveFollowUpNeedsAReason(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	var id string
	for _, x := range d.m.wl.Measurements {
		if x.Cause.Kind == worklist.TriggerFollowUp && x.Occasion == caseload.FollowUp {
			id = x.Moment
			break
		}
	}
	if id == "" {
		t.Fatal("the demo has no follow-up due")
	}
	d.m.setTab(tabMeasurements)
	d.selectMoment(id)
	d.press("W")
	d.waitFor("the waiver form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter")
	if !strings.Contains(d.screen(), "måste fyllas i") || len(s.writes()) != 0 {
		t.Fatalf("an empty reason was not refused (writes %v):\n%s", s.writes(), d.screen())
	}
	d.press("flyttat utomlands", "enter", "enter", "enter")
	d.waitFor("the waiver", func() bool { return !s.moment(id).FollowUpWaiver.IsZero() })
	if w := s.moment(id).FollowUpWaiver; w.Reason != "flyttat utomlands" || w.On.String() != "2026-11-23" {
		t.Errorf("waiver stored as %+v", w)
	}
	followUps := func() int {
		n := 0
		for _, x := range d.m.wl.Measurements {
			if x.Moment == id && x.Cause.Kind == worklist.TriggerFollowUp {
				n++
			}
		}
		return n
	}
	d.waitFor("the row to leave Mätningar", func() bool { return followUps() == 0 })
	d.press("u", "j") // u asks first (issue 14)
	d.waitFor("the undo", func() bool { return s.moment(id).FollowUpWaiver.IsZero() })
	d.waitFor("the row back", func() bool { return followUps() == 1 })
}

// A closed moment has no moment row; its follow-up row still shows the
// personnummer masked like every other (looked up, issue 9), not fully
// hidden, and the filter finds it by the number.
func TestClosedFollowUpShowsMaskedPNR(t *testing.T) {
	s := fakeDemo()
	m := start(t, s, 120, 40, "sv", "")
	var mo caseload.Moment
	for _, d := range m.Worklist().Measurements {
		if x := s.moment(d.Moment); x.Status == caseload.Closed {
			mo = x
			break
		}
	}
	if mo.ID == "" {
		t.Fatal("the demo has no closed moment's follow-up due")
	}
	if got := m.ix.pnr(mo.ID); got != mo.PNR.String() {
		t.Fatalf("the closed moment's personnummer is %q, want it looked up", got)
	}
	press(m, "4")
	scr := screen(m)
	masked := common.MaskedPNR(mo.PNR.String())
	if !strings.Contains(scr, masked) || strings.Contains(scr, common.FullPNR(mo.PNR.String())) {
		t.Errorf("Mätningar lacks %s (or shows the full number):\n%s", masked, scr)
	}
	press(m, "/")
	press(m, strings.Split(masked, "-")[0])
	if !strings.Contains(screen(m), masked) {
		t.Errorf("the filter does not find the closed moment by its number:\n%s", screen(m))
	}
}
