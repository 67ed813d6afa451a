package around

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// TransferOne is the handover of one moment to another unit (T on its
// page).
func TransferOne(a *session.Session, m caseload.Moment, pt caseload.Patient) *forms.Page {
	return Transfer(a, []caseload.Moment{m}, []caseload.Patient{pt})
}

// Transfer is T on the moment page and on the 8.3 list: a handover
// of one or more moments to another unit (8.2) in one file: the 8.2.1
// checks listed per moment, the patient's consent, and the file path
// asked; the file (import format, these moments only, mode 0600, never
// over an existing file) is written and the status line says where and
// what. The moments stay active here, flags and all, until the outcome.
// ms and pts are the moments and their patients, in the same order.
func Transfer(a *session.Session, ms []caseload.Moment, pts []caseload.Patient) *forms.Page {
	l := a.Ctx.Lang
	var checks []string
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
		c := worklist.CheckHandover(m, a.Program(&m), a.Ctx.Today)
		if len(ms) == 1 {
			checks = append(checks, forms.HandoverChecksText(a, c))
			continue
		}
		if i == 0 {
			checks = append(checks, l.T(common.L.LcHoChecks))
		}
		checks = append(checks, "  "+pts[i].Name+"  "+m.ID+": "+blockText(a.Ctx, c))
	}
	var toUnit, fromUnit string
	consent := false
	name := "overlamning-" + ids[0] + ".json"
	if len(ids) > 1 {
		name = fmt.Sprintf("overlamning-%s-%d-moment.json", strings.ReplaceAll(a.Ctx.Today.String(), "-", ""), len(ids))
	}
	path := filepath.Join(os.TempDir(), name)
	if home, err := os.UserHomeDir(); err == nil {
		path = filepath.Join(home, name)
	}
	title := l.T(common.L.LcTitleTransfer) + " · " + pts[0].Name
	if len(ms) > 1 {
		var names []string
		for _, p := range pts {
			names = append(names, p.Name)
		}
		title = l.T(common.L.LcTitleTransfer) + " · " + l.T(common.L.LcTransferMoments, len(ms), strings.Join(names, ", "))
	}
	spec := &forms.Spec{Title: title, NoUndo: true}
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
	joined := strings.Join(checks, "\n")
	spec.Info = func() string { return joined }
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		ts := a.Transfer()
		if ts == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		out, err := filepath.Abs(strings.TrimSpace(path))
		if err != nil {
			return store.Undo{}, "", err
		}
		h, err := ts.StartHandover(store.HandoverRequest{Moments: ids, FromUnit: strings.TrimSpace(fromUnit),
			ToUnit: strings.TrimSpace(toUnit), FromClinician: ms[0].Clinician, Consent: consent, Day: a.Ctx.Today, Path: out})
		return store.Undo{}, l.T(common.L.LcDoneTransfer, h.File, len(h.Moments), strings.Join(h.Moments, ", ")), err
	}
	return forms.New(a, spec)
}

// blockText is one line of what blocks handing a moment over (8.2.1).
func blockText(ctx *common.Context, c worklist.HandoverChecks) string {
	l, st := ctx.Lang, ctx.Styles
	if c.Clear() {
		return st.OK.Render(l.T(common.L.LcLvClear))
	}
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
	return st.Warn.Render(strings.Join(w, "; "))
}

// Handovers is the handovers of this file (8.2.3, o on the worklist,
// enter on the tab Överlämningar): incoming ones to accept with a
// clinician or decline, outgoing ones whose outcome to record, and I to
// read a handover file another unit wrote. L adds the 8.3 list of one
// clinician's open moments below them; the cursor goes on through it:
// enter opens a moment, O gives it to another clinician of the unit, m
// marks it, A marks them all, and T hands the marked ones (or the one
// under the cursor) over to another unit in one file.
type Handovers struct {
	act  *session.Session
	open func(id string) tea.Cmd // opens a moment's page
	// want is the handover to put the cursor on once loaded.
	want string
	// leaving is the clinician of the 8.3 view (L), checks their moments'.
	leaving string
	checks  []worklist.HandoverChecks
	names   map[string]string
	marked  map[string]bool
	hs      []caseload.Handover
	sel     int // over hs, then checks
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

// transferLoadedMsg carries the moments of the 8.3 list to hand over.
type transferLoadedMsg struct {
	page *Handovers
	ms   []caseload.Moment
	pts  []caseload.Patient
	err  error
}

// NewHandovers returns the handovers page (o on the worklist, enter on
// the tab Överlämningar); open opens a moment's page.
func NewHandovers(a *session.Session, open func(id string) tea.Cmd) *Handovers {
	return &Handovers{act: a, open: open, width: a.Ctx.Width, marked: map[string]bool{}}
}

// On puts the cursor on handover id once loaded ("" the first).
func (p *Handovers) On(id string) *Handovers {
	p.want = id
	return p
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
			c, err := gs.ClinicianOpen(leaving)
			if err != nil {
				msg.err = err
				return msg
			}
			msg.checks = worklist.ClinicianMoments(c, cat, leaving, today)
			// One pass over the patients, not one per moment.
			name := make(map[personnummer.Number]string, len(c.Patients))
			for _, pt := range c.Patients {
				name[pt.PNR] = pt.Name
			}
			msg.names = make(map[string]string, len(c.Moments))
			for _, m := range c.Moments {
				if n, ok := name[m.PNR]; ok {
					msg.names[m.ID] = n + "  " + m.PNR.Masked()
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
	if p.onMoment() != "" {
		return common.Bindings{Short: []key.Binding{k.Open, lk.Mark, lk.MarkAll, lk.Transfer, lk.Handover, k.Back, k.Help, k.Quit},
			Full: [][]key.Binding{{k.Up, k.Down}, {k.Open, lk.Mark, lk.MarkAll, lk.Transfer, lk.Handover}, {lk.Receive, lk.Leaving}, {k.Back, k.Quit}}}
	}
	return common.Bindings{Short: []key.Binding{lk.Receive, lk.Accept, lk.Decline, lk.Outcome, lk.Leaving, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down}, {lk.Receive, lk.Accept, lk.Decline, lk.Outcome, lk.Leaving}, {k.Back, k.Quit}}}
}

// onMoment is the moment of the 8.3 list under the cursor, "" on a handover.
func (p *Handovers) onMoment() string {
	if i := p.sel - len(p.hs); p.loaded && i >= 0 && i < len(p.checks) {
		return p.checks[i].Moment
	}
	return ""
}

// pendingOut reports whether moment id is in a pending outgoing handover.
func (p *Handovers) pendingOut(id string) bool {
	for _, h := range p.hs {
		if h.Direction == caseload.HandoverOut && h.State == caseload.HandoverPending && slices.Contains(h.Moments, id) {
			return true
		}
	}
	return false
}

// toHandOver is what T hands over: the marked moments of the 8.3 list in
// its order, else the one under the cursor.
func (p *Handovers) toHandOver() []string {
	var ids []string
	for _, c := range p.checks {
		if p.marked[c.Moment] {
			ids = append(ids, c.Moment)
		}
	}
	if len(ids) == 0 && p.onMoment() != "" {
		ids = []string{p.onMoment()}
	}
	return ids
}

// loadMoments reads the moments to hand over off the UI loop.
func (p *Handovers) loadMoments(ids []string) tea.Cmd {
	d := p.act.Ctx.Data
	return func() tea.Msg {
		msg := transferLoadedMsg{page: p}
		if d == nil {
			msg.err = forms.ErrNoWriter
			return msg
		}
		for _, id := range ids {
			m, pt, err := d.Moment(id)
			if err != nil {
				msg.err = err
				return msg
			}
			msg.ms, msg.pts = append(msg.ms, m), append(msg.pts, pt)
		}
		return msg
	}
}

func (p *Handovers) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	l := a.Ctx.Lang
	switch msg := msg.(type) {
	case handoversLoadedMsg:
		if msg.page == p {
			p.hs, p.err, p.loaded, p.checks, p.names = msg.hs, msg.err, true, msg.checks, msg.names
			if p.want != "" {
				for i, h := range p.hs {
					if h.ID == p.want {
						p.sel = i
					}
				}
				p.want = ""
			}
			p.sel = min(p.sel, max(len(p.hs)+len(p.checks)-1, 0))
			for id := range p.marked {
				if p.pendingOut(id) {
					delete(p.marked, id) // handed over since it was marked
				}
			}
		}
		return p, nil
	case transferLoadedMsg:
		if msg.page != p {
			return p, nil
		}
		if msg.err != nil {
			a.SetStatus(common.ErrorText(msg.err, l), true)
			return p, nil
		}
		f := Transfer(a, msg.ms, msg.pts)
		f.Spec().After = p.load
		return p, common.PushCmd(f)
	case tea.KeyPressMsg:
		k := a.Ctx.Keys
		lk := k.Lifecycle
		id := p.onMoment()
		if cmd, ok := listKey(k, msg, &p.sel, len(p.hs)+len(p.checks)); ok {
			return p, cmd
		}
		switch {
		case key.Matches(msg, lk.Leaving):
			return p, common.PushCmd(leavingForm(p))
		case key.Matches(msg, k.Open) && id != "" && p.open != nil:
			return p, p.open(id)
		case key.Matches(msg, lk.Mark) && id != "":
			if p.pendingOut(id) {
				a.SetStatus(l.T(common.L.LcHvPending), true)
				return p, nil
			}
			p.marked[id] = !p.marked[id]
			if !p.marked[id] {
				delete(p.marked, id)
			}
			p.sel = min(p.sel+1, max(len(p.hs)+len(p.checks)-1, 0))
		case key.Matches(msg, lk.MarkAll) && len(p.checks) > 0:
			all := true
			for _, c := range p.checks {
				all = all && (p.marked[c.Moment] || p.pendingOut(c.Moment))
			}
			for _, c := range p.checks {
				switch {
				case all:
					delete(p.marked, c.Moment)
				case !p.pendingOut(c.Moment):
					p.marked[c.Moment] = true
				}
			}
		case key.Matches(msg, lk.Transfer) && p.leaving != "":
			if a.Transfer() == nil {
				a.SetStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			ids := p.toHandOver()
			if len(ids) == 0 {
				a.SetStatus(l.T(common.L.LcTransferNone), true)
				return p, nil
			}
			return p, p.loadMoments(ids)
		case key.Matches(msg, lk.Handover) && id != "":
			if a.ReadOnly() {
				a.SetStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			return p, a.MomentCmd(id, func(mo caseload.Moment, pt caseload.Patient) (common.Page, error) {
				f := forms.Handover(a, mo, pt)
				f.Spec().After = p.load
				return f, nil
			})
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
		for _, k := range strings.Split(ansi.Wrap(l.T(common.L.LcLvKeys), max(p.width, 10), ""), "\n") {
			lines = append(lines, st.Dim.Render(k)) // the keys whole, wrapped, at 80 columns
		}
		for i, c := range p.checks {
			cur := "  "
			if len(p.hs)+i == p.sel {
				cur = common.Gutter + " "
			}
			box := "[ ] "
			switch {
			case p.pendingOut(c.Moment):
				box = "[⇄] "
			case p.marked[c.Moment]:
				box = "[x] "
			}
			why := blockText(p.act.Ctx, c)
			if p.pendingOut(c.Moment) {
				why = st.Warn.Render(l.T(common.L.LcHvPending))
			}
			lines = append(lines, ansi.Truncate(cur+box+p.names[c.Moment]+"  "+c.Moment+"  "+why, max(p.width, 10), "…"))
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
		return store.Undo{}, l.N(len(h.Moments), common.L.LcDoneReceiveOne, common.L.LcDoneReceive, h.ID, len(h.Moments), h.FromUnit), nil
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

// Leaving is the clinician whose 8.3 list is shown, "" none.
func (p *Handovers) Leaving() string { return p.leaving }

// Checks are the 8.3 list's moments with what blocks each.
func (p *Handovers) Checks() []worklist.HandoverChecks { return p.checks }
