package demo

import (
	"encoding/json"
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
)

// The units of the demo's handovers (fictional).
const (
	homeUnit  = "Vårdcentralen Söderby (fiktiv)"
	otherUnit = "Vårdcentralen Norrstad (fiktiv)"
)

// lifecycleNumber is a Luhn-valid fictional personnummer with birth number
// 990+i (the 980–999 range the brief reserves for test data).
func lifecycleNumber(y, m, d, i int) personnummer.Number {
	nine := fmt.Sprintf("%02d%02d%02d%03d", y%100, m, d, 990+i)
	return personnummer.Number(fmt.Sprintf("%04d%02d%02d%03d%d", y, m, d, 990+i, personnummer.CheckDigit(nine)))
}

// addLifecycle gives the hand-made caseload each state around the modules
// (issue 16): a referral at each step (one overdue) and one decided
// against IKBT long enough ago to be proposed for gallring; a closing visit
// due today (demo-23, the last module opened) and one held (demo-19, in
// maintenance); a handover to another unit pending (demo-24), one
// accepted there (demo-26, "överlämnad") and one from another unit
// waiting in Överlämningar.
func addLifecycle(today caseload.Date, c *caseload.Caseload) {
	p1, p2, p3 := lifecycleNumber(1991, 4, 12, 1), lifecycleNumber(1978, 9, 3, 2), lifecycleNumber(2001, 1, 27, 3)
	p4, p5, p6 := lifecycleNumber(1969, 11, 8, 4), lifecycleNumber(1995, 2, 19, 5), lifecycleNumber(1983, 7, 30, 6)
	c.Patients = append(c.Patients, caseload.Patient{PNR: p1, Name: "Wilma Ek"}, caseload.Patient{PNR: p2, Name: "Hugo Lind"},
		caseload.Patient{PNR: p3, Name: "Selma Åberg"}, caseload.Patient{PNR: p4, Name: "Lars Vik"},
		caseload.Patient{PNR: p5, Name: "Freja Holm"}, caseload.Patient{PNR: p6, Name: "Bertil Nord"})
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
		// Contacted yesterday: book the assessment visit.
		caseload.Referral{ID: "R-demo-4", PNR: p4, Clinician: Clinician, Referred: today.AddDays(-4), From: "Distriktsläkare (fiktiv)",
			Contacted: today.AddDays(-1)},
		// Forms sent, the visit is tomorrow: hold it.
		caseload.Referral{ID: "R-demo-5", PNR: p5, Clinician: Clinician, Referred: today.AddDays(-9), From: "Egen vårdbegäran",
			Contacted: today.AddDays(-7), FormsSent: today.AddDays(-6), Forms: []string{"MADRS-S", "PHQ-9"}, VisitOn: today.AddDays(1)},
		// Decided against IKBT 40 days ago: proposed for gallring (not treated).
		caseload.Referral{ID: "R-demo-6", PNR: p6, Clinician: Clinician, Referred: today.AddDays(-60), From: "Sjuksköterska (fiktiv)",
			Contacted: today.AddDays(-57), FormsSent: today.AddDays(-56), Forms: []string{"MADRS-S"},
			VisitOn: today.AddDays(-50), VisitHeld: today.AddDays(-50),
			Decision: caseload.DecidedNo, Decided: today.AddDays(-40), Reason: "Behöver samtalsbehandling på plats (fiktivt)"},
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
	c.Closings = append(c.Closings, caseload.Closing{Moment: "demo-23", VisitOn: today},
		// Nils's closing visit, held the day his maintenance began (3.6.6).
		caseload.Closing{Moment: "demo-19", VisitOn: today.AddDays(-9), VisitHeld: today.AddDays(-9), Checks: []caseload.Check{
			{Key: "symptom-reduction", Answer: "ja", Note: "MADRS-S från 28 till 14"},
			{Key: "criteria", Answer: "nej"},
			{Key: "behaviour-goals", Answer: "delvis", Note: "promenader tre dagar i veckan"},
			{Key: "maintenance-plan", Answer: "ja"},
			{Key: "further-care", Answer: "nej"},
			{Key: "referrer", Answer: "ja"},
		}})
	c.Handovers = append(c.Handovers, caseload.Handover{ID: "H-demo-1", Direction: caseload.HandoverOut, Moments: []string{"demo-24"},
		FromUnit: homeUnit, ToUnit: otherUnit, FromClinician: Clinician,
		Started: today.AddDays(-1), Consent: true, State: caseload.HandoverPending},
		// demo-26 was accepted by the other unit five days ago: read-only here until gallring (8.2.3).
		caseload.Handover{ID: "H-demo-2", Direction: caseload.HandoverOut, Moments: []string{"demo-26"},
			FromUnit: homeUnit, ToUnit: otherUnit, FromClinician: Clinician, Started: today.AddDays(-12), Consent: true,
			State: caseload.HandoverAccepted, Outcome: today.AddDays(-5)},
		incoming(today))
}

// Incoming is the demo's handover from another unit, waiting to be accepted
// or declined; its moment's id and patient.
const (
	IncomingHandover = "H-demo-in-1"
	incomingMoment   = "NS-2026-0412"
	incomingName     = "Tove Rask"
)

// incoming is a handover received from another unit: its file (the import
// format with the handover header, as store writes it) kept as the payload
// until the outcome, one moment of a patient not in this file.
func incoming(today caseload.Date) caseload.Handover {
	pnr := lifecycleNumber(1987, 6, 14, 8)
	started, sent := today.AddDays(-30), today.AddDays(-2)
	stamp := func(d caseload.Date, hh, mm int) string {
		return caseload.NewStamp(d.Year(), d.Month(), d.Day(), hh, mm).String()
	}
	type module struct {
		Module    string `json:"module"`
		Opened    string `json:"opened,omitempty"`
		Submitted string `json:"submitted,omitempty"`
		Feedback  string `json:"feedback,omitempty"`
	}
	type measurement struct {
		Instrument string `json:"instrument"`
		Answered   string `json:"answered"`
		Occasion   string `json:"occasion,omitempty"`
		Items      []int  `json:"items"`
	}
	file := map[string]any{
		"handover": map[string]any{"id": IncomingHandover, "from_unit": otherUnit, "to_unit": homeUnit,
			"from_clinician": "Karin Engström", "started": sent.String(), "moments": []string{incomingMoment}},
		"patients": []map[string]string{{"personnummer": pnr.String(), "name": incomingName}},
		"moments": []map[string]any{{
			"id": incomingMoment, "personnummer": pnr.String(), "program": "oroshjalpen", "clinician": "Karin Engström",
			"started": started.String(), "feedback_day": started.Weekday().String(), "status": "active", "diagnosis": "F41.1",
			"modules": []module{
				{Module: "1", Opened: stamp(started, 8, 30), Submitted: stamp(started.AddDays(4), 20, 15), Feedback: stamp(started.AddDays(7), 8, 30)},
				{Module: "2", Opened: stamp(started.AddDays(7), 8, 30), Submitted: stamp(started.AddDays(11), 19, 40), Feedback: stamp(started.AddDays(14), 8, 30)},
				{Module: "3", Opened: stamp(started.AddDays(14), 8, 30)},
			},
			"measurements": []measurement{
				{Instrument: "GAD-7", Answered: stamp(started.AddDays(-6), 18, 5), Occasion: string(caseload.Assessment), Items: []int{2, 3, 2, 2, 1, 2, 2}},
				{Instrument: "GAD-7", Answered: stamp(started.AddDays(14), 11, 10), Occasion: string(caseload.Ongoing), Items: []int{2, 2, 2, 1, 1, 2, 1}},
			},
			"messages": []map[string]string{{"from": string(caseload.FromPatient), "at": stamp(started.AddDays(11), 19, 45)}},
		}},
	}
	payload, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		panic("demo: incoming handover: " + err.Error()) // maps of strings: a broken build
	}
	return caseload.Handover{ID: IncomingHandover, Direction: caseload.HandoverIn, Moments: []string{incomingMoment},
		FromUnit: otherUnit, ToUnit: homeUnit, FromClinician: "Karin Engström", Started: sent,
		State: caseload.HandoverPending, Payload: payload, Names: map[string]string{incomingMoment: incomingName}}
}

// handedOver is demo-26: a Sovhjälpen moment of a patient of its own,
// handed over to the other unit and accepted there five days ago; it is
// closed here as "överlämnad", read-only and without flags, until gallring.
func handedOver(b *builder) caseload.Moment {
	b.course(3, 12, done).closed(0, 5, lifecycle.HandedOverReason)
	return b.m
}
