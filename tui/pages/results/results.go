// Package results is the Resultat page (issue 17, R on the worklist): the
// figures of results.Report for a period and a filter — counts,
// tillgänglighet, fullföljande, the effect per instrument — and per
// instrument each patient's trajectory against the reliable-change band.
// It only reads: the report is computed by package results (through
// Source, off the UI loop); the page computes no figure itself.
package results

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	res "github.com/ikbt/ikbt/results"
	"github.com/ikbt/ikbt/tui/common"
)

// Source computes reports. *store.Store satisfies it (store.Report,
// store.ReportReferrals); tests compute with results.Compute.
type Source interface {
	Report(cat *programs.Catalogue, today caseload.Date, refs []res.Referral, o res.Options) (res.Report, error)
	ReportReferrals() ([]res.Referral, error)
}

// Span is the length of the period the page steps by.
type Span int

const (
	Year    Span = iota // the last 12 months (the default)
	Quarter             // 3 months
	Month
	All // from the beginning to today
	spanCount
)

// Period returns the period of span s that ends on to: [to − span + 1 day, to].
func Period(s Span, to caseload.Date) (from caseload.Date) {
	months := map[Span]int{Year: 12, Quarter: 3, Month: 1}[s]
	if s == All {
		return caseload.Date{}
	}
	return caseload.DateOf(to.Time().AddDate(0, -months, 1))
}

// Page is the Resultat page.
type Page struct {
	ctx  *common.Context
	src  Source
	open func(id string) tea.Cmd // opens a moment's page (the root's moment page)

	span      Span
	to        caseload.Date
	everyone  bool   // false: the app's clinician only (when it has one)
	program   string // "" = every program
	gen       int    // number of the latest load; older answers are dropped
	loading   bool
	err       error
	report    *res.Report
	moments   map[string]*momentScores // every score of a moment, for the selected patient's chart
	width     int
	height    int
	sel       int // index into items
	offset    int // first line shown
	lines     []string
	items     []item
	itemLines []int // line of each item
	selEnd    int   // the line after the selected item and its chart
	moved     bool  // the selection was moved: keep it in view
	chunks    []chunk
	chunksKey string // the report and width the chunks were drawn for
}

// item is one selectable patient row: a moment on one instrument.
type item struct {
	effect int // index into report.Effects
	row    int // index into report.Moments
}

type momentScores struct {
	m   caseload.Moment
	err error
}

// loadedMsg carries a computed report.
type loadedMsg struct {
	page *Page
	gen  int
	r    res.Report
	err  error
}

// momentMsg carries one moment's scores for the chart.
type momentMsg struct {
	page *Page
	id   string
	m    caseload.Moment
	err  error
}

// New returns the page for the period of the last 12 months to ctx.Today,
// for ctx.Clinician's moments (everyone's when it is ""). open opens a
// moment; src may be nil (the page then says there are no results).
func New(ctx *common.Context, src Source, open func(id string) tea.Cmd, w, h int) *Page {
	p := &Page{ctx: ctx, src: src, open: open, to: ctx.Today, moments: map[string]*momentScores{}}
	p.SetSize(w, h)
	return p
}

// Filter is the report's filter as the page stands.
func (p *Page) Filter() res.Filter {
	f := res.Filter{From: Period(p.span, p.to), To: p.to, Program: p.program}
	if !p.everyone {
		f.Clinician = p.ctx.Clinician
	}
	return f
}

func (p *Page) Init() tea.Cmd { return p.load() }

// load computes the report for the current filter off the UI loop.
func (p *Page) load() tea.Cmd {
	if p.src == nil {
		return nil
	}
	p.gen++
	p.loading = true
	p.refresh()
	gen, src, cat, today, f := p.gen, p.src, p.ctx.Catalogue, p.ctx.Today, p.Filter()
	return func() tea.Msg {
		refs, err := src.ReportReferrals()
		if err != nil {
			return loadedMsg{page: p, gen: gen, err: err}
		}
		// WithPNR: the rows show the personnummer, masked; names never.
		r, err := src.Report(cat, today, refs, res.Options{Filter: f, WithPNR: true})
		return loadedMsg{page: p, gen: gen, r: r, err: err}
	}
}

// Loading reports whether a report is being computed.
func (p *Page) Loading() bool { return p.loading }

// Report returns the report shown, nil before the first one has loaded.
func (p *Page) Report() *res.Report { return p.report }

func (p *Page) CapturesKeys() bool { return false }
func (p *Page) ActsOn() string     { return "" }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }

func (p *Page) Title() string { return p.ctx.Lang.T(common.L.ResTitle) }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = max(w, 1), max(h, 1)
	p.refresh()
}

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys
	r := k.ResultKeys
	return common.Bindings{
		Short: []key.Binding{r.Open, r.Earlier, r.Later, r.Span, r.Whose, r.Program, k.Back, k.Help, k.Quit},
		Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{r.Earlier, r.Later, r.Span, r.Whose, r.Program}, {r.Open, k.Back, k.Help, k.Quit}},
	}
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.page != p || msg.gen != p.gen {
			return p, nil
		}
		p.loading, p.err = false, msg.err
		if msg.err == nil {
			p.report = &msg.r
		}
		p.sel = min(p.sel, max(len(p.itemsOf(p.report))-1, 0))
		p.refresh()
		return p, p.wantSelected()
	case momentMsg:
		if msg.page == p {
			p.moments[msg.id] = &momentScores{m: msg.m, err: msg.err}
			p.refresh()
		}
		return p, nil
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return p, nil
}

func (p *Page) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k := p.ctx.Keys
	r := k.ResultKeys
	switch {
	case key.Matches(msg, k.Back):
		return p, common.PopPage()
	case key.Matches(msg, r.Earlier):
		if p.span == All {
			return p, nil
		}
		p.to = Period(p.span, p.to).AddDays(-1)
		return p, p.load()
	case key.Matches(msg, r.Later):
		if p.span == All || !p.to.Before(p.ctx.Today) {
			return p, nil
		}
		// The period after ends a span later, never after today.
		next := caseload.DateOf(p.to.Time().AddDate(0, map[Span]int{Year: 12, Quarter: 3, Month: 1}[p.span], 0))
		if next.After(p.ctx.Today) {
			next = p.ctx.Today
		}
		p.to = next
		return p, p.load()
	case key.Matches(msg, r.Span):
		p.span = (p.span + 1) % spanCount
		if p.span == All {
			p.to = p.ctx.Today
		}
		return p, p.load()
	case key.Matches(msg, r.Whose):
		if p.ctx.Clinician == "" {
			return p, nil // everyone already
		}
		p.everyone = !p.everyone
		return p, p.load()
	case key.Matches(msg, r.Program):
		p.program = nextProgram(p.ctx.Catalogue, p.program)
		return p, p.load()
	case key.Matches(msg, r.Open):
		if it, ok := p.selected(); ok && p.open != nil {
			return p, p.open(p.report.Moments[it.row].Moment)
		}
		return p, nil
	case key.Matches(msg, k.Up):
		return p, p.move(-1)
	case key.Matches(msg, k.Down):
		return p, p.move(1)
	case key.Matches(msg, k.PageUp):
		p.scroll(-p.height + 1)
	case key.Matches(msg, k.PageDown):
		p.scroll(p.height - 1)
	case key.Matches(msg, k.HalfUp):
		p.scroll(-p.height / 2)
	case key.Matches(msg, k.HalfDown):
		p.scroll(p.height / 2)
	case key.Matches(msg, k.Top):
		p.offset, p.moved = 0, false
	case key.Matches(msg, k.Bottom):
		p.offset, p.moved = max(len(p.lines)-p.height, 0), false
	}
	return p, nil
}

// nextProgram cycles "" (every program) → each program → "".
func nextProgram(cat *programs.Catalogue, cur string) string {
	if cat == nil {
		return ""
	}
	ps := cat.Programs()
	if cur == "" {
		if len(ps) > 0 {
			return ps[0].ID
		}
		return ""
	}
	for i, pr := range ps {
		if pr.ID == cur && i+1 < len(ps) {
			return ps[i+1].ID
		}
	}
	return ""
}

// move moves the selection by d patients, keeps it in view and asks for
// the selected moment's scores.
func (p *Page) move(d int) tea.Cmd {
	if len(p.items) == 0 {
		p.scroll(d)
		return nil
	}
	p.sel = max(min(p.sel+d, len(p.items)-1), 0)
	p.moved = true
	p.refresh()
	return p.wantSelected()
}

func (p *Page) scroll(d int) {
	p.moved = false // the reader scrolls away from the selection
	p.offset = max(min(p.offset+d, len(p.lines)-p.height), 0)
}

func (p *Page) selected() (item, bool) {
	if p.report == nil || p.sel < 0 || p.sel >= len(p.items) {
		return item{}, false
	}
	return p.items[p.sel], true
}

// Selected returns the moment of the selected patient row, "" for none.
func (p *Page) Selected() string {
	if it, ok := p.selected(); ok {
		return p.report.Moments[it.row].Moment
	}
	return ""
}

// wantSelected loads every score of the selected moment for its chart.
func (p *Page) wantSelected() tea.Cmd {
	it, ok := p.selected()
	if !ok || p.ctx.Data == nil {
		return nil
	}
	id := p.report.Moments[it.row].Moment
	if p.moments[id] != nil {
		return nil
	}
	p.moments[id] = &momentScores{} // pending: asked once
	d := p.ctx.Data
	return func() tea.Msg {
		m, _, err := d.Moment(id)
		return momentMsg{page: p, id: id, m: m, err: err}
	}
}

func (p *Page) View() string {
	end := min(p.offset+p.height, len(p.lines))
	return strings.Join(p.lines[min(p.offset, end):end], "\n")
}

// itemsOf lists the patient rows: per effect, the moments with a pre score.
func (p *Page) itemsOf(r *res.Report) []item {
	if r == nil {
		return nil
	}
	var out []item
	for e, ef := range r.Effects {
		for i, row := range r.Moments {
			if s := scoresOf(row, ef.Instrument); s != nil && s.Pre != nil {
				out = append(out, item{effect: e, row: i})
			}
		}
	}
	return out
}

func scoresOf(row res.Row, id string) *res.Scores {
	for i := range row.Scores {
		if row.Scores[i].Instrument == id {
			return &row.Scores[i]
		}
	}
	return nil
}

// refresh draws every line of the page for its width; View shows a window.
func (p *Page) refresh() {
	l, st, w := p.ctx.Lang, p.ctx.Styles, p.width
	var lines []string
	add := func(s string) { lines = append(lines, wrap(s, w)...) }
	p.header(add)
	p.items, p.itemLines = nil, nil
	switch {
	case p.src == nil:
		add(st.Dim.Render(l.T(common.L.ResNoSource)))
	case p.loading && p.report == nil:
		add(st.Dim.Render(l.T(common.L.ResLoading)))
	case p.err != nil:
		add(st.Error.Render(l.T(common.L.ResError)) + " " + p.err.Error())
	case p.report != nil:
		if p.loading {
			add(st.Dim.Render(l.T(common.L.ResLoading)))
		}
		if key := fmt.Sprintf("%p|%d", p.report, p.width); key != p.chunksKey {
			p.chunks, p.chunksKey = p.buildChunks(), key
		}
		for _, c := range p.chunks {
			if !c.item {
				lines = append(lines, c.lines...)
				continue
			}
			p.items = append(p.items, c.it)
			p.itemLines = append(p.itemLines, len(lines))
			if len(p.items)-1 != p.sel {
				lines = append(lines, c.lines...)
				continue
			}
			ef, row := p.report.Effects[c.it.effect], p.report.Moments[c.it.row]
			in, _ := instruments.Get(ef.Instrument)
			lines = append(lines, p.patientLine(ef, in, row, true, c.tail)...)
			lines = append(lines, p.chart(ef, in, row)...)
			p.selEnd = len(lines)
		}
	}
	p.lines = lines
	// Keep the selected row and its chart in view, the row first.
	if p.moved && p.sel >= 0 && p.sel < len(p.itemLines) {
		at := p.itemLines[p.sel]
		if p.selEnd > p.offset+p.height {
			p.offset = p.selEnd - p.height
		}
		if at < p.offset {
			p.offset = at
		}
	}
	p.offset = max(min(p.offset, len(p.lines)-p.height), 0)
}

// header is the period and the filter, and what "–" means.
func (p *Page) header(add func(string)) {
	l, st := p.ctx.Lang, p.ctx.Styles
	f := p.Filter()
	span := []common.Label{common.L.ResSpan12, common.L.ResSpanQuarter, common.L.ResSpanMonth, common.L.ResSpanAll}[p.span]
	from := l.T(common.L.ResFromStart)
	if !f.From.IsZero() {
		from = f.From.String()
	}
	who := f.Clinician
	if who == "" {
		who = l.T(common.L.HeaderEveryone)
	}
	prog := l.T(common.L.ResAllPrograms)
	if f.Program != "" {
		prog = f.Program
		if pr, ok := p.ctx.Catalogue.Program(f.Program); ok {
			prog = pr.Name
		}
	}
	sep := st.Dim.Render(" · ")
	add(st.Section.Render(l.T(common.L.ResPeriod, from, f.To.String(), l.T(span))) + sep + who + sep + prog)
	add(st.Dim.Render(l.T(common.L.ResMinN, res.MinN)))
}

// chunk is a run of drawn lines: static text, or one patient row (item
// >= 0) drawn unselected, with what redrawing it selected needs.
type chunk struct {
	lines []string
	item  bool
	it    item
	tail  int
}

// buildChunks draws the report's figures and the trajectories for the
// page's width. It runs once per report and width: moving the selection
// redraws only the rows it leaves and enters (a unit's report holds a
// thousand rows).
func (p *Page) buildChunks() []chunk {
	l, st, w, r := p.ctx.Lang, p.ctx.Styles, p.width, p.report
	var chunks []chunk
	var lines []string
	add := func(s string) { lines = append(lines, wrap(s, w)...) }
	flush := func() {
		if len(lines) > 0 {
			chunks = append(chunks, chunk{lines: lines})
			lines = nil
		}
	}
	sep := st.Dim.Render(" · ")
	if len(r.Moments) == 0 {
		add("")
		add(st.Dim.Render(l.T(common.L.ResNone)))
	}

	// Counts.
	add("")
	c := r.Counts
	add(st.Section.Render(l.T(common.L.ResCounts)))
	add(l.T(common.L.ResCountsLine, count(c.Referred), count(c.Assessed), c.Started.N, c.InTreatment.N, c.Closed.N) +
		sep + l.T(common.L.ResDiagnosed, p.share(c.Diagnosed)))
	if len(c.ByReason) > 0 {
		parts := make([]string, len(c.ByReason))
		for i, b := range c.ByReason {
			parts[i] = fmt.Sprintf("%s %d", b.Reason, b.N)
		}
		add(st.Dim.Render(l.T(common.L.ResClosedBy)) + " " + strings.Join(parts, sep))
	}

	// Tillgänglighet.
	add("")
	add(st.Section.Render(l.T(common.L.ResWaiting)))
	wt := r.Waiting
	switch {
	case wt.Median.Missing == res.NoData:
		add(l.T(common.L.ResWaitingNone))
	case wt.Median.Value == nil:
		add(l.T(common.L.ResWaitingSmall, wt.N))
	default:
		add(l.T(common.L.ResWaitingLine, p.num(wt.Median, 0), p.num(wt.Q1, 0), p.num(wt.Q3, 0), wt.N))
	}

	// Fullföljande.
	add("")
	add(st.Section.Render(l.T(common.L.ResCompletion)))
	cp := r.Completion
	add(l.T(common.L.ResCompletionLine, cp.Ended, p.share(cp.Completed), p.percent(cp.ModulesShare)))
	if len(cp.StoppedAt) == 0 {
		add(st.Dim.Render(l.T(common.L.ResStoppedNone)))
	} else {
		parts := make([]string, len(cp.StoppedAt))
		for i, s := range cp.StoppedAt {
			parts[i] = l.T(common.L.ResModule, s.Module, s.N)
		}
		add(st.Dim.Render(l.T(common.L.ResStopped)) + " " + strings.Join(parts, sep))
	}

	// Effect per instrument.
	add("")
	add(st.Section.Render(l.T(common.L.ResEffect)))
	anyLast := false
	for _, e := range r.Effects {
		anyLast = anyLast || e.PostLast > 0
		lines = append(lines, p.effectLines(e)...)
	}
	if anyLast {
		add(st.Dim.Render(l.T(common.L.ResPostLastNote)))
	}

	// Trajectories per instrument.
	all := p.itemsOf(r)
	for e, ef := range r.Effects {
		add("")
		add(st.Section.Render(l.T(common.L.ResTrajectories, ef.Instrument)))
		in, _ := instruments.Get(ef.Instrument)
		rci, cut := "–", "–"
		if ef.RCI != nil {
			rci = fmtNum(l, *ef.RCI, 0)
		}
		if ef.Cutoff != nil {
			cut = fmtNum(l, *ef.Cutoff, 0)
		}
		add(st.Dim.Render(l.T(common.L.ResTrajLegend, rci, cut)))
		// One strip width for every row of the instrument, so that the
		// cut-off rule is one straight line down the rows.
		tail := 0
		for _, it := range all {
			if it.effect == e {
				tail = max(tail, lipgloss.Width(p.tail(ef, in, r.Moments[it.row])))
			}
		}
		n := 0
		for _, it := range all {
			if it.effect != e {
				continue
			}
			n++
			flush()
			chunks = append(chunks, chunk{lines: p.patientLine(ef, in, r.Moments[it.row], false, tail), item: true, it: it, tail: tail})
		}
		if n == 0 {
			add(st.Dim.Render(l.T(common.L.ResTrajNone)))
		}
	}
	flush()
	return chunks
}

// effectLines is one instrument: n, pre → post, d; then the shares as a
// stacked bar and in words; then the thresholds.
func (p *Page) effectLines(e res.Effect) []string {
	l, st, w := p.ctx.Lang, p.ctx.Styles, p.width
	var lines []string
	add := func(s string) { lines = append(lines, wrap(s, w)...) }
	sep := st.Dim.Render(" · ")
	name := st.Bold.Render(e.Instrument)
	if e.Primary {
		name += st.Dim.Render(" (" + l.T(common.L.ResPrimary) + ")")
	}
	pairs := l.T(common.L.ResPairs, e.Pairs)
	if e.PostLast > 0 {
		pairs = l.T(common.L.ResPairsLast, e.Pairs, e.PostLast)
	}
	parts := []string{name, pairs,
		p.msd(e.PreMean, e.PreSD) + " → " + p.msd(e.PostMean, e.PostSD),
		l.T(common.L.ResD, p.num(e.D, 2))}
	if e.PreOnly > 0 {
		parts = append(parts, st.Dim.Render(l.T(common.L.ResPreOnly, e.PreOnly)))
	}
	add(strings.Join(parts, sep))
	// "~" marks a share shown with an estimated threshold (KEDS).
	sh := func(s res.Share) string {
		if s.Estimated && s.Value != nil {
			return "~" + p.share(s)
		}
		return p.share(s)
	}
	// A glyph stays with its word and a share with its "%" (no-break
	// spaces): a wrapped line never starts with "återhämtade" alone.
	shares := []string{
		st.OK.Render("▼") + nbsp + l.T(common.L.ResImproved) + nbsp + sh(e.Improved),
		"=" + nbsp + l.T(common.L.ResUnchanged) + nbsp + sh(e.Unchanged),
		st.Red.Render("▲") + nbsp + l.T(common.L.ResDeteriorated) + nbsp + sh(e.Deteriorated),
		"✓" + nbsp + l.T(common.L.ResRecovered) + nbsp + sh(e.Recovered),
	}
	bar := p.bar(e)
	if bar != "" {
		bar += " "
	}
	add("  " + bar + strings.Join(shares, sep))
	rci, cut := l.T(common.L.ResNoThreshold), l.T(common.L.ResNoThreshold)
	if e.RCI != nil {
		rci = fmtNum(l, *e.RCI, 0)
		if e.RCIEstimated {
			rci += " " + l.T(common.L.ResEstimated)
		}
	}
	if e.Cutoff != nil {
		cut = "≥ " + fmtNum(l, *e.Cutoff, 0)
	}
	add("  " + st.Dim.Render(l.T(common.L.ResThresholds, rci, cut)))
	return lines
}

// bar is the improved / unchanged / deteriorated shares as one stacked bar
// of 20 cells ("" when the shares are not shown). Each part has its own
// glyph, so the bar reads without colour.
func (p *Page) bar(e res.Effect) string {
	if e.Improved.Value == nil || e.Unchanged.Value == nil || e.Deteriorated.Value == nil {
		return ""
	}
	const cells = 20
	st := p.ctx.Styles
	up := int(math.Round(*e.Improved.Value * cells))
	down := int(math.Round(*e.Deteriorated.Value * cells))
	same := max(cells-up-down, 0)
	return "[" + st.OK.Render(strings.Repeat("█", up)) + strings.Repeat("▒", same) + st.Red.Render(strings.Repeat("░", down)) + "]"
}

// patientLine is one patient on one instrument: the masked personnummer
// (and the moment ID where there is room), a strip of the score range with
// the band of ±RCI around the pre score, the cut-off as a rule and the
// pre, post and follow-up scores; then the numbers and the class. tail is
// the widest numbers-and-class of the instrument's rows.
func (p *Page) patientLine(e res.Effect, in *instruments.Instrument, row res.Row, sel bool, tail int) []string {
	st, w := p.ctx.Styles, p.width
	s := scoresOf(row, e.Instrument)
	who := personnummer.Number(strings.ReplaceAll(row.PNR, "-", "")).Masked()
	if row.PNR == "" {
		who = row.Moment
	} else if w >= 100 {
		who = fmt.Sprintf("%-22s %s", row.Moment, who)
	}
	cursor := " "
	if sel {
		cursor = common.Gutter
		who = st.Selected.Render(who)
	}
	t := p.tail(e, in, row)
	stripW := min(w-2-lipgloss.Width(who)-2-tail, 40)
	if stripW < 10 { // narrow: numbers and class on their own line
		return append([]string{cursor + " " + who}, wrap("   "+t, w)...)
	}
	return []string{cursor + " " + who + " " + p.strip(e, in, s, stripW) + " " + t}
}

// tail is a patient row's numbers (pre → post → follow-up) and class.
func (p *Page) tail(e res.Effect, in *instruments.Instrument, row res.Row) string {
	l := p.ctx.Lang
	s := scoresOf(row, e.Instrument)
	nums := fmtNum(l, s.Pre.Value, 0)
	if s.Post != nil {
		nums += " → " + fmtNum(l, s.Post.Value, 0)
		if s.Post.Last {
			nums += "*"
		}
	}
	if s.FollowUp != nil {
		nums += " → " + fmtNum(l, s.FollowUp.Value, 0)
	}
	if c := p.class(e, row); c != "" {
		nums += " " + c
	}
	return nums
}

// class is a patient's reliable-change class on the instrument
// (results.Row.Classify), in a glyph and a word; an interim score of a
// patient still in treatment is "ongoing", not an outcome.
func (p *Page) class(e res.Effect, row res.Row) string {
	l, st := p.ctx.Lang, p.ctx.Styles
	est := ""
	if e.RCIEstimated {
		est = "~"
	}
	c, recovered := row.Classify(e)
	switch c {
	case res.NotCounted:
		if s := scoresOf(row, e.Instrument); s != nil && s.Post == nil && (row.Status == caseload.Closed || row.Status == caseload.Maintenance) {
			return st.Warn.Render(l.T(common.L.ResClassMissing)) // a missing outcome
		}
		return st.Dim.Render(l.T(common.L.ResClassPending))
	case res.Improved:
		out := st.OK.Render("▼ " + est + l.T(common.L.ResClassImproved))
		if recovered {
			out += " ✓ " + est + l.T(common.L.ResClassRecovered)
		}
		return out
	case res.Deteriorated:
		return st.Red.Render("▲ " + est + l.T(common.L.ResClassWorse))
	case res.Unchanged:
		return "= " + est + l.T(common.L.ResClassUnchanged)
	}
	return "" // no sourced RCI: no class
}

// scale maps a score to a cell of a strip of width cells over the
// instrument's range (lower on the left: lower is better on every scale here).
func scale(in *instruments.Instrument, v float64, cells int) int {
	lo, hi := 0.0, 100.0
	if in != nil {
		lo, hi = float64(in.MinTotal()), float64(in.MaxTotal())
	}
	if hi <= lo {
		return 0
	}
	c := int(math.Round((v - lo) / (hi - lo) * float64(cells-1)))
	return max(min(c, cells-1), 0)
}

// strip draws one patient's scores on the instrument's range.
func (p *Page) strip(e res.Effect, in *instruments.Instrument, s *res.Scores, cells int) string {
	st := p.ctx.Styles
	glyph := make([]string, cells)
	for i := range glyph {
		glyph[i] = st.Dim.Render("·")
	}
	if e.RCI != nil {
		a, b := scale(in, s.Pre.Value-*e.RCI, cells), scale(in, s.Pre.Value+*e.RCI, cells)
		for i := a; i <= b; i++ {
			glyph[i] = st.Dim.Render("░")
		}
	}
	if e.Cutoff != nil {
		glyph[scale(in, *e.Cutoff, cells)] = st.Warn.Render("│")
	}
	glyph[scale(in, s.Pre.Value, cells)] = "○"
	if s.FollowUp != nil {
		glyph[scale(in, s.FollowUp.Value, cells)] = "◇"
	}
	if s.Post != nil {
		g := "●"
		if e.RCI != nil {
			switch change := s.Pre.Value - s.Post.Value; {
			case change >= *e.RCI:
				g = st.OK.Render(g)
			case -change >= *e.RCI:
				g = st.Red.Render(g)
			}
		}
		glyph[scale(in, s.Post.Value, cells)] = g
	}
	return strings.Join(glyph, "")
}

// chart draws the selected patient's every score on the instrument over
// time: the band of ±RCI around the pre score, the cut-off as a rule.
func (p *Page) chart(e res.Effect, in *instruments.Instrument, row res.Row) []string {
	l, st := p.ctx.Lang, p.ctx.Styles
	s := scoresOf(row, e.Instrument)
	ms := p.moments[row.Moment]
	if ms == nil || (ms.m.ID == "" && ms.err == nil) {
		return []string{"   " + st.Dim.Render(l.T(common.L.ResChartLoading))}
	}
	if ms.err != nil {
		return wrap("   "+st.Error.Render(ms.err.Error()), p.width)
	}
	var pts []caseload.Measurement
	for _, x := range ms.m.Measurements {
		if x.Instrument == e.Instrument && !x.Answered.Date().Before(s.Pre.Date) {
			pts = append(pts, x)
		}
	}
	slices.SortStableFunc(pts, func(a, b caseload.Measurement) int { return a.Answered.Compare(b.Answered) })
	if len(pts) == 0 {
		return nil
	}
	// The y range: the scores, the band and the cut-off, within the scale.
	lo, hi := s.Pre.Value, s.Pre.Value
	for _, x := range pts {
		lo, hi = math.Min(lo, x.Value()), math.Max(hi, x.Value())
	}
	if e.RCI != nil {
		lo, hi = math.Min(lo, s.Pre.Value-*e.RCI), math.Max(hi, s.Pre.Value+*e.RCI)
	}
	if e.Cutoff != nil {
		lo, hi = math.Min(lo, *e.Cutoff), math.Max(hi, *e.Cutoff)
	}
	if in != nil {
		lo, hi = math.Max(lo, float64(in.MinTotal())), math.Min(hi, float64(in.MaxTotal()))
	}
	if hi-lo < 1 {
		hi = lo + 1
	}
	const rows = 7
	step := math.Max((hi-lo)/float64(rows-1), 1e-9)
	rowOf := func(v float64) int { return rows - 1 - int(math.Round((v-lo)/step)) }
	first, last := pts[0].Answered.Date(), pts[len(pts)-1].Answered.Date()
	days := max(last.DaysSince(first), 1)
	yw := max(len(fmtNum(l, hi, 0)), len(fmtNum(l, lo, 0)))
	cols := min(max(p.width-yw-6, 10), 60)
	colOf := func(d caseload.Date) int { return d.DaysSince(first) * (cols - 1) / days }
	grid := make([][]string, rows)
	for r := range grid {
		grid[r] = make([]string, cols)
		v := hi - float64(r)*step
		for c := range grid[r] {
			switch {
			case e.Cutoff != nil && rowOf(*e.Cutoff) == r:
				grid[r][c] = st.Warn.Render("─")
			case e.RCI != nil && v >= s.Pre.Value-*e.RCI-step/2 && v <= s.Pre.Value+*e.RCI+step/2:
				grid[r][c] = st.Dim.Render("░")
			default:
				grid[r][c] = " "
			}
		}
	}
	for _, x := range pts {
		g := "●"
		if e.RCI != nil {
			switch change := s.Pre.Value - x.Value(); {
			case change >= *e.RCI:
				g = st.OK.Render(g)
			case -change >= *e.RCI:
				g = st.Red.Render(g)
			}
		}
		grid[rowOf(x.Value())][colOf(x.Answered.Date())] = g
	}
	out := []string{"   " + st.Dim.Render(l.N(len(pts), common.L.ResChartScoresOne, common.L.ResChartScores, e.Instrument, len(pts), first.String(), last.String()))}
	for r := range grid {
		label := ""
		switch {
		case e.Cutoff != nil && rowOf(*e.Cutoff) == r:
			label = fmtNum(l, *e.Cutoff, 0) // the rule's row is labelled with the cut-off itself
		case r == 0 || r == rows-1:
			label = fmtNum(l, hi-float64(r)*step, 0)
		}
		out = append(out, fmt.Sprintf("   %*s ┤", yw, label)+strings.Join(grid[r], ""))
	}
	return out
}

func count(c res.Count) string {
	if !c.Known {
		return "–"
	}
	return strconv.Itoa(c.N)
}

// num is a figure with d decimals, or "–".
func (p *Page) num(s res.Stat, d int) string {
	if s.Value == nil {
		return "–"
	}
	return fmtNum(p.ctx.Lang, *s.Value, d)
}

func (p *Page) percent(s res.Stat) string {
	if s.Value == nil {
		return fmt.Sprintf("– (n %d)", s.N)
	}
	return fmt.Sprintf("%s %% (n %d)", fmtNum(p.ctx.Lang, *s.Value*100, 0), s.N)
}

// msd is "mean (SD)", or "– (n k)".
func (p *Page) msd(m, sd res.Stat) string {
	if m.Value == nil {
		return fmt.Sprintf("– (n %d)", m.N)
	}
	return fmt.Sprintf("%s (%s)", p.num(m, 1), p.num(sd, 1))
}

// share is "58 % (7 av 12)", or "– (n k)"; a share without a threshold is "–".
func (p *Page) share(s res.Share) string {
	switch {
	case s.Missing == res.NoThreshold:
		return "–"
	case s.Value == nil:
		return fmt.Sprintf("– (n %d)", s.N)
	}
	return p.ctx.Lang.T(common.L.ResShareOf, fmtNum(p.ctx.Lang, *s.Value*100, 0)+nbsp+"%", s.Count, s.N)
}

// nbsp is a no-break space: wrap does not break a line there.
const nbsp = "\u00a0"

// fmtNum writes v with d decimals, with a decimal comma in Swedish.
func fmtNum(l common.Lang, v float64, d int) string {
	s := strconv.FormatFloat(v, 'f', d, 64)
	if s == "-0" {
		s = "0"
	}
	if l != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// wrap breaks s (which may hold newlines) into lines of at most w cells at
// word boundaries; a word longer than w is the only thing cut.
func wrap(s string, w int) []string {
	if w <= 0 {
		return []string{""}
	}
	return strings.Split(lipgloss.NewStyle().Width(w).Render(s), "\n")
}
