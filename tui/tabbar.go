package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// tabsView is the tab bar: each tab with its count; the flags tab in red
// with ⚑ when it holds a red flag.
func (m *Model) tabsView() string {
	l, st := m.ctx.Lang, m.ctx.Styles
	red := m.ix != nil && m.ix.red > 0
	render := func(short bool) string {
		parts := make([]string, tabCount)
		for t := range tabCount {
			tb := m.tables[t]
			count := fmt.Sprint(tb.Total())
			if m.filter.Value() != "" {
				count = fmt.Sprintf("%d/%d", tb.Len(), tb.Total())
			}
			mark := ""
			if t == tabFlags && tb.Total() > 0 {
				mark = "⚑ "
			}
			label := mark + l.ByID(tabLabels[t]) + " " + count
			if short && t != m.active {
				label = fmt.Sprintf("%d:%s%s", t+1, strings.TrimSpace(mark), count)
			}
			style := st.TabNormal
			if t == m.active {
				style = st.TabActive
			}
			if t == tabFlags && red {
				style = style.Inherit(st.TabRed).Foreground(st.Red.GetForeground())
			}
			parts[t] = style.Render(label)
		}
		if short {
			return strings.Join(parts, st.Dim.Render("│"))
		}
		return " " + strings.Join(parts, st.Dim.Render(" │ "))
	}
	line := render(false)
	if lipgloss.Width(line) > m.ctx.Width {
		// Issue 16's sixth tab: at 80 columns every name still fits with
		// tighter separators.
		line = strings.ReplaceAll(line, st.Dim.Render(" │ "), st.Dim.Render("│"))
	}
	if lipgloss.Width(line) > m.ctx.Width {
		line = render(true) // narrow: names only for the active tab
	}
	return common.ClipLine(line, m.ctx.Width)
}
