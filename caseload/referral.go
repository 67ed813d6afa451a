package caseload

import "github.com/ikbt/ikbt/personnummer"

// The life of a patient around the modules: referral and assessment
// (manual 3.4–3.5), the closing phase (3.6.3–3.6.7) and handover (8.1–8.3).
// lifecycle holds the rules over these types; store persists them.

// Decision is the outcome of an assessment (manual 3.5.5).
type Decision string

const (
	Undecided  Decision = ""
	DecidedYes Decision = "ikbt" // IKBT: the moment starts
	DecidedNo  Decision = "no"   // not IKBT, with a reason
)

// Check is one answered item of a checklist: the manual's checklist 3.4
// (Key "1" … "13") or the closing visit of 3.6.6 (lifecycle's keys).
type Check struct {
	Key    string
	Answer string // "ja" or "nej" for 3.4; free text for the closing visit
	Note   string
}

// Referral is a patient from the referral in Cosmic (3.5.1) to the
// decision after the assessment visit (3.5.5). A zero date is a step not
// yet taken.
type Referral struct {
	ID        string
	PNR       personnummer.Number
	Clinician string
	Referred  Date   // the referral arrived
	From      string // remittent, e.g. "vårdcentralens läkare"
	Contacted Date   // 3.5.2
	// FormsSent is the day the assessment battery was sent in Formulär
	// 1177 (3.5.3–3.5.4), Forms the instrument IDs sent.
	FormsSent Date
	Forms     []string
	// VisitOn is the day the assessment visit is booked for, VisitHeld the
	// day it took place (3.5.5).
	VisitOn   Date
	VisitHeld Date
	Checklist []Check // checklist 3.4
	Decision  Decision
	Decided   Date
	Reason    string // why not IKBT (DecidedNo)
	Moment    string // the moment started (DecidedYes)
	// Measurements are the answers recorded during the assessment; they
	// raise red flags like any other (manual 4.1).
	Measurements []Measurement
	Flags        []Flag // handled flags of those answers
}

// Closing is the closing phase of one moment (manual 3.6.3–3.6.7).
type Closing struct {
	Moment  string
	VisitOn Date // the closing visit is booked for (3.6.4)
	// VisitHeld is the day of the closing visit, Checks its answers (3.6.6).
	VisitHeld Date
	Checks    []Check
	// FollowUpWaived says that no follow-up measurement will come (so the
	// moment can be gallrad without it).
	FollowUpWaived bool
	SoBClosed      Date // the moment was closed in SoB (3.6.7)
	SoBGallrad     Date // and gallrad there (3.6.7)
}

// HandoverState is where a handover stands (manual 8.2).
type HandoverState string

const (
	HandoverPending   HandoverState = "pending"   // överlämning pågår
	HandoverAccepted  HandoverState = "accepted"  // överlämnad
	HandoverDeclined  HandoverState = "declined"  // avböjd by the receiving unit (8.2.4)
	HandoverCancelled HandoverState = "cancelled" // avbruten by the sending unit (8.2.2)
)

// HandoverDirection tells which side of a handover this file is.
type HandoverDirection string

const (
	HandoverOut  HandoverDirection = "out"  // this unit hands over
	HandoverIn   HandoverDirection = "in"   // this unit receives
	HandoverSame HandoverDirection = "same" // a change of clinician in the unit (8.1)
)

// Handover is a change of clinician in the unit (8.1) or a handover of
// moments to or from another unit (8.2).
type Handover struct {
	ID            string
	Direction     HandoverDirection
	Moments       []string
	FromUnit      string
	ToUnit        string
	FromClinician string
	ToClinician   string // set when accepted (or at once in the unit)
	Started       Date
	Consent       bool // the patient has approved the handover (8.2.1) / been told (8.1)
	State         HandoverState
	Outcome       Date   // the day of accepted, declined or cancelled
	File          string // the handover file written (out)
	// Payload is the received file, in the import format, until accepted
	// or declined (in); it is removed with the outcome.
	Payload []byte
	// Names are the patients of an incoming handover's moments (moment ID
	// → name), read from its file for the worklist; not stored.
	Names map[string]string
}
