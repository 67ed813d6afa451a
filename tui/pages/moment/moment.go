// Package moment is the moment page (enter on a row): the full detail of
// one moment as the detail pane draws it (detail.Lines), with a cursor on
// its modules and the notes of its history. enter opens a module's text
// (pages/module) or a note (OpenNoteMsg, opened by the root); B, O and T
// ask the root for the closing phase, a change of clinician or a
// handover (LifecycleMsg). The action keys act on its moment (ActsOn).
package moment

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/components/detail"
	"github.com/ikbt/ikbt/tui/pages/module"
)

// Page is the full detail of one moment, with a cursor on its
// modules: enter opens the module text.
type Page struct {
	ctx      *common.Context
	cache    *module.Cache
	detail   *detail.Pane
	id       string
	reveal   bool
	sel      int
	modules  []module.Entry
	moduleAt []int
	// Issue 13: the copied notes of the history, after the modules in
	// the cursor's order (sel ≥ len(modules) is a note).
	notes  []caseload.CopiedNote
	noteAt []int
	vp     viewport.Model
	width  int
	height int
}

// New returns the page of moment id, reveal showing its personnummer
// whole; it draws from the detail pane d (which loads the moment).
func New(ctx *common.Context, modules *module.Cache, d *detail.Pane, id string, reveal bool, w, h int) *Page {
	p := &Page{ctx: ctx, cache: modules, detail: d, id: id, reveal: reveal, sel: -1, vp: viewport.New()}
	k := ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	p.SetSize(w, h)
	return p
}

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) CapturesKeys() bool { return false }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }

// ActsOn is the moment shown: the action keys act on it here.
func (p *Page) ActsOn() string { return p.id }

func (p *Page) Title() string {
	if info := p.detail.Info(p.id); info != nil && info.Err == nil {
		return info.Patient.Name
	}
	return ""
}

// refresh redraws the content; it runs when something it shows changes.
func (p *Page) refresh() {
	info := p.detail.Info(p.id)
	if info == nil {
		p.vp.SetContent(p.ctx.Styles.Dim.Render(p.ctx.Lang.T(common.L.AppLoading)))
		return
	}
	p.modules = detail.Modules(p.ctx.Catalogue, &info.Moment)
	if p.sel < 0 && len(p.modules) > 0 {
		p.sel = currentModule(&info.Moment, p.modules)
	}
	var items []historyItem
	if info.Err == nil {
		items = momentHistory(&info.Moment)
	}
	p.notes = historyNotes(items)
	p.sel = min(p.sel, len(p.modules)+len(p.notes)-1)
	var lines []string
	lines, p.moduleAt = detail.Lines(p.ctx, p.detail.Index(), p.id, info, p.width, p.reveal, p.sel)
	// issue 16: handed over (read-only, and why), or the closing phase (B opens it).
	hint := ""
	if lifecycle.HandedOver(info.Moment) {
		hint = p.ctx.Styles.Warn.Render(p.ctx.Lang.T(common.L.LcReadOnlyHanded))
	} else if row := p.detail.Index().Row(p.id); row != nil {
		hint = common.ClosingHint(p.ctx, info.Moment, row.Module, row.Modules)
	}
	if hint != "" && len(lines) > 0 {
		lines = append(lines[:1], append([]string{hint}, lines[1:]...)...)
		for i := range p.moduleAt {
			p.moduleAt[i]++
		}
	}
	hist, noteAt := historyLines(p.ctx, items, p.width, p.sel-len(p.modules))
	p.noteAt = p.noteAt[:0]
	for _, at := range noteAt {
		p.noteAt = append(p.noteAt, at+len(lines))
	}
	lines = append(lines, hist...)
	p.vp.SetContent(strings.Join(lines, "\n"))
	switch n := p.sel - len(p.modules); {
	case p.sel >= 0 && p.sel < len(p.moduleAt):
		p.vp.EnsureVisible(p.moduleAt[p.sel], 0, 0)
	case n >= 0 && n < len(p.noteAt):
		p.vp.EnsureVisible(p.noteAt[n], 0, 0)
	}
}

// currentModule is the latest module the patient opened, else the first.
func currentModule(m *caseload.Moment, mods []module.Entry) int {
	cur := 0
	for i, e := range mods {
		if e.Track == nil && m.IsOpened(e.Mod.Key) {
			cur = i
		}
	}
	return cur
}

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	p.refresh()
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case detail.Msg:
		if msg.ID == p.id {
			p.refresh()
		}
		return p, nil
	case tea.KeyPressMsg:
		k := p.ctx.Keys
		switch {
		case key.Matches(msg, k.Back):
			return p, common.PopPage()
		case key.Matches(msg, k.Up):
			if p.sel > 0 {
				p.sel--
				p.refresh()
			}
			return p, nil
		case key.Matches(msg, k.Down):
			if p.sel < len(p.modules)+len(p.notes)-1 {
				p.sel++
				p.refresh()
			}
			return p, nil
		case common.ScrollEnds(k, &p.vp, msg):
			return p, nil
		case key.Matches(msg, k.Reveal):
			p.reveal = !p.reveal
			p.refresh()
			return p, nil
		case key.Matches(msg, k.Lifecycle.Closing): // issue 16
			return p, p.ask(Closing)
		case key.Matches(msg, k.Lifecycle.Handover):
			return p, p.ask(Handover)
		case key.Matches(msg, k.Lifecycle.Transfer):
			return p, p.ask(Transfer)
		case key.Matches(msg, k.OpenModule):
			if p.sel >= 0 && p.sel < len(p.modules) {
				mp, cmd := module.New(p.ctx, p.cache, p.modules[p.sel], p.width, p.height)
				return p, tea.Batch(common.PushPage(mp), cmd)
			}
			// Issue 13: a note of the history opens to be read and copied again.
			if n := p.sel - len(p.modules); n >= 0 && n < len(p.notes) {
				msg := OpenNoteMsg{Moment: p.id, Patient: p.Title(), Note: p.notes[n]}
				return p, func() tea.Msg { return msg }
			}
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

func (p *Page) View() string { return p.vp.View() }

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys
	open := k.OpenModule
	return common.Bindings{
		// issue 14: the actions act here too, so the line names them.
		Short: []key.Binding{k.Help, k.Back, k.Quit, open, k.Actions.Feedback, k.Actions.Handle, k.Actions.Measure,
			k.Actions.Compose, k.Actions.Incoming, k.Actions.Undo, k.Actions.End, k.Actions.Schedule, k.Actions.Phrases, k.Reveal, k.CopyPnr, k.Down, k.Up},
		// The actions work here on this moment (model.key), so they are listed.
		Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {open, k.Reveal, k.CopyPnr /* issue 14 */, k.Back, k.Quit}, append(k.Actions.List(), k.Lifecycle.Closing, k.Lifecycle.Handover, k.Lifecycle.Transfer)},
	}
}

// OpenNoteMsg asks the root to open a copied note of the history
// (pages/note): the note page copies, which needs the session.
type OpenNoteMsg struct {
	Moment, Patient string
	Note            caseload.CopiedNote
}

// Step is what a lifecycle key on the moment page asks for.
type Step int

const (
	Closing  Step = iota // B: the closing phase (manual 3.6)
	Handover             // O: a change of clinician within the unit (8.1)
	Transfer             // T: a handover to another unit (8.2)
)

// LifecycleMsg asks the root to open the page of Step for the moment;
// the root has the worklist's row and the session it needs.
type LifecycleMsg struct {
	Step   Step
	ID     string
	Reveal bool
}

func (p *Page) ask(s Step) tea.Cmd {
	msg := LifecycleMsg{Step: s, ID: p.id, Reveal: p.reveal}
	return func() tea.Msg { return msg }
}

// Notes are the copied notes of the history, in the cursor's order.
func (p *Page) Notes() []caseload.CopiedNote { return p.notes }

// Modules are the moment's modules, in the cursor's order.
func (p *Page) Modules() []module.Entry { return p.modules }

// Selected is the cursor: a module (below len(Modules)) or a note.
func (p *Page) Selected() int { return p.sel }
