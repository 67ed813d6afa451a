package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// headerView is the top line: app, clinician and day on the left; the
// red-flag count on the right, in colour and in words.
func (m *Model) headerView() string {
	l, st, w := m.ctx.Lang, m.ctx.Styles, m.ctx.Width
	who := m.ctx.Clinician
	if who == "" {
		who = l.T(common.L.HeaderEveryone)
	}
	title := "ikbt"
	if len(m.pages) > 0 {
		title += " › " + m.pages[len(m.pages)-1].Title()
	}
	sep := st.Dim.Render(" · ")
	// issue 14: the file is always named, and a read-only one says so in
	// every variant of the line.
	file, ro := m.opts.DBName, ""
	if ro2, ok := m.act.w.(interface{ ReadOnly() bool }); ok && ro2.ReadOnly() {
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
	if len(m.pages) > 0 {
		pageBare = bare
	}
	long, short := l.LongDate(m.ctx.Today), m.ctx.Today.String()
	var right, rightShort string
	if m.ix != nil {
		if m.ix.red > 0 {
			right = st.Red.Render(l.T(common.L.HeaderRedflags, m.ix.red))
			rightShort = st.Red.Render(fmt.Sprintf("⚑ %d", m.ix.red))
		} else {
			right = st.Dim.Render(l.N(len(m.wl.Moments), common.L.HeaderMomentsOne, common.L.HeaderMoments, len(m.wl.Moments)))
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
