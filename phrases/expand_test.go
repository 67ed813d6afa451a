package phrases

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/ikbt/ikbt/caseload"
)

func TestExpandText(t *testing.T) {
	b3, _ := Expand("behint3li", Params{})
	h3, _ := Expand("hållarb3", Params{})
	m4, _ := Expand("Madrs4", Params{})
	date := caseload.NewDate(2026, 11, 30)
	full := Params{Module: 4, Next: 4, Date: date}
	for _, tc := range []struct {
		name, draft string
		p           Params
		want        string
		errs        []string // "line:col" of each reported code
	}{
		{"empty", "", full, "", nil},
		{"no codes", "Patienten mår bättre. Ångest 3/10.", full, "Patienten mår bättre. Ångest 3/10.", nil},
		{"codes in Swedish text", "Återkoppling given. behint3li Även hallarb3 idag.",
			full, "Återkoppling given. " + b3 + " Även " + h3 + " idag.", nil},
		{"punctuation kept", "(behint3li), ”hållarb3”.", full, "(" + b3 + "), ”" + h3 + "”.", nil},
		{"case", "MADRS4", full, m4, nil},
		{"decomposed å in the code", "ha\u030allarb3!", full, h3 + "!", nil},
		{"line breaks and CRLF kept", "a\r\nbehint3li\r\n\r\n  b\t", full, "a\r\n" + b3 + "\r\n\r\n  b\t", nil},
		{"parameters", "uppint", full, "Patienten tilldelas modul 4. Uppföljning den 2026-11-30", nil},
		{"inside a word", "xbehint3li behint3lix behint3li-text MADRS-S", full, "xbehint3li behint3lix behint3li-text MADRS-S", nil},
		{"family code is a word here", "MADRS 18, Madrs", full, "MADRS 18, Madrs", nil},
		{"missing parameter left as typed", "Plan:\nså uppint och kbtintli.", Params{Module: 2},
			"Plan:\nså uppint och KBT via internet, ”Livsbalansen”, modul 2.", []string{"2:4"}},
		{"two missing", "kbtintå  uppint", Params{}, "kbtintå  uppint", []string{"1:1", "1:10"}},
		{"invalid UTF-8 kept", "\xff behint3li \xfe\xfe", full, "\xff " + b3 + " \xfe\xfe", nil},
		{"unknown codes are text", "behint9li hallarb", full, "behint9li hallarb", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := ExpandText(tc.draft, tc.p)
			if got != tc.want {
				t.Errorf("ExpandText(%q)\n got %q\nwant %q", tc.draft, got, tc.want)
			}
			if len(errs) != len(tc.errs) {
				t.Fatalf("errors %v, want at %v", errs, tc.errs)
			}
			for i, err := range errs {
				var te *TextError
				var me *MissingError
				if !errors.As(err, &te) || !errors.As(err, &me) || !strings.HasPrefix(err.Error(), tc.errs[i]+":") {
					t.Errorf("error %d = %v, want a missing parameter at %s", i, err, tc.errs[i])
				}
			}
		})
	}
}

// FuzzExpandText checks that no draft panics the expander and that text
// outside codes is never changed or lost: putting each code back where its
// expansion stands gives the draft again, and the codes expanded are
// exactly the white-space separated words that Lookup knows.
func FuzzExpandText(f *testing.F) {
	for _, s := range []string{
		"", "behint3li", "Hej behint3li, hallarb3.\nMADRS-S 18 uppint", "ha\u030allarb3", "”Madrs4”",
		"\xff\xfe behint1å\r\n", "((((i0))))", "kbtintå\u00a0i0\u2028x", "a\u030a\u030a",
	} {
		f.Add(s)
	}
	set := Builtin()
	known := map[string]bool{} // every spelling Lookup knows, folded
	for _, ph := range set.List() {
		for _, c := range append([]string{ph.Code}, ph.Aliases...) {
			known[Key(c)] = true
		}
	}
	score := 2
	p := Params{Module: 3, Next: 4, Date: caseload.NewDate(2026, 1, 2), Score: &score, Challenge: "Oro"}
	f.Fuzz(func(t *testing.T, draft string) {
		got, errs := set.ExpandText(draft, p)
		if len(errs) != 0 {
			t.Fatalf("errors with every parameter given: %v", errs)
		}
		spans, _ := set.scan(draft, p)
		// Put the codes back.
		var back strings.Builder
		rest, last := got, 0
		for _, sp := range spans {
			gap := draft[last:sp.start]
			if !strings.HasPrefix(rest, gap) {
				t.Fatalf("text before a code changed:\ndraft %q\n  got %q", draft, got)
			}
			rest = rest[len(gap):]
			if !strings.HasPrefix(rest, sp.text) {
				t.Fatalf("expansion of %q missing:\ndraft %q\n  got %q", draft[sp.start:sp.end], draft, got)
			}
			rest = rest[len(sp.text):]
			back.WriteString(gap)
			back.WriteString(draft[sp.start:sp.end])
			last = sp.end
		}
		if rest != draft[last:] {
			t.Fatalf("text after the last code changed:\ndraft %q\n  got %q", draft, got)
		}
		back.WriteString(rest)
		if back.String() != draft {
			t.Fatalf("codes put back give %q, want %q", back.String(), draft)
		}
		// Independently: which words are codes (the fold is Key's, tested on its own).
		want := 0
		for _, w := range strings.FieldsFunc(draft, unicode.IsSpace) {
			core := strings.TrimFunc(w, unicode.IsPunct)
			if core == "" || len(core) > longestKey {
				continue
			}
			if known[Key(core)] {
				want++
			}
		}
		if len(spans) != want {
			t.Fatalf("%d codes expanded in %q, Lookup knows %d of its words", len(spans), draft, want)
		}
	})
}

// benchDraft is a 2,000-word draft with 50 codes in Swedish text.
func benchDraft() string {
	words := strings.Fields("Patienten har arbetat med övningarna under veckan och beskriver att stressen minskat något. Hon har svårt att hinna med återhämtning men försöker planera in pauser. Sömnen är fortfarande orolig och hon vaknar tidigt.")
	codes := []string{"behint3li", "hallarb3", "uppint", "Madrs2", "kbtintli", "bättsö4", "i0", "lboro1", "GRANSATTNING2", "behint5å"}
	var b strings.Builder
	n, c := 0, 0
	for n < 2000 {
		if n%40 == 39 {
			b.WriteString(codes[c%len(codes)])
			c++
		} else {
			b.WriteString(words[n%len(words)])
		}
		n++
		if n%12 == 0 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func BenchmarkExpandText(b *testing.B) {
	draft := benchDraft()
	p := Params{Module: 4, Next: 5, Date: caseload.NewDate(2026, 11, 30)}
	set := Builtin()
	if spans, errs := set.scan(draft, p); len(spans) != 50 || len(errs) != 0 {
		b.Fatalf("draft has %d codes and %v, want 50 codes", len(spans), errs)
	}
	if n := len(strings.Fields(draft)); n != 2000 {
		b.Fatalf("draft has %d words, want 2000", n)
	}
	b.Run("expand", func(b *testing.B) {
		b.SetBytes(int64(len(draft)))
		for b.Loop() {
			set.ExpandText(draft, p)
		}
	})
	// With the note's program every word is also checked for a foreign or
	// mistyped code (issue 13), and CheckCodes alone, as the composer runs it.
	lp := p
	lp.Program = "livsbalansen"
	b.Run("expand-program", func(b *testing.B) {
		b.SetBytes(int64(len(draft)))
		for b.Loop() {
			set.ExpandText(draft, lp)
		}
	})
	b.Run("check", func(b *testing.B) {
		b.SetBytes(int64(len(draft)))
		for b.Loop() {
			set.CheckCodes(draft, "livsbalansen")
		}
	})
	// Baselines over the same draft: splitting it into words, and copying it.
	b.Run("fields", func(b *testing.B) {
		b.SetBytes(int64(len(draft)))
		for b.Loop() {
			_ = strings.Fields(draft)
		}
	})
	b.Run("copy", func(b *testing.B) {
		b.SetBytes(int64(len(draft)))
		for b.Loop() {
			_ = strings.Clone(draft)
		}
	})
}
