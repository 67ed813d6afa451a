package programs

import (
	"regexp"
	"strings"
	"testing"
)

// all returns every module of the default catalogue: base modules, track
// parts and add-ons.
func all() []*Module {
	var ms []*Module
	c := Default()
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
		md := m.Markdown
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
		if !strings.Contains(strings.ReplaceAll(m.Markdown, ".", " "), want) {
			t.Errorf("%s %s: text does not name %q", m.Program, m.Key, strings.TrimSpace(want))
		}
	}
}
