package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
)

// lifecycleStore is the store's side for the screens around the modules
// (issue 16): referrals (manual 3.5) and the closing phase (3.6). Each
// write is one transaction of the store. It is kept apart from Writer so
// that the worklist's actions (and their fake in the tests) need none of
// it; *store.Store satisfies both.
type lifecycleStore interface {
	Referral(id string) (caseload.Referral, caseload.Patient, error)
	AddReferral(p caseload.Patient, r caseload.Referral) (string, error)
	ReferralStep(id, step string, day caseload.Date, forms []string) error
	SetReferralCheck(id string, ch caseload.Check) error
	AddReferralMeasurement(id string, m caseload.Measurement) error
	HandleReferralFlag(id string, f caseload.Flag) error
	DecideNo(id string, day caseload.Date, reason string) error
	DecideYes(id string, m caseload.Moment, cat *programs.Catalogue) error
	Closing(id string) (caseload.Closing, error)
	BookClosingVisit(id string, on caseload.Date) error
	HoldClosingVisit(id string, on caseload.Date, checks []caseload.Check) error
	RecordSoB(id string, closed, gallrad caseload.Date) error
}

var _ lifecycleStore = (*store.Store)(nil)

// life returns the lifecycle side of the writer, nil when there is none
// (no database, or a test's fake).
func (a *actions) life() lifecycleStore {
	if a.readOnly() {
		return nil
	}
	ls, _ := a.w.(lifecycleStore)
	return ls
}

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
func (a *actions) referralCmd(id string) tea.Cmd {
	ls := a.life()
	l := a.ctx.Lang
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

// hangWrap wraps text to width after prefix, the lines after the first
// indented under the text (issue 16: checklist 3.4's long questions and
// the closing visit's answers, whole at 80 columns, not cut).
func hangWrap(prefix, text string, width int) []string {
	indent := lipgloss.Width(prefix)
	room := max(width-indent, 20)
	lines := strings.Split(ansi.Wrap(text, room, ""), "\n")
	out := make([]string, len(lines))
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if i == 0 {
			out[i] = prefix + l
		} else {
			out[i] = strings.Repeat(" ", indent) + l
		}
	}
	return out
}
