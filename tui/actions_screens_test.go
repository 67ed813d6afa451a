package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/phrasepicker"
)

// TestActionScreensGolden draws the action pages at 80×24 on the demo
// caseload and fixed day and clock, and checks what a clinician reads on
// each as well as the whole frame.
func TestActionScreensGolden(t *testing.T) {
	s := fakeDemo()
	flagged := map[string]bool{}
	for _, f := range openFlags(s.c, caseload.FlagMADRS9) {
		flagged[f.Moment] = true
	}
	quiet := pick(t, s.c, "an active moment without a red flag", func(m *caseload.Moment) bool {
		return m.Status == caseload.Active && !flagged[m.ID]
	})
	pending := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	for _, tc := range []struct {
		name  string
		setup func(d *driver)
		reads []string
	}{
		{"new", func(d *driver) { d.press("n") }, []string{"Nytt moment", "Personnummer", "Program", "Livsbalansen", "esc avbryt"}},
		{"measure", func(d *driver) {
			d.selectMoment(quiet.ID)
			d.press("m")
			d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
			fp := d.top().(*forms.Page)
			for fp.Form().GetFocusedField().GetValue() != "MADRS-S" {
				d.press("up")
			}
			d.press("enter", "enter", "enter", "2 2 2 2 2 2 2 2 4")
		}, []string{"Summa 20 av 54: måttlig depression", "Röd flagga: livslust 4", "MADRS-S: 9 frågor"}},
		{"composer", func(d *driver) {
			d.selectMoment(pending.ID)
			d.press("c")
			d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
		}, []string{"Kontaktorsak: KBT via internet", "Förhandsvisning", "ctrl+y kopiera"}},
		{"phrases", func(d *driver) {
			d.press("P")
			d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasepicker.Page); return ok })
			d.press("hallarb")
		}, []string{"› hallarb", "hållarb1", "Åtgärd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, s, 80, 24, "sv")
			tc.setup(d)
			d.waitFor("the page", func() bool { return d.top() != nil })
			got := d.screen()
			for _, want := range tc.reads {
				if !strings.Contains(got, want) {
					t.Errorf("the %s page lacks %q:\n%s", tc.name, want, got)
				}
			}
			checkFrame(t, got, 80, 24)
			golden(t, "actions/"+tc.name+"_80x24", got)
		})
	}
}

// TestActionPagesSmallTerminals: every action page draws within the frame
// at small sizes and after a resize, without a panic.
func TestActionPagesSmallTerminals(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	pending := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	for _, k := range []string{"n", "i", "f", "m", "e", "a", "c", "P"} {
		for _, size := range [][2]int{{40, 12}, {30, 8}, {60, 20}} {
			d := newDriver(t, s, 100, 30, "sv")
			d.selectMoment(pending.ID)
			d.press(k)
			d.waitFor("a page", func() bool { return d.top() != nil })
			d.deliver(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			d.settle()
			checkFrame(t, d.screen(), size[0], size[1])
			d.press("down", "enter")
			checkFrame(t, d.screen(), size[0], size[1])
		}
	}
}
