// Package caseload holds the domain types of a clinician's IKBT caseload:
// patients, their moments (treatment episodes in 1177 Stöd och behandling)
// and what happens in them. It has no I/O; store persists these types and
// worklist derives the daily worklist from them.
package caseload

import (
	"time"

	"github.com/ikbt/ikbt/personnummer"
)

// Patient is a person in the caseload.
type Patient struct {
	PNR  personnummer.Number
	Name string
}

// Status is where a moment stands.
type Status string

const (
	Active      Status = "active"
	Maintenance Status = "maintenance" // vidmakthållande: read-only access for 90 days (manual 3.6.5)
	Closed      Status = "closed"
)

// MaintenanceDays is how long a moment stays in maintenance (manual 3.6.5).
const MaintenanceDays = 90

// Moment is one treatment episode: a patient working through one program.
type Moment struct {
	ID string
	// Version counts writes to the moment; the store refuses a write made
	// against an older version (two windows on one file).
	Version     int64
	PNR         personnummer.Number
	Program     string // programs.Program ID
	Clinician   string
	Started     Date
	FeedbackDay time.Weekday // agreed weekday for the clinician's weekly reply
	Status      Status
	// MaintenanceFrom is the day the moment entered maintenance (zero unless Status is Maintenance or it passed through it).
	MaintenanceFrom Date
	ClosedOn        Date
	ClosingReason   string
	Diagnosis       string   // ICD-10 code, e.g. F41.1
	Challenge       string   // Livsbalansen challenge area (programs track ID), chosen in module 5
	Addons          []string // programs track IDs of optional tracks and add-on modules
	LastLogin       Stamp

	Modules      []ModuleEvent
	Measurements []Measurement
	Messages     []Message
	Flags        []Flag     // handled flags; open flags are computed by worklist
	Schedules    []Schedule // extra measurements the clinician scheduled
	Notes        []Note
	// History is every note copied for Cosmic, oldest first. It is kept
	// outside the moment's Version and undo (store: note_history).
	History []CopiedNote
	// Stops are the battery instruments the clinician stopped (manual 5.4.2).
	Stops []BatteryStop
	// FollowUpWaiver, when set, says the follow-up measurement is not to be
	// done (manual 7.1.4 "Uppföljning"; SibeR, seed 003).
	FollowUpWaiver Waiver
	// Closing is the moment's closing phase (3.6.3–3.6.7) as Store.Moment
	// reads it, for the closing note (issue 16); nil when there is none
	// or it was not read. Exports carry closings apart (Caseload.Closings).
	Closing *Closing
}

// BatteryStop is a running battery instrument the clinician stopped in SoB
// (manual 5.4.2: "stoppa den pågående mätningen samt schemaläggningen").
// From its day the instrument's battery and earlier schedules fall due no
// more; answers already given are still screened.
type BatteryStop struct {
	ID         int64 // assigned by the store
	Instrument string
	From       Date
	By         string
	At         Stamp
	Note       string
}

// Waiver is the clinician's decision that the follow-up measurement is
// not to be done, with a reason. Zero when there is none.
type Waiver struct {
	On     Date
	By     string
	Reason string
}

// IsZero reports whether there is no waiver.
func (w Waiver) IsZero() bool { return w.On.IsZero() && w.By == "" && w.Reason == "" }

// ModuleEvent is the life of one module in a moment.
type ModuleEvent struct {
	Module    string // programs.Module Key: "3" for base module 3, "track/2" for part 2 of a track
	Opened    Stamp
	Submitted Stamp // by the patient
	Feedback  Stamp // given by the clinician
}

// Occasion is the mättillfälle of a measurement (manual 7.1.4).
type Occasion string

const (
	Assessment Occasion = "bedomning"   // Bedömning
	Startup    Occasion = "uppstart"    // Uppstart behandling
	Ongoing    Occasion = "pagaende"    // Pågående
	Final      Occasion = "avslut"      // Avslut behandling
	FollowUp   Occasion = "uppfoljning" // Uppföljning
)

// Measurement is one answered rating scale.
type Measurement struct {
	ID         int64  // assigned by the store; 0 before it is saved
	Instrument string // instruments ID: MADRS-S, GAD-7, OCI-R, EDE-Q, … (instruments.json)
	Occasion   Occasion
	Answered   Stamp
	Items      []int // item scores in order; nil when only the total is known
	Total      int   // computed from Items when they are given; the score rounded when it is a decimal
	// Decimal is the score of a form scored in decimals (EDE-Q's mean,
	// AAQoL's 0–100 total), nil for the forms scored in whole numbers,
	// whose score is Total. Value gives the score either way.
	Decimal *float64
	// Item9 is MADRS-S item 9 (livslust), or -1 when the measurement does not carry it.
	Item9 int
}

// Value is the measurement's score: Decimal when set, else Total.
func (m Measurement) Value() float64 {
	if m.Decimal != nil {
		return *m.Decimal
	}
	return float64(m.Total)
}

// Message is one message in the SoB dialogue.
type Message struct {
	From string // "patient" or "clinician"
	At   Stamp
}

const (
	FromPatient   = "patient"
	FromClinician = "clinician"
)

// Flag kinds (worklist computes open flags; a handled one is kept here).
const (
	FlagMADRS9          = "madrs9"
	FlagInactive        = "inactive"
	FlagNoDialogue      = "no-dialogue"
	FlagMaintenanceOver = "maintenance-over"
	FlagDeterioration   = "deterioration"
	FlagPHQ9            = "phq9"       // PHQ-9 item 9 >= 1 (worklist.RedFlagPHQ9)
	FlagMissedDay       = "missed-day" // nothing from the patient by the agreed day (manual 3.6.1)
)

// Flag is a flag the clinician has handled. Kind and Ref identify the
// raised flag it answers (Ref is set by worklist: for madrs9 the answered
// stamp of the measurement, for the others the day the flag was raised).
type Flag struct {
	Kind      string
	Ref       string
	Raised    Date
	HandledBy string
	HandledAt Stamp
	Note      string
}

// Schedule is an extra measurement the clinician scheduled (manual 4.7):
// an instrument at the start of a module, or repeated every N weeks.
type Schedule struct {
	ID         int64
	Instrument string
	AtModule   string // module key; empty when repeating
	EveryWeeks int    // 0 when tied to a module
	From       Date
}

// Note is a journal note written for Cosmic.
type Note struct {
	ID      int64
	Created Stamp
	Copied  Stamp // zero until copied
	Text    string
}

// CopiedNote is a journal note as it was copied for Cosmic.
type CopiedNote struct {
	ID     int64
	Kind   string // phrases.Kind: feedback, flag, …; "" when copied before kinds existed
	Copied Stamp
	Text   string
}

// Caseload is everything in one database.
type Caseload struct {
	Patients []Patient
	Moments  []Moment
	// Around the moments (caseload/referral.go).
	Referrals []Referral
	Closings  []Closing
	Handovers []Handover
}
