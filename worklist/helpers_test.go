package worklist

import (
	"slices"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
)

// today is a Monday.
var today = caseload.NewDate(2026, time.November, 23)

const pnr = personnummer.Number("200306062381")

// at is 10:00 on the day n days before today.
func at(daysAgo int) caseload.Stamp { return today.AddDays(-daysAgo).Start().Add(10 * time.Hour) }

func day(daysAgo int) caseload.Date { return today.AddDays(-daysAgo) }

// testCatalogue has one four-module program measured like the Plus programs.
func testCatalogue() *programs.Catalogue {
	p := &programs.Program{ID: "testhjalpen", Name: "Testhjälpen Plus", Primary: "MADRS-S",
		Battery: []programs.Scheduled{
			{Instrument: "WHODAS-12", Trigger: programs.AtStart, Occasion: caseload.Assessment},
			{Instrument: "MADRS-S", Trigger: programs.AtStart, Occasion: caseload.Assessment},
			{Instrument: "MADRS-S", Trigger: programs.AtEachModule, Occasion: caseload.Ongoing},
			{Instrument: "GAD-7", Trigger: programs.AtModules, Modules: []int{2, 4}, Occasion: caseload.Ongoing},
			{Instrument: "WHODAS-12", Trigger: programs.AtFinal, Occasion: caseload.Final},
			{Instrument: "PHQ-9", Trigger: programs.AtFollowUp, Occasion: caseload.FollowUp},
		}}
	for i := 1; i <= 4; i++ {
		p.Modules = append(p.Modules, &programs.Module{Key: string(rune('0' + i)), Program: p.ID, Number: i, Title: "Modul"})
	}
	return programs.NewCatalogue([]*programs.Program{p}, nil)
}

// quiet is an active moment with recent dialogue, every measurement
// answered and nothing pending: no feedback, flags or due measurements.
func quiet() caseload.Moment {
	return caseload.Moment{
		ID: "m1", PNR: pnr, Program: "testhjalpen", Clinician: "A", Status: caseload.Active,
		Started: day(30), FeedbackDay: time.Wednesday, LastLogin: at(1),
		Modules: []caseload.ModuleEvent{
			{Module: "1", Opened: at(30), Submitted: at(24), Feedback: at(23)},
			{Module: "2", Opened: at(23), Submitted: at(3), Feedback: at(2)},
		},
		Measurements: []caseload.Measurement{
			{Instrument: "WHODAS-12", Answered: at(32), Total: 30, Item9: -1},
			{Instrument: "MADRS-S", Answered: at(32), Total: 20, Item9: 2},
			{Instrument: "MADRS-S", Answered: at(23), Total: 18, Item9: 2},
			{Instrument: "GAD-7", Answered: at(23), Total: 9, Item9: -1},
		},
	}
}

func compute(ms ...caseload.Moment) Worklist {
	c := caseload.Caseload{Patients: []caseload.Patient{{PNR: pnr, Name: "Test Testsson"}}, Moments: ms}
	return Compute(c, testCatalogue(), today)
}

func kinds(fs []Flag) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	slices.Sort(out)
	return out
}
