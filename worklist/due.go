package worklist

import (
	"strconv"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// FollowUpDays after the start the follow-up falls due: SibeR (seed 003)
// recommends a follow-up about six months after the start, and the manual
// (7.1.4) records it as "Uppföljning", after treatment has ended.
const FollowUpDays = 182

// trigger is one reason an instrument falls due on a day.
type trigger struct {
	instrument string
	occasion   caseload.Occasion
	cause      Trigger
	day        caseload.Date
	once       bool // satisfied by any answer, not only one since day (the initial assessment)
	schedule   bool // the clinician's own schedule (4.7), not the program battery
	from       caseload.Date
}

// rank orders triggers that fall on the same day: an unmet one before a
// met one, then the final battery (4.3.3) before the start battery before
// the weekly one, so the row carries the occasion the journal needs.
func (t trigger) rank(met bool) int {
	r := 0
	switch t.occasion {
	case caseload.Final:
		r = 3
	case caseload.Startup:
		r = 2
	case caseload.FollowUp:
		r = 1
	}
	if !met {
		r += 10
	}
	return r
}

// dueMeasurements returns, per instrument, the latest trigger that has come
// (day <= today) when no answer of that instrument was given on or after
// its day. The occasion is the one 7.1.4 asks the journal for:
//   - the start battery is "uppstart" when it is owed (4.3.1): an answer
//     given at the assessment, before the start, already meets it and was
//     recorded as "bedomning";
//   - every measurement at the opening of the last base module, and the
//     final battery, is "avslut" (4.3.3; Livsbalansen's KEDS at module 8,
//     5.4.2);
//   - the follow-up is "uppfoljning"; everything else "pagaende".
//
// Active moments owe the program battery and the clinician's schedules;
// maintenance moments only the final and follow-up measurements, since the
// patient no longer works in the program (3.6.5); closed moments only the
// follow-up (7.1.4, SibeR), until it is answered or waived. A stopped
// instrument (5.4.2) is owed by no battery trigger and by no schedule made
// before the stop. No row is dated before the moment started.
func dueMeasurements(m *caseload.Moment, prog *programs.Program, today caseload.Date) []Due {
	var buf [16]trigger // batteries are short: no allocation for the usual moment
	ts := buf[:0]
	waived := !m.FollowUpWaiver.IsZero()
	if prog != nil {
		current, currentDay := m.CurrentModule()
		last := prog.Total()
		for _, s := range prog.Battery {
			t := trigger{instrument: s.Instrument, occasion: caseload.Ongoing}
			switch s.Trigger {
			case programs.AtStart:
				t.cause, t.day, t.once, t.occasion = Trigger{Kind: TriggerStart}, m.Started, true, caseload.Startup
			case programs.AtEachModule:
				if current == 0 {
					continue
				}
				t.cause, t.day = Trigger{Kind: TriggerModule, Module: strconv.Itoa(current)}, currentDay
				if current == last {
					t.occasion = caseload.Final
				}
			case programs.AtModules:
				best := 0
				for _, n := range s.Modules {
					if d, ok := opened(m, strconv.Itoa(n)); ok && n > best {
						best, t.day = n, d
					}
				}
				if best == 0 {
					continue
				}
				t.cause = Trigger{Kind: TriggerModule, Module: strconv.Itoa(best)}
				if best == last {
					t.occasion = caseload.Final
				}
			case programs.AtFinal:
				d, ok := opened(m, strconv.Itoa(last))
				if last == 0 || !ok {
					continue
				}
				t.cause, t.day, t.occasion = Trigger{Kind: TriggerFinal}, d, caseload.Final
			case programs.AtFollowUp:
				if m.Started.IsZero() || waived {
					continue
				}
				t.cause, t.day, t.occasion = Trigger{Kind: TriggerFollowUp}, m.Started.AddDays(FollowUpDays), caseload.FollowUp
			default:
				continue
			}
			switch m.Status {
			case caseload.Active:
			case caseload.Maintenance:
				if s.Trigger != programs.AtFinal && s.Trigger != programs.AtFollowUp && t.occasion != caseload.Final {
					continue
				}
			default:
				if s.Trigger != programs.AtFollowUp {
					continue
				}
			}
			ts = append(ts, t)
		}
	}
	if m.Status == caseload.Active {
		for _, sc := range m.Schedules {
			t := trigger{instrument: sc.Instrument, occasion: caseload.Ongoing, schedule: true, from: sc.From}
			switch {
			case sc.AtModule != "":
				d, ok := opened(m, sc.AtModule)
				if !ok {
					continue
				}
				t.cause, t.day = Trigger{Kind: TriggerModule, Module: sc.AtModule}, d
			case sc.EveryWeeks > 0 && !sc.From.IsZero() && !today.Before(sc.From):
				period := 7 * sc.EveryWeeks
				t.day = sc.From.AddDays(today.DaysSince(sc.From) / period * period)
				t.cause = Trigger{Kind: TriggerEvery, Weeks: sc.EveryWeeks}
			default:
				continue
			}
			ts = append(ts, t)
		}
	}

	// One trigger per instrument: the latest that has come; on the same
	// day the one rank prefers.
	var latest []int // indexes into ts, one per instrument, in first-seen order
	var metBy []bool
	for i := range ts {
		t := &ts[i]
		if !m.Started.IsZero() && t.day.Before(m.Started) {
			t.day = m.Started // a module opened before the start is owed from the start
		}
		if t.day.IsZero() || t.day.After(today) || stopped(m, *t, today) {
			continue
		}
		met := answered(m, *t)
		j := -1
		for k, l := range latest {
			if ts[l].instrument == t.instrument {
				j = k
			}
		}
		switch {
		case j < 0:
			latest, metBy = append(latest, i), append(metBy, met)
		case t.day.After(ts[latest[j]].day) || (t.day.Equal(ts[latest[j]].day) && t.rank(met) > ts[latest[j]].rank(metBy[j])):
			latest[j], metBy[j] = i, met
		}
	}
	var out []Due
	for k, i := range latest {
		if metBy[k] {
			continue
		}
		t := ts[i]
		out = append(out, Due{Moment: m.ID, Instrument: t.instrument, Occasion: t.occasion, Cause: t.cause,
			Due: t.day, DaysOverdue: today.DaysSince(t.day)})
	}
	return out
}

// answered reports whether a trigger is met: by any answer of its
// instrument for the initial assessment, else by one on or after its day.
func answered(m *caseload.Moment, t trigger) bool {
	_, last := ends(m.Measurements, t.instrument)
	return last >= 0 && (t.once || !m.Measurements[last].Answered.Date().Before(t.day))
}

// stopped reports whether the clinician stopped the trigger's instrument
// (manual 5.4.2) by today. A schedule made after the stop still counts:
// the clinician asked for the instrument again.
func stopped(m *caseload.Moment, t trigger, today caseload.Date) bool {
	for _, s := range m.Stops {
		if s.Instrument != t.instrument || s.From.After(today) {
			continue
		}
		if t.schedule && t.from.After(s.From) {
			continue
		}
		return true
	}
	return false
}
