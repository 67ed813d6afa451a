package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

// screens are the app's screens, reached by keys from the start.
var screens = []struct {
	name string
	keys []string
	data func() *memData
}{
	{"moments", nil, demoData},
	{"feedback", []string{"tab"}, demoData},
	{"flags", []string{"tab", "tab"}, demoData},
	{"measurements", []string{"4"}, demoData},
	// issue 16: the Bedömning tab (shift+tab wraps to it).
	{"assessments", []string{"5"}, demoData},
	{"handovers", []string{"6"}, demoData}, // issue 16
	{"detail", []string{"down", "enter"}, demoData},
	{"module", []string{"enter", "enter"}, demoData},
	{"modulescrolled", []string{"enter", "enter", "pgdown"}, demoData},
	{"help", []string{"?"}, demoData},
	{"filter", []string{"/", "dep", "enter"}, demoData},
	{"filtering", []string{"/", "gus"}, demoData},
	{"sorted", []string{"s", "s", "s"}, demoData},
	{"programs", []string{"p"}, demoData},
	{"programmodules", []string{"p", "down", "enter"}, demoData},
	{"revealed", []string{"x"}, demoData},
	// issue 14: the detail pane wide, then hidden, on the Flaggor tab.
	{"panewide", []string{"tab", "tab", ">"}, demoData},
	{"panehidden", []string{"tab", "tab", ">", ">"}, demoData},
	{"empty", nil, func() *memData { return &memData{} }},
}

var sizes = [][2]int{{80, 24}, {120, 40}, {200, 60}, {60, 20}}

func TestScreensGolden(t *testing.T) {
	for _, sc := range screens {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m := startWith(t, goldenCatalogue(), sc.data(), sz[0], sz[1], "sv", "")
				press(m, sc.keys...)
				got := screen(m)
				checkFrame(t, got, sz[0], sz[1])
				golden(t, name, got)
			})
		}
	}
}

// TestStartGolden is the screen the app opens on (issue 14): the tab of
// the day's most urgent item, the cursor and the detail pane on it.
func TestStartGolden(t *testing.T) {
	for _, sz := range sizes {
		name := fmt.Sprintf("start_%dx%d", sz[0], sz[1])
		t.Run(name, func(t *testing.T) {
			m := startLanded(t, goldenCatalogue(), demoData(), sz[0], sz[1], "sv", "")
			got := screen(m)
			checkFrame(t, got, sz[0], sz[1])
			golden(t, name, got)
		})
	}
}

func TestScreensEnglishGolden(t *testing.T) {
	for _, sc := range []string{"moments", "detail", "help", "empty"} {
		for _, s := range screens {
			if s.name != sc {
				continue
			}
			t.Run(sc, func(t *testing.T) {
				m := startWith(t, goldenCatalogue(), s.data(), 100, 30, "en", "")
				press(m, s.keys...)
				got := screen(m)
				checkFrame(t, got, 100, 30)
				golden(t, "en_"+sc+"_100x30", got)
			})
		}
	}
}

// lineWith returns the first line of s containing sub.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

var _ = caseload.Active
