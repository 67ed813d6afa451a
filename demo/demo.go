// Package demo generates fictional caseloads: a hand-made one of 26
// moments that shows every state the worklist knows, and scaled ones for
// benchmarks. Dates are relative to the given day; generation is pure and
// deterministic. Names are fictional; personnummer are test numbers only.
package demo

import (
	"math/rand/v2"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

// Clinician is the clinician of the hand-made demo moments (fictional).
const Clinician = "Anna Lindqvist"

// Handmade is the number of moments in the hand-made caseload.
const Handmade = 26

// Generate returns the hand-made caseload when n <= Handmade, otherwise a
// scaled caseload of n moments (see scaled).
func Generate(today caseload.Date, n int) caseload.Caseload {
	if n <= Handmade {
		return handmade(today)
	}
	return scaled(today, n)
}

// Second is the other clinician with moments in the hand-made caseload:
// the second in names.txt.
const Second = "Erik Sandberg"

// handmade builds 26 moments over every program and state for
// Clinician (and two for Second): 25 on Skatteverket's 17 published test
// personnummer (eight patients have an earlier moment too) and one
// handed over (demo-26, a fictional number of birth number 997).
func handmade(today caseload.Date) caseload.Caseload {
	r := rand.New(rand.NewPCG(2026, 1177))
	pnrs := personnummer.Published()
	var c caseload.Caseload
	for i, p := range pnrs {
		c.Patients = append(c.Patients, caseload.Patient{PNR: p, Name: names().patients[i]})
	}
	var bs []*builder
	nb := func(id string, p int, prog, dx string) *builder {
		b := newBuilder(today, r, caseload.Moment{ID: id, PNR: pnrs[p], Program: prog, Clinician: Clinician,
			Status: caseload.Active, Diagnosis: dx})
		bs = append(bs, b)
		return b
	}
	const (
		patient   = caseload.FromPatient
		clinician = caseload.FromClinician
		completed = "Behandlingen genomförd"
	)

	// Astrid: an old depression treatment, now Oroshjälpen with the
	// Självmedkänsla add-on; module 3 submitted six days ago, feedback 3 days overdue.
	b := nb("demo-01", 0, "depressionshjalpen", "F32.1")
	b.m.LastLogin = b.at(256, 20, 2)
	b.course(7, 260, done).closed(250, 160, completed).followUp(2)
	b = nb("demo-02", 0, "oroshjalpen", "F41.1")
	b.m.Addons = []string{"sjalvmedkansla"}
	b.tracks = []track{{"sjalvmedkansla", 3}}
	b.course(3, 10, submitted).message(patient, 6, 20, 41)

	// Gustav: red flag, MADRS-S item 9 = 4 at module 4; a message waiting.
	b = nb("demo-03", 1, "depressionshjalpen", "F32.1")
	b.totals[score{"MADRS-S", 4}], b.item9[score{"MADRS-S", 4}] = 27, 4
	b.course(4, 2, opened).message(patient, 1, 21, 5)

	// Signe: module 5 submitted three days ago, feedback due today.
	b = nb("demo-04", 2, "angesthjalpen", "F40.1")
	b.course(5, 7, submitted).message(patient, 13, 17, 30).message(clinician, 12, 9, 45)

	// Karl: red flag, item 9 = 5 at module 2; an earlier stress treatment broken off.
	b = nb("demo-05", 3, "depressionshjalpen", "F32.1")
	b.severity = 0.55
	b.totals[score{"MADRS-S", 2}], b.item9[score{"MADRS-S", 2}] = 31, 5
	b.course(2, 4, opened)
	b = nb("demo-06", 3, "stresshjalpen", "F43.2")
	b.m.LastLogin = b.at(412, 22, 10)
	b.course(2, 420, done).closed(0, 405, "Avbruten: patienten avböjde fortsatt behandling").
		waive(400, "Patienten avböjde uppföljning")

	// Elsa: item 9 = 3, below the red flag.
	b = nb("demo-07", 4, "depressionshjalpen", "F32.0")
	b.totals[score{"MADRS-S", 3}], b.item9[score{"MADRS-S", 3}] = 24, 3
	b.course(3, 3, opened)

	// Oskar: no login for 12 days.
	b = nb("demo-08", 5, "sovhjalpen", "F51.0")
	b.m.LastLogin = b.at(12, 21, 10)
	b.course(2, 14, opened)

	// Maja: logs in but no dialogue for 25 days; an earlier Ångesthjälpen.
	b = nb("demo-09", 6, "stresshjalpen", "F43.2")
	b.m.LastLogin = b.at(3, 7, 50)
	b.course(3, 25, opened)
	b = nb("demo-10", 6, "angesthjalpen", "F41.0")
	b.m.LastLogin = b.at(323, 19, 0)
	b.course(8, 330, done).closed(320, 230, completed).followUp(5)

	// Hugo: maintenance over and follow-up due; a new depression moment
	// whose module 2 opened ten days ago: nothing came by the agreed day,
	// the message sent that day has had no answer, so the next step is to
	// phone (missed-day, manual 3.6.1).
	b = nb("demo-11", 7, "angesthjalpen", "F41.0")
	b.m.LastLogin = b.at(126, 18, 20)
	b.course(8, 135, done).maintenance(125)
	b = nb("demo-12", 7, "depressionshjalpen", "F32.0")
	b.course(2, 10, opened).message(clinician, 3, 14, 0)

	// Ebba: GAD-7 from 9 to 15, reliable deterioration.
	b = nb("demo-13", 8, "oroshjalpen", "F41.1")
	for k, t := range []int{9, 10, 12, 13, 15} {
		b.totals[score{"GAD-7", k}] = t
	}
	b.course(4, 1, opened)

	// Viktor: Livsbalansen module 7 with the challenge Uppskjutande and
	// Bättre sömn; PSS-10 every two weeks is overdue; a message waiting.
	b = nb("demo-14", 9, "livsbalansen", "F43.8A")
	b.m.Challenge, b.m.Addons = "uppskjutande", []string{"battre-somn"}
	b.tracks = []track{{"uppskjutande", 6}, {"battre-somn", 2}}
	b.course(7, 5, opened).message(patient, 2, 8, 12)
	b.m.Schedules = []caseload.Schedule{{Instrument: "PSS-10", EveryWeeks: 2, From: b.m.Started}}
	in := instrument("PSS-10")
	for i, ago := range []int{47, 33} {
		b.m.Measurements = append(b.m.Measurements, measurement(r, in, 24-3*i, 0, b.at(ago, 19, 30), caseload.Ongoing))
	}
	b = nb("demo-15", 9, "stresshjalpen", "F43.2")
	b.m.LastLogin = b.at(296, 21, 0)
	b.course(6, 300, done).closed(295, 205, completed).followUp(1)

	// Alice: Livsbalansen module 6, challenge Gränssättning, Hållbart
	// arbetsliv; KEDS at module 5 not answered.
	b = nb("demo-16", 10, "livsbalansen", "F43.8A")
	b.m.Challenge, b.m.Addons = "gransattning", []string{"hallbart-arbetsliv"}
	b.tracks = []track{{"gransattning", 6}, {"hallbart-arbetsliv", 3}}
	b.skip[score{"KEDS", 5}] = true
	b.course(6, 5, opened)

	// Linnea: Sovhjälpen in maintenance; an older depression treatment.
	b = nb("demo-17", 11, "sovhjalpen", "F51.0")
	b.m.LastLogin = b.at(21, 20, 30)
	b.course(7, 26, done).maintenance(20)
	b = nb("demo-18", 11, "depressionshjalpen", "F32.1")
	b.m.LastLogin = b.at(496, 18, 0)
	b.course(7, 500, done).closed(494, 404, completed).followUp(3)

	// Nils: Depressionshjälpen just finished, in maintenance; he answered
	// the final MADRS-S late, in maintenance, with item 9 = 5: the red
	// flag holds whatever the moment's status (4.1). An older Sovhjälpen.
	b = nb("demo-19", 12, "depressionshjalpen", "F33.0")
	b.m.LastLogin = b.at(9, 19, 0)
	b.skip[score{"MADRS-S", 7}] = true
	b.course(7, 16, done).maintenance(9)
	b.m.Measurements = append(b.m.Measurements, measurement(r, instrument("MADRS-S"), 24, 5, b.at(3, 21, 40), caseload.Final))
	b = nb("demo-20", 12, "sovhjalpen", "F51.0")
	b.m.LastLogin = b.at(374, 22, 0)
	b.course(7, 380, done).closed(372, 280, completed).followUp(4)

	// Wilma and Axel are the second clinician's.
	b = nb("demo-21", 13, "stresshjalpen", "F43.2")
	b.m.Clinician = Second
	b.course(2, 8, submitted)
	b = nb("demo-22", 14, "oroshjalpen", "F41.1")
	b.m.Clinician = Second
	b.course(1, 0, opened)

	// Ida: the last module opened, the final WHODAS not yet answered.
	b = nb("demo-23", 15, "angesthjalpen", "F40.0")
	b.skip[score{"WHODAS-12", 8}] = true
	b.course(8, 2, opened).message(patient, 1, 19, 25).message(clinician, 0, 10, 20)

	// Elias: all answered; an earlier red flag handled by phone; an
	// earlier Oroshjälpen closed for want of dialogue, whose follow-up
	// (SibeR, 7.1.4) is still owed: the closed moment shows only there.
	b = nb("demo-24", 16, "depressionshjalpen", "F32.0")
	b.item9[score{"MADRS-S", 2}] = 4
	b.course(6, 4, opened).message(clinician, 1, 16, 0)
	red := b.answeredAt("MADRS-S", 2)
	b.m.Flags = []caseload.Flag{{Kind: caseload.FlagMADRS9, Ref: red.String(), Raised: red.Date(), HandledBy: Clinician,
		HandledAt: red.Add(2 * time.Hour), Note: "Telefonsamtal samma dag: ingen akut suicidrisk, plan upprättad."}}
	b = nb("demo-25", 16, "oroshjalpen", "F41.1")
	b.m.LastLogin = b.at(222, 20, 0)
	b.course(3, 200, done).closed(0, 170, "Avslutad: ingen dialog på tre veckor")

	for _, b := range bs {
		c.Moments = append(c.Moments, b.m)
	}
	// Rut: Sovhjälpen handed over to another unit (demo/lifecycle.go).
	rut := lifecycleNumber(1974, 3, 5, 7)
	c.Patients = append(c.Patients, caseload.Patient{PNR: rut, Name: "Rut Falk"})
	c.Moments = append(c.Moments, handedOver(newBuilder(today, r, caseload.Moment{ID: "demo-26", PNR: rut, Program: "sovhjalpen",
		Clinician: Clinician, Status: caseload.Active, Diagnosis: "F51.0"})))
	addLifecycle(today, &c) // demo/lifecycle.go
	return c
}
