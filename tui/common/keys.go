package common

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

// TableKeys gives the bubbles table our movement bindings only, so that its
// defaults (b, f, u, d) leave letters free for commands.
func (k KeyMap) TableKeys() table.KeyMap {
	return table.KeyMap{
		LineUp: k.Up, LineDown: k.Down,
		PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown,
		GotoTop: k.Top, GotoBottom: k.Bottom,
	}
}

// Bindings is a help.KeyMap made of two lists: the help line's and full
// help's columns.
type Bindings struct {
	Short []key.Binding
	Full  [][]key.Binding
}

func (b Bindings) ShortHelp() []key.Binding  { return b.Short }
func (b Bindings) FullHelp() [][]key.Binding { return b.Full }

// ActionKeys are the keys of the actions; they are part of the app's one
// KeyMap so that the help view lists them.
type ActionKeys struct {
	New      key.Binding
	Incoming key.Binding
	Feedback key.Binding
	Measure  key.Binding
	Handle   key.Binding
	Schedule key.Binding
	End      key.Binding
	Compose  key.Binding
	Undo     key.Binding
	Phrases  key.Binding
}

// NewActionKeys returns the action bindings with help text in l. The
// letters avoid the worklist's own (arrows, hjkl, g/G, s, x, p, q, ?).
func NewActionKeys(l Lang) ActionKeys {
	b := func(k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, l.A(help)))
	}
	return ActionKeys{
		New:      b("n", "act.key.new"),
		Incoming: b("i", "act.key.incoming"),
		Feedback: b("f", "act.key.feedback"),
		Measure:  b("m", "act.key.measure"),
		Handle:   b("H", "act.key.handle"),
		Schedule: b("e", "act.key.schedule"),
		End:      b("a", "act.key.end"),
		Compose:  b("c", "act.key.compose"),
		Undo:     b("u", "act.key.undo"),
		Phrases:  b("P", "act.key.phrases"),
	}
}

// List returns the bindings in help order.
func (k ActionKeys) List() []key.Binding {
	return []key.Binding{k.New, k.Incoming, k.Feedback, k.Measure, k.Handle, k.Schedule, k.End, k.Compose, k.Undo, k.Phrases}
}
