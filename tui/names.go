package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
)

// moduleLabel names a module for the screen (issue 14): "Modul 3" for a
// base module, a track part by its track's name, "Självmedkänsla 1"
// (programs.Catalogue.PartName), never its raw key.
func moduleLabel(ctx *common.Context, program, key string) string {
	if ctx.Catalogue != nil {
		if name, ok := ctx.Catalogue.PartName(program, key); ok {
			return name
		}
	}
	return ctx.Lang.T(common.L.FeedbackModule, key)
}

// programName is a program's name, or its ID when the catalogue has none.
func (a *actions) programName(id string) string {
	if cat := a.ctx.Catalogue; cat != nil {
		if pr, ok := cat.Program(id); ok {
			return pr.Name
		}
	}
	return id
}

// pnrCopiedMsg reports a copied personnummer; the status line shows it
// masked, whichever page is on top.
type pnrCopiedMsg struct {
	masked string
	result copyResult
}

// copyPnr puts the selected patient's full personnummer on the clipboard
// (issue 14: to find them in Cosmic). The screen shows it masked; no file
// is written, unlike a note: a bare number needs none.
func (a *actions) copyPnr(m *Model) tea.Cmd {
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
		a.setStatus(a.ctx.Lang.T(common.L.ActPnrNone), true)
		return nil
	}
	full, masked := fullPNR(pnr), maskedPNR(pnr)
	c := a.copier
	work := func() tea.Msg {
		var r copyResult
		if c.system != nil {
			r.sysErr = c.system(full)
			r.system = r.sysErr == nil
		}
		return pnrCopiedMsg{masked: masked, result: r}
	}
	return tea.Batch(c.osc52(full), work)
}

// pnrCopied words where the number went.
func (a *actions) pnrCopied(msg pnrCopiedMsg) {
	l := a.ctx.Lang
	to := l.T(common.L.ActCopyOsc52)
	if a.copier.tmux {
		to = l.T(common.L.ActCopyOsc52tmux)
	}
	if msg.result.system {
		to += " + " + l.T(common.L.ActCopySystem)
	}
	a.setStatus(l.T(common.L.ActPnrCopied, msg.masked, to), false)
}

// formModuleName is moduleName for a form's options, with a track part by
// its track's name ("Självmedkänsla 1", issue 14), add-ons included.
func (a *actions) formModuleName(p *programs.Program, key string) string {
	if _, part := caseload.TrackOf(key); part && a.ctx.Catalogue != nil {
		prog := ""
		if p != nil {
			prog = p.ID
		}
		if name, ok := a.ctx.Catalogue.PartName(prog, key); ok {
			return name
		}
	}
	return moduleName(p, key)
}
