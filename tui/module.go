package tui

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

// moduleMsg carries a module text rendered for one width.
type moduleMsg struct {
	key   string
	width int
	text  string
	err   error
}

// moduleCache keeps rendered module texts by (module, width): Glamour
// takes milliseconds per text, too slow to repeat.
type moduleCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *moduleCache) get(key string, width int) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[fmt.Sprint(key, "@", width)]
	return s, ok
}

func (c *moduleCache) put(msg moduleMsg) {
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
	cfg := styles.DarkStyleConfig
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
		r, err := glamour.NewTermRenderer(markdownStyle(), glamour.WithWordWrap(width))
		if err != nil {
			return moduleMsg{key: mod.Key, width: width, err: err}
		}
		out, err := r.Render(mod.Markdown)
		return moduleMsg{key: mod.Key, width: width, text: strings.Trim(out, "\n"), err: err}
	}
}

// modulePage shows one module text, scrollable.
type modulePage struct {
	ctx    *common.Context
	cache  *moduleCache
	entry  moduleEntry
	vp     viewport.Model
	width  int
	height int
	shown  int // width of the text in the viewport; 0 while rendering
	err    error
}

func newModulePage(ctx *common.Context, cache *moduleCache, e moduleEntry, w, h int) (*modulePage, tea.Cmd) {
	p := &modulePage{ctx: ctx, cache: cache, entry: e, vp: viewport.New()}
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
func (p *modulePage) textWidth() int { return max(min(p.width, 100), 10) }

// request shows the cached text for this width, or asks for it.
func (p *modulePage) request() tea.Cmd {
	if p.takeCached() {
		return nil
	}
	return renderModule(p.entry.mod, p.textWidth()) // the old text stays until the new one comes
}

// takeCached shows the text rendered for this width, if there is one.
func (p *modulePage) takeCached() bool {
	tw := p.textWidth()
	s, ok := p.cache.get(p.entry.mod.Key, tw)
	if ok && p.shown != tw {
		p.vp.SetContent(s)
		p.shown = tw
	}
	return ok
}

// SetSize also runs when the page is pushed, and takes a text that is
// already rendered: opened with tea.Batch, a fast render (Glamour is warm
// after the first text) can arrive before the page is on the stack.
func (p *modulePage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(w)
	p.vp.SetHeight(max(h-2, 1))
	p.takeCached()
}

func (p *modulePage) Title() string { return p.entry.mod.Title }

func (p *modulePage) Init() tea.Cmd      { return nil }
func (p *modulePage) CapturesKeys() bool { return false }
func (p *modulePage) ActsOn() string     { return "" }

func (p *modulePage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case moduleMsg:
		if msg.key == p.entry.mod.Key && msg.width == p.textWidth() {
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
func (p *modulePage) Resized() tea.Cmd {
	if p.shown == p.textWidth() {
		return nil
	}
	return p.request()
}

func (p *modulePage) View() string {
	l, st := p.ctx.Lang, p.ctx.Styles
	head := st.Bold.Render(p.entry.mod.Title) + st.Dim.Render(" · "+p.entry.place(l))
	if p.entry.prog != nil {
		head += st.Dim.Render(" · " + p.entry.prog.Name)
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

func (p *modulePage) Help() help.KeyMap {
	k := p.ctx.Keys
	return common.Bindings{
		Short: []key.Binding{k.Down, k.Up, k.PageDown, k.Back, k.Help, k.Quit},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown}, {k.Top, k.Bottom, k.Back, k.Quit}},
	}
}
