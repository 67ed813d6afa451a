package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/pages/moment"
)

// Every action key works on the moment page, so its full help lists each
// of them, in both languages and at 80×24.
func TestMomentPageHelpListsTheActions(t *testing.T) {
	for _, l := range []Lang{"sv", "en"} {
		m := start(t, demoData(), 80, 24, l, "")
		press(m, "enter", "?")
		if _, ok := m.pages[len(m.pages)-1].(*moment.Page); !ok {
			t.Fatalf("%s: top page is %T", l, m.pages[len(m.pages)-1])
		}
		s := screen(m)
		for _, b := range m.ctx.Keys.Actions.List() {
			h := b.Help()
			if !strings.Contains(s, h.Key) || !strings.Contains(s, h.Desc) {
				t.Errorf("%s: the moment page's help lacks %s %s:\n%s", l, h.Key, h.Desc, s)
			}
		}
	}
}
