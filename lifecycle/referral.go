// Package lifecycle holds the rules of a patient's time around the
// modules: the referral and assessment (manual 3.4–3.5), the closing phase
// (3.6.3–3.6.7) and local gallring. Everything here is a pure function of
// the data and a day; docs/lifecycle.md gives every wait with its reason.
package lifecycle

import (
	"cmp"
	"slices"

	"github.com/ikbt/ikbt/caseload"
)

// The waits of the referral (docs/lifecycle.md). The manual gives the
// steps (3.5.1–3.5.5) but no times; these are the unit's decisions.
const (
	// ContactDays: the clinician contacts the patient within a week of the
	// referral (3.5.2), so that the rough assessment and the booking of the
	// visit happen while the referral is fresh.
	ContactDays = 7
	// FormsBeforeVisitDays: the assessment battery is sent at least this
	// many days before the visit, since it "bör fyllas i innan
	// bedömningssamtal" (3.5.3); with no visit booked, within this many days
	// of the contact.
	FormsBeforeVisitDays = 3
	// DecideDays: the decision follows the assessment visit within a week.
	DecideDays = 7
	// GuaranteeDays: the vårdgaranti (Hälso- och sjukvårdslagen 9 kap. 1 §,
	// "0-3-90-90") gives 90 days from decision to treatment; ikbt counts
	// them from the referral, the stricter reading, and marks a referral
	// still undecided after them.
	GuaranteeDays = 90
)

// Step is the next thing to do with a referral.
type Step string

const (
	StepContact Step = "contact"    // 3.5.2
	StepBook    Step = "book-visit" // 3.5.2 "Boka tid för bedömningssamtal"
	StepForms   Step = "send-forms" // 3.5.3–3.5.4
	StepVisit   Step = "hold-visit" // 3.5.5
	StepDecide  Step = "decide"     // 3.5.5
	StepDone    Step = ""           // decided
)

// Next is a referral's next step, the day it is due and how late it is.
type Next struct {
	Step        Step
	Due         caseload.Date
	DaysOverdue int // 0 when due today or later
}

// NextStep returns the next step of r on today.
func NextStep(r caseload.Referral, today caseload.Date) Next {
	var n Next
	switch {
	case r.Decision != caseload.Undecided:
		return Next{Step: StepDone}
	case r.Contacted.IsZero():
		n = Next{Step: StepContact, Due: r.Referred.AddDays(ContactDays)}
	case r.VisitOn.IsZero() && r.VisitHeld.IsZero():
		n = Next{Step: StepBook, Due: r.Contacted}
	case r.FormsSent.IsZero() && r.VisitHeld.IsZero():
		n = Next{Step: StepForms, Due: r.Contacted.AddDays(FormsBeforeVisitDays)}
		if !r.VisitOn.IsZero() {
			if d := r.VisitOn.AddDays(-FormsBeforeVisitDays); d.Before(n.Due) {
				n.Due = d
			}
		}
	case r.VisitHeld.IsZero():
		n = Next{Step: StepVisit, Due: r.VisitOn}
	default:
		n = Next{Step: StepDecide, Due: r.VisitHeld.AddDays(DecideDays)}
	}
	if d := today.DaysSince(n.Due); d > 0 {
		n.DaysOverdue = d
	}
	return n
}

// Row is one undecided referral in the worklist's part "assessments".
type Row struct {
	Referral    string        `json:"referral"`
	Name        string        `json:"name"`
	PNR         string        `json:"personnummer"`
	Clinician   string        `json:"clinician"`
	From        string        `json:"from"`
	Referred    caseload.Date `json:"referred"`
	DaysWaiting int           `json:"days_waiting"` // since the referral
	Step        Step          `json:"next_step"`
	Due         caseload.Date `json:"due"`
	DaysOverdue int           `json:"days_overdue"`
	// OverGuarantee: undecided after GuaranteeDays.
	OverGuarantee bool `json:"over_guarantee"`
	OpenFlags     int  `json:"open_flags"` // set by worklist
}

// Rows returns the undecided referrals of c (of one clinician, "" for
// all): overdue first (most days late first), then the longest waiting.
func Rows(c caseload.Caseload, clinician string, today caseload.Date) []Row {
	names := make(map[string]string, len(c.Patients))
	for _, p := range c.Patients {
		names[p.PNR.String()] = p.Name
	}
	out := []Row{}
	for _, r := range c.Referrals {
		if r.Decision != caseload.Undecided || (clinician != "" && r.Clinician != clinician) {
			continue
		}
		n := NextStep(r, today)
		name := names[r.PNR.String()]
		if name == "" {
			name = r.PNR.Masked()
		}
		wait := max(today.DaysSince(r.Referred), 0)
		out = append(out, Row{Referral: r.ID, Name: name, PNR: r.PNR.String(), Clinician: r.Clinician, From: r.From,
			Referred: r.Referred, DaysWaiting: wait, Step: n.Step, Due: n.Due, DaysOverdue: n.DaysOverdue,
			OverGuarantee: wait > GuaranteeDays})
	}
	SortRows(out)
	return out
}

// SortRows puts referrals with open red flags first, then overdue steps
// (most days late first), then the longest waiting.
func SortRows(rs []Row) {
	slices.SortFunc(rs, func(a, b Row) int {
		return cmp.Or(cmp.Compare(min(b.OpenFlags, 1), min(a.OpenFlags, 1)),
			cmp.Compare(b.DaysOverdue, a.DaysOverdue), cmp.Compare(b.DaysWaiting, a.DaysWaiting),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.Referral, b.Referral))
	})
}
