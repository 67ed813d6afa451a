// Package worktable is the table of one worklist tab: all its rows, the
// filtered and sorted view of them, the columns that fit the width, and
// the bubbles table that draws the visible part. The root model keeps one
// per tab and gives it the rows tui/rows.go builds.
package worktable

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/ikbt/ikbt/tui/common"
)

// Column is one column of a worklist table.
type Column struct {
	Title common.Label // zero for the gutter
	Min   int          // width the column needs
	Max   int          // width it may grow to (0: stays at Min)
	Prio  int          // narrow terminals drop the highest Prio first; 0 is never dropped
}

// Row is one line of a worklist table, built once per load.
type Row struct {
	ID    string   // moment ID
	Cells []string // one per column; cells may hold ANSI styles
	Keys  []SortKey
	Hay   string // lower-case text the filter searches: name, personnummer, program
	Order int    // place in the worklist's own order
}

// SortKey orders a cell: by N, then by S.
type SortKey struct {
	N int64
	S string
}

// Model is the table of one tab: all rows, the filtered and sorted
// view of them, and the bubbles table that draws the visible part.
type Model struct {
	ctx  *common.Context
	cols []Column
	rows []Row
	// folded are the rows' Hay folded (Fold), made on the first filter
	// after SetRows and kept until the next: folding every row on every
	// key was 40 % of a filter key on 10,000 moments (issue 18).
	folded []string
	shown  []int // columns that fit the width, by index into cols
	view   []int // rows passing the filter, sorted, by index into rows
	proj   []table.Row
	sortBy int           // column index; -1 = worklist order
	orders map[int][]int // row orders by sort column, for this load
	filter string
	t      table.Model
	marked int   // row (index into rows) carrying the gutter mark, -1 none
	need   []int // by column: the widest cell or title (issue 14: columns grow to it, not past)
	width  int
	height int

	// Only the active tab's table is drawn; the others keep their view
	// (for the counts) and hand it to the bubbles table when shown.
	active bool
	stale  bool   // view changed while inactive
	keep   string // the selection to restore when the stale view is shown
}

func New(ctx *common.Context, cols []Column) *Model {
	t := table.New(table.WithWidth(80), table.WithFocused(true))
	t.KeyMap = ctx.Keys.TableKeys()
	t.SetStyles(table.Styles{Header: ctx.Styles.TableHead, Cell: ctx.Styles.TableCell, Selected: ctx.Styles.Selected})
	return &Model{ctx: ctx, cols: cols, sortBy: -1, t: t, marked: -1}
}

// SetRows replaces the rows, keeping the selected moment where it can.
func (w *Model) SetRows(rows []Row) {
	keep := w.SelectedID()
	w.rows = rows
	w.orders = nil
	w.folded = nil
	if w.measure() && w.width > 0 {
		w.t.SetRows(nil) // columns change shape: no row may be drawn against them
		w.t.SetColumns(w.columns())
	}
	w.project()
	w.refilter(keep)
}

// measure finds each column's widest cell (and title); it reports whether
// that changed, so that the columns must be drawn again.
func (w *Model) measure() bool {
	need := make([]int, len(w.cols))
	for c, col := range w.cols {
		if col.Title.ID != "" {
			need[c] = lipgloss.Width(w.ctx.Lang.T(col.Title)) + 1 // room for the sort mark
		}
	}
	for _, r := range w.rows {
		for c := range min(len(r.Cells), len(need)) {
			need[c] = max(need[c], lipgloss.Width(r.Cells[c]))
		}
	}
	changed := !slices.Equal(need, w.need)
	w.need = need
	return changed
}

// SetSize fits the table into width×height cells. Only a new width
// reshapes the rows; a new height only resizes the viewport.
func (w *Model) SetSize(width, height int) {
	width, height = max(width, 1), max(height, 2)
	if width == w.width && height == w.height {
		return
	}
	if width == w.width {
		w.height = height
		w.t.SetHeight(height)
		return
	}
	w.width, w.height = width, height
	w.reshape()
}

// reshape chooses the columns for the width and cuts the rows to them.
func (w *Model) reshape() {
	w.shown = FitColumns(w.cols, w.width)
	keep := w.SelectedID()
	w.t.SetRows(nil) // columns change shape: no row may be drawn against them
	w.t.SetColumns(w.columns())
	w.t.SetWidth(w.width)
	w.t.SetHeight(w.height)
	w.project()
	w.refilter(keep)
}

// columns are the table's columns: titles, widths, the sort mark.
func (w *Model) columns() []table.Column {
	tc := make([]table.Column, len(w.shown))
	widths := WidthsForContent(w.cols, w.shown, w.width, w.need)
	for i, c := range w.shown {
		title := w.ctx.Lang.T(w.cols[c].Title)
		if c == w.sortBy {
			title += "↓"
		}
		tc[i] = table.Column{Title: title, Width: widths[i]}
	}
	return tc
}

// project cuts every row down to the shown columns, plus the gutter.
func (w *Model) project() {
	w.proj = make([]table.Row, len(w.rows))
	for i := range w.rows {
		r := make(table.Row, len(w.shown))
		for j, c := range w.shown {
			r[j] = w.rows[i].Cells[c]
		}
		w.proj[i] = r
	}
	w.marked = -1
}

// SetFilter keeps the rows whose text contains every word of f.
func (w *Model) SetFilter(f string) {
	if f == w.filter {
		return
	}
	keep := w.SelectedID()
	w.filter = f
	w.refilter(keep)
}

// CycleSort sorts by the next shown column, after the last back to the
// worklist's own order.
func (w *Model) CycleSort() {
	next := -1
	for _, c := range w.shown {
		if c > w.sortBy && w.cols[c].Title.ID != "" { // the gutter has no title
			next = c
			break
		}
	}
	w.sortBy = next
	keep := w.SelectedID()
	w.t.SetRows(nil) // the new order is drawn once, by refilter
	w.t.SetColumns(w.columns())
	w.refilter(keep)
}

// SortLabel names the sort column, or "" for the worklist's own order.
func (w *Model) SortLabel() string {
	if w.sortBy < 0 {
		return ""
	}
	return w.ctx.Lang.T(w.cols[w.sortBy].Title)
}

func (w *Model) refilter(keep string) {
	words := strings.Fields(Fold(w.filter))
	if len(words) > 0 && w.folded == nil {
		w.folded = make([]string, len(w.rows))
		for i := range w.rows {
			w.folded[i] = Fold(w.rows[i].Hay)
		}
	}
	w.view = w.view[:0]
	for _, i := range w.order() {
		if len(words) == 0 || matchAll(w.folded[i], words) {
			w.view = append(w.view, i)
		}
	}
	if !w.active {
		if !w.stale {
			w.stale, w.keep = true, keep
		}
		return
	}
	w.show(keep)
}

// SetActive makes the table the shown one (or not).
func (w *Model) SetActive(a bool) {
	w.active = a
	if a && w.stale {
		w.show(w.keep)
	}
}

// show hands the view to the bubbles table, the cursor on keep.
func (w *Model) show(keep string) {
	w.stale = false
	trs := make([]table.Row, len(w.view))
	cursor := 0
	for i, r := range w.view {
		trs[i] = w.proj[r]
		if keep != "" && w.rows[r].ID == keep {
			cursor = i
		}
	}
	w.setMark(cursor)
	w.t.SetRows(trs)
	// Each call draws the visible rows again (issue 18: the first frame
	// drew them eight times); SetRows has kept a cursor already in place.
	if w.t.Cursor() != cursor {
		w.t.SetCursor(cursor)
	}
}

// order is the rows in the current sort order, sorted once per load and
// column: filtering then keeps that order without sorting again.
func (w *Model) order() []int {
	c := w.sortBy
	if o, ok := w.orders[c]; ok && len(o) == len(w.rows) {
		return o
	}
	o := make([]int, len(w.rows))
	for i := range o {
		o[i] = i
	}
	if c >= 0 {
		slices.SortStableFunc(o, func(a, b int) int {
			ka, kb := w.rows[a].Keys[c], w.rows[b].Keys[c]
			return cmp.Or(cmp.Compare(ka.N, kb.N), strings.Compare(ka.S, kb.S), cmp.Compare(w.rows[a].Order, w.rows[b].Order))
		})
	}
	if w.orders == nil {
		w.orders = map[int][]int{}
	}
	w.orders[c] = o
	return o
}

// matchAll reports whether the folded hay holds every word.
func matchAll(hay string, words []string) bool {
	for _, wd := range words {
		if !strings.Contains(hay, wd) {
			return false
		}
	}
	return true
}

// setMark puts the gutter mark on the row at view index c; the caller
// redraws the table.
func (w *Model) setMark(c int) {
	if len(w.shown) == 0 || w.shown[0] != 0 {
		return
	}
	if w.marked >= 0 && w.marked < len(w.proj) {
		w.proj[w.marked][0] = ""
	}
	w.marked = -1
	if c >= 0 && c < len(w.view) {
		w.marked = w.view[c]
		w.proj[w.marked][0] = common.Gutter
	}
}

// Update moves the cursor. It marks the target row first, so that the
// table draws its rows once per key.
func (w *Model) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || len(w.view) == 0 {
		return nil
	}
	k, c, h := w.ctx.Keys, w.t.Cursor(), max(w.t.Height(), 1)
	var delta int
	switch {
	case key.Matches(km, k.Up):
		delta = -1
	case key.Matches(km, k.Down):
		delta = 1
	case key.Matches(km, k.PageUp):
		delta = -h
	case key.Matches(km, k.PageDown):
		delta = h
	case key.Matches(km, k.HalfUp):
		delta = -max(h/2, 1)
	case key.Matches(km, k.HalfDown):
		delta = max(h/2, 1)
	case key.Matches(km, k.Top):
		delta = -c
	case key.Matches(km, k.Bottom):
		delta = len(w.view) - 1 - c
	}
	target := min(max(c+delta, 0), len(w.view)-1)
	if target == c {
		return nil
	}
	w.setMark(target)
	if delta < 0 {
		w.t.MoveUp(c - target)
	} else {
		w.t.MoveDown(target - c)
	}
	return nil
}

// Select puts the cursor on the row of moment id, if it passes the
// filter (issue 15: after a table is brought in; issue 14: the start on
// the most urgent item, a new moment's row); it reports whether it did.
func (w *Model) Select(id string) bool {
	for i, r := range w.view {
		if w.rows[r].ID != id {
			continue
		}
		switch {
		case !w.active:
			w.stale, w.keep = true, id
		case w.stale:
			w.show(id)
		case w.t.Cursor() != i:
			// The rows are the table's already: only the cursor moves.
			w.setMark(i)
			w.t.SetCursor(i)
		}
		return true
	}
	return false
}

// SelectedID is the moment of the selected row, or "".
func (w *Model) SelectedID() string {
	if w.stale {
		return w.keep
	}
	c := w.t.Cursor()
	if c < 0 || c >= len(w.view) {
		return ""
	}
	return w.rows[w.view[c]].ID
}

// Len is the number of rows passing the filter; Total of all rows.
// SortBy is the column the rows are sorted by; -1 is the worklist's order.
func (w *Model) SortBy() int { return w.sortBy }

// Visible is the rows that pass the filter, in the order shown.
func (w *Model) Visible() []Row {
	out := make([]Row, len(w.view))
	for i, r := range w.view {
		out[i] = w.rows[r]
	}
	return out
}

// Shown is the columns that fit the width, by index into the columns.
func (w *Model) Shown() []int { return w.shown }

// Width is the table's width.
func (w *Model) Width() int { return w.width }

func (w *Model) Len() int   { return len(w.view) }
func (w *Model) Total() int { return len(w.rows) }

// SetCell replaces one cell of every row of a moment (to reveal or mask
// its personnummer) without rebuilding the table.
func (w *Model) SetCell(id string, col int, text string) {
	at := slices.Index(w.shown, col)
	for i := range w.rows {
		if w.rows[i].ID != id {
			continue
		}
		w.rows[i].Cells[col] = text
		if at >= 0 {
			w.proj[i][at] = text
		}
	}
	w.t.UpdateViewport()
}

// View draws the table, exactly w.height lines.
func (w *Model) View() string {
	return lipgloss.NewStyle().Width(w.width).MaxWidth(w.width).Height(w.height).MaxHeight(w.height).Render(w.t.View())
}

// FitColumns returns the columns that fit in width, dropping the least
// important first.
func FitColumns(cols []Column, width int) []int {
	keep := make([]bool, len(cols))
	need := 0
	for i, c := range cols {
		keep[i] = true
		need += c.Min + 1
	}
	for need > width {
		drop, worst := -1, 0
		for i, c := range cols {
			if keep[i] && c.Prio > worst {
				drop, worst = i, c.Prio
			}
		}
		if drop < 0 {
			break // only columns that are never dropped remain
		}
		keep[drop] = false
		need -= cols[drop].Min + 1
	}
	var out []int
	for i := range cols {
		if keep[i] {
			out = append(out, i)
		}
	}
	return out
}

// WidthsFor gives each shown column its minimum, then shares what is left
// among the columns that may grow.
func WidthsFor(cols []Column, shown []int, width int) []int {
	return WidthsForContent(cols, shown, width, nil)
}

// WidthsForContent is WidthsFor where a column grows no wider than its
// widest cell (need, by column; nil or 0: up to Max), so that the width
// goes to the columns whose text is cut (issue 14: at 200 columns a flag
// reason is shown whole when it fits).
func WidthsForContent(cols []Column, shown []int, width int, need []int) []int {
	ws := make([]int, len(shown))
	used := 0
	limit := make([]int, len(shown))
	for i, c := range shown {
		ws[i] = cols[c].Min
		used += ws[i] + 1
		limit[i] = cols[c].Max
		if c < len(need) && need[c] > 0 {
			limit[i] = min(limit[i], need[c])
		}
	}
	left := width - used
	for left > 0 {
		grew := false
		for i := range shown {
			if left > 0 && ws[i] < limit[i] {
				ws[i]++
				left--
				grew = true
			}
		}
		if !grew {
			break
		}
	}
	if left < 0 { // even the columns never dropped do not fit: shrink the widest
		for left < 0 {
			wi := 0
			for i := range ws {
				if ws[i] > ws[wi] {
					wi = i
				}
			}
			if ws[wi] <= 1 {
				break
			}
			ws[wi]--
			left++
		}
	}
	return ws
}

// folder lowers and folds the Swedish letters (and a few others) to
// ASCII, so that "oberg" finds Öberg and "akesson" Åkesson (issue 14).
var folder = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "é", "e", "è", "e", "ü", "u", "æ", "a", "ø", "o")

// Fold is s composed (NFC: a decomposed ö is one letter), in lower case,
// with its accented letters folded to ASCII. The phrase picker folds the
// same way.
func Fold(s string) string { return folder.Replace(strings.ToLower(norm.NFC.String(s))) }
