package intake

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		hasTime bool
		ok      bool
	}{
		{"2026-11-23", "2026-11-23T00:00", false, true},
		{"2026-11-23 14:05", "2026-11-23T14:05", true, true},
		{"2026-11-23T14:05", "2026-11-23T14:05", true, true},
		{"2026-11-23 14:05:59", "2026-11-23T14:05", true, true},
		{"23/11/2026", "2026-11-23T00:00", false, true},
		{"23.11.2026", "2026-11-23T00:00", false, true},
		{"23 nov 2026", "2026-11-23T00:00", false, true},
		{"23 nov. 2026", "2026-11-23T00:00", false, true},
		{"23 November 2026", "2026-11-23T00:00", false, true},
		{"mån 23 nov 2026", "2026-11-23T00:00", false, true},
		{"måndag 23 november 2026 09:30", "2026-11-23T09:30", true, true},
		{"46349", "2026-11-23T00:00", false, true},
		{"46349.75", "2026-11-23T18:00", true, true},
		{"46349,75", "2026-11-23T18:00", true, true},
		{"12", "", false, false},
		{"31/11/2026", "", false, false},
		{"11/23/2026", "", false, false},
		{"23 nvm 2026", "", false, false},
		{"2026-11-23 25:00", "", false, false},
		{"23/11/26", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		st, hasTime, ok := ParseStamp(tt.in)
		if ok != tt.ok || (ok && (st.String() != tt.want || hasTime != tt.hasTime)) {
			t.Errorf("ParseStamp(%q) = %s %v %v, want %s %v %v", tt.in, st, hasTime, ok, tt.want, tt.hasTime, tt.ok)
		}
	}
	if _, ok := ParseDate("2026-11-23 10:00"); ok {
		t.Error("ParseDate took a time of day")
	}
}

func TestParseWeekday(t *testing.T) {
	for in, want := range map[string]int{"måndag": 1, "Mån": 1, "TISDAG": 2, "tors": 4, "fre.": 5, "Sunday": 0, "sat": 6} {
		if d, ok := ParseWeekday(in); !ok || int(d) != want {
			t.Errorf("ParseWeekday(%q) = %v %v", in, d, ok)
		}
	}
	if _, ok := ParseWeekday("helg"); ok {
		t.Error("helg is a weekday")
	}
}

func TestParseMap(t *testing.T) {
	m, err := ParseMap(`program=Program, started = Startdatum,name="Efternamn, förnamn"`)
	if err != nil {
		t.Fatal(err)
	}
	if m[Program] != "Program" || m[Started] != "Startdatum" || m[Name] != "Efternamn, förnamn" {
		t.Errorf("%v", m)
	}
	if got := m.String(); got != `name="Efternamn, förnamn",program=Program,started=Startdatum` {
		t.Errorf("String() = %s", got)
	}
	for _, bad := range []string{"program", "colour=Färg", "program=A,program=B", "=X"} {
		if _, err := ParseMap(bad); err == nil {
			t.Errorf("ParseMap(%q) took it", bad)
		}
	}
}

func TestMappingResolve(t *testing.T) {
	header := []string{"Personnummer", "Program", "Telefon", "Startdatum"}
	c, err := Mapping{PNR: "personnummer", Program: "Program", Started: "Startdatum"}.Resolve(header)
	if err != nil || c.Index[PNR] != 0 || c.Index[Started] != 3 || fmt.Sprint(c.Unknown) != "[Telefon]" {
		t.Errorf("%v %v", c, err)
	}
	_, err = Mapping{Program: "Program", Started: "Start"}.Resolve(header)
	var miss *MissingError
	if !errors.As(err, &miss) || fmt.Sprint(miss.Fields) != "[personnummer]" || fmt.Sprint(miss.Columns) != "[Start]" {
		t.Fatalf("%v", err)
	}
	if got := miss.Text("sv"); !strings.Contains(got, "det obligatoriska fältet personnummer") || !strings.Contains(got, `"Start"`) {
		t.Errorf("Text(sv) = %s", got)
	}
}

func TestSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cfg", "mappings.json")
	s, err := LoadSaved(path)
	if err != nil {
		t.Fatal(err)
	}
	h := []string{"Personnummer", "Program"}
	if err := s.Save(h, Mapping{PNR: "Personnummer", Program: "Program"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", fi, err)
	}
	s2, err := LoadSaved(path)
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := s2.Lookup([]string{" personnummer", "PROGRAM"}); !ok || m[Program] != "Program" {
		t.Errorf("lookup by header: %v %v", m, ok)
	}
	if _, ok := s2.Lookup([]string{"Program", "Personnummer"}); ok {
		t.Error("another header order found the mapping")
	}
}

func FuzzIntakeParseStamp(f *testing.F) {
	for _, s := range []string{"2026-11-23", "23/11/2026", "mån 23 nov 2026 09:30", "46349.75", "2026-11-23T14:05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, _, ok := ParseStamp(s)
		if ok && (st.IsZero() || st.Date().Year() < 1900 || st.Date().Year() > 2199) {
			t.Fatalf("ParseStamp(%q) = %s", s, st)
		}
	})
}

// The paste example reads through the mapping Suggest makes of its header and creates three moments.
func TestPasteExample(t *testing.T) {
	tab, err := ReadPasted(PasteExample)
	if err != nil {
		t.Fatal(err)
	}
	m := Suggest(tab.Header)
	p := prepare(t, openStore(t), tab, m, Options{})
	if !p.OK() || len(p.Creates) != 3 || len(p.Unknown) != 0 {
		t.Fatalf("%+v", p)
	}
	golden(t, "paste-example-sv", func() string { var b strings.Builder; p.Report(&b); return b.String() }())
}

func TestFieldLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, fi := range Fields {
		sv, en := fi.LabelIn("sv"), fi.LabelIn("en")
		if sv == "" || en == "" || seen[sv] {
			t.Errorf("%s: labels %q %q", fi.Field, sv, en)
		}
		seen[sv] = true
	}
}
