// Package tabbar is the worklist's tab bar: each tab with its count, the
// active one marked; the flags tab in red with ⚑ when it holds a red flag.
package tabbar

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// Tab is one tab as the bar draws it.
type Tab struct {
	Label string // the tab's name, in the screen's language
	Count string // "12", or "3/12" while a filter hides rows
	Flag  bool   // mark it ⚑ (the flags tab holding flags)
	Red   bool   // draw it red (the flags tab holding a red flag)
}

// View draws the bar for the width, active the index of the active tab:
// every tab named, or, when that does not fit, only the active one.
func View(ctx *common.Context, tabs []Tab, active int) string {
	st := ctx.Styles
	render := func(short bool) string {
		parts := make([]string, len(tabs))
		for t, tb := range tabs {
			mark := ""
			if tb.Flag {
				mark = "⚑ "
			}
			label := mark + tb.Label + " " + tb.Count
			if short && t != active {
				label = fmt.Sprintf("%d:%s%s", t+1, strings.TrimSpace(mark), tb.Count)
			}
			style := st.TabNormal
			if t == active {
				style = st.TabActive
			}
			if tb.Red {
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
	if lipgloss.Width(line) > ctx.Width {
		// Issue 16's sixth tab: at 80 columns every name still fits with
		// tighter separators.
		line = strings.ReplaceAll(line, st.Dim.Render(" │ "), st.Dim.Render("│"))
	}
	if lipgloss.Width(line) > ctx.Width {
		line = render(true) // narrow: names only for the active tab
	}
	return common.ClipLine(line, ctx.Width)
}
