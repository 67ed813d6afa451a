package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
)

// gallringPage lists what local gallring proposes (lifecycle.GallringProposals,
// issue 16): moments closed with the follow-up answered or waived, handed
// over ones, and referrals that did not lead to treatment, removable for
// at least the configured days. It removes nothing by itself: a moment is
// removed from its closing page (enter, then B and D), a referral here
// with D, each after a confirmation that names the patient.
type gallringPage struct {
	act    *actions
	days   int
	open   func(id string) tea.Cmd // opens a moment's page
	props  []lifecycle.Proposal
	names  map[string]string
	sel    int
	loaded bool
	err    error
	width  int
	height int
	// stale: a moment was opened from here and may have been removed; the
	// next key reads the proposals again.
	stale bool
}

type gallringLoadedMsg struct {
	page  *gallringPage
	props []lifecycle.Proposal
	names map[string]string
	err   error
}

func newGallringPage(a *actions, days int, open func(string) tea.Cmd) *gallringPage {
	return &gallringPage{act: a, days: days, open: open, width: a.ctx.Width, height: a.ctx.Height}
}

func (p *gallringPage) load() tea.Cmd {
	gs, _ := p.act.w.(gallringStore)
	l, today, days := p.act.ctx.Lang, p.act.ctx.Today, p.days
	return func() tea.Msg {
		if gs == nil {
			return gallringLoadedMsg{page: p, err: errNoLifecycle(l)}
		}
		c, err := gs.Export()
		if err != nil {
			return gallringLoadedMsg{page: p, err: err}
		}
		names := map[string]string{}
		for _, pt := range c.Patients {
			names[pt.PNR.String()] = pt.Name
		}
		return gallringLoadedMsg{page: p, props: lifecycle.GallringProposals(c, days, today), names: names}
	}
}

func (p *gallringPage) Init() tea.Cmd      { return p.load() }
func (p *gallringPage) CapturesKeys() bool { return false }
func (p *gallringPage) Resized() tea.Cmd   { return nil }
func (p *gallringPage) ActsOn() string     { return "" }
func (p *gallringPage) Title() string      { return p.act.ctx.Lang.T(common.L.LcGaTitle) }
func (p *gallringPage) SetSize(w, h int)   { p.width, p.height = w, h }

func (p *gallringPage) Help() help.KeyMap {
	k := p.act.ctx.Keys
	return common.Bindings{Short: []key.Binding{k.Open, k.Lifecycle.Gallra, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down}, {k.Open, k.Lifecycle.Gallra, k.Back, k.Quit}}}
}

func (p *gallringPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	switch msg := msg.(type) {
	case gallringLoadedMsg:
		if msg.page == p {
			p.props, p.names, p.err, p.loaded = msg.props, msg.names, msg.err, true
			p.sel = min(p.sel, max(len(p.props)-1, 0))
		}
		return p, nil
	case tea.KeyPressMsg:
		k := a.ctx.Keys
		if p.stale && !key.Matches(msg, k.Back) {
			p.stale, p.loaded = false, false
			return p, p.load()
		}
		switch {
		case key.Matches(msg, k.Back):
			return p, common.PopPage()
		case key.Matches(msg, k.Up):
			p.sel = max(p.sel-1, 0)
		case key.Matches(msg, k.Down):
			p.sel = min(p.sel+1, max(len(p.props)-1, 0))
		case key.Matches(msg, k.Open):
			if pr, ok := p.selected(); ok && pr.Moment != "" {
				p.stale = true
				return p, p.open(pr.Moment)
			}
		case key.Matches(msg, k.Lifecycle.Gallra):
			pr, ok := p.selected()
			if !ok {
				return p, nil
			}
			if pr.Moment != "" {
				p.stale = true
				return p, p.open(pr.Moment) // a moment is removed from its closing page (B, D)
			}
			if a.life() == nil {
				a.setStatus(a.ctx.Lang.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			return p, common.PushCmd(gallraReferralForm(a, pr, p.names[pr.PNR], p.load))
		}
	}
	return p, nil
}

func (p *gallringPage) selected() (lifecycle.Proposal, bool) {
	if !p.loaded || p.sel < 0 || p.sel >= len(p.props) {
		return lifecycle.Proposal{}, false
	}
	return p.props[p.sel], true
}

// gallringWhy says why a moment or referral may be removed.
func gallringWhy(l Lang, why string) string {
	switch why {
	case lifecycle.WhyHandedOver:
		return l.T(common.L.LcClWhyHanded)
	case lifecycle.WhyNotTreated:
		return l.T(common.L.LcGaWhyNotTreated)
	}
	return l.T(common.L.LcClWhyClosed)
}

func (p *gallringPage) View() string {
	ctx := p.act.ctx
	l, st := ctx.Lang, ctx.Styles
	lines := []string{st.Title.Render(l.T(common.L.LcGaTitle)), ansi.Wrap(st.Dim.Render(l.T(common.L.LcGaIntro, p.days)), max(p.width, 20), " "), ""}
	switch {
	case !p.loaded:
		lines = append(lines, st.Dim.Render(l.T(common.L.AppLoading)))
	case p.err != nil:
		lines = append(lines, st.Error.Render(common.ErrorText(p.err, l)))
	case len(p.props) == 0:
		lines = append(lines, st.Dim.Render(l.T(common.L.LcGaNone)))
	}
	for i, pr := range p.props {
		mark := "  "
		if i == p.sel {
			mark = common.Gutter + " "
		}
		id := pr.Moment + pr.Referral
		row := l.T(common.L.LcGaRow, p.names[pr.PNR], maskedPNR(pr.PNR), gallringWhy(l, pr.Why), pr.Since.String())
		lines = append(lines, ansi.Truncate(mark+row+"  "+st.Dim.Render(id), max(p.width, 10), "…"))
	}
	return strings.Join(lines, "\n")
}

// gallraReferralForm removes a referral that did not lead to treatment
// (store.GallraReferral), after a confirmation naming the patient.
func gallraReferralForm(a *actions, pr lifecycle.Proposal, name string, after func() tea.Cmd) *formPage {
	l, st := a.ctx.Lang, a.ctx.Styles
	gs, _ := a.w.(gallringStore)
	masked := maskedPNR(pr.PNR)
	what := ""
	if gs != nil {
		what = l.T(common.L.LcGaReferralWhat, pr.Referral, name, masked, gs.Path(), "")
	}
	yes := false
	spec := &formSpec{title: l.T(common.L.LcTitleGallra) + " · " + name, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewConfirm().Title(l.T(common.L.LcGallraConfirm, name, masked)).
			Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes))}
	}
	spec.info = func() string { return st.Warn.Render(ansi.Wrap(what, max(a.ctx.Width, 20), " ")) }
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		if !yes {
			return storeUndo{}, l.T(common.L.LcGallraNone), nil
		}
		if gs == nil {
			return storeUndo{}, "", errNoWriter
		}
		r, err := gs.GallraReferral(pr.Referral, store.GallraOptions{Dirs: []string{a.copier.dir}})
		done := ""
		for _, f := range r.Left {
			done += l.T(common.L.LcGallraLeft, f)
		}
		return storeUndo{}, l.T(common.L.LcGallraDone, name, masked, done), err
	}
	spec.after = after
	return newFormPage(a, spec)
}
