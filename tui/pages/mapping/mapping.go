// Package mapping is the column-mapping screen (issue 15): the first time
// a table's header row is seen, the clinician says which column holds
// which field (intake.Fields, the required ones marked); columns no field
// reads are listed and ignored. It only chooses: the mapping goes to the
// function it was given, which saves it and opens the preview.
package mapping

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/tui/common"
)

// Done is what the page does with a mapping that resolves against the header.
type Done func(m intake.Mapping) tea.Cmd

// Page is the mapping screen.
type Page struct {
	ctx     *common.Context
	header  []string
	column  []int // per intake.Fields entry: its column in header, -1 for none
	sel     int
	done    Done
	problem string
	width   int
	height  int
}

// New returns the mapping screen for header, starting from start (a saved
// mapping or intake.Suggest).
func New(ctx *common.Context, header []string, start intake.Mapping, done Done) *Page {
	p := &Page{ctx: ctx, header: header, done: done, column: make([]int, len(intake.Fields))}
	for i, fi := range intake.Fields {
		p.column[i] = -1
		if col, ok := start[fi.Field]; ok {
			for j, h := range header {
				if strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(col)) {
					p.column[i] = j
					break
				}
			}
		}
	}
	p.SetSize(ctx.Width, ctx.Height-2)
	return p
}

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) Title() string      { return p.ctx.Lang.T(common.L.ImpTitleMapping) }
func (p *Page) CapturesKeys() bool { return false }
func (p *Page) Resized() tea.Cmd   { return nil }
func (p *Page) ActsOn() string     { return "" }
func (p *Page) SetSize(w, h int)   { p.width, p.height = w, h }

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys
	move := common.Joined("↑/↓", p.ctx.Lang.T(common.L.ImpKeyField), k.Up, k.Down)
	short := []key.Binding{k.Mapping.Continue, move, k.Mapping.NextColumn, k.Back, k.Help}
	return common.Bindings{Short: short, Full: [][]key.Binding{{k.Mapping.Continue, k.Up, k.Down, k.Mapping.NextColumn, k.Mapping.NoColumn}, {k.Back, k.Help, k.Quit}}}
}

// Mapping is the mapping as chosen now.
func (p *Page) Mapping() intake.Mapping {
	m := intake.Mapping{}
	for i, fi := range intake.Fields {
		if c := p.column[i]; c >= 0 {
			m[fi.Field] = p.header[c]
		}
	}
	return m
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k := p.ctx.Keys
	n := len(p.header)
	switch {
	case key.Matches(km, k.Back):
		return nil, nil
	case key.Matches(km, k.Up):
		p.sel = max(p.sel-1, 0)
	case key.Matches(km, k.Down):
		p.sel = min(p.sel+1, len(intake.Fields)-1)
	case key.Matches(km, k.Mapping.NextColumn):
		p.column[p.sel] = (p.column[p.sel]+2)%(n+1) - 1 // -1, 0 … n-1, -1
		p.problem = ""
	case key.Matches(km, k.Mapping.PrevColumn):
		p.column[p.sel] = (p.column[p.sel]+n+1)%(n+1) - 1
		p.problem = ""
	case key.Matches(km, k.Mapping.NoColumn):
		p.column[p.sel] = -1
		p.problem = ""
	case key.Matches(km, k.Mapping.Continue):
		return p, p.finish()
	}
	return p, nil
}

// finish hands the mapping on when every required field has a column and
// no column serves two fields; otherwise it says what is wrong.
func (p *Page) finish() tea.Cmd {
	l := p.ctx.Lang
	seen := map[int]bool{}
	for _, c := range p.column {
		if c >= 0 && seen[c] {
			p.problem = l.T(common.L.ImpMappingTwice, p.header[c])
			return nil
		}
		seen[c] = true
	}
	m := p.Mapping()
	if _, err := m.Resolve(p.header); err != nil {
		if miss, ok := err.(*intake.MissingError); ok {
			p.problem = miss.Text(string(l))
		} else {
			p.problem = err.Error()
		}
		return nil
	}
	p.problem = ""
	return p.done(m)
}

// Unknown lists the columns no field reads.
func (p *Page) Unknown() []string {
	used := map[int]bool{}
	for _, c := range p.column {
		used[c] = true
	}
	var out []string
	for j, h := range p.header {
		if !used[j] {
			out = append(out, fmt.Sprintf("%q", h))
		}
	}
	return out
}

func (p *Page) View() string {
	l := p.ctx.Lang
	st := p.ctx.Styles
	lang := string(l)
	var b strings.Builder
	b.WriteString(common.Clip(st.Dim.Render(l.T(common.L.ImpMappingIntro)), p.width, 2))
	b.WriteString("\n\n")
	labelW := 0
	for _, fi := range intake.Fields {
		labelW = max(labelW, lipgloss.Width(fi.LabelIn(lang)))
	}
	// The fields' lines, scrolled to keep the selected one in view.
	rows := max(p.height-6, 1)
	first := min(max(p.sel-rows+1, 0), max(len(intake.Fields)-rows, 0))
	for i := first; i < min(first+rows, len(intake.Fields)); i++ {
		fi := intake.Fields[i]
		mark, req := "  ", "  "
		if i == p.sel {
			mark = common.Gutter + " "
		}
		if fi.Required {
			req = "* "
		}
		label := fi.LabelIn(lang) + strings.Repeat(" ", labelW-lipgloss.Width(fi.LabelIn(lang)))
		col := st.Dim.Render(l.T(common.L.ImpMappingNone))
		if c := p.column[i]; c >= 0 {
			col = p.header[c]
		}
		if i == p.sel {
			col = "‹ " + col + " ›"
		}
		line := mark + req + label + "  " + col
		if i == p.sel {
			line = st.Bold.Render(line)
		}
		b.WriteString(common.ClipLine(line, p.width))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	if u := p.Unknown(); len(u) > 0 {
		b.WriteString(common.Clip(st.Warn.Render(l.T(common.L.ImpMappingUnknown, strings.Join(u, ", "))), p.width, 1))
	}
	b.WriteByte('\n')
	if p.problem != "" {
		b.WriteString(common.Clip(st.Error.Render(p.problem), p.width, 1))
	}
	return common.Fit(b.String(), p.width, p.height)
}
