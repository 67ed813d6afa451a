package worklist

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// genMoment makes a random moment of a random program: any status, start
// and events scattered from before the start to today, answers of every
// instrument with random item 9, some flags handled.
func genMoment(r *rand.Rand, id int, progs []*programs.Program) caseload.Moment {
	p := progs[r.IntN(len(progs))]
	stamp := func(lo, hi int) caseload.Stamp { // between lo and hi days ago
		return at(lo + r.IntN(hi-lo+1)).Add(time.Duration(r.IntN(600)-300) * time.Minute)
	}
	m := caseload.Moment{ID: fmt.Sprintf("m%03d", id), PNR: pnr, Program: p.ID, Clinician: "A",
		Started: day(r.IntN(300)), FeedbackDay: time.Weekday(r.IntN(7)), LastLogin: stamp(0, 320)}
	switch r.IntN(3) {
	case 0:
		m.Status = caseload.Active
	case 1:
		m.Status, m.MaintenanceFrom = caseload.Maintenance, day(r.IntN(150))
	default:
		m.Status, m.MaintenanceFrom, m.ClosedOn = caseload.Closed, day(r.IntN(200)), day(r.IntN(100))
	}
	for n := 1; n <= p.Total() && r.IntN(4) > 0; n++ {
		e := caseload.ModuleEvent{Module: fmt.Sprint(n), Opened: stamp(0, 320)}
		if r.IntN(2) == 0 {
			e.Submitted = stamp(0, 320)
		}
		if r.IntN(2) == 0 {
			e.Feedback = stamp(0, 320)
		}
		m.Modules = append(m.Modules, e)
	}
	for range r.IntN(5) {
		from := caseload.FromPatient
		if r.IntN(2) == 0 {
			from = caseload.FromClinician
		}
		m.Messages = append(m.Messages, caseload.Message{From: from, At: stamp(0, 320)})
	}
	ins := []string{"MADRS-S", "MADRS-S9", "GAD-7", "PHQ-9", "WHODAS-12", "KEDS", "ISI", "PSS-10"}
	occ := []caseload.Occasion{caseload.Assessment, caseload.Startup, caseload.Ongoing, caseload.Final, caseload.FollowUp}
	for range r.IntN(12) {
		x := caseload.Measurement{Instrument: ins[r.IntN(len(ins))], Occasion: occ[r.IntN(len(occ))],
			Answered: stamp(0, 330), Total: r.IntN(40), Item9: -1}
		switch x.Instrument {
		case "MADRS-S":
			if r.IntN(4) > 0 {
				x.Item9 = r.IntN(7)
			}
		case "MADRS-S9":
			x.Item9 = r.IntN(7)
		case "PHQ-9":
			x.Items = make([]int, 9)
			for i := range x.Items {
				x.Items[i] = r.IntN(4)
			}
		}
		m.Measurements = append(m.Measurements, x)
		if r.IntN(3) == 0 { // handled, or a handled flag of the same day with another ref
			ref := x.Answered.String()
			if r.IntN(2) == 0 {
				ref = x.Answered.Add(time.Minute).String()
			}
			m.Flags = append(m.Flags, caseload.Flag{Kind: caseload.FlagMADRS9, Ref: ref})
		}
	}
	if r.IntN(4) == 0 {
		m.Stops = append(m.Stops, caseload.BatteryStop{Instrument: ins[r.IntN(len(ins))], From: day(r.IntN(100) - 10)})
	}
	if r.IntN(4) == 0 {
		m.FollowUpWaiver = caseload.Waiver{On: day(r.IntN(50)), By: "A", Reason: "r"}
	}
	if r.IntN(3) == 0 {
		m.Schedules = append(m.Schedules, caseload.Schedule{Instrument: ins[r.IntN(len(ins))], EveryWeeks: 1 + r.IntN(3), From: day(r.IntN(100) - 10)})
	}
	return m
}

func TestComputeProperties(t *testing.T) {
	cat := programs.Default()
	progs := cat.Programs()
	rounds := 3000
	if testing.Short() {
		rounds = 500
	}
	for seed := range rounds {
		r := rand.New(rand.NewPCG(uint64(seed), 9))
		var c caseload.Caseload
		c.Patients = []caseload.Patient{{PNR: pnr, Name: "Test Testsson"}}
		for i := range 1 + r.IntN(6) {
			c.Moments = append(c.Moments, genMoment(r, i, progs))
		}
		w := Compute(c, cat, today)
		byID := map[string]*caseload.Moment{}
		for i := range c.Moments {
			byID[c.Moments[i].ID] = &c.Moments[i]
		}
		has := func(moment, kind, ref string) bool {
			for _, f := range w.Flags {
				if f.Moment == moment && f.Kind == kind && f.Ref == ref {
					return true
				}
			}
			return false
		}
		for _, m := range c.Moments {
			// The red flag wins over every other rule (manual 4.1).
			for _, x := range m.Measurements {
				if (x.Instrument != "MADRS-S" && x.Instrument != "MADRS-S9") || x.Item9 < RedFlagItem9 {
					continue
				}
				handled := false
				for _, h := range m.Flags {
					handled = handled || (h.Kind == caseload.FlagMADRS9 && h.Ref == x.Answered.String())
				}
				if !handled && !has(m.ID, caseload.FlagMADRS9, x.Answered.String()) {
					t.Fatalf("seed %d: %s (%s) %s item 9 = %d at %s has no madrs9 flag", seed, m.ID, m.Status, x.Instrument, x.Item9, x.Answered)
				}
			}
		}
		for _, row := range w.Moments {
			if byID[row.Moment].Status == caseload.Closed {
				t.Fatalf("seed %d: closed moment %s in Moments", seed, row.Moment)
			}
		}
		for _, fb := range w.Feedback {
			m := byID[fb.Moment]
			if m.Status == caseload.Closed {
				t.Fatalf("seed %d: closed moment %s in Feedback", seed, fb.Moment)
			}
			if fb.Due.Before(m.Started) {
				t.Fatalf("seed %d: feedback %+v due before the start %s", seed, fb, m.Started)
			}
		}
		for _, d := range w.Measurements {
			m := byID[d.Moment]
			if m.Status == caseload.Closed && d.Cause.Kind != TriggerFollowUp {
				t.Fatalf("seed %d: closed moment %s owes %+v", seed, d.Moment, d)
			}
			if d.Due.Before(m.Started) {
				t.Fatalf("seed %d: %+v due before the start %s", seed, d, m.Started)
			}
			if d.Due.After(today) {
				t.Fatalf("seed %d: %+v due after today", seed, d)
			}
		}
		// The store may load only Relevant measurements: same worklist.
		for i := range c.Moments {
			c.Moments[i].Measurements = Relevant(c.Moments[i].Measurements)
		}
		if w2 := Compute(c, cat, today); fmt.Sprint(w2) != fmt.Sprint(w) {
			t.Fatalf("seed %d: Relevant changes the worklist", seed)
		}
	}
}
