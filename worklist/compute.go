package worklist

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// Compute derives the worklist of the caseload on the given day. It is
// pure: the same data and day always give the same worklist.
//
// Active and maintenance moments have a row in Moments. A closed moment
// shows only in Measurements (its follow-up, until answered or waived:
// manual 7.1.4, SibeR seed 003) and in Flags (its unhandled flags: an
// answer given at the follow-up is screened like any other, 4.1).
//
// The rules, with their manual sections, are in pendingFeedback
// (feedback, 9.1, 3.6.5), flags (madrs9 and phq9 4.1; inactive 3.6.1;
// no-dialogue 9.1; missed-day 3.6.1; deterioration; maintenance-over
// 3.6.5, 3.6.7) and dueMeasurements (4.3–4.7, 5.4.2, 7.1.4, SibeR).
func Compute(c caseload.Caseload, cat *programs.Catalogue, today caseload.Date) Worklist {
	names := make(map[string]string, len(c.Patients))
	for _, p := range c.Patients {
		names[p.PNR.String()] = p.Name
	}
	w := Worklist{Today: today, Moments: make([]MomentRow, 0, len(c.Moments)), Feedback: []Feedback{}, Flags: []Flag{}, Measurements: []Due{}}
	for i := range c.Moments {
		m := &c.Moments[i]
		if HandedOver(*m) {
			continue // the receiving unit's now (8.2.3)
		}
		var prog *programs.Program
		if cat != nil {
			prog, _ = cat.Program(m.Program)
		}
		name := names[m.PNR.String()]
		if name == "" {
			name = m.PNR.Masked()
		}
		open := m.Status == caseload.Active || m.Status == caseload.Maintenance
		var row MomentRow
		if open {
			row = momentRow(m, prog, name, today)
		}
		if fb, ok := pendingFeedback(m, today); ok {
			fb.Name = name
			w.Feedback = append(w.Feedback, fb)
			row.PendingReply = true
			if m.Status == caseload.Maintenance {
				row.NextFeedback = fb.Due // what arrived before maintenance still waits (3.6.5)
			}
		}
		fl := flags(m, prog, today)
		for i := range fl {
			fl[i].Name = name
		}
		row.OpenFlags = len(fl)
		w.Flags = append(w.Flags, fl...)

		due := dueMeasurements(m, prog, today)
		for i := range due {
			due[i].Name = name
		}
		row.DueMeasures = len(due)
		w.Measurements = append(w.Measurements, due...)
		if open {
			w.Moments = append(w.Moments, row)
		}
	}
	assessments(c, today, &w)
	handoverRows(c, names, today, &w)
	slices.SortFunc(w.Moments, func(a, b MomentRow) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Moment, b.Moment))
	})
	slices.SortFunc(w.Feedback, func(a, b Feedback) int {
		return cmp.Or(cmp.Compare(b.DaysOverdue, a.DaysOverdue), a.Due.Compare(b.Due),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.Moment, b.Moment))
	})
	slices.SortFunc(w.Flags, func(a, b Flag) int {
		return cmp.Or(cmp.Compare(urgency(a.Kind), urgency(b.Kind)), a.Raised.Compare(b.Raised),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.Moment, b.Moment), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Ref, b.Ref))
	})
	slices.SortFunc(w.Measurements, func(a, b Due) int {
		return cmp.Or(cmp.Compare(b.DaysOverdue, a.DaysOverdue), cmp.Compare(a.Name, b.Name),
			cmp.Compare(a.Moment, b.Moment), cmp.Compare(a.Instrument, b.Instrument))
	})
	return w
}

// urgency puts the red flags (manual 4.1) before every other kind.
func urgency(kind string) int {
	if IsRed(kind) {
		return 0
	}
	return 1
}

// IsRed reports whether a flag kind is a red flag (manual 4.1): prompt
// contact with the patient for a further assessment.
func IsRed(kind string) bool { return kind == caseload.FlagMADRS9 || kind == caseload.FlagPHQ9 }

func momentRow(m *caseload.Moment, prog *programs.Program, name string, today caseload.Date) MomentRow {
	row := MomentRow{
		Moment:       m.ID,
		Name:         name,
		PNR:          m.PNR.String(),
		Program:      m.Program,
		ProgramName:  m.Program,
		Clinician:    m.Clinician,
		Status:       m.Status,
		LastActivity: LastActivity(*m),
	}
	if prog != nil {
		row.ProgramName = prog.Name
		row.Modules = prog.Total()
	}
	if n, _ := m.CurrentModule(); n > 0 {
		row.Module = n
		row.ModuleKey = strconv.Itoa(n)
	}
	if d := today.DaysSince(m.Started); d > 0 {
		row.Weeks = d / 7
	}
	row.Week = TreatmentWeek(m.Started, today)
	// In maintenance the patient cannot message the clinician (manual
	// 3.6.5), so there is no feedback day to show.
	if m.Status == caseload.Active {
		row.NextFeedback = FeedbackDue(today, m.FeedbackDay)
	}
	return row
}

// opened returns the day a module was first opened.
func opened(m *caseload.Moment, key string) (caseload.Date, bool) {
	var day caseload.Date
	for _, e := range m.Modules {
		if e.Module == key && !e.Opened.IsZero() && (day.IsZero() || e.Opened.Date().Before(day)) {
			day = e.Opened.Date()
		}
	}
	return day, !day.IsZero()
}

// LastActivity is the latest thing the patient did in the moment: a login,
// a submitted module or a message sent. Opening a module is the
// clinician's act and does not count. Zero when the patient has done nothing.
func LastActivity(m caseload.Moment) caseload.Stamp {
	last := m.LastLogin
	for _, e := range m.Modules {
		last = caseload.Latest(last, e.Submitted)
	}
	for _, msg := range m.Messages {
		if msg.From == caseload.FromPatient {
			last = caseload.Latest(last, msg.At)
		}
	}
	return last
}

// PatientContact is the latest time the patient took part in the
// dialogue (manual 9.1): a message sent or a module submitted. Logins do
// not count: reading is not answering. Zero when the patient never did.
func PatientContact(m caseload.Moment) caseload.Stamp {
	var last caseload.Stamp
	for _, e := range m.Modules {
		last = caseload.Latest(last, e.Submitted)
	}
	for _, msg := range m.Messages {
		if msg.From == caseload.FromPatient {
			last = caseload.Latest(last, msg.At)
		}
	}
	return last
}

// FeedbackDue is the first day on or after arrived that falls on the
// agreed feedback weekday: something arriving on that weekday is due the
// same day.
func FeedbackDue(arrived caseload.Date, weekday time.Weekday) caseload.Date {
	return arrived.AddDays((int(weekday) - int(arrived.Weekday()) + 7) % 7)
}

// TreatmentWeek is the week of treatment that today falls in, counted
// from the start: days 0–6 are week 1, days 7–13 week 2 (day 11 is week
// 2, issue 14). Before the start, or with no start, it is 0.
func TreatmentWeek(started, today caseload.Date) int {
	if started.IsZero() || today.Before(started) {
		return 0
	}
	return today.DaysSince(started)/7 + 1
}
