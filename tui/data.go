package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// Data is what the app reads (common.Data).
type Data = common.Data

// worklistMsg carries a loaded worklist.
type worklistMsg struct {
	gen     int // answers the load with this number; older answers are dropped
	wl      worklist.Worklist
	others  map[string]string // personnummer of moments with no moment row (closed: issue 9)
	version int64
	err     error
	// part (issue 18) marks the first part of a large worklist: the
	// moments that may hold a red flag (store.FirstWorklist); the whole
	// worklist is loaded next with the same gen.
	part bool
}

// versionMsg is the answer to a poll for writes by other processes.
type versionMsg struct {
	version int64
	err     error
}

// ReloadMsg asks the app to load the worklist again (common.ReloadMsg).
type ReloadMsg = common.ReloadMsg

// Reload returns a command that reloads the worklist (common.Reload).
func Reload() tea.Cmd { return common.Reload() }

// Writer is the store's write side the actions use (session.Writer).
type Writer = session.Writer

// pnrLookup reads the personnummer of many moments in one query (the
// store's PNRs); nil reads them one Moment at a time.
type pnrLookup func(ids []string) (map[string]string, error)

// firstLoad reads the worklist to draw first (the store's FirstWorklist):
// the whole one, or on a large file the part with every red flag, and
// whether it is whole.
type firstLoad func(cat *programs.Catalogue, today caseload.Date, clinician string) (worklist.Worklist, bool, error)

// loadFirst is the app's first load: first's answer, marked part when it
// is not the whole worklist.
func loadFirst(d Data, first firstLoad, pnrs pnrLookup, cat *programs.Catalogue, today caseload.Date, clinician string, gen int) tea.Cmd {
	return func() tea.Msg {
		// Read the version first: a write landing during the load then shows
		// up as a newer version at the next poll and is not missed.
		v, err := d.DataVersion()
		if err != nil {
			return worklistMsg{gen: gen, err: err}
		}
		wl, whole, err := first(cat, today, clinician)
		if err != nil {
			return worklistMsg{gen: gen, err: err}
		}
		return worklistMsg{gen: gen, wl: wl, others: otherPNRs(d, pnrs, &wl), version: v, part: !whole}
	}
}

// loadWorklist loads the whole worklist (loadFirst with d's Worklist).
func loadWorklist(d Data, pnrs pnrLookup, cat *programs.Catalogue, today caseload.Date, clinician string, gen int) tea.Cmd {
	whole := func(cat *programs.Catalogue, today caseload.Date, clinician string) (worklist.Worklist, bool, error) {
		wl, err := d.Worklist(cat, today, clinician)
		return wl, true, err
	}
	return loadFirst(d, whole, pnrs, cat, today, clinician, gen)
}

// otherPNRs looks up the patients of the rows whose moment has no moment
// row: a closed moment shows only its follow-up and its flags (issue 9),
// and its personnummer is shown masked like any other, not hidden. A
// lookup that fails leaves the number out (shown fully masked).
func otherPNRs(d Data, pnrs pnrLookup, wl *worklist.Worklist) map[string]string {
	have := make(map[string]bool, len(wl.Moments))
	for _, m := range wl.Moments {
		have[m.Moment] = true
	}
	var ids []string
	look := func(id string) {
		if !have[id] {
			have[id] = true
			ids = append(ids, id)
		}
	}
	for _, x := range wl.Measurements {
		look(x.Moment)
	}
	for _, x := range wl.Flags {
		look(x.Moment)
	}
	for _, x := range wl.Feedback {
		look(x.Moment)
	}
	// One query when the data can (the store): a Moment read per closed
	// moment was a fifth of the 10,000-moment start (issue 18).
	if pnrs != nil {
		if out, err := pnrs(ids); err == nil {
			return out
		}
	}
	out := map[string]string{}
	for _, id := range ids {
		if m, _, err := d.Moment(id); err == nil {
			out[id] = m.PNR.String()
		}
	}
	return out
}

func pollVersion(d Data, every time.Duration) tea.Cmd {
	return tea.Tick(every, func(time.Time) tea.Msg {
		v, err := d.DataVersion()
		return versionMsg{version: v, err: err}
	})
}

// Lang is the language of the interface (common.Lang): "sv" or "en".
type Lang = common.Lang
