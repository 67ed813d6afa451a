package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// formSpec describes one action's form. Its fields are bound to values
// the spec owns, so a form rebuilt after a failed write shows what the
// clinician typed.
type formSpec struct {
	title  string
	moment string // the moment written to; "" for a new moment
	// version is the moment's Version as read; a conflict refreshes it.
	version int64
	groups  func() []*huh.Group
	// info is drawn under the form on every frame: live checks such as the
	// score band or a red flag. It must be cheap.
	info func() string
	// save makes the one write and returns the undo and the status text.
	save func(w Writer, version int64) (store.Undo, string, error)
	// after runs after a successful write (e.g. opens the note composer).
	after func() tea.Cmd
	// noUndo: the write keeps no undo (issue 16: the store's lifecycle writes).
	noUndo bool
	// issue 14: undoWhat names the write in the undo confirmation
	// ("MADRS-S 2026-11-23 10:12 · name"; the status text when nil);
	// undoWarn is what undoing it costs clinically ("" for nothing).
	undoWhat func() string
	undoWarn func() string
}

// formPage is a Huh form on the page stack.
type formPage struct {
	act    *session.Session
	spec   *formSpec
	form   *huh.Form
	init   tea.Cmd // the first form's start-up commands
	err    string
	saving bool
	width  int
	height int
}

// formSavedMsg is the outcome of a form's write.
type formSavedMsg struct {
	page   *formPage
	undo   store.Undo
	status string
	err    error
}

// formVersionMsg carries the moment's current Version after a conflict.
type formVersionMsg struct {
	page    *formPage
	version int64
	err     error
}

func newFormPage(a *session.Session, spec *formSpec) *formPage {
	p := &formPage{act: a, spec: spec, width: a.Ctx.Width, height: a.Ctx.Height}
	p.init = p.build()
	return p
}

// build makes a fresh form over the spec's bound values.
func (p *formPage) build() tea.Cmd {
	dark := p.act.Dark()
	km := huh.NewDefaultKeyMap()
	km.Quit = p.act.Ctx.Keys.ForceQuit // esc is ours: cancel without writing
	p.form = huh.NewForm(p.spec.groups()...).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return huh.ThemeCharm(dark) })).
		WithKeyMap(km).
		WithShowHelp(false) // its help is in English; the page's help line says the same
	init := p.form.Init()
	p.fit()
	return init
}

// Init returns the form's start-up commands (first field focus, blink).
func (p *formPage) Init() tea.Cmd { return p.init }

func (p *formPage) Title() string { return p.spec.title }

// CapturesKeys: the form takes text, so q and ? are typed, not commands.
func (p *formPage) CapturesKeys() bool { return true }

// Resized: SetSize has done all a new size needs.
func (p *formPage) Resized() tea.Cmd { return nil }

// ActsOn is "": a form takes every letter as input.
func (p *formPage) ActsOn() string { return "" }

func (p *formPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.fit()
}

// formChrome is the lines the page draws above the form: title, error,
// live check (up to three lines).
const formChrome = 5

// fit gives the form the page's size; a group taller than the page
// scrolls to keep the focused field in view.
func (p *formPage) fit() {
	p.form = p.form.WithWidth(max(p.width, 20))
	if p.height > 0 {
		f, _ := p.form.Update(tea.WindowSizeMsg{Width: max(p.width, 20), Height: max(p.height-formChrome, 4)})
		p.form = f.(*huh.Form)
	}
}

func (p *formPage) Help() help.KeyMap {
	k := p.act.Ctx.Keys.Form
	return common.Bindings{Short: []key.Binding{k.Submit, k.Pick, k.Prev, k.Cancel}}
}

func (p *formPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case formSavedMsg:
		if msg.page != p {
			return p, nil
		}
		return p.saved(msg)
	case formVersionMsg:
		if msg.page == p && msg.err == nil {
			p.spec.version = msg.version
		}
		return p, nil
	case tea.KeyPressMsg:
		if p.saving {
			return p, nil
		}
		if key.Matches(msg, p.act.Ctx.Keys.Form.Cancel) && !p.filtering() {
			return nil, nil // cancel: nothing written
		}
	case tea.BackgroundColorMsg:
		p.act.SetDark(msg.IsDark())
	}
	if p.saving {
		return p, nil
	}
	f, cmd := p.form.Update(msg)
	p.form = f.(*huh.Form)
	if p.form.State == huh.StateCompleted {
		p.saving = true
		p.err = ""
		return p, p.saveCmd()
	}
	return p, cmd
}

// filtering reports whether a select list is being filtered, where esc
// ends the filter instead of the form.
func (p *formPage) filtering() bool {
	f, ok := p.form.GetFocusedField().(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

func (p *formPage) saveCmd() tea.Cmd {
	w := p.act.Writer()
	spec, version := p.spec, p.spec.version
	return func() tea.Msg {
		if w == nil {
			return formSavedMsg{page: p, err: errNoWriter}
		}
		u, status, err := spec.save(w, version)
		return formSavedMsg{page: p, undo: u, status: status, err: err}
	}
}

var errNoWriter = errors.New("no writer")

func (p *formPage) saved(msg formSavedMsg) (common.Page, tea.Cmd) {
	p.saving = false
	a := p.act
	if msg.err == nil {
		if !p.spec.noUndo { // issue 16: the lifecycle writes keep no undo
			e := &session.UndoEntry{Label: msg.status, U: msg.undo} // issue 14
			if p.spec.undoWhat != nil {
				e.Label = p.spec.undoWhat()
			}
			if p.spec.undoWarn != nil {
				e.Warn = p.spec.undoWarn()
			}
			a.PushUndo(e)
		}
		a.SetStatus(msg.status, false)
		cmds := []tea.Cmd{Reload()}
		if p.spec.after != nil {
			cmds = append(cmds, p.spec.after())
		}
		return nil, tea.Batch(cmds...)
	}
	// Keep what was typed: a new form over the same values.
	var cmds []tea.Cmd
	switch {
	case errors.Is(msg.err, errNoWriter):
		p.err = a.Ctx.Lang.T(common.L.ActErrNowriter)
	case errors.Is(msg.err, store.ErrConflict):
		p.err = a.ErrText(msg.err)
		cmds = append(cmds, Reload(), p.refreshVersion())
	default:
		p.err = a.ErrText(msg.err)
	}
	cmds = append(cmds, p.build())
	return p, tea.Batch(cmds...)
}

// refreshVersion reads the moment's current Version so that the next try
// is made against what the other window wrote.
func (p *formPage) refreshVersion() tea.Cmd {
	d, id := p.act.Ctx.Data, p.spec.moment
	if d == nil || id == "" {
		return nil
	}
	return func() tea.Msg {
		m, _, err := d.Moment(id)
		return formVersionMsg{page: p, version: m.Version, err: err}
	}
}

func (p *formPage) View() string {
	st, l := p.act.Ctx.Styles, p.act.Ctx.Lang
	var b strings.Builder
	b.WriteString(st.Title.Render(p.spec.title))
	b.WriteString("\n")
	if p.err != "" {
		b.WriteString(st.Error.Render(p.err))
		b.WriteString("\n")
	}
	if p.saving {
		b.WriteString(st.Dim.Render(l.T(common.L.ActInfoSaving)))
		b.WriteString("\n")
	}
	// The live checks go above the form, which may be taller than the page.
	if p.spec.info != nil {
		if s := p.spec.info(); s != "" {
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	b.WriteString(p.form.View())
	return b.String()
}

// Validators shared by the forms; each returns the label's text in l.

func validDate(l Lang) func(string) error {
	return func(s string) error {
		if _, err := caseload.ParseDate(strings.TrimSpace(s)); err != nil {
			return errors.New(l.T(common.L.ActErrDate))
		}
		return nil
	}
}

// validStamp accepts a time as caseload.ParseTypedStamp reads it (issue
// 14: "2026-11-23 09:15", "09:15" today, or with a T).
func validStamp(l Lang, today caseload.Date) func(string) error {
	return func(s string) error {
		if _, err := caseload.ParseTypedStamp(s, today); err != nil {
			return errors.New(l.T(common.L.ActErrStamp))
		}
		return nil
	}
}

func required(l Lang) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(l.T(common.L.ActErrRequired))
		}
		return nil
	}
}

// validatedDate reads a date field that validDate has passed; the zero
// date for anything else (it never panics).
func validatedDate(s string) caseload.Date {
	d, _ := caseload.ParseDate(strings.TrimSpace(s))
	return d
}

// validatedStamp reads a time field that validStamp has passed; the zero
// stamp for anything else.
func validatedStamp(s string, today caseload.Date) caseload.Stamp {
	t, _ := caseload.ParseTypedStamp(s, today)
	return t
}
