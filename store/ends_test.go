package store

import (
	"database/sql"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// endsDiff returns the rows in which measurement_ends differs from the
// first and latest answers recomputed from measurements (none when right).
func endsDiff(t testing.TB, db *sql.DB) []string {
	t.Helper()
	const want = `SELECT g.moment, g.instrument,
	(SELECT y.id FROM measurements y WHERE y.moment = g.moment AND y.instrument = g.instrument ORDER BY y.answered LIMIT 1),
	min(g.answered),
	(SELECT y.id FROM measurements y WHERE y.moment = g.moment AND y.instrument = g.instrument ORDER BY y.answered DESC LIMIT 1),
	max(g.answered)
FROM measurements g GROUP BY g.moment, g.instrument`
	const have = `SELECT moment, instrument, first, first_at, latest, latest_at FROM measurement_ends`
	rows, err := db.Query(fmt.Sprintf(`SELECT 'missing', * FROM (%[1]s EXCEPT %[2]s) UNION ALL SELECT 'wrong', * FROM (%[2]s EXCEPT %[1]s)`, want, have))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var what, moment, instrument, firstAt, latestAt string
		var first, latest int64
		if err := rows.Scan(&what, &moment, &instrument, &first, &firstAt, &latest, &latestAt); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %s %s first %d %s latest %d %s", what, moment, instrument, first, firstAt, latest, latestAt))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkWorklist compares the stored worklist with Compute on everything
// the file holds.
func checkWorklist(t *testing.T, s *Store, step string) {
	t.Helper()
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	cat := programs.Default()
	w, err := s.Worklist(cat, today, "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := wlJSON(t, w), wlJSON(t, worklist.Compute(c, cat, today)); got != want {
		t.Fatalf("%s: stored worklist differs from Compute on the data:\n%s\nwant\n%s", step, got, want)
	}
}

// TestMigrateV1ToV2: a file written with schema version 1 (no
// measurement_ends) migrates to the current version with the ends filled
// in and the same worklist as Compute on its data, after a backup.
func TestMigrateV1ToV2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	v1 := fstest.MapFS{"migrations/0001_init.sql": &fstest.MapFile{Data: []byte(ms[0])}}
	func() {
		defer func(old fs.FS) { migrationFS = old }(migrationFS)
		migrationFS = v1
		s := mustOpen(t, path)
		defer s.Close()
		if err := s.Import(demo.Generate(today, 40)); err != nil {
			t.Fatal(err)
		}
		var n int
		s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'measurement_ends'").Scan(&n)
		if n != 0 {
			t.Fatal("version 1 has measurement_ends")
		}
	}()

	s := mustOpen(t, path)
	defer s.Close()
	var user, ends int
	s.db.QueryRow("PRAGMA user_version").Scan(&user)
	s.db.QueryRow("SELECT count(*) FROM measurement_ends").Scan(&ends)
	if user != SchemaVersion() || user < 2 || ends == 0 {
		t.Fatalf("after migrating: version %d, %d ends", user, ends)
	}
	if d := endsDiff(t, s.db); len(d) > 0 {
		t.Fatalf("backfilled ends differ from the measurements:\n%v", d)
	}
	if baks, _ := filepath.Glob(path + ".bak-v1"); len(baks) != 1 {
		t.Errorf("no backup of the version 1 file: %v", baks)
	}
	checkWorklist(t, s, "migrated")
}

// TestEndsFollowWrites: after random measurements, undos, imports and
// moments added and taken back, measurement_ends equals a recomputation
// from measurements, and the worklist equals Compute on the data.
func TestEndsFollowWrites(t *testing.T) {
	s := newStore(t)
	if err := s.Import(demo.Generate(today, 12)); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	instruments := []struct {
		id         string
		items, max int
	}{{"MADRS-S", 9, 6}, {"GAD-7", 7, 3}, {"PHQ-9", 9, 3}, {"MADRS-S9", 1, 6}}
	measurement := func() caseload.Measurement {
		in := instruments[r.IntN(len(instruments))]
		items := make([]int, in.items)
		for i := range items {
			items[i] = r.IntN(in.max + 1)
		}
		// Few distinct times, so that some answers replace others.
		answered := caseload.NewStamp(2026, time.Month(6+r.IntN(6)), 1+r.IntN(28), 8+r.IntN(3), 0)
		return caseload.Measurement{Instrument: in.id, Occasion: caseload.Ongoing, Answered: answered, Items: items}
	}
	var undos []Undo
	added, undone := 0, 0
	// Under -short a third of the walk (still past two worklist checks).
	steps := 300
	if testing.Short() {
		steps = 100
	}
	for step := range steps {
		c, err := s.Export()
		if err != nil {
			t.Fatal(err)
		}
		m := c.Moments[r.IntN(len(c.Moments))]
		if m.ClosingReason == lifecycle.HandedOverReason {
			continue // read-only (TestHandedOverReadOnly)
		}
		var what string
		switch k := r.IntN(11); {
		case k < 5:
			what = "add measurement to " + m.ID
			u, err := s.AddMeasurement(m.ID, m.Version, measurement())
			if err != nil {
				t.Fatalf("step %d: %s: %v", step, what, err)
			}
			undos = append(undos, u)
		case k < 7 && len(undos) > 0:
			// Mostly the latest write, which nothing has refused yet; an
			// older one may meet ErrConflict: fine either way.
			i := len(undos) - 1
			if r.IntN(4) == 0 {
				i = r.IntN(len(undos))
			}
			what = "undo on " + undos[i].Moment
			if s.Undo(undos[i]) == nil {
				undone++
			}
			undos = append(undos[:i], undos[i+1:]...)
		case k < 8:
			what = "import"
			for range 1 + r.IntN(5) {
				j := r.IntN(len(c.Moments))
				if c.Moments[j].ClosingReason == lifecycle.HandedOverReason {
					continue // read-only: such an import is refused (TestHandedOverReadOnly)
				}
				c.Moments[j].Measurements = append(c.Moments[j].Measurements, measurement())
			}
			for j := range c.Moments { // an import may carry the same answer twice
				c.Moments[j].Measurements = dedupe(c.Moments[j].Measurements)
			}
			if err := s.Import(c); err != nil {
				t.Fatalf("step %d: %s: %v", step, what, err)
			}
		case k < 9:
			// No write path deletes or moves one answer today; the triggers
			// must still hold if one does.
			what = "delete or move one measurement of " + m.ID
			if len(m.Measurements) == 0 {
				break
			}
			x := m.Measurements[r.IntN(len(m.Measurements))]
			q, args := `DELETE FROM measurements WHERE id = ?1`, []any{x.ID}
			switch r.IntN(3) {
			case 1:
				q, args = `UPDATE OR IGNORE measurements SET answered = ?2 WHERE id = ?1`, []any{x.ID, measurement().Answered.String()}
			case 2:
				q, args = `UPDATE OR IGNORE measurements SET moment = ?2 WHERE id = ?1`, []any{x.ID, c.Moments[r.IntN(len(c.Moments))].ID}
			}
			if _, err := mustWriter(t, s).Exec(q, args...); err != nil {
				t.Fatalf("step %d: %s: %v", step, what, err)
			}
		default:
			added++
			n := m
			n.ID = fmt.Sprintf("added-%d", added)
			n.Measurements = dedupe(append(slices.Clone(n.Measurements), measurement()))
			// One open moment per patient and program (issue 14): the copy is closed.
			n.Status, n.ClosedOn, n.ClosingReason = caseload.Closed, n.Started, "test"
			what = "add moment " + n.ID
			u, err := s.AddMoment(c.Patients[0], withPatient(n, c.Patients[0]))
			if err != nil {
				t.Fatalf("step %d: %s: %v", step, what, err)
			}
			undos = append(undos, u)
		}
		if d := endsDiff(t, s.db); len(d) > 0 {
			t.Fatalf("step %d (%s): measurement_ends differs from the measurements:\n%v", step, what, d)
		}
		if step%50 == 49 {
			checkWorklist(t, s, fmt.Sprintf("step %d", step))
		}
	}
	if added < 5*steps/300 || undone < 20*steps/300 {
		t.Fatalf("the random walk added %d moments and undid %d writes", added, undone)
	}
}

// dedupe keeps the first of measurements with the same instrument and time.
func dedupe(ms []caseload.Measurement) []caseload.Measurement {
	seen := map[string]bool{}
	var out []caseload.Measurement
	for _, x := range ms {
		k := x.Instrument + "@" + x.Answered.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

func withPatient(m caseload.Moment, p caseload.Patient) caseload.Moment {
	m.PNR = p.PNR
	return m
}

// TestGroup: rows reach their moments in their order, sorted by moment or
// not, and a moment without rows keeps nil.
func TestGroup(t *testing.T) {
	tests := []struct {
		name string
		of   []int
		want [][]int // rows of each moment (the rows are 0, 1, 2, …)
	}{
		{"none", nil, [][]int{nil, nil, nil}},
		{"moment by moment", []int{0, 0, 2, 2, 2}, [][]int{{0, 1}, nil, {2, 3, 4}}},
		{"mixed", []int{2, 0, 2, 1, 0}, [][]int{{1, 4}, {3}, {0, 2}}},
		{"one moment", []int{1, 1}, [][]int{nil, {0, 1}, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := make([]caseload.Moment, len(tt.want))
			rows := make([]caseload.Message, len(tt.of))
			for i := range rows {
				rows[i].From = fmt.Sprint(i)
			}
			group(ms, tt.of, rows, func(m *caseload.Moment, xs []caseload.Message) { m.Messages = xs })
			for i, m := range ms {
				var got []int
				for _, x := range m.Messages {
					var n int
					fmt.Sscan(x.From, &n)
					got = append(got, n)
				}
				if !slices.Equal(got, tt.want[i]) || (tt.want[i] == nil) != (m.Messages == nil) {
					t.Errorf("moment %d got rows %v, want %v", i, got, tt.want[i])
				}
				if len(m.Messages) != cap(m.Messages) {
					t.Errorf("moment %d: cap %d > len %d: an append would write over the next moment's rows", i, cap(m.Messages), len(m.Messages))
				}
			}
		})
	}
}
