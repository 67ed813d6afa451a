package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
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

func TestPhrasePickerCopiesExpandedPhrase(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	d.press("P")
	d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasePicker); return ok })
	d.press("avgiftsbefr")
	p := d.top().(*phrasePicker)
	if len(p.shown) == 0 || p.shown[0].Code != "i0" {
		t.Fatalf("search found %v", p.shown)
	}
	d.press("enter")
	d.waitFor("the copy", func() bool { return strings.Contains(p.info, "Sparat i") })
	if got, ok := clipboardSet(d.sent); !ok || got != "Ikbt, avgiftsbefriat enligt Regionbeslut" {
		t.Errorf("OSC 52 got %q", got)
	}
	if len(s.writes()) != 0 {
		t.Errorf("copying a phrase wrote %v", s.writes())
	}
}

func TestPhrasePickerInsertsIntoComposer(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c := openComposer(t, s, mo.ID)
	c.ta.SetValue("")
	d.press("ctrl+p")
	d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasePicker); return ok })
	d.press("i0", "enter")
	d.waitFor("back in the composer", func() bool { return d.top() == common.Page(c) })
	if got := c.ta.Value(); got != "Ikbt, avgiftsbefriat enligt Regionbeslut" {
		t.Errorf("inserted %q", got)
	}
}

func phraseOf(code, text string) phrases.Phrase { return phrases.Phrase{Code: code, Text: text} }
