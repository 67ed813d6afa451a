package programs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// titles are the base module titles as the seeds write them: the manual's
// phrase tables 7.2.1–7.2.7 (behint texts) for every program.
var titles = []struct {
	program string
	module  int
	title   string
}{
	{"livsbalansen", 1, "Minska din stress"},
	{"livsbalansen", 2, "Skapa balans"},
	{"livsbalansen", 3, "Stresstankar, känslor och beteenden"},
	{"livsbalansen", 4, "Återhämtning i vardagen"},
	{"livsbalansen", 5, "Utmaningar"},
	{"livsbalansen", 6, "Börja utmana dig"},
	{"livsbalansen", 7, "Planera din tid och fortsätt utmana dig"},
	{"livsbalansen", 8, "Behåll dina framsteg"},
	{"angesthjalpen", 1, "Ett första steg"},
	{"angesthjalpen", 2, "Situationsanalyser"},
	{"angesthjalpen", 3, "Värderingar, mål och hinder"},
	{"angesthjalpen", 4, "Att hantera hinder"},
	{"angesthjalpen", 5, "Tankar och känslor"},
	{"angesthjalpen", 6, "Medveten närvaro i vardagen"},
	{"angesthjalpen", 7, "Värderad riktning"},
	{"angesthjalpen", 8, "Agerande som fungerar"},
	{"depressionshjalpen", 1, "Vad är depression"},
	{"depressionshjalpen", 2, "Vad du gör påverkar hur du mår"},
	{"depressionshjalpen", 3, "Kartlägg dina aktiviteter"},
	{"depressionshjalpen", 4, "Börja förändra din situation"},
	{"depressionshjalpen", 5, "Ett nytt sätt att se på tankar och känslor"},
	{"depressionshjalpen", 6, "Arbeta med alla dina verktyg"},
	{"depressionshjalpen", 7, "Gör en hållbar plan framåt"},
	{"oroshjalpen", 1, "Vad är oro?"},
	{"oroshjalpen", 2, "Situationsanalyser"},
	{"oroshjalpen", 3, "Värderingar och aktiviteter"},
	{"oroshjalpen", 4, "Medveten närvaro"},
	{"oroshjalpen", 5, "Möt obehaget längs vägen"},
	{"oroshjalpen", 6, "Acceptans"},
	{"oroshjalpen", 7, "Vad fungerar bäst för dig?"},
	{"sovhjalpen", 1, "Introduktion och sömnkunskap"},
	{"sovhjalpen", 2, "Sömnrestriktion"},
	{"sovhjalpen", 3, "Vanor och kvällsrutiner"},
	{"sovhjalpen", 4, "Tankar och beteenden"},
	{"sovhjalpen", 5, "Stress och aktivitetsbalans"},
	{"sovhjalpen", 6, "Medveten närvaro och acceptans"},
	{"sovhjalpen", 7, "Att arbeta vidare på egen hand"},
	{"stresshjalpen", 1, "Vad är stress"},
	{"stresshjalpen", 2, "Situationsanalyser och medveten närvaro"},
	{"stresshjalpen", 3, "Medveten närvaro och värderad riktning"},
	{"stresshjalpen", 4, "Att ta hand om sig själv"},
	{"stresshjalpen", 5, "Tidsplanering och gränsdragning"},
	{"stresshjalpen", 6, "Vidmakthållande och avslut"},
}

// formerTitles are Livsbalansen's module titles in the program description
// (seed 000, version 5.0), kept as FormerTitle.
var formerTitles = []struct {
	module int
	title  string
}{
	{1, "Minska stress och öka hållbarhet i arbetet"},
	{2, "I balans"},
	{3, "Stressande tankar, känslor och beteenden"},
	{4, "Hitta återhämtning i vardagen"},
	{5, ""}, // "Utmaningar" in both versions
	{6, ""}, // "Börja utmana dig" in both versions
	{7, "Planera din tid"},
	{8, "Avslut- och bevarande av framsteg"},
}

func TestTitles(t *testing.T) {
	c := Default()
	n := 0
	for _, p := range c.Programs() {
		n += p.Total()
	}
	if n != len(titles) {
		t.Errorf("catalogue has %d base modules, table %d", n, len(titles))
	}
	for _, tt := range titles {
		m, ok := c.Module(tt.program, itoa(tt.module))
		if !ok {
			t.Errorf("%s module %d missing", tt.program, tt.module)
			continue
		}
		if m.Title != tt.title {
			t.Errorf("%s module %d title %q, want %q", tt.program, tt.module, m.Title, tt.title)
		}
	}
	for _, tt := range formerTitles {
		m, _ := c.Module("livsbalansen", itoa(tt.module))
		if m.FormerTitle != tt.title {
			t.Errorf("livsbalansen module %d former title %q, want %q", tt.module, m.FormerTitle, tt.title)
		}
	}
}

// TestTitlesInSeeds checks every title and track name against the seed
// texts themselves, when they are beside the repository.
func TestTitlesInSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds at " + dir)
	}
	var b strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
		b.WriteByte('\n')
	}
	// The seeds are PDF extractions: titles may break across lines.
	seeds := regexp.MustCompile(`\s+`).ReplaceAllString(b.String(), " ")
	quoted := func(s string) bool {
		for _, q := range []string{`"` + s + `"`, "”" + s + "”"} {
			if strings.Contains(seeds, q) {
				return true
			}
		}
		return false
	}
	c := Default()
	for _, p := range c.Programs() {
		for _, m := range p.Modules {
			// Base module titles appear quoted, as the seeds quote them.
			if !quoted(m.Title) {
				t.Errorf("%s module %s: title %q is not quoted in the seeds", p.ID, m.Key, m.Title)
			}
			if m.FormerTitle != "" && !quoted(m.FormerTitle) {
				t.Errorf("%s module %s: former title %q is not quoted in the seeds", p.ID, m.Key, m.FormerTitle)
			}
		}
		for _, tr := range p.Tracks {
			if !strings.Contains(seeds, tr.Name) {
				t.Errorf("%s track %s: name %q not in the seeds", p.ID, tr.ID, tr.Name)
			}
		}
	}
	for _, tr := range c.Addons() {
		if !strings.Contains(seeds, " "+tr.Name+" ") {
			t.Errorf("add-on %s: name %q not in the seeds", tr.ID, tr.Name)
		}
	}
}
