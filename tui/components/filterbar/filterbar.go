package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// filterView is the line under the tab bar: the filter and the sort order.
func (m *Model) filterView() string {
	l, st := m.ctx.Lang, m.ctx.Styles
	var left string
	switch {
	case m.filtering:
		left = m.filter.View()
	case m.filter.Value() != "":
		left = st.FilterText.Render(l.T(common.L.FilterActive, m.filter.Value()))
	}
	right := ""
	if s := m.tables[m.active].SortLabel(); s != "" {
		right = st.Dim.Render(l.T(common.L.SortBy, s))
	}
	gap := m.ctx.Width - lipgloss.Width(left) - lipgloss.Width(right)
	return common.ClipLine(left+strings.Repeat(" ", max(gap, 1))+right, m.ctx.Width)
}
