package session

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
)

// Writer is the write side of the store: every action of the worklist is
// exactly one of these calls, each one transaction that takes the moment
// Version it was read at. *store.Store satisfies it.
type Writer interface {
	AddMoment(p caseload.Patient, m caseload.Moment) (store.Undo, error)
	SubmitModule(id string, version int64, module string, at caseload.Stamp) (store.Undo, error)
	GiveFeedback(id string, version int64, module string, at caseload.Stamp, next string) (store.Undo, error)
	// GiveFeedbackOpening is feedback that also opens modules and track
	// parts and may set the challenge area, in one write.
	GiveFeedbackOpening(id string, version int64, module string, at caseload.Stamp, open []string, challenge string) (store.Undo, error)
	AddMessage(id string, version int64, msg caseload.Message) (store.Undo, error)
	SetLastLogin(id string, version int64, at caseload.Stamp) (store.Undo, error)
	AddMeasurement(id string, version int64, m caseload.Measurement) (store.Undo, error)
	HandleFlag(id string, version int64, f caseload.Flag) (store.Undo, error)
	AddSchedule(id string, version int64, sc caseload.Schedule) (store.Undo, error)
	EndTreatment(id string, version int64, status caseload.Status, reason string, on caseload.Date) (store.Undo, error)
	SaveNote(id string, version int64, n caseload.Note) (int64, store.Undo, error)
	MarkNoteCopied(noteID int64, at caseload.Stamp) error
	Undo(u store.Undo) error
	// ReadOnly is true when the store opened a file it may not write.
	ReadOnly() bool
}

// NoteKeeper is the store's side for drafts and copied notes. Drafts are
// outside the moment's Version and undo (store/draft.go), so they are not
// part of Writer: saving one never conflicts with a write.
type NoteKeeper interface {
	SaveDraft(d store.Draft) (store.Draft, error)
	Drafts(moment string) ([]store.Draft, error)
	DeleteDraft(moment, kind string) error
	RecordCopiedNote(moment string, n caseload.CopiedNote) (int64, error)
	// DraftDir is where a draft goes as a file when the database cannot
	// take it (a read-only file); "" when there is none.
	DraftDir() string
}

// BatteryWriter stops and resumes a battery's forms and waives a
// follow-up (issue 9).
type BatteryWriter interface {
	StopBattery(id string, version int64, b caseload.BatteryStop) (store.Undo, error)
	ResumeBattery(id string, version int64, instrument string) (store.Undo, error)
	WaiveFollowUp(id string, version int64, w caseload.Waiver) (store.Undo, error)
	UnwaiveFollowUp(id string, version int64) (store.Undo, error)
}

// HandoverWriter changes a moment's clinician within the unit (8.1).
type HandoverWriter interface {
	ChangeClinician(id string, version int64, to string, told bool, day caseload.Date) (store.Undo, error)
}

// LifecycleStore is the store's side for the screens around the modules
// (issue 16): referrals (manual 3.5) and the closing phase (3.6). Each
// write is one transaction of the store. It is kept apart from Writer so
// that the worklist's actions (and their fake in the tests) need none of
// it.
type LifecycleStore interface {
	Referral(id string) (caseload.Referral, caseload.Patient, error)
	AddReferral(p caseload.Patient, r caseload.Referral) (string, error)
	ReferralStep(id, step string, day caseload.Date, forms []string) error
	SetReferralCheck(id string, ch caseload.Check) error
	AddReferralMeasurement(id string, m caseload.Measurement) error
	HandleReferralFlag(id string, f caseload.Flag) error
	DecideNo(id string, day caseload.Date, reason string) error
	DecideYes(id string, m caseload.Moment, cat *programs.Catalogue) error
	Closing(id string) (caseload.Closing, error)
	BookClosingVisit(id string, on caseload.Date) error
	HoldClosingVisit(id string, on caseload.Date, checks []caseload.Check) error
	RecordSoB(id string, closed, gallrad caseload.Date) error
}

// TransferStore is the store's side of a handover to another unit (8.2).
type TransferStore interface {
	StartHandover(req store.HandoverRequest) (caseload.Handover, error)
	Handovers() ([]caseload.Handover, error)
	ReceiveHandover(data []byte, cat *programs.Catalogue) (caseload.Handover, error)
	AcceptHandover(id, clinician string, day caseload.Date, cat *programs.Catalogue) error
	DeclineHandover(id string, day caseload.Date) error
	HandoverOutcome(id string, state caseload.HandoverState, day caseload.Date) error
}

// GallringStore is the store's side of local gallring.
type GallringStore interface {
	// GallringCaseload and ClinicianOpen are the narrow reads of the
	// gallring view and of a leaving clinician's checks (issue 18).
	GallringCaseload() (caseload.Caseload, error)
	ClinicianOpen(clinician string) (caseload.Caseload, error)
	PatientGoes(id string) (bool, error)
	ExportMoment(id, path string) error
	Gallra(id string, o store.GallraOptions) (store.GallraReport, error)
	GallraReferral(id string, o store.GallraOptions) (store.GallraReport, error)
	Path() string
}

// ImportStore is what a table is matched against and written to (issue 15).
type ImportStore interface {
	intake.Holder
	intake.Writer
}

// Sides are the store's sides the pages write through, each nil when the
// store has none (a test's fake, or no database). The root fills them
// once, from Options, and a page gets the side it needs.
type Sides struct {
	Writer   Writer
	Notes    NoteKeeper
	Battery  BatteryWriter
	Handover HandoverWriter
	Life     LifecycleStore
	Transfer TransferStore
	Gallring GallringStore
	Import   ImportStore
	// Path is the database file, "" when unknown.
	Path string
}

// StoreSides is every side of the app's database.
func StoreSides(st *store.Store) Sides {
	return Sides{Writer: st, Notes: st, Battery: st, Handover: st, Life: st, Transfer: st, Gallring: st, Import: st, Path: st.Path()}
}

// Life is the lifecycle side, nil when the data cannot be written.
func (a *Session) Life() LifecycleStore {
	if a.ReadOnly() {
		return nil
	}
	return a.Store.Life
}

// Transfer is the handover side, nil when the data cannot be written.
func (a *Session) Transfer() TransferStore {
	if a.ReadOnly() {
		return nil
	}
	return a.Store.Transfer
}
