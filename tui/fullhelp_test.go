package tui

import (
	"strings"
	"testing"
)

// TestFullHelpScrolls: on a screen lower than full help (60×20) the last
// line says more is below, and the movement keys reach the legend's last
// line without moving the table behind it (issue 14: nothing cut unseen).
func TestFullHelpScrolls(t *testing.T) {
	for _, tc := range []struct {
		lang       Lang
		more, last string
	}{
		{"sv", "↓ mer", "⇄ överlämning pågår"},
		{"en", "↓ more", "⇄"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := start(t, demoData(), 60, 20, tc.lang, "")
			row := m.tables[m.active].SelectedID()
			press(m, "?")
			s := screen(m)
			if !strings.Contains(s, tc.more) || strings.Contains(s, tc.last) {
				t.Fatalf("full help at 60×20 does not say more is below:\n%s", s)
			}
			press(m, "G")
			s = screen(m)
			if strings.Contains(s, tc.more) || !strings.Contains(s, tc.last) {
				t.Fatalf("G does not reach full help's end:\n%s", s)
			}
			checkFrame(t, s, 60, 20)
			press(m, "g")
			if !strings.Contains(screen(m), tc.more) {
				t.Fatalf("g does not go back to the top:\n%s", screen(m))
			}
			if got := m.tables[m.active].SelectedID(); got != row {
				t.Errorf("scrolling help moved the table's cursor %q → %q", row, got)
			}
			press(m, "esc")
			if m.fullHelp {
				t.Error("esc does not close full help")
			}
		})
	}
}

// TestFullHelpFitsWithoutScroll: where full help fits (80×24), no "more"
// line and the movement keys leave it where it is.
func TestFullHelpFitsWithoutScroll(t *testing.T) {
	m := start(t, demoData(), 80, 24, "sv", "")
	press(m, "?", "j", "j")
	if s := screen(m); strings.Contains(s, "↓ mer") || !strings.Contains(s, "↑/k") {
		t.Fatalf("full help at 80×24 scrolled or says more:\n%s", s)
	}
}
