package programs

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// small is a valid catalogue of one program with one track and one add-on.
const small = `{
  "programs": [
    {
      "id": "p",
      "name": "P",
      "primary": "GAD-7",
      "modules": [{"title": "Ett"}, {"title": "Två"}],
      "tracks": [{"id": "t", "name": "T", "kind": "optional", "startsWith": 1, "parts": 2}],
      "battery": [
        {"instrument": "GAD-7", "trigger": "start", "occasion": "bedomning"},
        {"instrument": "GAD-7", "trigger": "modules", "modules": [2], "occasion": "pagaende"}
      ],
      "assignable": ["PHQ-9"]
    }
  ],
  "addons": [{"id": "a", "name": "A", "parts": 1}]
}
`

const body = "## Syfte\n\nx\n\n## Innehåll\n\nx\n\n## Övningar\n\nx\n\n## Hemuppgift\n\nx\n"

func smallFS(catalogue string) fstest.MapFS {
	fsys := fstest.MapFS{CatalogueFile: {Data: []byte(catalogue)}}
	for _, f := range []string{"modules/p/01.md", "modules/p/02.md", "modules/p/t-1.md", "modules/p/t-2.md", "modules/addons/a-1.md"} {
		fsys[f] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

func TestLoadSmall(t *testing.T) {
	c, err := Load(smallFS(small))
	if err != nil {
		t.Fatal(err)
	}
	p, ok := c.Program("p")
	if !ok || p.Total() != 2 || len(p.Tracks) != 1 || len(c.Addons()) != 1 {
		t.Fatalf("loaded %+v", p)
	}
	m, _ := c.Module("p", "t/2")
	if want := "# T, del 2\n\n" + body; markdown(t, m) != want {
		t.Errorf("markdown %q, want %q", markdown(t, m), want)
	}
	if a, _ := c.Module("p", "a/1"); a.Program != "" || a.Title != "A" || markdown(t, a) != "# A\n\n"+body {
		t.Errorf("add-on module %+v", a)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name        string
		edit        func(fstest.MapFS)
		file, field string
		line        int
		msg         string
	}{
		{"bad JSON", replace(`"name": "P",`, `"name": "P",,`), CatalogueFile, "", 5, "invalid JSON"},
		{"truncated JSON", func(f fstest.MapFS) { f[CatalogueFile].Data = []byte(small[:40]) }, CatalogueFile, "", 4, "unexpected end"},
		{"wrong type", replace(`"parts": 1}`, `"parts": "one"}`), CatalogueFile, "addons.parts", 16, "want int"},
		{"unknown field", replace(`"primary"`, `"primery"`), CatalogueFile, "primery", 0, "unknown field"},
		{"duplicate add-on", replace(`"addons": [{"id": "a", "name": "A", "parts": 1}]`, `"addons": [{"id": "a", "name": "A", "parts": 1}, {"id": "a", "name": "B", "parts": 1}]`), CatalogueFile, "addons[1].id", 0, "duplicate"},
		{"duplicate track", replace(`"parts": 2}]`, `"parts": 2}, {"id": "t", "name": "U", "kind": "optional", "startsWith": 1, "parts": 1}]`), CatalogueFile, "programs[0].tracks[1].id", 0, "duplicate"},
		{"missing title", replace(`{"title": "Två"}`, `{"formerTitle": "Två"}`), CatalogueFile, "programs[0].modules[1].title", 0, "missing"},
		{"blank title", replace(`"Två"`, `"  "`), CatalogueFile, "programs[0].modules[1].title", 0, "missing"},
		{"missing name", replace(`"name": "P",`, ``), CatalogueFile, "programs[0].name", 0, "missing"},
		{"unknown trigger", replace(`"trigger": "start"`, `"trigger": "sometimes"`), CatalogueFile, "programs[0].battery[0].trigger", 0, `unknown trigger "sometimes"`},
		{"unknown occasion", replace(`"occasion": "bedomning"`, `"occasion": "later"`), CatalogueFile, "programs[0].battery[0].occasion", 0, `unknown occasion "later"`},
		{"module out of range", replace(`"modules": [2]`, `"modules": [3]`), CatalogueFile, "programs[0].battery[1].modules[0]", 0, "not a base module"},
		{"modules without AtModules", replace(`"trigger": "start",`, `"trigger": "start", "modules": [1],`), CatalogueFile, "programs[0].battery[0].modules", 0, "only trigger"},
		{"missing instrument", replace(`"instrument": "GAD-7", "trigger": "start"`, `"trigger": "start"`), CatalogueFile, "programs[0].battery[0].instrument", 0, "missing"},
		{"unknown kind", replace(`"kind": "optional"`, `"kind": "sideways"`), CatalogueFile, "programs[0].tracks[0].kind", 0, "unknown track kind"},
		{"startsWith out of range", replace(`"startsWith": 1`, `"startsWith": 9`), CatalogueFile, "programs[0].tracks[0].startsWith", 0, "not a base module"},
		{"no parts", replace(`"parts": 2`, `"parts": 0`), CatalogueFile, "programs[0].tracks[0].parts", 0, "at least 1"},
		{"bad id", replace(`"id": "p"`, `"id": "P p"`), CatalogueFile, "programs[0].id", 0, "lower-case"},
		{"missing primary", replace(`"primary": "GAD-7",`, ``), CatalogueFile, "programs[0].primary", 0, "missing"},
		{"addon kind", replace(`"name": "A",`, `"name": "A", "kind": "challenge",`), CatalogueFile, "addons[0].kind", 0, "add-on kind"},
		{"no catalogue", func(f fstest.MapFS) { delete(f, CatalogueFile) }, CatalogueFile, "", 0, "not exist"},
		{"text with title", text("modules/p/02.md", "# Två\n\n"+body), "modules/p/02.md", "", 1, "level-1 heading"},
		{"text missing section", text("modules/p/t-1.md", strings.Replace(body, "## Hemuppgift", "## Hemuppgifter", 1)), "modules/p/t-1.md", "## Hemuppgifter", 13, "in this order"},
		{"text sections out of order", text("modules/addons/a-1.md", "## Innehåll\n\n"+body), "modules/addons/a-1.md", "## Innehåll", 1, "in this order"},
		{"text without sections", text("modules/p/01.md", "Bara text."), "modules/p/01.md", "## Syfte", 0, "missing section"},
		{"stray text", text("modules/p/03.md", body), "modules/p/03.md", "", 0, "no module"},
		{"missing text", func(f fstest.MapFS) { delete(f, "modules/p/t-2.md") }, "modules/p/t-2.md", "", 0, "missing text of module t/2"},
		{"missing add-on text", func(f fstest.MapFS) { delete(f, "modules/addons/a-1.md") }, "modules/addons/a-1.md", "", 0, "missing text of module a/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := smallFS(small)
			tt.edit(fsys)
			c, err := Load(fsys)
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v, %v; want a *LoadError", c, err)
			}
			if le.File != tt.file || le.Field != tt.field || le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
				t.Errorf("error %q\n(file %q field %q line %d msg %q)\nwant file %q field %q line %d msg containing %q",
					err, le.File, le.Field, le.Line, le.Msg, tt.file, tt.field, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), tt.file) {
				t.Errorf("error %q does not start with the file", err)
			}
		})
	}
}

func replace(old, new string) func(fstest.MapFS) {
	return func(f fstest.MapFS) {
		s := string(f[CatalogueFile].Data)
		if !strings.Contains(s, old) {
			panic("test edit does not apply: " + old)
		}
		f[CatalogueFile].Data = []byte(strings.Replace(s, old, new, 1))
	}
}

func text(file, s string) func(fstest.MapFS) {
	return func(f fstest.MapFS) { f[file] = &fstest.MapFile{Data: []byte(s)} }
}

// FuzzLoad: any catalogue bytes give either a catalogue whose programs all
// have modules with titles and texts, or a *LoadError; never a panic.
func FuzzLoad(f *testing.F) {
	f.Add(small)
	f.Add(strings.Replace(small, `"trigger": "start"`, `"trigger": "x"`, 1))
	f.Add(`{"programs": []}`)
	f.Add(`{`)
	f.Add(`{"programs": [{"id": "p", "modules": [{}]}]} []`)
	f.Fuzz(func(t *testing.T, catalogue string) {
		c, err := Load(smallFS(catalogue))
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
			return
		}
		for _, p := range c.Programs() {
			if p.Total() == 0 {
				t.Fatalf("program %s without modules", p.ID)
			}
			for _, m := range p.Modules {
				if md := markdown(t, m); m.Title == "" || !strings.HasPrefix(md, "# ") {
					t.Fatalf("module %s/%s: title %q markdown %q", p.ID, m.Key, m.Title, md)
				}
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefault is the cost after the first call: Default parses once.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if Default() == nil {
			b.Fatal("nil")
		}
	}
}
