// Package around holds the pages around the modules (issue 16, manual
// 3.5, 3.6, 8): a referral from arrival to decision (Referral), a moment's
// closing phase (Closing), the gallring proposals (Gallring) and the
// handovers between units (Handovers, and T's form, Transfer). The
// referral and closing pages share lifePage (one record in a viewport,
// esc, v, the write guard); the two list pages share listLines and
// listKey. They write through the session's lifecycle, transfer and
// gallring sides, with the forms of pages/forms.
package around

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
)

// Closing is the closing phase of one moment (manual 3.6.3–3.6.7,
// issue 16): what is due now, the closing visit and its checklist, whose
// answers are the lines of the closing note, SoB closed and gallrad, and
// local gallring. B on the moment page opens it.
type Closing struct {
	lifePage
	module int // the current base module and the count, as the worklist has them
	total  int
	m      caseload.Moment
	p      caseload.Patient
	cl     caseload.Closing
}

// NewClosing returns the closing page of moment id; module and total are
// where the moment is in its program (the worklist's row).
func NewClosing(a *session.Session, id string, module, total int, reveal bool) *Closing {
	p := &Closing{lifePage: newLifePage(a, id, reveal, common.L.LcClTitle), module: module, total: total}
	p.lines, p.clip = p.phaseLines, true
	p.SetSize(a.Ctx.Width, max(a.Ctx.Height-2, 1))
	return p
}

func (p *Closing) load() tea.Cmd {
	d, ls, id, l := p.act.Ctx.Data, p.act.Life(), p.id, p.act.Ctx.Lang
	return func() tea.Msg {
		var m caseload.Moment
		var pt caseload.Patient
		var cl caseload.Closing
		err := errNoLifecycle(l)
		if d != nil && ls != nil {
			if m, pt, err = d.Moment(id); err == nil {
				cl, err = ls.Closing(id)
			}
		}
		return loadedMsg{page: &p.lifePage, name: pt.Name, err: err, apply: func() { p.m, p.p, p.cl = m, pt, cl }}
	}
}

func (p *Closing) Init() tea.Cmd { return p.load() }

func (p *Closing) Help() help.KeyMap {
	k := p.act.Ctx.Keys
	lk := k.Lifecycle
	return common.Bindings{
		Short: []key.Binding{lk.Book, lk.Visit, k.Actions.End, lk.SoB, lk.Gallra, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, append(lk.ClosingList(), k.Actions.End), {k.Back, k.Reveal, k.Quit}},
	}
}

func (p *Closing) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	k := p.act.Ctx.Keys
	w := writes{keys: append(k.Lifecycle.ClosingList(), k.Actions.End), refused: p.refused, form: p.form}
	if cmd, ok := p.update(msg, w); ok {
		return p, cmd
	}
	return p, p.scroll(msg)
}

// refused: a moment handed over to another unit is read-only (8.2.3).
func (p *Closing) refused() string {
	if lifecycle.HandedOver(p.m) {
		return p.act.Ctx.Lang.T(common.L.LcReadOnlyHanded)
	}
	return ""
}

// form is the form of a closing key (b, v, S, D, a); each reads the
// phase again after its write.
func (p *Closing) form(msg tea.KeyPressMsg) *forms.Page {
	a := p.act
	k := a.Ctx.Keys
	lk := k.Lifecycle
	switch {
	case key.Matches(msg, lk.Book):
		return closingBookForm(a, p.m, p.p, p.cl, p.load)
	case key.Matches(msg, lk.Visit):
		return closingVisitForm(a, p.m, p.p, p.cl, p.load)
	case key.Matches(msg, lk.SoB):
		return closingSoBForm(a, p.m, p.p, p.cl, p.load)
	case key.Matches(msg, lk.Gallra):
		if _, _, ok := lifecycle.Removable(p.m, p.cl); !ok {
			a.SetStatus(a.Ctx.Lang.T(common.L.LcGallraNotYet), true)
			return nil
		}
		return gallraForm(a, p.m, p.p)
	case key.Matches(msg, k.Actions.End):
		f := forms.End(a, p.m, p.p)
		after := f.Spec().After
		f.Spec().After = func() tea.Cmd {
			if after != nil {
				return tea.Batch(p.load(), after())
			}
			return p.load()
		}
		return f
	}
	return nil
}

// phaseLines draws the loaded closing phase.
func (p *Closing) phaseLines() []string {
	lines := ClosingLines(p.act.Ctx, p.m, p.p, p.cl, p.module, p.total, p.reveal, max(p.width, 10))
	if prog := p.act.Program(&p.m); prog != nil {
		lines[1] = strings.Replace(lines[1], p.m.Program, prog.Name, 1)
	}
	return lines
}

// ClosingLines draws the closing phase of m.
func ClosingLines(ctx *common.Context, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, module, total int, reveal bool, width int) []string {
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
		out = append(out, st.Warn.Render(" • "+pr.Section+" "+common.PromptText(l, pr)))
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

func closingBookForm(a *session.Session, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	on := a.Ctx.Today.AddDays(7).String()
	if !cl.VisitOn.IsZero() {
		on = cl.VisitOn.String()
	}
	spec := &forms.Spec{Title: l.T(common.L.LcTitleBook) + " · " + pt.Name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(huh.NewInput().Title(l.T(common.L.LcFBookOn)).Value(&on).Validate(forms.ValidDate(l)))}
	}
	spec.Save = forms.LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		return l.T(common.L.LcDoneBook, forms.ValidatedDate(on).String()), ls.BookClosingVisit(m.ID, forms.ValidatedDate(on))
	})
	spec.After = after
	return forms.New(a, spec)
}

// closingVisitForm is v: the closing visit (3.6.6), the manual's six
// questions answered in words; the answers are the closing note's lines.
func closingVisitForm(a *session.Session, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	held := a.Ctx.Today.String()
	answers := make([]string, len(lifecycle.ClosingItems))
	for i, it := range lifecycle.ClosingItems {
		for _, c := range cl.Checks {
			if c.Key == it.Key {
				answers[i] = c.Answer
			}
		}
	}
	spec := &forms.Spec{Title: l.T(common.L.LcTitleVisit) + " · " + pt.Name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		fields := []huh.Field{huh.NewInput().Title(l.T(common.L.LcFHeldOn)).Value(&held).Validate(forms.ValidDate(l))}
		for i, it := range lifecycle.ClosingItems {
			q := it.SV
			if l == "en" {
				q = it.EN
			}
			fields = append(fields, huh.NewInput().Title(q).Value(&answers[i]))
		}
		return []*huh.Group{huh.NewGroup(fields...)}
	}
	spec.Save = forms.LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		var checks []caseload.Check
		for i, it := range lifecycle.ClosingItems {
			if s := strings.TrimSpace(answers[i]); s != "" {
				checks = append(checks, caseload.Check{Key: it.Key, Answer: s})
			}
		}
		return l.N(len(checks), common.L.LcDoneVisitOne, common.L.LcDoneVisit, len(checks)), ls.HoldClosingVisit(m.ID, forms.ValidatedDate(held), checks)
	})
	spec.After = after
	return forms.New(a, spec)
}

// closingSoBForm is S: the moment closed in SoB and gallrad there (3.6.7).
func closingSoBForm(a *session.Session, m caseload.Moment, pt caseload.Patient, cl caseload.Closing, after func() tea.Cmd) *forms.Page {
	l := a.Ctx.Lang
	closed, gallrad := a.Ctx.Today.String(), a.Ctx.Today.String()
	if !cl.SoBClosed.IsZero() {
		closed = cl.SoBClosed.String()
	}
	spec := &forms.Spec{Title: l.T(common.L.LcTitleSoB) + " · " + pt.Name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcFSoBClosed)).Value(&closed).Validate(forms.ValidDate(l)),
			huh.NewInput().Title(l.T(common.L.LcFSoBGallrad)).Value(&gallrad).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				return forms.ValidDate(l)(s)
			}),
		)}
	}
	spec.Save = forms.LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		g := forms.ValidatedDate(gallrad)
		return l.T(common.L.LcDoneSoB, forms.ValidatedDate(closed).String(), common.ShortDate(g)), ls.RecordSoB(m.ID, forms.ValidatedDate(closed), g)
	})
	spec.After = after
	return forms.New(a, spec)
}

// gallraForm is D: the moment is removed from the file with all it holds
// (store.Gallra). The form names the patient (masked), says what goes,
// may write an export first, and removes only on an explicit yes.
func gallraForm(a *session.Session, m caseload.Moment, pt caseload.Patient) *forms.Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	gs := a.Store.Gallring
	what := ""
	if gs != nil {
		patient := ""
		if goes, err := gs.PatientGoes(m.ID); err == nil && goes {
			patient = l.T(common.L.LcGallraPatient)
		}
		what = l.T(common.L.LcGallraWhat, pt.Name, m.PNR.Masked(), gs.Path(), m.ID, patient)
	}
	var export string
	yes := false
	spec := &forms.Spec{Title: l.T(common.L.LcTitleGallra) + " · " + pt.Name, NoUndo: true}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcGallraExport)).Value(&export),
			huh.NewConfirm().Title(l.T(common.L.LcGallraConfirm, pt.Name, m.PNR.Masked())).
				Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&yes),
		)}
	}
	spec.Info = func() string { return st.Warn.Render(ansi.Wrap(what, max(a.Ctx.Width, 20), " ")) }
	removed := false
	spec.Save = func(session.Writer, int64) (store.Undo, string, error) {
		if !yes {
			return store.Undo{}, l.T(common.L.LcGallraNone), nil
		}
		if gs == nil {
			return store.Undo{}, "", forms.ErrNoWriter
		}
		done := ""
		if p := strings.TrimSpace(export); p != "" {
			if err := gs.ExportMoment(m.ID, p); err != nil {
				return store.Undo{}, "", err
			}
			done += l.T(common.L.LcGallraExported, p)
		}
		r, err := gs.Gallra(m.ID, store.GallraOptions{Dirs: []string{a.Copier.Dir}})
		removed = err == nil
		for _, f := range r.Left {
			done += l.T(common.L.LcGallraLeft, f)
		}
		return store.Undo{}, l.T(common.L.LcGallraDone, pt.Name, m.PNR.Masked(), done), err
	}
	// The moment is gone: close the closing page and the moment page.
	spec.After = func() tea.Cmd {
		if !removed {
			return nil
		}
		return tea.Sequence(common.PopPage(), common.PopPage())
	}
	return forms.New(a, spec)
}

// Moment is the moment as last read.
func (p *Closing) Moment() caseload.Moment { return p.m }

// Phase is the moment's closing phase as last read.
func (p *Closing) Phase() caseload.Closing { return p.cl }
