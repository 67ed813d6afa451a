package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/usertext"
)

// TestHandedOverReadOnly: a moment handed over to another unit (the
// demo's demo-26) is read-only here: an export imported again changes
// nothing and is accepted; a file that changes the moment is refused
// whole; a write to it is refused in the user's language.
func TestHandedOverReadOnly(t *testing.T) {
	s := newStore(t)
	if err := s.Import(demo.Generate(today, demo.Handmade)); err != nil {
		t.Fatal(err)
	}
	exp, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(exp); err != nil {
		t.Fatalf("the export imported again: %v", err)
	}
	changed, _ := s.Export()
	var m *caseload.Moment
	for i := range changed.Moments {
		if changed.Moments[i].ID == "demo-26" {
			m = &changed.Moments[i]
		}
	}
	m.Diagnosis = "F51.1"
	err = s.Import(changed)
	var c usertext.Coded
	if err == nil || !errors.As(err, &c) {
		t.Fatalf("a changed handed-over moment: %v", err)
	}
	if sv := usertext.Render(err, usertext.Swedish); !strings.Contains(sv, "demo-26 är överlämnat") || !strings.HasPrefix(sv, "moments[") {
		t.Errorf("sv: %q", sv)
	}
	if after, _ := s.Export(); !equalJSON(t, after, exp) {
		t.Error("the refused import changed the file")
	}
	_, err = s.AddMeasurement("demo-26", m.Version, caseload.Measurement{Instrument: "ISI", Occasion: caseload.Ongoing,
		Answered: caseload.NewStamp(2026, 11, 23, 9, 0), Items: []int{1, 1, 1, 1, 1, 1, 1}})
	if !errors.Is(err, ErrHandedOver) {
		t.Fatalf("a measurement on demo-26: %v", err)
	}
	for _, tc := range []struct {
		lang usertext.Lang
		want string
	}{{usertext.Swedish, "momentet är överlämnat till en annan enhet"}, {usertext.English, "was handed over to another unit"}} {
		if got := usertext.Render(err, tc.lang); !strings.Contains(got, tc.want) || strings.Contains(got, "constraint") {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.want)
		}
	}
}

func equalJSON(t *testing.T, a, b caseload.Caseload) bool {
	t.Helper()
	var x, y strings.Builder
	if err := EncodeJSON(&x, a); err != nil {
		t.Fatal(err)
	}
	if err := EncodeJSON(&y, b); err != nil {
		t.Fatal(err)
	}
	return x.String() == y.String()
}
