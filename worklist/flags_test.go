package worklist

import (
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func TestFlags(t *testing.T) {
	madrs := func(daysAgo, total, item9 int) caseload.Measurement {
		return caseload.Measurement{Instrument: "MADRS-S", Answered: at(daysAgo), Total: total, Item9: item9}
	}
	// silent removes all activity and contact, then sets them n days ago.
	silent := func(m *caseload.Moment, activity, contact int) {
		m.LastLogin = at(activity)
		m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(30), Submitted: at(contact), Feedback: at(contact)}}
	}
	tests := []struct {
		name   string
		edit   func(m *caseload.Moment)
		want   []string
		ref    string
		raised caseload.Date
		nums   Flag // the numbers behind Detail
	}{
		{name: "quiet", edit: func(m *caseload.Moment) {}},
		{name: "item 9 = 3 does not flag", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 22, 3))
		}},
		{name: "item 9 = 4 flags", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 22, 4))
		}, want: []string{caseload.FlagMADRS9}, ref: at(1).String(), raised: day(1), nums: Flag{Score: 4, Instrument: "MADRS-S"}},
		{name: "MADRS-S9 alone = 6 flags", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, caseload.Measurement{Instrument: "MADRS-S9", Answered: at(2), Total: 6, Item9: 6})
		}, want: []string{caseload.FlagMADRS9}, ref: at(2).String(), raised: day(2), nums: Flag{Score: 6, Instrument: "MADRS-S9"}},
		{name: "handled red flag is gone", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 22, 5))
			m.Flags = []caseload.Flag{{Kind: caseload.FlagMADRS9, Ref: at(1).String()}}
		}},
		{name: "a handled flag of another measurement does not hide a new one", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(8, 22, 5), madrs(1, 22, 4))
			m.Flags = []caseload.Flag{{Kind: caseload.FlagMADRS9, Ref: at(8).String()}}
		}, want: []string{caseload.FlagMADRS9}, ref: at(1).String(), raised: day(1), nums: Flag{Score: 4, Instrument: "MADRS-S"}},
		{name: "red flag in maintenance is shown (4.1)", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom = caseload.Maintenance, day(3)
			m.Measurements = append(m.Measurements, madrs(4, 22, 5))
		}, want: []string{caseload.FlagMADRS9}, ref: at(4).String(), raised: day(4), nums: Flag{Score: 5, Instrument: "MADRS-S"}},
		{name: "9 days without activity", edit: func(m *caseload.Moment) { silent(m, 9, 9) }},
		{name: "10 days without activity", edit: func(m *caseload.Moment) { silent(m, 10, 10) },
			want: []string{caseload.FlagInactive}, ref: day(0).String(), raised: day(0), nums: Flag{Days: 10}},
		{name: "a login is activity", edit: func(m *caseload.Moment) { silent(m, 2, 15) }},
		{name: "no login ever: counted from the start", edit: func(m *caseload.Moment) {
			m.LastLogin, m.Modules, m.Started = caseload.Stamp{}, nil, day(12)
		}, want: []string{caseload.FlagInactive}, ref: day(2).String(), raised: day(2), nums: Flag{Days: 12}},
		{name: "handled inactive flag is gone", edit: func(m *caseload.Moment) {
			silent(m, 12, 12)
			m.Flags = []caseload.Flag{{Kind: caseload.FlagInactive, Ref: day(2).String()}}
		}},
		{name: "20 days without dialogue", edit: func(m *caseload.Moment) { silent(m, 2, 20) }},
		{name: "21 days without dialogue", edit: func(m *caseload.Moment) { silent(m, 2, 21) },
			want: []string{caseload.FlagNoDialogue}, ref: day(0).String(), raised: day(0), nums: Flag{Days: 21}},
		{name: "a clinician message is not dialogue (9.1)", edit: func(m *caseload.Moment) {
			silent(m, 2, 30)
			m.Messages = []caseload.Message{{From: caseload.FromClinician, At: at(20)}}
		}, want: []string{caseload.FlagNoDialogue}, ref: day(9).String(), raised: day(9), nums: Flag{Days: 30}},
		{name: "a patient message is dialogue", edit: func(m *caseload.Moment) {
			silent(m, 2, 30)
			m.Messages = []caseload.Message{{From: caseload.FromPatient, At: at(20)}}
		}},
		{name: "maintenance day 90", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom, m.LastLogin = caseload.Maintenance, day(90), at(200)
		}},
		{name: "maintenance day 91", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom, m.LastLogin = caseload.Maintenance, day(91), at(200)
		}, want: []string{caseload.FlagMaintenanceOver}, ref: day(0).String(), raised: day(0), nums: Flag{Days: 90, Since: day(91)}},
		{name: "closed moments are not listed", edit: func(m *caseload.Moment) {
			m.Status, m.MaintenanceFrom, m.ClosedOn = caseload.Closed, day(120), day(20)
		}},
		{name: "MADRS-S up 7: not reliable", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 27, 2))
		}},
		{name: "MADRS-S up 8: reliable deterioration", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 28, 2))
		}, want: []string{caseload.FlagDeterioration}, ref: day(1).String(), raised: day(1),
			nums: Flag{Score: 28, Instrument: "MADRS-S", From: 20, To: 28, RCI: 8}},
		{name: "deterioration then recovery", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(8, 30, 2), madrs(1, 21, 2))
		}},
		{name: "handled deterioration is gone", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, madrs(1, 28, 2))
			m.Flags = []caseload.Flag{{Kind: caseload.FlagDeterioration, Ref: day(1).String()}}
		}},
		{name: "deterioration on another instrument does not count", edit: func(m *caseload.Moment) {
			m.Measurements = append(m.Measurements, caseload.Measurement{Instrument: "GAD-7", Answered: at(1), Total: 21, Item9: -1})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := quiet()
			tt.edit(&m)
			w := compute(m)
			if got := kinds(w.Flags); !slices.Equal(got, tt.want) {
				t.Fatalf("flags %v, want %v (%+v)", got, tt.want, w.Flags)
			}
			if len(tt.want) == 1 {
				f := w.Flags[0]
				if f.Ref != tt.ref || !f.Raised.Equal(tt.raised) || f.Moment != "m1" || f.Name != "Test Testsson" || f.Detail == "" {
					t.Errorf("flag %+v, want ref %s raised %s", f, tt.ref, tt.raised)
				}
				n := Flag{Score: f.Score, Days: f.Days, Since: f.Since, Instrument: f.Instrument, From: f.From, To: f.To, RCI: f.RCI}
				if n != tt.nums {
					t.Errorf("numbers %+v, want %+v", n, tt.nums)
				}
				if w.Moments[0].OpenFlags != 1 {
					t.Errorf("OpenFlags = %d, want 1", w.Moments[0].OpenFlags)
				}
			}
		})
	}
}

func TestFlagOrder(t *testing.T) {
	old := quiet()
	old.ID, old.LastLogin = "old", at(40)
	old.Modules = []caseload.ModuleEvent{{Module: "1", Opened: at(60), Submitted: at(40), Feedback: at(40)}}
	red := quiet()
	red.ID = "red"
	red.Measurements = append(red.Measurements, caseload.Measurement{Instrument: "MADRS-S", Answered: at(1), Total: 22, Item9: 4})
	w := compute(old, red)
	var got []string
	for _, f := range w.Flags {
		got = append(got, f.Moment+" "+f.Kind)
	}
	want := []string{"red madrs9", "old inactive", "old no-dialogue"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
