package store

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/worklist"
)

var tables = []string{"patients", "moments", "module_events", "measurements", "messages", "flags", "schedules", "notes"}

// TestWorklistPlans: every worklist query reaches every table through an
// index; none reads a whole table, measurements least of all.
func TestWorklistPlans(t *testing.T) {
	if worklist.RedFlagItem9 != 4 {
		t.Fatalf("worklist.RedFlagItem9 is %d: the partial index measurements_item9 and QueryRelevantMeasurements say 4", worklist.RedFlagItem9)
	}
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	scan := regexp.MustCompile(`\bSCAN (\w+)`)
	search := regexp.MustCompile(`\bSEARCH (\w+) USING (COVERING )?INDEX (\w+)`)
	aliases := map[string]bool{"m": true, "p": true, "e": true, "x": true, "f": true, "s": true, "n": true, "y": true}
	for _, clin := range []string{"", "Anna Lindqvist"} {
		for i, q := range WorklistQueries(clin) {
			var args []any
			if clin != "" {
				args = []any{clin}
			}
			rows, err := s.db.Query("EXPLAIN QUERY PLAN "+q, args...)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			searched := 0
			for _, line := range plan {
				if m := scan.FindStringSubmatch(line); m != nil && (aliases[m[1]] || slices.Contains(tables, m[1])) {
					t.Errorf("clinician %q query %d scans %s:\n%s", clin, i, m[1], strings.Join(plan, "\n"))
				}
				if search.MatchString(line) {
					searched++
				}
			}
			if searched == 0 {
				t.Errorf("clinician %q query %d uses no index:\n%s", clin, i, strings.Join(plan, "\n"))
			}
			if strings.Contains(q, "measurements") && !strings.Contains(strings.Join(plan, "\n"), "measurements_item9") {
				t.Errorf("the red-flag part does not use the partial index:\n%s", strings.Join(plan, "\n"))
			}
		}
	}
}
