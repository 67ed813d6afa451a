package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/phrasepicker"
)

func TestPhrasePickerCopiesExpandedPhrase(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "sv")
	d.press("P")
	d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasepicker.Page); return ok })
	d.press("avgiftsbefr")
	p := d.top().(*phrasepicker.Page)
	if len(p.Shown()) == 0 || p.Shown()[0].Code != "i0" {
		t.Fatalf("search found %v", p.Shown())
	}
	d.press("enter")
	d.waitFor("the copy", func() bool { return strings.Contains(p.Info(), "Sparat i") })
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
	c.TextArea().SetValue("")
	d.press("ctrl+p")
	d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasepicker.Page); return ok })
	d.press("i0", "enter")
	d.waitFor("back in the composer", func() bool { return d.top() == common.Page(c) })
	if got := c.TextArea().Value(); got != "Ikbt, avgiftsbefriat enligt Regionbeslut" {
		t.Errorf("inserted %q", got)
	}
}

func TestPhrasePickerSeveralWords(t *testing.T) {
	d := newDriver(t, fakeDemo(), 120, 40, "sv")
	d.press("P")
	d.waitFor("the picker", func() bool { _, ok := d.top().(*phrasepicker.Page); return ok })
	d.press("livslust 5")
	p := d.top().(*phrasepicker.Page)
	if len(p.Shown()) == 0 || p.Shown()[0].Code != "Madrs5" {
		var codes []string
		for _, s := range p.Shown() {
			codes = append(codes, s.Code)
		}
		t.Fatalf("livslust 5 found %v, want Madrs5 first", codes)
	}
}
