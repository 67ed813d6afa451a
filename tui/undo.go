package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/confirm"
	"github.com/ikbt/ikbt/tui/session"
)

// undoDoneMsg is the outcome of an undo.
type undoDoneMsg struct {
	entry *session.UndoEntry
	err   error
}

// undoCmd (issue 14) asks before the session's last write is taken back:
// the confirmation names it ("Ångra: MADRS-S 2026-11-23 10:12 · name?")
// and says what undoing a red-flag answer or a handled flag brings.
func undoCmd(a *session.Session) tea.Cmd {
	l := a.Ctx.Lang
	e, more := a.LastUndo()
	if e == nil {
		a.SetStatus(l.T(common.L.ActUndoNone), true)
		return nil
	}
	w := a.Writer()
	if w == nil {
		a.SetStatus(l.T(common.L.ActErrNowriter), true)
		return nil
	}
	detail := ""
	if more > 0 {
		detail = l.T(common.L.UndoMore, more)
	}
	run := func() tea.Cmd {
		return func() tea.Msg { return undoDoneMsg{entry: e, err: w.Undo(e.U)} }
	}
	return common.PushCmd(confirm.New(a.Ctx, l.T(common.L.UndoTitle), l.T(common.L.UndoAsk, e.Label), e.Warn, detail, run))
}

func undone(a *session.Session, msg undoDoneMsg) tea.Cmd {
	l := a.Ctx.Lang
	switch {
	case msg.err == nil:
		a.DropUndo(msg.entry)
		a.SetStatus(l.T(common.L.ActDoneUndo, msg.entry.Label), false)
		return Reload()
	case errors.Is(msg.err, store.ErrConflict):
		// Another window changed the same rows since: undoing would lose
		// that change, so nothing changes and the entry stays, named.
		a.SetStatus(l.T(common.L.UndoConflictOf, msg.entry.Label), true)
		return Reload()
	}
	a.SetStatus(a.ErrText(msg.err), true)
	return nil
}
