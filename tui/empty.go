package tui

import (
	"strings"

	"github.com/ikbt/ikbt/tui/common"
)

// emptyView is the first screen of an empty database: how to get moments in.
func emptyView(ctx *common.Context, width int) string {
	l, st := ctx.Lang, ctx.Styles
	intro := l.T("empty.intro")
	if ctx.Clinician != "" {
		// Only this clinician's moments were asked for: the database may
		// well hold others', and a misspelt name must not look like loss.
		intro = l.T("empty.clinician", ctx.Clinician)
	}
	lines := []string{
		st.Bold.Render(l.T("empty.title")),
		"",
		intro,
		"",
		"  " + st.Title.Render("ikbt import FILE.json"),
		"    " + l.T("empty.import"),
		"  " + st.Title.Render("n"),
		"    " + l.T("empty.add"),
		"  " + st.Title.Render("ikbt --demo"),
		"    " + l.T("empty.demo"),
		"",
		st.Dim.Render(l.T("empty.help")),
	}
	return common.Clip(strings.Join(lines, "\n"), width, 1<<16)
}
