package store

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// TestAssessments: the referrals' rows and red flags read without the
// moments are the worklist's, for everyone and for one clinician.
func TestAssessments(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "a.db"))
	defer s.Close()
	if err := s.ImportNew(demo.Generate(today, demo.Handmade)); err != nil {
		t.Fatal(err)
	}
	for _, who := range []string{"", demo.Clinician, "Ingen Alls"} {
		full, err := s.Worklist(programs.Default(), today, who)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Assessments(today, who)
		if err != nil {
			t.Fatal(err)
		}
		if who == "" && len(full.Assessments) == 0 {
			t.Fatal("the demo has no undecided referral")
		}
		if !reflect.DeepEqual(got.Assessments, full.Assessments) {
			t.Errorf("%q: rows\n%+v\nwant\n%+v", who, got.Assessments, full.Assessments)
		}
		referrals := map[string]bool{}
		for _, r := range full.Assessments {
			referrals[r.Referral] = true
		}
		for _, f := range got.Flags {
			if !referrals[f.Moment] {
				t.Errorf("%q: flag of %s, not a referral", who, f.Moment)
			}
		}
		if want := of(full.Flags, func(f worklist.Flag) string { return f.Moment }, referrals); !reflect.DeepEqual(got.Flags, want) {
			t.Errorf("%q: flags %v, want %v", who, got.Flags, want)
		}
	}
}
