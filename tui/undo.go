package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// undoEntry is one write of this session that can be taken back. The
// store reverses single writes (store/undo.go), so any number of entries
// can be undone, newest first, whatever else was written meanwhile.
type undoEntry struct {
	label string // what the write was, as the confirmation names it
	warn  string // what undoing it costs clinically; "" for nothing (issue 14)
	u     storeUndo
}

// undoDoneMsg is the outcome of an undo.
type undoDoneMsg struct {
	entry *undoEntry
	err   error
}

func (a *actions) pushUndo(label string, u storeUndo) {
	a.undo = append(a.undo, &undoEntry{label: label, u: u})
}

// undoCmd (issue 14) asks before the session's last write is taken back:
// the confirmation names it ("Ångra: MADRS-S 2026-11-23 10:12 · name?")
// and says what undoing a red-flag answer or a handled flag brings.
func (a *actions) undoCmd() tea.Cmd {
	l := a.ctx.Lang
	if len(a.undo) == 0 {
		a.setStatus(l.T(common.L.ActUndoNone), true)
		return nil
	}
	w := a.writer()
	if w == nil {
		a.setStatus(l.T(common.L.ActErrNowriter), true)
		return nil
	}
	e := a.undo[len(a.undo)-1]
	detail := ""
	if n := len(a.undo) - 1; n > 0 {
		detail = l.T(common.L.UndoMore, n)
	}
	run := func() tea.Cmd {
		return func() tea.Msg { return undoDoneMsg{entry: e, err: w.Undo(e.u)} }
	}
	return common.PushCmd(newConfirmPage(a.ctx, l.T(common.L.UndoTitle), l.T(common.L.UndoAsk, e.label), e.warn, detail, run))
}

func (a *actions) undone(msg undoDoneMsg) tea.Cmd {
	l := a.ctx.Lang
	switch {
	case msg.err == nil:
		if n := len(a.undo); n > 0 && a.undo[n-1] == msg.entry {
			a.undo = a.undo[:n-1]
		}
		a.setStatus(l.T(common.L.ActDoneUndo, msg.entry.label), false)
		return Reload()
	case errors.Is(msg.err, errConflict):
		// Another window changed the same rows since: undoing would lose
		// that change, so nothing changes and the entry stays, named.
		a.setStatus(l.T(common.L.UndoConflictOf, msg.entry.label), true)
		return Reload()
	}
	a.setStatus(a.errText(msg.err), true)
	return nil
}
