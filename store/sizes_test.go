package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestSizes: the capacity hints count exactly the moments each condition
// picks and give the module events at the file's average per moment, and
// the read sized by them holds what it held before (every moment's
// events, in order).
func TestSizes(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	var all, events int
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM moments), (SELECT count(*) FROM module_events)`).Scan(&all, &events); err != nil {
		t.Fatal(err)
	}
	if all < 2 || events == 0 {
		t.Fatalf("the example has %d moments and %d module events: too few to test", all, events)
	}
	cases := []struct {
		name string
		o    loadOpts
	}{
		{"everyone", loadOpts{cond: openMoments}},
		{"one clinician", loadOpts{cond: openMomentsClinician, args: []any{"Anna Lindqvist"}}},
		{"nobody", loadOpts{cond: openMomentsClinician, args: []any{"Ingen Alls"}}},
		{"all", loadOpts{cond: allMoments}},
		{"report", loadOpts{cond: reportMoments, args: []any{"", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			var want int
			if err := tx.QueryRow(pick(`SELECT count(*) FROM moments m WHERE /*moments*/`, c.o.cond), c.o.args...).Scan(&want); err != nil {
				t.Fatal(err)
			}
			l := &loader{q: sqlTx{tx}, o: c.o}
			n := l.sizes()
			if l.err != nil {
				t.Fatal(l.err)
			}
			if n.moments != want {
				t.Errorf("moments: got %d, the condition picks %d", n.moments, want)
			}
			if wantMods := want * events / all; n.modules < wantMods {
				t.Errorf("module events: got %d, want at least the average %d", n.modules, wantMods)
			}
			if n.measurements != want*relevantPerMoment {
				t.Errorf("measurements: got %d, want %d", n.measurements, want*relevantPerMoment)
			}
			cl, err := loadTx(tx, c.o)
			if err != nil {
				t.Fatal(err)
			}
			if len(cl.Moments) != want {
				t.Fatalf("read %d moments, the condition picks %d", len(cl.Moments), want)
			}
			for _, m := range cl.Moments {
				var got int
				if err := tx.QueryRow(`SELECT count(*) FROM module_events WHERE moment = ?`, m.ID).Scan(&got); err != nil {
					t.Fatal(err)
				}
				if len(m.Modules) != got {
					t.Errorf("moment %s: %d module events read, %d stored", m.ID, len(m.Modules), got)
				}
			}
		})
	}
}

// TestSizesFailed: a hint that cannot be read (here a closed
// transaction) is no hint, not an error: the slices grow as before.
func TestSizesFailed(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	tx.Rollback()
	l := &loader{q: sqlTx{tx}, o: loadOpts{cond: openMoments}}
	if n := l.sizes(); n != (sizes{}) {
		t.Errorf("got %+v, want no hint", n)
	}
	if l.err != nil {
		t.Errorf("a failed hint set the read's error: %v", l.err)
	}
}
