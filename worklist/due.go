package worklist

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// FollowUpDays after the start the SibeR follow-up falls due (about six months).
const FollowUpDays = 182

// trigger is one reason an instrument falls due on a day.
type trigger struct {
	instrument string
	occasion   caseload.Occasion
	label      string
	day        caseload.Date
	once       bool // satisfied by any answer, not only one since day (the initial assessment)
}

// dueMeasurements returns, per instrument, the latest trigger that has come
// (day <= today) when no answer of that instrument was given on or after
// its day. Active moments use the program battery and the clinician's
// schedules; maintenance moments only the final and follow-up measurements,
// since the patient no longer works in the program.
func dueMeasurements(m *caseload.Moment, prog *programs.Program, today caseload.Date) []Due {
	var buf [16]trigger // batteries are short: no allocation for the usual moment
	ts := buf[:0]
	maint := m.Status == caseload.Maintenance
	if prog != nil {
		current, currentDay := currentModule(m)
		for _, s := range prog.Battery {
			t := trigger{instrument: s.Instrument, occasion: s.Occasion}
			switch s.Trigger {
			case programs.AtStart:
				t.label, t.day, t.once = "start", m.Started, true
			case programs.AtEachModule:
				if current == 0 {
					continue
				}
				t.label, t.day = "module "+strconv.Itoa(current), currentDay
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
				t.label = "module " + strconv.Itoa(best)
			case programs.AtFinal:
				d, ok := opened(m, strconv.Itoa(prog.Total()))
				if prog.Total() == 0 || !ok {
					continue
				}
				t.label, t.day = "final", d
			case programs.AtFollowUp:
				if m.Started.IsZero() {
					continue
				}
				t.label, t.day = "followup", m.Started.AddDays(FollowUpDays)
			default:
				continue
			}
			if maint && s.Trigger != programs.AtFinal && s.Trigger != programs.AtFollowUp {
				continue
			}
			ts = append(ts, t)
		}
	}
	if !maint {
		for _, sc := range m.Schedules {
			t := trigger{instrument: sc.Instrument, occasion: caseload.Ongoing}
			switch {
			case sc.AtModule != "":
				d, ok := opened(m, sc.AtModule)
				if !ok {
					continue
				}
				t.label, t.day = "module "+sc.AtModule, d
			case sc.EveryWeeks > 0 && !sc.From.IsZero() && !today.Before(sc.From):
				period := 7 * sc.EveryWeeks
				t.day = sc.From.AddDays(today.DaysSince(sc.From) / period * period)
				t.label = fmt.Sprintf("every %d weeks", sc.EveryWeeks)
				if sc.EveryWeeks == 1 {
					t.label = "every week"
				}
			default:
				continue
			}
			ts = append(ts, t)
		}
	}

	// One trigger per instrument: the latest that has come. On the same
	// day a trigger that wants a fresh answer beats the initial assessment
	// (module 1 opened on the start day still wants its weekly answer).
	var latest []int // indexes into ts, one per instrument, in first-seen order
	for i, t := range ts {
		if t.day.IsZero() || t.day.After(today) {
			continue
		}
		j := slices.IndexFunc(latest, func(j int) bool { return ts[j].instrument == t.instrument })
		switch {
		case j < 0:
			latest = append(latest, i)
		case t.day.After(ts[latest[j]].day) || (t.day.Equal(ts[latest[j]].day) && ts[latest[j]].once && !t.once):
			latest[j] = i
		}
	}
	var out []Due
	for _, i := range latest {
		t := ts[i]
		_, last := ends(m.Measurements, t.instrument)
		if last >= 0 && (t.once || !m.Measurements[last].Answered.Date().Before(t.day)) {
			continue
		}
		out = append(out, Due{Moment: m.ID, Instrument: t.instrument, Occasion: t.occasion, Trigger: t.label,
			Due: t.day, DaysOverdue: today.DaysSince(t.day)})
	}
	return out
}
