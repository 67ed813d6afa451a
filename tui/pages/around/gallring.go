package around

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
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
)

// Gallring lists what local gallring proposes (lifecycle.GallringProposals,
// issue 16): moments closed with the follow-up answered or waived, handed
// over ones, and referrals that did not lead to treatment, removable for
// at least the configured days. It removes nothing by itself: a moment is
// removed from its closing page (enter, then B and D), a referral here
// with D, each after a confirmation that names the patient.
type Gallring struct {
	act    *session.Session
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
	page  *Gallring
	props []lifecycle.Proposal
	names map[string]string
	err   error
}

// NewGallring returns the proposals of what may be removed, removable
// for days days; open opens a moment's page (its closing page removes it).
func NewGallring(a *session.Session, days int, open func(string) tea.Cmd) *Gallring {
	return &Gallring{act: a, days: days, open: open, width: a.Ctx.Width, height: a.Ctx.Height}
}

func (p *Gallring) load() tea.Cmd {
	gs := p.act.Store.Gallring
	l, today, days := p.act.Ctx.Lang, p.act.Ctx.Today, p.days
	return func() tea.Msg {
		if gs == nil {
			return gallringLoadedMsg{page: p, err: errNoLifecycle(l)}
		}
		c, err := gs.GallringCaseload()
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

func (p *Gallring) Init() tea.Cmd      { return p.load() }
func (p *Gallring) CapturesKeys() bool { return false }
func (p *Gallring) Resized() tea.Cmd   { return nil }
func (p *Gallring) ActsOn() string     { return "" }
func (p *Gallring) Title() string      { return p.act.Ctx.Lang.T(common.L.LcGaTitle) }
func (p *Gallring) SetSize(w, h int)   { p.width, p.height = w, h }

func (p *Gallring) Help() help.KeyMap {
	k := p.act.Ctx.Keys
	return common.Bindings{Short: []key.Binding{k.Open, k.Lifecycle.Gallra, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down}, {k.Open, k.Lifecycle.Gallra, k.Back, k.Quit}}}
}

func (p *Gallring) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	switch msg := msg.(type) {
	case gallringLoadedMsg:
		if msg.page == p {
			p.props, p.names, p.err, p.loaded = msg.props, msg.names, msg.err, true
			p.sel = min(p.sel, max(len(p.props)-1, 0))
		}
		return p, nil
	case tea.KeyPressMsg:
		k := a.Ctx.Keys
		if p.stale && !key.Matches(msg, k.Back) {
			p.stale, p.loaded = false, false
			return p, p.load()
		}
		if cmd, ok := listKey(k, msg, &p.sel, len(p.props)); ok {
			return p, cmd
		}
		switch {
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
			if a.Life() == nil {
				a.SetStatus(a.Ctx.Lang.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			return p, common.PushCmd(gallraReferralForm(a, pr, p.names[pr.PNR], p.load))
		}
	}
	return p, nil
}

func (p *Gallring) selected() (lifecycle.Proposal, bool) {
	if !p.loaded || p.sel < 0 || p.sel >= len(p.props) {
		return lifecycle.Proposal{}, false
	}
	return p.props[p.sel], true
}

// gallringWhy says why a moment or referral may be removed.
func gallringWhy(l common.Lang, why string) string {
	return common.Named(l, map[string]common.Label{
		lifecycle.WhyHandedOver: common.L.LcClWhyHanded, lifecycle.WhyNotTreated: common.L.LcGaWhyNotTreated,
	}, why, common.L.LcClWhyClosed)
}

func (p *Gallring) View() string {
	ctx := p.act.Ctx
	l, st := ctx.Lang, ctx.Styles
	lines := []string{st.Title.Render(l.T(common.L.LcGaTitle)), ansi.Wrap(st.Dim.Render(l.T(common.L.LcGaIntro, p.days)), max(p.width, 20), " "), ""}
	rows := make([]string, len(p.props))
	for i, pr := range p.props {
		id := pr.Moment + pr.Referral
		rows[i] = l.T(common.L.LcGaRow, p.names[pr.PNR], common.MaskedPNR(pr.PNR), gallringWhy(l, pr.Why), pr.Since.String()) + "  " + st.Dim.Render(id)
	}
	lines = append(lines, listLines(ctx, p.loaded, p.err, common.L.LcGaNone, rows, p.sel, p.width)...)
	return strings.Join(lines, "\n")
}

// gallraReferralForm removes a referral that did not lead to treatment
// (store.GallraReferral), after a confirmation naming the patient.
func gallraReferralForm(a *session.Session, pr lifecycle.Proposal, name string, after func() tea.Cmd) *forms.Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	gs := a.Store.Gallring
	masked := common.MaskedPNR(pr.PNR)
	what := ""
	if gs != nil {
		what = l.T(common.L.LcGaReferralWhat, pr.Referral, name, masked, gs.Path(), "")
	}
	yes := false
	spec := &forms.Spec{Title: l.T(common.L.LcTitleGallra) + " · " + name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewConfirm().Title(l.T(common.L.LcGallraConfirm, name, masked)).
			Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes))}
	}
	spec.Info = func() string { return st.Warn.Render(ansi.Wrap(what, max(a.Ctx.Width, 20), " ")) }
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		if !yes {
			return store.Undo{}, l.T(common.L.LcGallraNone), nil
		}
		if gs == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		r, err := gs.GallraReferral(pr.Referral, store.GallraOptions{Dirs: []string{a.Copier.Dir}})
		done := ""
		for _, f := range r.Left {
			done += l.T(common.L.LcGallraLeft, f)
		}
		return store.Undo{}, l.T(common.L.LcGallraDone, name, masked, done), err
	}
	spec.After = after
	return forms.New(a, spec)
}

// Loaded reports whether the proposals have been read.
func (p *Gallring) Loaded() bool { return p.loaded }

// Proposals are the proposals shown; Selected the cursor's.
func (p *Gallring) Proposals() []lifecycle.Proposal { return p.props }

// Selected is the cursor's row.
func (p *Gallring) Selected() int { return p.sel }
