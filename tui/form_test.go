package tui

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Random keys with the forms, composer and phrase picker really open.
// TestRandomKeysWithActions drives the app through the plain harness,
// which drops tea.Sequence's message and so never pushes a page that
// common.PushCmd opens: no form is ever on screen there. The driver runs
// sequences as the program does.
func TestRandomKeysInForms(t *testing.T) {
	if testing.Short() {
		t.Skip("random keys and resizes: slow; go test without -short runs them")
	}
	keys := []string{"enter", "enter", "esc", "tab", "shift+tab", "up", "down", "left", "right", "backspace", "space",
		"2", "4", "9", "x", "ä", "/", "?", "q", "ctrl+y", "ctrl+s", "ctrl+p", "ctrl+t",
		"n", "i", "f", "m", "H", "e", "a", "c", "u", "P"}
	opened := map[string]bool{}
	for seed := range uint64(2) {
		for _, sz := range [][2]int{{80, 24}, {40, 12}} {
			r := rand.New(rand.NewPCG(seed, 11))
			d := newDriver(t, fakeDemo(), sz[0], sz[1], "sv")
			var hist []string
			for range 120 {
				k := keys[r.IntN(len(keys))]
				hist = append(hist, k)
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Fatalf("panic %v at %dx%d after %v", p, sz[0], sz[1], hist)
						}
					}()
					d.press(k)
				}()
				if p := d.top(); p != nil {
					opened[typeName(p)] = true
				}
				s := d.screen()
				if n := len(strings.Split(s, "\n")); n != sz[1] {
					t.Fatalf("%dx%d: %d lines after %v:\n%s", sz[0], sz[1], n, hist[max(0, len(hist)-8):], s)
				}
			}
		}
	}
	for _, want := range []string{"*forms.Page", "*composer.Page", "*phrasepicker.Page"} {
		if !opened[want] {
			t.Errorf("no %s was ever opened (opened: %v)", want, opened)
		}
	}
}
