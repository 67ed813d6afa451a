package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// stepLabel names a referral's next step.
func stepLabel(l Lang, s lifecycle.Step) string {
	switch s {
	case lifecycle.StepContact:
		return l.T(common.L.LcStepContact)
	case lifecycle.StepBook:
		return l.T(common.L.LcStepBook)
	case lifecycle.StepForms:
		return l.T(common.L.LcStepForms)
	case lifecycle.StepVisit:
		return l.T(common.L.LcStepVisit)
	case lifecycle.StepDecide:
		return l.T(common.L.LcStepDecide)
	}
	return l.T(common.L.LcStepDone)
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
