package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

// closingPage is the closing phase of one moment (manual 3.6.3–3.6.7,
// issue 16): what is due now, the closing visit and its checklist, whose
// answers are the lines of the closing note, SoB closed and gallrad, and
// local gallring. B on the moment page opens it.
type closingPage struct {
	act    *actions
	id     string
	module int // the current base module and the count, as the worklist has them
	total  int
	reveal bool
	m      caseload.Moment
	p      caseload.Patient
	cl     caseload.Closing
	loaded bool
	err    error
	vp     viewport.Model
	width  int
}

// closingLoadedMsg carries a moment and its closing phase.
type closingLoadedMsg struct {
	id  string
	m   caseload.Moment
	p   caseload.Patient
	cl  caseload.Closing
	err error
}

func newClosingPage(a *actions, id string, module, total int, reveal bool) *closingPage {
	p := &closingPage{act: a, id: id, module: module, total: total, reveal: reveal, vp: viewport.New()}
	k := a.ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	p.SetSize(a.ctx.Width, max(a.ctx.Height-2, 1))
	return p
}

func (p *closingPage) load() tea.Cmd {
	d, ls, id, l := p.act.ctx.Data, p.act.life(), p.id, p.act.ctx.Lang
	return func() tea.Msg {
		if d == nil || ls == nil {
			return closingLoadedMsg{id: id, err: errNoLifecycle(l)}
		}
		m, pt, err := d.Moment(id)
		if err != nil {
			return closingLoadedMsg{id: id, err: err}
		}
		cl, err := ls.Closing(id)
		return closingLoadedMsg{id: id, m: m, p: pt, cl: cl, err: err}
	}
}

func (p *closingPage) Init() tea.Cmd      { return p.load() }
func (p *closingPage) CapturesKeys() bool { return false }
func (p *closingPage) Resized() tea.Cmd   { return nil }

// ActsOn is "": the page's keys act on the moment; the worklist's
// action keys stay on the moment page below.
func (p *closingPage) ActsOn() string { return "" }

func (p *closingPage) Title() string {
	l := p.act.ctx.Lang
	if p.loaded && p.err == nil {
		return l.T(common.L.LcClTitle) + " · " + p.p.Name
	}
	return l.T(common.L.LcClTitle)
}

func (p *closingPage) SetSize(w, h int) {
	p.width = w
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	p.refresh()
}

func (p *closingPage) Help() help.KeyMap {
	k := p.act.ctx.Keys
	lk := k.Lifecycle
	return common.Bindings{
		Short: []key.Binding{lk.Book, lk.Visit, k.Actions.End, lk.SoB, lk.Gallra, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, append(lk.ClosingList(), k.Actions.End), {k.Back, k.Reveal, k.Quit}},
	}
}

func (p *closingPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	a := p.act
	l := a.ctx.Lang
	switch msg := msg.(type) {
	case closingLoadedMsg:
		if msg.id == p.id {
			p.m, p.p, p.cl, p.err, p.loaded = msg.m, msg.p, msg.cl, msg.err, true
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
		case slices.ContainsFunc(append(lk.ClosingList(), k.Actions.End), func(b key.Binding) bool { return key.Matches(msg, b) }):
			if !p.loaded || p.err != nil {
				return p, nil
			}
			if a.life() == nil {
				a.setStatus(l.T(common.L.ActErrNowriter), true)
				return p, nil
			}
			if p.m.ClosingReason == lifecycle.HandedOverReason {
				a.setStatus(l.T(common.L.LcReadOnlyHanded), true)
				return p, nil
			}
			var f *formPage
			switch {
			case key.Matches(msg, lk.Book):
				f = closingBookForm(a, p.m, p.p, p.cl, p.load)
			case key.Matches(msg, lk.Visit):
				f = closingVisitForm(a, p.m, p.p, p.cl, p.load)
			case key.Matches(msg, lk.SoB):
				f = closingSoBForm(a, p.m, p.p, p.cl, p.load)
			case key.Matches(msg, lk.Gallra):
				if _, _, ok := lifecycle.Removable(p.m, p.cl); !ok {
					a.setStatus(l.T(common.L.LcGallraNotYet), true)
					return p, nil
				}
				f = gallraForm(a, p.m, p.p)
			case key.Matches(msg, k.Actions.End):
				f = endForm(a, p.m, p.p)
				after := f.spec.after
				f.spec.after = func() tea.Cmd {
					if after != nil {
						return tea.Batch(p.load(), after())
					}
					return p.load()
				}
			}
			if f == nil {
				return p, nil
			}
			return p, common.PushCmd(f)
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

func (p *closingPage) View() string { return p.vp.View() }

func (p *closingPage) refresh() {
	ctx := p.act.ctx
	l, st := ctx.Lang, ctx.Styles
	var lines []string
	switch {
	case !p.loaded:
		lines = []string{st.Dim.Render(l.T(common.L.AppLoading))}
	case p.err != nil:
		lines = []string{st.Error.Render(common.ErrorText(p.err, l))}
	default:
		lines = closingLines(ctx, p.m, p.p, p.cl, p.module, p.total, p.reveal, max(p.width, 10))
		if prog := p.act.program(&p.m); prog != nil {
			lines[1] = strings.Replace(lines[1], p.m.Program, prog.Name, 1)
		}
	}
	for i, s := range lines {
		lines[i] = ansi.Truncate(s, max(p.width, 10), "…")
	}
	p.vp.SetContent(strings.Join(lines, "\n"))
}

// promptText words a closing-phase prompt.
func promptText(l Lang, pr lifecycle.ClosingPrompt) string {
	switch pr.Prompt {
	case lifecycle.PromptNearEnd:
		return l.T(common.L.LcClPromptNearEnd)
	case lifecycle.PromptBookVisit:
		return l.T(common.L.LcClPromptBook)
	case lifecycle.PromptVisit:
		return l.T(common.L.LcClPromptVisit, pr.Due.String())
	case lifecycle.PromptMaintenance:
		return l.T(common.L.LcClPromptMaint)
	case lifecycle.PromptCloseSoB:
		return l.T(common.L.LcClPromptCloseSoB)
	case lifecycle.PromptGallraSoB:
		return l.T(common.L.LcClPromptGallraSoB)
	}
	return string(pr.Prompt)
}

// closingLines draws the closing phase of m.
func closingLines(ctx *common.Context, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, module, total int, reveal bool, width int) []string {
	// Lines wrap, none is cut (issue 16): what the page says is whole at 80 columns.
	var wrapped []string
	for _, s := range closingText(ctx, m, pt, cl, module, total, reveal, width) {
		wrapped = append(wrapped, strings.Split(ansi.Wrap(s, width, ""), "\n")...)
	}
	return wrapped
}

// closingText is the closing phase's lines before wrapping.
func closingText(ctx *common.Context, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, module, total int, reveal bool, width int) []string {
	l, st := ctx.Lang, ctx.Styles
	pnr := m.PNR.Masked()
	if reveal {
		pnr = m.PNR.Formatted()
	}
	out := []string{st.Title.Render(pt.Name) + "  " + pnr,
		fmt.Sprintf("%s · %d/%d · %s", m.Program, module, total, l.ByID("status."+string(m.Status))), ""}
	out = append(out, st.Title.Render(l.T(common.L.LcClNow)))
	prompts := lifecycle.ClosingPrompts(m, cl, module, total, ctx.Today)
	if len(prompts) == 0 {
		out = append(out, st.Dim.Render(l.T(common.L.LcClNothing)))
	}
	for _, pr := range prompts {
		out = append(out, st.Warn.Render(" • "+pr.Section+" "+promptText(l, pr)))
	}
	out = append(out, "", l.T(common.L.LcClVisit, common.ShortDate(cl.VisitOn), common.ShortDate(cl.VisitHeld)))
	answers := map[string]caseload.Check{}
	for _, c := range cl.Checks {
		answers[c.Key] = c
	}
	for _, it := range lifecycle.ClosingItems {
		q := it.SV
		if l == "en" {
			q = it.EN
		}
		ans := answers[it.Key].Answer
		if ans == "" {
			ans = "–"
		}
		if width >= 66 {
			out = append(out, hangWrap(fmt.Sprintf("   %-42s ", q), ans, width)...)
		} else {
			out = append(out, hangWrap("   ", q+" "+ans, width)...)
		}
	}
	if note := lifecycle.ClosingNoteLines(cl); len(note) > 0 {
		out = append(out, "", st.Title.Render(l.T(common.L.LcClNote)))
		for _, s := range note {
			out = append(out, hangWrap("   ", s, width)...)
		}
	}
	out = append(out, "", l.T(common.L.LcClSoB, common.ShortDate(cl.SoBClosed), common.ShortDate(cl.SoBGallrad)), "")
	if since, why, ok := lifecycle.Removable(m, cl); ok {
		w := l.T(common.L.LcClWhyClosed)
		if why == lifecycle.WhyHandedOver {
			w = l.T(common.L.LcClWhyHanded)
		}
		out = append(out, l.T(common.L.LcClRemovable, w, since.String()))
	} else {
		out = append(out, st.Dim.Render(l.T(common.L.LcClKept)))
	}
	return out
}

// closingHint is the line the moment page shows in the closing phase
// (without the closing record: near the end and what is due by status).
func closingHint(ctx *common.Context, m caseload.Moment, module, total int) string {
	prompts := lifecycle.ClosingPrompts(m, caseload.Closing{}, module, total, ctx.Today)
	if len(prompts) == 0 {
		return ""
	}
	return ctx.Styles.Warn.Render(ctx.Lang.T(common.L.LcClHint, prompts[0].Section+" "+promptText(ctx.Lang, prompts[0])))
}

func closingBookForm(a *actions, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	on := a.ctx.Today.AddDays(7).String()
	if !cl.VisitOn.IsZero() {
		on = cl.VisitOn.String()
	}
	spec := &formSpec{title: l.T(common.L.LcTitleBook) + " · " + pt.Name, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFBookOn)).Value(&on).Validate(validDate(l)))}
	}
	spec.save = lifeSave(a, func(ls lifecycleStore) (string, error) {
		return l.T(common.L.LcDoneBook, validatedDate(on).String()), ls.BookClosingVisit(m.ID, validatedDate(on))
	})
	spec.after = after
	return newFormPage(a, spec)
}

// closingVisitForm is v: the closing visit (3.6.6), the manual's six
// questions answered in words; the answers are the closing note's lines.
func closingVisitForm(a *actions, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	held := a.ctx.Today.String()
	answers := make([]string, len(lifecycle.ClosingItems))
	for i, it := range lifecycle.ClosingItems {
		for _, c := range cl.Checks {
			if c.Key == it.Key {
				answers[i] = c.Answer
			}
		}
	}
	spec := &formSpec{title: l.T(common.L.LcTitleVisit) + " · " + pt.Name, noUndo: true}
	spec.groups = func() []*huh.Group {
		fields := []huh.Field{huh.NewInput().Title(l.T(common.L.LcFHeldOn)).Value(&held).Validate(validDate(l))}
		for i, it := range lifecycle.ClosingItems {
			q := it.SV
			if l == "en" {
				q = it.EN
			}
			fields = append(fields, huh.NewInput().Title(q).Value(&answers[i]))
		}
		return []*huh.Group{huh.NewGroup(fields...)}
	}
	spec.save = lifeSave(a, func(ls lifecycleStore) (string, error) {
		var checks []caseload.Check
		for i, it := range lifecycle.ClosingItems {
			if s := strings.TrimSpace(answers[i]); s != "" {
				checks = append(checks, caseload.Check{Key: it.Key, Answer: s})
			}
		}
		return l.N(len(checks), common.L.LcDoneVisitOne, common.L.LcDoneVisit, len(checks)), ls.HoldClosingVisit(m.ID, validatedDate(held), checks)
	})
	spec.after = after
	return newFormPage(a, spec)
}

// closingSoBForm is S: the moment closed in SoB and gallrad there (3.6.7).
func closingSoBForm(a *actions, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *formPage {
	l := a.ctx.Lang
	closed, gallrad := a.ctx.Today.String(), a.ctx.Today.String()
	if !cl.SoBClosed.IsZero() {
		closed = cl.SoBClosed.String()
	}
	spec := &formSpec{title: l.T(common.L.LcTitleSoB) + " · " + pt.Name, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcFSoBClosed)).Value(&closed).Validate(validDate(l)),
			huh.NewInput().Title(l.T(common.L.LcFSoBGallrad)).Value(&gallrad).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				return validDate(l)(s)
			}),
		)}
	}
	spec.save = lifeSave(a, func(ls lifecycleStore) (string, error) {
		g := validatedDate(gallrad)
		return l.T(common.L.LcDoneSoB, validatedDate(closed).String(), common.ShortDate(g)), ls.RecordSoB(m.ID, validatedDate(closed), g)
	})
	spec.after = after
	return newFormPage(a, spec)
}

// gallringStore is the store's side of local gallring.
type gallringStore interface {
	Export() (caseload.Caseload, error)
	Gallra(id string, o store.GallraOptions) (store.GallraReport, error)
	GallraReferral(id string, o store.GallraOptions) (store.GallraReport, error)
	Path() string
}

var _ gallringStore = (*store.Store)(nil)

// gallraForm is D: the moment is removed from the file with all it holds
// (store.Gallra). The form names the patient (masked), says what goes,
// may write an export first, and removes only on an explicit yes.
func gallraForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l, st := a.ctx.Lang, a.ctx.Styles
	gs, _ := a.w.(gallringStore)
	what := ""
	if gs != nil {
		patient := ""
		if c, err := gs.Export(); err == nil && onlyThis(c, m) {
			patient = l.T(common.L.LcGallraPatient)
		}
		what = l.T(common.L.LcGallraWhat, pt.Name, m.PNR.Masked(), gs.Path(), m.ID, patient)
	}
	var export string
	yes := false
	spec := &formSpec{title: l.T(common.L.LcTitleGallra) + " · " + pt.Name, noUndo: true}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcGallraExport)).Value(&export),
			huh.NewConfirm().Title(l.T(common.L.LcGallraConfirm, pt.Name, m.PNR.Masked())).
				Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes),
		)}
	}
	spec.info = func() string { return st.Warn.Render(ansi.Wrap(what, max(a.ctx.Width, 20), " ")) }
	removed := false
	spec.save = func(Writer, int64) (storeUndo, string, error) {
		if !yes {
			return storeUndo{}, l.T(common.L.LcGallraNone), nil
		}
		if gs == nil {
			return storeUndo{}, "", errNoWriter
		}
		done := ""
		if p := strings.TrimSpace(export); p != "" {
			if err := exportMoment(gs, m, p); err != nil {
				return storeUndo{}, "", err
			}
			done += l.T(common.L.LcGallraExported, p)
		}
		r, err := gs.Gallra(m.ID, store.GallraOptions{Dirs: []string{a.copier.dir}})
		removed = err == nil
		for _, f := range r.Left {
			done += l.T(common.L.LcGallraLeft, f)
		}
		return storeUndo{}, l.T(common.L.LcGallraDone, pt.Name, m.PNR.Masked(), done), err
	}
	// The moment is gone: close the closing page and the moment page.
	spec.after = func() tea.Cmd {
		if !removed {
			return nil
		}
		return tea.Sequence(common.PopPage(), common.PopPage())
	}
	return newFormPage(a, spec)
}

// onlyThis reports whether m is all the file holds of its patient.
func onlyThis(c caseload.Caseload, m caseload.Moment) bool {
	for _, x := range c.Moments {
		if x.PNR == m.PNR && x.ID != m.ID {
			return false
		}
	}
	for _, r := range c.Referrals {
		if r.PNR == m.PNR && r.Moment != m.ID {
			return false
		}
	}
	return true
}

// exportMoment writes the moment, its patient, closing and referral in the
// import format to a new file (mode 0600): no more than was asked.
func exportMoment(gs gallringStore, m caseload.Moment, path string) error {
	c, err := gs.Export()
	if err != nil {
		return err
	}
	var one caseload.Caseload
	for _, p := range c.Patients {
		if p.PNR == m.PNR {
			one.Patients = append(one.Patients, p)
		}
	}
	for _, x := range c.Moments {
		if x.ID == m.ID {
			one.Moments = append(one.Moments, x)
		}
	}
	for _, cl := range c.Closings {
		if cl.Moment == m.ID {
			one.Closings = append(one.Closings, cl)
		}
	}
	for _, r := range c.Referrals {
		if r.Moment == m.ID {
			one.Referrals = append(one.Referrals, r)
		}
	}
	path = filepath.Clean(path)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := store.EncodeJSON(f, one); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// row returns the worklist's row of a moment, nil when it has none.
func (ix *index) row(id string) *worklist.MomentRow {
	if ix == nil {
		return nil
	}
	return ix.moments[id]
}

// closingKey opens the closing page with B on the moment page (issue 16).
func (m *Model) closingKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	mp, ok := m.pages[len(m.pages)-1].(*momentPage)
	if !ok || !key.Matches(msg, m.ctx.Keys.Lifecycle.Closing) {
		return nil, false
	}
	module, total := 0, 0
	if r := m.ix.row(mp.id); r != nil {
		module, total = r.Module, r.Modules
	} else if info := m.detail.cache[mp.id]; info != nil && info.err == nil {
		if prog := m.act.program(&info.m); prog != nil {
			module, total = prog.Completed(&info.m), prog.Total()
		}
	}
	return common.PushCmd(newClosingPage(m.act, mp.id, module, total, mp.reveal)), true
}
