// Package preview is the preview of a table brought in (L, issue 15)
// and its one write: what is refused, created, updated and left
// unchanged, written on the clinician's word in one transaction, or
// nothing. After the write it closes the import pages under it and says
// what it wrote with an ImportedMsg.
package preview

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tabular"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// Page shows what a table will do — what is refused (row and
// column), created, updated and left unchanged — and writes it on the
// clinician's word: one transaction, or nothing. Refused rows are listed
// first: while there is one, nothing can be written.
type Page struct {
	a        *session.Session
	remap    Remap // back to the mapping screen (esc on a refused header)
	table    tabular.Table
	mapping  intake.Mapping
	source   string
	below    int    // import pages under it (paste box, mapping screen), closed with it after a write
	note     string // e.g. the mapping could not be saved
	takeFile bool
	plan     intake.Plan
	ready    bool // plan is the answer for takeFile
	busy     bool // writing
	problem  string
	body     []string // the plan's lines, wrapped to the width
	offset   int
	width    int
	height   int
}

// previewPlanMsg is a plan made off the UI loop.
type previewPlanMsg struct {
	page *Page
	take bool
	plan intake.Plan
	err  error
}

// previewWrittenMsg is the outcome of the write.
type previewWrittenMsg struct {
	page *Page
	err  error
}

// Remap opens the mapping screen again on table t from source, starting
// at m, with below import pages under it.
type Remap func(t tabular.Table, source string, m intake.Mapping, below int) tea.Cmd

// ImportedMsg reports a table written: the root reloads the worklist with
// the cursor on Moment ("" leaves it), and the status line says Text.
type ImportedMsg struct {
	Moment string
	Text   string
}

// New returns the preview of table t from source read with m; below is
// the number of import pages under it, note what to say first ("" none).
func New(a *session.Session, remap Remap, t tabular.Table, m intake.Mapping, source string, below int, note string) *Page {
	p := &Page{a: a, remap: remap, table: t, mapping: m, source: source, below: below, note: note}
	p.SetSize(a.Ctx.Width, a.Ctx.Height-2)
	return p
}

// Ready reports whether the plan is made (for the file choice shown).
func (p *Page) Ready() bool { return p.ready }

// Plan is the plan shown.
func (p *Page) Plan() intake.Plan { return p.plan }

// Below is the number of import pages under the preview.
func (p *Page) Below() int { return p.below }

func (p *Page) Init() tea.Cmd { return p.prepareCmd() }

func (p *Page) Title() string {
	return p.a.Ctx.Lang.T(common.L.ImpTitlePreview) + " · " + p.source
}

func (p *Page) CapturesKeys() bool { return false }
func (p *Page) Resized() tea.Cmd   { return nil }
func (p *Page) ActsOn() string     { return "" }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.render()
}

func (p *Page) Help() help.KeyMap {
	k := p.a.Ctx.Keys
	short := []key.Binding{k.Preview.Apply, k.Preview.TakeFile, k.Preview.Remap, k.Back, k.Help}
	return common.Bindings{Short: short, Full: [][]key.Binding{
		{k.Preview.Apply, k.Preview.TakeFile, k.Preview.Remap, k.Back},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Help, k.Quit},
	}}
}

// prepareCmd plans the import against the database, off the UI loop.
func (p *Page) prepareCmd() tea.Cmd {
	p.ready = false
	st := p.a.Store.Import
	t, m, take := p.table, p.mapping, p.takeFile
	o := intake.Options{Catalogue: p.a.Ctx.Catalogue, Lang: string(p.a.Ctx.Lang), TakeFile: take,
		TakeFileName: p.a.Ctx.Keys.Preview.TakeFile.Help().Key}
	return func() tea.Msg {
		if st == nil {
			return previewPlanMsg{page: p, take: take, err: store.ErrReadOnly}
		}
		plan, err := intake.Prepare(t, m, st, o)
		return previewPlanMsg{page: p, take: take, plan: plan, err: err}
	}
}

// writeCmd writes the plan: intake.Apply, one transaction.
func (p *Page) writeCmd() tea.Cmd {
	p.busy = true
	st := p.a.Store.Import
	plan := p.plan
	return func() tea.Msg {
		return previewWrittenMsg{page: p, err: intake.Apply(st, plan)}
	}
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	l := p.a.Ctx.Lang
	switch msg := msg.(type) {
	case previewPlanMsg:
		if msg.page != p || msg.take != p.takeFile {
			return p, nil // an answer to an earlier choice
		}
		p.plan, p.ready, p.problem = msg.plan, msg.err == nil, ""
		if msg.err != nil {
			p.problem = p.errText(msg.err)
		}
		p.render()
		return p, nil
	case previewWrittenMsg:
		if msg.page != p {
			return p, nil
		}
		p.busy = false
		switch {
		case errors.Is(msg.err, store.ErrConflict):
			p.problem = l.T(common.L.ImpPreviewConflict)
			return p, p.prepareCmd()
		case msg.err != nil:
			p.problem = l.T(common.L.ImpPreviewFailed, p.errText(msg.err))
			return p, nil
		}
		return p, p.written()
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return p, nil
}

func (p *Page) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k := p.a.Ctx.Keys
	if p.busy {
		return p, nil // the write decides; no key acts before it has
	}
	switch {
	case key.Matches(msg, k.Back):
		return nil, nil
	case key.Matches(msg, k.Preview.Apply):
		if p.ready && p.plan.OK() {
			return p, p.writeCmd()
		}
	case key.Matches(msg, k.Preview.TakeFile):
		p.takeFile = !p.takeFile
		p.render()
		return p, p.prepareCmd()
	case key.Matches(msg, k.Preview.Remap):
		if p.below > 1 {
			return nil, nil // the mapping screen is right under it
		}
		return nil, p.remap(p.table, p.source, p.mapping, p.below)
	case key.Matches(msg, k.Up):
		p.scroll(-1)
	case key.Matches(msg, k.Down):
		p.scroll(1)
	case key.Matches(msg, k.PageUp):
		p.scroll(-p.bodyRows())
	case key.Matches(msg, k.PageDown):
		p.scroll(p.bodyRows())
	case key.Matches(msg, k.Top):
		p.offset = 0
	case key.Matches(msg, k.Bottom):
		p.scroll(len(p.body))
	}
	return p, nil
}

// written closes the import pages and reloads the worklist on the first
// moment created (else updated).
func (p *Page) written() tea.Cmd {
	l := p.a.Ctx.Lang
	text := l.T(common.L.ImpDone, len(p.plan.Creates), len(p.plan.Updates))
	if len(p.plan.Creates) == 0 && len(p.plan.Updates) == 0 {
		text = l.T(common.L.ImpDoneNothing)
	}
	moment := ""
	switch {
	case len(p.plan.Creates) > 0:
		moment = p.plan.Creates[0].MomentID
	case len(p.plan.Updates) > 0:
		moment = p.plan.Updates[0].MomentID
	}
	cmds := make([]tea.Cmd, 0, p.below+2)
	for range p.below + 1 {
		cmds = append(cmds, common.PopPage())
	}
	cmds = append(cmds, func() tea.Msg { return ImportedMsg{Moment: moment, Text: text} })
	return tea.Sequence(cmds...)
}

func (p *Page) errText(err error) string {
	var miss *intake.MissingError
	if errors.As(err, &miss) {
		return miss.Text(string(p.a.Ctx.Lang))
	}
	return p.a.ErrText(err)
}

// The page: counts and the take-file choice (3 lines), a blank line, the
// plan (scrolled), a blank line, what to do next (2 lines).
const previewTop, previewFoot = 4, 3

// nbHyphen stands in for "-" while a line is wrapped.
const nbHyphen = "\u2011"

func (p *Page) bodyRows() int { return max(p.height-previewTop-previewFoot, 1) }

func (p *Page) scroll(d int) {
	p.offset = min(max(p.offset+d, 0), max(len(p.body)-p.bodyRows(), 0))
}

// render lays the plan out for the width: refusals first (they decide
// whether anything can be written), then what is created, updated and
// left unchanged, and the columns not read.
func (p *Page) render() {
	if p.width <= 0 {
		return
	}
	ctx := p.a.Ctx
	lang := string(ctx.Lang)
	st := ctx.Styles
	var out []string
	add := func(style func(...string) string, s string) {
		// Wrapped at spaces only: "MADRS-S" and a masked personnummer stay whole.
		s = strings.ReplaceAll(s, "-", nbHyphen)
		for i, ln := range strings.Split(ansi.Wordwrap(s, max(p.width-4, 10), ""), "\n") {
			ln = strings.ReplaceAll(ln, nbHyphen, "-")
			if i > 0 {
				ln = "    " + ln
			}
			out = append(out, style(ln))
		}
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	if p.ready {
		pl := p.plan
		section := func(title string, n int, style func(...string) string, items []string) {
			if n == 0 {
				return
			}
			out = append(out, st.Section.Render(fmt.Sprintf("%s (%d)", title, n)))
			for _, it := range items {
				add(style, "  "+it)
			}
			out = append(out, "")
		}
		var refused, created, updated []string
		for _, r := range pl.Refusals {
			refused = append(refused, r.Text(lang))
		}
		for _, c := range pl.Creates {
			created = append(created, c.Text(lang))
		}
		for _, c := range pl.Updates {
			updated = append(updated, c.Text(lang))
		}
		section(ctx.Lang.T(common.L.ImpPreviewSecRefused), len(refused), st.Error.Render, refused)
		section(ctx.Lang.T(common.L.ImpPreviewSecCreated), len(created), plain, created)
		section(ctx.Lang.T(common.L.ImpPreviewSecUpdated), len(updated), plain, updated)
		if len(pl.Unchanged) > 0 {
			section(ctx.Lang.T(common.L.ImpPreviewSecUnchanged), len(pl.Unchanged), st.Dim.Render, []string{intake.RowsText(lang, pl.Unchanged)})
		}
		if len(pl.Unknown) > 0 {
			var q []string
			for _, u := range pl.Unknown {
				q = append(q, fmt.Sprintf("%q", u))
			}
			add(st.Warn.Render, ctx.Lang.T(common.L.ImpMappingUnknown, strings.Join(q, ", ")))
		}
	}
	p.body = out
	p.scroll(0)
}

func (p *Page) View() string {
	ctx := p.a.Ctx
	l := ctx.Lang
	st := ctx.Styles
	var b strings.Builder
	pl := p.plan
	if p.ready {
		b.WriteString(st.Bold.Render(common.ClipLine(l.T(common.L.ImpPreviewCounts, len(pl.Creates), len(pl.Updates), len(pl.Unchanged), len(pl.Refusals)), p.width)))
	} else {
		b.WriteString(st.Dim.Render(l.T(common.L.ImpPreviewPreparing)))
	}
	b.WriteByte('\n')
	take := l.T(common.L.ImpPreviewTakeOff)
	if p.takeFile {
		take = l.T(common.L.ImpPreviewTakeOn)
	}
	b.WriteString(common.Fit(take, p.width, 2))
	b.WriteString("\n\n")
	rows := p.bodyRows()
	end := min(p.offset+rows, len(p.body))
	b.WriteString(common.Fit(strings.Join(p.body[min(p.offset, end):end], "\n"), p.width, rows))
	b.WriteString("\n\n")
	var foot string
	switch {
	case p.busy:
		foot = st.Dim.Render(l.T(common.L.ImpPreviewBusy))
	case p.problem != "":
		foot = st.Error.Render(p.problem)
	case !p.ready:
	case !pl.OK():
		foot = st.Error.Render(l.T(common.L.ImpPreviewRefused))
	case len(pl.Creates) == 0 && len(pl.Updates) == 0:
		foot = st.OK.Render(l.T(common.L.ImpPreviewNothing))
	default:
		foot = st.OK.Render(l.T(common.L.ImpPreviewReady))
	}
	if p.note != "" {
		foot = st.Warn.Render(p.note) + " " + foot
	}
	b.WriteString(common.Clip(foot, p.width, 2))
	return common.Fit(b.String(), p.width, p.height)
}
