// Package confirm is the confirmation of an action of clinical weight
// (issue 14; u, the undo, asks through it): it says what will happen and
// runs yes only on j/y/enter; n or esc closes it with nothing done.
package confirm

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// Page (issue 14) asks before an action of clinical weight: it
// says what will happen and runs yes only on j/y/enter; n or esc closes
// it with nothing done.
type Page struct {
	ctx      *common.Context
	title    string
	question string
	warn     string // drawn in red: what the clinician must not miss
	detail   string
	yes      func() tea.Cmd
	width    int
	height   int
}

// New returns the page: title in the header, the question, warn in red
// ("" none), detail under it ("" none).
func New(ctx *common.Context, title, question, warn, detail string, yes func() tea.Cmd) *Page {
	return &Page{ctx: ctx, title: title, question: question, warn: warn, detail: detail, yes: yes,
		width: ctx.Width, height: ctx.Height}
}

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) Title() string      { return p.title }
func (p *Page) CapturesKeys() bool { return true }
func (p *Page) Resized() tea.Cmd   { return nil }
func (p *Page) ActsOn() string     { return "" }
func (p *Page) SetSize(w, h int)   { p.width, p.height = w, h }
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k := p.ctx.Keys.Confirm
	switch {
	case key.Matches(km, k.Yes):
		return nil, p.yes()
	case key.Matches(km, k.No):
		return nil, nil
	}
	return p, nil
}

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys.Confirm
	return common.Bindings{Short: []key.Binding{k.Yes, k.No}, Full: [][]key.Binding{{k.Yes, k.No}}}
}

func (p *Page) View() string {
	st := p.ctx.Styles
	w := max(p.width-2, 10)
	wrap := lipgloss.NewStyle().Width(w)
	var b strings.Builder
	b.WriteString(st.Title.Render(p.title))
	b.WriteString("\n\n")
	b.WriteString(wrap.Render(p.question))
	if p.warn != "" {
		b.WriteString("\n\n")
		b.WriteString(st.Red.Render(wrap.Render(p.warn)))
	}
	if p.detail != "" {
		b.WriteString("\n\n")
		b.WriteString(st.Dim.Render(wrap.Render(p.detail)))
	}
	return common.Fit(b.String(), p.width, p.height)
}
