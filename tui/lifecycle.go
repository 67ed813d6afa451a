package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/around"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/moment"
)

// openHandover opens the change of clinician (O on the moment page) or
// the handover to another unit (T).
func (m *Model) openHandover(mp moment.LifecycleMsg) tea.Cmd {
	if m.act.ReadOnly() {
		m.act.SetStatus(m.ctx.Lang.T(common.L.ActErrNowriter), true)
		return nil
	}
	form := forms.Handover
	if mp.Step == moment.Transfer {
		form = around.TransferOne
	}
	return m.act.MomentCmd(mp.ID, func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
		return form(m.act, mo, p), nil
	})
}

// openClosing opens the closing page (B on the moment page, issue 16).
func (m *Model) openClosing(mp moment.LifecycleMsg) tea.Cmd {
	module, total := 0, 0
	if r := m.ix.Row(mp.ID); r != nil {
		module, total = r.Module, r.Modules
	} else if info := m.detail.Info(mp.ID); info != nil && info.Err == nil {
		if prog := m.act.Program(&info.Moment); prog != nil {
			module, total = prog.Completed(&info.Moment), prog.Total()
		}
	}
	return common.PushCmd(around.NewClosing(m.act, mp.ID, module, total, mp.Reveal))
}

// referralKey handles the worklist's keys that concern referrals (issue
// 16): n on the Bedömning tab adds one; on a referral's row (Bedömning,
// or its red flag in Flaggor) H opens the referral, where the flag is
// handled, and the moment actions say that this is no moment.
func (m *Model) referralKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.ctx.Keys
	l := m.ctx.Lang
	if m.active == tabAssessments && key.Matches(msg, k.Actions.New) {
		if m.act.Life() == nil {
			m.act.SetStatus(l.T(common.L.ActErrNowriter), true)
			return nil, true
		}
		return common.PushCmd(forms.ReferralAdd(m.act)), true
	}
	id := m.tables[m.active].SelectedID()
	if !m.ix.isReferral(id) {
		return nil, false
	}
	if key.Matches(msg, k.Actions.Handle) {
		return common.PushCmd(around.NewReferral(m.act, id, m.revealed == id)), true
	}
	moment := slices.ContainsFunc(k.Actions.List(), func(b key.Binding) bool {
		return key.Matches(msg, b) && !key.Matches(msg, k.Actions.New) && !key.Matches(msg, k.Actions.Undo) && !key.Matches(msg, k.Actions.Phrases)
	})
	if moment {
		m.act.SetStatus(l.T(common.L.LcRefOnReferral), true)
		return nil, true
	}
	return nil, false
}

// referralSide is the side pane beside a referral's row: what the
// worklist knows of it, without a read.
func (m *Model) referralSide(id string, width int) string {
	r := m.ix.referrals[id]
	if r == nil {
		return ""
	}
	l, st := m.ctx.Lang, m.ctx.Styles
	pnr := common.MaskedPNR(r.PNR)
	if m.revealed == id {
		pnr = common.FullPNR(r.PNR)
	}
	from := r.From
	if from == "" {
		from = "–"
	}
	lines := []string{st.Title.Render(r.Name), pnr, "",
		l.T(common.L.LcRefSide, from, common.ShortDate(r.Referred), common.StepLabel(l, r.Step))}
	if r.OpenFlags > 0 {
		lines = append(lines, "", st.Red.Render("⚑ "+l.T(common.L.FlagRed)))
	}
	return lipglossWrap(strings.Join(lines, "\n"), width)
}

func lipglossWrap(s string, w int) string { return ansi.Wrap(s, max(w, 10), " ") }
