package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/components/worktable"
	"github.com/ikbt/ikbt/worklist"
)

// tab is one of the four parts of the worklist.
type tab int

const (
	tabMoments tab = iota
	tabFeedback
	tabFlags
	tabMeasurements
	tabAssessments // issue 16: undecided referrals (worklist.Assessments)
	tabHandovers   // issue 16: handovers waiting for their outcome (worklist.Handovers)
	tabCount
)

var tabLabels = [tabCount]string{"tab.moments", "tab.feedback", "tab.flags", "tab.measurements", "tab.assessments", "tab.handovers"}

// The personnummer is column 2 in every tab (after the gutter and name), so
// that revealing it is one cell update.
const colPNR = 2

// leadColumns are the first columns of every tab: the gutter, the name
// and the personnummer (colPNR), then rest.
func leadColumns(rest []worktable.Column) []worktable.Column {
	return append([]worktable.Column{
		{Min: 1},
		{Title: common.L.ColName, Min: 16, Max: 30},
		{Title: common.L.ColPnr, Min: 13, Prio: 3},
	}, rest...)
}

var tabColumns = [tabCount][]worktable.Column{
	tabMoments: leadColumns([]worktable.Column{
		{Title: common.L.ColProgram, Min: 10, Max: 40, Prio: 2},
		{Title: common.L.ColModule, Min: 6, Prio: 1},
		{Title: common.L.ColFlags, Min: 7, Max: 13, Prio: 1},
		{Title: common.L.ColLastactivity, Min: 10, Prio: 4},
		{Title: common.L.ColNextfeedback, Min: 12, Prio: 2},
		{Title: common.L.ColWeeks, Min: 3, Prio: 5},
		{Title: common.L.ColStatus, Min: 9, Max: 17, Prio: 6}, // 17: "överlämning pågår" (issue 16)
	}),
	tabFeedback: leadColumns([]worktable.Column{
		{Title: common.L.ColReason, Min: 10, Max: 30},
		{Title: common.L.ColArrived, Min: 16, Prio: 4},
		{Title: common.L.ColDue, Min: 10, Prio: 2},
		{Title: common.L.ColOverdue, Min: 8, Max: 12, Prio: 1},
	}),
	tabFlags: leadColumns([]worktable.Column{
		{Title: common.L.ColFlag, Min: 23, Max: 26},
		{Title: common.L.ColRaised, Min: 10, Prio: 2},
		{Title: common.L.ColDetail, Min: 16, Max: 120, Prio: 1},
	}),
	tabMeasurements: leadColumns([]worktable.Column{
		{Title: common.L.ColInstrument, Min: 9},
		{Title: common.L.ColOccasion, Min: 10, Max: 14, Prio: 4},
		{Title: common.L.ColTrigger, Min: 10, Max: 16, Prio: 5},
		{Title: common.L.ColDue, Min: 10, Prio: 2},
		{Title: common.L.ColOverdue, Min: 8, Max: 12, Prio: 1},
	}),
	// issue 16
	tabAssessments: leadColumns([]worktable.Column{
		{Title: common.L.ColNextstep, Min: 20, Max: 40},
		{Title: common.L.ColDue, Min: 10, Prio: 2},
		{Title: common.L.ColOverdue, Min: 8, Max: 12, Prio: 1},
		{Title: common.L.ColWaiting, Min: 6, Prio: 3},
		{Title: common.L.ColFlags, Min: 7, Max: 13, Prio: 1},
		{Title: common.L.ColFrom, Min: 10, Max: 40, Prio: 5},
	}),
	tabHandovers: leadColumns([]worktable.Column{
		{Title: common.L.ColDirection, Min: 8, Max: 9},
		{Title: common.L.ColUnit, Min: 12, Max: 30, Prio: 1},
		{Title: common.L.ColStarted, Min: 10, Prio: 3},
		{Title: common.L.ColWaiting, Min: 6, Prio: 2},
		{Title: common.L.ColFlags, Min: 7, Max: 13, Prio: 1},
		{Title: common.L.ColHandover, Min: 12, Prio: 4},
	}),
}

// index is the worklist arranged by moment, built once per load.
type index struct {
	moments  map[string]*worklist.MomentRow
	flags    map[string][]worklist.Flag
	due      map[string][]worklist.Due
	feedback map[string][]worklist.Feedback
	red      int               // open red flags (worklist.IsRed)
	others   map[string]string // moment → personnummer of moments with no row (closed)
	// referrals are the undecided referrals by ID (issue 16): their rows
	// and flags carry a referral's ID where others carry a moment's.
	referrals map[string]*lifecycle.Row
	// pendingOut are the moments in a handover to another unit, with it
	// (överlämning pågår: the mark on their rows); handoverRow maps a row
	// of the tab Överlämningar to its handover, incoming maps the rows of
	// incoming ones, which have no moment here (issue 16).
	pendingOut  map[string]*worklist.HandoverRow
	handoverRow map[string]string
	incoming    map[string]*worklist.HandoverRow
}

func newIndex(wl *worklist.Worklist) *index {
	ix := &index{
		moments:  make(map[string]*worklist.MomentRow, len(wl.Moments)),
		flags:    map[string][]worklist.Flag{},
		due:      map[string][]worklist.Due{},
		feedback: map[string][]worklist.Feedback{},
	}
	ix.referrals = make(map[string]*lifecycle.Row, len(wl.Assessments))
	for i := range wl.Assessments {
		ix.referrals[wl.Assessments[i].Referral] = &wl.Assessments[i]
	}
	for i := range wl.Moments {
		ix.moments[wl.Moments[i].Moment] = &wl.Moments[i]
	}
	ix.pendingOut, ix.handoverRow, ix.incoming = map[string]*worklist.HandoverRow{}, map[string]string{}, map[string]*worklist.HandoverRow{}
	for i := range wl.Handovers {
		h := &wl.Handovers[i]
		for _, hm := range h.Moments {
			id := handoverRowID(h, hm.Moment)
			ix.handoverRow[id] = h.Handover
			if h.Direction == caseload.HandoverOut {
				ix.pendingOut[hm.Moment] = h
			} else {
				ix.incoming[id] = h
			}
		}
	}
	for _, f := range wl.Flags {
		ix.flags[f.Moment] = append(ix.flags[f.Moment], f)
		if isRed(f) {
			ix.red++
		}
	}
	for _, d := range wl.Measurements {
		ix.due[d.Moment] = append(ix.due[d.Moment], d)
	}
	for _, f := range wl.Feedback {
		ix.feedback[f.Moment] = append(ix.feedback[f.Moment], f)
	}
	return ix
}

func isRed(f worklist.Flag) bool { return worklist.IsRed(f.Kind) }

// Row is the worklist's row of a moment, nil when it has none
// (detail.Index).
func (ix *index) Row(id string) *worklist.MomentRow {
	if ix == nil {
		return nil
	}
	return ix.moments[id]
}

// Flags are the moment's open flags.
func (ix *index) Flags(id string) []worklist.Flag {
	if ix == nil {
		return nil
	}
	return ix.flags[id]
}

// Feedback is the feedback the moment waits for.
func (ix *index) Feedback(id string) []worklist.Feedback {
	if ix == nil {
		return nil
	}
	return ix.feedback[id]
}

// Due are the moment's due measurements.
func (ix *index) Due(id string) []worklist.Due {
	if ix == nil {
		return nil
	}
	return ix.due[id]
}

// PendingOut is the handover to another unit moment id is in, nil for
// none (detail.Index).
func (ix *index) PendingOut(id string) *worklist.HandoverRow {
	if ix == nil {
		return nil
	}
	return ix.pendingOut[id]
}

// hay is the text the filter searches for a moment.
func (ix *index) hay(id, name string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(name))
	if m := ix.moments[id]; m != nil {
		b.WriteByte(' ')
		b.WriteString(strings.ReplaceAll(m.PNR, "-", ""))
		b.WriteByte(' ')
		b.WriteString(common.FullPNR(m.PNR))
		b.WriteByte(' ')
		b.WriteString(strings.ToLower(m.ProgramName))
		b.WriteByte(' ')
		b.WriteString(m.Program)
	} else if p := ix.others[id]; p != "" {
		b.WriteByte(' ')
		b.WriteString(strings.ReplaceAll(p, "-", ""))
		b.WriteByte(' ')
		b.WriteString(common.FullPNR(p))
	}
	return b.String()
}

func (ix *index) pnr(id string) string {
	if m := ix.moments[id]; m != nil {
		return m.PNR
	}
	if r := ix.referrals[id]; r != nil {
		return r.PNR
	}
	return ix.others[id]
}

// handoverRowID is the row ID of a moment of a pending handover in the
// tab Överlämningar: the moment's own ID going out (its detail shows in
// the side pane), a handover's and moment's IDs coming in (no moment here).
func handoverRowID(h *worklist.HandoverRow, moment string) string {
	if h.Direction == caseload.HandoverOut {
		return moment
	}
	return "in:" + h.Handover + ":" + moment
}

// isIncoming reports whether a row's ID names a moment of an incoming
// handover, which this file does not hold yet.
func (ix *index) isIncoming(id string) bool {
	if ix == nil {
		return false
	}
	_, ok := ix.incoming[id]
	return ok
}

// markName puts the mark ⇄ after the name of a moment in a pending
// handover to another unit (överlämning pågår).
func (ix *index) markName(id, name string) string {
	if ix != nil && ix.pendingOut[id] != nil {
		return name + " ⇄"
	}
	return name
}

// program is the program of moment id, "" when it has no row.
func (ix *index) program(id string) string {
	if m := ix.moments[id]; m != nil {
		return m.Program
	}
	return ""
}

// isReferral reports whether a row's ID names a referral, not a moment.
func (ix *index) isReferral(id string) bool {
	if ix == nil {
		return false
	}
	_, ok := ix.referrals[id]
	return ok
}

func dateKey(d caseload.Date) worktable.SortKey {
	if d.IsZero() {
		return worktable.SortKey{N: 1 << 40}
	}
	return worktable.SortKey{N: d.Time().Unix()}
}

func stampKey(s caseload.Stamp) worktable.SortKey {
	if s.IsZero() {
		return worktable.SortKey{N: 1 << 40}
	}
	return worktable.SortKey{N: s.Time().Unix()}
}

func textKey(s string) worktable.SortKey { return worktable.SortKey{S: strings.ToLower(s)} }
func numKey(n int) worktable.SortKey     { return worktable.SortKey{N: int64(n)} }

// buildRows makes the rows of every tab.
func buildRows(ctx *common.Context, wl *worklist.Worklist, ix *index) [tabCount][]worktable.Row {
	l := ctx.Lang
	st := memoStyles{ctx.Styles, map[string]string{}}
	var out [tabCount][]worktable.Row
	for i := range wl.Moments {
		m := &wl.Moments[i]
		flags := ""
		fs := ix.flags[m.Moment]
		red := false
		for _, f := range fs {
			red = red || isRed(f)
		}
		switch {
		case red:
			flags = st.render("red", st.Red, "⚑ "+l.T(common.L.FlagRedshort))
		case len(fs) > 0:
			flags = st.render("warn", st.Warn, fmt.Sprintf("⚑ %d", len(fs)))
		}
		module := fmt.Sprintf("%d/%d", m.Module, m.Modules)
		next := common.ShortDate(m.NextFeedback)
		if m.PendingReply {
			next = st.render("warn", st.Warn, next+" ●")
		}
		status := l.ByID("status." + string(m.Status))
		if m.Handover == caseload.HandoverPending { // issue 16
			status = l.T(common.L.LcHvPending)
		}
		flagN := int64(len(fs))
		if red {
			flagN += 100
		}
		out[tabMoments] = append(out[tabMoments], worktable.Row{
			ID:    m.Moment,
			Order: i,
			Cells: []string{"", ix.markName(m.Moment, m.Name), common.MaskedPNR(m.PNR), m.ProgramName, module, flags, common.ShortDate(m.LastActivity.Date()), next, fmt.Sprint(m.Week), status}, // issue 14: the week as the detail says it,
			Keys: []worktable.SortKey{{}, textKey(m.Name), textKey(m.PNR), textKey(m.ProgramName), numKey(m.Module),
				{N: -flagN}, stampKey(m.LastActivity), dateKey(m.NextFeedback), numKey(m.Week), textKey(string(m.Status))},
			Hay: ix.hay(m.Moment, m.Name),
		})
	}
	for i, f := range wl.Feedback {
		reason := l.T(common.L.FeedbackMessage)
		if f.Reason == "module" {
			reason = common.ModuleLabel(ctx, ix.program(f.Moment), f.Module) // issue 14: a track part by name
		}
		if len(f.Items) > 1 { // issue 9: more arrived; the detail lists each
			reason += fmt.Sprintf(" +%d", len(f.Items)-1)
		}
		out[tabFeedback] = append(out[tabFeedback], worktable.Row{
			ID:    f.Moment,
			Order: i,
			Cells: []string{"", ix.markName(f.Moment, f.Name), common.MaskedPNR(ix.pnr(f.Moment)), reason, common.ShortStamp(f.Arrived), common.ShortDate(f.Due), st.overdue(l, f.DaysOverdue)},
			Keys: []worktable.SortKey{{}, textKey(f.Name), textKey(ix.pnr(f.Moment)), textKey(reason), stampKey(f.Arrived),
				dateKey(f.Due), numKey(-f.DaysOverdue)},
			Hay: ix.hay(f.Moment, f.Name),
		})
	}
	for i, f := range wl.Flags {
		out[tabFlags] = append(out[tabFlags], worktable.Row{
			ID:    f.Moment,
			Order: i,
			Cells: []string{"", ix.markName(f.Moment, f.Name), common.MaskedPNR(ix.pnr(f.Moment)), common.FlagText(ctx, f), common.ShortDate(f.Raised), common.FlagDetail(l, f)},
			Keys: []worktable.SortKey{{}, textKey(f.Name), textKey(ix.pnr(f.Moment)), {N: flagRank(f), S: f.Kind},
				dateKey(f.Raised), textKey(f.Detail)},
			Hay: ix.hay(f.Moment, f.Name),
		})
	}
	for i, d := range wl.Measurements {
		out[tabMeasurements] = append(out[tabMeasurements], worktable.Row{
			ID:    d.Moment,
			Order: i,
			Cells: []string{"", ix.markName(d.Moment, d.Name), common.MaskedPNR(ix.pnr(d.Moment)), d.Instrument, l.ByID("occasion." + string(d.Occasion)),
				common.TriggerText(l, d.Cause), common.ShortDate(d.Due), st.overdue(l, d.DaysOverdue)},
			Keys: []worktable.SortKey{{}, textKey(d.Name), textKey(ix.pnr(d.Moment)), textKey(d.Instrument), textKey(string(d.Occasion)),
				textKey(d.Cause.String()), dateKey(d.Due), numKey(-d.DaysOverdue)},
			Hay: ix.hay(d.Moment, d.Name),
		})
	}
	// issue 16
	for i, a := range wl.Assessments {
		flags := ""
		if a.OpenFlags > 0 {
			flags = st.render("red", st.Red, "⚑ "+l.T(common.L.FlagRedshort))
		}
		wait := l.T(common.L.LcWaitingDays, a.DaysWaiting)
		if a.OverGuarantee {
			wait = st.render("warn", st.Warn, wait+" !")
		}
		step := common.StepLabel(l, a.Step)
		out[tabAssessments] = append(out[tabAssessments], worktable.Row{
			ID:    a.Referral,
			Order: i,
			Cells: []string{"", a.Name, common.MaskedPNR(a.PNR), step, common.ShortDate(a.Due), st.overdue(l, a.DaysOverdue), wait, flags, a.From},
			Keys: []worktable.SortKey{{}, textKey(a.Name), textKey(a.PNR), textKey(step), dateKey(a.Due), numKey(-a.DaysOverdue),
				numKey(-a.DaysWaiting), {N: -int64(a.OpenFlags)}, textKey(a.From)},
			Hay: strings.ToLower(a.Name) + " " + strings.ReplaceAll(a.PNR, "-", "") + " " + common.FullPNR(a.PNR) + " " + strings.ToLower(a.From),
		})
	}
	handoverTabRows(ctx, wl, ix, st, &out)
	return out
}

// handoverTabRows are the rows of the tab Överlämningar: a row per moment
// of each pending handover (issue 16), in the worklist's order.
func handoverTabRows(ctx *common.Context, wl *worklist.Worklist, ix *index, st memoStyles, out *[tabCount][]worktable.Row) {
	l := ctx.Lang
	n := 0
	for i := range wl.Handovers {
		h := &wl.Handovers[i]
		dir, unit := l.T(common.L.LcHvTo), h.ToUnit
		if h.Direction == caseload.HandoverIn {
			dir, unit = l.T(common.L.LcHvFrom), h.FromUnit
		}
		for _, hm := range h.Moments {
			flags := ""
			if hm.OpenFlags > 0 {
				flags = st.render("warn", st.Warn, fmt.Sprintf("⚑ %d", hm.OpenFlags))
				for _, f := range ix.flags[hm.Moment] {
					if isRed(f) {
						flags = st.render("red", st.Red, "⚑ "+l.T(common.L.FlagRedshort))
					}
				}
			}
			pnr := ""
			if hm.PNR != "" {
				pnr = common.MaskedPNR(hm.PNR)
			}
			(*out)[tabHandovers] = append((*out)[tabHandovers], worktable.Row{
				ID:    handoverRowID(h, hm.Moment),
				Order: n,
				Cells: []string{"", hm.Name, pnr, dir, unit, common.ShortDate(h.Started), l.T(common.L.LcWaitingDays, h.DaysWaiting), flags, h.Handover},
				Keys: []worktable.SortKey{{}, textKey(hm.Name), textKey(hm.PNR), textKey(dir), textKey(unit), dateKey(h.Started),
					numKey(-h.DaysWaiting), {N: -int64(hm.OpenFlags)}, textKey(h.Handover)},
				Hay: strings.ToLower(hm.Name+" "+unit+" "+h.Handover) + " " + strings.ReplaceAll(hm.PNR, "-", ""),
			})
			n++
		}
	}
}

// memoStyles renders each styled cell text once per load: rows repeat
// the same few texts, and a lipgloss render costs microseconds.
type memoStyles struct {
	common.Styles
	done map[string]string
}

func (m memoStyles) render(name string, s lipgloss.Style, text string) string {
	k := name + "\x00" + text
	if r, ok := m.done[k]; ok {
		return r
	}
	r := s.Render(text)
	m.done[k] = r
	return r
}

func (m memoStyles) overdue(l Lang, days int) string {
	if days <= 0 {
		return l.T(common.L.DueOntime)
	}
	return m.render("warn", m.Warn, l.T(common.L.DueLate, days))
}

// flagRank puts red flags first.
func flagRank(f worklist.Flag) int64 {
	if isRed(f) {
		return -int64(f.Score) - 100
	}
	return 0
}
