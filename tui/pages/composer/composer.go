// Package composer is the note composer (c on the worklist and the moment
// page; after f, H and a, that contact's note kind) and its drafts.
// Update handles the drafts' messages at the root, whichever page is on
// top, so that a draft is saved wherever the clinician is.
package composer

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/phrasepicker"
	"github.com/ikbt/ikbt/tui/session"
)

// Page writes the Cosmic note for one moment: a note of a kind
// (feedback, red-flag contact, reminder, …) built from the moment's state,
// a textarea where a phrase code followed by Enter or Tab expands in
// place, the codes that will not expand marked below it, and a live
// preview of the plain text that copying puts on the clipboard.
//
// Nothing typed is lost (issue 13): each kind's text is saved as a draft
// of the moment as it is typed (debounced, off the UI loop, drafts.go),
// esc closes and keeps the draft, ctrl+c saves it before quitting.
type Page struct {
	act     *session.Session
	keys    common.ComposerKeys
	moment  caseload.Moment
	patient caseload.Patient
	contact phrases.Contact
	kind    phrases.Kind
	kinds   map[phrases.Kind]*kindDraft
	params  phrases.Params // the values typed codes take in this kind's note
	ta      textarea.Model
	preview string
	issues  []string // the codes that will not expand, worded for the clinician
	bad     []string // their words, for the copy question
	info    string
	failed  bool
	askCopy bool   // ctrl+y was pressed with unresolved codes: again copies
	noteID  int64  // the saved note, 0 before the first save
	saved   string // the text last saved
	busy    bool
	width   int
	height  int
	// The draft of the kind shown: what is typed and not yet saved.
	draftState
}

// kindDraft is one note kind's text in the composer.
type kindDraft struct {
	text   string // the text, while another kind is shown
	built  string // as prefilled from the moment
	params phrases.Params
	stored *string // the draft last saved (or restored); nil when there is none
	copied string  // the text last copied (its draft is gone: it is in the history)
	loaded bool    // text holds this kind's text
}

// composerSavedMsg is the outcome of saving the note.
type composerSavedMsg struct {
	page    *Page
	noteID  int64
	text    string
	version int64
	undo    store.Undo
	copied  bool
	err     error
}

// Open loads the moment and its drafts and opens the composer on
// it; kind is the note the clinician's last action asks for ("" when the
// composer is opened with c: the newest draft, else phrases.SuggestKind).
func Open(a *session.Session, id string, kind phrases.Kind) tea.Cmd {
	d, keeper, l := a.Ctx.Data, a.Store.Notes, a.Ctx.Lang
	return func() tea.Msg {
		if d == nil {
			return session.StatusMsg{Text: l.T(common.L.ActErrNomoment), Failed: true}
		}
		mo, p, err := d.Moment(id)
		if err != nil {
			return session.StatusMsg{Text: l.T(common.L.ActErrSave, err), Failed: true}
		}
		var drafts []store.Draft
		var derr error
		if keeper != nil {
			drafts, derr = keeper.Drafts(id)
		}
		return session.MomentLoadedMsg{Moment: mo, Patient: p, Page: func(m caseload.Moment, pt caseload.Patient) (common.Page, error) {
			c := newComposer(a, m, pt, kind, drafts)
			if derr != nil {
				c.info, c.failed = l.T(common.L.NoteDraftFailed, derr), true
			}
			return c, nil
		}}
	}
}

func newComposer(a *session.Session, m caseload.Moment, pt caseload.Patient, want phrases.Kind, drafts []store.Draft) *Page {
	p := &Page{act: a, keys: a.Ctx.Keys.Composer, moment: m, patient: pt, contact: phrases.Written,
		kinds: map[phrases.Kind]*kindDraft{}}
	p.draftState = newDraftState(a)
	p.ta = textarea.New()
	p.ta.ShowLineNumbers = false
	p.ta.CharLimit = 0
	p.ta.MaxHeight = 0
	p.ta.Prompt = ""
	// Enter and Tab are ours first (code expansion); a plain newline is
	// inserted by the composer when no code stands before the cursor.
	p.ta.KeyMap.InsertNewline = p.keys.Newline
	for _, d := range drafts {
		if k, err := phrases.ParseKind(d.Kind); err == nil {
			text := d.Text
			p.kinds[k] = &kindDraft{text: text, stored: &text, loaded: true}
			p.savedAt[k] = d.Saved
		}
	}
	restored := want == "" && len(drafts) > 0
	if restored {
		want = phrases.Kind(drafts[0].Kind) // the newest draft
	}
	if want == "" {
		want = phrases.SuggestKind(&m, a.Ctx.Today)
	}
	why := p.prefill(want)
	if why != "" {
		p.prefill(phrases.KindFree)
		p.show(phrases.KindFree)
		p.info, p.failed = a.Ctx.Lang.T(common.L.NoteUnavailable, common.NoteKind(a.Ctx.Lang, want), why), true
	} else {
		p.show(want)
	}
	p.SetSize(a.Ctx.Width, a.Ctx.Height-2)
	return p
}

// prefill builds the note of kind k for the moment (once); why is "" or,
// in the clinician's language, why there is no such note.
func (p *Page) prefill(k phrases.Kind) (why string) {
	kd := p.kinds[k]
	if kd == nil {
		kd = &kindDraft{}
		p.kinds[k] = kd
	}
	text, params, why := p.build(k)
	if why != "" && k != phrases.KindFree {
		if kd.stored == nil {
			delete(p.kinds, k)
		}
		return why
	}
	kd.built, kd.params = text, params
	if !kd.loaded {
		kd.text, kd.loaded = text, true
	}
	return ""
}

// build is the moment's note of kind k with the contact type chosen.
func (p *Page) build(k phrases.Kind) (string, phrases.Params, string) {
	l := p.act.Ctx.Lang
	r, err := phrases.RequestFor(p.act.Ctx.Catalogue, &p.moment, k, p.act.Ctx.Today)
	if err == nil {
		r.Contact = p.contact
		var n phrases.Note
		if n, err = p.act.Phrases.Build(r); err == nil {
			return n.Text(), n.Params, ""
		}
	}
	return "", phrases.Params{Program: p.moment.Program}, whyText(l, err)
}

// whyText words why a note cannot be built, in the clinician's language
// (the builder's own errors are English, for the command line).
func whyText(l common.Lang, err error) string {
	var u *phrases.UnavailableError
	if !errors.As(err, &u) {
		if l == "en" {
			return err.Error()
		}
		return l.T(common.L.NoteWhyOther)
	}
	lab := map[string]common.Label{
		"no-program":          common.L.NoteWhyNoProgram,
		"no-completed-module": common.L.NoteWhyNoCompletedModule,
		"no-handled-flag":     common.L.NoteWhyNoHandledFlag,
		"no-current-module":   common.L.NoteWhyNoCurrentModule,
		"not-closed":          common.L.NoteWhyNotClosed,
		"closed":              common.L.NoteWhyClosed,
		"not-ended":           common.L.NoteWhyNotEnded,
		"not-active":          common.L.NoteWhyNotActive,
	}
	if x, ok := lab[u.Why]; ok {
		return l.T(x)
	}
	return l.T(common.L.NoteWhyOther)
}

// show puts kind k's text in the textarea (prefill has run for k).
func (p *Page) show(k phrases.Kind) {
	l := p.act.Ctx.Lang
	if cur := p.kinds[p.kind]; cur != nil && p.kind != "" {
		cur.text = p.ta.Value()
	}
	p.kind = k
	kd := p.kinds[k]
	p.params = kd.params
	p.ta.SetValue(kd.text)
	p.ta.MoveToBegin()
	p.refreshPreview()
	if kd.stored != nil && *kd.stored == kd.text && kd.text != kd.built {
		p.info = l.T(common.L.NoteDraftRestored, common.NoteKind(l, k), p.restoredAt(k))
	} else {
		p.info = l.T(common.L.NoteKindShown, common.NoteKind(l, k))
	}
	p.failed = false
}

// TextArea is the text being written (the tests type and read there).
func (p *Page) TextArea() *textarea.Model { return &p.ta }

// Kind is the note kind shown.
func (p *Page) Kind() phrases.Kind { return p.kind }

// Info is the line under the text: what the last action did; Failed
// says it reports an error.
func (p *Page) Info() string { return p.info }

// Failed reports whether Info reports an error.
func (p *Page) Failed() bool { return p.failed }

// AskingCopy is true after ctrl+y with codes that will not expand: ctrl+y
// again copies.
func (p *Page) AskingCopy() bool { return p.askCopy }

// Built is kind k's text as prefilled from the moment.
func (p *Page) Built(k phrases.Kind) string {
	if d := p.kinds[k]; d != nil {
		return d.built
	}
	return ""
}

// NoteID is the saved note's ID, 0 before the first save.
func (p *Page) NoteID() int64 { return p.noteID }

// DueMsg is the message the draft timer sends; a test delivers it to
// step the debounce without waiting.
func (p *Page) DueMsg() tea.Msg { return draftDueMsg{page: p} }

// SetParams sets the values typed codes take.
func (p *Page) SetParams(x phrases.Params) { p.params = x }

func (p *Page) Init() tea.Cmd { return p.ta.Focus() }

func (p *Page) Title() string {
	// The kind is named in the info line: the header stays as short as before.
	return p.act.Ctx.Lang.T(common.L.ActTitleComposer) + " · " + p.patient.Name
}

func (p *Page) CapturesKeys() bool { return true }

// Resized: SetSize has done all a new size needs.
func (p *Page) Resized() tea.Cmd { return nil }

// ActsOn is "": the composer takes every letter as text.
func (p *Page) ActsOn() string { return "" }

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.ta.SetWidth(max(w, 10))
	p.ta.SetHeight(max((h-5)/2, 3))
}

func (p *Page) Help() help.KeyMap {
	k := p.keys
	// Short enough for 80 columns (? is text here, so there is no full
	// help): code+Enter is explained in the info line, ctrl+r where a
	// draft is restored, ctrl+s (the drafts save as you type) in the full
	// list that the keys test checks.
	return common.Bindings{
		Short: []key.Binding{k.Copy, k.Kind, k.Phrases, k.Contact, k.Close},
		Full:  [][]key.Binding{{k.Copy, k.Save, k.Phrases, k.Expand, k.Contact}, {k.Kind, k.Afresh, k.Close}},
	}
}

// Text is the plain text that copying and saving use.
func (p *Page) Text() string { return p.preview }

// refreshPreview expands the text for the preview and checks its codes:
// unknown codes and codes of another program (with the nearest codes),
// and codes the moment has no value for.
func (p *Page) refreshPreview() {
	l := p.act.Ctx.Lang
	text := p.ta.Value()
	out, errs := p.act.Phrases.ExpandText(text, p.params)
	p.preview = session.PlainText(out)
	p.issues, p.bad = nil, nil
	for _, c := range p.act.Phrases.CheckCodes(text, p.moment.Program) {
		msg := l.T(common.L.NoteCodeUnknown, c.Line, c.Word)
		if c.Kind == phrases.IssueForeign {
			msg = l.T(common.L.NoteCodeForeign, c.Line, c.Word, p.act.ProgramName(c.Program))
		}
		if len(c.Suggestions) > 0 {
			msg += " – " + l.T(common.L.NoteCodeNearest, strings.Join(c.Suggestions, ", "))
		}
		p.issues, p.bad = append(p.issues, msg), append(p.bad, c.Word)
	}
	for _, e := range errs {
		var miss *phrases.MissingError
		if errors.As(e, &miss) {
			p.issues = append(p.issues, l.T(common.L.NoteCodeMissing, miss.Code, common.ParamLabel(l, miss.Param)))
			p.bad = append(p.bad, miss.Code)
		}
	}
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	l := p.act.Ctx.Lang
	switch msg := msg.(type) {
	case composerSavedMsg:
		if msg.page != p {
			return p, nil
		}
		return p, p.savedNote(msg)
	case session.CopiedMsg:
		if msg.Tag != "" {
			return p, nil
		}
		p.info, p.failed = p.act.Copier.Describe(l, msg.Result), false
		p.act.SetStatus(p.info, false)
		return p, nil
	case phrasepicker.PickedMsg:
		p.ta.InsertString(msg.Text)
		p.refreshPreview()
		p.info, p.failed = l.T(common.L.ActPickerInserted, msg.Code), false
		return p, p.edited()
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	var cmd tea.Cmd
	p.ta, cmd = p.ta.Update(msg)
	return p, cmd
}

func (p *Page) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k, l := p.keys, p.act.Ctx.Lang
	if p.askCopy && !key.Matches(msg, k.Copy) {
		p.askCopy = false
		p.info, p.failed = l.T(common.L.NoteCopyCancelled), false
	}
	switch {
	case key.Matches(msg, k.Close):
		return nil, p.closeCmd()
	case key.Matches(msg, k.Copy):
		return p, p.copy()
	case key.Matches(msg, k.Save):
		return p, p.save(false)
	case key.Matches(msg, k.Contact):
		p.nextContact()
		return p, nil
	case key.Matches(msg, k.Kind):
		return p, p.nextKind()
	case key.Matches(msg, k.Afresh):
		return p, p.afresh()
	case key.Matches(msg, k.Phrases):
		return p, common.PushCmd(phrasepicker.New(p.act, p.params, true))
	case key.Matches(msg, k.Expand), key.Matches(msg, k.Complete):
		if used, changed := p.expandAtCursor(); used {
			p.refreshPreview()
			if changed {
				return p, p.edited()
			}
			return p, nil
		}
		if key.Matches(msg, k.Expand) { // enter without a code is a new line
			p.ta.InsertString("\n")
			p.refreshPreview()
			return p, p.edited()
		}
		return p, nil
	}
	before := p.ta.Value()
	var cmd tea.Cmd
	p.ta, cmd = p.ta.Update(msg)
	if p.ta.Value() != before {
		p.refreshPreview()
		return p, tea.Batch(cmd, p.edited())
	}
	return p, cmd
}

// nextKind shows the next kind of note the moment has (one that cannot
// be built is passed over); the kind left keeps its text, saved now if
// it was edited.
func (p *Page) nextKind() tea.Cmd {
	save := p.flush()
	i := slices.Index(phrases.Kinds, p.kind)
	for n := 1; n < len(phrases.Kinds); n++ {
		k := phrases.Kinds[(i+n)%len(phrases.Kinds)]
		if kd := p.kinds[k]; (kd != nil && kd.built != "") || p.prefill(k) == "" {
			p.show(k)
			return save
		}
	}
	return save
}

// afresh drops this kind's draft and prefills the note again.
func (p *Page) afresh() tea.Cmd {
	l := p.act.Ctx.Lang
	kd := p.kinds[p.kind]
	cmd := p.deleteDraftCmd(p.kind)
	kd.stored = nil
	kd.text = kd.built
	p.dirty = false
	p.ta.SetValue(kd.built)
	p.ta.MoveToBegin()
	p.refreshPreview()
	p.info, p.failed = l.T(common.L.NoteAfresh, common.NoteKind(l, p.kind)), false
	return cmd
}

// nextContact switches Kontaktsätt (written, telephone, video, visit) and
// builds the note again; a telephone or video contact adds ZV051. Only an
// unedited note is rebuilt, so no typing is lost.
func (p *Page) nextContact() {
	l := p.act.Ctx.Lang
	kd := p.kinds[p.kind]
	if p.ta.Value() != kd.built {
		p.info, p.failed = l.T(common.L.ActComposerEdited), true
		return
	}
	cs := phrases.Contacts
	p.contact = cs[(slices.Index(cs, p.contact)+1)%len(cs)]
	text, params, why := p.build(p.kind)
	if why != "" && p.kind != phrases.KindFree {
		p.info, p.failed = why, true
		return
	}
	kd.built, kd.text, kd.params, p.params = text, text, params, params
	p.ta.SetValue(text)
	p.ta.MoveToBegin()
	p.refreshPreview()
	p.info, p.failed = l.T(common.L.ActComposerContact, p.contact.Label()), false
}

// cursorOffset is the byte offset of the textarea's cursor in its value.
func (p *Page) cursorOffset() int {
	lines := strings.Split(p.ta.Value(), "\n")
	row := min(p.ta.Line(), len(lines)-1)
	off := 0
	for _, ln := range lines[:row] {
		off += len(ln) + 1
	}
	r := []rune(lines[row])
	return off + len(string(r[:min(p.ta.Column(), len(r))]))
}

// setValueAt puts text in the textarea with the cursor at byte offset off.
func (p *Page) setValueAt(text string, off int) {
	before := text[:off]
	row := strings.Count(before, "\n")
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])
	p.ta.SetValue(text)
	p.ta.MoveToBegin()
	for i := 0; p.ta.Line() < row && i <= len(text); i++ {
		p.ta.CursorDown()
	}
	p.ta.SetCursorColumn(col)
}

// expandAtCursor is code + Enter/Tab (phrases.ExpandAt): the code before
// the cursor becomes its text and the cursor stands after a space, or on a
// new line at the end of a line. used is false when no code stands there
// (the key is then a plain Enter or Tab); a code that cannot be expanded
// here is named, with the nearest codes, and the text kept.
func (p *Page) expandAtCursor() (used, changed bool) {
	l := p.act.Ctx.Lang
	e, ok, err := p.act.Phrases.ExpandAt(p.ta.Value(), p.cursorOffset(), p.params)
	if err != nil {
		p.info, p.failed = common.PhraseError(l, err, p.act.ProgramName), true
		return true, false
	}
	if !ok {
		return false, false
	}
	p.setValueAt(e.Text, e.Cursor)
	p.info, p.failed = l.T(common.L.ActComposerExpanded, e.Code), false
	return true, true
}

// copy puts the plain text on every clipboard and in a file, records it in
// the moment's history (RecordCopiedNote, which drops this kind's draft)
// and saves the note with the moment marked as copied. With codes that
// will not expand it asks first: ctrl+y again copies.
func (p *Page) copy() tea.Cmd {
	l := p.act.Ctx.Lang
	text := p.Text()
	if text == "" {
		p.info, p.failed = l.T(common.L.ActCopyEmpty), true
		return nil
	}
	if len(p.bad) > 0 && !p.askCopy {
		p.askCopy = true
		p.info, p.failed = l.T(common.L.NoteCopyAsk, strings.Join(slices.Compact(slices.Clone(p.bad)), ", ")), true
		return nil
	}
	p.askCopy = false
	copyCmd := p.act.Copier.Copy("", p.moment.ID, text)
	if p.act.ReadOnly() {
		return copyCmd // nothing can be saved
	}
	return tea.Batch(copyCmd, p.recordCmd(text), p.save(true))
}

// save stores the note with the moment (one transaction). A note saved
// before with the same text is only marked as copied.
func (p *Page) save(copied bool) tea.Cmd {
	a, l := p.act, p.act.Ctx.Lang
	text := p.Text()
	if text == "" {
		p.info, p.failed = l.T(common.L.ActCopyEmpty), true
		return nil
	}
	if p.busy {
		return nil
	}
	w := a.Writer()
	if w == nil {
		p.info, p.failed = l.T(common.L.ActErrNowriter), true
		return nil
	}
	p.busy = true
	id, version, now, noteID, same := p.moment.ID, p.moment.Version, a.Now(), p.noteID, p.noteID != 0 && text == p.saved
	d := a.Ctx.Data
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
		if errors.Is(err, store.ErrConflict) && d != nil {
			if m, _, err := d.Moment(id); err == nil {
				msg.version = m.Version
			}
		}
		return msg
	}
}

func (p *Page) savedNote(msg composerSavedMsg) tea.Cmd {
	a, l := p.act, p.act.Ctx.Lang
	p.busy = false
	p.moment.Version = msg.version
	if msg.err != nil {
		p.info, p.failed = a.ErrText(msg.err), true
		a.SetStatus(p.info, true)
		if errors.Is(msg.err, store.ErrConflict) {
			return common.Reload()
		}
		return nil
	}
	newNote := msg.noteID != p.noteID
	p.noteID, p.saved = msg.noteID, msg.text
	if !newNote {
		return nil
	}
	a.PushUndo(&session.UndoEntry{Label: l.T(common.L.ActDoneNote), U: msg.undo})
	if !msg.copied {
		p.info, p.failed = l.T(common.L.ActDoneNote), false
		a.SetStatus(p.info, false)
	}
	return common.Reload()
}

func (p *Page) View() string {
	st, l := p.act.Ctx.Styles, p.act.Ctx.Lang
	var b strings.Builder
	// The info may hold a file path, so it wraps (two lines at most) rather
	// than being cut.
	info := common.WrapLines(p.info, p.width, 2)
	if p.failed {
		b.WriteString(st.Error.Render(info))
	} else {
		b.WriteString(st.Dim.Render(info))
	}
	b.WriteString("\n")
	b.WriteString(p.ta.View())
	b.WriteString("\n")
	rest := p.height - p.ta.Height() - 2 - strings.Count(info, "\n") - 1
	// The codes that will not expand, right under the text: the first one
	// with its nearest codes, and how many more.
	if len(p.issues) > 0 {
		line := "⚠ " + p.issues[0]
		if n := len(p.issues) - 1; n > 0 {
			line += " " + l.T(common.L.NoteCodeMore, n)
		}
		b.WriteString(st.Warn.Render(common.Truncate(line, p.width)))
		b.WriteString("\n")
		rest--
	}
	b.WriteString(st.Section.Render(l.T(common.L.ActComposerPreview)))
	b.WriteString("\n")
	b.WriteString(common.WrapLines(p.preview, p.width, max(rest, 0)))
	return b.String()
}

// restoredAt is when kind k's draft was saved (Stockholm): HH:MM today,
// with the date before it when older, so that last week's draft is not
// taken for today's.
func (p *Page) restoredAt(k phrases.Kind) string {
	t, ok := p.savedAt[k]
	if !ok {
		return "–"
	}
	t = t.In(caseload.Stockholm())
	if caseload.DateOf(t) == caseload.DateOf(p.clock()) {
		return t.Format("15:04")
	}
	return t.Format("2006-01-02 15:04")
}
