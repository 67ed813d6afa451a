package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/around"
)

// The tab Överlämningar (issue 16, manual 8.2): its rows are built in
// rows.go (handoverTabRows) from the worklist's part "handovers"; enter
// on a row opens the handovers page (o) with the cursor on its handover,
// where it is accepted, declined or its outcome recorded.

// openHandovers opens the handovers page, on handover id ("" for the first).
func (m *Model) openHandovers(id string) tea.Cmd {
	return common.PushCmd(around.NewHandovers(m.act, m.openMoment).On(id))
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
