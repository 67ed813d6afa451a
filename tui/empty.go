package tui

import (
	"strings"

	"github.com/ikbt/ikbt/tui/common"
)

// emptyView is the first screen of an empty database: how to get moments in.
func emptyView(ctx *common.Context, width int) string {
	l, st := ctx.Lang, ctx.Styles
	intro := l.T(common.L.EmptyIntro)
	if ctx.Clinician != "" {
		// Only this clinician's moments were asked for: the database may
		// well hold others', and a misspelt name must not look like loss.
		intro = l.T(common.L.EmptyClinician, ctx.Clinician)
	}
	lines := []string{
		st.Bold.Render(l.T(common.L.EmptyTitle)),
		"",
		intro,
		"",
		"  " + st.Title.Render("ikbt import FILE.json"),
		"    " + l.T(common.L.EmptyImport),
		"  " + st.Title.Render(ctx.Keys.Import.Help().Key), // issue 15: a spreadsheet or a pasted table
		"    " + l.T(common.L.ImpEmptyPaste),
		"  " + st.Title.Render("n"),
		"    " + l.T(common.L.EmptyAdd),
		"  " + st.Title.Render("ikbt --demo"),
		"    " + l.T(common.L.EmptyDemo),
		"",
		st.Dim.Render(l.T(common.L.EmptyHelp)),
	}
	return common.Clip(strings.Join(lines, "\n"), width, 1<<16)
}
