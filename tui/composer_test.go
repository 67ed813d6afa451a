package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/pages/composer"
)

// openComposer opens the composer on the moment with c.
func openComposer(t *testing.T, s *fakeStore, id string) (*driver, *composer.Page) {
	t.Helper()
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(id)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	return d, d.top().(*composer.Page)
}

func TestComposerExpandsCodeInPlace(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c := openComposer(t, s, mo.ID)
	c.TextArea().SetValue("")
	// An add-on module's code serves every program (a Livsbalansen code
	// such as hållarb3 is refused in another program's note, issue 13).
	want, err := phrases.Expand("tillsjälv", phrases.Params{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ key, typed string }{{"enter", "tillsjälv"}, {"tab", "TILLSJALV"}} {
		c.TextArea().SetValue("")
		// At the end of a line the cursor goes to a new line (issue 13:
		// the next words never run on), so typing goes on below.
		d.press("Före ", tc.typed, tc.key, "Nästa")
		if got := c.TextArea().Value(); got != "Före "+want+"\nNästa" {
			t.Errorf("%s+%s then Nästa gives %q, want %q", tc.typed, tc.key, got, "Före "+want+"\nNästa")
		}
	}
	// A word that is no code: enter is a new line, nothing replaced.
	c.TextArea().SetValue("")
	d.press("vanligt", "enter", "ord")
	if got := c.TextArea().Value(); got != "vanligt\nord" {
		t.Errorf("plain enter gives %q", got)
	}
	// In the middle of a text, only the code before the cursor changes.
	c.TextArea().SetValue("A i0 sedan")
	c.TextArea().MoveToBegin()
	c.TextArea().SetCursorColumn(4)
	d.press("enter", "X")
	if got, want := c.TextArea().Value(), "A Ikbt, avgiftsbefriat enligt Regionbeslut Xsedan"; got != want {
		t.Errorf("i0+enter in a line, then X, gives %q, want %q", got, want)
	}
}

func TestComposerMissingParameterKeepsCode(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c := openComposer(t, s, mo.ID)
	c.SetParams(phrases.Params{})
	c.TextArea().SetValue("")
	d.press("uppint", "enter")
	if c.TextArea().Value() != "uppint" || !c.Failed() || !strings.Contains(c.Info(), "uppint") {
		t.Errorf("a code without its parameter: value %q, info %q", c.TextArea().Value(), c.Info())
	}
}

func TestComposerCopiesExactPlainText(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c := openComposer(t, s, mo.ID)
	c.TextArea().SetValue("")
	d.press("Åtgärd: i0   ", "enter", "Planering: ny kontakt  ")
	want := "Åtgärd: Ikbt, avgiftsbefriat enligt Regionbeslut\nPlanering: ny kontakt"
	if c.Text() != want {
		t.Fatalf("preview %q, want %q", c.Text(), want)
	}
	if !strings.Contains(d.screen(), "Planering: ny kontakt") {
		t.Errorf("the preview is not shown:\n%s", d.screen())
	}
	d.press("ctrl+y")
	d.waitFor("the copy", func() bool { return strings.Contains(c.Info(), "Sparat i") })
	if got, ok := clipboardSet(d.sent); !ok || got != want {
		t.Errorf("OSC 52 got %q, want %q", got, want)
	}
	checkPlain(t, want)
	d.waitFor("the note", func() bool { return len(s.moment(mo.ID).Notes) == len(mo.Notes)+1 })
	n := s.moment(mo.ID).Notes[len(mo.Notes)]
	if n.Text != want || n.Copied.IsZero() {
		t.Errorf("note saved as %+v", n)
	}
	// Copying again without a change marks the same note, with no new one.
	d.press("ctrl+y")
	d.waitFor("the mark", func() bool {
		w := s.writes()
		return w[len(w)-1] == "MarkNoteCopied"
	})
	if got := len(s.moment(mo.ID).Notes); got != len(mo.Notes)+1 {
		t.Errorf("%d notes after copying twice", got)
	}
}

func TestComposerContactTypeAddsZV051(t *testing.T) {
	s := fakeDemo()
	mo := pick(t, s.c, "a submitted module and a next one", withPendingModule)
	d, c := openComposer(t, s, mo.ID)
	if strings.Contains(c.Text(), "ZV051") {
		t.Fatalf("a written contact has ZV051:\n%s", c.Text())
	}
	d.press("ctrl+t") // telephone
	if !strings.Contains(c.Text(), "ZV051") || !strings.Contains(c.Text(), phrases.Phone.Label()) {
		t.Errorf("a telephone contact lacks ZV051 or its label:\n%s", c.Text())
	}
	d.press("x", "ctrl+t")
	if !c.Failed() || !strings.Contains(c.Text(), phrases.Phone.Label()) {
		t.Errorf("an edited note was rebuilt: %q", c.Info())
	}
}
