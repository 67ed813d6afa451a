package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
)

// Writer is the write side of the store: every action of the worklist is
// exactly one of these calls, each one transaction that takes the moment
// Version it was read at. *store.Store satisfies it; Options.Writer passes
// it in.
type Writer interface {
	AddMoment(p caseload.Patient, m caseload.Moment) (storeUndo, error)
	SubmitModule(id string, version int64, module string, at caseload.Stamp) (storeUndo, error)
	GiveFeedback(id string, version int64, module string, at caseload.Stamp, next string) (storeUndo, error)
	// GiveFeedbackOpening is feedback that also opens modules and track
	// parts and may set the challenge area, in one write.
	GiveFeedbackOpening(id string, version int64, module string, at caseload.Stamp, open []string, challenge string) (storeUndo, error)
	AddMessage(id string, version int64, msg caseload.Message) (storeUndo, error)
	SetLastLogin(id string, version int64, at caseload.Stamp) (storeUndo, error)
	AddMeasurement(id string, version int64, m caseload.Measurement) (storeUndo, error)
	HandleFlag(id string, version int64, f caseload.Flag) (storeUndo, error)
	AddSchedule(id string, version int64, sc caseload.Schedule) (storeUndo, error)
	EndTreatment(id string, version int64, status caseload.Status, reason string, on caseload.Date) (storeUndo, error)
	SaveNote(id string, version int64, n caseload.Note) (int64, storeUndo, error)
	MarkNoteCopied(noteID int64, at caseload.Stamp) error
	Undo(u storeUndo) error
}

// actions is the state the actions share for the session: the undo stack,
// the status line, the clock and the clipboard.
type actions struct {
	ctx     *common.Context
	keys    common.ActionKeys
	undo    []*undoEntry
	status  string
	failed  bool // the status reports an error
	dark    bool // forms use the dark theme until a BackgroundColorMsg says otherwise
	now     func() caseload.Stamp
	copier  *copier
	phrases Phrasebook
	w       Writer // nil when the data cannot be written
	// Issue 13: drafts of the composer (drafts.go).
	drafts       *draftSaver
	clock        func() time.Time
	draftDelay   time.Duration
	draftMaxWait time.Duration
}

func newActions(ctx *common.Context, w Writer) *actions {
	a := &actions{ctx: ctx, keys: ctx.Keys.Actions, dark: true, copier: newCopier(), phrases: defaultPhrasebook(), w: w}
	a.now = func() caseload.Stamp { return stampOn(ctx.Today, time.Now()) }
	// Issue 13: drafts.
	a.drafts = &draftSaver{results: make(chan draftSavedMsg, 64)}
	a.clock, a.draftDelay, a.draftMaxWait = time.Now, draftDelay, draftMaxWait
	return a
}

// stampOn is the wall-clock minute of t (in Stockholm) on the given day:
// with --today in the past or future, actions are dated that day.
func stampOn(day caseload.Date, t time.Time) caseload.Stamp {
	t = t.In(caseload.Stockholm)
	if day.IsZero() {
		day = caseload.DateOf(t)
	}
	return caseload.NewStamp(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute())
}

// writer returns the store's write side, or nil when the data is read-only.
func (a *actions) writer() Writer { return a.w }

// readOnly reports whether the data cannot be written at all (the store
// opened a file it may not write).
func (a *actions) readOnly() bool {
	if a.writer() == nil {
		return true
	}
	ro, ok := a.w.(interface{ ReadOnly() bool })
	return ok && ro.ReadOnly()
}

func (a *actions) setStatus(s string, failed bool) { a.status, a.failed = s, failed }

// clearStatus is called on each key press on the worklist.
func (a *actions) clearStatus() { a.status, a.failed = "", false }

// statusLine is the status to show instead of the help line, or "".
func (a *actions) statusLine() string {
	if a.status == "" {
		return ""
	}
	line := a.status
	if w := a.ctx.Width; w > 0 {
		line = ansi.Truncate(line, w, "…")
	}
	if a.failed {
		return a.ctx.Styles.Error.Render(line)
	}
	return a.ctx.Styles.OK.Render(line)
}

// statusMsg sets the status line.
type statusMsg struct {
	text   string
	failed bool
}

// errText words a write error for the clinician, in the screen's
// language (issue 14: common.ErrorText is the one place).
func (a *actions) errText(err error) string { return common.ErrorText(err, a.ctx.Lang) }

// update handles the actions' own messages at the root; ok is false for
// every other message.
func (a *actions) update(msg tea.Msg) (tea.Cmd, bool) {
	if cmd, ok := a.draftUpdate(msg); ok { // issue 13: drafts and history
		return cmd, true
	}
	switch msg := msg.(type) {
	case statusMsg:
		a.setStatus(msg.text, msg.failed)
		return nil, true
	case undoDoneMsg:
		return a.undone(msg), true
	case pnrCopiedMsg: // issue 14
		a.pnrCopied(msg)
		return nil, true
	case momentLoadedMsg:
		if handedOver(msg.moment) { // issue 16: handed over to another unit, read-only (8.2.3)
			a.setStatus(a.ctx.Lang.T(common.L.LcReadOnlyHanded), true)
			return nil, true
		}
		pg, err := msg.page(msg.moment, msg.patient)
		if err != nil {
			a.setStatus(common.ErrorText(err, a.ctx.Lang), true)
			return nil, true
		}
		return common.PushCmd(pg), true
	case tea.BackgroundColorMsg:
		a.dark = msg.IsDark()
		return nil, false // the pages want it too
	}
	return nil, false
}

// momentCmd loads a moment afresh (for its current Version) off the UI
// loop; the page is then built in Update, on the UI loop.
func (a *actions) momentCmd(id string, page func(caseload.Moment, caseload.Patient) (common.Page, error)) tea.Cmd {
	d := a.ctx.Data
	l := a.ctx.Lang
	return func() tea.Msg {
		if d == nil {
			return statusMsg{l.T(common.L.ActErrNomoment), true}
		}
		mo, p, err := d.Moment(id)
		if err != nil {
			return statusMsg{common.ErrorText(err, l), true}
		}
		return momentLoadedMsg{mo, p, page}
	}
}

// momentLoadedMsg carries a moment loaded for an action's page.
type momentLoadedMsg struct {
	moment  caseload.Moment
	patient caseload.Patient
	page    func(caseload.Moment, caseload.Patient) (common.Page, error)
}
