package tui

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestParseItems(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  string
	}{
		{"2 2 1 0", []int{2, 2, 1, 0}, ""},
		{"2,2;1\t0", []int{2, 2, 1, 0}, ""},
		{"  ", []int{}, ""},
		{"2 x 1", nil, `item 2: "x" is not a number`},
		{"1 2.5", nil, `item 2: "2.5" is not a number`},
	} {
		got, err := parseItems(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("parseItems(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("parseItems(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// FuzzParseItems: no input panics, and numbers written back are read the same.
func FuzzParseItems(f *testing.F) {
	for _, s := range []string{"2 2 2 2 2 2 2 2 4", "0,1,2", "", "x", "-1 99999999999999999999", "６"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items, err := parseItems(s)
		if err != nil {
			return
		}
		var parts []string
		for _, v := range items {
			parts = append(parts, strconv.Itoa(v))
		}
		again, err := parseItems(strings.Join(parts, " "))
		if err != nil || !slices.Equal(again, items) {
			t.Errorf("%q: read %v, written back and read %v (%v)", s, items, again, err)
		}
	})
}

// FuzzFuzzyScore: any query and phrase are scored without a panic, and a
// phrase's own code always matches best.
func FuzzFuzzyScore(f *testing.F) {
	for _, s := range []string{"hållarb3", "BEHINT1Å", "a\u030a", "", "ö ö"} {
		f.Add(s, "text")
	}
	f.Fuzz(func(t *testing.T, code, text string) {
		ph := phraseOf(code, text)
		q := fold(strings.TrimSpace(code))
		if q == "" || q != fold(code) {
			return
		}
		if got := fuzzyScore(q, ph); got < 3000 {
			t.Errorf("code %q scores %d against itself", code, got)
		}
	})
}
