package usertext

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// verbRE finds the fmt verbs of a format, with explicit argument indexes.
var verbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

func verbs(f string) string { return strings.Join(verbRE.FindAllString(f, -1), " ") }

// entries walks the catalogue: every Text of T (a Plural gives two) and
// every Code, named by its path.
func entries() map[string]Text {
	out := map[string]Text{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch x := v.Interface().(type) {
		case Text:
			out[path] = x
			return
		case Plural:
			out[path+".One"], out[path+".Many"] = x.One, x.Many
			return
		}
		for i := 0; i < v.NumField(); i++ {
			walk(path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	}
	walk("T", reflect.ValueOf(T))
	for i, c := range codes {
		out[fmt.Sprintf("code %d (%.30s)", i, c.EN)] = *c
	}
	return out
}

// TestCatalogue: every entry says it in both languages, with the same
// arguments in the same order (a field left out of T's literal is empty).
func TestCatalogue(t *testing.T) {
	es := entries()
	if len(es) < 250 {
		t.Fatalf("only %d entries: the walk missed some", len(es))
	}
	for name, e := range es {
		if e.SV == "" || e.EN == "" {
			t.Errorf("%s: missing a language: %q / %q", name, e.SV, e.EN)
			continue
		}
		if verbs(e.SV) != verbs(e.EN) {
			t.Errorf("%s: arguments %q in Swedish, %q in English", name, verbs(e.SV), verbs(e.EN))
		}
	}
}

// TestPlural: the count picks the form, in both languages.
func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		lang Lang
		want string
	}{
		{1, Swedish, "1 mätning"}, {2, Swedish, "2 mätningar"}, {0, Swedish, "0 mätningar"},
		{1, English, "1 measurement"}, {5, English, "5 measurements"},
	}
	for _, tt := range tests {
		if got := T.Import.Measurements.N(tt.lang, tt.n); got != tt.want {
			t.Errorf("%d %s: %q, want %q", tt.n, tt.lang, got, tt.want)
		}
	}
	if got := T.Report.Wrote.N(Swedish, 3, "r.csv"); got != "Skrev r.csv (3 moment, läge 0600)\n" {
		t.Errorf("indexed arguments: %q", got)
	}
}

type coded struct {
	loc  string
	code Code
	args []any
}

func (c coded) Error() string         { return "coded" }
func (c coded) Location() string      { return c.loc }
func (c coded) Reason() (Code, []any) { return c.code, c.args }

func TestRender(t *testing.T) {
	e := fmt.Errorf("outer: %w", coded{loc: "x.db", code: Locked})
	if got := Render(e, Swedish); got != "x.db: "+Locked.SV {
		t.Errorf("sv %q", got)
	}
	if got := Render(e, English); got != "x.db: "+Locked.EN {
		t.Errorf("en %q", got)
	}
	inner := coded{code: PNRCheck}
	outer := coded{loc: "patients[0].personnummer", code: ImportPNR, args: []any{"19121212XXXX", inner}}
	if got := Render(outer, Swedish); got != "patients[0].personnummer: personnumret 19121212XXXX har fel kontrollsiffra" {
		t.Errorf("nested %q", got)
	}
	if got := Render(errors.New("plain"), Swedish); got != "plain" {
		t.Errorf("plain %q", got)
	}
	if got := Render(coded{loc: "line 3", args: []any{"as it is"}}, Swedish); got != "line 3: as it is" {
		t.Errorf("nil code %q", got)
	}
}

// TestError: a catalogue error keeps its location verbatim, says itself
// in its language, renders in any, and keeps what it wraps for errors.Is.
func TestError(t *testing.T) {
	inner := errors.New("inner")
	e := At(Swedish, "--today", T.General.NotADate, "25/11").Wrap(inner)
	if e.Error() != `--today: "25/11" är inget datum (skriv ÅÅÅÅ-MM-DD)` {
		t.Errorf("sv %q", e.Error())
	}
	if got := Render(fmt.Errorf("wrapped: %w", e), English); got != `--today: "25/11" is not a date (want YYYY-MM-DD)` {
		t.Errorf("en %q", got)
	}
	if !errors.Is(e, inner) {
		t.Error("errors.Is lost the wrapped error")
	}
	if got := Errorf("", T.Report.OneFormat).Error(); got != T.Report.OneFormat.EN {
		t.Errorf("no language: %q, want English", got)
	}
}

func TestLangDecimal(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		x    float64
		prec int
		want string
	}{
		{"sv", 0.44, 1, "0,4"},
		{"en", 0.44, 1, "0.4"},
		{"sv", 12, 1, "12,0"},
		{"sv", 3, 0, "3"},
		{"en", 2.25, 2, "2.25"},
	} {
		if got := tc.lang.Decimal(tc.x, tc.prec); got != tc.want {
			t.Errorf("%s Decimal(%g, %d) = %q, want %q", tc.lang, tc.x, tc.prec, got, tc.want)
		}
	}
}
