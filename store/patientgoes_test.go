package store

import (
	"errors"

	"github.com/ikbt/ikbt/caseload"
	"path/filepath"
	"testing"

	"github.com/ikbt/ikbt/demo"
)

// TestPatientGoes: what the gallring form says before the clinician's yes
// is what Gallra then does, for every moment of the demo (patients with
// one moment, with several, with their own referral and with others'),
// and for every refused referral.
func TestPatientGoes(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "goes.db"))
	defer s.Close()
	if err := s.ImportNew(demo.Generate(today, demo.Handmade)); err != nil {
		t.Fatal(err)
	}
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	seen, referrals := map[bool]int{}, 0
	// check asks PatientGoes, then gallras id on a copy of the file as it
	// is now and compares.
	check := func(id string, gallra func(*Store) (GallraReport, error)) {
		goes, err := s.PatientGoes(id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		seen[goes]++
		copyPath := filepath.Join(t.TempDir(), "copy.db")
		if _, err := s.db.Exec(`VACUUM INTO ?1`, copyPath); err != nil {
			t.Fatal(err)
		}
		cp := mustOpen(t, copyPath)
		r, err := gallra(cp)
		cp.Close()
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if r.PatientRemoved != goes {
			t.Errorf("%s: PatientGoes %v, gallring removed the patient: %v", id, goes, r.PatientRemoved)
		}
	}
	for _, m := range c.Moments {
		check(m.ID, func(cp *Store) (GallraReport, error) { return cp.Gallra(m.ID, GallraOptions{}) })
	}
	for _, r := range c.Referrals {
		if r.Decision == caseload.DecidedNo {
			check(r.ID, func(cp *Store) (GallraReport, error) { return cp.GallraReferral(r.ID, GallraOptions{}) })
			referrals++
		}
	}
	if referrals == 0 {
		t.Error("the demo has no refused referral")
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Errorf("the demo gives only %v: want both answers", seen)
	}
	if _, err := s.PatientGoes("no-such-moment"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown moment: %v", err)
	}
}
