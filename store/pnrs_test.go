package store

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
)

// TestPNRs compares the one-query lookup with reading each moment.
func TestPNRs(t *testing.T) {
	s := newStore(t)
	c := demo.Generate(today, 40)
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	ids := []string{"no-such-moment"}
	for _, m := range c.Moments {
		ids = append(ids, m.ID)
	}
	got, err := s.PNRs(ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(c.Moments) {
		t.Errorf("%d numbers for %d moments", len(got), len(c.Moments))
	}
	for _, id := range ids {
		m, _, err := s.Moment(id)
		if err != nil {
			if _, ok := got[id]; ok {
				t.Errorf("%s: a number for a moment Moment does not find", id)
			}
			continue
		}
		if got[id] != m.PNR.String() {
			t.Errorf("%s: %q, Moment says %q", id, got[id], m.PNR.String())
		}
	}
	// The lookup goes by the primary key, never a scan of the moments.
	plan, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT id, pnr FROM moments WHERE id IN (SELECT value FROM json_each(?))`, `["x"]`)
	if err != nil {
		t.Fatal(err)
	}
	defer plan.Close()
	for plan.Next() {
		var id, parent, notused int
		var detail string
		if err := plan.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(detail, "SCAN moments") {
			t.Errorf("plan: %s", detail)
		}
	}
	if got, err := s.PNRs(nil); err != nil || len(got) != 0 {
		t.Errorf("no ids: %v, %v", got, err)
	}
}
