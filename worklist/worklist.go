// Package worklist derives a clinician's daily worklist from the caseload:
// moments, pending feedback (återkoppling), red flags and due measurements.
// Everything here is a pure function of the data and a day.
package worklist

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
)

// Worklist is the four parts of one day's work. Its JSON is the output of
// `ikbt worklist --json`.
type Worklist struct {
	Today        caseload.Date `json:"today"`
	Moments      []MomentRow   `json:"moments"`
	Feedback     []Feedback    `json:"feedback"`
	Flags        []Flag        `json:"flags"`
	Measurements []Due         `json:"measurements"`
	// Assessments are the undecided referrals (worklist/assessments.go).
	Assessments []lifecycle.Row `json:"assessments"`
	// Handovers are the handovers to or from another unit waiting for
	// their outcome (worklist/handover.go, issue 16).
	Handovers []HandoverRow `json:"handovers"`
}

// MomentRow is one active or maintenance moment. Closed moments have no
// row: they show only in Measurements (their follow-up) and Flags.
type MomentRow struct {
	Moment       string          `json:"moment"`
	Name         string          `json:"name"`
	PNR          string          `json:"personnummer"`
	Program      string          `json:"program"`
	ProgramName  string          `json:"program_name"`
	Clinician    string          `json:"clinician"`
	Status       caseload.Status `json:"status"`
	Module       int             `json:"module"` // current base module (latest opened), 0 before module 1
	ModuleKey    string          `json:"module_key"`
	Modules      int             `json:"modules"` // program total
	Weeks        int             `json:"weeks"`   // whole weeks since start
	LastActivity caseload.Stamp  `json:"last_activity"`
	NextFeedback caseload.Date   `json:"next_feedback"`
	OpenFlags    int             `json:"open_flags"`
	PendingReply bool            `json:"pending_feedback"`
	DueMeasures  int             `json:"due_measurements"`
	// Handover is "pending" while the moment is in a handover to another
	// unit (överlämning pågår, manual 8.2.1); empty otherwise.
	Handover caseload.HandoverState `json:"handover,omitempty"`

	// Week is the week of treatment today falls in (TreatmentWeek: day 11
	// is week 2), as the screen says "vecka N" (issue 14); not in the
	// JSON, whose "weeks" stays what it was.
	Week int `json:"-"`
}

// Feedback is a submitted module or a patient message waiting for the clinician's reply.
type Feedback struct {
	Moment  string         `json:"moment"`
	Name    string         `json:"name"`
	Reason  string         `json:"reason"` // "module" when a module waits, else "message"
	Module  string         `json:"module,omitempty"`
	Arrived caseload.Stamp `json:"arrived"` // the earliest thing waiting, from which Due counts
	// Items is each thing waiting and when it arrived, oldest first.
	Items       []Arrival     `json:"items"`
	Due         caseload.Date `json:"due"`
	DaysOverdue int           `json:"days_overdue"` // 0 when due today or later
}

// Arrival is one submitted module or patient message waiting for a reply.
type Arrival struct {
	Reason string         `json:"reason"` // "module" or "message"
	Module string         `json:"module,omitempty"`
	At     caseload.Stamp `json:"at"`
}

// Flag is an open flag.
type Flag struct {
	Moment string        `json:"moment"`
	Name   string        `json:"name"`
	Kind   string        `json:"kind"` // caseload.Flag* kinds
	Ref    string        `json:"ref"`  // identifies the raised flag for caseload.Flag when handled
	Raised caseload.Date `json:"raised"`
	Detail string        `json:"detail"` // short English detail, e.g. "MADRS-S item 9 = 5"
	Score  int           `json:"score,omitempty"`
	// The numbers behind Detail, so a translation need not parse it.
	Days       int           `json:"days,omitempty"`       // inactive, no-dialogue: days since; missed-day: days since the agreed day; maintenance-over: the access period
	Since      caseload.Date `json:"since,omitzero"`       // maintenance-over: the day maintenance began
	Instrument string        `json:"instrument,omitempty"` // deterioration (and MADRS-S item 9)
	From       int           `json:"from,omitempty"`       // deterioration: first total
	To         int           `json:"to,omitempty"`         // deterioration: latest total
	RCI        int           `json:"rci,omitempty"`        // deterioration: the reliable change threshold
	// Step is what missed-day asks of the clinician next: "message", then "phone".
	Step string `json:"step,omitempty"`
	// Agreed is missed-day's agreed day that passed with nothing from the patient.
	Agreed caseload.Date   `json:"agreed,omitzero"`
	Status caseload.Status `json:"status"` // the moment's status, so a closed moment's flag can say so
}

// Due is a measurement whose trigger has come with no answer since.
type Due struct {
	Moment      string            `json:"moment"`
	Name        string            `json:"name"`
	Instrument  string            `json:"instrument"`
	Occasion    caseload.Occasion `json:"occasion"`
	Cause       Trigger           `json:"trigger"` // written as text: "start", "module 3", "final", "every 2 weeks", "followup"
	Due         caseload.Date     `json:"due"`
	DaysOverdue int               `json:"days_overdue"`
}
