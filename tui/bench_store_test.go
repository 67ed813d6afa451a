package tui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/store"
)

// largeStore writes the large caseload into a fresh database file.
func largeStore(b *testing.B) string {
	b.Helper()
	loadLarge(b)
	path := filepath.Join(b.TempDir(), "large.db")
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	if err := st.Import(large.c); err != nil {
		b.Fatal(err)
	}
	b.Logf("imported %d moments in %v", len(large.c.Moments), time.Since(start))
	return path
}

// BenchmarkStartStore10k is the start of the app on the large database:
// open the file, load the worklist, draw the first full frame.
func BenchmarkStartStore10k(b *testing.B) {
	path := largeStore(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Store: st, Catalogue: catalogue(), Today: today, Lang: "sv"})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		msg := loadWorklist(st, st.PNRs, m.ctx.Catalogue, today, "", m.gen)()
		if wm := msg.(worklistMsg); wm.err != nil || len(wm.wl.Moments) < largeN/2 {
			b.Fatalf("load: %v, %d moments", wm.err, len(wm.wl.Moments))
		}
		_, cmd := m.Update(msg)
		if cmd != nil { // the detail pane's first moment
			if mm := cmd(); mm != nil {
				m.Update(mm)
			}
		}
		_ = m.View()
		b.StopTimer() // closing (SQLite freeing its page cache) is not part of the first frame
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkFirstFrame is what the terminal shows before the data is in.
func BenchmarkFirstFrame(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := New(Options{Data: fixedData{}, Catalogue: catalogue(), Today: today, Lang: "sv"})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkKeyDownStore10k moves down one row on the large database: the
// detail pane loads each new moment from the file.
func BenchmarkKeyDownStore10k(b *testing.B) {
	path := largeStore(b)
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	m := start(b, st, 120, 40, "sv", "")
	down := keyMsg("down")
	took := make(keyTimes, 0, 4096) // before the timer: not the keys' allocations
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		_, cmd := m.Update(down)
		if cmd != nil {
			if msg := cmd(); msg != nil {
				m.Update(msg)
			}
		}
		_ = m.View()
		took = append(took, time.Since(t0))
	}
	took.report(b)
}

// BenchmarkStartStoreFile is BenchmarkStartStore10k on the file named by
// IKBT_BENCH_DB (made for 2026-11-23, e.g. by bench/scale.sh), everyone's
// worklist: open, load, first full frame.
func BenchmarkStartStoreFile(b *testing.B) {
	benchFrameFile(b, func(st *store.Store, m *Model) tea.Cmd {
		return loadWorklist(st, st.PNRs, m.ctx.Catalogue, today, "", m.gen)
	})
}

// BenchmarkFirstPartStoreFile is the app's first frame on the file named
// by IKBT_BENCH_DB as the app draws it (issue 18): open, the first part
// of a large worklist (store.FirstWorklist: the moments that may hold a
// red flag), the first full frame. BenchmarkStartStoreFile is the whole
// worklist's frame, which follows.
func BenchmarkFirstPartStoreFile(b *testing.B) {
	benchFrameFile(b, func(st *store.Store, m *Model) tea.Cmd {
		return loadFirst(st, st.FirstWorklist, st.PNRs, m.ctx.Catalogue, today, "", m.gen)
	})
}

// benchFrameFile opens IKBT_BENCH_DB, loads with load, and draws the
// first full frame with the detail pane's moment in it (the rest of a
// first part's worklist is left to load after it).
func benchFrameFile(b *testing.B, load func(*store.Store, *Model) tea.Cmd) {
	path := os.Getenv("IKBT_BENCH_DB")
	if path == "" {
		b.Skip("IKBT_BENCH_DB is not set")
	}
	b.ReportAllocs()
	for b.Loop() {
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Store: st, Catalogue: catalogue(), Today: today, Lang: "sv"})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		msg := load(st, m)()
		if wm := msg.(worklistMsg); wm.err != nil || (!wm.part && len(wm.wl.Moments) == 0) {
			b.Fatalf("load: %v, %d moments", wm.err, len(wm.wl.Moments))
		}
		m.Update(msg)
		if mm := m.detail.Want(m.currentID()); mm != nil {
			if d := mm(); d != nil {
				m.Update(d)
			}
		}
		_ = m.View()
		b.StopTimer() // closing (SQLite freeing its page cache) is not part of the first frame
		st.Close()
		b.StartTimer()
	}
}
