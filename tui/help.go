package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/ikbt/ikbt/tui/common"
)

// worklistHelp is the help of the worklist screen.
func worklistHelp(k common.KeyMap) common.Bindings {
	return common.Bindings{
		Short: []key.Binding{k.NextTab, k.Open, k.Filter, k.Sort, k.Reveal, k.Programs, k.Help, k.Quit},
		Full: [][]key.Binding{
			// The actions go under the first two columns, whose texts are as
			// wide as theirs, so the grid still fits 80 columns.
			// Issue 17: R under the first column, as wide as its others.
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Actions.Undo, k.Actions.Phrases, k.Results},
			{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Actions.New, k.Actions.Incoming, k.Actions.Feedback, k.Actions.Measure, k.Actions.Handle, k.Actions.Schedule, k.Actions.End, k.Actions.Compose,
				k.Actions.Stop, k.Actions.Waive, // issue 9
				k.Lifecycle.Proposals, k.Lifecycle.Handovers}, // issue 16: D, o
			{k.Open, k.Filter, k.Sort, k.Reveal, k.Programs, k.Import /* issue 15 */},
			{k.Reload, k.Help, k.Back, k.Quit},
		},
	}
}
