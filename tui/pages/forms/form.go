package forms

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

// Spec describes one action's form. Its fields are bound to values
// the spec owns, so a form rebuilt after a failed write shows what the
// clinician typed.
type Spec struct {
	Title  string
	Moment string // the moment written to; "" for a new moment
	// version is the moment's Version as read; a conflict refreshes it.
	Version int64
	Groups  func() []*huh.Group
	// info is drawn under the form on every frame: live checks such as the
	// score band or a red flag. It must be cheap.
	Info func() string
	// save makes the one write and returns the undo and the status text.
	Save func(w session.Writer, version int64) (store.Undo, string, error)
	// after runs after a successful write (e.g. opens the note composer).
	After func() tea.Cmd
	// noUndo: the write keeps no undo (issue 16: the store's lifecycle writes).
	NoUndo bool
	// issue 14: undoWhat names the write in the undo confirmation
	// ("MADRS-S 2026-11-23 10:12 · name"; the status text when nil);
	// undoWarn is what undoing it costs clinically ("" for nothing).
	UndoWhat func() string
	UndoWarn func() string
}

// Page is a Huh form on the page stack.
type Page struct {
	act    *session.Session
	spec   *Spec
	form   *huh.Form
	init   tea.Cmd // the first form's start-up commands
	err    string
	saving bool
	width  int
	height int
}

// formSavedMsg is the outcome of a form's write.
type formSavedMsg struct {
	page   *Page
	undo   store.Undo
	status string
	err    error
}

// formVersionMsg carries the moment's current Version after a conflict.
type formVersionMsg struct {
	page    *Page
	version int64
	err     error
}

func New(a *session.Session, spec *Spec) *Page {
	p := &Page{act: a, spec: spec, width: a.Ctx.Width, height: a.Ctx.Height}
	p.init = p.build()
	return p
}

// build makes a fresh form over the spec's bound values.
func (p *Page) build() tea.Cmd {
	dark := p.act.Dark()
	km := huh.NewDefaultKeyMap()
	km.Quit = p.act.Ctx.Keys.ForceQuit // esc is ours: cancel without writing
	p.form = huh.NewForm(p.spec.Groups()...).
		WithTheme(huh.ThemeFunc(func(bool) *huh.Styles { return huh.ThemeCharm(dark) })).
		WithKeyMap(km).
		WithShowHelp(false) // its help is in English; the page's help line says the same
	init := p.form.Init()
	p.fit()
	return init
}

// Spec is the form's spec: its bound values, its save and what runs after.
func (p *Page) Spec() *Spec { return p.spec }

// Err is the error the last save showed, "" none.
func (p *Page) Err() string { return p.err }

// Form is the Huh form shown.
func (p *Page) Form() *huh.Form { return p.form }

// Init returns the form's start-up commands (first field focus, blink).
func (p *Page) Init() tea.Cmd { return p.init }

func (p *Page) Title() string { return p.spec.Title }

// CapturesKeys: the form takes text, so q and ? are typed, not commands.
func (p *Page) CapturesKeys() bool { return true }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }

// ActsOn is "": a form takes every letter as input.
func (p *Page) ActsOn() string { return "" }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.fit()
}

// formChrome is the lines the page draws above the form: title, error,
// live check (up to three lines).
const formChrome = 5

// fit gives the form the page's size; a group taller than the page
// scrolls to keep the focused field in view.
func (p *Page) fit() {
	p.form = p.form.WithWidth(max(p.width, 20))
	if p.height > 0 {
		f, _ := p.form.Update(tea.WindowSizeMsg{Width: max(p.width, 20), Height: max(p.height-formChrome, 4)})
		p.form = f.(*huh.Form)
	}
}

func (p *Page) Help() help.KeyMap {
	k := p.act.Ctx.Keys.Form
	return common.Bindings{Short: []key.Binding{k.Submit, k.Pick, k.Prev, k.Cancel}}
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case formSavedMsg:
		if msg.page != p {
			return p, nil
		}
		return p.saved(msg)
	case formVersionMsg:
		if msg.page == p && msg.err == nil {
			p.spec.Version = msg.version
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
func (p *Page) filtering() bool {
	f, ok := p.form.GetFocusedField().(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

func (p *Page) saveCmd() tea.Cmd {
	w := p.act.Writer()
	spec, version := p.spec, p.spec.Version
	return func() tea.Msg {
		if w == nil {
			return formSavedMsg{page: p, err: ErrNoWriter}
		}
		u, status, err := spec.Save(w, version)
		return formSavedMsg{page: p, undo: u, status: status, err: err}
	}
}

var ErrNoWriter = errors.New("no writer")

func (p *Page) saved(msg formSavedMsg) (common.Page, tea.Cmd) {
	p.saving = false
	a := p.act
	if msg.err == nil {
		if !p.spec.NoUndo { // issue 16: the lifecycle writes keep no undo
			e := &session.UndoEntry{Label: msg.status, U: msg.undo} // issue 14
			if p.spec.UndoWhat != nil {
				e.Label = p.spec.UndoWhat()
			}
			if p.spec.UndoWarn != nil {
				e.Warn = p.spec.UndoWarn()
			}
			a.PushUndo(e)
		}
		a.SetStatus(msg.status, false)
		cmds := []tea.Cmd{common.Reload()}
		if p.spec.After != nil {
			cmds = append(cmds, p.spec.After())
		}
		return nil, tea.Batch(cmds...)
	}
	// Keep what was typed: a new form over the same values.
	var cmds []tea.Cmd
	switch {
	case errors.Is(msg.err, ErrNoWriter):
		p.err = a.Ctx.Lang.T(common.L.ActErrNowriter)
	case errors.Is(msg.err, store.ErrConflict):
		p.err = a.ErrText(msg.err)
		cmds = append(cmds, common.Reload(), p.refreshVersion())
	default:
		p.err = a.ErrText(msg.err)
	}
	cmds = append(cmds, p.build())
	return p, tea.Batch(cmds...)
}

// refreshVersion reads the moment's current Version so that the next try
// is made against what the other window wrote.
func (p *Page) refreshVersion() tea.Cmd {
	d, id := p.act.Ctx.Data, p.spec.Moment
	if d == nil || id == "" {
		return nil
	}
	return func() tea.Msg {
		m, _, err := d.Moment(id)
		return formVersionMsg{page: p, version: m.Version, err: err}
	}
}

func (p *Page) View() string {
	st, l := p.act.Ctx.Styles, p.act.Ctx.Lang
	var b strings.Builder
	b.WriteString(st.Title.Render(p.spec.Title))
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
	if p.spec.Info != nil {
		if s := p.spec.Info(); s != "" {
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	b.WriteString(p.form.View())
	return b.String()
}

// Validators shared by the forms; each returns the label's text in l.

func ValidDate(l common.Lang) func(string) error {
	return func(s string) error {
		if _, err := caseload.ParseDate(strings.TrimSpace(s)); err != nil {
			return errors.New(l.T(common.L.ActErrDate))
		}
		return nil
	}
}

// validStamp accepts a time as caseload.ParseTypedStamp reads it (issue
// 14: "2026-11-23 09:15", "09:15" today, or with a T).
func ValidStamp(l common.Lang, today caseload.Date) func(string) error {
	return func(s string) error {
		if _, err := caseload.ParseTypedStamp(s, today); err != nil {
			return errors.New(l.T(common.L.ActErrStamp))
		}
		return nil
	}
}

func Required(l common.Lang) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(l.T(common.L.ActErrRequired))
		}
		return nil
	}
}

// validatedDate reads a date field that validDate has passed; the zero
// date for anything else (it never panics).
func ValidatedDate(s string) caseload.Date {
	d, _ := caseload.ParseDate(strings.TrimSpace(s))
	return d
}

// validatedStamp reads a time field that validStamp has passed; the zero
// stamp for anything else.
func ValidatedStamp(s string, today caseload.Date) caseload.Stamp {
	t, _ := caseload.ParseTypedStamp(s, today)
	return t
}
