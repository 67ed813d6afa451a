package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/ikbt/ikbt/tui/pages/composer"
)

// BenchmarkComposerKey is one typed letter in the composer on a prefilled
// note: the textarea update, the live preview (every code in the note
// expanded again) and the frame. BenchmarkTextareaKey is the same key in
// the bare textarea, the baseline it is compared with.
func BenchmarkComposerKey(b *testing.B) {
	s := fakeDemo()
	mo := pick(b, s.c, "a submitted module and a next one", withPendingModule)
	d := newDriver(b, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	c := d.top().(*composer.Page)
	key := tea.KeyPressMsg{Code: 'a', Text: "a"}
	b.ResetTimer()
	for b.Loop() {
		c.Update(key)
		_ = c.View()
	}
}

func BenchmarkTextareaKey(b *testing.B) {
	s := fakeDemo()
	mo := pick(b, s.c, "a submitted module and a next one", withPendingModule)
	d := newDriver(b, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("c")
	d.waitFor("the composer", func() bool { _, ok := d.top().(*composer.Page); return ok })
	ta := *d.top().(*composer.Page).TextArea()
	key := tea.KeyPressMsg{Code: 'a', Text: "a"}
	b.ResetTimer()
	for b.Loop() {
		ta, _ = ta.Update(key)
		_ = ta.View()
	}
}
