package tui

// Issue 15: bringing a table in from the app. L opens the paste box
// (pages/paste); a header row seen for the first time goes through the
// mapping screen (pages/mapping), saved by header in the same
// mappings.json as `ikbt import`; then the preview (import_preview.go),
// which writes in one transaction (intake.Apply), or nothing.

import (
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/tabular"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/mapping"
	"github.com/ikbt/ikbt/tui/pages/paste"
	"github.com/ikbt/ikbt/tui/pages/preview"
	"github.com/ikbt/ikbt/tui/session"
)

// importFlow is the state the paste box, the mapping screen and the
// preview share.
type importFlow struct {
	a        *session.Session
	mappings string // mappings.json; "" keeps no mapping between tables
	example  string // the table the paste box offers to insert; "" none
}

// open is L on the worklist: the paste box, or why there is none.
func (f *importFlow) open() tea.Cmd {
	l := f.a.Ctx.Lang
	if f.a.Store.Import == nil || f.a.ReadOnly() {
		where := l.T(common.L.ImpReadonlyDB)
		if p := f.a.Store.Path; p != "" {
			where = p
		}
		f.a.SetStatus(l.T(common.L.ImpReadonly, where), true)
		return nil
	}
	return common.PushCmd(paste.New(f.a.Ctx, f.example, f.tableRead))
}

// saved loads the saved mappings; nil when there is no file to keep them
// in, or it cannot be read (it is then never written over).
func (f *importFlow) saved() (*intake.Saved, error) {
	if f.mappings == "" {
		return nil, nil
	}
	return intake.LoadSaved(f.mappings)
}

// tableRead is what the paste box does with a table: the preview at once
// when its header has a saved mapping that still fits, else the mapping
// screen.
func (f *importFlow) tableRead(t tabular.Table, source string) tea.Cmd {
	saved, err := f.saved()
	if err == nil && saved != nil {
		if m, ok := saved.Lookup(t.Header); ok {
			if _, err := m.Resolve(t.Header); err == nil {
				return common.PushCmd(preview.New(f.a, f.mappingPage, t, m, source, 1, ""))
			}
			return f.mappingPage(t, source, m, 1)
		}
	}
	return f.mappingPage(t, source, intake.Suggest(t.Header), 1)
}

// mappingPage opens the mapping screen on start; below is the number of
// import pages under it. Its mapping is saved, then previewed.
func (f *importFlow) mappingPage(t tabular.Table, source string, start intake.Mapping, below int) tea.Cmd {
	return common.PushCmd(mapping.New(f.a.Ctx, t.Header, start, func(m intake.Mapping) tea.Cmd {
		return common.PushCmd(preview.New(f.a, f.mappingPage, t, m, source, below+1, f.save(t.Header, m)))
	}))
}

// save keeps m for header; it returns what to tell the clinician when it
// could not ("" when saved, or when there is no file to save in).
func (f *importFlow) save(header []string, m intake.Mapping) string {
	l := f.a.Ctx.Lang
	saved, err := f.saved()
	if err == nil && saved != nil {
		err = saved.Save(header, m)
	}
	if err != nil {
		return l.T(common.L.ImpMappingNotsaved, err)
	}
	return ""
}
