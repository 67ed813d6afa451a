// Package header is the top line: the app (and the open page's title),
// the database file, the clinician and the day on the left; the red-flag
// count on the right, in colour and in words.
package header

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// Line is what the header says.
type Line struct {
	OnPage   bool   // a page is open (not the worklist)
	Page     string // the title of the page on top
	File     string // the database file's name; "" none
	ReadOnly bool   // the file cannot be written
	Loaded   bool   // the worklist has loaded: the right side has counts
	RedFlags int    // open red flags
	Moments  int    // moments on the worklist
	// Part (issue 18): the worklist shown is the first part of a large
	// one. Its red-flag count is the whole one's; its moment count is not,
	// so the line says the rest is loading instead.
	Part bool
}

// View draws the line for the width: the widest variant that fits.
func View(ctx *common.Context, h Line) string {
	l, st, w := ctx.Lang, ctx.Styles, ctx.Width
	who := ctx.Clinician
	if who == "" {
		who = l.T(common.L.HeaderEveryone)
	}
	title := "ikbt"
	if h.OnPage {
		title += " › " + h.Page
	}
	sep := st.Dim.Render(" · ")
	// issue 14: the file is always named, and a read-only one says so in
	// every variant of the line.
	file, ro := h.File, ""
	if h.ReadOnly {
		ro = st.Error.Render(l.T(common.L.HeaderReadonly))
	}
	withFile := title
	if file != "" {
		withFile = st.Title.Render(title) + sep + st.Dim.Render(file)
	} else {
		withFile = st.Title.Render(title)
	}
	if ro != "" {
		withFile += sep + ro
	}
	bare := st.Title.Render(title)
	if ro != "" {
		bare += sep + ro
	}
	pageBare := withFile // on the worklist the file's name stays before the day in words
	if h.OnPage {
		pageBare = bare
	}
	long, short := l.LongDate(ctx.Today), ctx.Today.String()
	var right, rightShort string
	if h.Loaded {
		if h.RedFlags > 0 {
			right = st.Red.Render(l.T(common.L.HeaderRedflags, h.RedFlags))
			rightShort = st.Red.Render(fmt.Sprintf("⚑ %d", h.RedFlags))
		} else if h.Part {
			right = st.Dim.Render(l.T(common.L.HeaderPart))
			rightShort = st.Dim.Render("…")
		} else {
			right = st.Dim.Render(l.N(h.Moments, common.L.HeaderMomentsOne, common.L.HeaderMoments, h.Moments))
		}
	}
	// The widest variant that fits; the red flag count is the last to go.
	for _, v := range [][2]string{
		{withFile + sep + who + sep + long, right},
		{pageBare + sep + who + sep + long, right}, // a page's long title: the day in words first
		{withFile + sep + who + sep + short, right},
		{withFile + sep + short, right},
		{bare + sep + short, right}, // the red flag in words before the file's name
		{withFile + sep + short, rightShort},
		{withFile, rightShort},
		{bare + sep + short, rightShort},
		{bare, rightShort},
	} {
		if gap := w - lipgloss.Width(v[0]) - lipgloss.Width(v[1]); gap >= 1 {
			return v[0] + strings.Repeat(" ", gap) + v[1]
		}
	}
	return common.ClipLine(st.Title.Render(title), w)
}
