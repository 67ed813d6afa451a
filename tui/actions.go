package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/phrasepicker"
	"github.com/ikbt/ikbt/worklist"
)

// actionKey runs the action bound to msg on the worklist's selected moment; ok
// is false when msg is no action key.
func (m *Model) actionKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	a := m.act
	k := a.Keys
	l := a.Ctx.Lang
	if key.Matches(msg, a.Ctx.Keys.CopyPnr) { // issue 14: no write, so also read-only
		return m.copyPnr(), true
	}
	if a.ReadOnly() && slices.ContainsFunc(k.List(), func(b key.Binding) bool {
		return key.Matches(msg, b) && !key.Matches(msg, k.Phrases) && !key.Matches(msg, k.Compose)
	}) {
		// Say so before anything is typed; the composer and the phrase
		// picker still work, for copying.
		a.SetStatus(l.T(common.L.ActErrNowriter), true)
		return nil, true
	}
	switch {
	case key.Matches(msg, k.New):
		known := make(map[string]string, len(m.wl.Moments))
		for _, r := range m.wl.Moments {
			known[r.PNR] = r.Name
		}
		return common.PushCmd(forms.NewMoment(a, known)), true
	case key.Matches(msg, k.Undo):
		return undoCmd(a), true
	case key.Matches(msg, k.Phrases):
		var params phrases.Params
		if mo, _, ok := m.SelectedMoment(); ok {
			params = phrases.NoteStateOf(a.Program(&mo), &mo, a.Ctx.Today).Params
		}
		return common.PushCmd(phrasepicker.New(a, params, false)), true
	}
	var open func(caseload.Moment, caseload.Patient) (common.Page, error)
	id, selected := m.Selected()
	switch {
	case key.Matches(msg, k.Incoming):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return forms.Incoming(a, mo, p), nil
		}
	case key.Matches(msg, k.Feedback):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return forms.Feedback(a, mo, p), nil
		}
	case key.Matches(msg, k.Measure):
		var due []worklist.Due
		if m.ix != nil {
			due = m.ix.due[id]
		}
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return forms.Measure(a, mo, p, due), nil
		}
	case key.Matches(msg, k.Handle):
		var flags []worklist.Flag
		if m.ix != nil {
			flags = m.ix.flags[id]
		}
		if selected && len(flags) == 0 {
			a.SetStatus(l.T(common.L.ActErrNoflag), true)
			return nil, true
		}
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return forms.HandleFlag(a, mo, p, flags), nil
		}
	case key.Matches(msg, k.Schedule):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			return forms.Schedule(a, mo, p), nil
		}
	case key.Matches(msg, k.End):
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) { return forms.End(a, mo, p), nil }
	// Issue 9: stop or resume a form; no follow-up.
	case key.Matches(msg, k.Stop), key.Matches(msg, k.Waive):
		var due []worklist.Due
		if m.ix != nil {
			due = m.ix.due[id]
		}
		stop := key.Matches(msg, k.Stop)
		open = func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
			if stop {
				return forms.Stop(a, mo, p, due), nil
			}
			return forms.Waive(a, mo, p, due), nil
		}
	case key.Matches(msg, k.Compose):
		if !selected {
			break
		}
		return composer.Open(a, id, ""), true
	default:
		return nil, false
	}
	if !selected {
		a.SetStatus(l.T(common.L.ActErrNomoment), true)
		return nil, true
	}
	return a.MomentCmd(id, open), true
}
