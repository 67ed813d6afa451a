// Package session is the state the pages that write share for the app's
// run: the store's write sides, the status line, the undo stack, the
// clock, the clipboard, the phrasebook and the drafts' writer. The root
// model owns one Session and passes it to the pages it builds; a page
// never reaches the root model. It imports no other tui package but
// common.
package session

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
)

// Session is the actions' shared state for the app's run.
type Session struct {
	Ctx  *common.Context
	Keys common.ActionKeys
	// Now is the minute an action is dated: the wall clock's time on the
	// day the app shows (--today).
	Now     func() caseload.Stamp
	Copier  *Copier
	Phrases Phrasebook
	// Store is the store's write sides; Store.Writer is nil when the data
	// cannot be written.
	Store Sides
	// Drafts orders the composer's draft writes (issue 13); Clock,
	// DraftDelay and DraftMaxWait time them.
	Drafts                   *DraftSaver
	Clock                    func() time.Time
	DraftDelay, DraftMaxWait time.Duration

	undo   []*UndoEntry
	status string
	failed bool // the status reports an error
	dark   bool // forms use the dark theme until a BackgroundColorMsg says otherwise
}

// Draft timing: a draft is saved once typing has paused for DraftDelay,
// and at the latest DraftMaxWait after the first unsaved key, so that a
// clinician typing without pause still loses at most about a second.
const (
	DraftDelay   = 500 * time.Millisecond
	DraftMaxWait = 800 * time.Millisecond
)

// New returns the session of an app run over the store's sides s.
func New(ctx *common.Context, s Sides) *Session {
	a := &Session{Ctx: ctx, Keys: ctx.Keys.Actions, dark: true, Copier: NewCopier(), Phrases: DefaultPhrasebook(), Store: s}
	a.Now = func() caseload.Stamp { return StampOn(ctx.Today, time.Now()) }
	a.Drafts = NewDraftSaver()
	a.Clock, a.DraftDelay, a.DraftMaxWait = time.Now, DraftDelay, DraftMaxWait
	return a
}

// StampOn is the wall-clock minute of t (in Stockholm) on the given day:
// with --today in the past or future, actions are dated that day.
func StampOn(day caseload.Date, t time.Time) caseload.Stamp {
	t = t.In(caseload.Stockholm())
	if day.IsZero() {
		day = caseload.DateOf(t)
	}
	return caseload.NewStamp(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute())
}

// Writer returns the store's write side, or nil when the data is read-only.
func (a *Session) Writer() Writer { return a.Store.Writer }

// ReadOnly reports whether the data cannot be written at all (no writer,
// or the store opened a file it may not write).
func (a *Session) ReadOnly() bool { return a.Store.Writer == nil || a.Store.Writer.ReadOnly() }

// Dark reports whether forms use the dark theme.
func (a *Session) Dark() bool { return a.dark }

// SetDark records the terminal's background (tea.BackgroundColorMsg).
func (a *Session) SetDark(dark bool) { a.dark = dark }

// SetStatus sets the status line; failed draws it as an error.
func (a *Session) SetStatus(s string, failed bool) { a.status, a.failed = s, failed }

// ClearStatus is called on each key press on the worklist.
func (a *Session) ClearStatus() { a.status, a.failed = "", false }

// Status is the status text, "" for none.
func (a *Session) Status() string { return a.status }

// StatusLine is the status to show instead of the help line, or "".
func (a *Session) StatusLine() string {
	if a.status == "" {
		return ""
	}
	line := a.status
	if w := a.Ctx.Width; w > 0 {
		line = ansi.Truncate(line, w, "…")
	}
	if a.failed {
		return a.Ctx.Styles.Error.Render(line)
	}
	return a.Ctx.Styles.OK.Render(line)
}

// StatusMsg sets the status line.
type StatusMsg struct {
	Text   string
	Failed bool
}

// ErrText words a write error for the clinician, in the screen's
// language (issue 14: common.ErrorText is the one place).
func (a *Session) ErrText(err error) string { return common.ErrorText(err, a.Ctx.Lang) }

// Program returns the moment's program from the catalogue, or nil.
func (a *Session) Program(m *caseload.Moment) *programs.Program {
	if a.Ctx.Catalogue == nil {
		return nil
	}
	p, _ := a.Ctx.Catalogue.Program(m.Program)
	return p
}

// ProgramName is a program's name, or its ID when the catalogue has none.
func (a *Session) ProgramName(id string) string {
	if cat := a.Ctx.Catalogue; cat != nil {
		if pr, ok := cat.Program(id); ok {
			return pr.Name
		}
	}
	return id
}

// Update handles the session's own messages at the root; ok is false for
// every other message.
func (a *Session) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case StatusMsg:
		a.SetStatus(msg.Text, msg.Failed)
		return nil, true
	case MomentLoadedMsg:
		if lifecycle.HandedOver(msg.Moment) { // issue 16: handed over to another unit, read-only (8.2.3)
			a.SetStatus(a.Ctx.Lang.T(common.L.LcReadOnlyHanded), true)
			return nil, true
		}
		pg, err := msg.Page(msg.Moment, msg.Patient)
		if err != nil {
			a.SetStatus(common.ErrorText(err, a.Ctx.Lang), true)
			return nil, true
		}
		return common.PushCmd(pg), true
	case tea.BackgroundColorMsg:
		a.dark = msg.IsDark()
		return nil, false // the pages want it too
	}
	return nil, false
}

// MomentCmd loads a moment afresh (for its current Version) off the UI
// loop; the page is then built in Update, on the UI loop.
func (a *Session) MomentCmd(id string, page func(caseload.Moment, caseload.Patient) (common.Page, error)) tea.Cmd {
	d := a.Ctx.Data
	l := a.Ctx.Lang
	return func() tea.Msg {
		if d == nil {
			return StatusMsg{l.T(common.L.ActErrNomoment), true}
		}
		mo, p, err := d.Moment(id)
		if err != nil {
			return StatusMsg{common.ErrorText(err, l), true}
		}
		return MomentLoadedMsg{mo, p, page}
	}
}

// MomentLoadedMsg carries a moment loaded for an action's page.
type MomentLoadedMsg struct {
	Moment  caseload.Moment
	Patient caseload.Patient
	Page    func(caseload.Moment, caseload.Patient) (common.Page, error)
}

// UndoEntry is one write of this session that can be taken back. The
// store reverses single writes (store/undo.go), so any number of entries
// can be undone, newest first, whatever else was written meanwhile.
type UndoEntry struct {
	Label string // what the write was, as the confirmation names it
	Warn  string // what undoing it costs clinically; "" for nothing (issue 14)
	U     store.Undo
}

// PushUndo keeps a write for undo.
func (a *Session) PushUndo(e *UndoEntry) { a.undo = append(a.undo, e) }

// LastUndo is the newest write that can be undone and how many are under
// it; nil when there is none.
func (a *Session) LastUndo() (*UndoEntry, int) {
	if len(a.undo) == 0 {
		return nil, 0
	}
	return a.undo[len(a.undo)-1], len(a.undo) - 1
}

// DropUndo takes e off the stack once it is undone, if it is still on top.
func (a *Session) DropUndo(e *UndoEntry) {
	if n := len(a.undo); n > 0 && a.undo[n-1] == e {
		a.undo = a.undo[:n-1]
	}
}
