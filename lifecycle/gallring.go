package lifecycle

import (
	"cmp"
	"slices"

	"github.com/ikbt/ikbt/caseload"
)

// DefaultGallringDays is how long after a moment or referral is done the
// app proposes removing it locally, unless the settings say otherwise.
// Cosmic holds the journal (patientdatalagen 3 kap.) and SoB the program;
// ikbt's copy is a working list, kept a month so that the follow-up and a
// late journal note can still be looked up (docs/lifecycle.md).
const DefaultGallringDays = 30

// HandedOverReason is the closing reason of a moment handed over to
// another unit (manual 8.2.3): the moment stays read-only until gallring.
const HandedOverReason = "överlämnad"

// Why a moment or referral may be removed.
const (
	WhyClosed     = "closed"      // closed, follow-up answered or waived
	WhyHandedOver = "handed-over" // accepted by another unit
	WhyNotTreated = "not-treated" // referral decided no
)

// Proposal is one moment or referral the app proposes to remove.
type Proposal struct {
	Moment   string        `json:"moment,omitempty"`
	Referral string        `json:"referral,omitempty"`
	PNR      string        `json:"personnummer"`
	Why      string        `json:"why"`
	Since    caseload.Date `json:"since"` // the day it became removable
	Due      caseload.Date `json:"due"`   // Since + days
}

// Removable returns when moment m became removable, and why; ok is false
// while it must be kept: open, closed with the follow-up neither answered
// nor waived, or a handover not yet accepted.
func Removable(m caseload.Moment, cl caseload.Closing) (since caseload.Date, why string, ok bool) {
	if m.Status != caseload.Closed || m.ClosedOn.IsZero() {
		return caseload.Date{}, "", false
	}
	if m.ClosingReason == HandedOverReason {
		return m.ClosedOn, WhyHandedOver, true
	}
	since = m.ClosedOn
	answered := false
	for _, x := range m.Measurements {
		if x.Occasion == caseload.FollowUp && !x.Answered.IsZero() {
			answered = true
			if d := x.Answered.Date(); d.After(since) {
				since = d
			}
		}
	}
	// The waiver is the moment's (store.WaiveFollowUp, with a reason);
	// Closing.FollowUpWaived is only read from files written before that.
	if !answered && !cl.FollowUpWaived && m.FollowUpWaiver.Reason == "" {
		return caseload.Date{}, "", false
	}
	return since, WhyClosed, true
}

// GallringProposals returns what may be removed on today, days after it
// became removable; the oldest first. Nothing is removed here.
func GallringProposals(c caseload.Caseload, days int, today caseload.Date) []Proposal {
	closings := make(map[string]caseload.Closing, len(c.Closings))
	for _, cl := range c.Closings {
		closings[cl.Moment] = cl
	}
	out := []Proposal{}
	for _, m := range c.Moments {
		since, why, ok := Removable(m, closings[m.ID])
		if ok && !today.Before(since.AddDays(days)) {
			out = append(out, Proposal{Moment: m.ID, PNR: m.PNR.String(), Why: why, Since: since, Due: since.AddDays(days)})
		}
	}
	for _, r := range c.Referrals {
		if r.Decision == caseload.DecidedNo && !r.Decided.IsZero() && !today.Before(r.Decided.AddDays(days)) {
			out = append(out, Proposal{Referral: r.ID, PNR: r.PNR.String(), Why: WhyNotTreated, Since: r.Decided, Due: r.Decided.AddDays(days)})
		}
	}
	slices.SortFunc(out, func(a, b Proposal) int {
		return cmp.Or(a.Since.Compare(b.Since), cmp.Compare(a.Moment, b.Moment), cmp.Compare(a.Referral, b.Referral))
	})
	return out
}
