package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/common"
)

// TestPaneKey: < or > cycles the detail pane normal → wide → hidden →
// normal (issue 14); the table gets the width the pane gives up.
func TestPaneKey(t *testing.T) {
	d := newDriver(t, fakeDemo(), 200, 60, "sv")
	tw := func() int { return d.m.tables[d.m.active].Width() }
	normal := tw()
	steps := []struct {
		key  string
		mode paneMode
		side bool
	}{
		{">", paneWide, true},
		{">", paneHidden, false},
		{"<", paneNormal, true},
	}
	prev := normal
	for _, st := range steps {
		d.press(st.key)
		if d.m.pane != st.mode || d.m.sidePane() != st.side {
			t.Fatalf("after %s: pane %d side %v, want %d %v", st.key, d.m.pane, d.m.sidePane(), st.mode, st.side)
		}
		switch st.mode {
		case paneWide:
			if tw() >= prev {
				t.Errorf("wide pane: table %d, not narrower than %d", tw(), prev)
			}
		case paneHidden:
			if tw() != 200 {
				t.Errorf("hidden pane: table %d, want the whole width", tw())
			}
		case paneNormal:
			if tw() != normal {
				t.Errorf("back to normal: table %d, want %d", tw(), normal)
			}
		}
		prev = tw()
	}
	if strings.Contains(d.screen(), "│") && d.m.pane == paneHidden {
		t.Error("hidden pane still drawn")
	}
}

// TestCopyPnrKey: y copies the full personnummer (OSC 52) and the status
// line shows it masked; no file is written (issue 14).
func TestCopyPnrKey(t *testing.T) {
	for _, lang := range []Lang{"sv", "en"} {
		t.Run(string(lang), func(t *testing.T) {
			d := newDriver(t, fakeDemo(), 120, 40, lang)
			id, ok := d.m.Selected()
			if !ok {
				t.Fatal("no row selected")
			}
			pnr := d.m.ix.pnr(id)
			d.press("y")
			d.waitFor("the status", func() bool { return strings.Contains(d.m.act.Status(), common.MaskedPNR(pnr)) })
			got, ok := clipboardSet(d.sent)
			if !ok || got != common.FullPNR(pnr) {
				t.Errorf("clipboard got %q, want %q", got, common.FullPNR(pnr))
			}
			if strings.Contains(d.screen(), common.FullPNR(pnr)) {
				t.Errorf("the full number is on screen:\n%s", d.screen())
			}
			if want := lang.T(common.L.ActPnrCopied, common.MaskedPNR(pnr), ""); !strings.HasPrefix(d.m.act.Status(), strings.TrimSuffix(want, " ()")) {
				t.Errorf("status %q, want it to start %q", d.m.act.Status(), want)
			}
			if ents, _ := os.ReadDir(d.m.act.Copier.Dir); len(ents) != 0 {
				t.Errorf("copying a personnummer wrote %d files", len(ents))
			}
			if !strings.Contains(d.screen(), "? ") {
				t.Error("the status hid the help line")
			}
		})
	}
}

// TestPaneKeyNarrow: below 100 columns there is no pane; the key says so.
func TestPaneKeyNarrow(t *testing.T) {
	d := newDriver(t, fakeDemo(), 80, 24, "sv")
	d.press(">")
	if d.m.pane != paneNormal || !strings.Contains(d.screen(), "Sidopanelen visas från 100 kolumner") {
		t.Errorf("pane %d; screen:\n%s", d.m.pane, d.screen())
	}
}
