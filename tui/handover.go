package tui

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
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

// transferStore is the store's side of a handover to another unit (8.2).
type transferStore interface {
	StartHandover(req store.HandoverRequest) (caseload.Handover, error)
	Handovers() ([]caseload.Handover, error)
	ReceiveHandover(data []byte, cat *programs.Catalogue) (caseload.Handover, error)
	AcceptHandover(id, clinician string, day caseload.Date, cat *programs.Catalogue) error
	DeclineHandover(id string, day caseload.Date) error
	HandoverOutcome(id string, state caseload.HandoverState, day caseload.Date) error
}

var _ transferStore = (*store.Store)(nil)

func (a *actions) transfer() transferStore {
	if a.readOnly() {
		return nil
	}
	ts, _ := a.w.(transferStore)
	return ts
}

// transferForm is T on the moment page: a handover of the moment to
// another unit (8.2): the 8.2.1 checks listed, the patient's consent, and
// the file path asked; the file (import format, this moment only, mode
// 0600, never over an existing file) is written and the status line says
// where. The moment stays active here, flags and all, until the outcome.
func transferForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l := a.ctx.Lang
	checks := handoverChecksText(a, worklist.CheckHandover(m, a.program(&m), a.ctx.Today))
	var toUnit, fromUnit string
	consent := false
	path := filepath.Join(os.TempDir(), "overlamning-"+m.ID+".json")
	if home, err := os.UserHomeDir(); err == nil {
		path = filepath.Join(home, "overlamning-"+m.ID+".json")
	}
	spec := &formSpec{title: l.T(common.L.LcTitleTransfer) + " · " + pt.Name, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcFToUnit)).Value(&toUnit).Validate(required(l)),
			huh.NewInput().Title(l.T(common.L.LcFFromUnit)).Value(&fromUnit).Validate(required(l)),
			huh.NewConfirm().Title(l.T(common.L.LcFConsent)).Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&consent).
				Validate(func(b bool) error {
					if !b {
						return errors.New(l.T(common.L.LcErrConsent))
					}
					return nil
				}),
			huh.NewInput().Title(l.T(common.L.LcFPath)).Value(&path).Validate(required(l)),
		)}
	}
	spec.info = func() string { return checks }
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		ts := a.transfer()
		if ts == nil {
			return storeUndo{}, "", errNoWriter
		}
		clinician := m.Clinician
		h, err := ts.StartHandover(store.HandoverRequest{Moments: []string{m.ID}, FromUnit: strings.TrimSpace(fromUnit),
			ToUnit: strings.TrimSpace(toUnit), FromClinician: clinician, Consent: consent, Day: a.ctx.Today, Path: strings.TrimSpace(path)})
		return storeUndo{}, l.T(common.L.LcDoneTransfer, h.File), err
	}
	return newFormPage(a, spec)
}

// handoversPage is the handovers of this file (8.2.3, o on the worklist):
// incoming ones to accept with a clinician or decline, outgoing ones whose
// outcome to record, and I to read a handover file another unit wrote.
type handoversPage struct {
	act *actions
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
	page   *handoversPage
	hs     []caseload.Handover
	checks []worklist.HandoverChecks
	names  map[string]string
	err    error
}

func newHandoversPage(a *actions) *handoversPage { return &handoversPage{act: a, width: a.ctx.Width} }

func (p *handoversPage) load() tea.Cmd {
	ts, l := p.act.transfer(), p.act.ctx.Lang
	gs, _ := p.act.w.(gallringStore)
	leaving, cat, today := p.leaving, p.act.ctx.Catalogue, p.act.ctx.Today
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

func (p *handoversPage) Init() tea.Cmd      { return p.load() }
func (p *handoversPage) CapturesKeys() bool { return false }
func (p *handoversPage) Resized() tea.Cmd   { return nil }
func (p *handoversPage) ActsOn() string     { return "" }
func (p *handoversPage) Title() string      { return p.act.ctx.Lang.T(common.L.LcHvTitle) }
func (p *handoversPage) SetSize(w, _ int)   { p.width = w }

func (p *handoversPage) Help() help.KeyMap {
	k := p.act.ctx.Keys
	lk := k.Lifecycle
	return common.Bindings{Short: []key.Binding{lk.Receive, lk.Accept, lk.Decline, lk.Outcome, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down}, {lk.Receive, lk.Accept, lk.Decline, lk.Outcome, lk.Leaving}, {k.Back, k.Quit}}}
}

func (p *handoversPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	l := a.ctx.Lang
	switch msg := msg.(type) {
	case handoversLoadedMsg:
		if msg.page == p {
			p.hs, p.err, p.loaded, p.checks, p.names = msg.hs, msg.err, true, msg.checks, msg.names
			p.sel = min(p.sel, max(len(p.hs)-1, 0))
		}
		return p, nil
	case tea.KeyPressMsg:
		k := a.ctx.Keys
		lk := k.Lifecycle
		switch {
		case key.Matches(msg, k.Back):
			return p, common.PopPage()
		case key.Matches(msg, k.Up):
			p.sel = max(p.sel-1, 0)
		case key.Matches(msg, k.Down):
			p.sel = min(p.sel+1, max(len(p.hs)-1, 0))
		case key.Matches(msg, lk.Leaving):
			return p, common.PushCmd(leavingForm(p))
		case key.Matches(msg, lk.Receive):
			if a.transfer() == nil {
				a.setStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			return p, common.PushCmd(receiveForm(a, p.load))
		case key.Matches(msg, lk.Accept), key.Matches(msg, lk.Decline), key.Matches(msg, lk.Outcome):
			if !p.loaded || p.sel >= len(p.hs) {
				return p, nil
			}
			if a.transfer() == nil {
				a.setStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			h := p.hs[p.sel]
			if h.State != caseload.HandoverPending {
				a.setStatus(l.T(common.L.LcHvNotPending), true)
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
			a.setStatus(l.T(common.L.LcHvWrongSide), true)
		}
	}
	return p, nil
}

func stateText(l Lang, s caseload.HandoverState) string {
	switch s {
	case caseload.HandoverPending:
		return l.T(common.L.LcHvPending)
	case caseload.HandoverAccepted:
		return l.T(common.L.LcHvAccepted)
	case caseload.HandoverDeclined:
		return l.T(common.L.LcHvDeclined)
	case caseload.HandoverCancelled:
		return l.T(common.L.LcHvCancelled)
	}
	return string(s)
}

func directionText(l Lang, d caseload.HandoverDirection) string {
	switch d {
	case caseload.HandoverIn:
		return l.T(common.L.LcHvIn)
	case caseload.HandoverOut:
		return l.T(common.L.LcHvOut)
	}
	return l.T(common.L.LcHvSame)
}

func (p *handoversPage) View() string {
	ctx := p.act.ctx
	l, st := ctx.Lang, ctx.Styles
	lines := []string{st.Title.Render(l.T(common.L.LcHvTitle)), ""}
	switch {
	case !p.loaded:
		lines = append(lines, st.Dim.Render(l.T(common.L.AppLoading)))
	case p.err != nil:
		lines = append(lines, st.Error.Render(p.err.Error()))
	case len(p.hs) == 0:
		lines = append(lines, st.Dim.Render(l.T(common.L.LcHvNone)))
	}
	for i, h := range p.hs {
		mark := "  "
		if i == p.sel {
			mark = common.Gutter + " "
		}
		from, to := h.FromUnit, h.ToUnit
		if h.Direction == caseload.HandoverSame {
			from, to = h.FromClinician, h.ToClinician
		}
		row := l.T(common.L.LcHvRow, h.ID, directionText(l, h.Direction), from, to, strings.Join(h.Moments, ", "), stateText(l, h.State))
		if h.File != "" {
			row += "  " + st.Dim.Render(h.File)
		}
		lines = append(lines, ansi.Truncate(mark+row, max(p.width, 10), "…"))
	}
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
func leavingForm(p *handoversPage) *formPage {
	a := p.act
	l := a.ctx.Lang
	who := a.ctx.Clinician
	spec := &formSpec{title: l.T(common.L.LcKeyLeaving), noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcLvAsk)).Value(&who).Validate(required(l)))}
	}
	spec.save = func(Writer, int64) (storeUndo, string, error) { return storeUndo{}, "", nil }
	spec.after = func() tea.Cmd {
		p.leaving = strings.TrimSpace(who)
		return p.load()
	}
	return newFormPage(a, spec)
}

// receiveForm is I: a handover file from another unit is read and kept as
// pending (store.ReceiveHandover checks it); nothing joins the caseload
// before it is accepted.
func receiveForm(a *actions, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	var path string
	spec := &formSpec{title: l.T(common.L.LcTitleReceive), noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFFile)).Value(&path).Validate(required(l)))}
	}
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		ts := a.transfer()
		if ts == nil {
			return storeUndo{}, "", errNoWriter
		}
		p := strings.TrimSpace(path)
		data, err := os.ReadFile(p)
		if err != nil {
			return storeUndo{}, "", err
		}
		h, err := ts.ReceiveHandover(data, a.ctx.Catalogue)
		if err != nil {
			return storeUndo{}, "", fmt.Errorf("%s: %w", p, err)
		}
		return storeUndo{}, l.N(len(h.Moments), common.L.LcDoneReceiveOne, common.L.LcDoneReceive, h.ID, len(h.Moments), h.FromUnit), nil
	}
	spec.after = after
	return newFormPage(a, spec)
}

// acceptForm is a on an incoming handover: its moments join this file
// under the clinician named (8.2.3).
func acceptForm(a *actions, h caseload.Handover, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	clinician := a.ctx.Clinician
	spec := &formSpec{title: l.T(common.L.LcTitleAccept) + " · " + h.ID, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFClinician)).Value(&clinician).Validate(required(l)))}
	}
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		ts := a.transfer()
		if ts == nil {
			return storeUndo{}, "", errNoWriter
		}
		c := strings.TrimSpace(clinician)
		return storeUndo{}, l.T(common.L.LcDoneAccept, h.ID, c), ts.AcceptHandover(h.ID, c, a.ctx.Today, a.ctx.Catalogue)
	}
	spec.after = after
	return newFormPage(a, spec)
}

// declineForm is d on an incoming handover (8.2.4), after a yes.
func declineForm(a *actions, h caseload.Handover, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	yes := false
	spec := &formSpec{title: l.T(common.L.LcTitleDecline) + " · " + h.ID, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewConfirm().Title(l.T(common.L.LcFDeclineSure)).
			Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes))}
	}
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		ts := a.transfer()
		if !yes {
			return storeUndo{}, l.T(common.L.LcGallraNone), nil
		}
		if ts == nil {
			return storeUndo{}, "", errNoWriter
		}
		return storeUndo{}, l.T(common.L.LcDoneDecline, h.ID), ts.DeclineHandover(h.ID, a.ctx.Today)
	}
	spec.after = after
	return newFormPage(a, spec)
}

// outcomeForm is r on an outgoing handover: accepted (the moments are
// closed here as "överlämnad", read-only), declined (8.2.4) or cancelled
// (8.2.2): back to active.
func outcomeForm(a *actions, h caseload.Handover, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	state := caseload.HandoverAccepted
	day := a.ctx.Today.String()
	spec := &formSpec{title: l.T(common.L.LcTitleOutcome) + " · " + h.ID, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewSelect[caseload.HandoverState]().Title(l.T(common.L.LcFOutcome)).Options(
				huh.NewOption(stateText(l, caseload.HandoverAccepted), caseload.HandoverAccepted),
				huh.NewOption(stateText(l, caseload.HandoverDeclined), caseload.HandoverDeclined),
				huh.NewOption(stateText(l, caseload.HandoverCancelled), caseload.HandoverCancelled)).Value(&state),
			huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&day).Validate(validDate(l)),
		)}
	}
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		ts := a.transfer()
		if ts == nil {
			return storeUndo{}, "", errNoWriter
		}
		return storeUndo{}, l.T(common.L.LcDoneOutcome, h.ID, stateText(l, state)), ts.HandoverOutcome(h.ID, state, validatedDate(day))
	}
	spec.after = after
	return newFormPage(a, spec)
}
