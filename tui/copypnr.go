package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// pnrCopiedMsg reports a copied personnummer; the status line shows it
// masked, whichever page is on top.
type pnrCopiedMsg struct {
	masked string
	result session.CopyResult
}

// copyPnr puts the selected patient's full personnummer on the clipboard
// (issue 14: to find them in Cosmic). The screen shows it masked; no file
// is written, unlike a note: a bare number needs none.
func (m *Model) copyPnr() tea.Cmd {
	a := m.act
	id, ok := m.Selected()
	pnr := ""
	if ok && m.ix != nil {
		pnr = m.ix.pnr(id)
	}
	if pnr == "" {
		if mo, _, loaded := m.SelectedMoment(); loaded {
			pnr = string(mo.PNR)
		}
	}
	if pnr == "" {
		a.SetStatus(a.Ctx.Lang.T(common.L.ActPnrNone), true)
		return nil
	}
	full, masked := common.FullPNR(pnr), common.MaskedPNR(pnr)
	c := a.Copier
	work := func() tea.Msg {
		var r session.CopyResult
		if c.System != nil {
			r.SysErr = c.System(full)
			r.System = r.SysErr == nil
		}
		return pnrCopiedMsg{masked: masked, result: r}
	}
	return tea.Batch(c.OSC52(full), work)
}

// pnrCopied words where the number went.
func (m *Model) pnrCopied(msg pnrCopiedMsg) {
	a := m.act
	l := a.Ctx.Lang
	to := l.T(common.L.ActCopyOsc52)
	if a.Copier.Tmux {
		to = l.T(common.L.ActCopyOsc52tmux)
	}
	if msg.result.System {
		to += " + " + l.T(common.L.ActCopySystem)
	}
	a.SetStatus(l.T(common.L.ActPnrCopied, msg.masked, to), false)
}
