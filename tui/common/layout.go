package common

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit pads or cuts s to exactly w×h cells.
func Fit(s string, w, h int) string {
	return lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s)
}

// Clip cuts s to w×h without padding, wrapping words first.
func Clip(s string, w, h int) string {
	return lipgloss.NewStyle().Width(w).MaxWidth(w).MaxHeight(h).Render(s)
}

// ClipLine cuts one line to w cells.
func ClipLine(s string, w int) string {
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}

// Gutter marks the selected row of a list without relying on colour.
const Gutter = "▸"

// ScrollEnds moves vp to its top or bottom on the Top and Bottom keys
// (g, G, home, end) and reports whether msg was one of them.
func ScrollEnds(k KeyMap, vp *viewport.Model, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// Truncate cuts one line to w cells, with … where it was cut; "" when w
// is not positive.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// WrapLines wraps s at w cells and keeps at most n lines.
func WrapLines(s string, w, n int) string {
	if w <= 0 || n <= 0 {
		return ""
	}
	lines := strings.Split(lipgloss.Wrap(s, w, " "), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
