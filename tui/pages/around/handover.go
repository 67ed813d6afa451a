package around

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// Transfer is T on the moment page: a handover of the moment to
// another unit (8.2): the 8.2.1 checks listed, the patient's consent, and
// the file path asked; the file (import format, this moment only, mode
// 0600, never over an existing file) is written and the status line says
// where. The moment stays active here, flags and all, until the outcome.
func Transfer(a *session.Session, m caseload.Moment, pt caseload.Patient) *forms.Page {
	l := a.Ctx.Lang
	checks := forms.HandoverChecksText(a, worklist.CheckHandover(m, a.Program(&m), a.Ctx.Today))
	var toUnit, fromUnit string
	consent := false
	path := filepath.Join(os.TempDir(), "overlamning-"+m.ID+".json")
	if home, err := os.UserHomeDir(); err == nil {
		path = filepath.Join(home, "overlamning-"+m.ID+".json")
	}
	spec := &forms.Spec{Title: l.T(common.L.LcTitleTransfer) + " · " + pt.Name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcFToUnit)).Value(&toUnit).Validate(forms.Required(l)),
			huh.NewInput().Title(l.T(common.L.LcFFromUnit)).Value(&fromUnit).Validate(forms.Required(l)),
			huh.NewConfirm().Title(l.T(common.L.LcFConsent)).Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&consent).
				Validate(func(b bool) error {
					if !b {
						return errors.New(l.T(common.L.LcErrConsent))
					}
					return nil
				}),
			huh.NewInput().Title(l.T(common.L.LcFPath)).Value(&path).Validate(forms.Required(l)),
		)}
	}
	spec.Info = func() string { return checks }
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		clinician := m.Clinician
		h, err := ts.StartHandover(store.HandoverRequest{Moments: []string{m.ID}, FromUnit: strings.TrimSpace(fromUnit),
			ToUnit: strings.TrimSpace(toUnit), FromClinician: clinician, Consent: consent, Day: a.Ctx.Today, Path: strings.TrimSpace(path)})
		return store.Undo{}, l.T(common.L.LcDoneTransfer, h.File), err
	}
	return forms.New(a, spec)
}

// Handovers is the handovers of this file (8.2.3, o on the worklist):
// incoming ones to accept with a clinician or decline, outgoing ones whose
// outcome to record, and I to read a handover file another unit wrote.
type Handovers struct {
	act *session.Session
	// leaving is the clinician of the 8.3 view (L), checks their moments'.
	leaving string
	checks  []worklist.HandoverChecks
	names   map[string]string
	hs      []caseload.Handover
	sel     int
	loaded  bool
	err     error
	width   int
}

type handoversLoadedMsg struct {
	page   *Handovers
	hs     []caseload.Handover
	checks []worklist.HandoverChecks
	names  map[string]string
	err    error
}

// NewHandovers returns the handovers page (o on the worklist).
func NewHandovers(a *session.Session) *Handovers {
	return &Handovers{act: a, width: a.Ctx.Width}
}

func (p *Handovers) load() tea.Cmd {
	ts, l := p.act.Transfer(), p.act.Ctx.Lang
	gs := p.act.Store.Gallring
	leaving, cat, today := p.leaving, p.act.Ctx.Catalogue, p.act.Ctx.Today
	return func() tea.Msg {
		if ts == nil {
			return handoversLoadedMsg{page: p, err: errNoLifecycle(l)}
		}
		hs, err := ts.Handovers()
		msg := handoversLoadedMsg{page: p, hs: hs, err: err}
		if err == nil && leaving != "" && gs != nil {
			c, err := gs.Export()
			if err != nil {
				msg.err = err
				return msg
			}
			msg.checks = worklist.ClinicianMoments(c, cat, leaving, today)
			msg.names = map[string]string{}
			for _, m := range c.Moments {
				for _, pt := range c.Patients {
					if pt.PNR == m.PNR {
						msg.names[m.ID] = pt.Name + "  " + m.PNR.Masked()
					}
				}
			}
		}
		return msg
	}
}

func (p *Handovers) Init() tea.Cmd      { return p.load() }
func (p *Handovers) CapturesKeys() bool { return false }
func (p *Handovers) Resized() tea.Cmd   { return nil }
func (p *Handovers) ActsOn() string     { return "" }
func (p *Handovers) Title() string      { return p.act.Ctx.Lang.T(common.L.LcHvTitle) }
func (p *Handovers) SetSize(w, _ int)   { p.width = w }

func (p *Handovers) Help() help.KeyMap {
	k := p.act.Ctx.Keys
	lk := k.Lifecycle
	return common.Bindings{Short: []key.Binding{lk.Receive, lk.Accept, lk.Decline, lk.Outcome, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down}, {lk.Receive, lk.Accept, lk.Decline, lk.Outcome, lk.Leaving}, {k.Back, k.Quit}}}
}

func (p *Handovers) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	l := a.Ctx.Lang
	switch msg := msg.(type) {
	case handoversLoadedMsg:
		if msg.page == p {
			p.hs, p.err, p.loaded, p.checks, p.names = msg.hs, msg.err, true, msg.checks, msg.names
			p.sel = min(p.sel, max(len(p.hs)-1, 0))
		}
		return p, nil
	case tea.KeyPressMsg:
		k := a.Ctx.Keys
		lk := k.Lifecycle
		if cmd, ok := listKey(k, msg, &p.sel, len(p.hs)); ok {
			return p, cmd
		}
		switch {
		case key.Matches(msg, lk.Leaving):
			return p, common.PushCmd(leavingForm(p))
		case key.Matches(msg, lk.Receive):
			if a.Transfer() == nil {
				a.SetStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			return p, common.PushCmd(receiveForm(a, p.load))
		case key.Matches(msg, lk.Accept), key.Matches(msg, lk.Decline), key.Matches(msg, lk.Outcome):
			if !p.loaded || p.sel >= len(p.hs) {
				return p, nil
			}
			if a.Transfer() == nil {
				a.SetStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			h := p.hs[p.sel]
			if h.State != caseload.HandoverPending {
				a.SetStatus(l.T(common.L.LcHvNotPending), true)
				return p, nil
			}
			in := h.Direction == caseload.HandoverIn
			switch {
			case key.Matches(msg, lk.Accept) && in:
				return p, common.PushCmd(acceptForm(a, h, p.load))
			case key.Matches(msg, lk.Decline) && in:
				return p, common.PushCmd(declineForm(a, h, p.load))
			case key.Matches(msg, lk.Outcome) && h.Direction == caseload.HandoverOut:
				return p, common.PushCmd(outcomeForm(a, h, p.load))
			}
			a.SetStatus(l.T(common.L.LcHvWrongSide), true)
		}
	}
	return p, nil
}

var stateLabels = map[caseload.HandoverState]common.Label{
	caseload.HandoverPending: common.L.LcHvPending, caseload.HandoverAccepted: common.L.LcHvAccepted,
	caseload.HandoverDeclined: common.L.LcHvDeclined, caseload.HandoverCancelled: common.L.LcHvCancelled,
}

func stateText(l common.Lang, s caseload.HandoverState) string {
	if lb, ok := stateLabels[s]; ok {
		return l.T(lb)
	}
	return string(s)
}

func directionText(l common.Lang, d caseload.HandoverDirection) string {
	return common.Named(l, map[caseload.HandoverDirection]common.Label{
		caseload.HandoverIn: common.L.LcHvIn, caseload.HandoverOut: common.L.LcHvOut,
	}, d, common.L.LcHvSame)
}

func (p *Handovers) View() string {
	ctx := p.act.Ctx
	l, st := ctx.Lang, ctx.Styles
	lines := []string{st.Title.Render(l.T(common.L.LcHvTitle)), ""}
	rows := make([]string, len(p.hs))
	for i, h := range p.hs {
		from, to := h.FromUnit, h.ToUnit
		if h.Direction == caseload.HandoverSame {
			from, to = h.FromClinician, h.ToClinician
		}
		row := l.T(common.L.LcHvRow, h.ID, directionText(l, h.Direction), from, to, strings.Join(h.Moments, ", "), stateText(l, h.State))
		if h.File != "" {
			row += "  " + st.Dim.Render(h.File)
		}
		rows[i] = row
	}
	lines = append(lines, listLines(ctx, p.loaded, p.err, common.L.LcHvNone, rows, p.sel, p.width)...)
	if p.leaving != "" {
		blocked := 0
		for _, c := range p.checks {
			if !c.Clear() {
				blocked++
			}
		}
		lines = append(lines, "", st.Title.Render(l.T(common.L.LcLvTitle, p.leaving, len(p.checks), blocked)))
		for _, c := range p.checks {
			why := st.OK.Render(l.T(common.L.LcLvClear))
			if !c.Clear() {
				var w []string
				if n := len(c.OpenFlags); n > 0 {
					w = append(w, l.T(common.L.LcHoFlags, n))
				}
				if c.UnwrittenNotes > 0 {
					w = append(w, l.T(common.L.LcHoNotes, c.UnwrittenNotes))
				}
				if c.UnnotedContacts > 0 {
					w = append(w, l.T(common.L.LcHoContacts, c.UnnotedContacts))
				}
				if c.PendingFeedback != nil {
					w = append(w, l.T(common.L.LcHoFeedback, c.PendingFeedback.Due.String()))
				}
				why = st.Warn.Render(strings.Join(w, "; "))
			}
			lines = append(lines, ansi.Truncate("  "+p.names[c.Moment]+"  "+c.Moment+"  "+why, max(p.width, 10), "…"))
		}
	}
	return strings.Join(lines, "\n")
}

// leavingForm asks which clinician leaves (8.3); the page then lists
// their open moments with what blocks handing each over (T or O on the
// moment's page hands it over). It writes nothing.
func leavingForm(p *Handovers) *forms.Page {
	a := p.act
	l := a.Ctx.Lang
	who := a.Ctx.Clinician
	spec := &forms.Spec{Title: l.T(common.L.LcKeyLeaving), NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcLvAsk)).Value(&who).Validate(forms.Required(l)))}
	}
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) { return store.Undo{}, "", nil }
	spec.After = func() tea.Cmd {
		p.leaving = strings.TrimSpace(who)
		return p.load()
	}
	return forms.New(a, spec)
}

// receiveForm is I: a handover file from another unit is read and kept as
// pending (store.ReceiveHandover checks it); nothing joins the caseload
// before it is accepted.
func receiveForm(a *session.Session, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	var path string
	spec := &forms.Spec{Title: l.T(common.L.LcTitleReceive), NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFFile)).Value(&path).Validate(forms.Required(l)))}
	}
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		p := strings.TrimSpace(path)
		data, err := os.ReadFile(p)
		if err != nil {
			return store.Undo{}, "", err
		}
		h, err := ts.ReceiveHandover(data, a.Ctx.Catalogue)
		if err != nil {
			return store.Undo{}, "", fmt.Errorf("%s: %w", p, err)
		}
		return store.Undo{}, l.T(common.L.LcDoneReceive, h.ID, len(h.Moments), h.FromUnit), nil
	}
	spec.After = after
	return forms.New(a, spec)
}

// acceptForm is a on an incoming handover: its moments join this file
// under the clinician named (8.2.3).
func acceptForm(a *session.Session, h caseload.Handover, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	clinician := a.Ctx.Clinician
	spec := &forms.Spec{Title: l.T(common.L.LcTitleAccept) + " · " + h.ID, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFClinician)).Value(&clinician).Validate(forms.Required(l)))}
	}
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		c := strings.TrimSpace(clinician)
		return store.Undo{}, l.T(common.L.LcDoneAccept, h.ID, c), ts.AcceptHandover(h.ID, c, a.Ctx.Today, a.Ctx.Catalogue)
	}
	spec.After = after
	return forms.New(a, spec)
}

// declineForm is d on an incoming handover (8.2.4), after a yes.
func declineForm(a *session.Session, h caseload.Handover, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	yes := false
	spec := &forms.Spec{Title: l.T(common.L.LcTitleDecline) + " · " + h.ID, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewConfirm().Title(l.T(common.L.LcFDeclineSure)).
			Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes))}
	}
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if !yes {
			return store.Undo{}, l.T(common.L.LcGallraNone), nil
		}
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		return store.Undo{}, l.T(common.L.LcDoneDecline, h.ID), ts.DeclineHandover(h.ID, a.Ctx.Today)
	}
	spec.After = after
	return forms.New(a, spec)
}

// outcomeForm is r on an outgoing handover: accepted (the moments are
// closed here as "överlämnad", read-only), declined (8.2.4) or cancelled
// (8.2.2): back to active.
func outcomeForm(a *session.Session, h caseload.Handover, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	state := caseload.HandoverAccepted
	day := a.Ctx.Today.String()
	spec := &forms.Spec{Title: l.T(common.L.LcTitleOutcome) + " · " + h.ID, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewSelect[caseload.HandoverState]().Title(l.T(common.L.LcFOutcome)).Options(
				huh.NewOption(stateText(l, caseload.HandoverAccepted), caseload.HandoverAccepted),
				huh.NewOption(stateText(l, caseload.HandoverDeclined), caseload.HandoverDeclined),
				huh.NewOption(stateText(l, caseload.HandoverCancelled), caseload.HandoverCancelled)).Value(&state),
			huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&day).Validate(forms.ValidDate(l)),
		)}
	}
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		return store.Undo{}, l.T(common.L.LcDoneOutcome, h.ID, stateText(l, state)), ts.HandoverOutcome(h.ID, state, forms.ValidatedDate(day))
	}
	spec.After = after
	return forms.New(a, spec)
}

// Loaded reports whether the handovers have been read.
func (p *Handovers) Loaded() bool { return p.loaded }

// List is the handovers shown.
func (p *Handovers) List() []caseload.Handover { return p.hs }

// Selected is the cursor's row.
func (p *Handovers) Selected() int { return p.sel }
