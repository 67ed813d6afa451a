package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/pages/module"

	tea "charm.land/bubbletea/v2"
)

// results runs cmd and returns the messages it produces in the order the
// program could deliver them: a Batch's commands run concurrently, so any
// order is possible, and worst is the reverse of the order they were
// written in; a Sequence's messages keep their order.
func results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for i := len(b) - 1; i >= 0; i-- {
			out = append(out, results(b[i])...)
		}
		return out
	}
	if seq, ok := sequence(msg); ok {
		var out []tea.Msg
		for _, c := range seq {
			out = append(out, results(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// A module text opened after another has been rendered once renders fast;
// its text may then come back before the page is on the stack. The page
// must still show it, not "Förbereder texten …" for ever.
func TestModuleTextArrivingBeforeItsPage(t *testing.T) {
	for _, from := range []struct {
		name string
		keys []string
	}{
		{"program list", []string{"p", "down", "enter", "down"}},
		{"moment page", []string{"enter", "down"}},
	} {
		t.Run(from.name, func(t *testing.T) {
			m := start(t, demoData(), 100, 30, "sv", "")
			press(m, from.keys...)
			_, cmd := m.Update(keyMsg("enter"))
			for _, msg := range results(cmd) {
				send(m, msg)
			}
			if len(m.pages) == 0 {
				t.Fatal("no page opened")
			}
			if _, ok := m.pages[len(m.pages)-1].(*module.Page); !ok {
				t.Fatalf("top page is %T, not a module text", m.pages[len(m.pages)-1])
			}
			if s := screen(m); strings.Contains(s, "Förbereder texten") || !strings.Contains(s, "Syfte") {
				t.Errorf("module text not shown:\n%s", s)
			}
		})
	}
}
