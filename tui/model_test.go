package tui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/common"

	tea "charm.land/bubbletea/v2"
)

// pageKeys reach every screen: worklist tabs, filter, moment page, module
// text, programs, help.
var pageKeys = [][]string{
	nil, {"tab"}, {"3"}, {"4"}, {"/", "a"}, {"enter"}, {"enter", "enter"}, {"p"}, {"p", "enter"}, {"p", "enter", "enter"}, {"?"}, {"s", "x"},
}

func TestTinyTerminals(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {30, 8}, {29, 8}, {20, 5}, {1, 1}, {0, 0}, {200, 3}, {3, 200}} {
		for _, keys := range pageKeys {
			m := start(t, demoData(), sz[0], sz[1], "sv", "")
			press(m, keys...)
			s := screen(m)
			if sz[0] == 0 || sz[1] == 0 {
				if s != "" {
					t.Errorf("%dx%d: want an empty frame, got %q", sz[0], sz[1], s)
				}
				continue
			}
			checkFrame(t, s, sz[0], min(sz[1], len(strings.Split(s, "\n"))))
			if n := len(strings.Split(s, "\n")); n > sz[1] {
				t.Errorf("%dx%d after %v: %d lines", sz[0], sz[1], keys, n)
			}
		}
	}
	// 40×12 is a reduced but real view: the worklist, not only a note.
	m := start(t, demoData(), 40, 12, "sv", "")
	s := screen(m)
	// 3 red flags: the demo referral's assessment answer is one (issue 16).
	for _, want := range []string{"ikbt", "Moment", common.Gutter, "RÖD FLAGGA: 3"} {
		if !strings.Contains(s, want) {
			t.Errorf("40x12 lacks %q:\n%s", want, s)
		}
	}
	golden(t, "tiny_40x12", s)
	m = start(t, demoData(), 20, 5, "sv", "")
	if s := screen(m); !strings.Contains(s, "minst") {
		t.Errorf("20x5 should ask for a bigger window:\n%s", s)
	}
}

func TestResizeSequences(t *testing.T) {
	if testing.Short() {
		t.Skip("random keys and resizes: slow; go test without -short runs them")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, keys := range pageKeys {
		m := start(t, demoData(), 80, 24, "sv", "")
		press(m, keys...)
		for range 30 {
			w, h := r.IntN(160), r.IntN(60)
			send(m, tea.WindowSizeMsg{Width: w, Height: h})
			s := screen(m)
			if w > 0 && h > 0 {
				if n := len(strings.Split(s, "\n")); n > h {
					t.Fatalf("after %v at %dx%d: %d lines", keys, w, h, n)
				}
			}
		}
		// Back at the start size, the screen is the one a fresh start draws.
		send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		fresh := start(t, demoData(), 80, 24, "sv", "")
		press(fresh, keys...)
		if keys == nil && screen(m) != screen(fresh) {
			t.Errorf("after resizing back:\n%s\nfresh:\n%s", screen(m), screen(fresh))
		}
		checkFrame(t, screen(m), 80, 24)
	}
}

func TestUnknownAndRandomKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("random keys and resizes: slow; go test without -short runs them")
	}
	keys := []string{"f5", "ä", "Ö", "€", "z", "ctrl+r", "home", "end", "pgup", "pgdown", "space", "backspace",
		"left", "right", "up", "down", "tab", "shift+tab", "enter", "esc", "x", "s", "/", "p", "1", "2", "3", "4", "?", "G", "g", "j", "k"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		for _, d := range []func() *memData{demoData, func() *memData { return &memData{} }} {
			m := start(t, d(), sz[0], sz[1], "sv", "")
			for range 150 {
				press(m, keys[r.IntN(len(keys))])
				if s := screen(m); len(strings.Split(s, "\n")) != sz[1] {
					t.Fatalf("%dx%d: frame of %d lines", sz[0], sz[1], len(strings.Split(s, "\n")))
				}
			}
		}
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := start(t, demoData(), 80, 24, "sv", "")
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
	// In the filter q is a letter, but ctrl+c still quits.
	m := start(t, demoData(), 80, 24, "sv", "")
	press(m, "/")
	if _, cmd := m.Update(keyMsg("q")); cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Error("q quits while filtering")
		}
	}
	if _, cmd := m.Update(keyMsg("ctrl+c")); cmd == nil {
		t.Error("ctrl+c does nothing while filtering")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c does not quit while filtering")
	}
}

// TestRandomKeysWithActions presses random keys, the actions' keys
// included (forms, composer, phrase picker), at several sizes: never a
// panic, always a whole frame.
func TestRandomKeysWithActions(t *testing.T) {
	if testing.Short() {
		t.Skip("random keys and resizes: slow; go test without -short runs them")
	}
	keys := []string{"f5", "ä", "z", "ctrl+r", "pgup", "pgdown", "space", "backspace", "left", "right", "up", "down",
		"tab", "shift+tab", "enter", "esc", "x", "s", "/", "p", "1", "3", "?", "j", "k", "1", "2", "4", "n", "i", "f", "m", "H", "e", "a", "c", "u", "P"}
	for seed := range uint64(6) {
		r := rand.New(rand.NewPCG(seed, 9))
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}, {30, 8}} {
			m := start(t, demoData(), sz[0], sz[1], "sv", "")
			var hist []string
			for range 200 {
				k := keys[r.IntN(len(keys))]
				hist = append(hist, k)
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Fatalf("panic %v at %dx%d after %v", p, sz[0], sz[1], hist)
						}
					}()
					press(m, k)
					s := screen(m)
					if n := len(strings.Split(s, "\n")); n != sz[1] {
						t.Fatalf("%dx%d: %d lines after %v:\n%s", sz[0], sz[1], n, hist[max(0, len(hist)-8):], s)
					}
				}()
			}
		}
	}
}
