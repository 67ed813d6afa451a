package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/around"
)

// The 8.3 list hands several moments over in one file (issue 16): o, L
// with the clinician who leaves, A marks every open moment of theirs, T
// lists each moment's checks and writes one file holding exactly them;
// the worklist then marks each "överlämning pågår" (⇄) and lists the
// handover in the tab Överlämningar.
func TestLeavingListHandsOverSeveral(t *testing.T) {
	a, _ := realStore(t)
	d := newDriver(t, a, 120, 40, "sv")
	d.press("o")
	d.waitFor("the handovers page", func() bool { p, ok := d.top().(*around.Handovers); return ok && p.Loaded() })
	openForm(d, "L")
	d.press("Erik Sandberg", "enter")
	var hp *around.Handovers
	d.waitFor("the 8.3 list", func() bool {
		p, ok := d.top().(*around.Handovers)
		hp = p
		return ok && p.Leaving() == "Erik Sandberg" && len(p.Checks()) > 0
	})
	var want []string
	for _, c := range hp.Checks() {
		want = append(want, c.Moment)
	}
	if len(want) < 2 {
		t.Fatalf("Erik Sandberg has %d open moments in the demo; the test needs two", len(want))
	}
	d.press("A")
	fp := openForm(d, "T")
	s := d.screen()
	for _, id := range want {
		if !strings.Contains(s, id+":") {
			t.Errorf("the checks of %s are not listed:\n%s", id, s)
		}
	}
	file := filepath.Join(t.TempDir(), "several.json")
	d.press("VC Norrtull", "enter", "VC Söder", "enter", "left", "enter")
	for fp.Form().GetFocusedField().GetValue() != "" {
		d.press("backspace")
	}
	d.press(file, "enter")
	d.waitFor("the file written", func() bool { return strings.Contains(d.screen(), "Överlämningsfil skriven: "+file) })
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("handover file: %v %v", fi, err)
	}
	data, _ := os.ReadFile(file)
	h, c, err := store.ReadHandoverFile(data, d.m.ctx.Catalogue)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Moments) != len(want) || len(h.Moments) != len(want) {
		t.Errorf("the file holds %d moments, want %v", len(c.Moments), want)
	}
	for _, m := range c.Moments {
		if m.Clinician != "Erik Sandberg" {
			t.Errorf("the file holds %s of %s", m.ID, m.Clinician)
		}
	}
	d.press("esc")
	d.waitFor("the worklist", func() bool { return d.top() == nil })
	d.waitFor("the marks", func() bool { return d.m.ix != nil && d.m.ix.pendingOut[want[0]] != nil })
	for _, id := range want {
		if d.m.ix.pendingOut[id] == nil || d.m.ix.pendingOut[id].Direction != caseload.HandoverOut {
			t.Errorf("%s is not marked överlämning pågår", id)
		}
	}
	d.press("6")
	if s := d.screen(); !strings.Contains(s, "VC Norrtull") || !strings.Contains(s, "Inkommande överlämning H-demo-in-1") { // the demo's incoming one is first
		t.Errorf("the tab Överlämningar:\n%s", s)
	}
}
