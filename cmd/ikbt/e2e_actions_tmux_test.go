package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/worklist"
)

// actionTargets are the demo moments the end-to-end test acts on: one
// with no open flag (it gets a red flag), one with a submitted module
// waiting for feedback; each patient's name picks one row only.
func actionTargets(t *testing.T, today caseload.Date) (quiet, pending worklist.MomentRow, submitted string, redFlags int) {
	t.Helper()
	c := demo.Generate(today, demo.Handmade)
	wl := worklist.Compute(c, programs.Default(), today)
	names := map[string]int{}
	for _, r := range wl.Moments {
		names[r.Name]++
	}
	flagged := map[string]bool{}
	for _, f := range wl.Flags {
		flagged[f.Moment] = true
		if f.Kind == caseload.FlagMADRS9 {
			redFlags++
		}
	}
	waiting := map[string]string{}
	for _, f := range wl.Feedback {
		if f.Reason == "module" {
			waiting[f.Moment] = f.Module
		}
	}
	for _, r := range wl.Moments {
		if names[r.Name] != 1 || r.Status != caseload.Active {
			continue
		}
		if quiet.Moment == "" && !flagged[r.Moment] && waiting[r.Moment] == "" {
			quiet = r
		}
		if pending.Moment == "" && waiting[r.Moment] != "" && r.Module < r.Modules && r.Moment != quiet.Moment {
			pending, submitted = r, waiting[r.Moment]
		}
	}
	if quiet.Moment == "" || pending.Moment == "" {
		t.Fatalf("the demo caseload has no moment to act on (quiet %q, pending %q)", quiet.Moment, pending.Moment)
	}
	return quiet, pending, submitted, redFlags
}

// TestActionsInTmux runs the real binary on a demo database in a real
// terminal: a MADRS-S with item 9 = 4 raises the red flag, handling it
// takes it away, feedback opens the note composer and ctrl+y copies the
// note to a file; after quitting, the same database opened again still
// holds every write.
func TestActionsInTmux(t *testing.T) {
	s := newTmux(t, "actions")
	today := caseload.NewDate(2026, time.November, 23)
	quiet, pending, submitted, red := actionTargets(t, today)
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	st, err := openDemo(db, today)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	state := filepath.Join(dir, "state")
	bin := buildBinary(t)
	exitFile := filepath.Join(dir, "exit")
	start := func() {
		os.Remove(exitFile)
		command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB -u DISPLAY -u WAYLAND_DISPLAY XDG_STATE_HOME=%s TERM=xterm-256color %s --db %s --today 2026-11-23; echo EXIT=$? > %s; sleep 30",
			state, bin, db, exitFile)
		s.start(120, 40, command)
	}
	quit := func() {
		s.keys("q")
		deadline := time.Now().Add(time.Minute) // rarely reached: the exit file ends the wait
		for time.Now().Before(deadline) {
			if b, err := os.ReadFile(exitFile); err == nil && len(b) > 0 {
				if got := strings.TrimSpace(string(b)); got != "EXIT=0" {
					t.Fatalf("ikbt ended with %s", got)
				}
				return
			}
			time.Sleep(40 * time.Millisecond)
		}
		t.Fatalf("ikbt did not exit after q; the pane shows:\n%s", s.capture())
	}
	// step sends one key and waits for the field it leads to: keys sent in
	// a burst could overtake the form's move to the next field.
	step := func(key, next string) {
		s.keys(key)
		s.waitText("┃ " + next)
	}
	redText := func(n int) string { return fmt.Sprintf("RÖD FLAGGA: %d", n) }
	filter := func(name string) {
		if strings.Contains(s.capture(), "Filter:") {
			// Esc alone, then wait: Esc followed at once by / reads as alt+/.
			s.keys("Escape")
			s.waitFor("the filter cleared", func(screen string) bool { return !strings.Contains(screen, "Filter:") })
		}
		s.keys("/")
		s.keys("-l", name)
		s.keys("Enter")
		s.waitText("Filter: " + name)
	}

	start()
	s.waitText("måndag 23 november 2026", redText(red))
	s.keys("1") // the app opens on the red flag (issue 14); these steps work from the moments

	// A MADRS-S with item 9 = 4: the form says so before saving, and the
	// red flag appears on the worklist after.
	filter(quiet.Name)
	step("m", "Skattningsskala")
	s.keys("g")
	s.waitText("> MADRS-S (")
	step("Enter", "Mättillfälle")
	step("Enter", "Inmatning")
	step("Enter", "MADRS-S: 9 frågor") // every item
	s.keys("-l", "2 2 2 2 2 2 2 2 4")
	s.waitText("Röd flagga: livslust 4", "Summa 20 av 54")
	step("Enter", "När")
	s.keys("Enter")
	s.waitText(redText(red+1), "MADRS-S sparad: 20")

	// Handle it on the Flaggor tab: it leaves the list.
	s.keys("3")
	s.waitText(quiet.Name)
	step("H", "Flagga")
	step("Enter", "Vem hanterade")
	step("Enter", "När")
	step("Enter", "Vad gjordes")
	s.keys("-l", "Ringde patienten, ingen akut risk")
	s.keys("Enter")
	s.waitText("Flaggan hanterad", redText(red))
	// Issue 13: then the red-flag note opens with what was recorded;
	// ctrl+y copies it (a note file) and esc closes it.
	s.waitText("Röd flagga – kontakt", "Ringde patienten, ingen")
	s.keys("C-y")
	s.waitText("Sparat i")
	s.keys("Escape")
	s.waitFor("the composer closed", func(screen string) bool { return !strings.Contains(screen, "Förhandsvisning") })

	// Feedback on the submitted module opens the next one and the note
	// composer; ctrl+y copies the note and writes the file.
	s.keys("1")
	filter(pending.Name)
	step("f", "Återkoppling på")
	step("Enter", "Öppna nästa modul")
	step("Enter", "När")
	s.keys("Enter")
	s.waitText("Journalanteckning", "Kontaktorsak:", "Förhandsvisning")
	s.keys("C-y")
	s.waitText("Sparat i")
	files, _ := filepath.Glob(filepath.Join(state, "ikbt", "notes", pending.Moment+"*.txt"))
	if len(files) != 1 {
		t.Fatalf("note files %v", files)
	}
	note, err := os.ReadFile(files[0])
	if err != nil || !strings.Contains(string(note), "Kontaktorsak: KBT via internet") || strings.Contains(string(note), "\x1b") {
		t.Errorf("the note file holds %q (%v)", note, err)
	}
	if fi, err := os.Stat(files[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the note file's mode is %v (%v)", fi.Mode().Perm(), err)
	}
	s.keys("Escape")
	s.waitText("Filter: " + pending.Name)
	quit()

	// Opened again: the flag is still handled and the writes are there.
	start()
	s.waitText("måndag 23 november 2026", redText(red))
	s.keys("1") // the app opens on the red flag (issue 14); these steps work from the moments
	quit()
	st, err = store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, _, err := st.Moment(quiet.Moment)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(m.Measurements, func(x caseload.Measurement) bool {
		return x.Instrument == "MADRS-S" && x.Total == 20 && x.Item9 == 4
	}) {
		t.Errorf("the measurement is not in the database: %+v", m.Measurements)
	}
	if !slices.ContainsFunc(m.Flags, func(f caseload.Flag) bool {
		return f.Kind == caseload.FlagMADRS9 && f.Note == "Ringde patienten, ingen akut risk"
	}) {
		t.Errorf("the handled flag is not in the database: %+v", m.Flags)
	}
	p, _, err := st.Moment(pending.Moment)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Notes) == 0 || p.Notes[len(p.Notes)-1].Copied.IsZero() || strings.TrimSpace(string(note)) != p.Notes[len(p.Notes)-1].Text {
		t.Errorf("the copied note is not in the database as copied: %+v", p.Notes)
	}
	if !slices.ContainsFunc(p.Modules, func(e caseload.ModuleEvent) bool {
		return e.Module == submitted && !e.Feedback.IsZero()
	}) {
		t.Errorf("the feedback is not in the database: %+v", p.Modules)
	}
}

// TestTwoWindowsInTmux runs two ikbt processes on one database: a write
// in one shows in the other without a key press (it polls), and a write
// made in the second against what the first has since changed is refused
// with a message, then succeeds when tried again.
func TestTwoWindowsInTmux(t *testing.T) {
	needTmux(t)
	today := caseload.NewDate(2026, time.November, 23)
	quiet, _, _, red := actionTargets(t, today)
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	st, err := openDemo(db, today)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	bin := buildBinary(t)
	window := func(name string) *tmuxSession {
		s := newTmux(t, "window-"+name)
		command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB -u DISPLAY -u WAYLAND_DISPLAY XDG_STATE_HOME=%s TERM=xterm-256color %s --db %s --today 2026-11-23; sleep 30",
			filepath.Join(dir, name), bin, db)
		s.start(120, 40, command)
		return s
	}
	a, b := window("a"), window("b")
	redText := func(n int) string { return fmt.Sprintf("RÖD FLAGGA: %d", n) }
	for _, s := range []*tmuxSession{a, b} {
		s.waitText("måndag 23 november 2026", redText(red))
		s.keys("1") // from the red flag's tab (issue 14) to the moments
		s.keys("/")
		s.keys("-l", quiet.Name)
		s.keys("Enter")
		s.waitText("Filter: " + quiet.Name)
	}
	step := func(s *tmuxSession, key, next string) {
		s.keys(key)
		s.waitText("┃ " + next)
	}
	measure := func(s *tmuxSession) {
		step(s, "m", "Skattningsskala")
		s.keys("g")
		s.waitText("> MADRS-S (")
		step(s, "Enter", "Mättillfälle")
		step(s, "Enter", "Inmatning")
		step(s, "Enter", "MADRS-S: 9 frågor")
		s.keys("-l", "2 2 2 2 2 2 2 2 4")
		s.waitText("Röd flagga: livslust 4")
		step(s, "Enter", "När")
	}

	// A writes; B shows it on its next poll, with no key pressed.
	measure(a)
	a.keys("Enter")
	a.waitText(redText(red + 1))
	b.waitText(redText(red + 1))

	// B starts a measurement; A handles the flag on the same moment first.
	measure(b)
	a.keys("3")
	step(a, "H", "Flagga")
	step(a, "Enter", "Vem hanterade")
	step(a, "Enter", "När")
	step(a, "Enter", "Vad gjordes")
	a.keys("-l", "Ringt")
	a.keys("Enter")
	a.waitText("Flaggan hanterad", redText(red))

	// B's write is refused, not applied over A's; B tries again and it goes in.
	b.keys("Enter")
	b.waitText("Momentet har ändrats i ett annat fönster – uppdaterat, försök igen")
	step(b, "Enter", "Mättillfälle")
	step(b, "Enter", "Inmatning")
	step(b, "Enter", "MADRS-S: 9 frågor")
	step(b, "Enter", "När")
	// Another time than A's answer: a flag is known by its measurement's
	// minute, and A handled the one of that minute.
	b.keys("C-u")
	b.keys("-l", "2026-11-23T08:05")
	b.keys("Enter")
	b.waitText("MADRS-S sparad: 20", redText(red+1))
	a.waitText(redText(red + 1))

	st, err = store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, _, err := st.Moment(quiet.Moment)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range m.Measurements {
		if x.Instrument == "MADRS-S" && x.Item9 == 4 {
			n++
		}
	}
	if n != 2 || !slices.ContainsFunc(m.Flags, func(f caseload.Flag) bool { return f.Note == "Ringt" }) {
		t.Errorf("after both windows: %d new MADRS-S, flags %+v", n, m.Flags)
	}
}
