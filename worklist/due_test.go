package worklist

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func TestDue(t *testing.T) {
	answer := func(id string, daysAgo int) caseload.Measurement {
		return caseload.Measurement{Instrument: id, Answered: at(daysAgo), Item9: -1}
	}
	open := func(m *caseload.Moment, key string, daysAgo int) {
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: key, Opened: at(daysAgo)})
	}
	tests := []struct {
		name string
		edit func(m *caseload.Moment)
		want []string // "instrument trigger due overdue"
	}{
		{name: "all answered", edit: func(m *caseload.Moment) {}},
		{name: "start: nothing answered", edit: func(m *caseload.Moment) {
			m.Measurements, m.Modules = nil, nil
		}, want: []string{"MADRS-S start 30", "WHODAS-12 start 30"}},
		{name: "start: an answer before the start counts", edit: func(m *caseload.Moment) {
			m.Modules = nil
			m.Measurements = []caseload.Measurement{answer("WHODAS-12", 40), answer("MADRS-S", 40)}
		}},
		{name: "start in the future", edit: func(m *caseload.Moment) {
			m.Measurements, m.Modules, m.Started = nil, nil, day(-3)
		}},
		{name: "module 1 opened on the start day wants an answer since", edit: func(m *caseload.Moment) {
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(30)}}
			m.Measurements = m.Measurements[:2] // the assessment, before the start
		}, want: []string{"MADRS-S module 1 30"}},
		{name: "module 1 opened on the start day, answered that day", edit: func(m *caseload.Moment) {
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(30)}}
			m.Measurements = append(m.Measurements[:2], answer("MADRS-S", 30))
		}},
		{name: "each module: module 3 opened after the last answer", edit: func(m *caseload.Moment) {
			open(m, "3", 2)
		}, want: []string{"MADRS-S module 3 2"}},
		{name: "each module: answered on the opening day", edit: func(m *caseload.Moment) {
			open(m, "3", 2)
			m.Measurements = append(m.Measurements, answer("MADRS-S", 2))
		}},
		{name: "each module: answered the day before opening", edit: func(m *caseload.Moment) {
			open(m, "3", 2)
			m.Measurements = append(m.Measurements, answer("MADRS-S", 3))
		}, want: []string{"MADRS-S module 3 2"}},
		{name: "track parts are not base modules", edit: func(m *caseload.Moment) {
			open(m, "sjalvmedkansla/1", 2)
		}},
		{name: "listed modules: module 3 is not listed", edit: func(m *caseload.Moment) {
			open(m, "3", 2)
			m.Measurements = append(m.Measurements, answer("MADRS-S", 1))
		}},
		{name: "listed modules and final: module 4 opened", edit: func(m *caseload.Moment) {
			open(m, "3", 10)
			open(m, "4", 1)
			m.Measurements = append(m.Measurements, answer("MADRS-S", 1))
		}, want: []string{"GAD-7 module 4 1", "WHODAS-12 final 1"}},
		{name: "listed modules: the latest listed that has opened", edit: func(m *caseload.Moment) {
			m.Measurements = slices.DeleteFunc(m.Measurements, func(x caseload.Measurement) bool { return x.Instrument == "GAD-7" })
			m.Measurements = append(m.Measurements, answer("GAD-7", 40))
		}, want: []string{"GAD-7 module 2 23"}},
		{name: "follow-up: day 181", edit: func(m *caseload.Moment) {
			m.Started = day(181)
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(180)}}
		}},
		{name: "follow-up: day 182", edit: func(m *caseload.Moment) {
			m.Started = day(182)
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(180)}}
		}, want: []string{"PHQ-9 followup 0"}},
		{name: "maintenance: only the final battery and follow-up", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom = caseload.Maintenance, day(1)
			m.Started = day(190)
			open(m, "3", 20)
			open(m, "4", 10)
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 1, From: day(30)}}
		}, want: []string{"GAD-7 module 4 10", "MADRS-S module 4 10", "WHODAS-12 final 10", "PHQ-9 followup 8"}},
		{name: "schedule at a module", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", AtModule: "2"}}
		}, want: []string{"ISI module 2 23"}},
		{name: "schedule at a module not yet opened", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", AtModule: "3"}}
		}},
		{name: "schedule every 2 weeks: latest occurrence", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 2, From: day(20)}}
			m.Measurements = append(m.Measurements, answer("ISI", 10)) // before day 6, after day 20
		}, want: []string{"ISI every 2 weeks 6"}},
		{name: "schedule every 2 weeks: answered since", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 2, From: day(20)}}
			m.Measurements = append(m.Measurements, answer("ISI", 6))
		}},
		{name: "schedule every week: due today on the occurrence day", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 1, From: day(14)}}
			m.Measurements = append(m.Measurements, answer("ISI", 1))
		}, want: []string{"ISI every week 0"}},
		{name: "schedule starting in the future", edit: func(m *caseload.Moment) {
			m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 2, From: day(-1)}}
		}},
		{name: "schedule and battery on one instrument: one due, the latest trigger", edit: func(m *caseload.Moment) {
			open(m, "3", 9)
			m.Schedules = []caseload.Schedule{{Instrument: "MADRS-S", EveryWeeks: 1, From: day(30)}}
		}, want: []string{"MADRS-S every week 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			tt.edit(&m)
			w := compute(m)
			var got []string
			for _, d := range w.Measurements {
				got = append(got, fmt.Sprintf("%s %s %d", d.Instrument, d.Cause, d.DaysOverdue))
				if !today.AddDays(-d.DaysOverdue).Equal(d.Due) || d.Name != "Test Testsson" || d.Occasion == "" {
					t.Errorf("due %+v", d)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("due %v, want %v", got, tt.want)
			}
			if len(w.Moments) == 1 && w.Moments[0].DueMeasures != len(tt.want) {
				t.Errorf("DueMeasures = %d, want %d", w.Moments[0].DueMeasures, len(tt.want))
			}
		})
	}
}
