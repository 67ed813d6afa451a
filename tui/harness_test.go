package tui

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	res "github.com/ikbt/ikbt/results"
	"github.com/ikbt/ikbt/worklist"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// today is the fixed day of every test.
var today = caseload.NewDate(2026, time.November, 23)

// memData is Data over a caseload in memory.
type memData struct {
	c       caseload.Caseload
	version int64
	fail    error
	loads   int          // Worklist calls
	reports []res.Filter // Report calls (issue 17)
}

func (d *memData) Worklist(cat *programs.Catalogue, day caseload.Date, clinician string) (worklist.Worklist, error) {
	d.loads++
	if d.fail != nil {
		return worklist.Worklist{}, d.fail
	}
	c := d.c
	if clinician != "" {
		c.Moments = nil
		for _, m := range d.c.Moments {
			if m.Clinician == clinician {
				c.Moments = append(c.Moments, m)
			}
		}
		// As the store (lifecycleFilter): one clinician's referrals (issue 16).
		c.Referrals = nil
		for _, r := range d.c.Referrals {
			if r.Clinician == clinician {
				c.Referrals = append(c.Referrals, r)
			}
		}
	}
	return worklist.Compute(c, cat, day), nil
}

func (d *memData) Moment(id string) (caseload.Moment, caseload.Patient, error) {
	for _, m := range d.c.Moments {
		if m.ID == id {
			for _, p := range d.c.Patients {
				if p.PNR == m.PNR {
					return m, p, nil
				}
			}
			return m, caseload.Patient{}, errors.New("no patient")
		}
	}
	return caseload.Moment{}, caseload.Patient{}, errors.New("no such moment")
}

func (d *memData) DataVersion() (int64, error) { return d.version, nil }

func demoData() *memData { return &memData{c: demo.Generate(today, demo.Handmade)} }

// start builds the app on d at w×h and runs its first load.
func start(t testing.TB, d Data, w, h int, lang Lang, clinician string) *Model {
	t.Helper()
	return startWith(t, catalogue(), d, w, h, lang, clinician)
}

// startWith is start on the given catalogue.
func startWith(t testing.TB, cat *programs.Catalogue, d Data, w, h int, lang Lang, clinician string) *Model {
	t.Helper()
	m := startLanded(t, cat, d, w, h, lang, clinician)
	// Most tests are about the moments tab; the app itself opens on the
	// day's most urgent item (issue 14), which startLanded keeps.
	m.setTab(tabMoments)
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// startLanded is the app as it opens: on the most urgent item's tab.
func startLanded(t testing.TB, cat *programs.Catalogue, d Data, w, h int, lang Lang, clinician string) *Model {
	t.Helper()
	m := New(wire(Options{Data: d, Catalogue: cat, Today: today, Clinician: clinician, Lang: lang, DBName: "ikbt.db"}))
	run(m, m.Init())
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// send gives m a message and runs the commands it returns.
func send(m *Model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	run(m, cmd)
}

// run executes cmd and feeds its messages back, as the program would.
// Commands that wait (ticks, cursor blinks) are dropped.
func run(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(2 * time.Second):
		return
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
	case tea.BatchMsg:
		for _, c := range msg {
			run(m, c)
		}
	default:
		if isTimer(msg) {
			return
		}
		send(m, msg)
	}
}

// isTimer tells messages of waiting commands (cursor blink) by type name.
func isTimer(msg tea.Msg) bool {
	n := strings.ToLower(typeName(msg))
	return strings.Contains(n, "blink") || strings.Contains(n, "tick")
}

// key builds a key press from its name, as key.Matches sees it.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown},
		"left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight}, "pgdown": {Code: tea.KeyPgDown},
		"pgup": {Code: tea.KeyPgUp}, "backspace": {Code: tea.KeyBackspace}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+r": {Code: 'r', Mod: tea.ModCtrl}, "space": {Code: tea.KeySpace, Text: " "}, "home": {Code: tea.KeyHome},
		"end": {Code: tea.KeyEnd}, "f5": {Code: tea.KeyF5},
	}
	if s, ok := special[k]; ok {
		return tea.KeyPressMsg(s)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys; a key name longer than one rune that is not special
// is typed letter by letter.
func press(m *Model, keys ...string) {
	for _, k := range keys {
		if len([]rune(k)) > 1 && keyMsg(k).Text == k {
			for _, r := range k {
				send(m, keyMsg(string(r)))
			}
			continue
		}
		send(m, keyMsg(k))
	}
}

// screen is what the terminal shows, without styles.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tui -update to create it)", err)
	}
	if string(want) != got {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		line := 0
		for line < min(len(gl), len(wl)) && gl[line] == wl[line] {
			line++
		}
		at := func(ls []string) string {
			if line < len(ls) {
				return ls[line]
			}
			return "(end)"
		}
		t.Errorf("%s differs from line %d (go test ./tui -run %s -update rewrites it):\n got: %q\nwant: %q\n--- got\n%s", path, line+1, t.Name(), at(gl), at(wl), got)
	}
}

// checkFrame asserts that a frame is exactly w×h cells.
func checkFrame(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Errorf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, lw, w, l)
		}
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
