package phrasepicker

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/phrases"
)

func TestFuzzyScoreOrder(t *testing.T) {
	ph := func(code, text string) phrases.Phrase { return phrases.Phrase{Code: code, Text: text} }
	for _, tc := range []struct {
		q          string
		better, lo phrases.Phrase
	}{
		{"hallarb3", ph("hållarb3", "x"), ph("hållarb4", "x")},
		{"behint3", ph("behint3li", "x"), ph("behint1li", "modul 3")},
		{"bh3l", ph("behint3li", "x"), ph("bättsö3", "x")},
		{"avgift", ph("i0", "Ikbt, avgiftsbefriat"), ph("i1", "annat")},
	} {
		if a, b := fuzzyScore(tc.q, tc.better), fuzzyScore(tc.q, tc.lo); a <= b {
			t.Errorf("%q: %s scores %d, not above %s (%d)", tc.q, tc.better.Code, a, tc.lo.Code, b)
		}
	}
	if fuzzyScore("zzz", ph("i0", "Ikbt")) >= 0 {
		t.Error("no match scores as a match")
	}
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

func phraseOf(code, text string) phrases.Phrase { return phrases.Phrase{Code: code, Text: text} }

// TestFuzzyScoreWords: a search of several words finds the phrases that
// hold every word, folded to ASCII (issue 14).
func TestFuzzyScoreWords(t *testing.T) {
	ph := func(code, text string) phrases.Phrase { return phrases.Phrase{Code: code, Text: text} }
	madrs5 := ph("Madrs5", "MADRS-S fråga 9 om livslust\nPatientens poäng: 5 vilket indikerar suicidplaner (över 4.5)")
	madrs4 := ph("Madrs4", "MADRS-S fråga 9 om livslust\nPatientens poäng: 4 vilket indikerar suicidtankar (2.5 – 4.5)")
	for _, tc := range []struct {
		name  string
		q     string
		ph    phrases.Phrase
		match bool
	}{
		{"both words", "livslust 5", madrs5, true},
		{"a word missing", "livslust 7", madrs5, false},
		{"folded: å ä ö typed as a a o", "poang suicidplaner", madrs5, true},
		{"folded: upper case and Ö", "ÖVER LIVSLUST", madrs5, true},
		{"word in the code", "madrs 4", madrs4, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fuzzyScore(fold(tc.q), tc.ph) >= 0; got != tc.match {
				t.Errorf("fuzzyScore(%q, %s) match = %v, want %v", tc.q, tc.ph.Code, got, tc.match)
			}
		})
	}
	if a, b := fuzzyScore("livslust 5", madrs5), fuzzyScore("livslust 5", madrs4); a <= b {
		t.Errorf("livslust 5: Madrs5 scores %d, not above Madrs4 (%d)", a, b)
	}
}
