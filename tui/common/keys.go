package common

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
)

// KeyMap is the one set of key bindings of the app: every Update matches
// keys against it and every help view is drawn from it, so the two cannot
// differ. The fields at the top are the worklist's and the reading pages'
// (moment, module, programs); the groups below are the scopes of the
// pages that take text (filter line, forms, composer, phrase picker),
// where letters are typed. Scopes lists which bindings meet in one place;
// a test checks that no two of them share a key.
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
	// ForceQuit (ctrl+c) quits from anywhere, even a page that takes text.
	ForceQuit key.Binding
	// OpenModule is enter on the moment page: it opens the module text.
	OpenModule key.Binding

	// Issue 17: R on the worklist opens the Resultat page; ResultKeys are
	// that page's own keys.
	Results    key.Binding
	ResultKeys ResultKeys

	// Issue 14: Pane cycles the worklist's detail pane normal → wide →
	// hidden; CopyPnr copies the patient's full personnummer (to find
	// them in Cosmic), shown masked.
	Pane    key.Binding
	CopyPnr key.Binding

	Actions     ActionKeys   // n i f m H e a c u P: forms, note, undo, phrases
	FilterInput FilterKeys   // while typing in the filter line
	Form        FormKeys     // a form of the actions
	Composer    ComposerKeys // the note composer
	Picker      PickerKeys   // the phrase picker

	// Issue 15: bringing a table in (paste box, column mapping, preview).
	Import  key.Binding // L on the worklist: the paste box
	Paste   PasteKeys
	Mapping MappingKeys
	Preview PreviewKeys
	// issue 16: the Bedömning tab and the lifecycle screens' keys.
	Tab5      key.Binding
	Tab6      key.Binding // issue 16: Överlämningar
	Lifecycle LifecycleKeys
	NoteView  NoteViewKeys // a copied note (issue 13)
	Confirm   ConfirmKeys  // a confirmation (issue 14)
	// Legend explains the screen's symbols in full help (issue 14); no
	// key press matches them and they are in no scope.
	Legend []key.Binding
}

// Issue 15: the keys of the paste box, the mapping screen and the preview.

// PasteKeys are the paste box's keys; letters, enter and tab are text.
type PasteKeys struct {
	Read    key.Binding // ctrl+s: read the pasted table (or the file named)
	File    key.Binding // ctrl+o: the file line instead of the paste area, and back
	Example key.Binding // ctrl+l: insert the example table (only in --demo)
	Cell    key.Binding // tab: a cell separator (the textarea shows it as ⇥)
	Cancel  key.Binding // esc
}

// MappingKeys are the mapping screen's keys (↑/↓ move between fields).
type MappingKeys struct {
	NextColumn key.Binding // →/l: the field's next column
	PrevColumn key.Binding // ←/h: its previous column
	NoColumn   key.Binding // backspace: no column
	Continue   key.Binding // enter: to the preview
}

// PreviewKeys are the preview's keys (↑/↓ and pages scroll).
type PreviewKeys struct {
	Apply    key.Binding // s: write it, one transaction
	TakeFile key.Binding // t: take the file's values where they contradict
	Remap    key.Binding // m: change the column mapping
}

// ConfirmKeys are a confirmation's keys (issue 14): yes (j/y, enter) or
// no (n, esc). Nothing else acts while one is open.
type ConfirmKeys struct {
	Yes key.Binding
	No  key.Binding
}

// ResultKeys are the Resultat page's keys (issue 17): the period and the
// filter. The page takes no text, so letters are free there.
type ResultKeys struct {
	Earlier key.Binding // [: the period before
	Later   key.Binding // ]: the period after (never past today)
	Span    key.Binding // t: 12 months, quarter, month, everything
	Whose   key.Binding // v: the app's clinician or everyone
	Program key.Binding // o: every program, then each in turn
	Open    key.Binding // enter: the selected patient's moment
}

// FilterKeys are the keys of the filter line while it takes text.
type FilterKeys struct {
	Done  key.Binding // enter: keep the filter, back to the list
	Clear key.Binding // esc: clear it
}

// FormKeys are a form's keys as its help line names them; the fields
// themselves take huh's keys.
type FormKeys struct {
	Submit key.Binding // enter: next field, save on the last
	Pick   key.Binding // ↑/↓: choose in a list
	Prev   key.Binding // shift+tab: previous field
	Cancel key.Binding // esc: close without writing
}

// ComposerKeys are the note composer's keys. Letters are text here, so the
// commands are on ctrl.
type ComposerKeys struct {
	Copy     key.Binding // ctrl+y: copy the note for Cosmic
	Save     key.Binding // ctrl+s
	Phrases  key.Binding // ctrl+p: the phrase picker, inserting
	Expand   key.Binding // enter: expand the code before the cursor, else a new line
	Complete key.Binding // tab: expand the code before the cursor
	Newline  key.Binding // ctrl+j: a new line, never an expansion
	Contact  key.Binding // ctrl+t: next contact type
	Close    key.Binding // esc: close, the draft kept
	// Issue 13: note kinds and drafts.
	Kind   key.Binding // ctrl+o: the next note kind (each keeps its draft)
	Afresh key.Binding // ctrl+r: drop this kind's draft, prefill again
}

// NoteViewKeys are the keys of a copied note opened from the moment page
// (issue 13).
type NoteViewKeys struct {
	Copy  key.Binding // ctrl+y, y: copy again
	Close key.Binding // esc
}

// PickerKeys are the phrase picker's keys; letters are the query.
type PickerKeys struct {
	Up     key.Binding // ↑, ctrl+k
	Down   key.Binding // ↓, ctrl+j
	Pick   key.Binding // enter: copy (or insert, from the composer)
	Cancel key.Binding // esc
}

// NewKeyMap returns the bindings with help text in l.
func NewKeyMap(l Lang) KeyMap {
	b := func(keys []string, k string, help Label) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, l.T(help)))
	}
	a := b
	return KeyMap{
		Up:       b([]string{"up", "k"}, "↑/k", L.KeyUp),
		Down:     b([]string{"down", "j"}, "↓/j", L.KeyDown),
		PageUp:   b([]string{"pgup"}, "pgup", L.KeyPageup),
		PageDown: b([]string{"pgdown", "space"}, "pgdn", L.KeyPagedown),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", L.KeyHalfup),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", L.KeyHalfdown),
		Top:      b([]string{"home", "g"}, "g", L.KeyTop),
		Bottom:   b([]string{"end", "G"}, "G", L.KeyBottom),
		NextTab:  b([]string{"tab", "right", "l"}, "tab", L.KeyNexttab),
		PrevTab:  b([]string{"shift+tab", "left", "h"}, "shift+tab", L.KeyPrevtab),
		Tab1:     b([]string{"1"}, "1", L.TabMoments),
		Tab2:     b([]string{"2"}, "2", L.TabFeedback),
		Tab3:     b([]string{"3"}, "3", L.TabFlags),
		Tab4:     b([]string{"4"}, "4", L.TabMeasurements),
		Open:     b([]string{"enter"}, "enter", L.KeyOpen),
		Back:     b([]string{"esc"}, "esc", L.KeyBack),
		Filter:   b([]string{"/"}, "/", L.KeyFilter),
		Sort:     b([]string{"s"}, "s", L.KeySort),
		Reveal:   b([]string{"x"}, "x", L.KeyReveal),
		Programs: b([]string{"p"}, "p", L.KeyPrograms),
		Reload:   b([]string{"ctrl+r"}, "ctrl+r", L.KeyReload),
		Help:     b([]string{"?"}, "?", L.KeyHelp),
		Quit:     b([]string{"q"}, "q", L.KeyQuit),
		// No help: the help line names q; ctrl+c is the terminal's own.
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
		OpenModule: b([]string{"enter"}, "enter", L.KeyOpenmodule),
		Actions:    NewActionKeys(l),
		// issue 16
		Tab5:      b([]string{"5"}, "5", L.TabAssessments),
		Tab6:      b([]string{"6"}, "6", L.TabHandovers),
		Lifecycle: NewLifecycleKeys(l),
		// Issue 17: the Resultat page.
		Results: b([]string{"R"}, "R", L.KeyResults),
		// Issue 14.
		Pane:    b([]string{"<", ">"}, "</>", L.KeyPane),
		CopyPnr: b([]string{"y"}, "y", L.KeyCopyPnr),
		ResultKeys: ResultKeys{
			Earlier: b([]string{"["}, "[", L.ResKeyEarlier),
			Later:   b([]string{"]"}, "]", L.ResKeyLater),
			Span:    b([]string{"t"}, "t", L.ResKeySpan),
			Whose:   b([]string{"v"}, "v", L.ResKeyWhose),
			Program: b([]string{"o"}, "o", L.ResKeyProgram),
			Open:    b([]string{"enter"}, "enter", L.ResKeyOpen),
		},
		FilterInput: FilterKeys{
			Done:  b([]string{"enter"}, "enter", L.KeyFilterdone),
			Clear: b([]string{"esc"}, "esc", L.KeyFilterclear),
		},
		Form: FormKeys{
			Submit: a([]string{"enter"}, "enter", L.ActKeySubmit),
			Pick:   a([]string{"up", "down"}, "↑/↓", L.ActKeyPick),
			Prev:   a([]string{"shift+tab"}, "shift+tab", L.ActKeyBack),
			Cancel: a([]string{"esc"}, "esc", L.ActKeyCancel),
		},
		Composer: ComposerKeys{
			Copy:     a([]string{"ctrl+y"}, "ctrl+y", L.ActKeyCopy),
			Save:     a([]string{"ctrl+s"}, "ctrl+s", L.ActKeySave),
			Phrases:  a([]string{"ctrl+p"}, "ctrl+p", L.ActKeyPhrases),
			Expand:   a([]string{"enter"}, "kod+enter/tab", L.ActKeyExpand),
			Complete: a([]string{"tab"}, "kod+enter/tab", L.ActKeyExpand),
			Newline:  key.NewBinding(key.WithKeys("ctrl+j")),
			Contact:  a([]string{"ctrl+t"}, "ctrl+t", L.ActKeyContact),
			Close:    a([]string{"esc"}, "esc", L.NoteKeyClose),
			// Issue 13: ctrl+o and ctrl+r are free in the textarea's keymap.
			Kind:   a([]string{"ctrl+o"}, "ctrl+o", L.NoteKeyKind),
			Afresh: a([]string{"ctrl+r"}, "ctrl+r", L.NoteKeyAfresh),
		},
		// Issue 13.
		NoteView: NoteViewKeys{
			Copy:  a([]string{"ctrl+y", "y"}, "y", L.NoteKeyCopy),
			Close: a([]string{"esc"}, "esc", L.KeyBack),
		},
		Picker: PickerKeys{
			// The help line shows Up and Down as one "↑/↓" (PickerHelp).
			Up:     a([]string{"up", "ctrl+k"}, "↑/ctrl+k", L.ActKeyPick),
			Down:   a([]string{"down", "ctrl+j"}, "↓/ctrl+j", L.ActKeyPick),
			Pick:   a([]string{"enter"}, "enter", L.ActKeyCopy),
			Cancel: a([]string{"esc"}, "esc", L.ActKeyCancel),
		},
		Legend: []key.Binding{ // issue 14
			key.NewBinding(key.WithKeys("legend:pending"), key.WithHelp("●", l.T(L.LegendPending))),
			key.NewBinding(key.WithKeys("legend:done"), key.WithHelp("✓", l.T(L.LegendDone))),
			key.NewBinding(key.WithKeys("legend:open"), key.WithHelp("○", l.T(L.LegendOpen))),
			key.NewBinding(key.WithKeys("legend:flag"), key.WithHelp("⚑", l.T(L.LegendFlag))),
			key.NewBinding(key.WithKeys("legend:cursor"), key.WithHelp(Gutter, l.T(L.LegendCursor))),
			key.NewBinding(key.WithKeys("legend:sort"), key.WithHelp("↓", l.T(L.LegendSort))),
			key.NewBinding(key.WithKeys("legend:masked"), key.WithHelp("XXXX", l.T(L.LegendMasked))),
			key.NewBinding(key.WithKeys("legend:handover"), key.WithHelp("⇄", l.T(L.LcHvPending))), // issue 16
			key.NewBinding(key.WithKeys("legend:more"), key.WithHelp("+2", l.T(L.LegendMore))),     // issue 14
			key.NewBinding(key.WithKeys("legend:spark"), key.WithHelp("▂▄▆", l.T(L.LegendSpark))),  // issue 14
		},
		Confirm: ConfirmKeys{ // issue 14
			Yes: b([]string{"j", "y", "enter"}, l.T(L.ConfirmYesKeys), L.ConfirmYes),
			No:  b([]string{"n", "esc"}, "n/esc", L.ConfirmNo),
		},
		// Issue 15.
		Import: b([]string{"L"}, "L", L.ImpKeyImport),
		Paste: PasteKeys{
			Read:    b([]string{"ctrl+s"}, "ctrl+s", L.ImpKeyRead),
			File:    b([]string{"ctrl+o"}, "ctrl+o", L.ImpKeyFile),
			Example: b([]string{"ctrl+l"}, "ctrl+l", L.ImpKeyExample),
			Cell:    b([]string{"tab"}, "tab", L.ImpKeyCell),
			Cancel:  b([]string{"esc"}, "esc", L.ActKeyCancel),
		},
		Mapping: MappingKeys{
			NextColumn: b([]string{"right", "l"}, "←/→", L.ImpKeyColumn),
			PrevColumn: b([]string{"left", "h"}, "←/→", L.ImpKeyColumn),
			NoColumn:   b([]string{"backspace", "delete"}, "backspace", L.ImpKeyNocolumn),
			Continue:   b([]string{"enter"}, "enter", L.ImpKeyContinue),
		},
		Preview: PreviewKeys{
			Apply:    b([]string{"s"}, "s", L.ImpKeyApply),
			TakeFile: b([]string{"t"}, "t", L.ImpKeyTakefile),
			Remap:    b([]string{"m"}, "m", L.ImpKeyRemap),
		},
	}
}

// Joined is one help entry for several bindings that do one thing (↑ and
// ↓ choose): it matches all their keys and shows as k: desc.
func Joined(k, desc string, bs ...key.Binding) key.Binding {
	var keys []string
	for _, b := range bs {
		keys = append(keys, b.Keys()...)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// Scope is the bindings that are live at once in one place of the app.
type Scope struct {
	Name     string
	Bindings []key.Binding
}

// Scopes lists, for each place of the app, the bindings live there, so
// that a test can check no key means two things in one place.
func (k KeyMap) Scopes() []Scope {
	move := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}
	with := func(bs ...[]key.Binding) []key.Binding {
		var out []key.Binding
		for _, b := range bs {
			out = append(out, b...)
		}
		return out
	}
	chrome := []key.Binding{k.Help, k.Quit, k.ForceQuit}
	return []Scope{
		{"worklist", with(move, chrome, []key.Binding{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4,
			k.Open, k.Back, k.Filter, k.Sort, k.Reveal, k.Programs, k.Reload, k.Import /* issue 15 */, k.Tab5, k.Tab6, k.Lifecycle.Proposals, k.Lifecycle.Handovers,
			k.Results,         // issue 17
			k.Pane, k.CopyPnr, // issue 14
		}, k.Actions.List())},
		{"moment page", with([]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom},
			chrome, []key.Binding{k.Back, k.Reveal, k.OpenModule, k.CopyPnr /* issue 14 */}, k.Actions.List(), []key.Binding{k.Lifecycle.Closing, k.Lifecycle.Handover, k.Lifecycle.Transfer})},
		// issue 16: the referral page.
		{"referral page", with(move, chrome, []key.Binding{k.Back, k.Reveal}, k.Lifecycle.ReferralList())},
		{"handovers page", with(move, chrome, []key.Binding{k.Back, k.Lifecycle.Receive, k.Lifecycle.Accept, k.Lifecycle.Decline, k.Lifecycle.Outcome, k.Lifecycle.Leaving,
			k.Lifecycle.Mark, k.Lifecycle.MarkAll, k.Open, k.Lifecycle.Handover, k.Lifecycle.Transfer})},
		{"gallring page", with(move, chrome, []key.Binding{k.Back, k.Open, k.Lifecycle.Gallra})},
		{"closing page", with(move, chrome, []key.Binding{k.Back, k.Reveal, k.Actions.End}, k.Lifecycle.ClosingList())},
		{"module and programs pages", with(move, chrome, []key.Binding{k.Open, k.Back})},
		// Issue 17: the Resultat page.
		{"results page", with(move, chrome, []key.Binding{k.Back, k.ResultKeys.Earlier, k.ResultKeys.Later,
			k.ResultKeys.Span, k.ResultKeys.Whose, k.ResultKeys.Program, k.ResultKeys.Open})},
		{"filter line", []key.Binding{k.FilterInput.Done, k.FilterInput.Clear, k.ForceQuit}},
		{"form", []key.Binding{k.Form.Submit, k.Form.Pick, k.Form.Prev, k.Form.Cancel, k.ForceQuit}},
		{"composer", []key.Binding{k.Composer.Copy, k.Composer.Save, k.Composer.Phrases, k.Composer.Expand,
			k.Composer.Complete, k.Composer.Newline, k.Composer.Contact, k.Composer.Close, k.Composer.Kind, k.Composer.Afresh, k.ForceQuit}},
		// Issue 13: a copied note, opened from the moment page.
		{"note page", with(move, chrome, []key.Binding{k.NoteView.Copy, k.NoteView.Close})},
		{"phrase picker", []key.Binding{k.Picker.Up, k.Picker.Down, k.Picker.Pick, k.Picker.Cancel, k.ForceQuit}},
		// Issue 15: the paste box takes text; the mapping screen and the preview do not.
		{"paste box", []key.Binding{k.Paste.Read, k.Paste.File, k.Paste.Example, k.Paste.Cell, k.Paste.Cancel, k.ForceQuit}},
		{"mapping screen", with(chrome, []key.Binding{k.Up, k.Down, k.Back, k.Mapping.NextColumn, k.Mapping.PrevColumn,
			k.Mapping.NoColumn, k.Mapping.Continue})},
		{"preview", with(move, chrome, []key.Binding{k.Back, k.Preview.Apply, k.Preview.TakeFile, k.Preview.Remap})},
		{"confirmation", []key.Binding{k.Confirm.Yes, k.Confirm.No, k.ForceQuit}}, // issue 14
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

	// Issue 9: stop or resume a battery form (5.4.2); the follow-up is
	// not to be done (7.1.4).
	Stop  key.Binding
	Waive key.Binding
}

// single makes bindings of one key each, their help in l.
func single(l Lang) func(k string, help Label) key.Binding {
	return func(k string, help Label) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, l.T(help)))
	}
}

// NewActionKeys returns the action bindings with help text in l. The
// letters avoid the worklist's own (arrows, hjkl, g/G, s, x, p, q, ?).
func NewActionKeys(l Lang) ActionKeys {
	b := single(l)
	return ActionKeys{
		New:      b("n", L.ActKeyNew),
		Incoming: b("i", L.ActKeyIncoming),
		Feedback: b("f", L.ActKeyFeedback),
		Measure:  b("m", L.ActKeyMeasure),
		Handle:   b("H", L.ActKeyHandle),
		Schedule: b("e", L.ActKeySchedule),
		End:      b("a", L.ActKeyEnd),
		Compose:  b("c", L.ActKeyCompose),
		Undo:     b("u", L.ActKeyUndo),
		Phrases:  b("P", L.ActKeyPhrases),
		// Issue 9.
		Stop:  b("S", L.I9KeyStop),
		Waive: b("W", L.I9KeyWaive),
	}
}

// List returns the bindings in help order.
func (k ActionKeys) List() []key.Binding {
	return []key.Binding{k.New, k.Incoming, k.Feedback, k.Measure, k.Handle, k.Schedule, k.End, k.Compose, k.Undo, k.Phrases,
		k.Stop, k.Waive} // issue 9
}
