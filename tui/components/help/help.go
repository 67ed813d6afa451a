// Package help is the worklist's help: its bindings in priority order
// (Worklist), the help line that keeps as many as fit whole (Line), and
// the legend of the symbols under full help (Legend).
package help

import (
	"slices"

	"strings"

	bhelp "charm.land/bubbles/v2/help"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// Worklist is the help of the worklist screen.
func Worklist(k common.KeyMap) common.Bindings {
	return common.Bindings{
		// issue 14: in priority order; the help line keeps as many as
		// fit, whole (shortHelp), so ? and q always, then the day's work.
		Short: []key.Binding{k.Help, k.Quit, k.Actions.Feedback, k.Actions.Handle, k.Actions.Measure, k.Open,
			k.NextTab, k.Actions.Compose, k.Actions.Incoming, k.Actions.Undo, k.Filter, k.Actions.New,
			k.Actions.End, k.Actions.Schedule, k.Actions.Phrases, k.Reveal, k.CopyPnr, k.Pane, k.Sort, k.Programs},
		Full: [][]key.Binding{
			// The actions go under the first two columns, whose texts are as
			// wide as theirs, so the grid still fits 80 columns.
			// Issue 17: R under the first column, as wide as its others.
			// Issue 14: three columns of at most 14 lines, so that full
			// help and the legend fit 80×24 (fullHelpView moves a column
			// that does not fit the width below the others).
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Actions.Undo, k.Actions.Phrases, k.Results,
				k.Reload, k.Help, k.Back, k.Quit, k.Actions.End},
			{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6, k.Actions.New, k.Actions.Incoming, k.Actions.Feedback, k.Actions.Measure, k.Actions.Handle, k.Actions.Schedule},
			{k.Open, k.Filter, k.Sort, k.Reveal, k.CopyPnr, k.Pane, k.Programs, k.Import /* issue 15 */, k.Actions.Compose,
				k.Actions.Stop, k.Actions.Waive, // issue 9
				k.Lifecycle.Proposals, k.Lifecycle.Handovers}, // issue 16: D, o
		},
	}
}

// Legend (issue 14) explains the symbols the tables and the detail
// pane use, under full help: "● inlämnat, väntar återkoppling", … as
// many to a line as fit the width, never one cut.
func Legend(ctx *common.Context, width int) string {
	var lines []string
	line := ""
	for _, b := range ctx.Keys.Legend {
		item := ctx.Styles.Dim.Render(b.Help().Key) + " " + b.Help().Desc
		switch {
		case line == "":
			line = item
		case lipgloss.Width(line)+3+lipgloss.Width(item) <= width:
			line += "   " + item
		default:
			lines = append(lines, line)
			line = item
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// Line draws the help line (issue 14): the bindings in their order of
// priority, as many as fit the width whole — never one cut mid-word —
// shown in their order. The bindings with first's keys (? and esc: how to
// find the rest and how to get back) are fitted before the others.
//
// The app draws it on every frame, so each binding is measured once, and
// the line drawn once: a line is its items and a separator between each
// two (bubbles' ShortHelpView), so its width is theirs added up. Drawing
// every candidate line whole was half of a frame (issue 18).
func Line(h bhelp.Model, bs []key.Binding, width int, first ...key.Binding) string {
	w := max(width-1, 1)
	wide := h
	wide.SetWidth(0)
	isFirst := func(b key.Binding) bool {
		return slices.ContainsFunc(first, func(f key.Binding) bool { return slices.Equal(b.Keys(), f.Keys()) })
	}
	itemW := make([]int, len(bs))
	var enabled []int // index into bs
	for i, b := range bs {
		if b.Enabled() {
			itemW[i] = lipgloss.Width(wide.ShortHelpView([]key.Binding{b}))
			enabled = append(enabled, i)
		}
	}
	sepW := 0
	if len(enabled) > 1 {
		a, b := enabled[0], enabled[1]
		sepW = lipgloss.Width(wide.ShortHelpView([]key.Binding{bs[a], bs[b]})) - itemW[a] - itemW[b]
	}
	order := slices.Concat(slices.DeleteFunc(slices.Clone(enabled), func(i int) bool { return !isFirst(bs[i]) }),
		slices.DeleteFunc(slices.Clone(enabled), func(i int) bool { return isFirst(bs[i]) }))
	keep := map[int]bool{} // index into bs
	total, n := 0, 0
	for _, i := range order {
		// The first of two bindings with the same keys and text stands
		// for both, as it always has.
		j := slices.IndexFunc(bs, func(x key.Binding) bool { return slices.Equal(x.Keys(), bs[i].Keys()) && x.Help() == bs[i].Help() })
		add := itemW[i]
		if n > 0 {
			add += sepW
		}
		if total+add > w {
			continue // a shorter one further down may still fit
		}
		total += add
		n++
		keep[j] = true
	}
	shown := make([]key.Binding, 0, n)
	for i, b := range bs {
		if keep[i] {
			shown = append(shown, b)
		}
	}
	return wide.ShortHelpView(shown)
}

// Full draws full help's columns side by side as many as fit the
// width, and the rest in rows below (issue 14: at 80 columns the 4th
// column moved down instead of being dropped, as help.Model does).
func Full(h bhelp.Model, groups [][]key.Binding, width int) string {
	h.SetWidth(0) // each row is fitted here; help.Model would drop columns
	sep := lipgloss.Width(h.FullSeparator)
	var rows []string
	var row [][]key.Binding
	rowW := 0
	for _, g := range groups {
		gw := lipgloss.Width(h.FullHelpView([][]key.Binding{g}))
		if gw == 0 {
			continue // no enabled binding
		}
		if len(row) > 0 && rowW+sep+gw > width {
			rows = append(rows, h.FullHelpView(row))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			rowW += sep
		}
		row, rowW = append(row, g), rowW+gw
	}
	if len(row) > 0 {
		rows = append(rows, h.FullHelpView(row))
	}
	return strings.Join(rows, "\n\n")
}
