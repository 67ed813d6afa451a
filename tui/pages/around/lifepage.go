package around

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/session"
)

// lifePage is what the pages of one record around the modules share
// (issue 16: a referral, a moment's closing phase): the record read off
// the UI loop and drawn in a viewport, esc back, v for the personnummer
// whole, and the page's own keys writing through forms. The page that
// embeds it gives its title and its lines.
type lifePage struct {
	act    *session.Session
	id     string
	reveal bool
	loaded bool
	err    error
	name   string // the patient's name once loaded
	title  common.Label
	lines  func() []string // the record's lines, once loaded without error
	// wordErr words a load error (nil: its own text); clip cuts every
	// line to the width.
	wordErr func(error) string
	clip    bool
	vp      viewport.Model
	width   int
	height  int
}

func newLifePage(a *session.Session, id string, reveal bool, title common.Label) lifePage {
	p := lifePage{act: a, id: id, reveal: reveal, title: title, vp: viewport.New()}
	k := a.Ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	return p
}

func (p *lifePage) CapturesKeys() bool { return false }
func (p *lifePage) Resized() tea.Cmd   { return nil }

// ActsOn is "": the page's own keys act on its record; the worklist's
// action keys act on moments (on the moment page below, if any).
func (p *lifePage) ActsOn() string { return "" }

func (p *lifePage) Title() string {
	l := p.act.Ctx.Lang
	if p.loaded && p.err == nil {
		return l.T(p.title) + " · " + p.name
	}
	return l.T(p.title)
}

func (p *lifePage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	p.refresh()
}

func (p *lifePage) View() string { return p.vp.View() }

// loadedAs records the load's outcome (the patient's name, or why it
// failed) and draws it.
func (p *lifePage) loadedAs(name string, err error) {
	p.name, p.err, p.loaded = name, err, true
	p.refresh()
}

// refresh draws the record, or that it is loading, or why it is not.
func (p *lifePage) refresh() {
	st, l := p.act.Ctx.Styles, p.act.Ctx.Lang
	var lines []string
	switch {
	case !p.loaded:
		lines = []string{st.Dim.Render(l.T(common.L.AppLoading))}
	case p.err != nil:
		lines = []string{st.Error.Render(p.errText())}
	case p.lines != nil:
		lines = p.lines()
	}
	if p.clip {
		for i, s := range lines {
			lines[i] = ansi.Truncate(s, max(p.width, 10), "…")
		}
	}
	p.vp.SetContent(strings.Join(lines, "\n"))
}

func (p *lifePage) errText() string {
	if p.wordErr != nil {
		return p.wordErr(p.err)
	}
	return common.ErrorText(p.err, p.act.Ctx.Lang)
}

// key handles esc and v; ok is false for every other key.
func (p *lifePage) key(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.act.Ctx.Keys
	switch {
	case key.Matches(msg, k.Back):
		return common.PopPage(), true
	case key.Matches(msg, k.Reveal):
		p.reveal = !p.reveal
		p.refresh()
		return nil, true
	}
	return nil, false
}

// writable reports whether a write key may open its form now: the record
// has loaded, and the data can be written (else the status says so).
func (p *lifePage) writable() bool {
	if !p.loaded || p.err != nil {
		return false
	}
	if p.act.Life() == nil {
		p.act.SetStatus(p.act.Ctx.Lang.T(common.L.ActErrNowriter), true)
		return false
	}
	return true
}

// scroll gives any other message to the viewport.
func (p *lifePage) scroll(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return cmd
}

// listLines draws the rows of a list page (gallring proposals, handovers)
// under its heading: that it loads, why it did not, that it has none, and
// each row with the gutter on the selected one, cut to the width.
func listLines(ctx *common.Context, loaded bool, err error, none common.Label, rows []string, sel, width int) []string {
	l, st := ctx.Lang, ctx.Styles
	var lines []string
	switch {
	case !loaded:
		lines = append(lines, st.Dim.Render(l.T(common.L.AppLoading)))
	case err != nil:
		lines = append(lines, st.Error.Render(common.ErrorText(err, l)))
	case len(rows) == 0:
		lines = append(lines, st.Dim.Render(l.T(none)))
	}
	for i, row := range rows {
		mark := "  "
		if i == sel {
			mark = common.Gutter + " "
		}
		lines = append(lines, ansi.Truncate(mark+row, max(width, 10), "…"))
	}
	return lines
}

// listKey handles esc, up and down on a list page of n rows, sel its
// cursor; ok is false for every other key.
func listKey(k common.KeyMap, msg tea.KeyPressMsg, sel *int, n int) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, k.Back):
		return common.PopPage(), true
	case key.Matches(msg, k.Up):
		*sel = max(*sel-1, 0)
	case key.Matches(msg, k.Down):
		*sel = min(*sel+1, max(n-1, 0))
	default:
		return nil, false
	}
	return nil, true
}

// Loaded reports whether the record has been read (with or without error).
func (p *lifePage) Loaded() bool { return p.loaded }

// hangWrap wraps text to width after prefix, the lines after the first
// indented under the text (issue 16: checklist 3.4's long questions and
// the closing visit's answers, whole at 80 columns, not cut).
func hangWrap(prefix, text string, width int) []string {
	indent := lipgloss.Width(prefix)
	room := max(width-indent, 20)
	lines := strings.Split(ansi.Wrap(text, room, ""), "\n")
	out := make([]string, len(lines))
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if i == 0 {
			out[i] = prefix + l
		} else {
			out[i] = strings.Repeat(" ", indent) + l
		}
	}
	return out
}

// loadedMsg carries a record read for the lifePage page: apply keeps it
// in the page (on the UI loop), name is its patient's, err why it failed.
type loadedMsg struct {
	page  *lifePage
	name  string
	err   error
	apply func()
}

// writes are a page's write keys and what each opens.
type writes struct {
	keys []key.Binding
	// refused says why no write is offered now ("" when one is).
	refused func() string
	// form is the key's form, nil when it opens none (having said why).
	form func(msg tea.KeyPressMsg) *forms.Page
}

// update handles what every lifePage handles: its record loaded, esc, v,
// and the write keys w; ok is false for anything else.
func (p *lifePage) update(msg tea.Msg, w writes) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.page == p {
			msg.apply()
			p.loadedAs(msg.name, msg.err)
		}
		return nil, true
	case tea.KeyPressMsg:
		if cmd, ok := p.key(msg); ok {
			return cmd, true
		}
		if !slices.ContainsFunc(w.keys, func(b key.Binding) bool { return key.Matches(msg, b) }) {
			return nil, false
		}
		if !p.writable() {
			return nil, true
		}
		if why := w.refused(); why != "" {
			p.act.SetStatus(why, true)
			return nil, true
		}
		if f := w.form(msg); f != nil {
			return common.PushCmd(f), true
		}
		return nil, true
	}
	return nil, false
}
