// Package paste is the paste box (issue 15): a table copied from a
// spreadsheet or a web page, pasted into a textarea, or a .csv, .tsv or
// .xlsx file named by its path. It only reads: what it read goes to the
// function it was given (the column mapping, then the preview).
package paste

import (
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/tabular"
	"github.com/ikbt/ikbt/tui/common"
)

// Cell is how the paste area shows a tab. The textarea turns a pasted tab
// into spaces (its sanitizer), which would merge the cells; the page puts
// this mark in its place and reads it back as a tab.
const Cell = "⇥"

// Read is what the page does with a table it read; source names it for
// messages ("the pasted table" or the file's path).
type Read func(t tabular.Table, source string) tea.Cmd

// Page is the paste box.
type Page struct {
	ctx      *common.Context
	keys     common.PasteKeys
	example  string // the example table ctrl+l inserts; "" outside the demo
	read     Read
	area     textarea.Model
	path     textinput.Model
	fileMode bool   // the path line has the focus
	problem  string // why the last read failed
	width    int
	height   int
}

// New returns the paste box. example is the table ctrl+l inserts (the
// demo passes intake.PasteExample; "" offers none).
func New(ctx *common.Context, example string, read Read) *Page {
	p := &Page{ctx: ctx, keys: ctx.Keys.Paste, example: example, read: read}
	p.area = textarea.New()
	p.area.ShowLineNumbers = true // the preview names rows by these numbers
	p.area.CharLimit = 0
	p.area.MaxHeight = 0
	p.area.Prompt = ""
	p.area.Placeholder = ctx.Lang.T(common.L.ImpPasteIntro)
	p.path = textinput.New()
	p.path.Prompt = "> "
	p.path.Placeholder = ctx.Lang.T(common.L.ImpPasteFilePlaceholder)
	p.SetSize(ctx.Width, ctx.Height-2)
	return p
}

func (p *Page) Init() tea.Cmd      { return p.area.Focus() }
func (p *Page) Title() string      { return p.ctx.Lang.T(common.L.ImpTitlePaste) }
func (p *Page) CapturesKeys() bool { return true }
func (p *Page) Resized() tea.Cmd   { return nil }
func (p *Page) ActsOn() string     { return "" }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.area.SetWidth(max(w, 20))
	// Intro (2), blank, the area, blank, file intro, path line, problem (2).
	p.area.SetHeight(max(h-9, 3))
	p.path.SetWidth(max(w-4, 10))
}

func (p *Page) Help() help.KeyMap {
	k := p.keys
	short := []key.Binding{k.Read, k.File, k.Cell}
	if p.example != "" {
		short = append(short, k.Example)
	}
	short = append(short, k.Cancel)
	return common.Bindings{Short: short, Full: [][]key.Binding{short}}
}

// Text is the pasted text as read: the cell marks back to tabs.
func (p *Page) Text() string { return strings.ReplaceAll(p.area.Value(), Cell, "\t") }

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		if p.fileMode {
			break
		}
		p.insert(msg.Content)
		return p, nil
	case tea.KeyPressMsg:
		k := p.keys
		switch {
		case key.Matches(msg, k.Cancel):
			return nil, nil
		case key.Matches(msg, k.Read):
			return p, p.readCmd()
		case p.fileMode && key.Matches(msg, p.ctx.Keys.Open):
			return p, p.readCmd()
		case key.Matches(msg, k.File):
			p.fileMode = !p.fileMode
			if p.fileMode {
				p.area.Blur()
				return p, p.path.Focus()
			}
			p.path.Blur()
			return p, p.area.Focus()
		case key.Matches(msg, k.Example) && p.example != "" && !p.fileMode:
			p.area.Reset()
			p.insert(p.example)
			return p, nil
		case key.Matches(msg, k.Cell) && !p.fileMode:
			p.area.InsertString(Cell)
			return p, nil
		}
	}
	var cmd tea.Cmd
	if p.fileMode {
		p.path, cmd = p.path.Update(msg)
	} else {
		p.area, cmd = p.area.Update(msg)
	}
	return p, cmd
}

// insert puts pasted text in the area: Windows line ends as one, tabs as
// the cell mark.
func (p *Page) insert(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	p.area.InsertString(strings.ReplaceAll(s, "\t", Cell))
}

// readCmd reads the file named on the path line, or else the pasted
// text. A failure stays on the page, in the clinician's language.
func (p *Page) readCmd() tea.Cmd {
	l := p.ctx.Lang
	p.problem = ""
	var (
		t      tabular.Table
		err    error
		source string
	)
	switch {
	case p.fileMode && strings.TrimSpace(p.path.Value()) != "":
		source = expandHome(strings.TrimSpace(p.path.Value()))
		var f *os.File
		if f, err = os.Open(source); err == nil {
			t, err = tabular.ReadFile(source, f)
			f.Close()
		}
	case !p.fileMode && strings.TrimSpace(p.area.Value()) != "":
		source = l.T(common.L.ImpPasteSource)
		t, err = intake.ReadPasted(p.Text())
	default:
		p.problem = l.T(common.L.ImpPasteEmpty)
		return nil
	}
	if err != nil {
		p.problem = l.T(common.L.ImpPasteError, source, intake.ReadErrorText(string(l), err))
		return nil
	}
	return p.read(t, source)
}

// expandHome reads a leading ~/ as the home directory, as a shell would.
func expandHome(path string) string {
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return path
}

func (p *Page) View() string {
	l := p.ctx.Lang
	st := p.ctx.Styles
	var b strings.Builder
	intro := l.T(common.L.ImpPasteIntro) + " " + l.T(common.L.ImpPasteCells)
	b.WriteString(common.Clip(st.Dim.Render(intro), p.width, 2))
	b.WriteString("\n\n")
	b.WriteString(p.area.View())
	b.WriteString("\n\n")
	b.WriteString(common.ClipLine(st.Dim.Render(l.T(common.L.ImpPasteFileIntro)), p.width))
	b.WriteString("\n")
	b.WriteString(p.path.View())
	b.WriteString("\n")
	switch {
	case p.problem != "":
		b.WriteString(common.Clip(st.Error.Render(p.problem), p.width, 2))
	case p.example != "":
		b.WriteString(common.ClipLine(st.Dim.Render(l.T(common.L.ImpPasteExampleHint)), p.width))
	}
	return common.Fit(b.String(), p.width, p.height)
}
