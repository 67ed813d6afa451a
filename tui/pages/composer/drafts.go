package composer

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// Drafts and the note history (issue 13): the composer's text is saved as
// a draft of the moment as it is typed, so that esc, ctrl+c or a killed
// process never loses more than the last second; a copied note goes into
// the moment's history.

// draftState is the composer's bookkeeping of unsaved typing.
type draftState struct {
	clock      func() time.Time
	delay      time.Duration
	maxWait    time.Duration
	dirty      bool      // typed since the last save was started
	dirtySince time.Time // the first unsaved key
	lastEdit   time.Time
	due        bool // a draftDueMsg is on its way
	closed     bool // esc closed the page: nothing more is saved from timers
	quitArmed  bool // the draft could not be saved on ctrl+c: ctrl+c again quits
	toldFile   bool // the fallback file was named once
	savedAt    map[phrases.Kind]time.Time
}

func newDraftState(a *session.Session) draftState {
	return draftState{clock: a.Clock, delay: a.DraftDelay, maxWait: a.DraftMaxWait, savedAt: map[phrases.Kind]time.Time{}}
}

// draftDueMsg asks the composer whether its draft should be saved now.
type draftDueMsg struct{ page *Page }

// draftSavedMsg reports a draft write.
type draftSavedMsg struct {
	page   *Page
	kind   phrases.Kind
	text   string
	saved  time.Time
	inFile bool
	dir    string
	err    error
}

// draftClosedMsg reports the draft written when esc closed the composer.
type draftClosedMsg struct {
	page  *Page
	saved bool
	err   error
}

// QuitMsg reports the draft written on ctrl+c.
type QuitMsg struct {
	page *Page
	err  error
}

// noteRecordedMsg reports a copied note recorded in the history.
type noteRecordedMsg struct {
	page *Page
	err  error
}

func draftKey(moment string, k phrases.Kind) string { return moment + "\x00" + string(k) }

// edited notes a change of the text and, if none is on its way, asks for
// a draftDueMsg after the delay.
func (p *Page) edited() tea.Cmd {
	now := p.clock()
	p.lastEdit = now
	if !p.dirty {
		p.dirty, p.dirtySince = true, now
	}
	if p.due {
		return nil
	}
	p.due = true
	return p.dueIn(p.delay)
}

func (p *Page) dueIn(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return draftDueMsg{page: p} })
}

// onDue saves the draft when typing has paused long enough, or has gone
// on for maxWait; else it waits again.
func (p *Page) onDue() tea.Cmd {
	p.due = false
	if !p.dirty || p.closed {
		return nil
	}
	now := p.clock()
	quiet, long := now.Sub(p.lastEdit), now.Sub(p.dirtySince)
	if quiet >= p.delay || long >= p.maxWait {
		return p.flush()
	}
	p.due = true
	return p.dueIn(max(min(p.delay-quiet, p.maxWait-long), time.Millisecond))
}

// needsSave reports whether kind k's text differs from what is kept: its
// saved draft, or (without one) the prefilled note or the copied text.
func (p *Page) needsSave(k phrases.Kind, text string) bool {
	kd := p.kinds[k]
	if kd == nil {
		return false
	}
	if kd.stored != nil {
		return *kd.stored != text
	}
	return text != kd.built && text != kd.copied
}

// flush saves the shown text as its kind's draft now, if it needs it.
func (p *Page) flush() tea.Cmd {
	p.dirty = false
	text := p.ta.Value()
	if !p.needsSave(p.kind, text) {
		return nil
	}
	return p.saveDraftCmd(p.kind, text, func(m draftSavedMsg) tea.Msg { return m })
}

// saveDraftCmd writes one draft off the UI loop; then turns the result
// into the message the caller wants. Without a store it does nothing.
func (p *Page) saveDraftCmd(k phrases.Kind, text string, then func(draftSavedMsg) tea.Msg) tea.Cmd {
	keeper := p.act.Store.Notes
	if keeper == nil {
		return nil
	}
	saver, seq := p.act.Drafts, p.act.Drafts.Next()
	d := store.Draft{Moment: p.moment.ID, Kind: string(k), Text: text}
	return func() tea.Msg {
		var out store.Draft
		_, err := saver.Run(draftKey(d.Moment, k), seq, func() error {
			var err error
			out, err = keeper.SaveDraft(d)
			return err
		})
		dir := ""
		if out.InFile {
			dir = keeper.DraftDir()
		}
		return then(draftSavedMsg{page: p, kind: k, text: text, saved: out.Saved, inFile: out.InFile, dir: dir, err: err})
	}
}

// draftSaved takes a draft write's result (the root hands it over, so it
// arrives even while the phrase picker is on top).
func (p *Page) draftSaved(m draftSavedMsg) {
	l := p.act.Ctx.Lang
	if m.err != nil {
		p.info, p.failed = l.T(common.L.NoteDraftFailed, m.err), true
		p.act.SetStatus(p.info, true)
		p.dirty = true // tried again at the next key, esc or ctrl+c
		return
	}
	if kd := p.kinds[m.kind]; kd != nil {
		t := m.text
		kd.stored = &t
		p.savedAt[m.kind] = m.saved
	}
	if m.inFile && !p.toldFile {
		p.toldFile = true
		p.info, p.failed = l.T(common.L.NoteDraftFile, m.dir), false
	}
}

// unsaved lists the kinds whose text is not kept yet, with that text.
func (p *Page) unsaved() map[phrases.Kind]string {
	if cur := p.kinds[p.kind]; cur != nil {
		cur.text = p.ta.Value()
	}
	out := map[phrases.Kind]string{}
	for k, kd := range p.kinds {
		if kd.loaded && p.needsSave(k, kd.text) {
			out[k] = kd.text
		}
	}
	return out
}

// saveAll writes every unsaved kind's draft, in one command, and reports
// with done(saved, err).
func (p *Page) saveAll(done func(saved bool, err error) tea.Msg) tea.Cmd {
	todo := p.unsaved()
	var cmds []tea.Cmd
	for k, text := range todo {
		cmds = append(cmds, p.saveDraftCmd(k, text, func(m draftSavedMsg) tea.Msg { return m }))
	}
	p.dirty = false
	return func() tea.Msg {
		var err error
		saved := false
		for _, c := range cmds {
			if c == nil {
				continue
			}
			m := c().(draftSavedMsg)
			select {
			case p.act.Drafts.Results <- m:
			default:
			}
			if m.err != nil && err == nil {
				err = m.err
			}
			saved = saved || m.err == nil
		}
		return done(saved, err)
	}
}

// closeCmd is esc: the page closes and every edited kind is kept as a
// draft; if that fails the page comes back with the text (the root's
// draftClosedMsg).
func (p *Page) closeCmd() tea.Cmd {
	p.closed = true
	hasDraft := false
	for _, kd := range p.kinds {
		hasDraft = hasDraft || kd.stored != nil
	}
	if len(p.unsaved()) == 0 {
		if hasDraft {
			l := p.act.Ctx.Lang
			return func() tea.Msg { return session.StatusMsg{Text: l.T(common.L.NoteDraftKept), Failed: false} }
		}
		return nil
	}
	if p.act.Store.Notes == nil {
		return nil
	}
	return p.saveAll(func(saved bool, err error) tea.Msg { return draftClosedMsg{page: p, saved: saved, err: err} })
}

// quit is ctrl+c with the composer open: the draft is saved, then the app
// quits; when it cannot be saved the composer says so, and ctrl+c again
// quits without it.
func (p *Page) Quit() tea.Cmd {
	if p.quitArmed || len(p.unsaved()) == 0 || p.act.Store.Notes == nil {
		return tea.Quit
	}
	return p.saveAll(func(_ bool, err error) tea.Msg { return QuitMsg{page: p, err: err} })
}

// deleteDraftCmd drops kind k's draft (start afresh).
func (p *Page) deleteDraftCmd(k phrases.Kind) tea.Cmd {
	keeper := p.act.Store.Notes
	if keeper == nil {
		return nil
	}
	saver, seq, id := p.act.Drafts, p.act.Drafts.Next(), p.moment.ID
	l := p.act.Ctx.Lang
	return func() tea.Msg {
		_, err := saver.Run(draftKey(id, k), seq, func() error { return keeper.DeleteDraft(id, string(k)) })
		if err != nil {
			return session.StatusMsg{Text: l.T(common.L.NoteDraftFailed, err), Failed: true}
		}
		return nil
	}
}

// recordCmd records the copied text in the moment's history; the store
// drops this kind's draft in the same transaction.
func (p *Page) recordCmd(text string) tea.Cmd {
	keeper := p.act.Store.Notes
	if keeper == nil {
		return nil
	}
	kd := p.kinds[p.kind]
	kd.stored, kd.copied = nil, p.ta.Value()
	p.dirty = false
	saver, seq, id, k, at := p.act.Drafts, p.act.Drafts.Next(), p.moment.ID, p.kind, p.act.Now()
	return func() tea.Msg {
		_, err := saver.Run(draftKey(id, k), seq, func() error {
			_, err := keeper.RecordCopiedNote(id, caseload.CopiedNote{Kind: string(k), Copied: at, Text: text})
			return err
		})
		return noteRecordedMsg{page: p, err: err}
	}
}

// Update handles the drafts' messages at the root, whichever page is
// on top; ok is false for every other message.
func Update(a *session.Session, msg tea.Msg) (tea.Cmd, bool) {
	l := a.Ctx.Lang
	switch msg := msg.(type) {
	case draftDueMsg:
		return msg.page.onDue(), true
	case draftSavedMsg:
		msg.page.draftSaved(msg)
		return nil, true
	case draftClosedMsg:
		drainResults(a)
		if msg.err != nil {
			// The text is still in the page: it comes back, saying why.
			p := msg.page
			p.closed = false
			p.info, p.failed = l.T(common.L.NoteDraftFailed, msg.err), true
			return common.PushCmd(p), true
		}
		a.SetStatus(l.T(common.L.NoteDraftKept), false)
		return nil, true
	case QuitMsg:
		drainResults(a)
		if msg.err != nil {
			p := msg.page
			p.quitArmed = true
			p.info, p.failed = l.T(common.L.NoteDraftQuitFail, msg.err), true
			a.SetStatus(p.info, true)
			return nil, true
		}
		return tea.Quit, true
	case noteRecordedMsg:
		if msg.err != nil {
			msg.page.info, msg.page.failed = l.T(common.L.NoteRecordFailed, msg.err), true
			a.SetStatus(msg.page.info, true)
			return nil, true
		}
		return common.Reload(), true
	}
	return nil, false
}

// drainResults hands the draft writes made by saveAll to their pages.
func drainResults(a *session.Session) {
	for {
		select {
		case r := <-a.Drafts.Results:
			if m, ok := r.(draftSavedMsg); ok {
				m.page.draftSaved(m)
			}
		default:
			return
		}
	}
}
