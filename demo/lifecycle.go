package demo

import (
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

// lifecycleNumber is a Luhn-valid fictional personnummer with birth number
// 990+i (the 980–999 range the brief reserves for test data).
func lifecycleNumber(y, m, d, i int) personnummer.Number {
	nine := fmt.Sprintf("%02d%02d%02d%03d", y%100, m, d, 990+i)
	return personnummer.Number(fmt.Sprintf("%04d%02d%02d%03d%d", y, m, d, 990+i, personnummer.CheckDigit(nine)))
}

// addLifecycle gives the hand-made caseload each state around the modules:
// three referrals at different steps (one overdue), a closing visit due
// today (demo-23, the last module opened) and a handover to another unit
// pending (demo-24).
func addLifecycle(today caseload.Date, c *caseload.Caseload) {
	p1, p2, p3 := lifecycleNumber(1991, 4, 12, 1), lifecycleNumber(1978, 9, 3, 2), lifecycleNumber(2001, 1, 27, 3)
	c.Patients = append(c.Patients, caseload.Patient{PNR: p1, Name: "Wilma Ek"}, caseload.Patient{PNR: p2, Name: "Hugo Lind"},
		caseload.Patient{PNR: p3, Name: "Selma Åberg"})
	at := func(daysAgo, hh, mm int) caseload.Stamp {
		d := today.AddDays(-daysAgo)
		return caseload.NewStamp(d.Year(), d.Month(), d.Day(), hh, mm)
	}
	c.Referrals = append(c.Referrals,
		// New: to be contacted within the week.
		caseload.Referral{ID: "R-demo-1", PNR: p1, Clinician: Clinician, Referred: today.AddDays(-2), From: "Distriktsläkare (fiktiv)"},
		// Contacted, visit booked, the forms not sent in time: overdue.
		caseload.Referral{ID: "R-demo-2", PNR: p2, Clinician: Clinician, Referred: today.AddDays(-10), From: "Sjuksköterska (fiktiv)",
			Contacted: today.AddDays(-8), VisitOn: today.AddDays(2)},
		// Visit held three days ago with its answers and checklist: decide.
		caseload.Referral{ID: "R-demo-3", PNR: p3, Clinician: Clinician, Referred: today.AddDays(-20), From: "Egen vårdbegäran",
			Contacted: today.AddDays(-18), FormsSent: today.AddDays(-17), Forms: []string{"MADRS-S", "GAD-7"},
			VisitOn: today.AddDays(-3), VisitHeld: today.AddDays(-3),
			Checklist: []caseload.Check{{Key: "1", Answer: "ja"}, {Key: "8", Answer: "nej"}, {Key: "12", Answer: "ja"}},
			Measurements: []caseload.Measurement{
				{Instrument: "MADRS-S", Occasion: caseload.Assessment, Answered: at(5, 19, 30), Items: []int{3, 2, 3, 2, 2, 3, 2, 2, 1}, Total: -1, Item9: -1},
				{Instrument: "GAD-7", Occasion: caseload.Assessment, Answered: at(5, 19, 40), Items: []int{2, 2, 1, 2, 1, 1, 2}, Total: -1, Item9: -1},
			}},
	)
	for i := range c.Referrals {
		for j := range c.Referrals[i].Measurements {
			x := &c.Referrals[i].Measurements[j]
			x.Total = 0
			for _, v := range x.Items {
				x.Total += v
			}
			if x.Instrument == "MADRS-S" {
				x.Item9 = x.Items[8]
			}
		}
	}
	c.Closings = append(c.Closings, caseload.Closing{Moment: "demo-23", VisitOn: today})
	c.Handovers = append(c.Handovers, caseload.Handover{ID: "H-demo-1", Direction: caseload.HandoverOut, Moments: []string{"demo-24"},
		FromUnit: "Vårdcentralen Söderby (fiktiv)", ToUnit: "Vårdcentralen Norrstad (fiktiv)", FromClinician: Clinician,
		Started: today.AddDays(-1), Consent: true, State: caseload.HandoverPending})
}
