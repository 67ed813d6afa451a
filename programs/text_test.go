package programs

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// all returns every module of the default catalogue: base modules, track
// parts and add-ons.
func all() []*Module { return modulesOf(Default()) }

// modulesOf lists every module of c: base modules, track parts, add-ons.
func modulesOf(c *Catalogue) []*Module {
	var ms []*Module
	for _, p := range c.Programs() {
		ms = append(ms, p.Modules...)
		for _, t := range p.Tracks {
			ms = append(ms, t.Modules...)
		}
	}
	for _, t := range c.Addons() {
		ms = append(ms, t.Modules...)
	}
	return ms
}

func TestModuleTexts(t *testing.T) {
	ms := all()
	if len(ms) != 43+25+4 {
		t.Errorf("%d modules, want 43 base modules, 25 track parts and 4 add-ons", len(ms))
	}
	words := regexp.MustCompile(`\S+`)
	for _, m := range ms {
		name := m.Program + " " + m.Key
		md := markdown(t, m)
		if !strings.HasPrefix(md, "# "+m.Heading()+"\n\n") || !strings.Contains(m.Heading(), m.Title) {
			t.Errorf("%s: text does not start with its title heading: %.60q", name, md)
		}
		parts := strings.Split(md, "\n## ")
		if len(parts) != len(Sections)+1 {
			t.Errorf("%s: %d sections, want %d", name, len(parts)-1, len(Sections))
		}
		for i, part := range parts[1:] {
			heading, text, _ := strings.Cut(part, "\n")
			if i < len(Sections) && heading != Sections[i] {
				t.Errorf("%s: section %d is %q, want %q", name, i+1, heading, Sections[i])
			}
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: section %q is empty", name, heading)
			}
		}
		if n := len(words.FindAllString(md, -1)); n < 80 || n > 250 {
			t.Errorf("%s: %d words, want 80–250", name, n)
		}
		for i, line := range strings.Split(md, "\n") {
			if strings.TrimRight(line, " \t") != line {
				t.Errorf("%s line %d: trailing space", name, i+1)
			}
		}
		if strings.Count(md, "\n# ") > 0 {
			t.Errorf("%s: more than one level-1 heading", name)
		}
	}
}

// The texts name the manual's phrase keyword for their module, so a
// clinician can find the journal phrase; a text copied to the wrong file
// would name another module's keyword.
func TestTextsNameTheirPhrase(t *testing.T) {
	suffix := map[string]string{
		"angesthjalpen": "å", "depressionshjalpen": "d", "oroshjalpen": "o",
		"sovhjalpen": "so", "stresshjalpen": "st", "livsbalansen": "li",
	}
	track := map[string]string{
		"perfektionism": "perfektionism", "oro": "lboro", "gransattning": "gränssättning",
		"uppskjutande": "uppskjutande", "battre-somn": "bättsö", "hallbart-arbetsliv": "hållarb",
	}
	for _, m := range all() {
		var want string
		switch {
		case m.Program == "":
			want = "Frasminne: " + m.Title + " "
		case m.Track == "":
			want = "Frasminne: behint" + m.Key + suffix[m.Program] + " "
		default:
			want = "Frasminne: " + track[m.Track] + itoa(m.Number) + " "
		}
		if !strings.Contains(strings.ReplaceAll(markdown(t, m), ".", " "), want) {
			t.Errorf("%s %s: text does not name %q", m.Program, m.Key, strings.TrimSpace(want))
		}
	}
}

// markdown is m's text, or the test fails.
func markdown(t testing.TB, m *Module) string {
	t.Helper()
	md, err := m.Markdown()
	if err != nil {
		t.Fatalf("%s %s: %v", m.Program, m.Key, err)
	}
	return md
}

// countFS counts the files opened in fsys.
type countFS struct {
	fs.FS
	opened map[string]int
}

func (c countFS) Open(name string) (fs.File, error) {
	c.opened[name]++
	return c.FS.Open(name)
}

// TestDefaultReadsTextsWhenShown: the embedded catalogue opens only its
// catalogue file when loaded, and each text when asked for it; the texts
// are those Load reads and checks.
func TestDefaultReadsTextsWhenShown(t *testing.T) {
	fsys := countFS{FS: embedded, opened: map[string]int{}}
	lazy, err := load(fsys, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(fsys.opened) != 1 || fsys.opened[CatalogueFile] != 1 {
		t.Errorf("loading opened %v, want only %s", fsys.opened, CatalogueFile)
	}
	strict, err := Load(embedded)
	if err != nil {
		t.Fatalf("the embedded catalogue does not load: %v", err)
	}
	m, ok := lazy.Module("depressionshjalpen", "3")
	if !ok {
		t.Fatal("no depressionshjalpen module 3")
	}
	markdown(t, m)
	if n := fsys.opened["modules/depressionshjalpen/03.md"]; n != 1 {
		t.Errorf("module 3's text opened %d times, want 1", n)
	}
	ms, want := modulesOf(lazy), modulesOf(strict)
	if len(ms) != len(want) || len(ms) == 0 {
		t.Fatalf("%d modules read when shown, %d read at load", len(ms), len(want))
	}
	for i := range ms {
		if a, b := markdown(t, ms[i]), markdown(t, want[i]); a != b || ms[i].Key != want[i].Key {
			t.Errorf("%s %s: text read when shown differs from the one read at load", ms[i].Program, ms[i].Key)
		}
	}
}

func TestModuleWithText(t *testing.T) {
	m, _ := Default().Module("depressionshjalpen", "1")
	c := m.WithText("# x\n")
	if got := markdown(t, c); got != "# x\n" || c.Title != m.Title {
		t.Errorf("WithText: %q, title %q", got, c.Title)
	}
	if got := markdown(t, m); got == "# x\n" {
		t.Error("WithText changed the original module")
	}
}
