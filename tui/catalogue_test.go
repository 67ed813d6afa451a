package tui

import (
	"os"
	"sync"

	"github.com/ikbt/ikbt/programs"
)

// catalogue is the real catalogue: the screens show the real module titles.
func catalogue() *programs.Catalogue { return programs.Default() }

var goldenCat struct {
	once sync.Once
	cat  *programs.Catalogue
}

// goldenCatalogue is the real catalogue with every module text replaced
// by testdata/module.md, so that the golden screens stay put while the
// module texts are edited (their titles and places stay real).
func goldenCatalogue() *programs.Catalogue {
	goldenCat.once.Do(func() {
		b, err := os.ReadFile("testdata/module.md")
		if err != nil {
			panic(err)
		}
		text := string(b)
		mods := func(ms []*programs.Module) []*programs.Module {
			out := make([]*programs.Module, len(ms))
			for i, m := range ms {
				out[i] = m.WithText(text)
			}
			return out
		}
		tracks := func(ts []*programs.Track) []*programs.Track {
			out := make([]*programs.Track, len(ts))
			for i, t := range ts {
				c := *t
				c.Modules = mods(t.Modules)
				out[i] = &c
			}
			return out
		}
		var ps []*programs.Program
		for _, p := range catalogue().Programs() {
			c := *p
			c.Modules, c.Tracks = mods(p.Modules), tracks(p.Tracks)
			ps = append(ps, &c)
		}
		goldenCat.cat = programs.NewCatalogue(ps, tracks(catalogue().Addons()))
	})
	return goldenCat.cat
}
