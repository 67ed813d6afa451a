package common

import "charm.land/lipgloss/v2"

// Styles are the app's styles. Colours are the terminal's own 16 ANSI
// colours, so they suit light and dark backgrounds without a background
// query (which can hang over SSH and in CI). Meaning never rests on colour
// alone: flags carry a ⚑ and words too.
type Styles struct {
	Title      lipgloss.Style
	Dim        lipgloss.Style
	Bold       lipgloss.Style
	TabActive  lipgloss.Style
	TabNormal  lipgloss.Style
	TabRed     lipgloss.Style // a tab holding a red flag
	Red        lipgloss.Style // red flag: MADRS-S item 9
	Warn       lipgloss.Style // other open flags, overdue work
	OK         lipgloss.Style
	Section    lipgloss.Style // headings in the detail pane
	Border     lipgloss.Style // the line between table and detail pane
	Selected   lipgloss.Style
	TableHead  lipgloss.Style
	TableCell  lipgloss.Style
	FilterText lipgloss.Style
	Error      lipgloss.Style
}

// DefaultStyles returns the app's styles.
func DefaultStyles() Styles {
	red := lipgloss.Color("1")
	yellow := lipgloss.Color("3")
	green := lipgloss.Color("2")
	blue := lipgloss.Color("4")
	cyan := lipgloss.Color("6")
	gray := lipgloss.Color("8")
	return Styles{
		Title:      lipgloss.NewStyle().Bold(true).Foreground(cyan),
		Dim:        lipgloss.NewStyle().Foreground(gray),
		Bold:       lipgloss.NewStyle().Bold(true),
		TabActive:  lipgloss.NewStyle().Bold(true).Underline(true).Foreground(cyan),
		TabNormal:  lipgloss.NewStyle(),
		TabRed:     lipgloss.NewStyle().Bold(true).Foreground(red),
		Red:        lipgloss.NewStyle().Bold(true).Foreground(red),
		Warn:       lipgloss.NewStyle().Foreground(yellow),
		OK:         lipgloss.NewStyle().Foreground(green),
		Section:    lipgloss.NewStyle().Bold(true).Foreground(blue),
		Border:     lipgloss.NewStyle().Foreground(gray),
		Selected:   lipgloss.NewStyle().Reverse(true),
		TableHead:  lipgloss.NewStyle().Bold(true).Padding(0, 1, 0, 0),
		TableCell:  lipgloss.NewStyle().Padding(0, 1, 0, 0),
		FilterText: lipgloss.NewStyle().Foreground(cyan),
		Error:      lipgloss.NewStyle().Bold(true).Foreground(red),
	}
}
