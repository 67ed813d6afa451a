package worklist

import (
	"cmp"
	"slices"

	"github.com/ikbt/ikbt/caseload"
)

// pendingFeedback reports what in a moment waits for the clinician's
// reply: every module submitted and every patient message after the latest
// feedback (module feedback or clinician message). A moment has at most
// one row: Reason is "module" when a module waits (the larger work), and
// Arrived is the earliest thing waiting, from which the reply is due on
// the agreed weekday (welcome letter, manual 9.1); Items says what arrived
// when (a message that came before the module keeps its own time).
//
// Active moments wait for replies. In maintenance the patient can no
// longer write (3.6.5), but what arrived before maintenance began still
// waits for its answer. A closed moment has no feedback row: it shows only
// its follow-up and its flags. The due day is never before the start.
func pendingFeedback(m *caseload.Moment, today caseload.Date) (Feedback, bool) {
	var cutoff caseload.Stamp // things arriving at or after it do not count
	switch m.Status {
	case caseload.Active:
	case caseload.Maintenance:
		if m.MaintenanceFrom.IsZero() {
			return Feedback{}, false
		}
		cutoff = m.MaintenanceFrom.Start()
	default:
		return Feedback{}, false
	}
	counts := func(at caseload.Stamp) bool { return cutoff.IsZero() || at.Before(cutoff) }
	// replied is the latest reply of any kind: it answers the messages.
	// A module is answered by a clinician message or by feedback on a
	// module of its own track (byTrack; "" is the base modules): feedback
	// on base module 2 does not answer an add-on part submitted the same
	// week, which keeps its own row until its own feedback (issue 14).
	var replied, messaged caseload.Stamp
	byTrack := map[string]caseload.Stamp{}
	for _, e := range m.Modules {
		replied = caseload.Latest(replied, e.Feedback)
		tr, _ := caseload.TrackOf(e.Module)
		byTrack[tr] = caseload.Latest(byTrack[tr], e.Feedback)
	}
	for _, msg := range m.Messages {
		if msg.From == caseload.FromClinician {
			replied = caseload.Latest(replied, msg.At)
			messaged = caseload.Latest(messaged, msg.At)
		}
	}
	var items []Arrival
	module := ""
	for _, e := range m.Modules {
		tr, _ := caseload.TrackOf(e.Module)
		answered := caseload.Latest(messaged, byTrack[tr])
		if !e.Submitted.IsZero() && e.Submitted.After(answered) && counts(e.Submitted) {
			items = append(items, Arrival{Reason: "module", Module: e.Module, At: e.Submitted})
		}
	}
	for _, msg := range m.Messages {
		if msg.From == caseload.FromPatient && !msg.At.IsZero() && msg.At.After(replied) && counts(msg.At) {
			items = append(items, Arrival{Reason: "message", At: msg.At})
		}
	}
	if len(items) == 0 {
		return Feedback{}, false
	}
	slices.SortStableFunc(items, func(a, b Arrival) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.Module, b.Module)) })
	for _, it := range items {
		if it.Reason == "module" {
			module = it.Module
			break
		}
	}
	first := items[0].At
	fb := Feedback{Moment: m.ID, Reason: "message", Arrived: first, Items: items}
	if module != "" {
		fb.Reason, fb.Module = "module", module
	}
	from := first.Date()
	if !m.Started.IsZero() && from.Before(m.Started) {
		from = m.Started
	}
	fb.Due = FeedbackDue(from, m.FeedbackDay)
	if d := today.DaysSince(fb.Due); d > 0 {
		fb.DaysOverdue = d
	}
	return fb, true
}
