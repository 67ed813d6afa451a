package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// headerView is the top line: app, clinician and day on the left; the
// red-flag count on the right, in colour and in words.
func (m *Model) headerView() string {
	l, st, w := m.ctx.Lang, m.ctx.Styles, m.ctx.Width
	who := m.ctx.Clinician
	if who == "" {
		who = l.T("header.everyone")
	}
	title := "ikbt"
	if len(m.pages) > 0 {
		if t, ok := m.pages[len(m.pages)-1].(Titled); ok {
			title += " › " + t.Title()
		}
	}
	sep := st.Dim.Render(" · ")
	long, short := l.LongDate(m.ctx.Today), m.ctx.Today.String()
	var right, rightShort string
	if m.ix != nil {
		if m.ix.red > 0 {
			right = st.Red.Render(l.T("header.redflags", m.ix.red))
			rightShort = st.Red.Render(fmt.Sprintf("⚑ %d", m.ix.red))
		} else {
			right = st.Dim.Render(l.T("header.moments", len(m.wl.Moments)))
		}
	}
	// The widest variant that fits; the red flag count is the last to go.
	for _, v := range [][2]string{
		{st.Title.Render(title) + sep + who + sep + long, right},
		{st.Title.Render(title) + sep + who + sep + short, right},
		{st.Title.Render(title) + sep + short, right},
		{st.Title.Render(title) + sep + short, rightShort},
		{st.Title.Render(title), rightShort},
	} {
		if gap := w - lipgloss.Width(v[0]) - lipgloss.Width(v[1]); gap >= 1 {
			return v[0] + strings.Repeat(" ", gap) + v[1]
		}
	}
	return clipLine(st.Title.Render(title), w)
}

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
			label := mark + l.T(tabLabels[t]) + " " + count
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
		line = render(true) // narrow: names only for the active tab
	}
	return clipLine(line, m.ctx.Width)
}

// filterView is the line under the tab bar: the filter and the sort order.
func (m *Model) filterView() string {
	l, st := m.ctx.Lang, m.ctx.Styles
	var left string
	switch {
	case m.filtering:
		left = m.filter.View()
	case m.filter.Value() != "":
		left = st.FilterText.Render(l.T("filter.active", m.filter.Value()))
	}
	right := ""
	if s := m.tables[m.active].SortLabel(); s != "" {
		right = st.Dim.Render(l.T("sort.by", s))
	}
	gap := m.ctx.Width - lipgloss.Width(left) - lipgloss.Width(right)
	return clipLine(left+strings.Repeat(" ", max(gap, 1))+right, m.ctx.Width)
}

// clipLine cuts one line to w cells.
func clipLine(s string, w int) string {
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}
