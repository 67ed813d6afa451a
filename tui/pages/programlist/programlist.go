// Package programlist is the page of the program catalogue (p): the
// programs and add-on tracks, then the modules of one, then a module text.
package programlist

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/module"
)

// Page lists the catalogue: programs and add-on tracks, then the
// modules of the one chosen; enter on a module opens its text.
type Page struct {
	ctx     *common.Context
	cache   *module.Cache
	items   []programItem // level 0
	sel     int
	open    *programItem // level 1 when set
	modules []module.Entry
	msel    int
	width   int
	height  int
}

// programItem is a program or an add-on track.
type programItem struct {
	prog  *programs.Program
	addon *programs.Track
}

func (it programItem) name() string {
	if it.prog != nil {
		return it.prog.Name
	}
	return it.addon.Name
}

func New(ctx *common.Context, cache *module.Cache, w, h int) *Page {
	p := &Page{ctx: ctx, cache: cache}
	if ctx.Catalogue != nil {
		for _, pr := range ctx.Catalogue.Programs() {
			p.items = append(p.items, programItem{prog: pr})
		}
		for _, t := range ctx.Catalogue.Addons() {
			p.items = append(p.items, programItem{addon: t})
		}
	}
	p.SetSize(w, h)
	return p
}

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) CapturesKeys() bool { return false }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }
func (p *Page) ActsOn() string   { return "" }

func (p *Page) Title() string {
	if p.open != nil {
		return p.open.name()
	}
	return p.ctx.Lang.T(common.L.ProgramsTitle)
}

func (p *Page) SetSize(w, h int) { p.width, p.height = w, h }

// entries lists a program's base modules, then its tracks; or an add-on's parts.
func entries(it programItem) []module.Entry {
	var out []module.Entry
	if it.addon != nil {
		for _, m := range it.addon.Modules {
			out = append(out, module.Entry{Mod: m, Track: it.addon})
		}
		return out
	}
	for _, m := range it.prog.Modules {
		out = append(out, module.Entry{Prog: it.prog, Mod: m})
	}
	for _, t := range it.prog.Tracks {
		for _, m := range t.Modules {
			out = append(out, module.Entry{Prog: it.prog, Mod: m, Track: t})
		}
	}
	return out
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k := p.ctx.Keys
	sel, n := &p.sel, len(p.items)
	if p.open != nil {
		sel, n = &p.msel, len(p.modules)
	}
	switch {
	case key.Matches(km, k.Back):
		if p.open != nil {
			p.open = nil
			return p, nil
		}
		return p, common.PopPage()
	case key.Matches(km, k.Up):
		*sel = max(*sel-1, 0)
	case key.Matches(km, k.Down):
		*sel = max(min(*sel+1, n-1), 0)
	case key.Matches(km, k.PageUp):
		*sel = max(*sel-p.height+2, 0)
	case key.Matches(km, k.PageDown):
		*sel = max(min(*sel+p.height-2, n-1), 0)
	case key.Matches(km, k.Top):
		*sel = 0
	case key.Matches(km, k.Bottom):
		*sel = max(n-1, 0)
	case key.Matches(km, k.Open):
		if p.open == nil && p.sel < len(p.items) {
			it := p.items[p.sel]
			p.open, p.modules, p.msel = &it, entries(it), 0
			return p, nil
		}
		if p.open != nil && p.msel < len(p.modules) {
			mp, cmd := module.New(p.ctx, p.cache, p.modules[p.msel], p.width, p.height)
			return p, tea.Batch(common.PushPage(mp), cmd)
		}
	}
	return p, nil
}

func (p *Page) View() string {
	l, st := p.ctx.Lang, p.ctx.Styles
	var lines []string
	if p.open == nil {
		lines = append(lines, st.Section.Render(l.T(common.L.ProgramsTitle)))
		if len(p.items) == 0 {
			lines = append(lines, st.Dim.Render(l.T(common.L.ProgramsNone)))
		}
		for i, it := range p.items {
			what := ""
			if it.prog != nil {
				what = l.N(it.prog.Total(), common.L.ProgramsModulesOne, common.L.ProgramsModules, it.prog.Total())
				if len(it.prog.Tracks) > 0 {
					what += ", " + l.N(len(it.prog.Tracks), common.L.ProgramsTracksOne, common.L.ProgramsTracks, len(it.prog.Tracks))
				}
			} else if n := len(it.addon.Modules); n == 1 {
				what = l.T(common.L.ProgramsAddon1)
			} else {
				what = l.N(n, common.L.ProgramsAddonOne, common.L.ProgramsAddon, n)
			}
			lines = append(lines, p.line(i == p.sel, it.name(), what))
		}
	} else {
		lines = append(lines, st.Section.Render(p.open.name()))
		var group *programs.Track
		for i, e := range p.modules {
			if e.Track != nil && e.Track != group {
				group = e.Track
				lines = append(lines, st.Dim.Render(" "+l.ByID("detail.track."+string(e.Track.Kind))+": "+e.Track.Name))
			}
			lines = append(lines, p.line(i == p.msel, fmt.Sprintf("%d %s", e.Mod.Number, e.Mod.Title), ""))
		}
	}
	// Scroll so that the selection stays in view.
	at := 0
	for i, ln := range lines {
		if strings.HasPrefix(ln, common.Gutter) {
			at = i
		}
	}
	start := 0
	if at >= p.height {
		start = at - p.height + 1
	}
	end := min(start+p.height, len(lines))
	return strings.Join(lines[start:end], "\n")
}

func (p *Page) line(selected bool, text, dim string) string {
	st := p.ctx.Styles
	cursor := " "
	if selected {
		cursor = common.Gutter
		text = st.Selected.Render(text)
	}
	if dim != "" {
		dim = st.Dim.Render("  " + dim)
	}
	return common.ClipLine(cursor+" "+text+dim, p.width)
}

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys
	return common.Bindings{
		Short: []key.Binding{k.Down, k.Up, k.Open, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Back, k.Quit}},
	}
}
