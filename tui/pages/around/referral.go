package around

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// Referral is one referral from its arrival to the decision (manual
// 3.5, issue 16): its steps, checklist 3.4, the answers given during the
// assessment with their red flags, and the decision. It writes through
// *session.Session (its forms), so it lives in tui/ next to form.go.
type Referral struct {
	lifePage
	r caseload.Referral
	p caseload.Patient
}

// NewReferral returns the page of referral id, reveal showing its
// personnummer whole.
func NewReferral(a *session.Session, id string, reveal bool) *Referral {
	p := &Referral{lifePage: newLifePage(a, id, reveal, common.L.LcRefTitle)}
	p.lines = func() []string { return ReferralLines(p.act.Ctx, p.r, p.p, p.reveal, p.width) }
	p.wordErr = func(err error) string {
		if errors.As(err, new(lcError)) {
			return err.Error()
		}
		return p.act.Ctx.Lang.T(common.L.LcRefError, common.ErrorText(err, p.act.Ctx.Lang))
	}
	p.SetSize(a.Ctx.Width, max(a.Ctx.Height-2, 1))
	return p
}

func (p *Referral) Init() tea.Cmd { return p.load() }

func (p *Referral) decided() bool { return p.loaded && p.r.Decision != caseload.Undecided }

func (p *Referral) Help() help.KeyMap {
	k := p.act.Ctx.Keys
	lk := k.Lifecycle
	if p.decided() || p.act.Life() == nil {
		return common.Bindings{Short: []key.Binding{k.Back, k.Reveal, k.Help, k.Quit},
			Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Back, k.Reveal, k.Quit}}}
	}
	return common.Bindings{
		Short: []key.Binding{lk.Step, lk.Checklist, lk.Answer, lk.Flag, lk.Decide, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, lk.ReferralList(), {k.Back, k.Reveal, k.Quit}},
	}
}

func (p *Referral) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	w := writes{keys: p.act.Ctx.Keys.Lifecycle.ReferralList(), refused: p.refused, form: p.form}
	if cmd, ok := p.update(msg, w); ok {
		return p, cmd
	}
	return p, p.scroll(msg)
}

// refused: a decided referral takes no more writes.
func (p *Referral) refused() string {
	if p.decided() {
		return p.act.Ctx.Lang.T(common.L.LcRefDecided)
	}
	return ""
}

// form is the form of a referral key (t, c, m, H, d); each reads the
// referral again after its write.
func (p *Referral) form(msg tea.KeyPressMsg) *forms.Page {
	a := p.act
	lk := a.Ctx.Keys.Lifecycle
	switch {
	case key.Matches(msg, lk.Step):
		return forms.ReferralStep(a, p.r, p.p, p.reload)
	case key.Matches(msg, lk.Checklist):
		return forms.ReferralChecklist(a, p.r, p.p, p.reload)
	case key.Matches(msg, lk.Answer):
		return forms.ReferralAnswer(a, p.r, p.p, p.reload)
	case key.Matches(msg, lk.Flag):
		open := worklist.ReferralFlags(p.r)
		if len(open) == 0 {
			a.SetStatus(a.Ctx.Lang.T(common.L.LcErrNoFlag), true)
			return nil
		}
		return forms.ReferralFlag(a, p.r, p.p, open, p.reload)
	case key.Matches(msg, lk.Decide):
		return forms.ReferralDecide(a, p.r, p.p, p.reload)
	}
	return nil
}

// reload reads the referral again after a write.
func (p *Referral) reload() tea.Cmd { return p.load() }

// ReferralLines draws a referral: the pure reading of it, shared by the
// page and its tests.
func ReferralLines(ctx *common.Context, r caseload.Referral, pt caseload.Patient, reveal bool, width int) []string {
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
		s := l.T(common.L.LcRefNext, common.StepLabel(l, n.Step), common.ShortDate(n.Due))
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

// errDecided is the store's word for a decided referral.
var errDecided = store.ErrDecided

// load reads the referral off the UI loop.
func (p *Referral) load() tea.Cmd {
	ls, id, l := p.act.Life(), p.id, p.act.Ctx.Lang
	return func() tea.Msg {
		var r caseload.Referral
		var pt caseload.Patient
		err := errNoLifecycle(l)
		if ls != nil {
			r, pt, err = ls.Referral(id)
		}
		return loadedMsg{page: &p.lifePage, name: pt.Name, err: err, apply: func() { p.r, p.p = r, pt }}
	}
}

type lcError string

func (e lcError) Error() string { return string(e) }

func errNoLifecycle(l common.Lang) error { return lcError(l.T(common.L.LcRefNotAvailable)) }

// Referral is the referral as last read.
func (p *Referral) Referral() caseload.Referral { return p.r }

// Patient is the referral's patient as last read.
func (p *Referral) Patient() caseload.Patient { return p.p }
