package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

// referralPage is one referral from its arrival to the decision (manual
// 3.5, issue 16): its steps, checklist 3.4, the answers given during the
// assessment with their red flags, and the decision. It writes through
// *actions (its forms), so it lives in tui/ next to form.go.
type referralPage struct {
	act    *actions
	id     string
	reveal bool
	r      caseload.Referral
	p      caseload.Patient
	loaded bool
	err    error
	vp     viewport.Model
	width  int
	height int
}

func newReferralPage(a *actions, id string, reveal bool) *referralPage {
	p := &referralPage{act: a, id: id, reveal: reveal, vp: viewport.New()}
	k := a.ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	p.SetSize(a.ctx.Width, max(a.ctx.Height-2, 1))
	return p
}

func (p *referralPage) Init() tea.Cmd      { return p.act.referralCmd(p.id) }
func (p *referralPage) CapturesKeys() bool { return false }
func (p *referralPage) Resized() tea.Cmd   { return nil }

// ActsOn is "": the worklist's actions act on moments, and a referral has
// none until it is decided; the page's own keys act on the referral.
func (p *referralPage) ActsOn() string { return "" }

func (p *referralPage) Title() string {
	l := p.act.ctx.Lang
	if p.loaded && p.err == nil {
		return l.T(common.L.LcRefTitle) + " · " + p.p.Name
	}
	return l.T(common.L.LcRefTitle)
}

func (p *referralPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	p.refresh()
}

func (p *referralPage) decided() bool { return p.loaded && p.r.Decision != caseload.Undecided }

func (p *referralPage) Help() help.KeyMap {
	k := p.act.ctx.Keys
	lk := k.Lifecycle
	if p.decided() || p.act.life() == nil {
		return common.Bindings{Short: []key.Binding{k.Back, k.Reveal, k.Help, k.Quit},
			Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Back, k.Reveal, k.Quit}}}
	}
	return common.Bindings{
		Short: []key.Binding{lk.Step, lk.Checklist, lk.Answer, lk.Flag, lk.Decide, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, lk.ReferralList(), {k.Back, k.Reveal, k.Quit}},
	}
}

func (p *referralPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	l := a.ctx.Lang
	switch msg := msg.(type) {
	case referralLoadedMsg:
		if msg.id == p.id {
			p.r, p.p, p.err, p.loaded = msg.r, msg.p, msg.err, true
			p.refresh()
		}
		return p, nil
	case tea.KeyPressMsg:
		k := a.ctx.Keys
		lk := k.Lifecycle
		switch {
		case key.Matches(msg, k.Back):
			return p, common.PopPage()
		case key.Matches(msg, k.Reveal):
			p.reveal = !p.reveal
			p.refresh()
			return p, nil
		case slices.ContainsFunc(lk.ReferralList(), func(b key.Binding) bool { return key.Matches(msg, b) }):
			if !p.loaded || p.err != nil {
				return p, nil
			}
			if a.life() == nil {
				a.setStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			if p.decided() {
				a.setStatus(l.T(common.L.LcRefDecided), true)
				return p, nil
			}
			var f *formPage
			switch {
			case key.Matches(msg, lk.Step):
				f = referralStepForm(a, p.r, p.p, p.reload)
			case key.Matches(msg, lk.Checklist):
				f = referralChecklistForm(a, p.r, p.p, p.reload)
			case key.Matches(msg, lk.Answer):
				f = referralAnswerForm(a, p.r, p.p, p.reload)
			case key.Matches(msg, lk.Flag):
				open := worklist.ReferralFlags(p.r)
				if len(open) == 0 {
					a.setStatus(l.T(common.L.LcErrNoFlag), true)
					return p, nil
				}
				f = referralFlagForm(a, p.r, p.p, open, p.reload)
			case key.Matches(msg, lk.Decide):
				f = referralDecideForm(a, p.r, p.p, p.reload)
			default:
				return p, nil
			}
			return p, common.PushCmd(f)
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

// reload reads the referral again after a write.
func (p *referralPage) reload() tea.Cmd { return p.act.referralCmd(p.id) }

func (p *referralPage) View() string { return p.vp.View() }

func (p *referralPage) refresh() {
	p.vp.SetContent(strings.Join(p.lines(), "\n"))
}

func (p *referralPage) lines() []string {
	ctx := p.act.ctx
	l, st := ctx.Lang, ctx.Styles
	if !p.loaded {
		return []string{st.Dim.Render(l.T(common.L.AppLoading))}
	}
	if p.err != nil {
		msg := p.err.Error()
		if !errors.As(p.err, new(lcError)) {
			msg = l.T(common.L.LcRefError, p.err)
		}
		return []string{st.Error.Render(msg)}
	}
	return referralLines(ctx, p.r, p.p, p.reveal, p.width)
}

// referralLines draws a referral: the pure reading of it, shared by the
// page and its tests.
func referralLines(ctx *common.Context, r caseload.Referral, pt caseload.Patient, reveal bool, width int) []string {
	l, st := ctx.Lang, ctx.Styles
	today := ctx.Today
	// Lines wrap, none is cut (issue 16): what the page says is whole at 80 columns.
	wrap := func(s string) []string { return strings.Split(ansi.Wrap(s, max(width, 10), ""), "\n") }
	pnr := r.PNR.Masked()
	if reveal {
		pnr = r.PNR.Formatted()
	}
	var out []string
	add := func(s string) { out = append(out, wrap(s)...) }
	add(st.Title.Render(pt.Name) + "  " + pnr)
	from := r.From
	if from == "" {
		from = "–"
	}
	add(l.N(max(today.DaysSince(r.Referred), 0), common.L.LcRefFromOne, common.L.LcRefFrom, r.ID, from, common.ShortDate(r.Referred), max(today.DaysSince(r.Referred), 0)))
	n := lifecycle.NextStep(r, today)
	if n.Step != lifecycle.StepDone {
		s := l.T(common.L.LcRefNext, stepLabel(l, n.Step), common.ShortDate(n.Due))
		if n.DaysOverdue > 0 {
			add(st.Warn.Render(s + " · " + l.N(n.DaysOverdue, common.L.LcRefLateOne, common.L.LcRefLate, n.DaysOverdue)))
		} else {
			add(s)
		}
		if today.DaysSince(r.Referred) > lifecycle.GuaranteeDays {
			add(st.Warn.Render(l.T(common.L.LcRefGuarantee)))
		}
	}
	for _, f := range worklist.ReferralFlags(r) {
		add(st.Red.Render(l.T(common.L.LcRefFlagOpen, f.Instrument, f.Score, f.Raised.String())))
	}
	add("")
	add(st.Title.Render(l.T(common.L.LcRefSteps)))
	step := func(label string, d caseload.Date, extra string) {
		mark := st.Dim.Render("·")
		if !d.IsZero() {
			mark = st.OK.Render("✓")
		}
		add(fmt.Sprintf(" %s %-24s %s%s", mark, label, common.ShortDate(d), extra))
	}
	step(l.T(common.L.LcRefContacted), r.Contacted, "")
	step(l.T(common.L.LcRefVisitOn), r.VisitOn, "")
	forms := ""
	if len(r.Forms) > 0 {
		forms = "  " + strings.Join(r.Forms, ", ")
	}
	step(l.T(common.L.LcRefFormsSent), r.FormsSent, forms)
	step(l.T(common.L.LcRefVisitHeld), r.VisitHeld, "")
	add("")
	add(st.Title.Render(l.T(common.L.LcRefChecklist)))
	answers := map[string]string{}
	for _, c := range r.Checklist {
		answers[c.Key] = c.Answer
	}
	for i, q := range lifecycle.Checklist34 {
		k := fmt.Sprint(i + 1)
		ans := answers[k]
		mark := " "
		if obs, ok := lifecycle.Observandum(k, ans); ok && obs {
			mark = st.Warn.Render("!")
		}
		if ans == "" {
			ans = "–"
		}
		out = append(out, hangWrap(fmt.Sprintf("%s%2s %-3s ", mark, k, ans), q, max(width, 10))...)
	}
	add(st.Dim.Render(l.T(common.L.LcRefObs)))
	add("")
	add(st.Title.Render(l.T(common.L.LcRefAnswers)))
	if len(r.Measurements) == 0 {
		add(st.Dim.Render(l.T(common.L.LcRefNoAnswers)))
	}
	for _, ms := range r.Measurements {
		s := " " + l.T(common.L.LcRefAnswer, ms.Instrument, common.ShortStamp(ms.Answered), ms.Total)
		if ms.Item9 >= 0 && (ms.Instrument == "MADRS-S" || ms.Instrument == "MADRS-S9") {
			s += ", " + l.T(common.L.LcRefItem9, ms.Item9)
			if ms.Item9 >= worklist.RedFlagItem9 {
				handled := slices.ContainsFunc(r.Flags, func(f caseload.Flag) bool { return f.Ref == ms.Answered.String() })
				if handled {
					s += " ⚑ " + l.T(common.L.LcRefHandled)
				} else {
					s = st.Red.Render(s + " ⚑ " + l.T(common.L.FlagRed))
				}
			}
		}
		add(s)
	}
	add("")
	dec := l.T(common.L.LcRefUndecided)
	switch r.Decision {
	case caseload.DecidedYes:
		dec = l.T(common.L.LcRefYes, r.Moment, common.ShortDate(r.Decided))
	case caseload.DecidedNo:
		dec = l.T(common.L.LcRefNo, common.ShortDate(r.Decided), r.Reason)
	}
	add(st.Title.Render(l.T(common.L.LcRefDecision)) + ": " + dec)
	return out
}

// referralKey handles the worklist's keys that concern referrals (issue
// 16): n on the Bedömning tab adds one; on a referral's row (Bedömning,
// or its red flag in Flaggor) H opens the referral, where the flag is
// handled, and the moment actions say that this is no moment.
func (m *Model) referralKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.ctx.Keys
	l := m.ctx.Lang
	if m.active == tabAssessments && key.Matches(msg, k.Actions.New) {
		if m.act.life() == nil {
			m.act.setStatus(l.T(common.L.ActErrNowriter), true)
			return nil, true
		}
		return common.PushCmd(referralAddForm(m.act)), true
	}
	id := m.tables[m.active].SelectedID()
	if !m.ix.isReferral(id) {
		return nil, false
	}
	if key.Matches(msg, k.Actions.Handle) {
		return common.PushCmd(newReferralPage(m.act, id, m.revealed == id)), true
	}
	moment := slices.ContainsFunc(k.Actions.List(), func(b key.Binding) bool {
		return key.Matches(msg, b) && !key.Matches(msg, k.Actions.New) && !key.Matches(msg, k.Actions.Undo) && !key.Matches(msg, k.Actions.Phrases)
	})
	if moment {
		m.act.setStatus(l.T(common.L.LcRefOnReferral), true)
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
	pnr := maskedPNR(r.PNR)
	if m.revealed == id {
		pnr = fullPNR(r.PNR)
	}
	from := r.From
	if from == "" {
		from = "–"
	}
	lines := []string{st.Title.Render(r.Name), pnr, "",
		l.T(common.L.LcRefSide, from, common.ShortDate(r.Referred), stepLabel(l, r.Step))}
	if r.OpenFlags > 0 {
		lines = append(lines, "", st.Red.Render("⚑ "+l.T(common.L.FlagRed)))
	}
	return lipglossWrap(strings.Join(lines, "\n"), width)
}

func lipglossWrap(s string, w int) string { return ansi.Wrap(s, max(w, 10), " ") }

// errDecided is the store's word for a decided referral.
var errDecided = store.ErrDecided
