package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
)

// KeyMap is the one set of key bindings of the app: Update matches keys
// against it and the help view is drawn from it, so the two cannot differ.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	HalfUp   key.Binding
	HalfDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	NextTab  key.Binding
	PrevTab  key.Binding
	Tab1     key.Binding
	Tab2     key.Binding
	Tab3     key.Binding
	Tab4     key.Binding
	Open     key.Binding
	Back     key.Binding
	Filter   key.Binding
	Sort     key.Binding
	Reveal   key.Binding
	Programs key.Binding
	Reload   key.Binding
	Help     key.Binding
	Quit     key.Binding
	Actions  ActionKeys // forms, note, undo (actions.go)
}

// NewKeyMap returns the bindings with help text in l.
func NewKeyMap(l Lang) KeyMap {
	b := func(keys []string, k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, l.T(help)))
	}
	return KeyMap{
		Up:       b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:     b([]string{"down", "j"}, "↓/j", "key.down"),
		PageUp:   b([]string{"pgup"}, "pgup", "key.pageup"),
		PageDown: b([]string{"pgdown", "space"}, "pgdn", "key.pagedown"),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", "key.halfup"),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", "key.halfdown"),
		Top:      b([]string{"home", "g"}, "g", "key.top"),
		Bottom:   b([]string{"end", "G"}, "G", "key.bottom"),
		NextTab:  b([]string{"tab", "right", "l"}, "tab", "key.nexttab"),
		PrevTab:  b([]string{"shift+tab", "left", "h"}, "shift+tab", "key.prevtab"),
		Tab1:     b([]string{"1"}, "1", "tab.moments"),
		Tab2:     b([]string{"2"}, "2", "tab.feedback"),
		Tab3:     b([]string{"3"}, "3", "tab.flags"),
		Tab4:     b([]string{"4"}, "4", "tab.measurements"),
		Open:     b([]string{"enter"}, "enter", "key.open"),
		Back:     b([]string{"esc"}, "esc", "key.back"),
		Filter:   b([]string{"/"}, "/", "key.filter"),
		Sort:     b([]string{"s"}, "s", "key.sort"),
		Reveal:   b([]string{"x"}, "x", "key.reveal"),
		Programs: b([]string{"p"}, "p", "key.programs"),
		Reload:   b([]string{"ctrl+r"}, "ctrl+r", "key.reload"),
		Help:     b([]string{"?"}, "?", "key.help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "key.quit"),
		Actions:  NewActionKeys(l),
	}
}

// tableKeys gives the bubbles table our movement bindings only, so that its
// defaults (b, f, u, d) leave letters free for commands.
func (k KeyMap) tableKeys() table.KeyMap {
	return table.KeyMap{
		LineUp: k.Up, LineDown: k.Down,
		PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown,
		GotoTop: k.Top, GotoBottom: k.Bottom,
	}
}

// bindings is a help.KeyMap made of two lists.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
}

func (b bindings) ShortHelp() []key.Binding  { return b.short }
func (b bindings) FullHelp() [][]key.Binding { return b.full }

// worklistHelp is the help of the worklist screen.
func (k KeyMap) worklistHelp() bindings {
	return bindings{
		short: []key.Binding{k.NextTab, k.Open, k.Filter, k.Sort, k.Reveal, k.Programs, k.Help, k.Quit},
		full: [][]key.Binding{
			// The actions go under the first two columns, whose texts are as
			// wide as theirs, so the grid still fits 80 columns.
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Actions.Undo, k.Actions.Phrases},
			{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Actions.New, k.Actions.Incoming, k.Actions.Feedback, k.Actions.Measure, k.Actions.Handle, k.Actions.Schedule, k.Actions.End, k.Actions.Compose},
			{k.Open, k.Filter, k.Sort, k.Reveal, k.Programs},
			{k.Reload, k.Help, k.Back, k.Quit},
		},
	}
}
