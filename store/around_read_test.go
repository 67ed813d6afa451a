package store

import (
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// TestGallringCaseloadAndClinicianOpen: the narrow reads give gallring's
// proposals and a leaving clinician's handover checks exactly as the
// whole file does, on the demo and on a 600-moment file.
func TestGallringCaseloadAndClinicianOpen(t *testing.T) {
	for _, n := range []int{0, 600} {
		if n > demo.Handmade && testing.Short() {
			continue
		}
		s := mustOpen(t, filepath.Join(t.TempDir(), "g.db"))
		defer s.Close()
		if err := s.ImportNew(demo.Generate(today, n)); err != nil {
			t.Fatal(err)
		}
		all, err := s.Export()
		if err != nil {
			t.Fatal(err)
		}
		g, err := s.GallringCaseload()
		if err != nil {
			t.Fatal(err)
		}
		proposals := 0
		for _, days := range []int{0, 30, 365} {
			for _, day := range []int{0, 40, 400} {
				want := lifecycle.GallringProposals(all, days, today.AddDays(day))
				if got := lifecycle.GallringProposals(g, days, today.AddDays(day)); !reflect.DeepEqual(got, want) {
					t.Errorf("%d moments, %d days, today+%d: proposals\n%v\nwant\n%v", n, days, day, got, want)
				}
				proposals += len(want)
			}
		}
		if proposals == 0 {
			t.Errorf("%d moments: no proposal on any day: the test cannot tell", n)
		}
		names := map[string]string{}
		for _, p := range all.Patients {
			names[p.PNR.String()] = p.Name
		}
		for _, p := range lifecycle.GallringProposals(all, 0, today.AddDays(400)) {
			found := false
			for _, q := range g.Patients {
				found = found || (q.PNR.String() == p.PNR && q.Name == names[p.PNR])
			}
			if !found {
				t.Errorf("%d moments: no name for the patient of %s%s", n, p.Moment, p.Referral)
			}
		}
		clinicians, err := s.Clinicians()
		if err != nil || len(clinicians) == 0 {
			t.Fatalf("clinicians %v, %v", clinicians, err)
		}
		checked := 0
		for _, who := range clinicians {
			c, err := s.ClinicianOpen(who)
			if err != nil {
				t.Fatal(err)
			}
			want := worklist.ClinicianMoments(all, programs.Default(), who, today)
			if got := worklist.ClinicianMoments(c, programs.Default(), who, today); !reflect.DeepEqual(got, want) {
				t.Errorf("%d moments, %s: checks\n%v\nwant\n%v", n, who, got, want)
			}
			checked += len(want)
		}
		if checked == 0 {
			t.Errorf("%d moments: no open moment checked", n)
		}
	}
}

// TestOutcomeMeasurementsPlan: gallring's read of the follow-up answers
// goes through the partial index measurements_outcomes.
func TestOutcomeMeasurementsPlan(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	plan := queryPlan(t, s, pick(QueryOutcomeMeasurements, closedMoments))
	all := strings.Join(plan, "\n")
	if regexp.MustCompile(`SCAN x`).MatchString(all) || !strings.Contains(all, "measurements_outcomes") {
		t.Errorf("plan:\n%s", all)
	}
}
