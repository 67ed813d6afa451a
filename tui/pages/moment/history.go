package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// The moment's history on the moment page (issue 13): every note copied
// for Cosmic and every handled flag, newest first; a note opens to be read
// and copied again.

// historyItem is one line of the history: a copied note or a handled flag.
type historyItem struct {
	at   caseload.Stamp
	note *caseload.CopiedNote
	flag *caseload.Flag
}

// momentHistory is the moment's copied notes and handled flags, newest
// first (a note before a flag of the same minute: it was written after).
func momentHistory(m *caseload.Moment) []historyItem {
	var out []historyItem
	for i := range m.History {
		out = append(out, historyItem{at: m.History[i].Copied, note: &m.History[i]})
	}
	for i := range m.Flags {
		if f := &m.Flags[i]; !f.HandledAt.IsZero() {
			out = append(out, historyItem{at: f.HandledAt, flag: f})
		}
	}
	slices.SortStableFunc(out, func(a, b historyItem) int {
		if c := b.at.Compare(a.at); c != 0 {
			return c
		}
		if (a.note != nil) != (b.note != nil) {
			if a.note != nil {
				return -1
			}
			return 1
		}
		return 0
	})
	return out
}

// notes are the items that are notes, in the order shown.
func historyNotes(items []historyItem) []caseload.CopiedNote {
	var out []caseload.CopiedNote
	for _, it := range items {
		if it.note != nil {
			out = append(out, *it.note)
		}
	}
	return out
}

// firstLine is a note's first line, for a list.
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// historyLines draws the history; noteAt is the line of each note (the
// moment page's cursor moves over them after the modules), sel the note
// selected (-1 none).
func historyLines(ctx *common.Context, items []historyItem, width, sel int) (lines []string, noteAt []int) {
	l, st := ctx.Lang, ctx.Styles
	if len(items) == 0 {
		return nil, nil
	}
	add := func(s string) { lines = append(lines, common.ClipLine(s, width)) }
	add("")
	add(st.Section.Render(l.T(common.L.NoteHistory)))
	n := 0
	for _, it := range items {
		if it.note != nil {
			cursor := " "
			text := common.NoteKind(l, phrases.Kind(it.note.Kind))
			if n == sel {
				cursor, text = common.Gutter, st.Selected.Render(text)
			}
			noteAt = append(noteAt, len(lines))
			add(cursor + " " + st.Dim.Render(common.ShortStamp(it.at)) + "  " + text + " " + st.Dim.Render(l.T(common.L.NoteHistoryNote)+": "+firstLine(it.note.Text)))
			n++
			continue
		}
		f := it.flag
		add("  " + st.Dim.Render(common.ShortStamp(it.at)) + "  " + l.ByID("act.flag."+f.Kind) + " " +
			st.Dim.Render(l.T(common.L.NoteHistoryFlag, f.HandledBy, strings.ReplaceAll(f.Note, "\n", " "))))
	}
	return lines, noteAt
}

// openNoteMsg asks the root to open a copied note (the moment page has no
// actions; the note page copies).
type openNoteMsg struct {
	moment, patient string
	note            caseload.CopiedNote
}

// notePage shows one copied note as it went to Cosmic; y copies it again
// (and records that copy in the history).
type notePage struct {
	act     *session.Session
	keys    common.NoteViewKeys
	moment  string
	patient string
	note    caseload.CopiedNote
	vp      viewport.Model
	info    string
	failed  bool
	width   int
	height  int
}

func newNotePage(a *session.Session, msg openNoteMsg) *notePage {
	p := &notePage{act: a, keys: a.Ctx.Keys.NoteView, moment: msg.moment, patient: msg.patient, note: msg.note, vp: viewport.New()}
	k := a.Ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	l := a.Ctx.Lang
	p.info = l.T(common.L.NoteViewCopied, common.NoteKind(l, phrases.Kind(msg.note.Kind)), common.ShortStamp(msg.note.Copied))
	p.SetSize(a.Ctx.Width, a.Ctx.Height-2)
	return p
}

func (p *notePage) Init() tea.Cmd      { return nil }
func (p *notePage) CapturesKeys() bool { return false }
func (p *notePage) Resized() tea.Cmd   { return nil }
func (p *notePage) ActsOn() string     { return "" }

func (p *notePage) Title() string {
	return p.act.Ctx.Lang.T(common.L.NoteViewTitle) + " · " + p.patient
}

func (p *notePage) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(max(w, 1))
	p.vp.SetHeight(max(h-2, 1))
	p.vp.SetContent(common.WrapLines(p.note.Text, max(w, 1), 1<<20))
}

func (p *notePage) Help() help.KeyMap {
	k := p.keys
	c := p.act.Ctx.Keys
	return common.Bindings{
		Short: []key.Binding{k.Copy, k.Close, c.Down, c.Up},
		Full:  [][]key.Binding{{k.Copy, k.Close}, {c.Up, c.Down, c.PageUp, c.PageDown}},
	}
}

func (p *notePage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case session.CopiedMsg:
		if msg.Tag != "" {
			return p, nil
		}
		p.info, p.failed = p.act.Copier.Describe(p.act.Ctx.Lang, msg.Result), false
		p.act.SetStatus(p.info, false)
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keys.Close):
			return p, common.PopPage()
		case key.Matches(msg, p.keys.Copy):
			return p, p.copyAgain()
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

// copyAgain copies the note as it was and records this copy too: it is
// in Cosmic again.
func (p *notePage) copyAgain() tea.Cmd {
	a := p.act
	cmd := a.Copier.Copy("", p.moment, p.note.Text)
	keeper := a.Store.Notes
	if keeper == nil || a.ReadOnly() {
		return cmd
	}
	id, n := p.moment, caseload.CopiedNote{Kind: p.note.Kind, Copied: a.Now(), Text: p.note.Text}
	l := a.Ctx.Lang
	return tea.Batch(cmd, func() tea.Msg {
		if _, err := keeper.RecordCopiedNote(id, n); err != nil {
			return session.StatusMsg{Text: l.T(common.L.NoteRecordFailed, err), Failed: true}
		}
		return ReloadMsg{}
	})
}

func (p *notePage) View() string {
	st := p.act.Ctx.Styles
	info := common.Truncate(p.info, p.width)
	if p.failed {
		info = st.Error.Render(info)
	} else {
		info = st.Dim.Render(info)
	}
	return info + "\n\n" + p.vp.View()
}
