package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/worklist"
)

// TestLoadedWorklistPart: on a large file (here: more open moments than
// store.FirstWhole) the first frame shows the moments that may hold a red
// flag, with the whole file's red-flag count in the header and the cursor
// on the most urgent red flag; tab counts say more is loading, and no
// tab says "none" while it loads. The whole worklist follows on its own,
// and then nothing says loading.
func TestLoadedWorklistPart(t *testing.T) {
	st, _ := realStore(t)
	defer func(n int) { store.FirstWhole = n }(store.FirstWhole)
	store.FirstWhole = 5
	whole, err := st.Worklist(catalogue(), today, "")
	if err != nil {
		t.Fatal(err)
	}
	red := 0
	for _, f := range whole.Flags {
		if worklist.IsRed(f.Kind) {
			red++
		}
	}
	if red == 0 {
		t.Fatal("the demo has no red flag")
	}

	m := New(wire(Options{Data: st, Catalogue: catalogue(), Today: today, Lang: "sv", DBName: "ikbt.db"}))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	msg := m.Init()()
	if b, ok := msg.(tea.BatchMsg); ok {
		msg = b[0]()
	}
	wm, ok := msg.(worklistMsg)
	if !ok || !wm.part || wm.err != nil {
		t.Fatalf("first message %T (part %v, err %v): want the first part", msg, wm.part, wm.err)
	}
	_, rest := m.Update(wm)
	first := screen(m)
	header := strings.SplitN(first, "\n", 2)[0]
	if !strings.Contains(header, fmt.Sprintf("RÖD FLAGGA: %d", red)) {
		t.Errorf("first frame's header %q: want the whole file's %d red flags", header, red)
	}
	if m.active != tabFlags || !worklist.IsRed(m.ix.flags[m.tables[tabFlags].SelectedID()][0].Kind) {
		t.Errorf("first frame on tab %d, row %q: want the cursor on a red flag", m.active, m.tables[m.active].SelectedID())
	}
	if got := len(m.wl.Moments); got >= len(whole.Moments) {
		t.Fatalf("first part has %d of %d moments", got, len(whole.Moments))
	}
	if tabs := strings.Split(first, "\n")[1]; strings.Count(tabs, "…") != 5 {
		t.Errorf("first frame's tab counts %q do not say that more is loading", tabs)
	}
	for _, tb := range []tab{tabMoments, tabFeedback, tabMeasurements} {
		m.setTab(tb)
		if s := screen(m); strings.Contains(s, m.ctx.Lang.ByID("table.none."+tabLabels[tb])) {
			t.Errorf("tab %d says none while loading:\n%s", tb, s)
		}
	}
	m.setTab(tabFlags)
	sel := m.tables[tabFlags].SelectedID()

	run(m, rest) // the whole worklist
	if m.part || len(m.wl.Moments) != len(whole.Moments) {
		t.Fatalf("after the rest: part %v, %d of %d moments", m.part, len(m.wl.Moments), len(whole.Moments))
	}
	after := screen(m)
	if tabs := strings.Split(after, "\n")[1]; strings.Contains(tabs, "…") || strings.Contains(after, "läser in") {
		t.Errorf("the whole worklist still says loading:\n%s", after)
	}
	if !strings.Contains(strings.SplitN(after, "\n", 2)[0], fmt.Sprintf("RÖD FLAGGA: %d", red)) || m.tables[tabFlags].SelectedID() != sel {
		t.Errorf("after the rest: header %q, row %q (was %q)", strings.SplitN(after, "\n", 2)[0], m.tables[tabFlags].SelectedID(), sel)
	}
}

// TestHeaderPart: a first part without red flags says it is loading where
// the moment count would be, in both languages.
func TestHeaderPart(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		want string
	}{{"sv", "läser in fler moment …"}, {"en", "loading more moments …"}} {
		m := New(Options{Data: &memData{}, Catalogue: catalogue(), Today: today, Lang: c.lang})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
		m.Update(worklistMsg{gen: m.gen, part: true, wl: worklist.Worklist{Today: today}})
		if h := strings.SplitN(screen(m), "\n", 2)[0]; !strings.Contains(h, c.want) {
			t.Errorf("%s: header %q, want %q", c.lang, h, c.want)
		}
	}
}

// TestPrefetch: the first load started before the program runs is the
// one Init waits for (one load, not two), and the app comes up loaded.
func TestPrefetch(t *testing.T) {
	m := New(wire(Options{Data: demoData(), Catalogue: catalogue(), Today: today, Lang: "sv"}))
	m.Prefetch()
	if m.gen != 1 {
		t.Fatalf("gen %d after Prefetch", m.gen)
	}
	run(m, m.Init())
	send(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	if m.gen != 1 || !m.loaded || len(m.wl.Moments) == 0 {
		t.Fatalf("gen %d, loaded %v, %d moments", m.gen, m.loaded, len(m.wl.Moments))
	}
	if h := strings.SplitN(screen(m), "\n", 2)[0]; !strings.Contains(h, "RÖD FLAGGA") {
		t.Errorf("header %q", h)
	}
}
