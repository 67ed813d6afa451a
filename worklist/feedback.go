package worklist

import "github.com/ikbt/ikbt/caseload"

// pendingFeedback reports what in an active moment waits for the
// clinician's reply: every module submitted and every patient message
// after the latest feedback (module feedback or clinician message). A
// moment has at most one item; it arrived with the earliest pending thing.
func pendingFeedback(m *caseload.Moment, today caseload.Date) (Feedback, bool) {
	if m.Status != caseload.Active {
		return Feedback{}, false
	}
	var replied caseload.Stamp
	for _, e := range m.Modules {
		replied = caseload.Latest(replied, e.Feedback)
	}
	for _, msg := range m.Messages {
		if msg.From == caseload.FromClinician {
			replied = caseload.Latest(replied, msg.At)
		}
	}
	var first, firstModule caseload.Stamp
	module := ""
	for _, e := range m.Modules {
		if !e.Submitted.IsZero() && e.Submitted.After(replied) {
			if firstModule.IsZero() || e.Submitted.Before(firstModule) {
				firstModule, module = e.Submitted, e.Module
			}
		}
	}
	first = firstModule
	for _, msg := range m.Messages {
		if msg.From == caseload.FromPatient && !msg.At.IsZero() && msg.At.After(replied) {
			if first.IsZero() || msg.At.Before(first) {
				first = msg.At
			}
		}
	}
	if first.IsZero() {
		return Feedback{}, false
	}
	fb := Feedback{Moment: m.ID, Reason: "message", Arrived: first}
	if module != "" {
		fb.Reason, fb.Module = "module", module
	}
	fb.Due = FeedbackDue(first.Date(), m.FeedbackDay)
	if d := today.DaysSince(fb.Due); d > 0 {
		fb.DaysOverdue = d
	}
	return fb, true
}
