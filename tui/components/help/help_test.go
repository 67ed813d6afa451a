package help

import (
	"slices"
	"testing"

	bhelp "charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/ikbt/ikbt/tui/common"
)

// lineByDrawing is Line as it was before issue 18's seventh round: every
// candidate line drawn whole and measured. Line must choose as it did.
func lineByDrawing(h bhelp.Model, bs []key.Binding, width int, first ...key.Binding) string {
	w := max(width-1, 1)
	wide := h
	wide.SetWidth(0)
	isFirst := func(b key.Binding) bool {
		return slices.ContainsFunc(first, func(f key.Binding) bool { return slices.Equal(b.Keys(), f.Keys()) })
	}
	order := slices.Concat(slices.DeleteFunc(slices.Clone(bs), func(b key.Binding) bool { return !isFirst(b) }),
		slices.DeleteFunc(slices.Clone(bs), isFirst))
	keep := map[int]bool{}
	var kept []key.Binding
	for _, b := range order {
		if !b.Enabled() {
			continue
		}
		try := append(slices.Clone(kept), b)
		if lipgloss.Width(wide.ShortHelpView(try)) > w {
			continue
		}
		kept = try
		keep[slices.IndexFunc(bs, func(x key.Binding) bool { return slices.Equal(x.Keys(), b.Keys()) && x.Help() == b.Help() })] = true
	}
	var shown []key.Binding
	for i, b := range bs {
		if keep[i] {
			shown = append(shown, b)
		}
	}
	return wide.ShortHelpView(shown)
}

// TestLine: the help line keeps the bindings that drawing each candidate
// line would keep, for every place of the app, both languages and widths
// from a phone's terminal to a wide screen (every seventh under -short),
// with a binding disabled and one given twice.
func TestLine(t *testing.T) {
	for _, lang := range []common.Lang{"sv", "en"} {
		k := common.NewKeyMap(lang)
		h := bhelp.New()
		h.Styles = bhelp.DefaultStyles(true)
		sets := map[string][]key.Binding{"worklist help": Worklist(k).Short}
		for _, s := range k.Scopes() {
			sets[s.Name] = s.Bindings
		}
		off := k.Filter
		off.SetEnabled(false)
		sets["disabled and twice"] = []key.Binding{k.Help, off, k.Quit, k.Open, k.Quit, k.Back}
		sets["one"] = []key.Binding{k.Help}
		sets["none"] = nil
		for name, bs := range sets {
			step := 1
			if testing.Short() {
				step = 7
			}
			for width := 1; width <= 200; width += step {
				got := Line(h, bs, width, k.Help, k.Back)
				want := lineByDrawing(h, bs, width, k.Help, k.Back)
				if got != want {
					t.Fatalf("%s, %s, width %d:\n got %q\nwant %q", lang, name, width, got, want)
				}
				if lipgloss.Width(got) > max(width-1, 1) && lipgloss.Width(want) <= max(width-1, 1) {
					t.Fatalf("%s, %s, width %d: %q is wider than the width", lang, name, width, got)
				}
			}
		}
	}
}
