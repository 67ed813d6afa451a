package worklist

import (
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
)

func TestFeedbackDue(t *testing.T) {
	mon := caseload.NewDate(2026, time.November, 23)
	tests := []struct {
		arrived caseload.Date
		weekday time.Weekday
		want    caseload.Date
	}{
		{mon, time.Monday, mon}, // the weekday on the arrival day itself
		{mon, time.Tuesday, mon.AddDays(1)},
		{mon, time.Sunday, mon.AddDays(6)},
		{mon.AddDays(1), time.Monday, mon.AddDays(7)},
		{mon.AddDays(6), time.Sunday, mon.AddDays(6)},
	}
	for _, tt := range tests {
		if got := FeedbackDue(tt.arrived, tt.weekday); !got.Equal(tt.want) {
			t.Errorf("FeedbackDue(%s, %s) = %s, want %s", tt.arrived, tt.weekday, got, tt.want)
		}
	}
}

func TestFeedback(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(m *caseload.Moment)
		want    bool
		reason  string
		module  string
		arrived caseload.Stamp
		due     caseload.Date
		overdue int
	}{
		{name: "all answered", edit: func(m *caseload.Moment) {}},
		{name: "submitted module", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(2), Submitted: at(1)})
		}, want: true, reason: "module", module: "3", arrived: at(1), due: day(-2)}, // Sun → Wed
		{name: "feedback at the submission minute", edit: func(m *caseload.Moment) {
			m.Modules[1].Feedback = m.Modules[1].Submitted
		}},
		{name: "patient message", edit: func(m *caseload.Moment) {
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(1)}}
		}, want: true, reason: "message", arrived: at(1), due: day(-2)},
		{name: "message answered by a message", edit: func(m *caseload.Moment) {
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(1)}, {From: caseload.FromClinician, At: at(0)}}
		}},
		{name: "module answered by a clinician message", edit: func(m *caseload.Moment) {
			m.Modules[1].Feedback = caseload.Stamp{}
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(1)}}
		}},
		{name: "module pending, message earlier: module reason, earliest arrival", edit: func(m *caseload.Moment) {
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(1).Add(-time.Hour)}}
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(2), Submitted: at(1)})
		}, want: true, reason: "module", module: "3", arrived: at(1).Add(-time.Hour), due: day(-2)},
		{name: "arrived on the feedback weekday: due that day", edit: func(m *caseload.Moment) {
			m.Modules[1].Submitted, m.Modules[1].Feedback = at(7), at(6)
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(5)}} // Wednesday
		}, want: true, reason: "message", arrived: at(5), due: day(5), overdue: 5},
		{name: "arrived the day after the feedback weekday: a week later", edit: func(m *caseload.Moment) {
			m.Modules[1].Submitted, m.Modules[1].Feedback = at(7), at(6)
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(4)}} // Thursday
		}, want: true, reason: "message", arrived: at(4), due: day(-2)},
		{name: "due today", edit: func(m *caseload.Moment) {
			m.FeedbackDay = time.Monday
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(0)}}
		}, want: true, reason: "message", arrived: at(0), due: day(0)},
		// issue 14: an add-on part keeps its own pending feedback.
		{name: "add-on part submitted, base module answered after: the part waits", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(5), Submitted: at(3).Add(time.Hour)})
		}, want: true, reason: "module", module: "sjalvmedkansla/1", arrived: at(3).Add(time.Hour), due: day(-2)},
		{name: "add-on part answered by its own feedback", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(5), Submitted: at(3), Feedback: at(1)})
		}},
		{name: "add-on part answered by a clinician message", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(5), Submitted: at(3)})
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(1)}}
		}},
		{name: "add-on part answered by a later part of its own track", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(9), Submitted: at(8)},
				caseload.ModuleEvent{Module: "sjalvmedkansla/2", Opened: at(7), Submitted: at(3), Feedback: at(1)})
		}},
		{name: "base module not answered by an add-on part's feedback", edit: func(m *caseload.Moment) {
			m.Modules[1].Feedback = caseload.Stamp{}
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(5), Submitted: at(4), Feedback: at(1)})
		}, want: true, reason: "module", module: "2", arrived: at(3), due: day(-2)},
		{name: "patient message answered by an add-on part's feedback", edit: func(m *caseload.Moment) {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(5), Submitted: at(4), Feedback: at(1)})
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(2)}}
		}},
		{name: "maintenance: no dialogue", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom = caseload.Maintenance, day(1)
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(3)}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			tt.edit(&m)
			w := compute(m)
			if !tt.want {
				if len(w.Feedback) != 0 || w.Moments[0].PendingReply {
					t.Fatalf("feedback = %+v, want none", w.Feedback)
				}
				return
			}
			if len(w.Feedback) != 1 {
				t.Fatalf("feedback = %+v, want one", w.Feedback)
			}
			f := w.Feedback[0]
			if f.Reason != tt.reason || f.Module != tt.module || !f.Arrived.Equal(tt.arrived) || !f.Due.Equal(tt.due) || f.DaysOverdue != tt.overdue {
				t.Errorf("got %s %q arrived %s due %s overdue %d; want %s %q %s %s %d",
					f.Reason, f.Module, f.Arrived, f.Due, f.DaysOverdue, tt.reason, tt.module, tt.arrived, tt.due, tt.overdue)
			}
			if f.Name != "Test Testsson" || !w.Moments[0].PendingReply {
				t.Errorf("name %q, pending %v", f.Name, w.Moments[0].PendingReply)
			}
		})
	}
}

func TestFeedbackOrder(t *testing.T) {
	msg := func(id string, daysAgo int, wd time.Weekday) caseload.Moment {
		m := quiet()
		m.ID, m.FeedbackDay = id, wd
		m.Modules = m.Modules[:1]
		m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(daysAgo)}}
		return m
	}
	w := compute(msg("later", 1, time.Friday), msg("overdue3", 5, time.Friday), msg("overdue9", 9, time.Saturday), msg("soon", 1, time.Tuesday))
	var got []string
	for _, f := range w.Feedback {
		got = append(got, f.Moment)
	}
	want := []string{"overdue9", "overdue3", "soon", "later"}
	if len(got) != len(want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}
