package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// The benchmarks run on a 10,000-moment demo file (about a million
// measurements), built once and kept in the temporary directory.
const benchMoments = 10000

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

func benchStore(b *testing.B) *Store {
	b.Helper()
	if testing.Short() {
		b.Skip("builds a 10,000-moment file")
	}
	benchOnce.Do(func() {
		benchPath = filepath.Join(os.TempDir(), fmt.Sprintf("ikbt-bench-%d-%s-v%d.db", benchMoments, today, SchemaVersion()))
		removeStaleBench(benchPath)
		s, err := Open(benchPath)
		if err != nil {
			benchErr = err
			return
		}
		defer s.Close()
		if has, _ := s.HasMoments(); has {
			return
		}
		benchErr = s.ImportNew(demo.Generate(today, benchMoments))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	s, err := Open(benchPath)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func benchWorklist(b *testing.B, clinician string) {
	s := benchStore(b)
	cat := programs.Default()
	b.ResetTimer()
	for b.Loop() {
		w, err := s.Worklist(cat, today, clinician)
		if err != nil || len(w.Moments) == 0 {
			b.Fatal(err, len(w.Moments))
		}
	}
}

// benchSQL runs the worklist's queries and reads every column of every
// row, without building the caseload or computing: the baseline.
func benchSQL(b *testing.B, clinician string) {
	s := benchStore(b)
	var args []any
	if clinician != "" {
		args = []any{clinician}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, q := range WorklistQueries(clinician) {
			rows, err := s.db.Query(q, args...)
			if err != nil {
				b.Fatal(err)
			}
			cols, _ := rows.Columns()
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			for rows.Next() {
				if err := rows.Scan(ptrs...); err != nil {
					b.Fatal(err)
				}
			}
			rows.Close()
		}
	}
}

// BenchmarkWorklistSQLAllRaw is BenchmarkWorklistSQLAll through the
// reader the worklist uses (sqliteread: every value of every row as
// borrowed text, in one read transaction on one connection): what the
// engine alone costs in Go, to set against the sqlite3 CLI (C) running
// the same SQL.
func BenchmarkWorklistSQLAllRaw(b *testing.B) {
	s := benchStore(b)
	b.ResetTimer()
	for b.Loop() {
		err := s.rawRead(func(q rowSource) error {
			c := q.(rawTx).c
			for _, query := range WorklistQueries("") {
				rows, err := c.Query(query)
				if err != nil {
					return err
				}
				for rows.Next() {
					for i := range rows.Columns() {
						rows.Bytes(i)
					}
				}
				rows.Close()
				if err := rows.Err(); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorklistOne(b *testing.B)    { benchWorklist(b, demo.Clinician) }
func BenchmarkWorklistAll(b *testing.B)    { benchWorklist(b, "") }
func BenchmarkWorklistSQLOne(b *testing.B) { benchSQL(b, demo.Clinician) }
func BenchmarkWorklistSQLAll(b *testing.B) { benchSQL(b, "") }

// BenchmarkWorklistAllOneTx is BenchmarkWorklistAll with every query in
// one transaction on one connection: what the parallel read saves.
func BenchmarkWorklistAllOneTx(b *testing.B) {
	s := benchStore(b)
	cat := programs.Default()
	b.ResetTimer()
	for b.Loop() {
		c, err := s.load(loadOpts{cond: openMoments, relevant: true})
		if err != nil {
			b.Fatal(err)
		}
		if w := worklist.Compute(c, cat, today); len(w.Moments) == 0 {
			b.Fatal("empty worklist")
		}
	}
}

// removeStaleBench removes the benchmark files of other schema versions
// or days (with their -wal, -shm and backups), so that one is kept, not
// one per release.
func removeStaleBench(keep string) {
	old, _ := filepath.Glob(filepath.Join(os.TempDir(), "ikbt-bench-*"))
	for _, p := range old {
		if p != keep && !strings.HasPrefix(p, keep+"-") {
			os.Remove(p)
		}
	}
}
