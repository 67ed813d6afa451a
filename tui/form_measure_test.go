package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/tui/pages/forms"
)

// The measurement form for EDE-Q (issue 10): its answers 13–18 are counts
// beyond 0–6, its score a mean with a decimal comma, its reading the
// cut-off, and its subscales on the info line; the write keeps the decimal.
func TestMeasureFormEDEQ(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*forms.Page); return ok })
	fp := d.top().(*forms.Page)
	for fp.Form().GetFocusedField().GetValue() != "EDE-Q" {
		d.press("down")
	}
	d.press("enter", "enter", "enter")
	items := "1 2 3 4 5 6 0 1 2 3 4 5 10 3 12 2 0 1 6 5 4 3 2 1 0 1 2 3"
	d.press(items)
	want, err := instruments.Score("EDE-Q", intsOf(t, items))
	if err != nil {
		t.Fatal(err)
	}
	in, _ := instruments.Get("EDE-Q")
	scr := d.screen()
	for _, w := range []string{"Poäng " + in.Format(want.Score, true) + " av 6: " + want.Interpretation(in, true), want.Subscales[0].Sv + " " + in.Format(want.Subscales[0].Score, true)} {
		if !strings.Contains(scr, w) {
			t.Errorf("the form lacks %q:\n%s", w, scr)
		}
	}
	d.press("enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	ms := s.moment(mo.ID).Measurements
	last := ms[len(ms)-1]
	if last.Instrument != "EDE-Q" || last.Decimal == nil || *last.Decimal != want.Score || last.Total != want.Total {
		t.Errorf("written as %+v (decimal %v), want score %v", last, last.Decimal, want.Score)
	}
}

// intsOf reads answers typed with spaces between them.
func intsOf(t *testing.T, s string) []int {
	t.Helper()
	var out []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	return out
}
