package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// The tab Överlämningar (issue 16, manual 8.2): its rows are built in
// rows.go (handoverTabRows) from the worklist's part "handovers"; enter
// on a row opens the handovers page (o) with the cursor on its handover,
// where it is accepted, declined or its outcome recorded.

// openHandovers opens the handovers page, on handover id ("" for the first).
func (m *Model) openHandovers(id string) tea.Cmd {
	p := newHandoversPage(m.act, m.openMoment)
	p.want = id
	return common.PushCmd(p)
}

// incomingSide is the side pane of a row of an incoming handover: its
// moments are not in this file yet, so there is no moment to show.
func (m *Model) incomingSide(id string, width int) string {
	h := m.ix.incoming[id]
	if h == nil {
		return ""
	}
	l, st := m.ctx.Lang, m.ctx.Styles
	var names []string
	for _, hm := range h.Moments {
		names = append(names, hm.Name)
	}
	lines := []string{st.Title.Render(l.T(common.L.LcHvSideIn, h.Handover, h.FromUnit, common.ShortDate(h.Started))), "",
		l.T(common.L.LcHvMoments, strings.Join(names, ", ")), "", st.Dim.Render(l.T(common.L.LcHvSideOpen))}
	return lipglossWrap(strings.Join(lines, "\n"), width)
}

// handoverMark is the line the side pane and the moment page show for a
// moment in a pending handover to another unit (8.2.1), "" for none.
func handoverMark(ctx *common.Context, ix *index, id string) string {
	if ix == nil || ix.pendingOut[id] == nil {
		return ""
	}
	h := ix.pendingOut[id]
	return ctx.Styles.Warn.Render(ctx.Lang.T(common.L.LcHvMark, h.ToUnit, h.Handover, common.ShortDate(h.Started)))
}
