// Package module is the page of one module text (Markdown rendered by
// Glamour off the UI loop) and the cache of rendered texts that the pages
// opening it share.
package module

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"

	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
)

// Msg carries a module text rendered for one width; the root puts it in
// the Cache and hands it to every page.
type Msg struct {
	key   string
	width int
	text  string
	err   error
}

// Cache keeps rendered module texts by (module, width): Glamour
// takes milliseconds per text, too slow to repeat.
type Cache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *Cache) Get(key string, width int) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[fmt.Sprint(key, "@", width)]
	return s, ok
}

func (c *Cache) Put(msg Msg) {
	if msg.err != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]string{}
	}
	c.m[fmt.Sprint(msg.key, "@", msg.width)] = msg.text
}

// markdownStyle is fixed: choosing by the terminal's background would mean
// a query that can hang over SSH or in CI. Text keeps the terminal's own
// foreground so it reads on light and dark backgrounds alike.
func markdownStyle() glamour.TermRendererOption {
	cfg := styles.DarkStyleConfig()
	var zero uint
	cfg.Document.Margin = &zero
	cfg.Document.Color = nil
	cfg.Paragraph.Color = nil
	cfg.Text.Color = nil
	return glamour.WithStyles(cfg)
}

// renderModule renders a module's Markdown in a command, off the UI loop.
func renderModule(mod *programs.Module, width int) tea.Cmd {
	return func() tea.Msg {
		md, err := mod.Markdown()
		if err != nil {
			return Msg{key: mod.Key, width: width, err: err}
		}
		r, err := glamour.NewTermRenderer(markdownStyle(), glamour.WithWordWrap(width))
		if err != nil {
			return Msg{key: mod.Key, width: width, err: err}
		}
		out, err := r.Render(md)
		return Msg{key: mod.Key, width: width, text: strings.Trim(out, "\n"), err: err}
	}
}

// Page shows one module text, scrollable.
type Page struct {
	ctx    *common.Context
	cache  *Cache
	entry  Entry
	vp     viewport.Model
	width  int
	height int
	shown  int // width of the text in the viewport; 0 while rendering
	err    error
}

func New(ctx *common.Context, cache *Cache, e Entry, w, h int) (*Page, tea.Cmd) {
	p := &Page{ctx: ctx, cache: cache, entry: e, vp: viewport.New()}
	k := ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{
		Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown,
	}
	p.vp.SoftWrap = false
	p.SetSize(w, h)
	return p, p.request()
}

// textWidth is the width Glamour wraps at: the page, kept readable.
func (p *Page) textWidth() int { return max(min(p.width, 100), 10) }

// request shows the cached text for this width, or asks for it.
func (p *Page) request() tea.Cmd {
	if p.takeCached() {
		return nil
	}
	return renderModule(p.entry.Mod, p.textWidth()) // the old text stays until the new one comes
}

// takeCached shows the text rendered for this width, if there is one.
func (p *Page) takeCached() bool {
	tw := p.textWidth()
	s, ok := p.cache.Get(p.entry.Mod.Key, tw)
	if ok && p.shown != tw {
		p.vp.SetContent(s)
		p.shown = tw
	}
	return ok
}

// SetSize also runs when the page is pushed, and takes a text that is
// already rendered: opened with tea.Batch, a fast render (Glamour is warm
// after the first text) can arrive before the page is on the stack.
func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(w)
	p.vp.SetHeight(max(h-2, 1))
	p.takeCached()
}

func (p *Page) Title() string { return p.entry.Mod.Title }

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) CapturesKeys() bool { return false }
func (p *Page) ActsOn() string     { return "" }

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case Msg:
		if msg.key == p.entry.Mod.Key && msg.width == p.textWidth() {
			p.err = msg.err
			return p, p.request()
		}
		return p, nil
	case tea.KeyPressMsg:
		k := p.ctx.Keys
		switch {
		case key.Matches(msg, k.Back):
			return p, common.PopPage()
		case common.ScrollEnds(k, &p.vp, msg):
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

// Resized asks for the text at the new width if needed.
func (p *Page) Resized() tea.Cmd {
	if p.shown == p.textWidth() {
		return nil
	}
	return p.request()
}

func (p *Page) View() string {
	l, st := p.ctx.Lang, p.ctx.Styles
	head := st.Bold.Render(p.entry.Mod.Title) + st.Dim.Render(" · "+p.entry.Place(l))
	if p.entry.Prog != nil {
		head += st.Dim.Render(" · " + p.entry.Prog.Name)
	}
	var body string
	switch {
	case p.err != nil:
		body = st.Error.Render(l.T(common.L.ModuleError)) + "\n" + p.err.Error()
	case p.shown == 0:
		body = st.Dim.Render(l.T(common.L.ModuleRendering))
	default:
		body = p.vp.View()
	}
	pct := ""
	if p.shown > 0 {
		pct = st.Dim.Render(fmt.Sprintf(" %3.0f%%", p.vp.ScrollPercent()*100))
	}
	return common.ClipLine(head, p.width) + "\n" + common.Fit(body, p.width, max(p.height-2, 1)) + "\n" + common.ClipLine(pct, p.width)
}

func (p *Page) Help() help.KeyMap {
	k := p.ctx.Keys
	return common.Bindings{
		Short: []key.Binding{k.Down, k.Up, k.PageDown, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown}, {k.Top, k.Bottom, k.Back, k.Quit}},
	}
}

// Entry is one module of a moment's program, in the order shown.
type Entry struct {
	Prog  *programs.Program
	Mod   *programs.Module
	Track *programs.Track // nil for base modules
}

// Place says where a module sits: "Modul 3 av 8" or "Bättre sömn, del 2 av 4".
func (e Entry) Place(l common.Lang) string {
	if e.Track == nil {
		n := 0
		if e.Prog != nil {
			n = e.Prog.Total()
		}
		return l.T(common.L.ModulePlace, e.Mod.Number, n)
	}
	return l.T(common.L.ModuleTrackplace, e.Track.Name, e.Mod.Number, len(e.Track.Modules))
}

// Rendered reports whether the page shows its text (not "rendering").
func (p *Page) Rendered() bool { return p.shown > 0 }
