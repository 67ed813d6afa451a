package worklist

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// Compute derives the worklist of every active and maintenance moment in c
// on the given day. Closed moments are left out. It is pure: the same data
// and day always give the same worklist.
//
// The rules (manual sections in parentheses):
//   - Feedback (active moments only; in maintenance the patient cannot
//     write, 3.6.5): modules submitted and patient messages after the
//     latest feedback or clinician message wait; due on the agreed weekday
//     on or after the earliest of them (9.1).
//   - Flags, until handled (a caseload.Flag with the same Kind and Ref):
//     madrs9 for MADRS-S item 9 >= 4 (4.1); inactive after 10 days without
//     login or patient activity (3.6.1); no-dialogue after 21 days without
//     messages, submissions or feedback (9.1); deterioration when the
//     latest score on the program's primary instrument has risen by its
//     reliable change threshold since the first; maintenance-over from the
//     91st day of maintenance (3.6.5, 3.6.7). Only maintenance-over is
//     raised outside active moments.
//   - Measurements (4.3–4.7): per instrument, the latest battery or
//     schedule trigger that has come, unless answered on or after its day
//     (the initial assessment is met by any answer). Triggers: the start;
//     the opening of each base module or of listed ones; the last base
//     module (final); start + 182 days (SibeR follow-up); the clinician's
//     schedules. Maintenance moments only owe final and follow-up.
func Compute(c caseload.Caseload, cat *programs.Catalogue, today caseload.Date) Worklist {
	names := make(map[string]string, len(c.Patients))
	for _, p := range c.Patients {
		names[p.PNR.String()] = p.Name
	}
	w := Worklist{Today: today, Moments: make([]MomentRow, 0, len(c.Moments)), Feedback: []Feedback{}, Flags: []Flag{}, Measurements: []Due{}}
	for i := range c.Moments {
		m := &c.Moments[i]
		if m.Status != caseload.Active && m.Status != caseload.Maintenance {
			continue
		}
		var prog *programs.Program
		if cat != nil {
			prog, _ = cat.Program(m.Program)
		}
		name := names[m.PNR.String()]
		if name == "" {
			name = m.PNR.Masked()
		}
		row := momentRow(m, prog, name, today)

		if fb, ok := pendingFeedback(m, today); ok {
			fb.Name = name
			w.Feedback = append(w.Feedback, fb)
			row.PendingReply = true
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
		w.Moments = append(w.Moments, row)
	}
	assessments(c, today, &w)
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

// urgency puts the red flag (manual 4.1) before every other kind.
func urgency(kind string) int {
	if kind == caseload.FlagMADRS9 {
		return 0
	}
	return 1
}

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
	if n, _ := currentModule(m); n > 0 {
		row.Module = n
		row.ModuleKey = strconv.Itoa(n)
	}
	if d := today.DaysSince(m.Started); d > 0 {
		row.Weeks = d / 7
	}
	// In maintenance the patient cannot message the clinician (manual
	// 3.6.5), so there is no feedback day to show.
	if m.Status == caseload.Active {
		row.NextFeedback = FeedbackDue(today, m.FeedbackDay)
	}
	return row
}

// baseModule returns the number of a base module key ("3"), or 0 for a
// track part ("uppskjutande/2") or anything else.
func baseModule(key string) int {
	if strings.Contains(key, "/") {
		return 0
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 1 {
		return 0
	}
	return n
}

// currentModule is the highest base module opened and the day it opened.
func currentModule(m *caseload.Moment) (int, caseload.Date) {
	best, day := 0, caseload.Date{}
	for _, e := range m.Modules {
		if n := baseModule(e.Module); n > best && !e.Opened.IsZero() {
			best, day = n, e.Opened.Date()
		}
	}
	return best, day
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

// lastContact is the latest dialogue either way: a message from either
// side, a submitted module or feedback given. Logins do not count.
func lastContact(m *caseload.Moment) caseload.Stamp {
	var last caseload.Stamp
	for _, e := range m.Modules {
		last = caseload.Latest(last, e.Submitted, e.Feedback)
	}
	for _, msg := range m.Messages {
		last = caseload.Latest(last, msg.At)
	}
	return last
}

// FeedbackDue is the first day on or after arrived that falls on the
// agreed feedback weekday: something arriving on that weekday is due the
// same day.
func FeedbackDue(arrived caseload.Date, weekday time.Weekday) caseload.Date {
	return arrived.AddDays((int(weekday) - int(arrived.Weekday()) + 7) % 7)
}
