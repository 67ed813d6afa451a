package lifecycle

import (
	"reflect"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

func d(s string) caseload.Date {
	x, err := caseload.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return x
}

func st(s string) caseload.Stamp {
	x, err := caseload.ParseStamp(s)
	if err != nil {
		panic(err)
	}
	return x
}

func TestNextStep(t *testing.T) {
	ref := caseload.Referral{ID: "r", Referred: d("2026-03-02")}
	with := func(f func(*caseload.Referral)) caseload.Referral { r := ref; f(&r); return r }
	tests := []struct {
		name  string
		r     caseload.Referral
		today string
		want  Next
	}{
		{"new referral, within the week", ref, "2026-03-09", Next{StepContact, d("2026-03-09"), 0}},
		{"contact a day late", ref, "2026-03-10", Next{StepContact, d("2026-03-09"), 1}},
		{"contacted, no visit booked: due at once", with(func(r *caseload.Referral) { r.Contacted = d("2026-03-04") }), "2026-03-06",
			Next{StepBook, d("2026-03-04"), 2}},
		{"visit booked far ahead: forms 3 days after contact", with(func(r *caseload.Referral) {
			r.Contacted, r.VisitOn = d("2026-03-04"), d("2026-03-20")
		}), "2026-03-07", Next{StepForms, d("2026-03-07"), 0}},
		{"visit soon: forms 3 days before it", with(func(r *caseload.Referral) {
			r.Contacted, r.VisitOn = d("2026-03-04"), d("2026-03-05")
		}), "2026-03-04", Next{StepForms, d("2026-03-02"), 2}},
		{"forms sent: hold the visit on its day", with(func(r *caseload.Referral) {
			r.Contacted, r.VisitOn, r.FormsSent = d("2026-03-04"), d("2026-03-12"), d("2026-03-05")
		}), "2026-03-13", Next{StepVisit, d("2026-03-12"), 1}},
		{"visit held without forms: decide", with(func(r *caseload.Referral) {
			r.Contacted, r.VisitOn, r.VisitHeld = d("2026-03-04"), d("2026-03-12"), d("2026-03-12")
		}), "2026-03-19", Next{StepDecide, d("2026-03-19"), 0}},
		{"decision late", with(func(r *caseload.Referral) {
			r.Contacted, r.VisitOn, r.FormsSent, r.VisitHeld = d("2026-03-04"), d("2026-03-12"), d("2026-03-05"), d("2026-03-12")
		}), "2026-03-29", Next{StepDecide, d("2026-03-19"), 10}},
		{"decided", with(func(r *caseload.Referral) { r.Decision, r.Decided = caseload.DecidedNo, d("2026-03-12") }), "2026-05-01", Next{Step: StepDone}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NextStep(tt.r, d(tt.today)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("NextStep = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRows(t *testing.T) {
	p1, p2, p3 := personnummer.Number("199001019802"), personnummer.Number("199002029801"), personnummer.Number("199003039800")
	c := caseload.Caseload{
		Patients: []caseload.Patient{{PNR: p1, Name: "Anna"}, {PNR: p2, Name: "Bo"}, {PNR: p3, Name: "Cai"}},
		Referrals: []caseload.Referral{
			{ID: "fresh", PNR: p1, Referred: d("2026-03-09"), Clinician: "x"},
			{ID: "late", PNR: p2, Referred: d("2026-03-01"), Clinician: "x"},
			{ID: "old-on-time", PNR: p3, Referred: d("2025-12-01"), Contacted: d("2025-12-02"), VisitOn: d("2026-03-20"), FormsSent: d("2025-12-03"), Clinician: "y"},
			{ID: "done", PNR: p3, Referred: d("2026-01-01"), Decision: caseload.DecidedNo, Decided: d("2026-01-10")},
		},
	}
	got := Rows(c, "", d("2026-03-10"))
	var ids []string
	for _, r := range got {
		ids = append(ids, r.Referral)
	}
	if want := []string{"late", "old-on-time", "fresh"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("order = %v, want %v", ids, want)
	}
	if got[0].DaysOverdue != 2 || got[0].DaysWaiting != 9 || got[0].Name != "Bo" {
		t.Errorf("late row = %+v", got[0])
	}
	if !got[1].OverGuarantee || got[1].DaysWaiting != 99 || got[1].Step != StepVisit {
		t.Errorf("old row = %+v", got[1])
	}
	if got[2].OverGuarantee || got[2].DaysWaiting != 1 {
		t.Errorf("fresh row = %+v", got[2])
	}
	if n := len(Rows(c, "y", d("2026-03-10"))); n != 1 {
		t.Errorf("clinician y: %d rows, want 1", n)
	}
	// A red flag goes before every overdue step.
	got[2].OpenFlags = 1
	SortRows(got)
	if got[0].Referral != "fresh" {
		t.Errorf("with a flag, first = %s", got[0].Referral)
	}
}

func TestClosingPrompts(t *testing.T) {
	active := caseload.Moment{ID: "m", Status: caseload.Active, Modules: []caseload.ModuleEvent{{Module: "8", Opened: st("2026-04-01T08:00")}}}
	lastDone := active
	lastDone.Modules = []caseload.ModuleEvent{{Module: "8", Opened: st("2026-04-01T08:00"), Feedback: st("2026-04-08T09:00")}}
	maint := caseload.Moment{ID: "m", Status: caseload.Maintenance, MaintenanceFrom: d("2026-01-01")}
	closed := caseload.Moment{ID: "m", Status: caseload.Closed, ClosedOn: d("2026-04-10")}
	handed := caseload.Moment{ID: "m", Status: caseload.Closed, ClosedOn: d("2026-04-10"), ClosingReason: HandedOverReason}
	tests := []struct {
		name          string
		m             caseload.Moment
		cl            caseload.Closing
		module, total int
		today         string
		want          []Prompt
	}{
		{"middle of the program", active, caseload.Closing{}, 5, 8, "2026-04-02", nil},
		{"second to last module: near end, book the visit", active, caseload.Closing{}, 7, 8, "2026-04-02", []Prompt{PromptNearEnd, PromptBookVisit}},
		{"visit booked, not yet come", active, caseload.Closing{VisitOn: d("2026-04-10")}, 8, 8, "2026-04-09", []Prompt{PromptNearEnd}},
		{"visit day", active, caseload.Closing{VisitOn: d("2026-04-10")}, 8, 8, "2026-04-10", []Prompt{PromptNearEnd, PromptVisit}},
		{"last feedback given: maintenance", lastDone, caseload.Closing{VisitOn: d("2026-04-20")}, 8, 8, "2026-04-09", []Prompt{PromptNearEnd, PromptMaintenance}},
		{"visit held: maintenance", active, caseload.Closing{VisitOn: d("2026-04-10"), VisitHeld: d("2026-04-10")}, 8, 8, "2026-04-10", []Prompt{PromptNearEnd, PromptMaintenance}},
		{"maintenance day 89", maint, caseload.Closing{}, 8, 8, "2026-03-31", nil},
		{"maintenance day 90: close in SoB", maint, caseload.Closing{}, 8, 8, "2026-04-01", []Prompt{PromptCloseSoB}},
		{"closed here, not in SoB", closed, caseload.Closing{}, 8, 8, "2026-04-11", []Prompt{PromptCloseSoB}},
		{"closed in SoB, not gallrad", closed, caseload.Closing{SoBClosed: d("2026-04-10")}, 8, 8, "2026-04-11", []Prompt{PromptGallraSoB}},
		{"closed and gallrad in SoB", closed, caseload.Closing{SoBClosed: d("2026-04-10"), SoBGallrad: d("2026-04-10")}, 8, 8, "2026-04-11", nil},
		{"handed over: nothing", handed, caseload.Closing{}, 8, 8, "2026-04-11", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Prompt
			for _, p := range ClosingPrompts(tt.m, tt.cl, tt.module, tt.total, d(tt.today)) {
				got = append(got, p.Prompt)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("prompts = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestGallringProposals(t *testing.T) {
	pnr := personnummer.Number("199001019802")
	fu := caseload.Measurement{Instrument: "PHQ-9", Occasion: caseload.FollowUp, Answered: st("2026-05-01T10:00")}
	c := caseload.Caseload{
		Moments: []caseload.Moment{
			{ID: "open", PNR: pnr, Status: caseload.Active},
			{ID: "closed-no-followup", PNR: pnr, Status: caseload.Closed, ClosedOn: d("2026-03-01")},
			{ID: "closed-waived", PNR: pnr, Status: caseload.Closed, ClosedOn: d("2026-03-01")},
			{ID: "closed-followup", PNR: pnr, Status: caseload.Closed, ClosedOn: d("2026-03-01"), Measurements: []caseload.Measurement{fu}},
			{ID: "handed", PNR: pnr, Status: caseload.Closed, ClosedOn: d("2026-04-15"), ClosingReason: HandedOverReason},
		},
		Closings:  []caseload.Closing{{Moment: "closed-waived", FollowUpWaived: true}},
		Referrals: []caseload.Referral{{ID: "no", PNR: pnr, Decision: caseload.DecidedNo, Decided: d("2026-04-20")}, {ID: "yes", PNR: pnr, Decision: caseload.DecidedYes, Decided: d("2026-01-20")}},
	}
	tests := []struct {
		today string
		days  int
		want  []string
	}{
		{"2026-03-30", 30, nil},
		{"2026-03-31", 30, []string{"closed-waived"}},
		{"2026-05-20", 30, []string{"closed-waived", "handed", "no"}},
		{"2026-05-31", 30, []string{"closed-waived", "handed", "no", "closed-followup"}},
		{"2026-05-01", 0, []string{"closed-waived", "handed", "no", "closed-followup"}},
	}
	for _, tt := range tests {
		t.Run(tt.today, func(t *testing.T) {
			var got []string
			for _, p := range GallringProposals(c, tt.days, d(tt.today)) {
				got = append(got, p.Moment+p.Referral)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("proposals = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestObservandum(t *testing.T) {
	tests := []struct {
		key, answer string
		obs, ok     bool
	}{
		{"1", "ja", false, true}, {"1", "nej", true, true}, {"8", "ja", true, true}, {"13", "nej", true, true},
		{"14", "ja", false, false}, {"2", "kanske", false, false}, {"x", "ja", false, false},
	}
	for _, tt := range tests {
		obs, ok := Observandum(tt.key, tt.answer)
		if obs != tt.obs || ok != tt.ok {
			t.Errorf("Observandum(%s, %s) = %v, %v; want %v, %v", tt.key, tt.answer, obs, ok, tt.obs, tt.ok)
		}
	}
}

func TestClosingNoteLines(t *testing.T) {
	cl := caseload.Closing{Checks: []caseload.Check{{Key: "referrer", Answer: "ja "}, {Key: "symptom-reduction", Answer: "Ja, MADRS-S 28 till 12", Note: "tydlig "}, {Key: "criteria", Answer: " "}}}
	want := []string{"Symtomreduktion? Ja, MADRS-S 28 till 12. tydlig", "Återkoppla till ev. remittent. ja"}
	if got := ClosingNoteLines(cl); !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestChecklistQuestion(t *testing.T) {
	for _, tc := range []struct {
		key string
		n   int
		ok  bool
	}{
		{"1", 1, true}, {"13", 13, true}, {"7", 7, true},
		{"0", 0, false}, {"14", 0, false}, {"01", 0, false}, {"+1", 0, false},
		{" 1", 0, false}, {"1 ", 0, false}, {"", 0, false}, {"1a", 0, false}, {"-1", 0, false},
	} {
		if n, ok := ChecklistQuestion(tc.key); n != tc.n || ok != tc.ok {
			t.Errorf("ChecklistQuestion(%q) = %d, %v; want %d, %v", tc.key, n, ok, tc.n, tc.ok)
		}
	}
	for n := 1; n <= len(Checklist34); n++ {
		if got, ok := ChecklistQuestion(ChecklistKey(n)); !ok || got != n {
			t.Errorf("question %d does not round-trip: %d, %v", n, got, ok)
		}
	}
}

// FuzzChecklistQuestion: any key parses without a panic, and one that
// parses is the key of its number.
func FuzzChecklistQuestion(f *testing.F) {
	for _, s := range []string{"1", "13", "01", "+1", "14", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if n, ok := ChecklistQuestion(key); ok && ChecklistKey(n) != key {
			t.Errorf("%q parses as %d, whose key is %q", key, n, ChecklistKey(n))
		}
	})
}
