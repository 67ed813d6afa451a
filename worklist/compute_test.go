package worklist

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

func TestMomentRows(t *testing.T) {
	a := quiet()
	a.Modules = append(a.Modules,
		caseload.ModuleEvent{Module: "sjalvmedkansla/1", Opened: at(1)},
		caseload.ModuleEvent{Module: "3", Opened: at(2), Submitted: at(0).Add(2 * time.Hour)})
	a.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(0)}, {From: caseload.FromClinician, At: at(0).Add(3 * time.Hour)}}
	b := quiet()
	b.ID, b.PNR, b.Status, b.MaintenanceFrom = "m0", personnummer.Number("201701012393"), caseload.Maintenance, day(3)
	c := quiet()
	c.ID, c.Status = "m2", caseload.Closed
	cl := caseload.Caseload{
		Patients: []caseload.Patient{{PNR: pnr, Name: "Test Testsson"}, {PNR: b.PNR, Name: "Alva Andersson"}},
		Moments:  []caseload.Moment{a, b, c},
	}
	w := Compute(cl, testCatalogue(), today)
	if len(w.Moments) != 2 || w.Moments[0].Moment != "m0" || w.Moments[1].Moment != "m1" {
		t.Fatalf("moments %+v, want m0 (Alva) then m1 (Test), closed left out", w.Moments)
	}
	r := w.Moments[1]
	want := MomentRow{Moment: "m1", Name: "Test Testsson", PNR: "200306062381", Program: "testhjalpen", ProgramName: "Testhjälpen Plus",
		Clinician: "A", Status: caseload.Active, Module: 3, ModuleKey: "3", Modules: 4, Weeks: 4, Week: 5,
		LastActivity: at(0).Add(2 * time.Hour), NextFeedback: day(-2), DueMeasures: 1}
	if r != want {
		t.Errorf("row\n got %+v\nwant %+v", r, want)
	}
	if m := w.Moments[0]; !m.NextFeedback.IsZero() || m.Status != caseload.Maintenance {
		t.Errorf("maintenance row %+v: want no next feedback", m)
	}
	if !w.Today.Equal(today) {
		t.Errorf("Today = %s", w.Today)
	}
}

func TestLastActivity(t *testing.T) {
	m := caseload.Moment{
		LastLogin: at(5),
		Modules:   []caseload.ModuleEvent{{Module: "1", Opened: at(1), Submitted: at(4), Feedback: at(0)}},
		Messages:  []caseload.Message{{From: caseload.FromClinician, At: at(0)}, {From: caseload.FromPatient, At: at(3)}},
	}
	if got := LastActivity(m); !got.Equal(at(3)) {
		t.Errorf("LastActivity = %s, want %s (opening, feedback and clinician messages are not patient activity)", got, at(3))
	}
	if got := LastActivity(caseload.Moment{}); !got.IsZero() {
		t.Errorf("LastActivity of nothing = %s", got)
	}
}

func TestUnknownProgram(t *testing.T) {
	m := quiet()
	m.Program = "gone"
	w := compute(m)
	if len(w.Moments) != 1 || w.Moments[0].ProgramName != "gone" || w.Moments[0].Modules != 0 || len(w.Measurements) != 0 {
		t.Errorf("unknown program: %+v", w)
	}
}

// randomMoment builds a moment with many measurements, some red flags and
// ties in answered stamps, to check Relevant against Compute.
func randomMoment(r *rand.Rand, id string) caseload.Moment {
	m := quiet()
	m.ID = id
	ids := []string{"MADRS-S", "MADRS-S9", "GAD-7", "PHQ-9", "WHODAS-12", "ISI"}
	m.Measurements = nil
	for range r.IntN(40) {
		in := ids[r.IntN(len(ids))]
		x := caseload.Measurement{Instrument: in, Answered: at(r.IntN(40)), Total: r.IntN(28), Item9: -1}
		if in == "MADRS-S" || in == "MADRS-S9" {
			x.Item9 = r.IntN(7)
		}
		if r.IntN(20) == 0 {
			x.Answered = caseload.Stamp{}
		}
		m.Measurements = append(m.Measurements, x)
	}
	if r.IntN(2) == 0 {
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "3", Opened: at(r.IntN(20))})
	}
	if r.IntN(3) == 0 {
		m.Schedules = []caseload.Schedule{{Instrument: "ISI", EveryWeeks: 1 + r.IntN(3), From: day(r.IntN(60))}}
	}
	return m
}

func TestRelevantRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		m := randomMoment(r, "m")
		full := compute(m)
		sub := len(m.Measurements)
		m.Measurements = Relevant(m.Measurements)
		if !reflect.DeepEqual(full, compute(m)) {
			t.Fatalf("case %d: Compute differs on Relevant (%d of %d measurements)", i, len(m.Measurements), sub)
		}
	}
}

func TestTreatmentWeek(t *testing.T) {
	start := caseload.NewDate(2026, time.November, 18)
	tests := []struct {
		name    string
		started caseload.Date
		days    int
		want    int
	}{
		{"start day", start, 0, 1},
		{"day 6", start, 6, 1},
		{"day 7", start, 7, 2},
		{"day 11", start, 11, 2},
		{"day 13", start, 13, 2},
		{"day 14", start, 14, 3},
		{"before the start", start, -1, 0},
		{"no start", caseload.Date{}, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TreatmentWeek(tt.started, start.AddDays(tt.days)); got != tt.want {
				t.Errorf("TreatmentWeek(%s, +%d) = %d, want %d", tt.started, tt.days, got, tt.want)
			}
		})
	}
}

// TestMomentRowWeek: the row carries the week of treatment (started 30
// days ago: week 5) beside its whole weeks (4), which the JSON keeps.
func TestMomentRowWeek(t *testing.T) {
	r := compute(quiet()).Moments[0]
	if r.Week != 5 || r.Weeks != 4 {
		t.Errorf("week %d, weeks %d; want 5 and 4", r.Week, r.Weeks)
	}
}
