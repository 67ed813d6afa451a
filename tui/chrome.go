package tui

import (
	"fmt"

	"github.com/ikbt/ikbt/tui/components/filterbar"
	"github.com/ikbt/ikbt/tui/components/header"
	"github.com/ikbt/ikbt/tui/components/tabbar"
)

// The root's chrome: what the header, the tab bar and the filter line
// say, from the root's state; the components draw it.

func (m *Model) headerView() string {
	h := header.Line{File: m.opts.DBName, Loaded: m.ix != nil}
	if len(m.pages) > 0 {
		h.OnPage, h.Page = true, m.pages[len(m.pages)-1].Title()
	}
	if w := m.act.Writer(); w != nil && w.ReadOnly() {
		h.ReadOnly = true
	}
	if m.ix != nil {
		h.RedFlags, h.Moments, h.Part = m.ix.red, len(m.wl.Moments), m.part
	}
	return header.View(m.ctx, h)
}

func (m *Model) tabsView() string {
	red := m.ix != nil && m.ix.red > 0
	tabs := make([]tabbar.Tab, tabCount)
	for t := range tabCount {
		tb := m.tables[t]
		count := fmt.Sprint(tb.Total())
		if m.filter.Value() != "" {
			count = fmt.Sprintf("%d/%d", tb.Len(), tb.Total())
		}
		if m.part && t != tabAssessments { // issue 18: more rows are loading (the referrals are all in the first part)
			count += "…"
		}
		tabs[t] = tabbar.Tab{Label: m.ctx.Lang.ByID(tabLabels[t]), Count: count,
			Flag: t == tabFlags && tb.Total() > 0, Red: t == tabFlags && red}
	}
	return tabbar.View(m.ctx, tabs, int(m.active))
}

func (m *Model) filterView() string {
	input := ""
	if m.filtering {
		input = m.filter.View()
	}
	return filterbar.View(m.ctx, input, m.filter.Value(), m.tables[m.active].SortLabel())
}
