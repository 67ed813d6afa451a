package tui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/confirm"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/worklist"
)

// realStore opens a fresh database with the demo caseload.
func realStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ikbt.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Import(demo.Generate(today, demo.Handmade)); err != nil {
		t.Fatal(err)
	}
	return st, path
}

// reread opens the file again, as the next start of the app would.
func reread(t *testing.T, path, id string) caseload.Moment {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, _, err := st.Moment(id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRealStoreMeasurementFlagFeedbackNote(t *testing.T) {
	st, path := realStore(t)
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	flagged := map[string]bool{}
	for _, f := range worklist.Compute(c, catalogue(), today).Flags {
		flagged[f.Moment] = true
	}
	quiet := pick(t, c, "an active moment without flags", func(m *caseload.Moment) bool {
		return m.Status == caseload.Active && !flagged[m.ID]
	})
	d := newDriver(t, st, 120, 40, "sv")

	// A MADRS-S with item 9 = 4.
	d.selectMoment(quiet.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
		d.press("up")
	}
	d.press("enter", "enter", "enter", "2 2 2 2 2 2 2 2 4", "enter", "enter")
	d.waitFor("the red flag", func() bool {
		return slices.ContainsFunc(d.m.wl.Flags, func(f worklist.Flag) bool { return f.Moment == quiet.ID && f.Kind == caseload.FlagMADRS9 })
	})
	m := reread(t, path, quiet.ID)
	if !slices.ContainsFunc(m.Measurements, func(x caseload.Measurement) bool {
		return x.Instrument == "MADRS-S" && x.Total == 20 && x.Item9 == 4 && len(x.Items) == 9
	}) {
		t.Errorf("measurement not in the database: %+v", m.Measurements)
	}

	// Handle it: it leaves the list and stays in the history.
	d.selectMoment(quiet.ID)
	d.press("H")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter", "Ringde, ingen akut risk", "enter")
	d.waitFor("the flag to leave", func() bool {
		return !slices.ContainsFunc(d.m.wl.Flags, func(f worklist.Flag) bool { return f.Moment == quiet.ID && f.Kind == caseload.FlagMADRS9 })
	})
	m = reread(t, path, quiet.ID)
	if !slices.ContainsFunc(m.Flags, func(f caseload.Flag) bool {
		return f.Kind == caseload.FlagMADRS9 && f.Note == "Ringde, ingen akut risk"
	}) {
		t.Errorf("handled flag not in the database: %+v", m.Flags)
	}
	// Issue 13: then the red-flag note opens, with what H recorded; copying
	// it records it in the moment's history.
	d.waitFor("the flag note", func() bool { c, ok := d.top().(*composer.Page); return ok && c.Kind() == phrases.KindFlag })
	fc := d.top().(*composer.Page)
	if !strings.Contains(fc.Text(), "Ringde, ingen akut risk") || !strings.Contains(fc.Text(), "Madrs") && !strings.Contains(fc.Text(), "poäng: 4") {
		t.Errorf("the flag note lacks the H form's words or the score:\n%s", fc.Text())
	}
	d.press("ctrl+y")
	d.waitFor("the flag note in the history", func() bool {
		h := reread(t, path, quiet.ID).History
		return len(h) == 1 && h[0].Kind == "flag" && h[0].Text == fc.Text()
	})
	d.press("esc")
	d.waitFor("the worklist", func() bool { return d.top() == nil })

	// Feedback, then the note copied and saved with the moment.
	pend := pick(t, c, "a submitted module and a next one", withPendingModule)
	module := pend.AwaitingFeedback()[0].Module
	next := mustProgram(pend.Program).NextBaseModule(&pend)
	d.selectMoment(pend.ID)
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	cp := d.top().(*composer.Page)
	text := cp.Text()
	d.press("ctrl+y")
	d.waitFor("the note saved", func() bool { return cp.NoteID() != 0 && strings.Contains(cp.Info(), "Sparat i") })
	m = reread(t, path, pend.ID)
	var fb, opened bool
	for _, e := range m.Modules {
		fb = fb || (e.Module == module && !e.Feedback.IsZero())
		opened = opened || (e.Module == next && !e.Opened.IsZero())
	}
	if !fb || !opened {
		t.Errorf("feedback on %s %v, module %s opened %v: %+v", module, fb, next, opened, m.Modules)
	}
	if len(m.Notes) == 0 || m.Notes[len(m.Notes)-1].Text != text || m.Notes[len(m.Notes)-1].Copied.IsZero() {
		t.Errorf("note in the database: %+v", m.Notes)
	}
}

func TestRealStoreFailedWriteKeepsInput(t *testing.T) {
	st, path := realStore(t)
	before, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 120, 40, "sv")
	st.Close() // the database goes away under the app: every write fails
	pnr := freshPnr(t, before, 2)
	fillNewMoment(d, pnr, "Greta Gran")
	d.waitFor("the error", func() bool { fp, ok := d.top().(*forms.Page); return ok && fp.Err() != "" })
	scr := d.screen()
	for _, want := range []string{"Något gick fel", pnr.Formatted(), "Greta Gran"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after the failed write the form lacks %q:\n%s", want, scr)
		}
	}
	st2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	after, err := st2.Export()
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Moments) != len(before.Moments) || len(after.Patients) != len(before.Patients) {
		t.Errorf("the database changed: %d → %d moments", len(before.Moments), len(after.Moments))
	}
}

func TestRealStoreConflictFromSecondWindow(t *testing.T) {
	st, path := realStore(t)
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	mo := pick(t, c, "an open module", withOpenModule)
	d := newDriver(t, st, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("i")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })

	// The other window: its own handle on the same file.
	other, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	cur, _, err := other.Moment(mo.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.AddMessage(mo.ID, cur.Version, caseload.Message{From: caseload.FromClinician, At: caseload.NewStamp(2026, 11, 23, 9, 0)}); err != nil {
		t.Fatal(err)
	}

	d.press("enter", "enter", "enter")
	d.waitFor("the refusal", func() bool { fp, ok := d.top().(*forms.Page); return ok && fp.Err() != "" })
	if !strings.Contains(d.screen(), "Momentet har ändrats i ett annat fönster – uppdaterat, försök igen") {
		t.Errorf("no conflict message:\n%s", d.screen())
	}
	m := reread(t, path, mo.ID)
	if m.Version != cur.Version+1 {
		t.Errorf("a stale write was applied: version %d, want %d", m.Version, cur.Version+1)
	}
	fp := d.top().(*forms.Page)
	d.waitFor("the fresh version", func() bool { return fp.Spec().Version == m.Version })
	d.press("enter", "enter", "enter")
	d.waitFor("the retried write", func() bool { return d.top() == nil })
	m = reread(t, path, mo.ID)
	if len(m.Messages) != len(cur.Messages)+1 || !slices.ContainsFunc(m.Modules, func(e caseload.ModuleEvent) bool {
		return !e.Submitted.IsZero() && e.Module == cur.InProgress()[0].Module
	}) {
		t.Errorf("after the retry: messages %d (want %d), modules %+v", len(m.Messages), len(cur.Messages)+1, m.Modules)
	}
}

func TestRealStoreUndo(t *testing.T) {
	st, path := realStore(t)
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	mo := pick(t, c, "a submitted module and a next one", withPendingModule)
	before := reread(t, path, mo.ID)
	d := newDriver(t, st, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "enter")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	d.press("esc", "u", "j")
	d.waitFor("the undo", func() bool { return strings.Contains(d.screen(), "Ångrat") })
	after := reread(t, path, mo.ID)
	if len(after.Modules) != len(before.Modules) {
		t.Errorf("undo left %d modules, before %d", len(after.Modules), len(before.Modules))
	}
	for i := range before.Modules {
		if !after.Modules[i].Feedback.Equal(before.Modules[i].Feedback) {
			t.Errorf("module %s feedback %v after undo, %v before", before.Modules[i].Module, after.Modules[i].Feedback, before.Modules[i].Feedback)
		}
	}
}

func TestRealStoreNewMoment(t *testing.T) {
	st, path := realStore(t)
	d := newDriver(t, st, 120, 40, "sv")
	pnr := personnummer.Published()[3]
	var known string
	for _, r := range d.m.wl.Moments {
		if r.PNR == pnr.String() {
			known = r.Name
		}
	}
	d.press("n", pnr.Formatted())
	if known != "" && !strings.Contains(d.screen(), "patienten finns: "+known) {
		t.Errorf("the form does not say the patient exists:\n%s", d.screen())
	}
	d.press("esc")
	// A known personnummer keeps its stored name (issue 14); the moment
	// goes to a personnummer not in the file.
	c0, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	pnr = freshPnr(t, c0, 0)
	fillNewMoment(d, pnr, "Nils Nyström")
	d.waitFor("the form to close", func() bool { return d.top() == nil })
	st2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	c, err := st2.Export()
	if err != nil {
		t.Fatal(err)
	}
	var got *caseload.Moment
	for i := range c.Moments {
		if m := &c.Moments[i]; m.PNR == pnr && m.Program == "angesthjalpen" && m.Started.Equal(today) {
			got = m
		}
	}
	if got == nil {
		t.Fatal("the new moment is not in the database")
	}
	if got.Diagnosis != "F41.1" || len(got.Modules) != 1 || got.Modules[0].Module != "1" || !got.Modules[0].Opened.Equal(today.Start()) {
		t.Errorf("new moment stored as %+v", *got)
	}
	if !slices.ContainsFunc(c.Patients, func(p caseload.Patient) bool { return p.PNR == pnr && p.Name == "Nils Nyström" }) {
		t.Errorf("patient not stored")
	}
}

// TestRealStoreUndoManySteps (issue 14): two MADRS-S answers on one
// moment, a note draft between them, then both undone, each named and
// confirmed first; the red-flag answer's confirmation says so.
func TestRealStoreUndoManySteps(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	st, path := realStore(t)
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	quiet := pick(t, c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	before := reread(t, path, quiet.ID)
	d := newDriver(t, st, 120, 40, "sv")
	d.selectMoment(quiet.ID)
	measure := func(items, when string) {
		d.press("m")
		d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
		fp := d.top().(*forms.Page)
		for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
			d.press("up")
		}
		d.press("enter", "enter", "enter", items, "enter")
		d.press("ctrl+u") // the time field: clear today's minute
		d.press(when, "enter")
		d.waitFor("the write", func() bool { return d.top() == nil })
	}
	measure("2 2 2 2 2 2 2 2 1", "2026-11-23T09:15")
	measure("2 2 2 2 2 2 2 2 5", "2026-11-23T10:12")
	if n := len(reread(t, path, quiet.ID).Measurements); n != len(before.Measurements)+2 {
		t.Fatalf("%d measurements after two writes", n)
	}
	d.press("u")
	d.waitFor("the confirmation", func() bool { _, ok := d.top().(*confirm.Page); return ok })
	for _, want := range []string{"Ångra: MADRS-S 2026-11-23T10:12", "RÖD FLAGGA", "Steg kvar att ångra efter detta: 1"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("the first confirmation lacks %q:\n%s", want, d.screen())
		}
	}
	d.press("j")
	d.waitFor("the first undo", func() bool { return strings.Contains(d.screen(), "Ångrat: MADRS-S") })
	d.press("u")
	d.waitFor("the second confirmation", func() bool { _, ok := d.top().(*confirm.Page); return ok })
	if !strings.Contains(d.screen(), "Ångra: MADRS-S 2026-11-23T09:15") {
		t.Errorf("the second confirmation:\n%s", d.screen())
	}
	d.press("j")
	d.waitFor("the second undo", func() bool {
		return len(reread(t, path, quiet.ID).Measurements) == len(before.Measurements)
	})
	if strings.Contains(d.screen(), "Kan inte ångra") {
		t.Errorf("the second undo was refused:\n%s", d.screen())
	}
}
