package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/adrg/xdg"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/tui/pages/note"
)

// Issue 13: the composer's drafts, kinds, checked codes and the history.

// slowDrafts makes the debounce wait an hour, so that only the test's own
// DueMsg (with a clock it sets) saves.
func slowDrafts(d *driver) *time.Time {
	now := time.Date(2026, 11, 23, 10, 30, 0, 0, time.UTC)
	d.m.act.Clock = func() time.Time { return now }
	d.m.act.DraftDelay, d.m.act.DraftMaxWait = time.Hour, 2*time.Hour
	return &now
}

func openComposerSlow(t *testing.T, s *fakeStore, id string) (*driver, *composer.Page, *time.Time) {
	t.Helper()
	d := newDriver(t, s, 120, 40, "sv")
	now := slowDrafts(d)
	d.selectMoment(id)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	return d, d.top().(*composer.Page), now
}

func TestComposerEscKeepsDraft(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, _ := openComposerSlow(t, s, mo.ID)
	if c.Kind() != phrases.KindFeedback {
		t.Fatalf("kind %s, want feedback", c.Kind())
	}
	d.press("Eget tillägg ")
	typed := c.TextArea().Value()
	d.press("esc")
	d.waitFor("the draft", func() bool { txt, ok := s.draft(mo.ID, "feedback"); return ok && txt == typed })
	if d.top() != nil {
		t.Fatalf("esc left %T open", d.top())
	}
	if !strings.Contains(d.screen(), "Utkastet är sparat") {
		t.Errorf("esc does not say the draft is kept:\n%s", d.screen())
	}
	// Reopened: the draft is back, and ctrl+r starts afresh.
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	c = d.top().(*composer.Page)
	if c.TextArea().Value() != typed || !strings.Contains(c.Info(), "utkastet från ") || strings.Contains(c.Info(), "från  är") {
		t.Fatalf("reopened: %q (info %q), want the draft %q", c.TextArea().Value(), c.Info(), typed)
	}
	d.press("ctrl+r")
	d.waitFor("the draft gone", func() bool { _, ok := s.draft(mo.ID, "feedback"); return !ok })
	if c.TextArea().Value() != c.Built(phrases.KindFeedback) || strings.Contains(c.TextArea().Value(), "Eget tillägg") {
		t.Errorf("ctrl+r: %q, want the prefilled note", c.TextArea().Value())
	}
}

func TestComposerEscUnsavedComesBack(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, _ := openComposerSlow(t, s, mo.ID)
	s.draftFail = errors.New("disk full")
	d.press("X")
	d.press("esc")
	d.waitFor("the composer back", func() bool { return d.top() == c && c.Failed() })
	if !strings.HasPrefix(c.TextArea().Value(), "X") || !strings.Contains(c.Info(), "disk full") {
		t.Errorf("a draft that cannot be saved: text %q, info %q", c.TextArea().Value(), c.Info())
	}
}

func TestComposerCtrlCKeepsDraft(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, _ := openComposerSlow(t, s, mo.ID)
	d.press("Halvskrivet")
	cmd := d.m.key(ctrlKey("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c gives no command")
	}
	msg := cmd()
	if _, ok := msg.(composer.QuitMsg); !ok {
		t.Fatalf("ctrl+c with an unsaved note gives %T, want the draft saved first", msg)
	}
	if txt, _ := s.draft(mo.ID, "feedback"); txt != c.TextArea().Value() {
		t.Errorf("draft after ctrl+c %q, want %q", txt, c.TextArea().Value())
	}
	_, quit := d.m.Update(msg)
	if quit == nil {
		t.Fatal("after the draft is saved, ctrl+c does not quit")
	}
	if _, ok := quit().(tea.QuitMsg); !ok {
		t.Errorf("after the draft is saved: %T, want quit", quit())
	}

	// A draft that cannot be saved: it says so and does not quit; ctrl+c
	// again does.
	s.draftFail = errors.New("disk full")
	d.press("!")
	msg = d.m.key(ctrlKey("ctrl+c"))()
	_, cmd = d.m.Update(msg)
	if cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Fatal("ctrl+c quit with the draft unsaved")
		}
	}
	if !strings.Contains(c.Info(), "disk full") || !strings.Contains(c.Info(), "ctrl+c igen") {
		t.Errorf("info %q does not say the draft was not saved", c.Info())
	}
	if _, ok := d.m.key(ctrlKey("ctrl+c"))().(tea.QuitMsg); !ok {
		t.Error("ctrl+c again does not quit")
	}
}

func TestComposerDebounceSaves(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, now := openComposerSlow(t, s, mo.ID)
	due := func() {
		d.deliver(c.DueMsg())
		d.settle()
	}
	d.press("A")
	*now = now.Add(100 * time.Millisecond)
	due()
	if _, ok := s.draft(mo.ID, "feedback"); ok {
		t.Fatal("saved 100 ms after a key: the debounce did not wait")
	}
	// A pause of the delay saves.
	*now = now.Add(d.m.act.DraftDelay)
	due()
	d.waitFor("the draft", func() bool { txt, ok := s.draft(mo.ID, "feedback"); return ok && txt == c.TextArea().Value() })
	// Typing without a pause is saved after maxWait at the latest.
	writes := s.draftWrites
	for range 5 {
		d.press("b")
		*now = now.Add(d.m.act.DraftMaxWait / 4)
		due()
	}
	d.waitFor("a save while typing", func() bool { return s.draftWrites > writes })
	// No change, no write.
	writes = s.draftWrites
	*now = now.Add(d.m.act.DraftDelay)
	due()
	d.press("esc")
	if s.draftWrites != writes+1 && s.draftWrites != writes {
		t.Errorf("writes went from %d to %d", writes, s.draftWrites)
	}
}

// The debounce with real timers: a short delay, a key, and the draft is
// saved without any other event.
func TestComposerDebounceRealTimer(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d := newDriver(t, s, 120, 40, "sv")
	d.m.act.DraftDelay, d.m.act.DraftMaxWait = 20*time.Millisecond, 40*time.Millisecond
	d.selectMoment(mo.ID)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	c := d.top().(*composer.Page)
	d.press("Z")
	d.waitFor("the draft", func() bool { txt, ok := s.draft(mo.ID, "feedback"); return ok && txt == c.TextArea().Value() })
}

func TestComposerKindSwitchKeepsBothDrafts(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, _ := openComposerSlow(t, s, mo.ID)
	d.press("F1 ")
	fb := c.TextArea().Value()
	d.press("ctrl+o")
	if c.Kind() == phrases.KindFeedback {
		t.Fatal("ctrl+o kept the kind")
	}
	other := c.Kind()
	if c.TextArea().Value() == fb || strings.HasPrefix(c.TextArea().Value(), "F1") {
		t.Fatalf("the %s note shows the feedback text", other)
	}
	d.waitFor("the feedback draft saved on switching", func() bool { txt, ok := s.draft(mo.ID, "feedback"); return ok && txt == fb })
	d.press("K2 ")
	ot := c.TextArea().Value()
	for c.Kind() != phrases.KindFeedback {
		d.press("ctrl+o")
	}
	if c.TextArea().Value() != fb {
		t.Errorf("back on feedback: %q, want %q", c.TextArea().Value(), fb)
	}
	d.press("esc")
	d.waitFor("both drafts", func() bool { txt, ok := s.draft(mo.ID, string(other)); return ok && txt == ot })
	if txt, _ := s.draft(mo.ID, "feedback"); txt != fb {
		t.Errorf("feedback draft %q, want %q", txt, fb)
	}
}

// A note that cannot be built says why in Swedish and opens a free note.
func TestComposerUnavailableKindSaysWhy(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment with nothing done", func(m *caseload.Moment) bool {
		if m.Status != caseload.Active {
			return false
		}
		for _, e := range m.Modules {
			if !e.Submitted.IsZero() || !e.Feedback.IsZero() {
				return false
			}
		}
		return true
	})
	for _, lang := range []Lang{"sv", "en"} {
		d := newDriver(t, s, 120, 40, lang)
		slowDrafts(d)
		d.run(composer.Open(d.m.act, mo.ID, phrases.KindFeedback))
		d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
		c := d.top().(*composer.Page)
		if c.Kind() != phrases.KindFree || !c.Failed() {
			t.Errorf("%s: kind %s failed %v, want a free note and the reason", lang, c.Kind(), c.Failed())
		}
		if lang == "sv" {
			for _, english := range []string{"note:", "missing", "Module", "completed"} {
				if strings.Contains(c.Info(), english) {
					t.Errorf("English %q inside Swedish: %q", english, c.Info())
				}
			}
			if !strings.Contains(c.Info(), "ingen modul är inskickad") {
				t.Errorf("sv: %q does not say why", c.Info())
			}
		} else if !strings.Contains(c.Info(), "no module has been submitted") {
			t.Errorf("en: %q does not say why", c.Info())
		}
	}
}

func TestComposerMarksUnknownAndForeignCodes(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	var foreign string
	for _, ph := range phrases.Builtin().List() {
		if ph.Program != "" && ph.Program != mo.Program && strings.Contains(ph.Code, "int") {
			foreign = ph.Code
			break
		}
	}
	if foreign == "" {
		t.Fatal("no code of another program")
	}
	d, c, _ := openComposerSlow(t, s, mo.ID)
	c.TextArea().SetValue("")
	d.press("Text behint9o mer")
	if !strings.Contains(d.screen(), "⚠ rad 1: behint9o är ingen kod – närmast: ") {
		t.Errorf("an unknown code is not marked with the nearest codes:\n%s", d.screen())
	}
	c.TextArea().SetValue("")
	d.press("X " + strings.ToLower(foreign) + " Y")
	if !strings.Contains(d.screen(), strings.ToLower(foreign)+" hör till") {
		t.Errorf("a code of another program (%s) is not marked:\n%s", foreign, d.screen())
	}
	// Code + Enter on it: refused, named, the text kept.
	c.TextArea().SetValue("")
	d.press(strings.ToLower(foreign), "enter")
	if c.TextArea().Value() != strings.ToLower(foreign) || !c.Failed() || !strings.Contains(c.Info(), "hör till") {
		t.Errorf("foreign code+enter: %q, info %q", c.TextArea().Value(), c.Info())
	}
}

func TestComposerCopyWithUnresolvedCodeAsks(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c, _ := openComposerSlow(t, s, mo.ID)
	d.press("behint9o ")
	d.press("ctrl+y")
	if !c.AskingCopy() || !strings.Contains(c.Info(), "behint9o") || !strings.Contains(c.Info(), "ctrl+y igen") {
		t.Fatalf("copy with an unknown code did not ask: %q", c.Info())
	}
	if files, _ := os.ReadDir(d.m.act.Copier.Dir); len(files) > 0 || len(s.history(mo.ID)) > 0 {
		t.Fatal("copied before the answer")
	}
	// Another key cancels.
	d.press("x")
	if c.AskingCopy() || !strings.Contains(c.Info(), "Inget kopierat") {
		t.Errorf("another key: ask %v, info %q", c.AskingCopy(), c.Info())
	}
	d.press("ctrl+y", "ctrl+y")
	d.waitFor("the note in the history", func() bool { return len(s.history(mo.ID)) == 1 })
	h := s.history(mo.ID)[0]
	if h.Kind != "feedback" || h.Text != c.Text() || h.Copied.IsZero() {
		t.Errorf("history %+v", h)
	}
	if _, ok := s.draft(mo.ID, "feedback"); ok {
		t.Error("the copied kind's draft is still there")
	}
}

func TestMomentPageListsHistory(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	m := s.find(mo.ID)
	m.History = []caseload.CopiedNote{
		{ID: 1, Kind: "feedback", Copied: caseload.NewStamp(2026, 11, 16, 9, 0), Text: "Kontaktorsak: äldre anteckning\nmer"},
		{ID: 2, Kind: "flag", Copied: caseload.NewStamp(2026, 11, 20, 14, 5), Text: "Kontaktorsak: nyare anteckning"},
	}
	m.Flags = append(m.Flags, caseload.Flag{Kind: caseload.FlagMADRS9, Ref: "x", Raised: caseload.NewDate(2026, 11, 20),
		HandledBy: "Anna Lindqvist", HandledAt: caseload.NewStamp(2026, 11, 20, 14, 0), Note: "Ringde patienten"})
	d := newDriver(t, s, 120, 80, "sv")
	d.selectMoment(mo.ID)
	d.press("enter")
	d.waitFor("the moment page", func() bool { mp, ok := d.top().(*moment.Page); return ok && len(mp.Notes()) == 2 })
	scr := d.screen()
	newer := strings.Index(scr, "Röd flagga – kontakt kopierad: Kontaktorsak: nyare anteckning")
	flag := strings.Index(scr, "hanterad av Anna Lindqvist: Ringde patienten")
	older := strings.Index(scr, "Återkoppling kopierad: Kontaktorsak: äldre anteckning")
	if !strings.Contains(scr, "Anteckningar och hanterade flaggor") || newer < 0 || flag < 0 || older < 0 {
		t.Fatalf("the history is not listed:\n%s", scr)
	}
	if !(newer < flag && flag < older) {
		t.Errorf("not newest first: note %d, flag %d, older note %d", newer, flag, older)
	}
	// Down past the modules to the newest note; enter opens it, y copies again.
	mp := d.top().(*moment.Page)
	for mp.Selected() < len(mp.Modules()) {
		d.press("down")
	}
	d.press("enter")
	d.waitFor("the note page", func() bool { _, ok := d.top().(*note.Page); return ok })
	if !strings.Contains(d.screen(), "Kontaktorsak: nyare anteckning") {
		t.Errorf("the note page does not show the note:\n%s", d.screen())
	}
	d.press("y")
	d.waitFor("the copy recorded", func() bool { return len(s.history(mo.ID)) == 3 })
	files, _ := os.ReadDir(d.m.act.Copier.Dir)
	if len(files) != 1 {
		t.Errorf("copy again wrote %d files", len(files))
	}
}

// On a database opened read-only the draft goes to a 0600 file under the
// state directory, the composer says so, and it comes back next time.
func TestComposerReadOnlyDraftInFile(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	st, path := realStore(t)
	st.Close()
	ro, err := store.OpenWith(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	mo := pick(t, fakeDemo().c, "a submitted module and a next one", withPendingModule)
	d := newDriver(t, ro, 120, 40, "sv")
	d.m.act.DraftDelay, d.m.act.DraftMaxWait = 20*time.Millisecond, 40*time.Millisecond
	d.selectMoment(mo.ID)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	c := d.top().(*composer.Page)
	d.press("Skrivskyddat utkast ")
	d.waitFor("the file named", func() bool { return strings.Contains(c.Info(), "skrivskyddad") })
	files, _ := filepath.Glob(filepath.Join(ro.DraftDir(), "*.json"))
	if len(files) != 1 {
		t.Fatalf("draft files %v", files)
	}
	if fi, err := os.Stat(files[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("draft file mode %v (%v)", fi.Mode().Perm(), err)
	}
	d.press("esc")
	d.press("c")
	d.waitFor("the composer again", func() bool { p, ok := d.top().(*composer.Page); return ok && p != c })
	if got := d.top().(*composer.Page).TextArea().Value(); !strings.HasPrefix(got, "Skrivskyddat utkast ") {
		t.Errorf("reopened read-only: %q", got)
	}
}
