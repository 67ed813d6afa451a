// Package phrasepicker is the phrase picker (P on the worklist, ctrl+p in
// the composer): a fuzzy search over the phrases' codes and texts; enter
// expands the chosen one with the moment's parameters and copies it, or,
// opened from the composer, hands it back in a PickedMsg.
package phrasepicker

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/components/worktable"
	"github.com/ikbt/ikbt/tui/session"
)

// Page finds a phrase by fuzzy search over code and text. Enter
// expands the phrase with the moment's parameters and either inserts it
// into the composer below or copies it.
type Page struct {
	act    *session.Session
	params phrases.Params
	insert bool // opened from the composer: Enter inserts instead of copying
	all    []phrases.Phrase
	shown  []phrases.Phrase
	sel    int
	input  textinput.Model
	info   string
	failed bool
	width  int
	height int
}

// PickedMsg hands the chosen phrase's text to the composer.
type PickedMsg struct{ Code, Text string }

// New returns the picker; insert (from the composer) hands the phrase
// back instead of copying it.
func New(a *session.Session, params phrases.Params, insert bool) *Page {
	p := &Page{act: a, params: params, insert: insert, all: a.Phrases.List()}
	p.input = textinput.New()
	p.input.Prompt = "› "
	p.input.Placeholder = a.Ctx.Lang.T(common.L.ActPickerPlaceholder)
	p.filter()
	p.SetSize(a.Ctx.Width, a.Ctx.Height-2)
	return p
}

// Shown are the phrases the query finds, best first.
func (p *Page) Shown() []phrases.Phrase { return p.shown }

// Info is the line under the query: what the last pick did.
func (p *Page) Info() string { return p.info }

func (p *Page) Init() tea.Cmd { return p.input.Focus() }

func (p *Page) Title() string { return p.act.Ctx.Lang.T(common.L.ActTitlePhrases) }

func (p *Page) CapturesKeys() bool { return true }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }

// ActsOn is "": the picker takes every letter as its query.
func (p *Page) ActsOn() string { return "" }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.input.SetWidth(max(w-4, 10))
}

func (p *Page) Help() help.KeyMap {
	l, k := p.act.Ctx.Lang, p.act.Ctx.Keys.Picker
	pick := k.Pick
	if p.insert {
		pick.SetHelp(pick.Help().Key, strings.TrimSpace(strings.ReplaceAll(l.T(common.L.ActPickerInserted, ""), "  ", " ")))
	}
	return common.Bindings{Short: []key.Binding{
		common.Joined("↑/↓", k.Up.Help().Desc, k.Up, k.Down), pick, k.Cancel,
	}}
}

// fold is the filter's folding (worktable.Fold: lower case, NFC, å ä ö
// to a a o), so that the picker and the filter find the same way.
func fold(s string) string { return worktable.Fold(s) }

// fuzzyScore ranks how well q matches a phrase: a code that starts with q
// first, then codes holding q's letters in order (closer together is
// better), then texts containing q. Below zero is no match.
func fuzzyScore(q string, ph phrases.Phrase) int {
	if q == "" {
		return 0
	}
	code := fold(ph.Code)
	switch {
	case code == q:
		return 4000
	case strings.HasPrefix(code, q):
		return 3000 - len(code)
	case strings.Contains(code, q):
		return 2500 - len(code)
	}
	if words := strings.Fields(q); len(words) > 1 {
		return wordsScore(words, ph)
	}
	if gap, ok := subsequence(q, code); ok {
		return 2000 - gap
	}
	if strings.Contains(fold(ph.Text), q) || strings.Contains(fold(ph.Sokord), q) {
		return 1000
	}
	return -1
}

// wordsScore ranks a search of several words (issue 14: "livslust 5"):
// every word must be in the code, the text or the search words; a word in
// the code counts most, a whole word of the text ("5" in "poäng: 5") more
// than a part of one ("5" in "4.5" counts as whole too: digits split at
// the point), so Madrs5 comes before Madrs4. Below zero is no match.
func wordsScore(words []string, ph phrases.Phrase) int {
	code, text := fold(ph.Code), fold(ph.Text+" "+ph.Sokord)
	tokens := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	score := 1000
	for _, w := range words {
		switch {
		case strings.Contains(code, w):
			score += 3
		case slices.Contains(tokens, w):
			score += 2
		case strings.Contains(text, w):
			score++
		default:
			return -1
		}
	}
	return score
}

// subsequence reports whether q's runes appear in s in order, and how many
// runes of s lie between the first and last match beyond q's own.
func subsequence(q, s string) (int, bool) {
	qr, sr := []rune(q), []rune(s)
	i, first, last := 0, -1, -1
	for j, r := range sr {
		if i < len(qr) && r == qr[i] {
			if first < 0 {
				first = j
			}
			last = j
			i++
		}
	}
	if i < len(qr) {
		return 0, false
	}
	return last - first + 1 - len(qr), true
}

func (p *Page) filter() {
	q := fold(strings.TrimSpace(p.input.Value()))
	type scored struct {
		ph    phrases.Phrase
		score int
		at    int
	}
	var out []scored
	for i, ph := range p.all {
		if s := fuzzyScore(q, ph); s >= 0 {
			out = append(out, scored{ph, s, i})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	p.shown = p.shown[:0]
	for _, s := range out {
		p.shown = append(p.shown, s.ph)
	}
	p.sel = min(p.sel, max(len(p.shown)-1, 0))
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	l := p.act.Ctx.Lang
	switch msg := msg.(type) {
	case session.CopiedMsg:
		if msg.Tag == "" {
			return p, nil
		}
		p.info, p.failed = l.T(common.L.ActPickerCopied, msg.Tag, p.act.Copier.Describe(l, msg.Result)), false
		p.act.SetStatus(p.info, false)
		return p, nil
	case tea.KeyPressMsg:
		k := p.act.Ctx.Keys.Picker
		switch {
		case key.Matches(msg, k.Cancel):
			return nil, nil
		case key.Matches(msg, k.Up):
			p.sel = max(p.sel-1, 0)
			return p, nil
		case key.Matches(msg, k.Down):
			p.sel = min(p.sel+1, max(len(p.shown)-1, 0))
			return p, nil
		case key.Matches(msg, k.Pick):
			return p.pick()
		}
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.sel = 0
		p.filter()
	}
	return p, cmd
}

func (p *Page) pick() (common.Page, tea.Cmd) {
	if len(p.shown) == 0 {
		return p, nil
	}
	ph := p.shown[p.sel]
	text, err := p.act.Phrases.Expand(ph.Code, p.params)
	if err != nil {
		p.info, p.failed = common.PhraseError(p.act.Ctx.Lang, err, p.act.ProgramName), true // issue 14: the user's language
		return p, nil
	}
	if p.insert {
		return nil, func() tea.Msg { return PickedMsg{Code: ph.Code, Text: text} }
	}
	return p, p.act.Copier.Copy(ph.Code, "fras-"+ph.Code, session.PlainText(text))
}

func (p *Page) View() string {
	st, l := p.act.Ctx.Styles, p.act.Ctx.Lang
	var b strings.Builder
	b.WriteString(p.input.View())
	b.WriteString("\n")
	if p.info != "" {
		if p.failed {
			b.WriteString(st.Error.Render(common.Truncate(p.info, p.width)))
		} else {
			b.WriteString(st.OK.Render(common.Truncate(p.info, p.width)))
		}
		b.WriteString("\n")
	}
	if len(p.shown) == 0 {
		b.WriteString(st.Dim.Render(l.T(common.L.ActPickerNone)))
		return b.String()
	}
	const previewLines = 4 // the selected phrase in full under the list
	rows := max(p.height-4-previewLines-1, 1)
	top := 0
	if p.sel >= rows {
		top = p.sel - rows + 1
	}
	codeW := 16
	for i := top; i < len(p.shown) && i < top+rows; i++ {
		ph := p.shown[i]
		text := strings.ReplaceAll(ph.Template(), "\n", " ")
		line := ph.Code + strings.Repeat(" ", max(codeW-len([]rune(ph.Code)), 1)) + st.Dim.Render(ph.Sokord+": ") + text
		line = common.Truncate(line, p.width-2)
		if i == p.sel {
			b.WriteString(st.Selected.Render("› " + line))
		} else {
			b.WriteString("  " + line)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(st.Dim.Render(common.WrapLines(p.shown[p.sel].Template(), p.width, previewLines)))
	return b.String()
}
