// Package detail is the moment's detail: the side pane beside the
// worklist's table (Pane), and the lines the moment page draws its body
// from (Lines, Modules). It loads each moment once per worklist load (Load,
// Msg) and reads the worklist's rows of a moment through Index.
package detail

import (
	"fmt"
	"math"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/module"
	"github.com/ikbt/ikbt/worklist"
)

// Info is one moment as loaded for the detail pane.
type Info struct {
	Moment  caseload.Moment
	Patient caseload.Patient
	Err     error
}

// Index is what the pane reads of the worklist for a moment: its row and
// what waits on it. The root's index of the worklist implements it; a nil
// index, before the first load, answers nothing.
type Index interface {
	Row(id string) *worklist.MomentRow
	Flags(id string) []worklist.Flag
	Feedback(id string) []worklist.Feedback
	Due(id string) []worklist.Due
	// PendingOut is the handover to another unit the moment is in, nil
	// for none (issue 16: överlämning pågår).
	PendingOut(id string) *worklist.HandoverRow
}

// Msg carries one loaded moment for the pane; the root gives it to the
// pane (Loaded) and then to every page.
type Msg struct {
	gen     int
	ID      string
	Moment  caseload.Moment
	Patient caseload.Patient
	Err     error
}

// load reads moment id off the UI loop.
func load(d common.Data, id string, gen int) tea.Cmd {
	return func() tea.Msg {
		m, p, err := d.Moment(id)
		return Msg{gen: gen, ID: id, Moment: m, Patient: p, Err: err}
	}
}

// Pane shows the selected moment beside the table. It loads each
// moment once per worklist load and redraws only when the moment, the
// size or the reveal change.
type Pane struct {
	ctx     *common.Context
	ix      Index
	cache   map[string]*Info
	pending map[string]bool
	gen     int
	id      string
	reveal  string // moment whose personnummer is shown
	width   int
	height  int

	drawnKey string
	drawn    string
}

// New returns an empty pane.
func New(ctx *common.Context) *Pane {
	return &Pane{ctx: ctx, cache: map[string]*Info{}, pending: map[string]bool{}}
}

// Reset forgets loaded moments after a new worklist load.
func (d *Pane) Reset(ix Index) {
	d.ix = ix
	d.gen++
	d.cache = map[string]*Info{}
	d.pending = map[string]bool{}
	d.drawnKey = ""
}

// Want makes id the shown moment and loads it if needed.
func (d *Pane) Want(id string) tea.Cmd {
	d.id = id
	if id == "" || d.ctx.Data == nil || d.cache[id] != nil || d.pending[id] {
		return nil
	}
	d.pending[id] = true
	return load(d.ctx.Data, id, d.gen)
}

// Loaded keeps a loaded moment; an answer to an older load is dropped.
func (d *Pane) Loaded(msg Msg) {
	if msg.gen != d.gen {
		return
	}
	delete(d.pending, msg.ID)
	d.cache[msg.ID] = &Info{Moment: msg.Moment, Patient: msg.Patient, Err: msg.Err}
	d.drawnKey = ""
}

// Info is moment id as loaded, nil while it is not.
func (d *Pane) Info(id string) *Info { return d.cache[id] }

// Shown is the moment the pane shows, "" none.
func (d *Pane) Shown() string { return d.id }

// Index is the worklist's index the pane reads.
func (d *Pane) Index() Index { return d.ix }

// SetReveal shows the personnummer of moment id whole ("" none).
func (d *Pane) SetReveal(id string) { d.reveal = id }

// SetSize sets the pane's size.
func (d *Pane) SetSize(w, h int) { d.width, d.height = w, h }

// Width is the pane's width.
func (d *Pane) Width() int { return d.width }

// View draws the pane, exactly width×height.
func (d *Pane) View() string {
	key := fmt.Sprintf("%s|%d|%d|%v", d.id, d.width, d.height, d.reveal == d.id)
	if key == d.drawnKey {
		return d.drawn
	}
	var s string
	switch info := d.cache[d.id]; {
	case d.id == "":
		s = ""
	case info == nil:
		s = d.ctx.Styles.Dim.Render(d.ctx.Lang.T(common.L.AppLoading))
	default:
		lines, _ := Lines(d.ctx, d.ix, d.id, info, d.width, d.reveal == d.id, -1)
		s = strings.Join(lines, "\n")
	}
	d.drawn, d.drawnKey = common.Fit(s, d.width, d.height), key
	return d.drawn
}

// Modules lists the base modules of the moment's program, then the
// parts of the tracks it uses (programs.(*Catalogue).MomentTracks).
func Modules(cat *programs.Catalogue, m *caseload.Moment) []module.Entry {
	if cat == nil {
		return nil
	}
	p, ok := cat.Program(m.Program)
	if !ok {
		return nil
	}
	var out []module.Entry
	for _, mod := range p.Modules {
		out = append(out, module.Entry{Prog: p, Mod: mod})
	}
	for _, t := range cat.MomentTracks(m) {
		for _, mod := range t.Modules {
			out = append(out, module.Entry{Prog: p, Mod: mod, Track: t})
		}
	}
	return out
}

// Lines draws the detail of a moment for the given width. sel is the
// selected module (-1 none); moduleAt returns the line of each module.
func Lines(ctx *common.Context, ix Index, id string, info *Info, width int, reveal bool, sel int) (lines []string, moduleAt []int) {
	l, st := ctx.Lang, ctx.Styles
	add := func(s string) { lines = append(lines, common.ClipLine(s, width)) }
	if info.Err != nil {
		add(st.Error.Render(l.T(common.L.DetailError)))
		add(common.ErrorText(info.Err, l))
		return lines, nil
	}
	m := &info.Moment
	pnr := common.MaskedPNR(string(m.PNR))
	if reveal {
		pnr = common.FullPNR(string(m.PNR))
	}
	add(st.Bold.Render(info.Patient.Name) + "  " + pnr)
	progName := m.Program
	var prog *programs.Program
	if ctx.Catalogue != nil {
		if p, ok := ctx.Catalogue.Program(m.Program); ok {
			prog, progName = p, p.Name
		}
	}
	add(progName + st.Dim.Render(" · ") + l.ByID("status."+string(m.Status)))
	if mark := HandoverMark(ctx, ix, id); mark != "" { // issue 16: överlämning pågår (8.2.1)
		lines = append(lines, strings.Split(ansi.Wrap(mark, max(width, 10), " "), "\n")...)
	}
	add(st.Dim.Render(l.T(common.L.DetailStarted, common.ShortDate(m.Started), worklist.TreatmentWeek(m.Started, ctx.Today))))
	next := caseload.Date{}
	if ix != nil {
		if r := ix.Row(id); r != nil {
			next = r.NextFeedback
		}
	}
	day := func(d caseload.Date) string { return paneDay(ctx, width, d) }
	if next.IsZero() {
		add(st.Dim.Render(l.T(common.L.DetailFeedbackday, l.Weekday(m.FeedbackDay))))
	} else {
		add(st.Dim.Render(l.T(common.L.DetailFeedbacknext, l.Weekday(m.FeedbackDay), day(next))))
	}
	if m.Diagnosis != "" {
		add(st.Dim.Render(l.T(common.L.DetailDiagnosis, m.Diagnosis)))
	}
	if m.Status == caseload.Maintenance && !m.MaintenanceFrom.IsZero() {
		add(st.Dim.Render(l.T(common.L.DetailMaintenance, day(m.MaintenanceFrom), day(m.MaintenanceFrom.AddDays(caseload.MaintenanceDays)))))
	}

	lines = append(lines, screeningLines(ctx, m, prog, width)...)

	if ix != nil {
		if fs := ix.Flags(id); len(fs) > 0 {
			add("")
			add(st.Section.Render(l.T(common.L.DetailFlags)))
			for _, f := range fs {
				add(" " + common.FlagText(ctx, f) + st.Dim.Render(" "+common.ShortDate(f.Raised)))
				if d := common.FlagDetail(l, f); d != "" {
					add("   " + d)
				}
			}
		}
		if fb := ix.Feedback(id); len(fb) > 0 {
			add("")
			add(st.Section.Render(l.T(common.L.DetailWaiting)))
			// Each thing waiting and when it arrived (issue 9), oldest
			// first; the row's lateness on the first.
			for _, f := range fb {
				late := lateText(ctx, f.DaysOverdue)
				items := f.Items
				if len(items) == 0 {
					items = []worklist.Arrival{{Reason: f.Reason, Module: f.Module, At: f.Arrived}}
				}
				for i, it := range items {
					what := l.T(common.L.FeedbackMessage)
					if it.Reason == "module" {
						what = common.ModuleLabel(ctx, m.Program, it.Module) // a track part by its track's name
					}
					line := " " + what + st.Dim.Render(" "+common.ShortStamp(it.At))
					if i == 0 {
						line += late
					}
					add(line)
				}
			}
		}
		if ds := ix.Due(id); len(ds) > 0 {
			add("")
			add(st.Section.Render(l.T(common.L.DetailDue)))
			for _, d := range ds {
				late := lateText(ctx, d.DaysOverdue)
				add(" " + st.Bold.Render(d.Instrument) + " " + common.TriggerText(l, d.Cause) + st.Dim.Render(" "+common.ShortDate(d.Due)) + late)
			}
		}
	}

	// Module timeline.
	mods := Modules(ctx.Catalogue, m)
	events := map[string]caseload.ModuleEvent{}
	for _, e := range m.Modules {
		events[e.Module] = e
	}
	add("")
	total := 0
	if prog != nil {
		total = prog.Total()
	}
	current, _ := m.CurrentModule()
	add(st.Section.Render(l.T(common.L.DetailModules, current, total)) + st.Dim.Render("  "+l.T(common.L.DetailModlegend)))
	var group *programs.Track
	for i, e := range mods {
		if e.Track != group && e.Track != nil {
			group = e.Track
			kind := l.ByID("detail.track." + string(e.Track.Kind))
			add(st.Dim.Render(" " + kind + ": " + e.Track.Name))
		}
		ev, seen := events[e.Mod.Key]
		mark := "  "
		switch ev.State() {
		case caseload.FeedbackGiven:
			mark = st.OK.Render("✓ ")
		case caseload.Submitted:
			mark = st.Warn.Render("● ")
		case caseload.Opened:
			mark = "○ "
		}
		cursor := " "
		if i == sel {
			cursor = common.Gutter
		}
		label := fmt.Sprintf("%d %s", e.Mod.Number, e.Mod.Title)
		dates := ""
		if seen {
			dates = strings.Join([]string{shortDay(ev.Opened), shortDay(ev.Submitted), shortDay(ev.Feedback)}, "›")
		}
		avail := width - 4 - lipgloss.Width(dates) - 1
		if avail < 8 {
			dates, avail = "", width-4
		}
		text := common.ClipLine(label, max(avail, 1))
		if i == sel {
			text = st.Selected.Render(text)
		}
		moduleAt = append(moduleAt, len(lines))
		pad := max(avail-lipgloss.Width(text), 0)
		add(cursor + mark + text + strings.Repeat(" ", pad) + " " + st.Dim.Render(dates))
	}
	if m.Challenge == "" && prog != nil && len(prog.Tracks) > 0 {
		add(st.Dim.Render(" " + l.T(common.L.DetailNochallenge)))
	}

	// Measurements per instrument.
	if len(m.Measurements) > 0 {
		add("")
		add(st.Section.Render(l.T(common.L.DetailMeasurements)))
		byInst := map[string][]caseload.Measurement{}
		var order []string
		for _, ms := range m.Measurements {
			if _, ok := byInst[ms.Instrument]; !ok {
				order = append(order, ms.Instrument)
			}
			byInst[ms.Instrument] = append(byInst[ms.Instrument], ms)
		}
		for _, inst := range order {
			ms := byInst[inst]
			slices.SortStableFunc(ms, func(a, b caseload.Measurement) int { return a.Answered.Compare(b.Answered) })
			lines = append(lines, measurementLines(ctx, inst, ms, width)...)
		}
	}

	// Messages and activity.
	add("")
	add(st.Section.Render(l.T(common.L.DetailActivity)))
	var lastIn, lastOut caseload.Stamp
	for _, msg := range m.Messages {
		if msg.From == caseload.FromPatient {
			lastIn = caseload.Latest(lastIn, msg.At)
		} else {
			lastOut = caseload.Latest(lastOut, msg.At)
		}
	}
	add(" " + l.T(common.L.DetailMessages, len(m.Messages)))
	add(" " + l.T(common.L.DetailLastfrompatient, common.ShortStamp(lastIn)))
	add(" " + l.T(common.L.DetailLastfromus, common.ShortStamp(lastOut)))
	add(" " + l.T(common.L.DetailLastlogin, common.ShortStamp(m.LastLogin)))
	if ix != nil {
		if r := ix.Row(id); r != nil {
			add(" " + l.T(common.L.DetailLastactivity, common.ShortStamp(r.LastActivity)))
		}
	}
	return lines, moduleAt
}

// screeningLines say what the moment's measurements no longer ask (issue
// 9): no item-9 screening in the program's battery (Livsbalansen, manual
// 4.5) or a stopped one (5.4.2); then each battery stop (instrument, from
// when, by whom, note) and a follow-up waiver with its reason.
func screeningLines(ctx *common.Context, m *caseload.Moment, prog *programs.Program, width int) []string {
	l, st := ctx.Lang, ctx.Styles
	var out []string
	add := func(s string) { out = append(out, common.ClipLine(s, width)) }
	if m.Status != caseload.Closed {
		switch worklist.Item9Screening(*m, prog, ctx.Today) {
		case worklist.ScreeningNone:
			add(st.Warn.Render(l.T(common.L.I9DetailScreeningNone)))
		case worklist.ScreeningStopped:
			add(st.Warn.Render(l.T(common.L.I9DetailScreeningStopped)))
		}
	}
	if len(m.Stops) > 0 {
		add("")
		add(st.Section.Render(l.T(common.L.I9DetailStops)))
		for _, b := range m.Stops {
			line := " " + st.Bold.Render(b.Instrument) + " " + l.T(common.L.I9DetailStopFrom, common.ShortDate(b.From))
			if b.By != "" {
				line += st.Dim.Render(" · " + b.By)
			}
			if b.Note != "" {
				line += st.Dim.Render(" · " + b.Note)
			}
			add(line)
		}
	}
	if w := m.FollowUpWaiver; !w.IsZero() {
		add("")
		add(st.Section.Render(l.T(common.L.I9DetailWaiver)))
		add(" " + w.Reason + st.Dim.Render(" · "+w.By+" "+common.ShortDate(w.On)))
	}
	return out
}

// measurementLines draws one instrument: sparkline, first and latest score
// with its reading, then the latest answers. A score is written as the
// form writes it (EDE-Q's mean "2,35"), and its reading is the band, else
// the cut-off or screen (instruments.Result.Interpretation, issue 10).
// A MADRS-S given only as a total says its item 9 is unknown (issue 9).
func measurementLines(ctx *common.Context, inst string, ms []caseload.Measurement, width int) []string {
	l, st := ctx.Lang, ctx.Styles
	sv := l != "en"
	var out []string
	add := func(s string) { out = append(out, common.ClipLine(s, width)) }
	in, known := instruments.Get(inst)
	// The sparkline takes whole numbers: decimal scores are scaled by 100.
	scale := 1.0
	if known && in.Decimal() {
		scale = 100
	}
	values := make([]int, len(ms))
	for i, m := range ms {
		values[i] = int(math.Round(m.Value() * scale))
	}
	lo, hi := 0, slices.Max(values)
	if known {
		lo, hi = int(float64(in.MinTotal())*scale), int(float64(in.MaxTotal())*scale)
	}
	format := func(m caseload.Measurement) string {
		if known {
			return in.Format(m.Value(), sv)
		}
		return fmt.Sprint(m.Total)
	}
	first, last := ms[0], ms[len(ms)-1]
	change := format(last)
	if len(ms) > 1 {
		change = format(first) + " → " + format(last)
	}
	spark := sparkline(values, lo, hi, min(16, max(width-30, 4)))
	add(" " + st.Bold.Render(fmt.Sprintf("%-9s", inst)) + " " + st.Title.Render(spark) + " " + change + " " + st.Dim.Render(reading(in, known, last, sv)))
	shown := ms
	if len(shown) > 4 {
		shown = shown[len(shown)-4:]
		add(st.Dim.Render("   " + l.T(common.L.DetailEarlier, len(ms)-4)))
	}
	for _, m := range shown {
		item9 := ""
		switch {
		case worklist.Item9Unknown(m):
			item9 = " " + st.Warn.Render(l.T(common.L.I9DetailItem9Unknown))
		case m.Item9 >= 0 && known && in.Item9 > 0:
			s := l.T(common.L.DetailItem9, m.Item9)
			if m.Item9 >= worklist.RedFlagItem9 {
				s = st.Red.Render("⚑ " + s)
			}
			item9 = " " + s
		}
		occasion := "" // an answer imported without an occasion has none to name
		if m.Occasion != "" {
			occasion = l.ByID("occasion." + string(m.Occasion))
		}
		add(fmt.Sprintf("   %s %-10s %3s%s %s", paneDay(ctx, width, m.Answered.Date()), occasion, format(m), item9, st.Dim.Render(reading(in, known, m, sv))))
	}
	return out
}

// reading is a measurement's published reading in the interface's
// language: the band, else the cut-off (and a screen, from the items),
// "" when the form publishes none.
func reading(in *instruments.Instrument, known bool, m caseload.Measurement, sv bool) string {
	if !known {
		return ""
	}
	var r instruments.Result
	var err error
	if len(m.Items) == in.Items && in.ItemsScored() {
		r, err = instruments.Score(in.ID, m.Items)
	} else {
		r, err = instruments.ScoreValue(in.ID, m.Value())
	}
	if err != nil {
		return ""
	}
	return r.Interpretation(in, sv)
}

// paneDay writes a day in a pane of the given width. The side pane below
// 120 columns is too narrow for a full date beside a weekday, a second
// date or a red item 9 (the line would be cut), so there a day of this
// year is MM-DD.
func paneDay(ctx *common.Context, width int, d caseload.Date) string {
	if width >= 44 || d.IsZero() || d.Year() != ctx.Today.Year() {
		return common.ShortDate(d)
	}
	return d.Time().Format("01-02")
}

// shortDay writes a stamp as MM-DD, or "–".
func shortDay(s caseload.Stamp) string {
	if s.IsZero() {
		return "–"
	}
	return s.Time().Format("01-02")
}

// lateText says, after a waiting item, how many days it is late; "" on time.
func lateText(ctx *common.Context, days int) string {
	if days <= 0 {
		return ""
	}
	return " " + ctx.Styles.Warn.Render(ctx.Lang.T(common.L.DueLate, days))
}

// HandoverMark is the line the side pane and the moment page show for a
// moment in a pending handover to another unit (8.2.1), "" for none.
func HandoverMark(ctx *common.Context, ix Index, id string) string {
	if ix == nil {
		return ""
	}
	h := ix.PendingOut(id)
	if h == nil {
		return ""
	}
	return ctx.Styles.Warn.Render(ctx.Lang.T(common.L.LcHvMark, h.ToUnit, h.Handover, common.ShortDate(h.Started)))
}
