package worklist

import (
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

func TestAssessments(t *testing.T) {
	pnr := personnummer.Number("189002099811")
	stamp := caseload.NewStamp(2026, 3, 5, 10, 0)
	red := caseload.Measurement{Instrument: "MADRS-S", Answered: stamp, Item9: 4}
	calm := caseload.Measurement{Instrument: "MADRS-S", Answered: stamp.Add(1), Item9: 3}
	tests := []struct {
		name      string
		r         caseload.Referral
		wantFlags int
		wantRows  int
	}{
		{"no answers", caseload.Referral{ID: "r"}, 0, 1},
		{"item 9 = 3", caseload.Referral{ID: "r", Measurements: []caseload.Measurement{calm}}, 0, 1},
		{"item 9 = 4 raises the red flag", caseload.Referral{ID: "r", Measurements: []caseload.Measurement{red, calm}}, 1, 1},
		{"handled", caseload.Referral{ID: "r", Measurements: []caseload.Measurement{red},
			Flags: []caseload.Flag{{Kind: caseload.FlagMADRS9, Ref: stamp.String()}}}, 0, 1},
		{"decided: the moment carries them", caseload.Referral{ID: "r", Decision: caseload.DecidedYes, Measurements: []caseload.Measurement{red}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.r.PNR, tt.r.Referred = pnr, caseload.NewDate(2026, 3, 1)
			c := caseload.Caseload{Patients: []caseload.Patient{{PNR: pnr, Name: "Test Testsson"}}, Referrals: []caseload.Referral{tt.r}}
			w := Compute(c, nil, caseload.NewDate(2026, 3, 10))
			if len(w.Flags) != tt.wantFlags || len(w.Assessments) != tt.wantRows {
				t.Fatalf("flags %d, rows %d; want %d, %d", len(w.Flags), len(w.Assessments), tt.wantFlags, tt.wantRows)
			}
			if tt.wantFlags > 0 {
				f := w.Flags[0]
				if f.Moment != "r" || f.Kind != caseload.FlagMADRS9 || f.Score != 4 || f.Name != "Test Testsson" {
					t.Errorf("flag = %+v", f)
				}
				if !w.ReferralOf(f) || w.ReferralOf(Flag{Moment: "m"}) {
					t.Error("ReferralOf does not tell the referral's flag")
				}
				if w.Assessments[0].OpenFlags != 1 {
					t.Errorf("row open flags = %d", w.Assessments[0].OpenFlags)
				}
			}
		})
	}
}

func TestCheckHandover(t *testing.T) {
	today := caseload.NewDate(2026, 3, 10)
	base := caseload.Moment{ID: "m", Status: caseload.Active, Started: caseload.NewDate(2026, 3, 1), FeedbackDay: 3,
		LastLogin: caseload.NewStamp(2026, 3, 9, 8, 0)}
	tests := []struct {
		name string
		mod  func(*caseload.Moment)
		want HandoverChecks
	}{
		{"clear", func(*caseload.Moment) {}, HandoverChecks{}},
		{"note not copied", func(m *caseload.Moment) {
			m.Notes = []caseload.Note{{Created: caseload.NewStamp(2026, 3, 9, 9, 0), Text: "x"}}
		}, HandoverChecks{UnwrittenNotes: 1}},
		{"feedback after the last note", func(m *caseload.Moment) {
			m.Notes = []caseload.Note{{Created: caseload.NewStamp(2026, 3, 2, 9, 0), Copied: caseload.NewStamp(2026, 3, 2, 9, 5), Text: "x"}}
			m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: caseload.NewStamp(2026, 3, 1, 9, 0), Submitted: caseload.NewStamp(2026, 3, 3, 9, 0), Feedback: caseload.NewStamp(2026, 3, 4, 9, 0)}}
		}, HandoverChecks{UnnotedContacts: 1}},
		{"red flag", func(m *caseload.Moment) {
			m.Measurements = []caseload.Measurement{{Instrument: "MADRS-S9", Answered: caseload.NewStamp(2026, 3, 8, 9, 0), Item9: 5}}
		}, HandoverChecks{OpenFlags: []Flag{{}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base
			tt.mod(&m)
			got := CheckHandover(m, nil, today)
			if len(got.OpenFlags) != len(tt.want.OpenFlags) || got.UnwrittenNotes != tt.want.UnwrittenNotes || got.UnnotedContacts != tt.want.UnnotedContacts {
				t.Errorf("checks = %+v, want %+v", got, tt.want)
			}
			if got.Clear() != (tt.name == "clear") {
				t.Errorf("Clear = %v", got.Clear())
			}
		})
	}
}
