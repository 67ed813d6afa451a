package tui

import (
	"errors"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
)

// composerPage writes the Cosmic note for one moment: a draft built from
// the moment's state, a textarea where a phrase code followed by Enter or
// Tab expands in place, and a live preview of the plain text that copying
// puts on the clipboard.
type composerPage struct {
	act     *actions
	keys    common.ComposerKeys
	moment  caseload.Moment
	patient caseload.Patient
	state   phrases.NoteState
	ta      textarea.Model
	preview string
	problem string // expansion errors in the preview
	info    string
	failed  bool
	built   string // the draft as built, to tell whether it was edited
	noteID  int64  // the saved note, 0 before the first save
	saved   string // the text last saved
	busy    bool
	width   int
	height  int
}

// composerSavedMsg is the outcome of saving the note.
type composerSavedMsg struct {
	page    *composerPage
	noteID  int64
	text    string
	version int64
	undo    storeUndo
	copied  bool
	err     error
}

// composerCmd loads the moment and opens the composer on it.
func (a *actions) composerCmd(id string) tea.Cmd {
	return a.momentCmd(id, func(m caseload.Moment, p caseload.Patient) (common.Page, error) {
		return newComposer(a, m, p), nil
	})
}

func newComposer(a *actions, m caseload.Moment, pt caseload.Patient) *composerPage {
	l := a.ctx.Lang
	p := &composerPage{act: a, keys: a.ctx.Keys.Composer, moment: m, patient: pt}
	p.state = phrases.NoteStateOf(a.program(&m), &m, a.ctx.Today)
	p.ta = textarea.New()
	p.ta.ShowLineNumbers = false
	p.ta.CharLimit = 0
	p.ta.MaxHeight = 0
	p.ta.Prompt = ""
	// Enter and Tab are ours first (code expansion); a plain newline is
	// inserted by the composer when no code stands before the cursor.
	p.ta.KeyMap.InsertNewline = p.keys.Newline
	draft, err := p.state.Draft(a.phrases)
	if err != nil {
		p.info, p.failed = l.T(common.L.ActComposerNobuild, err), true
	} else {
		p.info = l.T(common.L.ActComposerBuilt)
	}
	p.ta.SetValue(draft)
	p.ta.MoveToBegin()
	p.built = draft
	p.refreshPreview()
	p.SetSize(a.ctx.Width, a.ctx.Height-2)
	return p
}

func (p *composerPage) Init() tea.Cmd { return p.ta.Focus() }

func (p *composerPage) Title() string {
	return p.act.ctx.Lang.T(common.L.ActTitleComposer) + " · " + p.patient.Name
}

func (p *composerPage) CapturesKeys() bool { return true }

// Resized: SetSize has done all a new size needs.
func (p *composerPage) Resized() tea.Cmd { return nil }

// ActsOn is "": the composer takes every letter as text.
func (p *composerPage) ActsOn() string { return "" }

func (p *composerPage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.ta.SetWidth(max(w, 10))
	p.ta.SetHeight(max((h-4)/2, 3))
}

func (p *composerPage) Help() help.KeyMap {
	k := p.keys
	// Short enough for 80 columns; code+Enter is explained in the info line.
	return common.Bindings{Short: []key.Binding{k.Copy, k.Save, k.Phrases, k.Contact, k.Close}}
}

// Text is the plain text that copying and saving use.
func (p *composerPage) Text() string { return p.preview }

func (p *composerPage) refreshPreview() {
	out, errs := p.act.phrases.ExpandText(p.ta.Value(), p.state.Params)
	p.preview = plainText(out)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	p.problem = strings.Join(msgs, "; ")
}

func (p *composerPage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	l := p.act.ctx.Lang
	switch msg := msg.(type) {
	case composerSavedMsg:
		if msg.page != p {
			return p, nil
		}
		return p, p.savedNote(msg)
	case copiedMsg:
		if msg.tag != "" {
			return p, nil
		}
		p.info, p.failed = p.act.copier.describe(l, msg.result), false
		p.act.setStatus(p.info, false)
		return p, nil
	case pickedMsg:
		p.ta.InsertString(msg.text)
		p.refreshPreview()
		p.info, p.failed = l.T(common.L.ActPickerInserted, msg.code), false
		return p, nil
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	var cmd tea.Cmd
	p.ta, cmd = p.ta.Update(msg)
	return p, cmd
}

func (p *composerPage) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Close):
		return nil, nil // nothing is written on esc
	case key.Matches(msg, k.Copy):
		return p, p.copy()
	case key.Matches(msg, k.Save):
		return p, p.save(false)
	case key.Matches(msg, k.Contact):
		p.nextContact()
		return p, nil
	case key.Matches(msg, k.Phrases):
		return p, common.PushCmd(newPhrasePicker(p.act, p.state.Params, true))
	case key.Matches(msg, k.Expand), key.Matches(msg, k.Complete):
		if p.expandAtCursor() {
			p.refreshPreview()
			return p, nil
		}
		if key.Matches(msg, k.Expand) { // enter without a code is a new line
			p.ta.InsertString("\n")
			p.refreshPreview()
		}
		return p, nil
	}
	before := p.ta.Value()
	var cmd tea.Cmd
	p.ta, cmd = p.ta.Update(msg)
	if p.ta.Value() != before {
		p.refreshPreview()
	}
	return p, cmd
}

// nextContact switches Kontaktsätt (written, telephone, video, visit) and
// builds the draft again; a telephone or video contact adds ZV051. Only an
// unedited draft is rebuilt, so no typing is lost.
func (p *composerPage) nextContact() {
	l := p.act.ctx.Lang
	if p.ta.Value() != p.built {
		p.info, p.failed = l.T(common.L.ActComposerEdited), true
		return
	}
	cs := phrases.Contacts
	i := (slices.Index(cs, p.state.Input.Contact) + 1) % len(cs)
	p.state.Input.Contact = cs[i]
	if p.state.Closing != nil {
		p.state.Closing.Contact = cs[i]
	}
	draft, err := p.state.Draft(p.act.phrases)
	if err != nil {
		p.info, p.failed = l.T(common.L.ActComposerNobuild, err), true
		return
	}
	p.ta.SetValue(draft)
	p.ta.MoveToBegin()
	p.built = draft
	p.refreshPreview()
	p.info, p.failed = l.T(common.L.ActComposerContact, cs[i].Label()), false
}

// isCodeRune reports whether r can be part of a phrase code (letters,
// including å, ä and ö, and digits).
func isCodeRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// expandAtCursor replaces the code just before the cursor with its text,
// as Cosmic does on code+Enter. It reports whether the key was used: a
// word that is no code leaves the key to the textarea; a code that needs
// a parameter the moment cannot give says so and keeps the code.
func (p *composerPage) expandAtCursor() bool {
	l := p.act.ctx.Lang
	lines := strings.Split(p.ta.Value(), "\n")
	row := p.ta.Line()
	if row < 0 || row >= len(lines) {
		return false
	}
	line := []rune(lines[row])
	col := min(p.ta.Column(), len(line))
	start := col
	for start > 0 && isCodeRune(line[start-1]) {
		start--
	}
	if start == col || (col < len(line) && isCodeRune(line[col])) {
		return false
	}
	code := string(line[start:col])
	text, err := p.act.phrases.Expand(code, p.state.Params)
	var unknown *phrases.UnknownError
	switch {
	case errors.As(err, &unknown):
		return false
	case err != nil:
		p.info, p.failed = err.Error(), true
		return true
	}
	for range col - start {
		p.ta, _ = p.ta.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	p.ta.InsertString(text)
	p.info, p.failed = l.T(common.L.ActComposerExpanded, code), false
	return true
}

// copy puts the plain text on every clipboard and in a file, and saves
// the note with the moment marked as copied.
func (p *composerPage) copy() tea.Cmd {
	l := p.act.ctx.Lang
	text := p.Text()
	if text == "" {
		p.info, p.failed = l.T(common.L.ActCopyEmpty), true
		return nil
	}
	if p.act.readOnly() {
		return p.act.copier.copyCmd("", p.moment.ID, text) // nothing can be saved
	}
	return tea.Batch(p.act.copier.copyCmd("", p.moment.ID, text), p.save(true))
}

// save stores the note with the moment (one transaction). A note saved
// before with the same text is only marked as copied.
func (p *composerPage) save(copied bool) tea.Cmd {
	a, l := p.act, p.act.ctx.Lang
	text := p.Text()
	if text == "" {
		p.info, p.failed = l.T(common.L.ActCopyEmpty), true
		return nil
	}
	if p.busy {
		return nil
	}
	w := a.writer()
	if w == nil {
		p.info, p.failed = l.T(common.L.ActErrNowriter), true
		return nil
	}
	p.busy = true
	id, version, now, noteID, same := p.moment.ID, p.moment.Version, a.now(), p.noteID, p.noteID != 0 && text == p.saved
	d := a.ctx.Data
	return func() tea.Msg {
		if same {
			if !copied {
				return composerSavedMsg{page: p, noteID: noteID, text: text, version: version}
			}
			err := w.MarkNoteCopied(noteID, now)
			return composerSavedMsg{page: p, noteID: noteID, text: text, version: version, copied: true, err: err}
		}
		n := caseload.Note{Created: now, Text: text}
		if copied {
			n.Copied = now
		}
		nid, u, err := w.SaveNote(id, version, n)
		msg := composerSavedMsg{page: p, noteID: nid, text: text, version: version, undo: u, copied: copied, err: err}
		if err == nil && d != nil {
			if m, _, err := d.Moment(id); err == nil {
				msg.version = m.Version
			}
		}
		if errors.Is(err, errConflict) && d != nil {
			if m, _, err := d.Moment(id); err == nil {
				msg.version = m.Version
			}
		}
		return msg
	}
}

func (p *composerPage) savedNote(msg composerSavedMsg) tea.Cmd {
	a, l := p.act, p.act.ctx.Lang
	p.busy = false
	p.moment.Version = msg.version
	if msg.err != nil {
		p.info, p.failed = a.errText(msg.err), true
		a.setStatus(p.info, true)
		if errors.Is(msg.err, errConflict) {
			return Reload()
		}
		return nil
	}
	newNote := msg.noteID != p.noteID
	p.noteID, p.saved = msg.noteID, msg.text
	if !newNote {
		return nil
	}
	a.pushUndo(l.T(common.L.ActDoneNote), msg.undo)
	if !msg.copied {
		p.info, p.failed = l.T(common.L.ActDoneNote), false
		a.setStatus(p.info, false)
	}
	return Reload()
}

func (p *composerPage) View() string {
	st, l := p.act.ctx.Styles, p.act.ctx.Lang
	var b strings.Builder
	// The info may hold a file path, so it wraps (two lines at most) rather
	// than being cut.
	info := wrapLines(p.info, p.width, 2)
	if p.failed {
		b.WriteString(st.Error.Render(info))
	} else {
		b.WriteString(st.Dim.Render(info))
	}
	b.WriteString("\n")
	b.WriteString(p.ta.View())
	b.WriteString("\n")
	b.WriteString(st.Section.Render(l.T(common.L.ActComposerPreview)))
	b.WriteString("\n")
	rest := p.height - p.ta.Height() - 2 - strings.Count(info, "\n") - 1
	if p.problem != "" {
		b.WriteString(st.Warn.Render(clipLineActions(p.problem, p.width)))
		b.WriteString("\n")
		rest--
	}
	b.WriteString(wrapLines(p.preview, p.width, max(rest, 0)))
	return b.String()
}

// wrapLines wraps s at w cells and keeps at most n lines.
func wrapLines(s string, w, n int) string {
	if w <= 0 || n <= 0 {
		return ""
	}
	lines := strings.Split(lipgloss.Wrap(s, w, " "), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// clipLineActions cuts one line to w cells.
func clipLineActions(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
