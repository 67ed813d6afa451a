package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// worklistHelp is the help of the worklist screen.
func worklistHelp(k common.KeyMap) common.Bindings {
	return common.Bindings{
		// issue 14: in priority order; the help line keeps as many as
		// fit, whole (shortHelp), so ? and q always, then the day's work.
		Short: []key.Binding{k.Help, k.Quit, k.Actions.Feedback, k.Actions.Handle, k.Actions.Measure, k.Open,
			k.NextTab, k.Actions.Compose, k.Actions.Incoming, k.Actions.Undo, k.Filter, k.Actions.New,
			k.Actions.End, k.Actions.Schedule, k.Actions.Phrases, k.Reveal, k.Sort, k.Programs},
		Full: [][]key.Binding{
			// The actions go under the first two columns, whose texts are as
			// wide as theirs, so the grid still fits 80 columns.
			// Issue 17: R under the first column, as wide as its others.
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Actions.Undo, k.Actions.Phrases, k.Results},
			{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6, k.Actions.New, k.Actions.Incoming, k.Actions.Feedback, k.Actions.Measure, k.Actions.Handle, k.Actions.Schedule, k.Actions.End, k.Actions.Compose,
				k.Actions.Stop, k.Actions.Waive}, // issue 9
			{k.Open, k.Filter, k.Sort, k.Reveal, k.Programs, k.Import, /* issue 15 */
				k.Lifecycle.Proposals, k.Lifecycle.Handovers}, // issue 16: D, o (here, so the tabs' column fits 24 lines)
			{k.Reload, k.Help, k.Back, k.Quit},
		},
	}
}

// legendView (issue 14) explains the symbols the tables and the detail
// pane use, under full help: "● inlämnat, väntar återkoppling", … as
// many to a line as fit the width, never one cut.
func legendView(ctx *common.Context, width int) string {
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
