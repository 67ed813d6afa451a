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

// TestWorklistPlans: every worklist query of the moments reaches every
// table through an index; none reads a whole table, measurements least of
// all. (The referrals' queries read the referrals table, which has no
// index on its decision or clinician: it holds referrals, not the
// moments' weekly rows.)
func TestWorklistPlans(t *testing.T) {
	if worklist.RedFlagItem9 != 4 {
		t.Fatalf("worklist.RedFlagItem9 is %d: the partial index measurements_item9 and QueryRelevantMeasurements say 4", worklist.RedFlagItem9)
	}
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	scan := regexp.MustCompile(`\bSCAN (\w+)`)
	search := regexp.MustCompile(`\bSEARCH (\w+) USING (COVERING )?INDEX (\w+)`)
	aliases := map[string]bool{"m": true, "p": true, "e": true, "x": true, "f": true, "s": true, "n": true, "y": true}
	for _, clin := range []string{"", "Anna Lindqvist"} {
		for i, q := range momentQueries(clin) {
			var args []any
			if clin != "" {
				args = []any{clin}
			}
			plan := queryPlan(t, s, q, args...)
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

// TestReportPlans: the report reaches the measurements only by id, through
// an index or through migration 0007's partial covering index of the
// avslut and uppfoljning answers, never by a pass over the table. (Its
// moments are picked by an optional clinician and program, bound at run
// time, so the moments, measurement_ends and module events may be read
// whole, as before 0007: the report of everyone reads them all anyway.)
func TestReportPlans(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	scan := regexp.MustCompile(`\bSCAN (\w+)`)
	for _, o := range [][]any{{"", ""}, {"Anna Lindqvist", ""}, {"", "oroshjalpen"}} {
		plan := queryPlan(t, s, pick(QueryReportMeasurements, reportMoments), o...)
		all := strings.Join(plan, "\n")
		for _, line := range plan {
			// x, y and l are measurements; m moments, e measurement_ends.
			if m := scan.FindStringSubmatch(line); m != nil && m[1] != "m" && m[1] != "e" &&
				!strings.Contains(line, "USING COVERING INDEX measurements_outcomes") {
				t.Errorf("%v: scans %s:\n%s", o, m[1], all)
			}
		}
		if !strings.Contains(all, "measurements_outcomes") {
			t.Errorf("%v: the outcome answers do not come from measurements_outcomes:\n%s", o, all)
		}
	}
}

// queryPlan is the detail column of EXPLAIN QUERY PLAN for q.
func queryPlan(t *testing.T, s *Store, q string, args ...any) []string {
	t.Helper()
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
