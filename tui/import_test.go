package tui

// Issue 15: the paste box → mapping → preview → one write, as a clinician
// goes through it.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/pages/mapping"
	"github.com/ikbt/ikbt/tui/pages/paste"
	"github.com/ikbt/ikbt/tui/pages/preview"
)

// newImportDriver runs the app on a fresh demo database, with its column
// mappings in a file of the test's own.
func newImportDriver(t *testing.T, w, h int, lang Lang) (*driver, *store.Store, string) {
	t.Helper()
	st, _ := realStore(t)
	return importDriverOn(t, st, w, h, lang)
}

// importDriverOn runs the app on st.
func importDriverOn(t *testing.T, st *store.Store, w, h int, lang Lang) (*driver, *store.Store, string) {
	t.Helper()
	maps := filepath.Join(t.TempDir(), "config", "mappings.json")
	m := New(Options{Store: st, Catalogue: catalogue(), Today: today, Lang: lang, MappingsPath: maps, PasteExample: intake.PasteExample})
	m.act.Copier.Dir = t.TempDir()
	m.act.Copier.System = nil
	m.act.Copier.Tmux = false
	m.act.Now = func() caseload.Stamp { return caseload.NewStamp(2026, time.November, 23, 10, 30) }
	dr := &driver{t: t, m: m, res: make(chan tea.Msg, 4096)}
	dr.run(m.Init())
	dr.deliver(tea.WindowSizeMsg{Width: w, Height: h})
	dr.waitFor("first load", func() bool { return m.loaded })
	return dr, st, maps
}

// pnrFor is a Luhn-valid personnummer with a birth number of 980–999
// (never a real person's), different for each i < 560.
func pnrFor(i int) string {
	date := fmt.Sprintf("75%02d%02d", 1+i/28, 1+i%28)
	nine := date + fmt.Sprint(980+i%20)
	return fmt.Sprintf("19%s-%s%d", date, nine[6:], personnummer.CheckDigit(nine))
}

// clinicTable is a unit's spreadsheet of n patients as it is copied:
// tab-separated, Windows line ends, a column of its own ("Anteckning")
// that no field reads. change alters the cells of row i (0-based).
func clinicTable(n int, change func(i int, cells []string)) string {
	progs := []string{"Oroshjälpen", "Depressionshjälpen", "Sovhjälpen"}
	days := []string{"måndag", "tisdag", "onsdag", "torsdag", "fredag"}
	lines := []string{"Personnummer\tNamn\tProgram\tStartdatum\tÅterkopplingsdag\tBehandlare\tAnteckning"}
	for i := range n {
		cells := []string{pnrFor(i), fmt.Sprintf("Testa Patient%02d", i+1), progs[i%3],
			fmt.Sprintf("%d/11/2026", 2+i%14), days[i%5], "Anna Lindqvist", "ring efter 15"}
		if change != nil {
			change(i, cells)
		}
		lines = append(lines, strings.Join(cells, "\t"))
	}
	return strings.Join(lines, "\r\n") + "\r\n"
}

// pasteTable opens the paste box, pastes text and reads it.
func (d *driver) pasteTable(text string) {
	d.t.Helper()
	d.press("L")
	d.waitFor("the paste box", func() bool { _, ok := d.top().(*paste.Page); return ok })
	d.deliver(tea.PasteMsg{Content: text})
	d.settle()
	d.press("ctrl+s")
}

func (d *driver) preview() *preview.Page {
	d.t.Helper()
	d.waitFor("the preview", func() bool { p, ok := d.top().(*preview.Page); return ok && p.Ready() })
	return d.top().(*preview.Page)
}

func momentsOf(t *testing.T, st *store.Store) int {
	t.Helper()
	c, err := st.Export()
	if err != nil {
		t.Fatal(err)
	}
	return len(c.Moments)
}

// TestImportPasteMappingPreviewApply: 30 rows with two mistakes are
// refused whole, with row and column; fixed and pasted again they are
// written in one go, the mapping is not asked again, the cursor is on a
// created moment; the same table a second time changes nothing.
func TestImportPasteMappingPreviewApply(t *testing.T) {
	d, st, maps := newImportDriver(t, 120, 40, "sv")
	before := momentsOf(t, st)
	v0, _ := st.DataVersion()

	mistakes := func(i int, cells []string) {
		switch i {
		case 5: // line 7: a digit off
			cells[0] = cells[0][:len(cells[0])-1] + fmt.Sprint((int(cells[0][len(cells[0])-1]-'0')+1)%10)
		case 17: // line 19
			cells[2] = "Panikhjälpen"
		}
	}
	d.pasteTable(clinicTable(30, mistakes))
	d.waitFor("the mapping screen", func() bool { _, ok := d.top().(*mapping.Page); return ok })
	scr := d.screen()
	for _, want := range []string{"* personnummer", "* program", `Okända kolumner (läses inte): "Anteckning"`} {
		if !strings.Contains(scr, want) {
			t.Errorf("mapping screen lacks %q:\n%s", want, scr)
		}
	}
	d.press("enter")
	p := d.preview()
	if len(p.Plan().Refusals) != 2 {
		t.Fatalf("refusals = %+v, want 2", p.Plan().Refusals)
	}
	scr = d.screen()
	for _, want := range []string{`rad 7, kolumn "Personnummer": fel kontrollsiffra`, `rad 19, kolumn "Program": okänt program "Panikhjälpen"`, "Nekas (2)"} {
		if !strings.Contains(scr, want) {
			t.Errorf("preview lacks %q:\n%s", want, scr)
		}
	}
	d.press("s") // refused rows: nothing is written
	if v, _ := st.DataVersion(); v != v0 || momentsOf(t, st) != before {
		t.Fatalf("a plan with refusals wrote (version %d → %d)", v0, v)
	}
	if _, ok := d.top().(*preview.Page); !ok {
		t.Fatal("the preview closed on s with refusals")
	}
	info, err := os.Stat(maps)
	if err != nil {
		t.Fatalf("the mapping was not saved: %v", err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mappings.json has mode %v", info.Mode().Perm())
	}

	// Back to the worklist; the table is fixed in the spreadsheet and pasted again.
	d.press("esc", "esc", "esc")
	if d.top() != nil {
		t.Fatalf("pages left: %T", d.top())
	}
	fixed := clinicTable(30, nil)
	d.pasteTable(fixed)
	p = d.preview() // the saved mapping: no mapping screen
	if !p.Plan().OK() || len(p.Plan().Creates) != 30 || p.Below() != 1 {
		t.Fatalf("second preview: creates %d, refusals %+v, below %d", len(p.Plan().Creates), p.Plan().Refusals, p.Below())
	}
	first := p.Plan().Creates[0].MomentID
	d.press("s")
	d.waitFor("the worklist", func() bool {
		return d.top() == nil && d.m.selectAfter == "" && d.m.tables[tabMoments].SelectedID() == first
	})
	if got := momentsOf(t, st); got != before+30 {
		t.Fatalf("moments %d, want %d", got, before+30)
	}
	if s := d.m.act.Status(); !strings.Contains(s, "30 nya behandlingar") {
		t.Errorf("status %q", s)
	}

	// The same table again: nothing new, nothing written.
	v1, _ := st.DataVersion()
	d.pasteTable(fixed)
	p = d.preview()
	if len(p.Plan().Creates)+len(p.Plan().Updates)+len(p.Plan().Refusals) != 0 || len(p.Plan().Unchanged) != 30 {
		t.Fatalf("third preview: %d created, %d updated, %d refused, %d unchanged", len(p.Plan().Creates), len(p.Plan().Updates), len(p.Plan().Refusals), len(p.Plan().Unchanged))
	}
	d.press("s")
	d.waitFor("the worklist", func() bool { return d.top() == nil })
	if v, _ := st.DataVersion(); v != v1 || momentsOf(t, st) != before+30 {
		t.Errorf("a second paste of the same table wrote (version %d → %d)", v1, v)
	}
}

// TestImportTakeFile: a start date that contradicts the stored one is
// refused with both values, unless the clinician takes the file's.
func TestImportTakeFile(t *testing.T) {
	d, st, _ := newImportDriver(t, 120, 40, "en")
	d.pasteTable(clinicTable(2, nil))
	d.press("enter")
	d.preview() // s before the preview is ready is no key of the mapping screen
	d.press("s")
	d.waitFor("the worklist", func() bool { return d.top() == nil })
	later := clinicTable(2, func(i int, cells []string) {
		if i == 1 {
			cells[3] = "9 nov 2026"
		}
	})
	d.pasteTable(later)
	p := d.preview()
	if len(p.Plan().Refusals) != 1 || p.Plan().Refusals[0].Row != 3 || !strings.Contains(p.Plan().Refusals[0].Reason, "2026-11-09") || !strings.Contains(p.Plan().Refusals[0].Reason, "2026-11-03") {
		t.Fatalf("refusals %+v", p.Plan().Refusals)
	}
	if !strings.Contains(d.screen(), "[ ] Take the file's values") {
		t.Errorf("the choice is not shown:\n%s", d.screen())
	}
	d.press("t")
	p = d.preview()
	if !p.Plan().OK() || len(p.Plan().Updates) != 1 {
		t.Fatalf("with the file's values: %+v", p.Plan())
	}
	d.press("s")
	d.waitFor("the worklist", func() bool { return d.top() == nil })
	c, _ := st.Export()
	found := false
	for _, m := range c.Moments {
		if m.PNR == personnummer.Number(strings.ReplaceAll(pnrFor(1), "-", "")) {
			found = true
			if m.Started != caseload.NewDate(2026, time.November, 9) {
				t.Errorf("started %s, want the file's 2026-11-09", m.Started)
			}
		}
	}
	if !found {
		t.Fatal("the moment is not in the database")
	}
}

// TestImportPasteBoxErrors: a table that cannot be read stays in the box
// with the line and what is wrong; a required field without a column
// keeps the mapping screen open, naming the field.
func TestImportPasteBoxErrors(t *testing.T) {
	d, _, _ := newImportDriver(t, 100, 30, "sv")
	d.pasteTable("Personnummer\tProgram\n" + pnrFor(1) + "\tSovhjälpen\textra\n")
	if _, ok := d.top().(*paste.Page); !ok {
		t.Fatalf("top is %T, want the paste box", d.top())
	}
	if scr := d.screen(); !strings.Contains(scr, "rad 2: raden har fler celler än rubrikraden") {
		t.Errorf("no line in the message:\n%s", scr)
	}
	d.press("esc")
	d.pasteTable("Personnummer\tProgram\n" + pnrFor(1) + "\tSovhjälpen\n")
	d.waitFor("the mapping screen", func() bool { _, ok := d.top().(*mapping.Page); return ok })
	d.press("backspace", "enter") // personnummer: no column
	if _, ok := d.top().(*mapping.Page); !ok {
		t.Fatalf("top is %T, want the mapping screen", d.top())
	}
	if scr := d.screen(); !strings.Contains(scr, "ingen kolumn för det obligatoriska fältet personnummer") {
		t.Errorf("the missing field is not named:\n%s", scr)
	}
}

// roStore is a database opened read-only (file modes do not stop root).
type roStore struct{ *store.Store }

func (roStore) ReadOnly() bool { return true }

// TestImportReadOnly: without a writable database L says why and opens nothing.
func TestImportReadOnly(t *testing.T) {
	st, path := realStore(t)
	m := start(t, roStore{st}, 100, 30, "sv", "")
	press(m, "L")
	if len(m.pages) != 0 || !strings.Contains(m.act.Status(), path+" går inte att skriva till") {
		t.Errorf("read-only file: pages %d, status %q", len(m.pages), m.act.Status())
	}
	for _, lang := range []Lang{"sv", "en"} {
		m := start(t, demoData(), 100, 30, lang, "")
		press(m, "L")
		if len(m.pages) != 0 {
			t.Fatalf("%s: a page opened on a read-only database", lang)
		}
		want := map[Lang]string{"sv": "går inte att skriva till", "en": "cannot be written"}[lang]
		if !strings.Contains(m.act.Status(), want) {
			t.Errorf("%s: status %q", lang, m.act.Status())
		}
	}
}

// TestImportScreensGolden: the mapping screen and the preview of the demo's
// example table, at 80×24 and 120×40, on the tests' fixed day, over an
// empty database (a clinician's first import; the screens do not change
// with the demo caseload).
func TestImportScreensGolden(t *testing.T) {
	for _, lang := range []Lang{"sv", "en"} {
		for _, sz := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("%s_%dx%d", lang, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				st, err := store.Open(filepath.Join(t.TempDir(), "ikbt.db"))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				d, _, _ := importDriverOn(t, st, sz[0], sz[1], lang)
				d.press("L", "ctrl+l", "ctrl+s")
				d.waitFor("the mapping screen", func() bool { _, ok := d.top().(*mapping.Page); return ok })
				d.press("down", "down", "down", "right", "left") // the cursor moves; the column is as suggested
				s := d.screen()
				checkFrame(t, s, sz[0], sz[1])
				golden(t, "import_mapping_"+name, s)
				d.press("enter")
				d.preview()
				s = d.screen()
				checkFrame(t, s, sz[0], sz[1])
				golden(t, "import_preview_"+name, s)
			})
		}
	}
}

// TestImportItem9Unknown: a MADRS-S brought in as a total shows in the
// side pane as "fråga 9 okänd", never as a score of item 9.
func TestImportItem9Unknown(t *testing.T) {
	d, _, _ := newImportDriver(t, 120, 40, "sv")
	d.press("L", "ctrl+l", "ctrl+s", "enter")
	d.preview()
	d.press("s")
	d.waitFor("Tolvan selected", func() bool {
		return d.top() == nil && strings.Contains(d.screen(), "Tolvan Tolvansson  19121212")
	})
	d.waitFor("the side pane", func() bool { return strings.Contains(d.screen(), "fråga 9 okänd") })
	if strings.Contains(d.screen(), "livslust") {
		t.Errorf("item 9 shown as a score:\n%s", d.screen())
	}
}

// TestImportRefusedGolden: the preview of a table with two mistakes, at
// 80×24 and 120×40: refusals first, with row and column.
func TestImportRefusedGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		name := fmt.Sprintf("sv_%dx%d", sz[0], sz[1])
		t.Run(name, func(t *testing.T) {
			st, err := store.Open(filepath.Join(t.TempDir(), "ikbt.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			d, _, _ := importDriverOn(t, st, sz[0], sz[1], "sv")
			d.pasteTable(clinicTable(8, func(i int, cells []string) {
				switch i {
				case 2:
					cells[0] = "19750103-99"
				case 5:
					cells[4] = "lördagkväll"
				}
			}))
			d.press("enter")
			d.preview()
			s := d.screen()
			checkFrame(t, s, sz[0], sz[1])
			golden(t, "import_refused_"+name, s)
		})
	}
}
