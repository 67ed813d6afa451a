package tui

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/confirm"
	"github.com/ikbt/ikbt/tui/pages/forms"
)

// TestEscWritesNothing opens every form, types into it and leaves with esc.
func TestEscWritesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	flagged := openFlags(s.c, caseload.FlagMADRS9)[0].Moment
	for _, k := range []string{"n", "i", "f", "m", "H", "e", "a", "c", "P", "S", "W"} {
		t.Run(k, func(t *testing.T) {
			d := newDriver(t, s, 120, 40, "sv")
			d.selectMoment(flagged)
			d.press(k)
			d.waitFor("a page", func() bool { return d.top() != nil })
			d.press("1", "esc")
			if d.top() != nil {
				t.Errorf("esc left %T open", d.top())
			}
			if w := s.writes(); len(w) != 0 {
				t.Errorf("esc wrote %v", w)
			}
		})
	}
}

// fillNewMoment types a whole new-moment form for a non-Livsbalansen program.
func fillNewMoment(d *driver, pnr personnummer.Number, name string) {
	d.press("n", pnr.Formatted(), "enter", name, "enter")
	d.press("down", "enter") // Ångesthjälpen Plus
	d.press("enter", "enter", "F41.1", "enter", "Anna Lindqvist", "enter", "enter")
}

func TestFailedWriteKeepsInput(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	s.fail = errors.New("attempt to write a readonly database")
	d := newDriver(t, s, 120, 40, "sv")
	pnr := freshPnr(t, s.c, 1)
	fillNewMoment(d, pnr, "Greta Gran")
	d.waitFor("the error", func() bool { fp, ok := d.top().(*forms.Page); return ok && fp.Err() != "" })
	scr := d.screen()
	for _, want := range []string{"Något gick fel. (Teknisk text: attempt to write a readonly database)", pnr.Formatted(), "Greta Gran"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after the failed write the form lacks %q:\n%s", want, scr)
		}
	}
	if len(s.writes()) != 0 {
		t.Fatalf("written: %v", s.writes())
	}
	// The values are kept: once the database can be written, enter through
	// the form saves what was typed the first time.
	s.mu.Lock()
	s.fail = nil
	s.mu.Unlock()
	for range 10 {
		if d.top() == nil {
			break
		}
		d.press("enter")
	}
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	found := false
	for _, m := range s.c.Moments {
		if m.PNR == pnr && m.Program == "angesthjalpen" && m.Diagnosis == "F41.1" {
			found = true
		}
	}
	if !found {
		t.Errorf("the retried write lost what was typed: %v", s.writes())
	}
}

func TestConflictRefusedThenRetried(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an open module", withOpenModule)
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("i")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	s.bump(mo.ID) // another window writes to the moment
	d.press("enter", "enter", "enter")
	d.waitFor("the refusal", func() bool { fp, ok := d.top().(*forms.Page); return ok && fp.Err() != "" })
	if !strings.Contains(d.screen(), "Momentet har ändrats i ett annat fönster – uppdaterat, försök igen") {
		t.Errorf("no conflict message:\n%s", d.screen())
	}
	if len(s.writes()) != 0 {
		t.Fatalf("a stale write was applied: %v", s.writes())
	}
	fp := d.top().(*forms.Page)
	d.waitFor("the fresh version", func() bool { return fp.Spec().Version == s.moment(mo.ID).Version })
	d.press("enter", "enter", "enter")
	d.waitFor("the retried write", func() bool { return len(s.writes()) == 1 })
}

func TestUndoTakesBackTheLastAction(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	before := s.moment(mo.ID)
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	d.press("esc", "u")
	d.waitFor("the confirmation", func() bool { _, ok := d.top().(*confirm.Page); return ok })
	if !strings.Contains(d.screen(), "Ångra: Återkoppling sparad") {
		t.Errorf("the confirmation does not name the write:\n%s", d.screen())
	}
	if w := s.writes(); len(w) != 1 {
		t.Fatalf("u undid before the confirmation: %v", w)
	}
	d.press("j")
	d.waitFor("the undo", func() bool { return strings.Contains(d.screen(), "Ångrat: Återkoppling sparad") })
	after := s.moment(mo.ID)
	if len(after.Modules) != len(before.Modules) || !after.Modules[len(after.Modules)-1].Feedback.Equal(before.Modules[len(before.Modules)-1].Feedback) {
		t.Errorf("undo left modules %+v, before %+v", after.Modules, before.Modules)
	}
	d.press("u")
	if !strings.Contains(d.screen(), "Inget att ångra") {
		t.Errorf("a second undo is not refused:\n%s", d.screen())
	}
}

func TestUndoRefusedOnConflict(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an open module", withOpenModule)
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("i")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	s.bump(mo.ID)
	v := s.moment(mo.ID).Version
	d.press("u", "j")
	d.waitFor("the refusal", func() bool { return strings.Contains(d.screen(), "Kan inte ångra") })
	if got := s.moment(mo.ID).Version; got != v || len(s.writes()) != 1 {
		t.Errorf("a refused undo changed the moment: version %d → %d, writes %v", v, got, s.writes())
	}
}

// readOnlyStore is a store opened on a file it may not write.
type readOnlyStore struct{ *fakeStore }

func (readOnlyStore) ReadOnly() bool { return true }

func TestReadOnlyRefusesActionsAtOnce(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "an open module", withOpenModule)
	d := newDriver(t, readOnlyStore{s}, 120, 40, "sv")
	d.selectMoment(mo.ID)
	for _, k := range []string{"n", "i", "f", "m", "e", "a", "u"} {
		d.press(k)
		if d.top() != nil || !strings.Contains(d.screen(), "skrivskyddad") {
			t.Errorf("%s on a read-only database: page %T, screen:\n%s", k, d.top(), d.screen())
		}
	}
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	c := d.top().(*composer.Page)
	d.press("ctrl+y")
	d.waitFor("the copy", func() bool { return strings.Contains(c.Info(), "Sparat i") })
	if len(s.writes()) != 0 {
		t.Errorf("a read-only copy wrote %v", s.writes())
	}
}

// TestHeaderNamesTheFileAndReadOnly (issue 14): the header names the
// database file, and a read-only one says "skrivskyddad" before any key.
func TestHeaderNamesTheFileAndReadOnly(t *testing.T) {
	for _, sz := range [][2]int{{200, 60}, {120, 40}, {80, 24}, {60, 20}} {
		d := newDriver(t, readOnlyStore{fakeDemo()}, sz[0], sz[1], "sv")
		d.m.opts.DBName = "ikbt.db"
		head := strings.SplitN(d.screen(), "\n", 2)[0]
		if !strings.Contains(head, "skrivskyddad") {
			t.Errorf("%dx%d: the header does not say read-only: %q", sz[0], sz[1], head)
		}
		if sz[0] >= 80 && !strings.Contains(head, "ikbt.db") {
			t.Errorf("%dx%d: the header does not name the file: %q", sz[0], sz[1], head)
		}
	}
}
