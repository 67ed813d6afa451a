package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/around"
	"github.com/ikbt/ikbt/tui/pages/forms"
	"github.com/ikbt/ikbt/tui/pages/moment"
)

// A handover between two database files through the app: T on a moment
// in A writes the file (0600, that moment only) and marks it pending; B
// reads the file (o, I) and accepts it with a clinician (a); A records the
// outcome (r): the moment is closed there as handed over, and the app
// then refuses to open a write form on it, saying why.
func TestHandoverBetweenTwoFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	a, _ := realStore(t)
	bPath := filepath.Join(t.TempDir(), "b.db")
	b, err := store.Open(bPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	da := newDriver(t, a, 120, 40, "sv")
	id := da.m.wl.Moments[0].Moment
	da.selectMoment(id)
	da.press("enter")
	da.waitFor("the moment page", func() bool { _, ok := da.top().(*moment.Page); return ok })
	fp := openForm(da, "T")
	if s := da.screen(); !strings.Contains(s, "Kontrollera först (8.2.1)") {
		t.Errorf("no 8.2.1 checks:\n%s", s)
	}
	file := filepath.Join(t.TempDir(), "handover.json")
	da.press("VC Norrtull", "enter", "VC Söder", "enter", "left", "enter")
	for fp.Form().GetFocusedField().GetValue() != "" {
		da.press("backspace")
	}
	da.press(file, "enter")
	da.waitFor("the file written", func() bool { return strings.Contains(da.screen(), "Överlämningsfil skriven: "+file) })
	fi, err := os.Stat(file)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("handover file: %v %v", fi, err)
	}
	if pending, _, _ := a.HandedOver(id); !pending {
		t.Errorf("moment %s not pending after the start", id)
	}

	db := newDriver(t, b, 120, 40, "sv")
	db.press("o")
	db.waitFor("the handovers page", func() bool { p, ok := db.top().(*around.Handovers); return ok && p.Loaded() })
	openForm(db, "I")
	db.press(file, "enter")
	db.waitFor("received", func() bool { p, ok := db.top().(*around.Handovers); return ok && p.Loaded() && len(p.List()) == 1 })
	openForm(db, "a")
	db.press("Cecilia Carlsson", "enter")
	db.waitFor("accepted", func() bool { m, _, err := b.Moment(id); return err == nil && m.Clinician == "Cecilia Carlsson" })
	cb, _ := b.Export()
	if len(cb.Moments) != 1 || len(cb.Patients) != 1 {
		t.Errorf("the receiving file holds %d moments, %d patients", len(cb.Moments), len(cb.Patients))
	}

	da.press("esc")
	da.waitFor("the worklist", func() bool { return da.top() == nil })
	da.press("o")
	var hp *around.Handovers
	da.waitFor("the handovers page", func() bool { p, ok := da.top().(*around.Handovers); hp = p; return ok && p.Loaded() })
	for !slices.Contains(hp.List()[hp.Selected()].Moments, id) {
		da.press("down")
	}
	openForm(da, "r")
	da.press("enter", "enter")
	da.waitFor("the outcome", func() bool { m, _, _ := a.Moment(id); return m.ClosingReason == lifecycle.HandedOverReason })
	da.press("esc")
	da.waitFor("the worklist", func() bool { return da.top() == nil })
	// The app offers no write on a handed-over moment: a form's key says why.
	da.m.act.SetStatus("", false)
	run(da.m, da.m.act.MomentCmd(id, func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
		return forms.Feedback(da.m.act, mo, p), nil
	}))
	if s := da.screen(); !strings.Contains(s, "Överlämnad till annan enhet: skrivskyddat.") {
		t.Errorf("a write form on a handed-over moment:\n%s", s)
	}
}
