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
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/worklist"
)

// The closing phase from the moment page on a real database: the hint near
// the last module, B opens the closing page, b books the visit, v holds it
// with the answers of 3.6.6 (shown as the closing note's lines), S refused
// while the moment is active, a starts maintenance.
func TestClosingPageRealStore(t *testing.T) {
	st, _ := realStore(t)
	d := newDriver(t, st, 120, 40, "sv")
	var near worklist.MomentRow
	for _, r := range d.m.wl.Moments {
		if r.Status == caseload.Active && r.Modules > 0 && r.Module > r.Modules-lifecycle.NearEndModules {
			near = r
			break
		}
	}
	if near.Moment == "" {
		t.Fatal("no active moment near its last module in the demo")
	}
	d.selectMoment(near.Moment)
	d.press("enter")
	d.waitFor("the moment page with its closing hint", func() bool {
		return strings.Contains(d.screen(), "Avslutningsfas: 3.6.3") && strings.Contains(d.screen(), "B öppnar")
	})
	d.press("B")
	var cp *around.Closing
	d.waitFor("the closing page", func() bool { p, ok := d.top().(*around.Closing); cp = p; return ok && p.Loaded() })
	if s := d.screen(); !strings.Contains(s, "3.6.4 Boka avslutningsbesök (b)") {
		t.Errorf("the closing page does not offer to book the visit:\n%s", s)
	}
	openForm(d, "b")
	d.press("enter")
	d.waitFor("booked", func() bool { return !cp.Phase().VisitOn.IsZero() })
	if cl, err := st.Closing(near.Moment); err != nil || cl.VisitOn != today.AddDays(7) {
		t.Errorf("closing visit in the database: %+v %v", cl, err)
	}

	openForm(d, "v")
	d.press("enter", "ja, MADRS-S 31 till 12", "enter", "nej", "enter", "enter", "ja, skriftlig plan", "enter", "enter", "ja, brev", "enter")
	d.waitFor("held", func() bool { return !cp.Phase().VisitHeld.IsZero() })
	s := d.screen()
	for _, want := range []string{"Till avslutsanteckningen (Cosmic)", "Symtomreduktion? ja, MADRS-S 31 till 12", "Återkoppla till ev. remittent. ja, brev", "3.6.5 Sätt vidmakthållande"} {
		if !strings.Contains(s, want) {
			t.Errorf("closing page lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Uppnådda beteendemål? –") || strings.Contains(s, "Uppnådda beteendemål? \n") {
		t.Errorf("an unanswered question went into the note:\n%s", s)
	}

	// SoB cannot be closed while the moment is active here: the store says
	// so, the form keeps its values and nothing is written.
	openForm(d, "S")
	d.press("enter", "enter")
	d.waitFor("the refusal", func() bool { return strings.Contains(d.screen(), "pågående här") })
	d.press("esc")
	d.waitFor("back on the closing page", func() bool { _, ok := d.top().(*around.Closing); return ok })
	if cl, _ := st.Closing(near.Moment); !cl.SoBClosed.IsZero() {
		t.Errorf("SoB closed written for an active moment: %+v", cl)
	}

	openForm(d, "a")
	d.press("enter", "enter", "y") // the end-treatment question (issue 14): yes
	d.waitFor("maintenance", func() bool { return cp.Moment().Status == caseload.Maintenance })
}

// Local gallring from the app: the proposals (D), a moment opened from
// there, removed from its closing page after a confirmation that names
// the patient, an export written first (mode 0600, that moment only);
// afterwards the file holds nothing of the moment.
func TestGallringRealStore(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	st, _ := realStore(t)
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	props := lifecycle.GallringProposals(c, lifecycle.DefaultGallringDays, today)
	i := slices.IndexFunc(props, func(p lifecycle.Proposal) bool { return p.Moment != "" })
	if i < 0 {
		t.Fatal("the demo proposes no moment for gallring")
	}
	id := props[i].Moment
	var name string
	for _, p := range c.Patients {
		if p.PNR.String() == props[i].PNR {
			name = p.Name
		}
	}
	d := newDriver(t, st, 120, 40, "sv")
	d.m.opts.GallringDays = lifecycle.DefaultGallringDays
	d.press("D")
	var gp *around.Gallring
	d.waitFor("the proposals", func() bool { p, ok := d.top().(*around.Gallring); gp = p; return ok && p.Loaded() })
	if !strings.Contains(d.screen(), name) || !strings.Contains(d.screen(), id) {
		t.Fatalf("proposal %s (%s) not listed:\n%s", id, name, d.screen())
	}
	for gp.Proposals()[gp.Selected()].Moment != id {
		d.press("down")
	}
	d.press("enter")
	d.waitFor("the moment page", func() bool { _, ok := d.top().(*moment.Page); return ok })
	d.press("B")
	d.waitFor("the closing page", func() bool { p, ok := d.top().(*around.Closing); return ok && p.Loaded() })
	fp := openForm(d, "D")
	_ = fp
	s := d.screen()
	if !strings.Contains(s, name) || !strings.Contains(s, "Går inte att ångra") || strings.Contains(s, common.FullPNR(props[i].PNR)) {
		t.Errorf("the confirmation must name the patient (masked) and say what goes:\n%s", s)
	}
	export := filepath.Join(t.TempDir(), "export.json")
	d.press(export, "enter")
	// No is the answer given by default: nothing is removed.
	d.press("enter")
	d.waitFor("the form closed", func() bool { _, ok := d.top().(*around.Closing); return ok })
	if _, _, err := st.Moment(id); err != nil {
		t.Fatalf("a no removed the moment: %v", err)
	}
	if _, err := os.Stat(export); err == nil {
		t.Errorf("a no wrote the export")
	}
	openForm(d, "D")
	d.press(export, "enter", "left", "enter")
	d.waitFor("removed", func() bool { _, _, err := st.Moment(id); return err != nil })
	if _, _, err := st.Moment(id); err == nil || !strings.Contains(err.Error(), store.ErrNotFound.Error()) {
		t.Errorf("after gallring: %v", err)
	}
	fi, err := os.Stat(export)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("export: %v %v", fi, err)
	}
	b, _ := os.ReadFile(export)
	for _, m := range c.Moments {
		if m.ID != id && strings.Contains(string(b), `"`+m.ID+`"`) {
			t.Errorf("the export holds another moment: %s", m.ID)
		}
	}
	after, _ := st.Export()
	if slices.ContainsFunc(after.Moments, func(m caseload.Moment) bool { return m.ID == id }) {
		t.Errorf("moment %s still in the file", id)
	}
}

// The change of clinician (O) lists the 8.2.1 checks and writes nothing
// until the patient has been told.
func TestHandoverFormRealStore(t *testing.T) {
	st, _ := realStore(t)
	d := newDriver(t, st, 120, 40, "sv")
	id := d.m.wl.Moments[0].Moment
	d.selectMoment(id)
	d.press("enter")
	d.waitFor("the moment page", func() bool { _, ok := d.top().(*moment.Page); return ok })
	openForm(d, "O")
	if s := d.screen(); !strings.Contains(s, "Kontrollera först (8.2.1)") {
		t.Errorf("no 8.2.1 checks:\n%s", s)
	}
	d.press("Bo Bertilsson", "enter", "enter", "enter")
	if s := d.screen(); !strings.Contains(s, "Patienten ska ha fått veta") {
		t.Errorf("no tick asked for:\n%s", s)
	}
	if m, _, _ := st.Moment(id); m.Clinician == "Bo Bertilsson" {
		t.Fatal("changed without the patient told")
	}
	d.press("shift+tab", "left", "enter", "enter")
	d.waitFor("the change", func() bool { m, _, _ := st.Moment(id); return m.Clinician == "Bo Bertilsson" })
}
