package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Page is the one contract between the root model and a screen pushed
// over the worklist (the moment page, a module text, the program list,
// the forms, the note composer, the phrase picker). Every method is part
// of it; the root finds nothing by type assertion. The root keeps a stack
// of pages: the top one gets every message (window-size changes arrive as
// SetSize; loaded moments and modules go to every page) and fills the area
// between the header and the help line.
type Page interface {
	// Init returns the page's start-up commands, run once it is on the
	// stack (PushCmd); nil when it has none.
	Init() tea.Cmd
	// Update handles a message; a page that returns nil has closed.
	Update(msg tea.Msg) (Page, tea.Cmd)
	View() string
	SetSize(width, height int)
	// Resized runs after the terminal was resized (SetSize has run): a
	// page that draws something off the UI loop for its width asks for it
	// again here (the module page re-renders its text); nil for none.
	Resized() tea.Cmd
	// Help is the page's key bindings from the one KeyMap, shown in the
	// help line and in full help.
	Help() help.KeyMap
	// Title names the page in the header after "ikbt ›"; "" names none.
	Title() string
	// CapturesKeys is true while the page takes text input: the root then
	// leaves q, ? and esc to the page.
	CapturesKeys() bool
	// ActsOn is the ID of the moment the action keys (ActionKeys: n, i, f,
	// m, H, e, a, c, u, P) act on while this page is on top, or "" when
	// they do not act here. The selection is also the ActsOn of the
	// highest page that has one (a form over the moment page saves to it).
	ActsOn() string
}

// PushPageMsg asks the root to put Page on top of the stack.
type PushPageMsg struct{ Page Page }

// PopPageMsg asks the root to close the top page.
type PopPageMsg struct{}

// PushPage returns a command that puts p on top of the page stack. Use
// PushCmd to run the page's Init as well.
func PushPage(p Page) tea.Cmd { return func() tea.Msg { return PushPageMsg{p} } }

// PushCmd puts pg on the page stack and then runs its Init. It is called
// on the UI loop, where pages are built and started.
func PushCmd(pg Page) tea.Cmd {
	if c := pg.Init(); c != nil {
		return tea.Sequence(PushPage(pg), c)
	}
	return PushPage(pg)
}

// ReloadMsg asks the root to load the worklist again, keeping the
// selection. A page sends it (Reload) after a write.
type ReloadMsg struct{}

// Reload returns a command that reloads the worklist.
func Reload() tea.Cmd { return func() tea.Msg { return ReloadMsg{} } }

// SelectMomentMsg asks the root for the cursor on a moment's row once
// the worklist has loaded it (issue 14: after a new moment).
type SelectMomentMsg struct{ ID string }

// PopPage returns a command that closes the top page.
func PopPage() tea.Cmd { return func() tea.Msg { return PopPageMsg{} } }
