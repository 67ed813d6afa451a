package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// undoEntry is one action of this session that can be taken back.
type undoEntry struct {
	label string
	u     storeUndo
}

// undoDoneMsg is the outcome of an undo.
type undoDoneMsg struct {
	entry *undoEntry
	err   error
}

func (a *actions) pushUndo(label string, u storeUndo) {
	a.undo = append(a.undo, &undoEntry{label, u})
}

// undoCmd takes back the session's last action in its own transaction.
// The entry leaves the stack only when the undo succeeds.
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
	return func() tea.Msg { return undoDoneMsg{entry: e, err: w.Undo(e.u)} }
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
		// Another window wrote to the moment since: undoing would lose
		// that write, so the entry is dropped and nothing changes.
		if n := len(a.undo); n > 0 && a.undo[n-1] == msg.entry {
			a.undo = a.undo[:n-1]
		}
		a.setStatus(l.T(common.L.ActUndoConflict), true)
		return Reload()
	}
	a.setStatus(a.errText(msg.err), true)
	return nil
}
