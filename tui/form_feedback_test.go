package tui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/forms"
)

// livsbalansenStore is a fresh database with one Livsbalansen moment "lb":
// modules 1–5 opened weekly from 2026-10-11, 1–4 given feedback, module 5
// submitted on 2026-11-11; the challenge area and optional tracks as given.
func livsbalansenStore(t *testing.T, challenge string, addons ...string) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ikbt.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := caseload.Patient{PNR: "189506299818", Name: "Signe Ek"}
	start := today.AddDays(-43)
	m := caseload.Moment{ID: "lb", PNR: p.PNR, Program: "livsbalansen", Clinician: "Anna", Started: start,
		FeedbackDay: time.Monday, Status: caseload.Active, Diagnosis: "F43.8", Challenge: challenge, Addons: addons}
	for i := range 5 {
		opened := start.AddDays(7 * i).Start().Add(9 * time.Hour)
		e := caseload.ModuleEvent{Module: string(rune('1' + i)), Opened: opened, Submitted: opened.Add(72 * time.Hour)}
		if i < 4 {
			e.Feedback = opened.Add(7 * 24 * time.Hour)
		}
		m.Modules = append(m.Modules, e)
	}
	if _, err := st.AddMoment(p, m); err != nil {
		t.Fatal(err)
	}
	return st, path
}

// giveFeedback presses f on moment lb, takes the earliest pending module
// and the next base module as offered, picks the challenge area (when
// given) and the time (when given, else now), and saves; it returns what
// the form said it would open and the note the composer drafted.
func giveFeedback(t *testing.T, d *driver, challenge, when string) (info, note string) {
	t.Helper()
	d.selectMoment("lb")
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	d.press("enter", "enter") // the earliest pending module; the next base module as offered
	if challenge != "" {
		for i := 0; fp.Form().GetFocusedField().GetValue() != challenge; i++ {
			if i > 8 {
				t.Fatalf("the form offers no challenge area %q:\n%s", challenge, d.screen())
			}
			d.press("down")
		}
		d.press("enter")
	}
	info = fp.Spec().Info()
	if when != "" {
		for range len("2026-11-23T10:00") {
			d.press("backspace")
		}
		d.press(when)
	}
	d.press("enter")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	note = d.top().(*composer.Page).Text()
	d.press("esc")
	d.settle()
	return info, note
}

func eventOf(t *testing.T, m caseload.Moment, key string) caseload.ModuleEvent {
	t.Helper()
	for _, e := range m.Modules {
		if e.Module == key {
			return e
		}
	}
	return caseload.ModuleEvent{Module: key}
}

// The weekly flow of Livsbalansen through the challenge area, on a real
// database: module 5's feedback asks for the challenge area and opens
// module 6 with its part 1; the next week module 6 opens 7 and the part's
// feedback opens part 2, and the note names the part.
func TestFeedbackChallengeAreaRealStore(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	st, path := livsbalansenStore(t, "")
	d := newDriver(t, st, 120, 40, "sv")

	info, _ := giveFeedback(t, d, "oro", "2026-11-15T09:00")
	if !strings.Contains(info, "6 · Börja utmana dig") || !strings.Contains(info, "Oro 1") {
		t.Errorf("the form did not say what opens: %q", info)
	}
	m := reread(t, path, "lb")
	if m.Challenge != "oro" {
		t.Errorf("challenge %q, want oro", m.Challenge)
	}
	fb := eventOf(t, m, "5").Feedback
	if fb.IsZero() || eventOf(t, m, "6").Opened != fb || eventOf(t, m, "oro/1").Opened != fb {
		t.Errorf("module 5 feedback, 6 and oro/1 not opened in the one write: %+v", m.Modules)
	}
	if m.Version != 2 {
		t.Errorf("version %d after one action, want 2", m.Version)
	}
	if !strings.Contains(d.screen(), "Oro") {
		t.Errorf("the detail does not show the challenge area:\n%s", d.screen())
	}

	// The next week: the patient submits module 6 and oro/1.
	sub := fb.Add(72 * time.Hour)
	for _, k := range []string{"6", "oro/1"} {
		if _, err := st.SubmitModule("lb", m.Version, k, sub); err != nil {
			t.Fatal(err)
		}
		m = reread(t, path, "lb")
	}
	d.press("ctrl+r")
	d.settle()
	giveFeedback(t, d, "", "2026-11-23T10:00") // module 6: opens 7, asks nothing
	m = reread(t, path, "lb")
	if eventOf(t, m, "7").Opened.IsZero() || !eventOf(t, m, "oro/2").Opened.IsZero() {
		t.Errorf("feedback on module 6: %+v", m.Modules)
	}
	// oro/1, a write of its own later that day: opens oro/2, not another
	// base module, and the note names module 6 and the part.
	info, note := giveFeedback(t, d, "", "2026-11-23T10:20")
	m = reread(t, path, "lb")
	if eventOf(t, m, "oro/1").Feedback.IsZero() || eventOf(t, m, "oro/2").Opened.IsZero() {
		t.Errorf("feedback on oro/1 did not open oro/2: %+v", m.Modules)
	}
	if !eventOf(t, m, "8").Opened.IsZero() {
		t.Errorf("feedback on a track part opened module 8: %+v", m.Modules)
	}
	if !strings.Contains(info, "Oro 2") || strings.Contains(info, "8 ·") {
		t.Errorf("the form said %q", info)
	}
	for _, want := range []string{"modul 6", "I den första delen av Oro", "Patienten har valt utmaningsområdet Oro"} {
		if !strings.Contains(note, want) {
			t.Errorf("the note after feedback on oro/1 lacks %q:\n%s", want, note)
		}
	}
}

func TestFeedbackChallengeAreaPrefilled(t *testing.T) {
	st, path := livsbalansenStore(t, "perfektionism", "battre-somn")
	d := newDriver(t, st, 120, 40, "sv")
	d.selectMoment("lb")
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter")
	fp := d.top().(*forms.Page)
	if v := fp.Form().GetFocusedField().GetValue(); v != "perfektionism" {
		t.Fatalf("the challenge area shows %v, want the one chosen at the start", v)
	}
	d.press("enter", "enter")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	m := reread(t, path, "lb")
	var opened []string
	for _, e := range m.Modules {
		if !e.Opened.IsZero() && e.Opened == eventOf(t, m, "5").Feedback {
			opened = append(opened, e.Module)
		}
	}
	slices.Sort(opened)
	// The optional track the moment has starts too: it runs from module 1.
	if want := []string{"6", "battre-somn/1", "perfektionism/1"}; !slices.Equal(opened, want) || m.Challenge != "perfektionism" {
		t.Errorf("opened %v (challenge %q), want %v", opened, m.Challenge, want)
	}
}

// Esc on the challenge question writes nothing.
func TestFeedbackChallengeEscWritesNothing(t *testing.T) {
	st, path := livsbalansenStore(t, "")
	d := newDriver(t, st, 120, 40, "sv")
	d.selectMoment("lb")
	d.press("f")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	d.press("enter", "enter", "down", "down", "esc")
	d.settle()
	if m := reread(t, path, "lb"); m.Version != 1 || m.Challenge != "" || len(m.Modules) != 5 {
		t.Errorf("esc wrote: %+v", m)
	}
}
