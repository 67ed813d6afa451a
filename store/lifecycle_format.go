package store

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/usertext"
)

// The import format's parts around the moments (README "Import format"):
// referrals, closings and handovers. Conversion is here; format.go only
// holds the keys.

type referralJSON struct {
	ID           string            `json:"id"`
	Personnummer string            `json:"personnummer"`
	Clinician    string            `json:"clinician,omitempty"`
	Referred     string            `json:"referred"`
	From         string            `json:"from,omitempty"`
	Contacted    string            `json:"contacted,omitempty"`
	FormsSent    string            `json:"forms_sent,omitempty"`
	Forms        []string          `json:"forms,omitempty"`
	VisitOn      string            `json:"visit_on,omitempty"`
	VisitHeld    string            `json:"visit_held,omitempty"`
	Checklist    []checkJSON       `json:"checklist,omitempty"`
	Decision     string            `json:"decision,omitempty"`
	Decided      string            `json:"decided,omitempty"`
	Reason       string            `json:"reason,omitempty"`
	Moment       string            `json:"moment,omitempty"`
	Measurements []measurementJSON `json:"measurements,omitempty"`
	Flags        []flagJSON        `json:"flags,omitempty"`
}

type checkJSON struct {
	Key    string `json:"key"`
	Answer string `json:"answer"`
	Note   string `json:"note,omitempty"`
}

type closingJSON struct {
	Moment         string      `json:"moment"`
	VisitOn        string      `json:"visit_on,omitempty"`
	VisitHeld      string      `json:"visit_held,omitempty"`
	Checks         []checkJSON `json:"checks,omitempty"`
	FollowUpWaived bool        `json:"followup_waived,omitempty"`
	SoBClosed      string      `json:"sob_closed,omitempty"`
	SoBGallrad     string      `json:"sob_gallrad,omitempty"`
}

type handoverJSON struct {
	ID            string          `json:"id"`
	Direction     string          `json:"direction"`
	Moments       []string        `json:"moments"`
	FromUnit      string          `json:"from_unit,omitempty"`
	ToUnit        string          `json:"to_unit,omitempty"`
	FromClinician string          `json:"from_clinician,omitempty"`
	ToClinician   string          `json:"to_clinician,omitempty"`
	Started       string          `json:"started"`
	Consent       bool            `json:"consent,omitempty"`
	State         string          `json:"state"`
	Outcome       string          `json:"outcome,omitempty"`
	File          string          `json:"file,omitempty"`
	Payload       json.RawMessage `json:"payload,omitempty"` // a received file, until its outcome
}

func checksFromJSON(cs []checkJSON) []caseload.Check {
	var out []caseload.Check
	for _, c := range cs {
		out = append(out, caseload.Check{Key: c.Key, Answer: c.Answer, Note: c.Note})
	}
	return out
}

func checksToJSON(cs []caseload.Check) []checkJSON {
	var out []checkJSON
	for _, c := range cs {
		out = append(out, checkJSON{c.Key, c.Answer, c.Note})
	}
	return out
}

// lifecycle converts the parts around the moments into c.
func (f *fileJSON) lifecycle(c *caseload.Caseload) error {
	cv := &converter{}
	for i, rj := range f.Referrals {
		path := fmt.Sprintf("referrals[%d]", i)
		pnr, err := parsePNR(rj.Personnummer)
		if err != nil {
			return atPath(path+".personnummer", err)
		}
		r := caseload.Referral{ID: rj.ID, PNR: pnr, Clinician: rj.Clinician, From: rj.From, Forms: rj.Forms,
			Checklist: checksFromJSON(rj.Checklist), Decision: caseload.Decision(rj.Decision), Reason: rj.Reason, Moment: rj.Moment,
			Referred: cv.date(path+".referred", rj.Referred, true), Contacted: cv.date(path+".contacted", rj.Contacted, false),
			FormsSent: cv.date(path+".forms_sent", rj.FormsSent, false), VisitOn: cv.date(path+".visit_on", rj.VisitOn, false),
			VisitHeld: cv.date(path+".visit_held", rj.VisitHeld, false), Decided: cv.date(path+".decided", rj.Decided, false)}
		for j, x := range rj.Measurements {
			p := fmt.Sprintf("%s.measurements[%d]", path, j)
			ms := caseload.Measurement{Instrument: x.Instrument, Occasion: caseload.Occasion(x.Occasion),
				Answered: cv.stamp(p+".answered", x.Answered, true), Total: -1, Item9: -1}
			if x.Items != nil {
				ms.Items = make([]int, len(x.Items))
				for k, v := range x.Items {
					if v == nil {
						return codef(fmt.Sprintf("%s.items[%d]", p, k), usertext.ImportNullItem)
					}
					ms.Items[k] = *v
				}
			}
			if x.Total != nil {
				// As in a moment's measurements: a whole number is Total,
				// anything else a decimal score (EDE-Q, AAQoL).
				if v := *x.Total; v == math.Trunc(v) && math.Abs(v) < 1e9 {
					ms.Total = int(v)
				} else {
					ms.Decimal, ms.Total = &v, 0
				}
			}
			r.Measurements = append(r.Measurements, ms)
		}
		for j, x := range rj.Flags {
			p := fmt.Sprintf("%s.flags[%d]", path, j)
			r.Flags = append(r.Flags, caseload.Flag{Kind: x.Kind, Ref: x.Ref, HandledBy: x.HandledBy, Note: x.Note,
				Raised: cv.date(p+".raised", x.Raised, false), HandledAt: cv.stamp(p+".handled_at", x.HandledAt, true)})
		}
		if cv.err != nil {
			return cv.err
		}
		c.Referrals = append(c.Referrals, r)
	}
	for i, x := range f.Closings {
		path := fmt.Sprintf("closings[%d]", i)
		c.Closings = append(c.Closings, caseload.Closing{Moment: x.Moment, Checks: checksFromJSON(x.Checks), FollowUpWaived: x.FollowUpWaived,
			VisitOn: cv.date(path+".visit_on", x.VisitOn, false), VisitHeld: cv.date(path+".visit_held", x.VisitHeld, false),
			SoBClosed: cv.date(path+".sob_closed", x.SoBClosed, false), SoBGallrad: cv.date(path+".sob_gallrad", x.SoBGallrad, false)})
	}
	for i, x := range f.Handovers {
		path := fmt.Sprintf("handovers[%d]", i)
		h := caseload.Handover{ID: x.ID, Direction: caseload.HandoverDirection(x.Direction), Moments: x.Moments,
			FromUnit: x.FromUnit, ToUnit: x.ToUnit, FromClinician: x.FromClinician, ToClinician: x.ToClinician,
			Consent: x.Consent, State: caseload.HandoverState(x.State), File: x.File,
			Started: cv.date(path+".started", x.Started, true), Outcome: cv.date(path+".outcome", x.Outcome, false)}
		if len(x.Payload) > 0 {
			h.Payload = []byte(x.Payload)
		}
		c.Handovers = append(c.Handovers, h)
	}
	return cv.err
}

// encodeLifecycle puts the parts around the moments of c into f.
func (f *fileJSON) encodeLifecycle(c caseload.Caseload) {
	for _, r := range c.Referrals {
		rj := referralJSON{ID: r.ID, Personnummer: r.PNR.String(), Clinician: r.Clinician, Referred: r.Referred.String(),
			From: r.From, Contacted: r.Contacted.String(), FormsSent: r.FormsSent.String(), Forms: r.Forms,
			VisitOn: r.VisitOn.String(), VisitHeld: r.VisitHeld.String(), Checklist: checksToJSON(r.Checklist),
			Decision: string(r.Decision), Decided: r.Decided.String(), Reason: r.Reason, Moment: r.Moment}
		for _, x := range r.Measurements {
			xj := measurementJSON{Instrument: x.Instrument, Answered: x.Answered.String(), Occasion: string(x.Occasion)}
			for _, v := range x.Items {
				xj.Items = append(xj.Items, &v)
			}
			total := x.Value()
			xj.Total = &total
			rj.Measurements = append(rj.Measurements, xj)
		}
		for _, x := range r.Flags {
			rj.Flags = append(rj.Flags, flagJSON{x.Kind, x.Ref, x.Raised.String(), x.HandledBy, x.HandledAt.String(), x.Note})
		}
		f.Referrals = append(f.Referrals, rj)
	}
	for _, x := range c.Closings {
		f.Closings = append(f.Closings, closingJSON{Moment: x.Moment, VisitOn: x.VisitOn.String(), VisitHeld: x.VisitHeld.String(),
			Checks: checksToJSON(x.Checks), FollowUpWaived: x.FollowUpWaived, SoBClosed: x.SoBClosed.String(), SoBGallrad: x.SoBGallrad.String()})
	}
	for _, h := range c.Handovers {
		hj := handoverJSON{ID: h.ID, Direction: string(h.Direction), Moments: h.Moments, FromUnit: h.FromUnit, ToUnit: h.ToUnit,
			FromClinician: h.FromClinician, ToClinician: h.ToClinician, Started: h.Started.String(), Consent: h.Consent,
			State: string(h.State), Outcome: h.Outcome.String(), File: h.File}
		if len(h.Payload) > 0 {
			hj.Payload = json.RawMessage(h.Payload)
		}
		f.Handovers = append(f.Handovers, hj)
	}
}
