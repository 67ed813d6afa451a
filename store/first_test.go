package store

import (
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// firstStore is the demo with one more red flag, from a PHQ-9 answer
// (worklist.RedFlagPHQ9), on a moment that had none.
func firstStore(t *testing.T, moments int) *Store {
	t.Helper()
	s := mustOpen(t, filepath.Join(t.TempDir(), "first.db"))
	t.Cleanup(func() { s.Close() })
	if err := s.ImportNew(demo.Generate(today, moments)); err != nil {
		t.Fatal(err)
	}
	full, err := s.Worklist(programs.Default(), today, "")
	if err != nil {
		t.Fatal(err)
	}
	red := map[string]bool{}
	for _, f := range full.Flags {
		red[f.Moment] = red[f.Moment] || worklist.IsRed(f.Kind)
	}
	for _, r := range full.Moments {
		if r.Status == caseload.Active && !red[r.Moment] {
			mo := moment(t, s, r.Moment)
			phq := caseload.Measurement{Instrument: "PHQ-9", Occasion: caseload.Ongoing,
				Answered: caseload.NewStamp(2026, 11, 22, 10, 0), Items: []int{1, 1, 1, 1, 1, 1, 1, 1, 2}}
			if _, err := s.AddMeasurement(mo.ID, mo.Version, phq); err != nil {
				t.Fatal(err)
			}
			return s
		}
	}
	t.Fatal("no active moment without a red flag")
	return nil
}

// of keeps the entries of the named moments.
func of[T any](xs []T, moment func(T) string, keep map[string]bool) []T {
	out := []T{}
	for _, x := range xs {
		if keep[moment(x)] {
			out = append(out, x)
		}
	}
	return out
}

func TestFirstWorklist(t *testing.T) {
	cases := []struct {
		name    string
		moments int
	}{
		{"demo", 0},
		{"scaled", 600},
	}
	for _, c := range cases {
		if c.moments > demo.Handmade && testing.Short() {
			continue
		}
		s := firstStore(t, c.moments)
		defer func(n int) { FirstWhole = n }(FirstWhole)
		for _, who := range []string{"", demo.Clinician} {
			full, err := s.Worklist(programs.Default(), today, who)
			if err != nil {
				t.Fatal(err)
			}
			FirstWhole = 5
			first, whole, err := s.FirstWorklist(programs.Default(), today, who)
			if err != nil {
				t.Fatal(err)
			}
			if whole || len(first.Moments) >= len(full.Moments) {
				t.Fatalf("%s %q: whole %v, %d of %d moments: want a part", c.name, who, whole, len(first.Moments), len(full.Moments))
			}
			redOf := func(w worklist.Worklist) []worklist.Flag {
				var out []worklist.Flag
				for _, f := range w.Flags {
					if worklist.IsRed(f.Kind) {
						out = append(out, f)
					}
				}
				return out
			}
			if who == "" && (!strings.Contains(kinds(redOf(full)), caseload.FlagMADRS9) || !strings.Contains(kinds(redOf(full)), caseload.FlagPHQ9)) {
				t.Fatalf("%s %q: the case has red flags %q; want MADRS-S and PHQ-9 ones", c.name, who, kinds(redOf(full)))
			}
			if !reflect.DeepEqual(redOf(first), redOf(full)) {
				t.Errorf("%s %q: red flags\n%v\nwant\n%v", c.name, who, redOf(first), redOf(full))
			}
			// The moments shown first are exactly as in the whole worklist:
			// the open ones with their rows, the closed ones (no row) with
			// their flags and follow-up.
			keep := map[string]bool{}
			for _, r := range first.Moments {
				keep[r.Moment] = true
			}
			for _, f := range first.Flags {
				keep[f.Moment] = true
			}
			if got, want := first.Moments, of(full.Moments, func(r worklist.MomentRow) string { return r.Moment }, keep); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: moment rows differ from the whole worklist's", c.name, who)
			}
			if got, want := first.Flags, of(full.Flags, func(f worklist.Flag) string { return f.Moment }, keep); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: flags\n%v\nwant\n%v", c.name, who, got, want)
			}
			if got, want := first.Feedback, of(full.Feedback, func(f worklist.Feedback) string { return f.Moment }, keep); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: feedback differs from the whole worklist's", c.name, who)
			}
			if got, want := first.Measurements, of(full.Measurements, func(d worklist.Due) string { return d.Moment }, keep); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: due measurements\n%v\nwant\n%v", c.name, who, got, want)
			}
			if !reflect.DeepEqual(first.Assessments, full.Assessments) {
				t.Errorf("%s %q: referrals differ from the whole worklist's", c.name, who)
			}
			// Small enough: the whole worklist at once.
			FirstWhole = len(full.Moments) + 1000
			all, whole, err := s.FirstWorklist(programs.Default(), today, who)
			if err != nil || !whole || !reflect.DeepEqual(all, full) {
				t.Errorf("%s %q: under FirstWhole: whole %v, err %v, same %v", c.name, who, whole, err, reflect.DeepEqual(all, full))
			}
		}
	}
}

func kinds(fs []worklist.Flag) string {
	var k []string
	for _, f := range fs {
		k = append(k, f.Kind)
	}
	return strings.Join(k, " ")
}

// TestRedFlagMomentsPlan: picking the red-flag moments reads only the
// two partial indexes of red-flag answers and each picked moment by id:
// no pass over measurements or moments.
func TestRedFlagMomentsPlan(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	scan := regexp.MustCompile(`\bSCAN (\w+)( USING (?:COVERING )?INDEX (\w+))?`)
	for _, cond := range []string{openMoments, openMomentsClinician} {
		plan := queryPlan(t, s, pick(QueryRedFlagMoments, cond), "Anna Lindqvist")
		all := strings.Join(plan, "\n")
		for _, line := range plan {
			if m := scan.FindStringSubmatch(line); m != nil && m[1] != "r" && m[3] != "measurements_item9" && m[3] != "measurements_phq9" {
				t.Errorf("%s: scans %s:\n%s", cond, m[1], all)
			}
		}
		for _, want := range []string{"measurements_item9", "measurements_phq9", "SEARCH m USING INDEX sqlite_autoindex_moments_1 (id=?)"} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: no %s:\n%s", cond, want, all)
			}
		}
	}
}
