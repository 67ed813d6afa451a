package worklist

import (
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
)

// TestHandoverRows checks the part "handovers" and the marks it leaves:
// pending handovers only, the longest waiting first; an outgoing one's
// moment keeps its row and its flags (8.2.1) and says "pending"; a
// moment handed over and accepted gives no work at all.
func TestHandoverRows(t *testing.T) {
	silent := quiet() // a red flag: item 9 = 5 on its latest answer
	silent.ID = "m2"
	silent.Measurements = append(silent.Measurements, caseload.Measurement{Instrument: "MADRS-S", Answered: at(1), Total: 30, Item9: 5})
	gone := quiet()
	gone.ID, gone.Status, gone.ClosedOn, gone.ClosingReason = "m3", caseload.Closed, day(5), lifecycle.HandedOverReason
	gone.Measurements = append(gone.Measurements, caseload.Measurement{Instrument: "MADRS-S", Answered: at(6), Total: 30, Item9: 6})
	out := func(id, state string, started int, ms ...string) caseload.Handover {
		return caseload.Handover{ID: id, Direction: caseload.HandoverOut, Moments: ms, FromUnit: "VC Syd", ToUnit: "VC Norr",
			Started: day(started), State: caseload.HandoverState(state)}
	}
	tests := []struct {
		name      string
		handovers []caseload.Handover
		want      []string // handover IDs, in order
		pending   []string // moments marked "pending" on their rows
	}{
		{"none", nil, []string{}, nil},
		{"outgoing pending", []caseload.Handover{out("H-1", "pending", 2, "m1", "m2")}, []string{"H-1"}, []string{"m1", "m2"}},
		{"outcome recorded", []caseload.Handover{out("H-1", "declined", 2, "m1"), out("H-2", "cancelled", 2, "m2")}, []string{}, nil},
		{"incoming first by age", []caseload.Handover{out("H-2", "pending", 1, "m1"),
			{ID: "H-1", Direction: caseload.HandoverIn, Moments: []string{"x-1"}, FromUnit: "VC Öst", Started: day(3),
				State: caseload.HandoverPending, Names: map[string]string{"x-1": "Ada Ny"}}}, []string{"H-1", "H-2"}, []string{"m1"}},
		{"same unit is no row", []caseload.Handover{{ID: "H-1", Direction: caseload.HandoverSame, Moments: []string{"m1"}, State: caseload.HandoverPending}},
			[]string{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseload.Caseload{Patients: []caseload.Patient{{PNR: pnr, Name: "Test Testsson"}},
				Moments: []caseload.Moment{quiet(), silent, gone}, Handovers: tt.handovers}
			w := Compute(c, testCatalogue(), today)
			var got []string
			for _, h := range w.Handovers {
				got = append(got, h.Handover)
				for _, m := range h.Moments {
					if h.Direction == caseload.HandoverIn && m.Name != "Ada Ny" {
						t.Errorf("incoming %s: name %q", m.Moment, m.Name)
					}
					if m.Moment == "m2" && m.OpenFlags < 1 {
						t.Errorf("m2: %d open flags on the handover row, want its red flag", m.OpenFlags)
					}
				}
			}
			if len(got) != len(tt.want) || (len(got) > 0 && !equal(got, tt.want)) {
				t.Errorf("handovers = %v, want %v", got, tt.want)
			}
			var marked []string
			for _, r := range w.Moments {
				if r.Handover == caseload.HandoverPending {
					marked = append(marked, r.Moment)
				}
			}
			if !equal(marked, tt.pending) {
				t.Errorf("marked pending = %v, want %v", marked, tt.pending)
			}
			// The sending side keeps the flags until the outcome (8.2.1).
			red := 0
			for _, f := range w.Flags {
				if f.Moment == "m3" {
					t.Errorf("a handed-over moment raised %s", f.Kind)
				}
				if f.Moment == "m2" && IsRed(f.Kind) {
					red++
				}
			}
			if red != 1 {
				t.Errorf("m2's red flag: %d, want 1", red)
			}
			for _, d := range w.Measurements {
				if d.Moment == "m3" {
					t.Errorf("a handed-over moment has a due %s", d.Instrument)
				}
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
