// Package note is a copied note as it went to Cosmic (enter on a note of
// the moment page's history); y copies it again and records that copy.
package note

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// Page shows one copied note as it went to Cosmic; y copies it again
// (and records that copy in the history).
type Page struct {
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

// New returns the page of note n of moment (patient names it in the title).
func New(a *session.Session, moment, patient string, n caseload.CopiedNote) *Page {
	p := &Page{act: a, keys: a.Ctx.Keys.NoteView, moment: moment, patient: patient, note: n, vp: viewport.New()}
	k := a.Ctx.Keys
	p.vp.KeyMap = viewport.KeyMap{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, HalfPageUp: k.HalfUp, HalfPageDown: k.HalfDown}
	l := a.Ctx.Lang
	p.info = l.T(common.L.NoteViewCopied, common.NoteKind(l, phrases.Kind(n.Kind)), common.ShortStamp(n.Copied))
	p.SetSize(a.Ctx.Width, a.Ctx.Height-2)
	return p
}

func (p *Page) Init() tea.Cmd      { return nil }
func (p *Page) CapturesKeys() bool { return false }
func (p *Page) Resized() tea.Cmd   { return nil }
func (p *Page) ActsOn() string     { return "" }

func (p *Page) Title() string {
	return p.act.Ctx.Lang.T(common.L.NoteViewTitle) + " · " + p.patient
}

func (p *Page) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.SetWidth(max(w, 1))
	p.vp.SetHeight(max(h-2, 1))
	p.vp.SetContent(common.WrapLines(p.note.Text, max(w, 1), 1<<20))
}

func (p *Page) Help() help.KeyMap {
	k := p.keys
	c := p.act.Ctx.Keys
	return common.Bindings{
		Short: []key.Binding{k.Copy, k.Close, c.Down, c.Up},
		Full:  [][]key.Binding{{k.Copy, k.Close}, {c.Up, c.Down, c.PageUp, c.PageDown}},
	}
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
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
func (p *Page) copyAgain() tea.Cmd {
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
		return common.ReloadMsg{}
	})
}

func (p *Page) View() string {
	st := p.act.Ctx.Styles
	info := common.Truncate(p.info, p.width)
	if p.failed {
		info = st.Error.Render(info)
	} else {
		info = st.Dim.Render(info)
	}
	return info + "\n\n" + p.vp.View()
}
