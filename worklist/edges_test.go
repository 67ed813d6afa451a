package worklist

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// The edges of issue 9, each in both directions.

func madrsAt(daysAgo, total, item9 int) caseload.Measurement {
	return caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Ongoing, Answered: at(daysAgo), Total: total, Item9: item9}
}

func flagsOf(w Worklist, kind string) []Flag {
	var out []Flag
	for _, f := range w.Flags {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestFlagsRedAtEveryStatus(t *testing.T) {
	statuses := []struct {
		name string
		set  func(m *caseload.Moment)
	}{
		{"active", func(m *caseload.Moment) {}},
		{"maintenance", func(m *caseload.Moment) { m.Status, m.MaintenanceFrom = caseload.Maintenance, day(10) }},
		{"closed", func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom, m.ClosedOn = caseload.Closed, day(120), day(20)
		}},
	}
	answers := []struct {
		name string
		x    caseload.Measurement
		want bool
	}{
		{"item 9 = 3", madrsAt(1, 20, 3), false},
		{"item 9 = 4", madrsAt(1, 20, 4), true},
		{"follow-up item 9 = 5", caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.FollowUp, Answered: at(1), Total: 25, Item9: 5}, true},
		{"MADRS-S9 at the assessment, before the start", caseload.Measurement{Instrument: "MADRS-S9", Occasion: caseload.Assessment, Answered: at(60), Total: 4, Item9: 4}, true},
		{"MADRS-S total only: item 9 unknown", caseload.Measurement{Instrument: "MADRS-S", Answered: at(1), Total: 30, Item9: -1}, false},
		{"PHQ-9 item 9 = 0", caseload.Measurement{Instrument: "PHQ-9", Answered: at(1), Items: []int{3, 3, 3, 3, 3, 3, 3, 3, 0}, Total: 24, Item9: -1}, false},
		{"PHQ-9 item 9 = 1", caseload.Measurement{Instrument: "PHQ-9", Answered: at(1), Items: []int{0, 0, 0, 0, 0, 0, 0, 0, 1}, Total: 1, Item9: -1}, true},
	}
	for _, st := range statuses {
		for _, a := range answers {
			t.Run(st.name+"/"+a.name, func(t *testing.T) {
				m := quiet()
				st.set(&m)
				m.Measurements = append(m.Measurements, a.x)
				w := compute(m)
				var red []Flag
				for _, f := range w.Flags {
					if IsRed(f.Kind) {
						red = append(red, f)
					}
				}
				if got := len(red) == 1; got != a.want {
					t.Fatalf("red flags %+v, want one: %v", red, a.want)
				}
				if a.want {
					if red[0].Ref != a.x.Answered.String() || red[0].Status != m.Status || w.Flags[0].Kind != red[0].Kind {
						t.Errorf("flag %+v", red[0])
					}
					// Handled, it is gone; a new answer raises it again.
					m.Flags = []caseload.Flag{{Kind: red[0].Kind, Ref: red[0].Ref}}
					if n := len(compute(m).Flags); n != 0 {
						t.Errorf("handled: %d flags", n)
					}
					again := a.x
					again.Answered = at(0)
					m.Measurements = append(m.Measurements, again)
					if fs := flagsOf(compute(m), red[0].Kind); len(fs) != 1 || fs[0].Ref != at(0).String() {
						t.Errorf("a new answer after the handled one: %+v", fs)
					}
				}
			})
		}
	}
}

func TestFlagsDeteriorationAfterTreatment(t *testing.T) {
	// Issue 9 point 1: GAD-7 10 → 17 at the follow-up of an Oroshjälpen-like program.
	for _, st := range []caseload.Status{caseload.Active, caseload.Maintenance, caseload.Closed} {
		m := quiet()
		m.Status, m.MaintenanceFrom = st, day(10)
		m.Measurements = append(m.Measurements, madrsAt(1, 28, 2))
		if fs := flagsOf(compute(m), caseload.FlagDeterioration); len(fs) != 1 {
			t.Errorf("%s: deterioration flags %+v", st, fs)
		}
		m.Measurements[len(m.Measurements)-1].Total = 27
		if fs := flagsOf(compute(m), caseload.FlagDeterioration); len(fs) != 0 {
			t.Errorf("%s: +7 flags %+v", st, fs)
		}
	}
}

func TestFlagsActiveOnlyKinds(t *testing.T) {
	// inactive, no-dialogue and missed-day need a patient who can write.
	for _, st := range []caseload.Status{caseload.Maintenance, caseload.Closed} {
		m := quiet()
		m.Status, m.MaintenanceFrom, m.LastLogin = st, day(5), at(60)
		m.Modules = []caseload.ModuleEvent{{Module: "4", Opened: at(60)}}
		m.Measurements = nil
		if ks := kinds(compute(m).Flags); len(ks) != 0 {
			t.Errorf("%s: %v", st, ks)
		}
	}
}

func TestNoDialogue(t *testing.T) {
	tests := []struct {
		name string
		edit func(m *caseload.Moment)
		days int // 0: no flag
	}{
		{name: "silent 34 days, two reminders from the clinician", edit: func(m *caseload.Moment) {
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(40), Submitted: at(34), Feedback: at(33)}}
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(20)}, {From: caseload.FromClinician, At: at(10)}}
		}, days: 34},
		{name: "never wrote since the start, one clinician message", edit: func(m *caseload.Moment) {
			m.Started, m.Modules = day(25), []caseload.ModuleEvent{{Module: "1", Opened: at(25)}}
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(5)}}
		}, days: 25},
		{name: "never wrote, 20 days since the start", edit: func(m *caseload.Moment) {
			m.Started, m.Modules = day(20), []caseload.ModuleEvent{{Module: "1", Opened: at(20)}}
		}},
		{name: "a login alone is not dialogue", edit: func(m *caseload.Moment) {
			m.LastLogin = at(0)
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(40), Submitted: at(21), Feedback: at(20)}}
		}, days: 21},
		{name: "a submitted module is dialogue", edit: func(m *caseload.Moment) {
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(40), Submitted: at(20), Feedback: at(19)}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			tt.edit(&m)
			fs := flagsOf(compute(m), caseload.FlagNoDialogue)
			if tt.days == 0 {
				if len(fs) != 0 {
					t.Fatalf("flag %+v", fs)
				}
				return
			}
			if len(fs) != 1 || fs[0].Days != tt.days {
				t.Fatalf("flags %+v, want one of %d days", fs, tt.days)
			}
		})
	}
}

func TestMissedDay(t *testing.T) {
	// today is Monday 23 November; the agreed day is Wednesday.
	wed := caseload.NewDate(2026, time.November, 18)
	tests := []struct {
		name   string
		edit   func(m *caseload.Moment)
		step   string // "": no flag
		raised caseload.Date
	}{
		{name: "module opened two weeks ago, logins only", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.LastLogin = at(0)
		}, step: StepMessage, raised: wed},
		{name: "opened on the agreed day: a week to go", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(5)}) // Wed 18
		}},
		{name: "opened Tuesday: the agreed day is tomorrow", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(6)}) // Tue 17
		}, step: StepMessage, raised: wed},
		{name: "the patient wrote after the agreed day: cleared, and pending feedback instead", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(1)}}
		}},
		{name: "the patient submitted: cleared", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12), Submitted: at(1)})
		}},
		{name: "message sent on the agreed day, no answer for 2 days: phone", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(5)}}
		}, step: StepPhone, raised: wed.AddDays(2)},
		{name: "message sent yesterday: still waiting, step stays message", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(1)}}
		}, step: StepMessage, raised: wed},
		{name: "the patient answers the reminder: cleared", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(5)}, {From: caseload.FromPatient, At: at(4)}, {From: caseload.FromClinician, At: at(3)}}
		}},
		{name: "handled message step: the phone step still comes", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(5)}}
			m.Flags = []caseload.Flag{{Kind: caseload.FlagMissedDay, Ref: wed.String()}}
		}, step: StepPhone, raised: wed.AddDays(2)},
		{name: "handled phone step", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(12)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(5)}}
			m.Flags = []caseload.Flag{{Kind: caseload.FlagMissedDay, Ref: wed.AddDays(2).String()}}
		}},
		{name: "every opened module submitted: nothing owed", edit: func(m *caseload.Moment) {
			m.LastLogin = at(0)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			m.Modules[1].Submitted, m.Modules[1].Feedback = at(14), at(12)
			tt.edit(&m)
			fs := flagsOf(compute(m), caseload.FlagMissedDay)
			if tt.step == "" {
				if len(fs) != 0 {
					t.Fatalf("flag %+v", fs)
				}
				return
			}
			if len(fs) != 1 || fs[0].Step != tt.step || !fs[0].Raised.Equal(tt.raised) || fs[0].Ref != tt.raised.String() || !fs[0].Agreed.Equal(wed) {
				t.Fatalf("flags %+v, want step %s raised %s", fs, tt.step, tt.raised)
			}
		})
	}
}

func TestDueOccasion(t *testing.T) {
	// Oroshjälpen-like: the final battery at the last module.
	cat := testCatalogue()
	p, _ := cat.Program("testhjalpen")
	tests := []struct {
		name string
		edit func(m *caseload.Moment)
		want []string // "instrument trigger occasion"
	}{
		{name: "start battery owed at module 1: uppstart", edit: func(m *caseload.Moment) {
			m.Measurements, m.Modules = nil, []caseload.ModuleEvent{{Module: "1", Opened: at(30)}}
		}, want: []string{"WHODAS-12 start uppstart", "MADRS-S start uppstart"}},
		{name: "answered at the assessment: module 1 is pagaende", edit: func(m *caseload.Moment) {
			m.Measurements, m.Modules = m.Measurements[:2], []caseload.ModuleEvent{{Module: "1", Opened: at(30)}}
		}, want: []string{"MADRS-S module 1 pagaende"}},
		{name: "last module: every instrument avslut", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "4", Opened: at(1)})
		}, want: []string{"WHODAS-12 final avslut", "MADRS-S module 4 avslut", "GAD-7 module 4 avslut"}},
		{name: "module 3: pagaende", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(1)})
		}, want: []string{"MADRS-S module 3 pagaende"}},
		{name: "follow-up: uppfoljning", edit: func(m *caseload.Moment) {
			m.Started = day(190)
		}, want: []string{"PHQ-9 followup uppfoljning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			tt.edit(&m)
			var got []string
			for _, d := range dueMeasurements(&m, p, today) {
				got = append(got, fmt.Sprintf("%s %s %s", d.Instrument, d.Cause, d.Occasion))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("due %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDueLivsbalansenKEDSAtModule8(t *testing.T) {
	cat := programs.Default()
	p, ok := cat.Program("livsbalansen")
	if !ok {
		t.Fatal("no livsbalansen")
	}
	m := quiet()
	m.Program, m.Measurements = "livsbalansen", []caseload.Measurement{{Instrument: "KEDS", Answered: at(40), Item9: -1}}
	for i := 1; i <= 8; i++ {
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: fmt.Sprint(i), Opened: at(9 - i)})
	}
	due := dueMeasurements(&m, p, today)
	if len(due) != 1 || due[0].Occasion != caseload.Final || due[0].Cause != (Trigger{Kind: TriggerModule, Module: "8"}) {
		t.Errorf("due %+v, want KEDS module 8 avslut", due)
	}
	m.Modules = m.Modules[:5]
	if due := dueMeasurements(&m, p, today); len(due) != 1 || due[0].Occasion != caseload.Ongoing {
		t.Errorf("module 5: %+v, want pagaende", due)
	}
	if s := Item9Screening(m, p, today); s != ScreeningNone {
		t.Errorf("Livsbalansen screening %q, want none (4.5)", s)
	}
}

func TestDueClosedAndWaiver(t *testing.T) {
	closed := func() caseload.Moment {
		m := quiet()
		m.Started, m.Status, m.MaintenanceFrom, m.ClosedOn = day(200), caseload.Closed, day(100), day(10)
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "4", Opened: at(120)}) // final never answered
		return m
	}
	m := closed()
	w := compute(m)
	if len(w.Moments) != 0 || len(w.Feedback) != 0 || len(w.Flags) != 0 {
		t.Errorf("closed moment outside Mätningar: %+v", w)
	}
	if len(w.Measurements) != 1 || w.Measurements[0].Cause.Kind != TriggerFollowUp || w.Measurements[0].Occasion != caseload.FollowUp {
		t.Fatalf("closed: %+v, want the follow-up only", w.Measurements)
	}
	m.Measurements = append(m.Measurements, caseload.Measurement{Instrument: "PHQ-9", Answered: at(2), Item9: -1})
	if n := len(compute(m).Measurements); n != 0 {
		t.Errorf("answered follow-up still due (%d)", n)
	}
	m = closed()
	m.FollowUpWaiver = caseload.Waiver{On: day(1), By: "A", Reason: "flyttat"}
	if n := len(compute(m).Measurements); n != 0 {
		t.Errorf("waived follow-up still due (%d)", n)
	}
	m = closed()
	m.Started = day(100) // follow-up not yet come
	if n := len(compute(m).Measurements); n != 0 {
		t.Errorf("follow-up before its day (%d)", n)
	}
}

func TestFeedbackAcrossMaintenance(t *testing.T) {
	// Issue 9 point 6: a message on 19 November, maintenance from 20 November.
	m := quiet()
	m.Status, m.MaintenanceFrom = caseload.Maintenance, day(3)
	m.Modules[1].Submitted, m.Modules[1].Feedback = at(8), at(7)
	m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(4)}}
	w := compute(m)
	if len(w.Feedback) != 1 || !w.Feedback[0].Arrived.Equal(at(4)) || !w.Moments[0].PendingReply {
		t.Fatalf("feedback %+v, want the message of the 19th", w.Feedback)
	}
	m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(2)}} // after maintenance began: cannot happen in SoB
	if len(compute(m).Feedback) != 0 {
		t.Error("a message after maintenance began waits")
	}
	m.Status = caseload.Closed
	m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(4)}}
	if len(compute(m).Feedback) != 0 {
		t.Error("closed moment in feedback")
	}
}

func TestFeedbackItems(t *testing.T) {
	// Issue 9 point 7: a message, then a module: the row says what arrived when.
	m := quiet()
	m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(1)}}
	m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(2), Submitted: at(0)})
	fb := compute(m).Feedback
	want := []Arrival{{Reason: "message", At: at(1)}, {Reason: "module", Module: "3", At: at(0)}}
	if len(fb) != 1 || !slices.Equal(fb[0].Items, want) || !fb[0].Arrived.Equal(at(1)) || fb[0].Reason != "module" {
		t.Errorf("feedback %+v, want items %+v", fb, want)
	}
}

func TestStops(t *testing.T) {
	cat := testCatalogue()
	p, _ := cat.Program("testhjalpen")
	m := quiet()
	m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(1)})
	if due := dueMeasurements(&m, p, today); len(due) != 1 || due[0].Instrument != "MADRS-S" {
		t.Fatalf("before the stop: %+v", due)
	}
	if got := StopEnds(m, p, "MADRS-S", today); got != "MADRS-S" {
		t.Errorf("StopEnds = %q, want MADRS-S", got)
	}
	if got := StopEnds(m, p, "GAD-7", today); got != "" {
		t.Errorf("StopEnds(GAD-7) = %q", got)
	}
	m.Stops = []caseload.BatteryStop{{Instrument: "MADRS-S", From: day(0)}}
	if due := dueMeasurements(&m, p, today); len(due) != 0 {
		t.Errorf("stopped: %+v", due)
	}
	if s := Item9Screening(m, p, today); s != ScreeningStopped {
		t.Errorf("screening %q, want stopped", s)
	}
	// Answers already given are still screened.
	m.Measurements = append(m.Measurements, madrsAt(0, 30, 5))
	if fs := flagsOf(compute(m), caseload.FlagMADRS9); len(fs) != 1 {
		t.Errorf("red flag after the stop: %+v", fs)
	}
	// A stop from a later day does not act yet; a schedule made after the stop does.
	m.Stops[0].From = day(-1)
	if due := dueMeasurements(&m, p, today); len(due) != 0 { // answered today
		t.Errorf("%+v", due)
	}
	m.Stops[0].From = day(5)
	m.Measurements = m.Measurements[:len(m.Measurements)-1]
	m.Schedules = []caseload.Schedule{{Instrument: "MADRS-S", EveryWeeks: 1, From: day(1)}}
	if due := dueMeasurements(&m, p, today); len(due) != 1 || due[0].Cause.Kind != TriggerEvery {
		t.Errorf("schedule after the stop: %+v", due)
	}
	if s := Item9Screening(m, p, today); s != ScreeningOn {
		t.Errorf("screening %q, want on", s)
	}
}

func TestTriggerUnmarshalRefuses(t *testing.T) {
	for _, s := range []string{`"weekly"`, `"every x weeks"`, `"every 0 weeks"`, `3`} {
		var tr Trigger
		if err := tr.UnmarshalJSON([]byte(s)); err == nil {
			t.Errorf("%s read as %+v", s, tr)
		}
	}
}

func TestItem9Unknown(t *testing.T) {
	for _, tt := range []struct {
		x    caseload.Measurement
		want bool
	}{
		{caseload.Measurement{Instrument: "MADRS-S", Total: 30, Item9: -1}, true},
		{caseload.Measurement{Instrument: "MADRS-S", Total: 30, Item9: 2}, false},
		{caseload.Measurement{Instrument: "GAD-7", Total: 10, Item9: -1}, false},
	} {
		if got := Item9Unknown(tt.x); got != tt.want {
			t.Errorf("Item9Unknown(%+v) = %v", tt.x, got)
		}
	}
}

func TestTriggerString(t *testing.T) {
	for _, tt := range []struct {
		t    Trigger
		want string
	}{
		{Trigger{Kind: TriggerStart}, `"start"`},
		{Trigger{Kind: TriggerModule, Module: "3"}, `"module 3"`},
		{Trigger{Kind: TriggerFinal}, `"final"`},
		{Trigger{Kind: TriggerEvery, Weeks: 1}, `"every week"`},
		{Trigger{Kind: TriggerEvery, Weeks: 2}, `"every 2 weeks"`},
		{Trigger{Kind: TriggerFollowUp}, `"followup"`},
	} {
		b, err := tt.t.MarshalJSON()
		if err != nil || string(b) != tt.want {
			t.Errorf("%+v → %s, want %s", tt.t, b, tt.want)
		}
		var back Trigger
		if err := back.UnmarshalJSON(b); err != nil || back != tt.t {
			t.Errorf("%s read back as %+v, %v", b, back, err)
		}
	}
}
