package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

// PerMoment is about how many measurements a scaled moment carries.
const PerMoment = 100

var programIDs = []string{"angesthjalpen", "depressionshjalpen", "livsbalansen", "oroshjalpen", "sovhjalpen", "stresshjalpen"}

// scaled builds n moments over every clinician in names.txt for
// benchmarks and stress tests, seeded by n so it is deterministic. About
// one patient in five has a second, closed moment. Each moment has a long
// measurement history (about PerMoment answers: the program battery plus
// weekly answers in between), more than real treatment gives, so that
// 10,000 moments carry about a million measurements.
//
// The personnummer are test numbers: birth number 980–999 (never
// assigned; see personnummer.IsTest) with a valid Luhn check digit, on
// birth dates spread from 1945 on so that every patient has their own.
func scaled(today caseload.Date, n int) caseload.Caseload {
	r := rand.New(rand.NewPCG(uint64(n), 1177))
	nl := names()
	patients := n - n/5
	c := caseload.Caseload{Patients: make([]caseload.Patient, patients), Moments: make([]caseload.Moment, 0, n)}
	for i := range c.Patients {
		c.Patients[i] = caseload.Patient{PNR: testNumber(i),
			Name: nl.first[r.IntN(len(nl.first))] + " " + nl.last[r.IntN(len(nl.last))]}
	}
	for i := range n {
		p, earlier := i, false
		if i >= patients {
			p, earlier = i-patients, true
		}
		prog := programIDs[r.IntN(len(programIDs))]
		m := caseload.Moment{ID: fmt.Sprintf("scaled-%06d", i+1), PNR: c.Patients[p].PNR, Program: prog,
			Clinician: nl.clinicians[p%len(nl.clinicians)], Status: caseload.Active, Diagnosis: diagnoses[prog]}
		c.Moments = append(c.Moments, scaledMoment(today, r, m, earlier))
	}
	return c
}

var diagnoses = map[string]string{
	"angesthjalpen": "F41.0", "depressionshjalpen": "F32.1", "livsbalansen": "F43.8A",
	"oroshjalpen": "F41.1", "sovhjalpen": "F51.0", "stresshjalpen": "F43.2",
}

// testNumber is the i-th generated test personnummer.
func testNumber(i int) personnummer.Number {
	born := caseload.NewDate(1945, time.January, 1).AddDays(i / 20 * 37 % 22000)
	nine := fmt.Sprintf("%02d%02d%02d%03d", born.Year()%100, int(born.Month()), born.Day(), 980+i%20)
	return personnummer.Number(fmt.Sprintf("%04d%02d%02d%03d%d", born.Year(), int(born.Month()), born.Day(), 980+i%20, personnummer.CheckDigit(nine)))
}

func scaledMoment(today caseload.Date, r *rand.Rand, m caseload.Moment, earlier bool) caseload.Moment {
	b := newBuilder(today, r, m)
	prog, _ := catalogue().Program(m.Program)
	bat := batteryOf(prog)
	b.severity = 0.35 + 0.3*r.Float64()
	b.improve = 0.01 + 0.05*r.Float64()
	if r.IntN(100) == 0 {
		b.item9[score{"MADRS-S", 1}], b.item9[score{"MADRS-S9", 1}] = 4+r.IntN(3), 4+r.IntN(3)
	}
	if m.Program == "livsbalansen" {
		b.m.Challenge = []string{"perfektionism", "uppskjutande", "oro", "gransattning"}[r.IntN(4)]
		b.tracks = []track{{b.m.Challenge, 6}}
	}
	switch roll := r.IntN(10); {
	case earlier || roll == 0:
		lastOpen := 150 + r.IntN(400)
		b.m.LastLogin = b.at(lastOpen-5, 20, 0)
		b.course(bat.total, lastOpen, done).closed(lastOpen-8, lastOpen-100, "Behandlingen genomförd")
		if r.IntN(10) > 0 { // most closed moments have answered their follow-up
			b.followUp(r.IntN(10))
		}
	case roll <= 2:
		from := 1 + r.IntN(110)
		b.m.LastLogin = b.at(from+1, 19, 0)
		b.course(bat.total, from+8, done).maintenance(from)
	default:
		if r.IntN(8) == 0 {
			b.m.LastLogin = b.at(r.IntN(20), 21, 0)
		}
		n, lastOpen := 1+r.IntN(bat.total), r.IntN(14)
		switch r.IntN(40) {
		case 0: // worse than at the start
			in := instrument(prog.Primary)
			b.totals[score{prog.Primary, n}] = in.MinTotal() + (in.MaxTotal()-in.MinTotal())*4/5
		case 1: // silent for weeks
			lastOpen = 21 + r.IntN(10)
			b.m.LastLogin = b.at(lastOpen-1, 20, 0)
		}
		b.course(n, lastOpen, last(r.IntN(2)))
		if r.IntN(3) == 0 {
			b.message(caseload.FromPatient, r.IntN(6), 9+r.IntN(12), r.IntN(60))
		}
		if r.IntN(4) == 0 {
			b.m.Schedules = []caseload.Schedule{{Instrument: "WHODAS-12", EveryWeeks: 4, From: b.m.Started}}
		}
	}
	fill(b, bat)
	return b.m
}

// fill adds weekly answers of the program's module instruments between
// the first and the latest answer, following the same course, until the
// moment has about PerMoment measurements. Being strictly inside, they
// change neither the first nor the latest answer.
func fill(b *builder, bat battery) {
	ms := b.m.Measurements
	first, latest := ms[0].Answered, ms[0].Answered
	for _, x := range ms {
		first, latest = minStamp(first, x.Answered), caseload.Latest(latest, x.Answered)
	}
	span := latest.Time().Sub(first.Time())
	need := PerMoment - len(ms)
	weekly := bat.modules[1]
	per := need / len(weekly)
	if span < 2*time.Hour || per <= 0 {
		return
	}
	for _, id := range weekly {
		in := instrument(id)
		for j := 1; j <= per; j++ {
			at := first.Add(span * time.Duration(j) / time.Duration(per+1))
			if !at.After(first) || !at.Before(latest) {
				continue
			}
			f := b.severity - (b.severity-0.1)*float64(j)/float64(per+1)*b.improve*10
			total := in.MinTotal() + int(f*float64(in.MaxTotal()-in.MinTotal()))
			b.m.Measurements = append(b.m.Measurements, measurement(b.r, in, total, min(2, total/6), at, caseload.Ongoing))
		}
	}
	slices.SortStableFunc(b.m.Measurements, func(a, c caseload.Measurement) int { return a.Answered.Compare(c.Answered) })
}

func minStamp(a, b caseload.Stamp) caseload.Stamp {
	if b.Before(a) {
		return b
	}
	return a
}
