// Package filterbar is the line under the tab bar: the filter being
// typed or in force on the left, the sort order on the right.
package filterbar

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// View draws the line. input is the filter's text input as drawn while
// it is typed ("" when it is not), value the filter in force, sortLabel
// the column the table is sorted by ("" none).
func View(ctx *common.Context, input, value, sortLabel string) string {
	l, st := ctx.Lang, ctx.Styles
	var left string
	switch {
	case input != "":
		left = input
	case value != "":
		left = st.FilterText.Render(l.T(common.L.FilterActive, value))
	}
	right := ""
	if sortLabel != "" {
		right = st.Dim.Render(l.T(common.L.SortBy, sortLabel))
	}
	gap := ctx.Width - lipgloss.Width(left) - lipgloss.Width(right)
	return common.ClipLine(left+strings.Repeat(" ", max(gap, 1))+right, ctx.Width)
}
