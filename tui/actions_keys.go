package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

// key runs the action bound to msg on the worklist's selected moment; ok
// is false when msg is no action key.
func (a *actions) key(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.keys
	l := a.ctx.Lang
	if key.Matches(msg, a.ctx.Keys.CopyPnr) { // issue 14: no write, so also read-only
		return a.copyPnr(m), true
	}
	if a.readOnly() && slices.ContainsFunc(k.List(), func(b key.Binding) bool {
		return key.Matches(msg, b) && !key.Matches(msg, k.Phrases) && !key.Matches(msg, k.Compose)
	}) {
		// Say so before anything is typed; the composer and the phrase
		// picker still work, for copying.
		a.setStatus(l.T(common.L.ActErrNowriter), true)
		return nil, true
	}
	switch {
	case key.Matches(msg, k.New):
		known := make(map[string]string, len(m.wl.Moments))
		for _, r := range m.wl.Moments {
			known[r.PNR] = r.Name
		}
		return common.PushCmd(newMomentForm(a, known)), true
	case key.Matches(msg, k.Undo):
		return a.undoCmd(), true
	case key.Matches(msg, k.Phrases):
		var params phrases.Params
		if mo, _, ok := m.SelectedMoment(); ok {
			params = phrases.NoteStateOf(a.program(&mo), &mo, a.ctx.Today).Params
		}
		return common.PushCmd(newPhrasePicker(a, params, false)), true
	}
	var open func(caseload.Moment, caseload.Patient) (common.Page, error)
	id, selected := m.Selected()
	switch {
	case key.Matches(msg, k.Incoming):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) { return incomingForm(a, mo, p), nil }
	case key.Matches(msg, k.Feedback):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) { return feedbackForm(a, mo, p), nil }
	case key.Matches(msg, k.Measure):
		var due []worklist.Due
		if m.ix != nil {
			due = m.ix.due[id]
		}
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return measureForm(a, mo, p, due), nil
		}
	case key.Matches(msg, k.Handle):
		var flags []worklist.Flag
		if m.ix != nil {
			flags = m.ix.flags[id]
		}
		if selected && len(flags) == 0 {
			a.setStatus(l.T(common.L.ActErrNoflag), true)
			return nil, true
		}
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return handleFlagForm(a, mo, p, flags), nil
		}
	case key.Matches(msg, k.Schedule):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) { return scheduleForm(a, mo, p), nil }
	case key.Matches(msg, k.End):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) { return endForm(a, mo, p), nil }
	// Issue 9: stop or resume a form; no follow-up.
	case key.Matches(msg, k.Stop), key.Matches(msg, k.Waive):
		var due []worklist.Due
		if m.ix != nil {
			due = m.ix.due[id]
		}
		stop := key.Matches(msg, k.Stop)
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			if stop {
				return stopForm(a, mo, p, due), nil
			}
			return waiveForm(a, mo, p, due), nil
		}
	case key.Matches(msg, k.Compose):
		if !selected {
			break
		}
		return a.composerCmd(id, ""), true
	default:
		return nil, false
	}
	if !selected {
		a.setStatus(l.T(common.L.ActErrNomoment), true)
		return nil, true
	}
	return a.momentCmd(id, open), true
}
