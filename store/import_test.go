package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
	"github.com/ikbt/ikbt/worklist"
)

var today = caseload.NewDate(2026, 11, 23)

func newStore(t testing.TB) *Store {
	t.Helper()
	s := mustOpen(t, filepath.Join(t.TempDir(), "ikbt.db"))
	t.Cleanup(func() { s.Close() })
	return s
}

// counts returns the row count of every table.
func counts(t testing.TB, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range []string{"patients", "moments", "module_events", "measurements", "messages", "flags", "schedules", "notes"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tb] = n
	}
	return out
}

func exportJSON(t testing.TB, s *Store) []byte {
	t.Helper()
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := EncodeJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func wlJSON(t testing.TB, w worklist.Worklist) string {
	t.Helper()
	b, err := json.MarshalIndent(w, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImportIdempotentAndRoundTrip(t *testing.T) {
	cat := programs.Default()
	c := demo.Generate(today, 25)
	s := newStore(t)
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	n1, x1 := counts(t, s), exportJSON(t, s)
	if n1["moments"] != len(c.Moments) || n1["patients"] != len(c.Patients) {
		t.Fatalf("counts %v", n1)
	}
	// Importing the same data, or its export, changes nothing.
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeJSON(bytes.NewReader(x1), cat)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(back); err != nil {
		t.Fatal(err)
	}
	if n2 := counts(t, s); !reflect.DeepEqual(n1, n2) {
		t.Errorf("counts after re-import %v, want %v", n2, n1)
	}
	if x2 := exportJSON(t, s); !bytes.Equal(x1, x2) {
		t.Errorf("export changed by re-import")
	}
	var versions int
	s.db.QueryRow("SELECT count(*) FROM moments WHERE version <> 1").Scan(&versions)
	if versions != 0 {
		t.Errorf("%d moments got a new version from re-importing", versions)
	}

	// Export → import into an empty file gives the same worklist, which is
	// the worklist of the data computed in memory.
	s2 := newStore(t)
	if err := s2.Import(back); err != nil {
		t.Fatal(err)
	}
	if x3 := exportJSON(t, s2); !bytes.Equal(x1, x3) {
		t.Errorf("export of the copy differs")
	}
	want := wlJSON(t, worklist.Compute(c, cat, today))
	for _, clin := range []string{"", demo.Clinician, demo.Second} {
		w1, err := s.Worklist(cat, today, clin)
		if err != nil {
			t.Fatal(err)
		}
		w2, err := s2.Worklist(cat, today, clin)
		if err != nil {
			t.Fatal(err)
		}
		if wlJSON(t, w1) != wlJSON(t, w2) {
			t.Errorf("clinician %q: worklists differ after export→import", clin)
		}
		if clin == "" && wlJSON(t, w1) != want {
			t.Errorf("stored worklist differs from Compute on the data:\n%s\nwant\n%s", wlJSON(t, w1), want)
		}
		for _, r := range w1.Moments {
			if clin != "" && r.Clinician != clin {
				t.Errorf("clinician %q got a moment of %q", clin, r.Clinician)
			}
		}
	}
}

func TestCliniciansAndHasMoments(t *testing.T) {
	s := newStore(t)
	if has, err := s.HasMoments(); err != nil || has {
		t.Fatalf("empty file: %v %v", has, err)
	}
	if err := s.ImportNew(demo.Generate(today, 25)); err != nil {
		t.Fatal(err)
	}
	if has, err := s.HasMoments(); err != nil || !has {
		t.Fatalf("after import: %v %v", has, err)
	}
	got, err := s.Clinicians()
	want := []string{demo.Clinician, demo.Second}
	if want[0] > want[1] {
		want[0], want[1] = want[1], want[0]
	}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Clinicians() = %v, %v; want %v", got, err, want)
	}
	if err := s.ImportNew(demo.Generate(today, 25)); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("second ImportNew: %v, want ErrNotEmpty", err)
	}
}

func TestLoaderStamp(t *testing.T) {
	for _, in := range []string{"2026-11-23T09:05", "2024-02-29T23:59", "2026-01-01T00:00", "2026-11-23"} {
		l := &loader{}
		want, _ := caseload.ParseStamp(in)
		if got := l.stamp(in); got != want || l.err != nil {
			t.Errorf("stamp(%q) = %v, %v; want %v", in, got, l.err, want)
		}
	}
	for _, bad := range []string{"2026-02-31T10:00", "2026-13-01T10:00", "2026-11-23T24:00", "2026-11-2xT10:00"} {
		l := &loader{}
		if l.stamp(bad); l.err == nil {
			t.Errorf("stamp(%q) accepted", bad)
		}
	}
}

// TestReimportChanged: importing changed data updates the rows by key and
// moves the Version of the moments that changed, and only theirs.
func TestReimportChanged(t *testing.T) {
	cat := programs.Default()
	s := newStore(t)
	c, err := DecodeJSON(bytes.NewReader([]byte(readExample(t))), cat)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	before := counts(t, s)
	ex := strings.Replace(readExample(t), `"total": 12`, `"total": 15`, 1)
	ex = strings.Replace(ex, `"name": "Astrid Berg"`, `"name": "Astrid Berg-Ek"`, 1)
	c2, err := DecodeJSON(strings.NewReader(ex), cat)
	if err != nil {
		t.Fatal(err)
	}
	// The name changes only when the clinician says so.
	var fe *FormatError
	if err := s.Import(c2); !errors.As(err, &fe) || fe.Code != usertext.IdentityName || fe.Path != "patients[1].name" {
		t.Fatalf("import renaming without the option: %v", err)
	}
	res, err := s.ImportWith(c2, ImportOptions{Rename: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Renamed) != 1 || res.Renamed[0].From != "Astrid Berg" || res.Renamed[0].To != "Astrid Berg-Ek" {
		t.Errorf("renamed %v", res.Renamed)
	}
	if after := counts(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("counts %v → %v", before, after)
	}
	m1, _, _ := s.Moment("m-1")
	m2, p2, _ := s.Moment("m-2")
	if m1.Version != 2 || m2.Version != 1 {
		t.Errorf("versions %d and %d, want 2 and 1", m1.Version, m2.Version)
	}
	if m1.Measurements[2].Total != 15 || p2.Name != "Astrid Berg-Ek" {
		t.Errorf("not updated: total %d, name %q", m1.Measurements[2].Total, p2.Name)
	}
}

// TestLoaderBytes: stamps, dates and item scores read from borrowed bytes
// (the large reads) come out as from strings and as caseload parses
// them, and what caseload refuses is refused (year 1 included: the zero
// value means "not set").
func TestLoaderBytes(t *testing.T) {
	for _, in := range []string{"2026-11-23T09:05", "2024-02-29T23:59", "0001-01-01T00:00", "0001-05-05T10:00",
		"2026-02-31T10:00", "2026-11-23T24:00", "2026-11-23", "2026-1-23T09:05", "+026-11-23T09:05", ""} {
		var ls, lb loader
		got, gotB := ls.stamp(in), lb.stampB([]byte(in))
		want, err := caseload.ParseStamp(in)
		if in == "" {
			want, err = caseload.Stamp{}, nil
		}
		if got != want || gotB != want || (ls.err == nil) != (err == nil) || (lb.err == nil) != (err == nil) {
			t.Errorf("stamp %q: %v (%v), bytes %v (%v); want %v (%v)", in, got, ls.err, gotB, lb.err, want, err)
		}
	}
	for _, in := range []string{"2026-11-23", "2024-02-29", "2026-02-29", "0001-01-01", "0001-05-05", "2026-13-01",
		"2026-11-23T09:05", "26-11-23", "2026-11-3x", ""} {
		var ls, lb loader
		got, gotB := ls.date(in), lb.dateB([]byte(in))
		want, err := caseload.ParseDate(in)
		if in == "" {
			want, err = caseload.Date{}, nil
		}
		if got != want || gotB != want || (ls.err == nil) != (err == nil) || (lb.err == nil) != (err == nil) {
			t.Errorf("date %q: %v (%v), bytes %v (%v); want %v (%v)", in, got, ls.err, gotB, lb.err, want, err)
		}
	}
	for _, tc := range []struct {
		in   string
		want []int
		ok   bool
	}{
		{"3,2,1,0,6", []int{3, 2, 1, 0, 6}, true},
		{"12", []int{12}, true},
		{"", nil, true},
		{"-1,4", []int{-1, 4}, true},
		{"1,,2", nil, false},
		{"1,2,", nil, false},
		{" 1,2", nil, false},
		{"1,x", nil, false},
		{"99999999999,1", []int{99999999999, 1}, true},
	} {
		var ls, lb loader
		got, gotB := ls.ints(tc.in), intsOf(&lb, []byte(tc.in))
		if (ls.err == nil) != tc.ok || (lb.err == nil) != tc.ok {
			t.Errorf("ints %q: errors %v, %v; want ok %v", tc.in, ls.err, lb.err, tc.ok)
			continue
		}
		if tc.ok && (!slices.Equal(got, tc.want) || !slices.Equal(gotB, tc.want)) {
			t.Errorf("ints %q: %v, bytes %v; want %v", tc.in, got, gotB, tc.want)
		}
	}
}
