package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Below 30×8 the app only says how big it must be and that q quits, so no
// other key acts on what cannot be seen; q still quits, even over a form.
func TestTooSmallTakesOnlyQuit(t *testing.T) {
	m := start(t, demoData(), 20, 5, "sv", "")
	press(m, "enter", "p", "3", "/", "x")
	if len(m.pages) != 0 || m.active != tabMoments || m.filtering || m.revealed != "" {
		t.Errorf("keys acted unseen at 20×5: pages %d, tab %d, filtering %v, revealed %q", len(m.pages), m.active, m.filtering, m.revealed)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "p")
	if len(m.pages) != 1 {
		t.Fatalf("p at 80×24 opened %d pages", len(m.pages))
	}
	send(m, tea.WindowSizeMsg{Width: 20, Height: 5})
	if _, cmd := m.Update(keyMsg("q")); cmd == nil || cmd() != tea.Quit() {
		t.Error("q does not quit at 20×5")
	}
}
