package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/module"
	"github.com/ikbt/ikbt/tui/pages/moment"
	"github.com/ikbt/ikbt/worklist"
)

// expected is the demo worklist computed directly, to compare the screen with.
func expected(t *testing.T) worklist.Worklist {
	t.Helper()
	wl := worklist.Compute(demo.Generate(today, demo.Handmade), catalogue(), today)
	if len(wl.Moments) == 0 || len(wl.Flags) == 0 || len(wl.Feedback) == 0 || len(wl.Measurements) == 0 {
		t.Fatalf("the demo caseload should fill every part of the worklist: %d moments, %d feedback, %d flags, %d measurements",
			len(wl.Moments), len(wl.Feedback), len(wl.Flags), len(wl.Measurements))
	}
	return wl
}

func TestHeaderAndTabsShowTheDay(t *testing.T) {
	wl := expected(t)
	red := 0
	for _, f := range wl.Flags {
		if f.Kind == caseload.FlagMADRS9 {
			red++
		}
	}
	if red == 0 {
		t.Fatal("the demo caseload should hold a red flag")
	}
	m := start(t, demoData(), 120, 40, "sv", "")
	s := screen(m)
	lines := strings.Split(s, "\n")
	for _, want := range []string{"måndag 23 november 2026", fmt.Sprintf("⚑ RÖD FLAGGA: %d", red), "alla behandlare"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("header %q lacks %q", lines[0], want)
		}
	}
	for _, want := range []string{
		fmt.Sprintf("Moment %d", len(wl.Moments)),
		fmt.Sprintf("Återkoppling %d", len(wl.Feedback)),
		fmt.Sprintf("⚑ Flaggor %d", len(wl.Flags)),
		fmt.Sprintf("Mätningar %d", len(wl.Measurements)),
	} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("tab bar %q lacks %q", lines[1], want)
		}
	}
	// Every active moment is listed by name, with a masked personnummer.
	for _, r := range wl.Moments {
		if !strings.Contains(s, r.Name) {
			t.Errorf("moment list lacks %s", r.Name)
		}
	}
}

func TestRedFlagReadsInWords(t *testing.T) {
	wl := expected(t)
	m := start(t, demoData(), 90, 40, "sv", "")
	press(m, "3")
	s := screen(m)
	for _, f := range wl.Flags {
		line := lineWith(s, f.Name)
		if line == "" {
			t.Errorf("flags tab lacks %s", f.Name)
			continue
		}
		if f.Kind == caseload.FlagMADRS9 {
			want := fmt.Sprintf("⚑ RÖD FLAGGA Livslust %d", f.Score)
			if !strings.Contains(line, want) {
				t.Errorf("red flag of %s reads %q, want %q in it", f.Name, line, want)
			}
		} else if strings.Contains(line, "RÖD") {
			t.Errorf("%s flag of %s reads as red: %q", f.Kind, f.Name, line)
		}
	}
	// The red flag stands out in colour as well as in words.
	for _, f := range wl.Flags {
		if f.Kind == caseload.FlagMADRS9 {
			red := common.DefaultStyles().Red.Render(fmt.Sprintf("⚑ RÖD FLAGGA Livslust %d", f.Score))
			if !strings.Contains(m.View().Content, red) {
				t.Errorf("the red flag is not drawn in the red style %q", red)
			}
		}
	}
	// Red flags come first.
	if first := wl.Flags[0]; first.Kind != caseload.FlagMADRS9 {
		t.Logf("worklist puts %s first", first.Kind)
	}
}

func TestFeedbackAndDueMeasurements(t *testing.T) {
	wl := expected(t)
	m := start(t, demoData(), 90, 40, "sv", "")
	press(m, "2")
	s := screen(m)
	for _, f := range wl.Feedback {
		line := lineWith(s, f.Name)
		if f.Reason == "module" && !strings.Contains(line, "Modul "+f.Module) {
			t.Errorf("feedback row of %s is %q, want Modul %s", f.Name, line, f.Module)
		}
		if f.DaysOverdue > 0 && !strings.Contains(line, fmt.Sprintf("%d d sen", f.DaysOverdue)) {
			t.Errorf("feedback row of %s is %q, want %d d sen", f.Name, line, f.DaysOverdue)
		}
	}
	press(m, "4")
	s = screen(m)
	for _, d := range wl.Measurements {
		line := lineWith(s, d.Name)
		if !strings.Contains(line, d.Instrument) || !strings.Contains(line, d.Due.String()) {
			t.Errorf("due row of %s is %q, want %s due %s", d.Name, line, d.Instrument, d.Due)
		}
	}
	// The detail of that moment names the due instrument too.
	press(m, "enter")
	if s := screen(m); !strings.Contains(s, "Mätningar att göra") || !strings.Contains(s, wl.Measurements[0].Instrument) {
		t.Errorf("detail pane lacks the due measurements:\n%s", s)
	}
}

func TestPersonnummerMaskedUntilRevealed(t *testing.T) {
	c := demo.Generate(today, demo.Handmade)
	m := start(t, &memData{c: c}, 120, 40, "sv", "")
	full := func(s string) []string {
		var out []string
		for _, p := range c.Patients {
			if strings.Contains(s, p.PNR.Formatted()) || strings.Contains(s, p.PNR.String()) {
				out = append(out, p.PNR.Formatted())
			}
		}
		return out
	}
	if got := full(screen(m)); len(got) > 0 {
		t.Fatalf("personnummer shown before asking: %v", got)
	}
	id, _ := m.Selected()
	mo, _, _ := (&memData{c: c}).Moment(id)
	press(m, "x")
	if got := full(screen(m)); !slices.Equal(got, []string{mo.PNR.Formatted()}) {
		t.Fatalf("after x: shown %v, want only %s", got, mo.PNR.Formatted())
	}
	press(m, "down")
	if got := full(screen(m)); len(got) > 0 {
		t.Errorf("after moving on the personnummer still shows: %v", got)
	}
	// On the moment page too, and masked again after going back.
	press(m, "enter")
	if got := full(screen(m)); len(got) > 0 {
		t.Errorf("moment page shows %v before x", got)
	}
	press(m, "x")
	if got := full(screen(m)); len(got) != 1 {
		t.Errorf("moment page after x shows %v", got)
	}
	press(m, "esc")
	if got := full(screen(m)); len(got) > 0 {
		t.Errorf("after leaving the moment page shown: %v", got)
	}
	if !strings.Contains(screen(m), personnummer.Number(mo.PNR).Masked()[:8]) {
		t.Error("masked number lacks its birth date")
	}
}

func TestFilter(t *testing.T) {
	c := demo.Generate(today, demo.Handmade)
	wl := expected(t)
	sleep, _ := catalogue().Program("sovhjalpen")
	tests := []struct {
		name, query string
		want        func(r worklist.MomentRow) bool
	}{
		{"name", "karl", func(r worklist.MomentRow) bool { return strings.Contains(strings.ToLower(r.Name), "karl") }},
		{"program", strings.ToLower(sleep.Name), func(r worklist.MomentRow) bool { return r.Program == "sovhjalpen" }},
		{"personnummer", strings.ReplaceAll(wl.Moments[2].PNR, "-", "")[6:], func(r worklist.MomentRow) bool {
			return strings.Contains(strings.ReplaceAll(r.PNR, "-", ""), strings.ReplaceAll(wl.Moments[2].PNR, "-", "")[6:])
		}},
		{"two words", "ebba oros", func(r worklist.MomentRow) bool {
			return strings.HasPrefix(r.Name, "Ebba") && r.Program == "oroshjalpen"
		}},
		{"nothing", "zzzz", func(worklist.MomentRow) bool { return false }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := start(t, &memData{c: c}, 120, 40, "sv", "")
			press(m, "/", tc.query)
			s := screen(m)
			n := 0
			for _, r := range wl.Moments {
				shown := strings.Contains(s, r.Name)
				if tc.want(r) {
					n++
					if !shown {
						t.Errorf("filter %q hides %s", tc.query, r.Name)
					}
				}
			}
			if !strings.Contains(s, fmt.Sprintf("Moment %d/%d", n, len(wl.Moments))) {
				t.Errorf("tab bar lacks Moment %d/%d:\n%s", n, len(wl.Moments), s)
			}
			if n == 0 && !strings.Contains(s, "Inget matchar") {
				t.Errorf("no note that nothing matches:\n%s", s)
			}
			checkFrame(t, screen(m), 120, 40)
			press(m, "enter")
			checkFrame(t, screen(m), 120, 40)
			press(m, "esc")
			if s := screen(m); !strings.Contains(s, fmt.Sprintf("Moment %d │", len(wl.Moments))) {
				t.Errorf("esc does not clear the filter:\n%s", s)
			}
			checkFrame(t, screen(m), 120, 40)
		})
	}
}

func TestFilterTypesQAndQuestionMark(t *testing.T) {
	m := start(t, demoData(), 80, 24, "sv", "")
	press(m, "/", "q", "?")
	if s := screen(m); !strings.Contains(s, "/ q?") {
		t.Errorf("q and ? should be typed into the filter:\n%s", s)
	}
}

func TestSortCycles(t *testing.T) {
	m := start(t, demoData(), 120, 40, "sv", "")
	tb := m.tables[tabMoments]
	names := func() []string {
		var out []string
		for _, r := range tb.Visible() {
			out = append(out, r.Cells[1])
		}
		return out
	}
	press(m, "s")
	if got := names(); !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Errorf("s should sort by name: %v", got)
	}
	if !strings.Contains(screen(m), "sorterat på Namn") {
		t.Error("sort order is not shown")
	}
	// Cycling visits every shown column once, then the worklist's order.
	seen := []int{tb.SortBy()}
	for tb.SortBy() != -1 && len(seen) <= len(tabColumns[tabMoments]) {
		press(m, "s")
		seen = append(seen, tb.SortBy())
	}
	if want := append(slices.Clone(tb.Shown()[1:]), -1); !slices.Equal(seen, want) {
		t.Errorf("sort cycle went %v, want %v", seen, want)
	}
}

func TestEnglish(t *testing.T) {
	m := start(t, demoData(), 120, 40, "en", "")
	s := screen(m)
	for _, want := range []string{"Monday 23 November 2026", "⚑ RED FLAG", "Moments", "Feedback", "Flags", "Measurements", "q quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("English screen lacks %q", want)
		}
	}
	for _, bad := range []string{"måndag", "Återkoppling", "avsluta"} {
		if strings.Contains(s, bad) {
			t.Errorf("English screen shows Swedish %q", bad)
		}
	}
}

func TestClinicianOnly(t *testing.T) {
	c := demo.Generate(today, demo.Handmade)
	n := 0
	for _, mo := range worklist.Compute(c, catalogue(), today).Moments {
		if mo.Clinician == demo.Clinician {
			n++
		}
	}
	m := start(t, &memData{c: c}, 120, 40, "sv", demo.Clinician)
	s := screen(m)
	if !strings.Contains(strings.Split(s, "\n")[0], demo.Clinician) {
		t.Errorf("header lacks the clinician: %q", strings.Split(s, "\n")[0])
	}
	if !strings.Contains(s, fmt.Sprintf("Moment %d ", n)) {
		t.Errorf("want %d moments of %s:\n%s", n, demo.Clinician, s)
	}
}

func TestEmptyDatabase(t *testing.T) {
	m := start(t, &memData{}, 80, 24, "sv", "")
	s := screen(m)
	for _, want := range []string{"ikbt import FILE.json", "ikbt --demo", "lägger till ett moment"} {
		if !strings.Contains(s, want) {
			t.Errorf("first screen lacks %q:\n%s", want, s)
		}
	}
}

func TestLoadError(t *testing.T) {
	m := start(t, &memData{fail: errors.New("disk I/O error")}, 80, 24, "sv", "")
	s := screen(m)
	if !strings.Contains(s, "Kunde inte läsa databasen") || !strings.Contains(s, "disk I/O error") {
		t.Errorf("load error not shown:\n%s", s)
	}
}

func TestReloadKeepsSelection(t *testing.T) {
	d := demoData()
	m := start(t, d, 120, 40, "sv", "")
	press(m, "down", "down", "down")
	before, _ := m.Selected()
	send(m, ReloadMsg{})
	after, _ := m.Selected()
	if before != after || before == "" {
		t.Errorf("selection %q became %q after reload", before, after)
	}
	if d.loads != 2 {
		t.Errorf("%d loads, want 2", d.loads)
	}
	// A write by another process (a new data version) reloads; the same version does not.
	send(m, versionMsg{version: d.version})
	if d.loads != 2 {
		t.Errorf("same version reloaded")
	}
	d.version++
	send(m, versionMsg{version: d.version})
	if d.loads != 3 {
		t.Errorf("new version did not reload: %d loads", d.loads)
	}
}

func TestModuleTextFromMomentAndCache(t *testing.T) {
	m := start(t, demoData(), 100, 30, "sv", "")
	press(m, "enter")
	mp, ok := m.pages[len(m.pages)-1].(*moment.Page)
	if !ok {
		t.Fatal("enter did not open the moment page")
	}
	e := mp.Modules()[mp.Selected()]
	press(m, "enter")
	s := screen(m)
	want := fmt.Sprintf("Modul %d av %d", e.Mod.Number, e.Prog.Total())
	if e.Track != nil {
		want = fmt.Sprintf("%s, del %d av %d", e.Track.Name, e.Mod.Number, len(e.Track.Modules))
	}
	if !strings.Contains(s, e.Mod.Title) || !strings.Contains(s, want) {
		t.Errorf("module page lacks %q / %q:\n%s", e.Mod.Title, want, s)
	}
	if _, ok := m.modules.Get(e.Mod.Key, 100); !ok {
		t.Error("rendered text not cached")
	}
	// A narrower terminal re-renders the text for the narrower page.
	send(m, tea.WindowSizeMsg{Width: 80, Height: 30})
	if _, ok := m.modules.Get(e.Mod.Key, 80); !ok {
		t.Error("after a resize the text was not rendered at the new width")
	}
	send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	press(m, "esc")
	// Opening again at the same width renders nothing new.
	_, cmd := m.pages[len(m.pages)-1].Update(keyMsg("enter"))
	run(m, cmd)
	if top, ok := m.pages[len(m.pages)-1].(*module.Page); !ok || !top.Rendered() {
		t.Error("cached module text not shown at once")
	}
	press(m, "esc", "esc")
	if len(m.pages) != 0 {
		t.Errorf("%d pages left after esc esc", len(m.pages))
	}
}

// Each tab keeps its own selection across tab switches, filters and reloads.
func TestTabsKeepSelection(t *testing.T) {
	m := start(t, demoData(), 120, 40, "sv", "")
	press(m, "3", "down")
	flagged, _ := m.Selected()
	press(m, "1", "down", "down")
	moment, _ := m.Selected()
	name := m.ix.moments[flagged].Name
	press(m, "/", strings.Fields(name)[0], "enter")
	press(m, "3")
	if got, _ := m.Selected(); got != flagged {
		t.Errorf("flags tab selects %q after a filter, want %q", got, flagged)
	}
	if line := lineWith(screen(m), common.Gutter); !strings.Contains(line, name) {
		t.Errorf("the marked row is %q, want %s", line, name)
	}
	// The moments tab was shown while filtering: its selection went to the
	// moment found, and stays there once the filter is cleared.
	press(m, "esc", "1")
	if got, _ := m.Selected(); got != flagged || got == moment {
		t.Errorf("moments tab selects %q, want %q (not %q)", got, flagged, moment)
	}
	send(m, ReloadMsg{})
	press(m, "3")
	if got, _ := m.Selected(); got != flagged {
		t.Errorf("after reload the flags tab selects %q, want %q", got, flagged)
	}
}

// A sort order survives filtering and is the same before and after it.
func TestSortWithFilter(t *testing.T) {
	m := start(t, demoData(), 120, 40, "sv", "")
	tb := m.tables[tabMoments]
	for tb.SortBy() != 4 { // Modul
		press(m, "s")
		if tb.SortBy() == -1 {
			t.Fatal("the module column is not shown at 120 columns")
		}
	}
	modules := func() []int {
		var out []int
		for _, r := range tb.Visible() {
			out = append(out, m.wl.Moments[r.Order].Module)
		}
		return out
	}
	all := modules()
	if !slices.IsSorted(all) || len(all) != len(m.wl.Moments) {
		t.Fatalf("sorted by module: %v", all)
	}
	press(m, "/", "hjälpen", "enter")
	some := modules()
	if !slices.IsSorted(some) || len(some) == 0 || len(some) >= len(all) {
		t.Errorf("filtered and sorted by module: %v (of %v)", some, all)
	}
	if !strings.Contains(screen(m), "sorterat på Modul") {
		t.Error("the sort order is not named")
	}
}

// p lists the programs; from a program its modules and tracks; enter reads
// one; esc walks back one level at a time.
func TestProgramListToModuleText(t *testing.T) {
	m := start(t, demoData(), 100, 30, "sv", "")
	press(m, "p")
	s := screen(m)
	for _, p := range catalogue().Programs() {
		if !strings.Contains(s, p.Name) {
			t.Errorf("program list lacks %s", p.Name)
		}
	}
	lb, _ := catalogue().Program("livsbalansen")
	at := slices.IndexFunc(catalogue().Programs(), func(p *programs.Program) bool { return p.ID == "livsbalansen" })
	for range at {
		press(m, "down")
	}
	press(m, "enter")
	s = screen(m)
	if !strings.Contains(s, lb.Modules[0].Title) || !strings.Contains(s, "Utmaningsområde") {
		t.Errorf("Livsbalansen's modules and challenge areas not listed:\n%s", s)
	}
	press(m, "down", "enter")
	if s := screen(m); !strings.Contains(s, lb.Modules[1].Title) || !strings.Contains(s, fmt.Sprintf("Modul 2 av %d", lb.Total())) {
		t.Errorf("module 2 of Livsbalansen not shown:\n%s", s)
	}
	for i, want := range []string{"Utmaningsområde", "Program", "Moment"} {
		press(m, "esc")
		if s := screen(m); !strings.Contains(s, want) {
			t.Errorf("esc %d: screen lacks %q:\n%s", i+1, want, s)
		}
	}
	if len(m.pages) != 0 {
		t.Errorf("%d pages left", len(m.pages))
	}
}

// TestStartLandsOnTheRedFlag: the app opens on the flags tab, the cursor
// and the detail pane on a moment with an open red flag (issue 14).
func TestStartLandsOnTheRedFlag(t *testing.T) {
	for _, lang := range []Lang{"sv", "en"} {
		m := startLanded(t, catalogue(), demoData(), 120, 40, lang, "")
		if m.active != tabFlags {
			t.Fatalf("%s: opened on tab %d, want the flags tab", lang, m.active)
		}
		id, _ := m.Selected()
		red := false
		for _, f := range m.ix.flags[id] {
			red = red || isRed(f)
		}
		if !red {
			t.Errorf("%s: the cursor is on %s, which has no red flag", lang, id)
		}
		if m.detail.Shown() != id {
			t.Errorf("%s: the detail pane shows %q, the cursor is on %q", lang, m.detail.Shown(), id)
		}
	}
}

// TestStartWithNothingUrgentStaysOnMoments: with nothing waiting the
// app opens on the moments, as before.
func TestStartWithNothingUrgentStaysOnMoments(t *testing.T) {
	m := startLanded(t, catalogue(), &memData{}, 120, 40, "sv", "")
	if m.active != tabMoments {
		t.Errorf("opened on tab %d with nothing waiting", m.active)
	}
}

// TestFilterFoldsToASCII (issue 14): "oberg" finds Alice Öberg, and
// "ÖBERG" as well.
func TestFilterFoldsToASCII(t *testing.T) {
	for _, tt := range []struct {
		q string
		n int // Sjöberg holds "oberg" too
	}{{"oberg", 2}, {"ÖBERG", 2}, {"alice oberg", 1}} {
		q := tt.q
		m := start(t, demoData(), 120, 40, "sv", "")
		press(m, "/", q, "enter")
		if got := screen(m); !strings.Contains(got, "Alice Öberg") || m.tables[tabMoments].Len() != tt.n {
			t.Errorf("filter %q: %d rows:\n%s", q, m.tables[tabMoments].Len(), got)
		}
	}
}
