package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/components/detail"
	helpline "github.com/ikbt/ikbt/tui/components/help"
	"github.com/ikbt/ikbt/tui/components/worktable"
	"github.com/ikbt/ikbt/tui/pages/around"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/module"
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/tui/pages/note"
	"github.com/ikbt/ikbt/tui/pages/preview"
	"github.com/ikbt/ikbt/tui/pages/programlist"
	resultspage "github.com/ikbt/ikbt/tui/pages/results"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// Options configure the app.
type Options struct {
	Data      Data
	Catalogue *programs.Catalogue
	Today     caseload.Date
	Clinician string // "" shows every clinician's moments
	Lang      Lang   // "sv" (default) or "en"
	// DBName names the database file in the header (issue 14); "" none.
	DBName string
	// Store is the app's database (what cmd/ikbt passes): it is Data, the
	// write side and every other side the pages write through, and the
	// Resultat page's source. With a Store, Data, Sides and Results may
	// stay unset.
	Store *store.Store
	// Sides are the write sides of data of another kind (the tests'
	// fakes); a zero Sides makes the app read-only.
	Sides session.Sides
	// Results is what the Resultat page reads (issue 17); nil for none.
	Results resultspage.Source
	// Poll is how often to look for writes by other processes (another
	// window on the same file); 0 never looks.
	Poll time.Duration

	// Issue 15: MappingsPath is the mappings.json the column mappings are
	// saved in (the one `ikbt import` uses); "" saves none. PasteExample
	// is the table the paste box offers to insert (the demo's); "" none.
	MappingsPath string
	PasteExample string
	// GallringDays (issue 16): the gallring view proposes what has been
	// removable this many days (config gallring_days); 0 at once.
	GallringDays int
}

// Minimum size for the full layout; below it the app shows a short note.
const minWidth, minHeight = 30, 8

// Model is the root model: header, tab bar, the tab's table with the
// detail pane beside it on wide terminals, a stack of pages over it, and
// the help line.
type Model struct {
	ctx  *common.Context
	opts Options

	// Loaded data; replaced as a whole by each load.
	wl      worklist.Worklist
	ix      *index
	loaded  bool
	loadErr error
	version int64
	gen     int // number of the latest worklist load

	tables [tabCount]*worktable.Model
	active tab

	filter    textinput.Model
	filtering bool

	pages    []common.Page
	help     help.Model
	fullHelp bool
	// helpTop is full help's first line shown: on a screen lower than
	// full help (60×20) the movement keys scroll it instead of the table
	// hidden behind it.
	helpTop int

	// landed is set once the first load has put the cursor on the day's
	// most urgent item (issue 14); later loads keep the selection.
	landed bool
	// selectAfter is the moment to put the cursor on after the next load
	// (issue 14: a new moment's row); "" none.
	selectAfter string

	revealed string // moment whose personnummer is shown; "" none
	detail   *detail.Pane
	pane     paneMode // issue 14: the detail pane normal, wide or hidden

	pnrs       pnrLookup // the store's one-query lookup (issue 18); nil for other data
	first      firstLoad // the store's first part of a large worklist (issue 18); nil: load it whole
	prefetched tea.Cmd   // the first load started by Prefetch; nil: Init starts it
	// part is set while the worklist shown is the first part of a large
	// one (issue 18): the red flags are all there, the rest is loading.
	part    bool
	act     *session.Session // forms, note composer, copy and undo (actions.go)
	modules module.Cache     // rendered module texts, shared by the pages that show them

	// Issue 15: the paste box, mapping and preview (import.go); after
	// one, selectAfter (above) is the moment the cursor goes to.
	imp *importFlow
}

// New returns the app's model.
func New(o Options) *Model {
	if o.Lang != "en" {
		o.Lang = "sv"
	}
	if o.Store != nil {
		o.Sides = session.StoreSides(o.Store)
		if o.Data == nil {
			o.Data = o.Store
		}
		if o.Results == nil {
			o.Results = o.Store
		}
	}
	ctx := &common.Context{
		Lang:      o.Lang,
		Today:     o.Today,
		Catalogue: o.Catalogue,
		Clinician: o.Clinician,
		Styles:    common.DefaultStyles(),
		Keys:      common.NewKeyMap(o.Lang),
		Data:      o.Data,
		Width:     80,
		Height:    24,
	}
	m := &Model{ctx: ctx, opts: o, help: help.New()}
	m.act = session.New(ctx, o.Sides)
	if o.Store != nil {
		m.pnrs = o.Store.PNRs
		m.first = o.Store.FirstWorklist
	}
	m.imp = &importFlow{a: m.act, mappings: o.MappingsPath, example: o.PasteExample} // issue 15
	m.help.Styles = help.DefaultStyles(true)
	for t := range tabCount {
		m.tables[t] = worktable.New(ctx, tabColumns[t])
	}
	m.tables[tabMoments].SetActive(true)
	m.filter = textinput.New()
	m.filter.Prompt = "/ "
	m.filter.Placeholder = ctx.Lang.T(common.L.FilterPlaceholder)
	fs := m.filter.Styles()
	fs.Cursor.Blink = false // a steady cursor: no redraw twice a second
	m.filter.SetStyles(fs)
	m.detail = detail.New(ctx)
	m.layout()
	return m
}

// common.Context returns the shared context.
func (m *Model) Context() *common.Context { return m.ctx }

// Init starts the first load.
func (m *Model) Init() tea.Cmd {
	if m.prefetched != nil {
		return tea.Batch(m.prefetched, m.poll())
	}
	return tea.Batch(m.firstLoad(), m.poll())
}

// firstLoad is the app's first load. Issue 18: on a large file the
// moments with a red flag come first, then the whole worklist
// (loadedWorklist).
func (m *Model) firstLoad() tea.Cmd {
	if m.first != nil && m.ctx.Data != nil {
		m.gen++
		return loadFirst(m.ctx.Data, m.first, m.pnrs, m.ctx.Catalogue, m.ctx.Today, m.ctx.Clinician, m.gen)
	}
	return m.Reload()
}

// Prefetch starts the first load at once, before the program runs, and
// Init then waits for its answer (issue 18: the read overlaps Bubble
// Tea's start — the terminal's set-up, its colour detection — which took
// about 40 ms before Init's commands ran). Call it once, before Run.
func (m *Model) Prefetch() {
	cmd := m.firstLoad()
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	m.prefetched = func() tea.Msg { return <-ch }
}

func (m *Model) poll() tea.Cmd {
	if m.opts.Poll <= 0 || m.ctx.Data == nil {
		return nil
	}
	return pollVersion(m.ctx.Data, m.opts.Poll)
}

// Reload returns a command that loads the worklist again; the selection
// and filter stay.
func (m *Model) Reload() tea.Cmd {
	if m.ctx.Data == nil {
		return nil
	}
	m.gen++
	return loadWorklist(m.ctx.Data, m.pnrs, m.ctx.Catalogue, m.ctx.Today, m.ctx.Clinician, m.gen)
}

// Selected returns the ID of the selected moment: the one on the top page
// if it shows a moment, else the selected row of the active tab.
func (m *Model) Selected() (string, bool) {
	for i := len(m.pages) - 1; i >= 0; i-- {
		if id := m.pages[i].ActsOn(); id != "" {
			return id, true
		}
	}
	id := m.tables[m.active].SelectedID()
	return id, id != ""
}

// SelectedMoment returns the selected moment as last loaded, if it has loaded.
func (m *Model) SelectedMoment() (caseload.Moment, caseload.Patient, bool) {
	id, ok := m.Selected()
	if !ok {
		return caseload.Moment{}, caseload.Patient{}, false
	}
	in := m.detail.Info(id)
	if in == nil || in.Err != nil {
		return caseload.Moment{}, caseload.Patient{}, false
	}
	return in.Moment, in.Patient, true
}

// Worklist returns the worklist as last loaded.
func (m *Model) Worklist() worklist.Worklist { return m.wl }

// Update handles a message. When the status line comes or goes, the
// body is laid out again (issue 14: the status has its own line).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	had := m.statusShown()
	mm, cmd := m.update(msg)
	if m.statusShown() != had {
		m.layout()
	}
	return mm, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := m.act.Update(msg); ok {
		return m, cmd
	}
	if cmd, ok := composer.Update(m.act, msg); ok { // issue 13: drafts and history
		return m, cmd
	}
	switch msg := msg.(type) {
	case undoDoneMsg:
		return m, undone(m.act, msg)
	case pnrCopiedMsg: // issue 14
		m.pnrCopied(msg)
		return m, nil
	case moment.OpenNoteMsg: // issue 13: a copied note chosen on the moment page
		return m, common.PushCmd(note.New(m.act, msg.Moment, msg.Patient, msg.Note))
	case moment.LifecycleMsg: // issue 16: B, O or T on the moment page
		if msg.Step == moment.Closing {
			return m, m.openClosing(msg)
		}
		return m, m.openHandover(msg)
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = msg.Width, msg.Height
		m.layout()
		cmds := []tea.Cmd{m.detail.Want(m.currentID())}
		for _, p := range m.pages {
			cmds = append(cmds, p.Resized())
		}
		return m, tea.Batch(cmds...)
	case worklistMsg:
		return m, m.loadedWorklist(msg)
	case detail.Msg:
		m.detail.Loaded(msg)
		return m, m.forwardToPages(msg)
	case module.Msg:
		m.modules.Put(msg)
		return m, m.forwardToPages(msg)
	case versionMsg:
		cmds := []tea.Cmd{m.poll()}
		if msg.err == nil && msg.version != m.version && m.loaded {
			cmds = append(cmds, m.Reload())
		}
		return m, tea.Batch(cmds...)
	case ReloadMsg:
		return m, m.Reload()
	case preview.ImportedMsg: // issue 15: a table written; the cursor goes to its moment
		m.act.SetStatus(msg.Text, false)
		if msg.Moment != "" {
			m.selectAfter = msg.Moment
			m.setTab(tabMoments)
		}
		return m, m.Reload()
	case common.SelectMomentMsg: // issue 14
		m.selectAfter = msg.ID
		return m, m.Reload()
	case common.PushPageMsg:
		m.pages = append(m.pages, msg.Page)
		m.fullHelp = false
		m.layout()
		return m, nil
	case common.PopPageMsg:
		if len(m.pages) > 0 {
			m.pages = m.pages[:len(m.pages)-1]
		}
		m.layout()
		cmds := []tea.Cmd{m.detail.Want(m.currentID())}
		for _, p := range m.pages {
			cmds = append(cmds, p.Resized())
		}
		return m, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if len(m.pages) > 0 {
		return m, m.updateTop(msg)
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	return m, nil
}

// forwardToPages gives a loaded moment or module to every page that may
// wait for it.
func (m *Model) forwardToPages(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	kept := m.pages[:0]
	for _, p := range m.pages {
		p, cmd := p.Update(msg)
		cmds = append(cmds, cmd)
		if p != nil { // a page that returns nil has closed
			kept = append(kept, p)
		}
	}
	if len(kept) != len(m.pages) {
		m.pages = kept
		m.layout()
	}
	return tea.Batch(cmds...)
}

func (m *Model) updateTop(msg tea.Msg) tea.Cmd {
	top := len(m.pages) - 1
	p, cmd := m.pages[top].Update(msg)
	if p == nil {
		m.pages = m.pages[:top]
		m.layout()
	} else {
		m.pages[top] = p
	}
	return cmd
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	if key.Matches(msg, k.ForceQuit) {
		// Issue 13: a note being written is saved as a draft first.
		for i := len(m.pages) - 1; i >= 0; i-- {
			if c, ok := m.pages[i].(*composer.Page); ok {
				return c.Quit()
			}
		}
		return tea.Quit
	}
	if m.tooSmall() && m.ctx.Width > 0 {
		// The screen only says how big it must be and that q quits; a key
		// acting on what cannot be seen (enter, a form's letters) waits.
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	capturing := m.filtering || (len(m.pages) > 0 && m.pages[len(m.pages)-1].CapturesKeys())
	if !capturing {
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Help):
			m.fullHelp, m.helpTop = !m.fullHelp, 0
			return nil
		case m.fullHelp && key.Matches(msg, k.Back):
			m.fullHelp = false
			return nil
		case m.fullHelp && m.scrollHelp(msg):
			return nil
		}
	}
	if len(m.pages) > 0 {
		if m.pages[len(m.pages)-1].ActsOn() != "" {
			if cmd, ok := m.actionKey(msg); ok {
				return cmd
			}
		}
		return m.updateTop(msg)
	}
	m.act.ClearStatus() // a key on the worklist; the status of a closed page stayed until now
	if m.filtering {
		return m.filterKey(msg)
	}
	if !m.loaded {
		return nil
	}
	m.landed = true // issue 18: the rest of a large worklist does not move a cursor the clinician has begun to use
	t := m.tables[m.active]
	switch {
	case key.Matches(msg, k.NextTab):
		m.setTab((m.active + 1) % tabCount)
	case key.Matches(msg, k.PrevTab):
		m.setTab((m.active + tabCount - 1) % tabCount)
	case key.Matches(msg, k.Tab1):
		m.setTab(tabMoments)
	case key.Matches(msg, k.Tab2):
		m.setTab(tabFeedback)
	case key.Matches(msg, k.Tab3):
		m.setTab(tabFlags)
	case key.Matches(msg, k.Tab4):
		m.setTab(tabMeasurements)
	case key.Matches(msg, k.Tab5): // issue 16
		m.setTab(tabAssessments)
	case key.Matches(msg, k.Tab6): // issue 16
		m.setTab(tabHandovers)
	case key.Matches(msg, k.Filter):
		m.filtering = true
		m.layout()
		return m.filter.Focus()
	case key.Matches(msg, k.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.applyFilter()
			m.layout() // the filter line goes
		}
	case key.Matches(msg, k.Sort):
		t.CycleSort()
		m.layout() // the sort line may have appeared
	case key.Matches(msg, k.Pane): // issue 14: normal → wide → hidden
		if m.ctx.Width < 100 || m.ctx.Height < 16 { // no pane at this size: say so
			m.act.SetStatus(m.ctx.Lang.T(common.L.PaneNarrow), false)
			return nil
		}
		m.pane = (m.pane + 1) % 3
		m.layout()
		return m.detail.Want(m.currentID())
	case key.Matches(msg, k.Reveal):
		m.toggleReveal()
	case key.Matches(msg, k.Reload):
		return m.Reload()
	case key.Matches(msg, k.Lifecycle.Handovers): // issue 16
		return m.openHandovers("")
	case key.Matches(msg, k.Lifecycle.Proposals): // issue 16
		return common.PushCmd(around.NewGallring(m.act, m.opts.GallringDays, func(id string) tea.Cmd {
			w, h := m.bodySize()
			return tea.Batch(common.PushPage(moment.New(m.ctx, &m.modules, m.detail, id, false, w, h)), m.detail.Want(id))
		}))
	case key.Matches(msg, k.Programs):
		w, h := m.bodySize()
		return common.PushPage(programlist.New(m.ctx, &m.modules, w, h))
	case key.Matches(msg, k.Import): // issue 15
		return m.imp.open()
	case key.Matches(msg, k.Open) && m.active == tabHandovers && t.SelectedID() != "": // issue 16
		return m.openHandovers(m.ix.handoverRow[t.SelectedID()])
	case key.Matches(msg, k.Open) && m.ix.isReferral(t.SelectedID()): // issue 16
		return common.PushCmd(around.NewReferral(m.act, t.SelectedID(), m.revealed == t.SelectedID()))
	case key.Matches(msg, k.Results): // issue 17
		w, h := m.bodySize()
		return common.PushCmd(resultspage.New(m.ctx, m.opts.Results, m.openMoment, w, h))
	case key.Matches(msg, k.Open):
		if id := t.SelectedID(); id != "" {
			w, h := m.bodySize()
			p := moment.New(m.ctx, &m.modules, m.detail, id, m.revealed == id, w, h)
			return tea.Batch(common.PushPage(p), m.detail.Want(id))
		}
	default:
		if cmd, ok := m.referralKey(msg); ok { // issue 16
			return cmd
		}
		if cmd, ok := m.actionKey(msg); ok {
			return cmd
		}
		t.Update(msg)
	}
	return m.selectionMoved()
}

// openMoment opens the moment page of id over the top page (issue 17: a
// patient chosen on the Resultat page). The moment may be closed and so
// not in the worklist: the page loads it by ID.
func (m *Model) openMoment(id string) tea.Cmd {
	w, h := m.bodySize()
	p := moment.New(m.ctx, &m.modules, m.detail, id, m.revealed == id, w, h)
	return tea.Batch(common.PushPage(p), m.detail.Want(id))
}

func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	switch {
	case key.Matches(msg, k.FilterInput.Clear):
		m.filter.SetValue("")
		fallthrough
	case key.Matches(msg, k.FilterInput.Done):
		m.filtering = false
		m.filter.Blur()
		m.applyFilter()
		m.layout()
		return m.selectionMoved()
	case key.Matches(msg, k.Up), key.Matches(msg, k.Down):
		if msg.Text == "" { // arrows move in the list while filtering
			m.tables[m.active].Update(msg)
			return m.selectionMoved()
		}
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.applyFilter()
	return tea.Batch(cmd, m.selectionMoved())
}

func (m *Model) applyFilter() {
	for _, t := range m.tables {
		t.SetFilter(m.filter.Value())
	}
}

func (m *Model) setTab(t tab) {
	m.active = t
	for i, tb := range m.tables {
		tb.SetActive(tab(i) == t)
	}
	m.layout()
}

// currentID is the moment the detail pane should show; "" on a
// referral's row (issue 16), which has no moment to load.
func (m *Model) currentID() string {
	if id, ok := m.Selected(); ok && !m.ix.isReferral(id) && !m.ix.isIncoming(id) {
		return id
	}
	return ""
}

// selectionMoved hides a revealed personnummer once the selection leaves
// its moment, and asks for the new moment's detail.
func (m *Model) selectionMoved() tea.Cmd {
	id := m.currentID()
	if m.revealed != "" && m.revealed != id {
		m.setReveal("")
	}
	if !m.sidePane() {
		return nil
	}
	return m.detail.Want(id)
}

func (m *Model) toggleReveal() {
	id := m.currentID()
	if id == "" {
		return
	}
	if m.revealed == id {
		m.setReveal("")
	} else {
		m.setReveal(id)
	}
}

func (m *Model) setReveal(id string) {
	if old := m.revealed; old != "" && m.ix != nil {
		for _, t := range m.tables {
			t.SetCell(old, colPNR, common.MaskedPNR(m.ix.pnr(old)))
		}
	}
	m.revealed = id
	if id != "" && m.ix != nil {
		for _, t := range m.tables {
			t.SetCell(id, colPNR, common.FullPNR(m.ix.pnr(id)))
		}
	}
	m.detail.SetReveal(id)
}

func (m *Model) loadedWorklist(msg worklistMsg) tea.Cmd {
	if msg.gen != m.gen {
		return nil // an older load finished after a newer one started
	}
	m.loaded = true
	m.loadErr = msg.err
	m.part = false
	if msg.err != nil {
		return nil
	}
	m.wl, m.version, m.part = msg.wl, msg.version, msg.part
	m.ix = newIndex(&m.wl)
	m.ix.others = msg.others
	m.detail.Reset(m.ix)
	rows := buildRows(m.ctx, &m.wl, m.ix)
	// The tab the first load lands on is shown before the rows go in, so
	// that only its table draws them (issue 18: the first frame's
	// update drew the moments' table, then the landing tab's).
	land, landID, landing := m.landing()
	if landing {
		m.setTab(land)
	}
	for t := range tabCount {
		m.tables[t].SetRows(rows[t])
	}
	if m.revealed != "" {
		m.setReveal(m.revealed)
	}
	if landing {
		m.tables[land].Select(landID)
	}
	// The moment just created (issue 14: a new moment; issue 15: a table
	// brought in) gets the cursor, on the moments tab.
	if id := m.selectAfter; id != "" && m.ix.moments[id] != nil {
		m.selectAfter = ""
		m.setTab(tabMoments)
		m.tables[tabMoments].Select(id)
	}
	m.layout()
	if m.part { // the rest of the worklist, under the same gen
		return tea.Batch(m.detail.Want(m.currentID()),
			loadWorklist(m.ctx.Data, m.pnrs, m.ctx.Catalogue, m.ctx.Today, m.ctx.Clinician, m.gen))
	}
	return m.detail.Want(m.currentID())
}

// landing (issue 14) is, on the first load, the tab of the day's most
// urgent item and its moment (worklist.MostUrgent), where the cursor
// goes; ok is false when it stays where it is: with nothing waiting, on
// the moments.
func (m *Model) landing() (t tab, id string, ok bool) {
	if m.landed {
		return 0, "", false
	}
	u := worklist.MostUrgent(m.wl)
	if m.part && (u.List != worklist.ListFlags || !worklist.IsRed(m.wl.Flags[0].Kind)) {
		// The first part of a large worklist holds every red flag, so a
		// red flag there is the day's most urgent item; anything else
		// may be outranked by what is still loading.
		return 0, "", false
	}
	m.landed = true
	t, ok = map[worklist.List]tab{worklist.ListFlags: tabFlags, worklist.ListFeedback: tabFeedback,
		worklist.ListMeasurements: tabMeasurements}[u.List]
	return t, u.Moment, ok
}

// sidePane reports whether the terminal is wide enough for the detail pane
// beside the table.
func (m *Model) sidePane() bool {
	return m.ctx.Width >= 100 && m.ctx.Height >= 16 && m.pane != paneHidden
}

// paneMode is the detail pane's width (issue 14), cycled by KeyMap.Pane.
type paneMode int

const (
	paneNormal paneMode = iota // 3/8 of the width, 38–64 columns
	paneWide                   // half the width, at least the normal
	paneHidden                 // the table takes the whole width
)

// paneWidth is the detail pane's width for the body width w.
func (m *Model) paneWidth(w int) int {
	dw := min(max(w*3/8, 38), 64)
	if m.pane == paneWide {
		dw = max(w/2, dw)
	}
	return dw
}

func (m *Model) tooSmall() bool { return m.ctx.Width < minWidth || m.ctx.Height < minHeight }

// tooSmallForStatus: below 12 lines the status line would take the
// table's last rows; the status then waits (issue 14).
func (m *Model) tooSmallForStatus() bool { return m.ctx.Height < 12 }

// statusShown reports whether the status line is drawn.
func (m *Model) statusShown() bool { return m.act.Status() != "" && !m.tooSmallForStatus() }

// bodySize is the area between the tab bar (or header) and the help line.
func (m *Model) bodySize() (int, int) {
	h := m.ctx.Height - 2 // header, help line
	if m.statusShown() {
		h-- // issue 14: the status line above the help line
	}
	if len(m.pages) == 0 {
		h-- // tab bar
		if m.filtering || m.filter.Value() != "" || m.tables[m.active].SortBy() >= 0 {
			h-- // filter and sort line
		}
	}
	return max(m.ctx.Width, 1), max(h, 1)
}

// layout pushes the size down to every component. It runs on resize and
// when the chrome changes, never per frame.
func (m *Model) layout() {
	w, h := m.bodySize()
	m.help.SetWidth(max(w-2, 1))
	m.filter.SetWidth(max(w/2, 10))
	tw := w
	if m.sidePane() {
		dw := m.paneWidth(w)
		tw = w - dw - 1
		m.detail.SetSize(dw, h)
	}
	for _, t := range m.tables {
		t.SetSize(tw, h)
	}
	for _, p := range m.pages {
		p.SetSize(w, h)
	}
}

// View draws the screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "ikbt"
	return v
}

func (m *Model) render() string {
	w, h := m.ctx.Width, m.ctx.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.tooSmall() {
		return common.Clip(m.ctx.Lang.T(common.L.AppToosmall, w, h, minWidth, minHeight), w, h)
	}
	var b strings.Builder
	b.WriteString(m.headerView())
	b.WriteByte('\n')
	bw, bh := m.bodySize()
	switch {
	case m.fullHelp:
		b.WriteString(common.Fit(m.fullHelpView(bw), bw, m.fullHelpHeight()))
	case len(m.pages) > 0:
		b.WriteString(common.Fit(m.pages[len(m.pages)-1].View(), bw, bh))
	default:
		b.WriteString(m.tabsView())
		b.WriteByte('\n')
		if m.filterLines() > 0 {
			b.WriteString(m.filterView())
			b.WriteByte('\n')
		}
		b.WriteString(m.bodyView(bw, bh))
	}
	b.WriteByte('\n')
	if s := m.act.StatusLine(); s != "" && !m.tooSmallForStatus() {
		// issue 14: the status has a line of its own; the keys stay in sight.
		b.WriteString(common.ClipLine(s, w))
		b.WriteByte('\n')
	}
	b.WriteString(common.ClipLine(m.helpLine(), w)) // the last line, whatever fills it
	return b.String()
}

// fullHelpHeight is the lines full help has: all but the header, the
// help line and a status line.
func (m *Model) fullHelpHeight() int {
	fh := m.ctx.Height - 2
	if m.statusShown() {
		fh-- // issue 14: the status line
	}
	return max(fh, 1)
}

// fullHelpLines are full help's lines with the legend (issue 14).
func (m *Model) fullHelpLines(w int) []string {
	full := helpline.Full(m.help, m.helpKeys().FullHelp(), w) + "\n\n" + helpline.Legend(m.ctx, w)
	return strings.Split(strings.TrimRight(full, "\n"), "\n")
}

// fullHelpView shows full help from helpTop; when lines are below the
// screen the last line says how to reach them, so nothing is cut unseen.
func (m *Model) fullHelpView(w int) string {
	lines, fh := m.fullHelpLines(w), m.fullHelpHeight()
	if len(lines) <= fh {
		return strings.Join(lines, "\n")
	}
	top := min(max(m.helpTop, 0), len(lines)-fh+1)
	shown := lines[top:min(top+fh-1, len(lines))]
	more := ""
	if top+len(shown) < len(lines) {
		more = m.ctx.Styles.Dim.Render(m.ctx.Lang.T(common.L.HelpMore))
	}
	return strings.Join(append(shown, more), "\n")
}

// scrollHelp moves full help by a movement key, and reports whether
// msg was one.
func (m *Model) scrollHelp(msg tea.KeyPressMsg) bool {
	k := m.ctx.Keys
	w, _ := m.bodySize()
	lines, fh := len(m.fullHelpLines(w)), m.fullHelpHeight()
	last := max(lines-fh+1, 0) // the last page keeps one line for "more"
	switch {
	case key.Matches(msg, k.Down):
		m.helpTop++
	case key.Matches(msg, k.Up):
		m.helpTop--
	case key.Matches(msg, k.PageDown, k.HalfDown):
		m.helpTop += fh - 1
	case key.Matches(msg, k.PageUp, k.HalfUp):
		m.helpTop -= fh - 1
	case key.Matches(msg, k.Top):
		m.helpTop = 0
	case key.Matches(msg, k.Bottom):
		m.helpTop = last
	default:
		return false
	}
	m.helpTop = min(max(m.helpTop, 0), last)
	return true
}

func (m *Model) filterLines() int {
	if len(m.pages) == 0 && (m.filtering || m.filter.Value() != "" || m.tables[m.active].SortBy() >= 0) {
		return 1
	}
	return 0
}

func (m *Model) bodyView(w, h int) string {
	switch {
	case !m.loaded:
		return common.Fit(m.ctx.Styles.Dim.Render(m.ctx.Lang.T(common.L.AppLoading)), w, h)
	case m.loadErr != nil:
		return common.Fit(m.ctx.Styles.Error.Render(m.ctx.Lang.T(common.L.AppLoaderror))+"\n"+common.ErrorText(m.loadErr, m.ctx.Lang), w, h)
	case m.part && m.active != tabAssessments && m.tables[m.active].Total() == 0: // issue 18: not "none" while rows are loading
		return common.Fit(m.ctx.Styles.Dim.Render(m.ctx.Lang.T(common.L.AppLoading)), w, h)
	case m.active != tabAssessments && m.active != tabHandovers && len(m.wl.Moments) == 0 && len(m.wl.Feedback) == 0 && len(m.wl.Flags) == 0 && len(m.wl.Measurements) == 0 && len(m.wl.Assessments) == 0:
		return common.Fit(emptyView(m.ctx, w), w, h)
	}
	t := m.tables[m.active]
	var body string
	if t.Len() == 0 {
		msg := m.ctx.Lang.ByID("table.none." + tabLabels[m.active])
		if t.Total() > 0 {
			msg = m.ctx.Lang.T(common.L.TableNomatch, m.filter.Value())
		}
		body = common.Fit(m.ctx.Styles.Dim.Render(msg), t.Width(), h)
	} else {
		body = t.View()
	}
	if !m.sidePane() {
		return body
	}
	sep := m.ctx.Styles.Border.Render(strings.TrimSuffix(strings.Repeat("│\n", h), "\n"))
	side := m.detail.View()
	if id := t.SelectedID(); m.ix.isReferral(id) { // issue 16: a referral's row
		side = common.Fit(m.referralSide(id, m.detail.Width()), m.detail.Width(), h)
	} else if m.ix.isIncoming(id) { // issue 16: an incoming handover's row
		side = common.Fit(m.incomingSide(id, m.detail.Width()), m.detail.Width(), h)
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, body, sep, side)
}

func (m *Model) helpKeys() help.KeyMap {
	if len(m.pages) > 0 {
		return m.pages[len(m.pages)-1].Help()
	}
	return helpline.Worklist(m.ctx.Keys)
}

func (m *Model) helpLine() string {
	if m.filtering {
		k := m.ctx.Keys
		return m.shortHelp([]key.Binding{k.FilterInput.Done, k.FilterInput.Clear, k.Up, k.Down})
	}
	return m.shortHelp(m.helpKeys().ShortHelp())
}

// shortHelp draws the help line (help.Line): ? and esc are how to find
// the rest and how to get back, so they are fitted first (issue 14).
func (m *Model) shortHelp(bs []key.Binding) string {
	return helpline.Line(m.help, bs, m.ctx.Width, m.ctx.Keys.Help, m.ctx.Keys.Back)
}
