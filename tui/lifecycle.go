package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/tui/session"
)

// stepLabel names a referral's next step.
func stepLabel(l Lang, s lifecycle.Step) string {
	return common.Named(l, map[lifecycle.Step]common.Label{
		lifecycle.StepContact: common.L.LcStepContact, lifecycle.StepBook: common.L.LcStepBook,
		lifecycle.StepForms: common.L.LcStepForms, lifecycle.StepVisit: common.L.LcStepVisit,
		lifecycle.StepDecide: common.L.LcStepDecide,
	}, s, common.L.LcStepDone)
}

// referralLoadedMsg carries a referral read for its page.
type referralLoadedMsg struct {
	id  string
	r   caseload.Referral
	p   caseload.Patient
	err error
}

// referralCmd reads referral id off the UI loop.
func referralCmd(a *session.Session, id string) tea.Cmd {
	ls := a.Life()
	l := a.Ctx.Lang
	return func() tea.Msg {
		if ls == nil {
			return referralLoadedMsg{id: id, err: errNoLifecycle(l)}
		}
		r, p, err := ls.Referral(id)
		return referralLoadedMsg{id: id, r: r, p: p, err: err}
	}
}

type lcError string

func (e lcError) Error() string { return string(e) }

func errNoLifecycle(l Lang) error { return lcError(l.T(common.L.LcRefNotAvailable)) }

// openHandover opens the change of clinician (O on the moment page) or
// the handover to another unit (T).
func (m *Model) openHandover(mp moment.LifecycleMsg) tea.Cmd {
	if m.act.ReadOnly() {
		m.act.SetStatus(m.ctx.Lang.T(common.L.ActErrNowriter), true)
		return nil
	}
	form := forms.Handover
	if mp.Step == moment.Transfer {
		form = transferForm
	}
	return m.act.MomentCmd(mp.ID, func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
		return form(m.act, mo, p), nil
	})
}
