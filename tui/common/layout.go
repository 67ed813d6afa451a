package common

import "charm.land/lipgloss/v2"

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
