package tui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Page is a screen pushed over the worklist: the moment page, a module
// text, the program list, and the forms of the actions. The root model
// keeps a stack of pages; the top one gets every message (except
// window-size changes, which arrive as SetSize) and fills the area between
// the header and the help line.
type Page interface {
	Update(msg tea.Msg) (Page, tea.Cmd)
	View() string
	SetSize(width, height int)
	// Help is the page's key bindings, shown in the help line and in full help.
	Help() help.KeyMap
}

// KeyCapturer is implemented by pages that take text input: while
// CapturesKeys is true the root model leaves q and ? to the page.
type KeyCapturer interface {
	CapturesKeys() bool
}

// Titled is implemented by pages that name themselves in the header.
type Titled interface {
	Title() string
}

type pushPageMsg struct{ page Page }
type popPageMsg struct{}

// PushPage returns a command that puts p on top of the page stack.
func PushPage(p Page) tea.Cmd { return func() tea.Msg { return pushPageMsg{p} } }

// PopPage returns a command that closes the top page.
func PopPage() tea.Cmd { return func() tea.Msg { return popPageMsg{} } }
