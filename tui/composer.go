package tui

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
)

// composerPage writes the Cosmic note for one moment: a note of a kind
// (feedback, red-flag contact, reminder, …) built from the moment's state,
// a textarea where a phrase code followed by Enter or Tab expands in
// place, the codes that will not expand marked below it, and a live
// preview of the plain text that copying puts on the clipboard.
//
// Nothing typed is lost (issue 13): each kind's text is saved as a draft
// of the moment as it is typed (debounced, off the UI loop, drafts.go),
// esc closes and keeps the draft, ctrl+c saves it before quitting.
type composerPage struct {
	act     *actions
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
	page    *composerPage
	noteID  int64
	text    string
	version int64
	undo    storeUndo
	copied  bool
	err     error
}

// composerCmd loads the moment and its drafts and opens the composer on
// it; kind is the note the clinician's last action asks for ("" when the
// composer is opened with c: the newest draft, else phrases.SuggestKind).
func (a *actions) composerCmd(id string, kind phrases.Kind) tea.Cmd {
	d, keeper, l := a.ctx.Data, a.keeper(), a.ctx.Lang
	return func() tea.Msg {
		if d == nil {
			return statusMsg{l.T(common.L.ActErrNomoment), true}
		}
		mo, p, err := d.Moment(id)
		if err != nil {
			return statusMsg{l.T(common.L.ActErrSave, err), true}
		}
		var drafts []store.Draft
		var derr error
		if keeper != nil {
			drafts, derr = keeper.Drafts(id)
		}
		return momentLoadedMsg{mo, p, func(m caseload.Moment, pt caseload.Patient) (common.Page, error) {
			c := newComposer(a, m, pt, kind, drafts)
			if derr != nil {
				c.info, c.failed = l.T(common.L.NoteDraftFailed, derr), true
			}
			return c, nil
		}}
	}
}

func newComposer(a *actions, m caseload.Moment, pt caseload.Patient, want phrases.Kind, drafts []store.Draft) *composerPage {
	p := &composerPage{act: a, keys: a.ctx.Keys.Composer, moment: m, patient: pt, contact: phrases.Written,
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
		want = phrases.SuggestKind(&m, a.ctx.Today)
	}
	why := p.prefill(want)
	if why != "" {
		p.prefill(phrases.KindFree)
		p.show(phrases.KindFree)
		p.info, p.failed = a.ctx.Lang.T(common.L.NoteUnavailable, kindLabel(a.ctx.Lang, want), why), true
	} else {
		p.show(want)
	}
	p.SetSize(a.ctx.Width, a.ctx.Height-2)
	return p
}

// prefill builds the note of kind k for the moment (once); why is "" or,
// in the clinician's language, why there is no such note.
func (p *composerPage) prefill(k phrases.Kind) (why string) {
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
func (p *composerPage) build(k phrases.Kind) (string, phrases.Params, string) {
	l := p.act.ctx.Lang
	r, err := phrases.RequestFor(p.act.ctx.Catalogue, &p.moment, k, p.act.ctx.Today)
	if err == nil {
		r.Contact = p.contact
		var n phrases.Note
		if n, err = p.act.phrases.Build(r); err == nil {
			return n.Text(), n.Params, ""
		}
	}
	return "", phrases.Params{Program: p.moment.Program}, whyText(l, err)
}

// whyText words why a note cannot be built, in the clinician's language
// (the builder's own errors are English, for the command line).
func whyText(l Lang, err error) string {
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

// kindLabel is a note kind's name in the clinician's language.
func kindLabel(l Lang, k phrases.Kind) string {
	switch k {
	case phrases.KindFeedback:
		return l.T(common.L.NoteKindFeedback)
	case phrases.KindFlag:
		return l.T(common.L.NoteKindFlag)
	case phrases.KindReminder:
		return l.T(common.L.NoteKindReminder)
	case phrases.KindStart:
		return l.T(common.L.NoteKindStart)
	case phrases.KindClosing:
		return l.T(common.L.NoteKindClosing)
	case phrases.KindFollowUp:
		return l.T(common.L.NoteKindFollowup)
	}
	return l.T(common.L.NoteKindFree)
}

// show puts kind k's text in the textarea (prefill has run for k).
func (p *composerPage) show(k phrases.Kind) {
	l := p.act.ctx.Lang
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
		p.info = l.T(common.L.NoteDraftRestored, kindLabel(l, k), p.restoredAt(k))
	} else {
		p.info = l.T(common.L.NoteKindShown, kindLabel(l, k))
	}
	p.failed = false
}

func (p *composerPage) Init() tea.Cmd { return p.ta.Focus() }

func (p *composerPage) Title() string {
	// The kind is named in the info line: the header stays as short as before.
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
	p.ta.SetHeight(max((h-5)/2, 3))
}

func (p *composerPage) Help() help.KeyMap {
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
func (p *composerPage) Text() string { return p.preview }

// refreshPreview expands the text for the preview and checks its codes:
// unknown codes and codes of another program (with the nearest codes),
// and codes the moment has no value for.
func (p *composerPage) refreshPreview() {
	l := p.act.ctx.Lang
	text := p.ta.Value()
	out, errs := p.act.phrases.ExpandText(text, p.params)
	p.preview = plainText(out)
	p.issues, p.bad = nil, nil
	for _, c := range p.act.phrases.CheckCodes(text, p.moment.Program) {
		msg := l.T(common.L.NoteCodeUnknown, c.Line, c.Word)
		if c.Kind == phrases.IssueForeign {
			msg = l.T(common.L.NoteCodeForeign, c.Line, c.Word, p.programName(c.Program))
		}
		if len(c.Suggestions) > 0 {
			msg += " – " + l.T(common.L.NoteCodeNearest, strings.Join(c.Suggestions, ", "))
		}
		p.issues, p.bad = append(p.issues, msg), append(p.bad, c.Word)
	}
	for _, e := range errs {
		var miss *phrases.MissingError
		if errors.As(e, &miss) {
			p.issues = append(p.issues, l.T(common.L.NoteCodeMissing, miss.Code, paramLabel(l, miss.Param)))
			p.bad = append(p.bad, miss.Code)
		}
	}
}

func (p *composerPage) programName(id string) string {
	if cat := p.act.ctx.Catalogue; cat != nil {
		if pr, ok := cat.Program(id); ok {
			return pr.Name
		}
	}
	return id
}

func paramLabel(l Lang, x phrases.Param) string {
	switch x {
	case phrases.ParamModule:
		return l.T(common.L.NoteParamModule)
	case phrases.ParamDate:
		return l.T(common.L.NoteParamDate)
	case phrases.ParamScore:
		return l.T(common.L.NoteParamScore)
	case phrases.ParamNext:
		return l.T(common.L.NoteParamNext)
	}
	return l.T(common.L.NoteParamChallenge)
}

// codeError words an expansion error in the clinician's language.
func codeError(l Lang, err error, programName func(string) string) string {
	var miss *phrases.MissingError
	var foreign *phrases.ForeignError
	var unknown *phrases.UnknownError
	near := func(s []string) string {
		if len(s) == 0 {
			return ""
		}
		return " – " + l.T(common.L.NoteCodeNearest, strings.Join(s, ", "))
	}
	switch {
	case errors.As(err, &miss):
		return l.T(common.L.NoteCodeMissing, miss.Code, paramLabel(l, miss.Param))
	case errors.As(err, &foreign):
		return strings.TrimPrefix(l.T(common.L.NoteCodeForeign, 0, foreign.Code, programName(foreign.Program)), "rad 0: ") + near(foreign.Suggestions)
	case errors.As(err, &unknown):
		return l.T(common.L.PhraseErrUnknown, unknown.Code) + near(unknown.Suggestions)
	}
	// issue 14: the phrases package's own errors are English, for the
	// command line; a Swedish screen gets the catalogue's words.
	if l == "en" {
		return err.Error()
	}
	return l.T(common.L.PhraseErrOther)
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
		return p, p.edited()
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	var cmd tea.Cmd
	p.ta, cmd = p.ta.Update(msg)
	return p, cmd
}

func (p *composerPage) key(msg tea.KeyPressMsg) (common.Page, tea.Cmd) {
	k, l := p.keys, p.act.ctx.Lang
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
		return p, common.PushCmd(newPhrasePicker(p.act, p.params, true))
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
func (p *composerPage) nextKind() tea.Cmd {
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
func (p *composerPage) afresh() tea.Cmd {
	l := p.act.ctx.Lang
	kd := p.kinds[p.kind]
	cmd := p.deleteDraftCmd(p.kind)
	kd.stored = nil
	kd.text = kd.built
	p.dirty = false
	p.ta.SetValue(kd.built)
	p.ta.MoveToBegin()
	p.refreshPreview()
	p.info, p.failed = l.T(common.L.NoteAfresh, kindLabel(l, p.kind)), false
	return cmd
}

// nextContact switches Kontaktsätt (written, telephone, video, visit) and
// builds the note again; a telephone or video contact adds ZV051. Only an
// unedited note is rebuilt, so no typing is lost.
func (p *composerPage) nextContact() {
	l := p.act.ctx.Lang
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
func (p *composerPage) cursorOffset() int {
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
func (p *composerPage) setValueAt(text string, off int) {
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
func (p *composerPage) expandAtCursor() (used, changed bool) {
	l := p.act.ctx.Lang
	e, ok, err := p.act.phrases.ExpandAt(p.ta.Value(), p.cursorOffset(), p.params)
	if err != nil {
		p.info, p.failed = codeError(l, err, p.programName), true
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
func (p *composerPage) copy() tea.Cmd {
	l := p.act.ctx.Lang
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
	copyCmd := p.act.copier.copyCmd("", p.moment.ID, text)
	if p.act.readOnly() {
		return copyCmd // nothing can be saved
	}
	return tea.Batch(copyCmd, p.recordCmd(text), p.save(true))
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
	rest := p.height - p.ta.Height() - 2 - strings.Count(info, "\n") - 1
	// The codes that will not expand, right under the text: the first one
	// with its nearest codes, and how many more.
	if len(p.issues) > 0 {
		line := "⚠ " + p.issues[0]
		if n := len(p.issues) - 1; n > 0 {
			line += " " + l.T(common.L.NoteCodeMore, n)
		}
		b.WriteString(st.Warn.Render(clipLineActions(line, p.width)))
		b.WriteString("\n")
		rest--
	}
	b.WriteString(st.Section.Render(l.T(common.L.ActComposerPreview)))
	b.WriteString("\n")
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

// restoredAt is when kind k's draft was saved (Stockholm): HH:MM today,
// with the date before it when older, so that last week's draft is not
// taken for today's.
func (p *composerPage) restoredAt(k phrases.Kind) string {
	t, ok := p.savedAt[k]
	if !ok {
		return "–"
	}
	t = t.In(caseload.Stockholm)
	if caseload.DateOf(t) == caseload.DateOf(p.clock()) {
		return t.Format("15:04")
	}
	return t.Format("2006-01-02 15:04")
}
