package caseload

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2026-11-23", NewDate(2026, 11, 23), true},
		{"2024-02-29", NewDate(2024, 2, 29), true},
		{"2025-02-29", Date{}, false},
		{"23/11/2026", Date{}, false},
		{"2026-11-23T10:00", Date{}, false},
		{"0001-01-01", Date{}, false}, // the zero Date means "not set"
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2026-11-23T08:15", "2026-11-23T08:15", true},
		{"2026-11-23", "2026-11-23T00:00", true},
		{"2026-11-23 08:15", "", false},
		{"2026-11-23T25:00", "", false},
	}
	for _, tt := range tests {
		got, err := ParseStamp(tt.in)
		if (err == nil) != tt.ok || got.String() != tt.want {
			t.Errorf("ParseStamp(%q) = %q, %v; want %q ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestDateArithmeticAcrossDST(t *testing.T) {
	// Sweden leaves summer time on 2026-10-25; calendar days must still count as days.
	a, b := NewDate(2026, 10, 24), NewDate(2026, 10, 26)
	if got := b.DaysSince(a); got != 2 {
		t.Errorf("DaysSince across DST = %d, want 2", got)
	}
	if got := a.AddDays(2); !got.Equal(b) {
		t.Errorf("AddDays(2) = %v, want %v", got, b)
	}
	if got := NewDate(2026, 11, 23).Weekday(); got != time.Monday {
		t.Errorf("2026-11-23 is a %v, want Monday", got)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	type rec struct {
		D Date  `json:"d"`
		S Stamp `json:"s"`
		Z Date  `json:"z"`
	}
	in := rec{D: NewDate(2026, 11, 23), S: NewStamp(2026, 11, 23, 9, 5)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"d":"2026-11-23","s":"2026-11-23T09:05","z":null}` {
		t.Fatalf("Marshal = %s", b)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if !out.D.Equal(in.D) || !out.S.Equal(in.S) || !out.Z.IsZero() {
		t.Fatalf("round trip = %+v, want %+v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"d":"2026-13-01"}`), &out); err == nil {
		t.Fatal("a bad month was accepted")
	}
}

func TestLatest(t *testing.T) {
	a := NewStamp(2026, 11, 1, 8, 0)
	b := NewStamp(2026, 11, 2, 8, 0)
	if got := Latest(Stamp{}, b, a); !got.Equal(b) {
		t.Errorf("Latest = %v, want %v", got, b)
	}
	if got := Latest(); !got.IsZero() {
		t.Errorf("Latest() = %v, want zero", got)
	}
}

func TestParseTypedStamp(t *testing.T) {
	today := NewDate(2026, 11, 23)
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2026-11-23T09:15", "2026-11-23T09:15", true},
		{"2026-11-23 09:15", "2026-11-23T09:15", true},
		{"  2026-11-22   10:12 ", "2026-11-22T10:12", true},
		{"09:15", "2026-11-23T09:15", true},
		{"2026-11-20", "2026-11-20T00:00", true},
		{"9.15", "", false},
		{"25:00", "", false},
		{"2026-11-23 24:10", "", false},
		{"", "", false},
		// The zero time means "not set"; typed, it is refused, not lost.
		{"0001-01-01", "", false},
		{"0001-01-01 00:00", "", false},
		{"0001-01-01 00:01", "0001-01-01T00:01", true},
	}
	for _, tt := range tests {
		got, err := ParseTypedStamp(tt.in, today)
		if (err == nil) != tt.ok || (tt.ok && got.String() != tt.want) {
			t.Errorf("ParseTypedStamp(%q) = %q, %v; want %q ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseTypedStamp(f *testing.F) {
	for _, s := range []string{"2026-11-23 09:15", "09:15", "2026-11-23T09:15", "x", "0001-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseTypedStamp(s, NewDate(2026, 11, 23))
		if err != nil {
			return
		}
		// What it reads, it reads again from its own text.
		if again, err := ParseStamp(st.String()); err != nil || !again.Equal(st) {
			t.Errorf("%q read as %q, which reads back as %q, %v", s, st, again, err)
		}
	})
}

// TestMarshalJSONQuoted: Date and Stamp write exactly what json.Marshal
// of their text wrote before they quoted it themselves, and null when
// zero.
func TestMarshalJSONQuoted(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2026, 11, 23, 9, 5, 0, 0, time.UTC),
		time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(999, 12, 31, 23, 59, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC),
		time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC),
	} {
		d := DateOf(tm)
		s := NewStamp(tm.Year(), tm.Month(), tm.Day(), tm.Hour(), tm.Minute())
		for _, v := range []interface {
			MarshalJSON() ([]byte, error)
			String() string
		}{d, s} {
			got, err := v.MarshalJSON()
			want, _ := json.Marshal(v.String())
			if err != nil || string(got) != string(want) {
				t.Errorf("%T %v: %s, %v; want %s", v, tm, got, err, want)
			}
		}
	}
	for _, v := range []interface{ MarshalJSON() ([]byte, error) }{Date{}, Stamp{}} {
		if got, err := v.MarshalJSON(); err != nil || string(got) != "null" {
			t.Errorf("zero %T: %s, %v", v, got, err)
		}
	}
}
