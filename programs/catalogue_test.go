package programs

import (
	"slices"
	"strconv"
	"testing"
)

func TestProgramsAndModuleCounts(t *testing.T) {
	tests := []struct {
		id, name string
		total    int
		tracks   map[string]int // track id -> parts
	}{
		{"livsbalansen", "Livsbalansen", 8, map[string]int{
			"perfektionism": 3, "oro": 3, "gransattning": 3, "uppskjutande": 3,
			"battre-somn": 5, "hallbart-arbetsliv": 8,
		}},
		{"angesthjalpen", "Ångesthjälpen Plus", 8, nil},
		{"depressionshjalpen", "Depressionshjälpen Plus", 7, nil},
		{"oroshjalpen", "Oroshjälpen Plus", 7, nil},
		{"sovhjalpen", "Sovhjälpen Plus", 7, nil},
		{"stresshjalpen", "Stresshjälpen Plus", 6, nil},
	}
	c := Default()
	if got := len(c.Programs()); got != len(tests) {
		t.Errorf("%d programs, want %d", got, len(tests))
	}
	for _, tt := range tests {
		p, ok := c.Program(tt.id)
		if !ok {
			t.Errorf("program %q missing", tt.id)
			continue
		}
		if p.Name != tt.name || p.Total() != tt.total {
			t.Errorf("%s: name %q total %d, want %q %d", tt.id, p.Name, p.Total(), tt.name, tt.total)
		}
		for i, m := range p.Modules {
			if m.Number != i+1 || m.Key != itoa(i+1) || m.Program != tt.id || m.Track != "" {
				t.Errorf("%s module %d: %+v", tt.id, i+1, m)
			}
		}
		if len(p.Tracks) != len(tt.tracks) {
			t.Errorf("%s: %d tracks, want %d", tt.id, len(p.Tracks), len(tt.tracks))
		}
		for _, tr := range p.Tracks {
			if want, ok := tt.tracks[tr.ID]; !ok || len(tr.Modules) != want {
				t.Errorf("%s track %s: %d parts, want %d", tt.id, tr.ID, len(tr.Modules), want)
			}
		}
	}
}

func TestTracks(t *testing.T) {
	tests := []struct {
		program, id, name string
		kind              TrackKind
		startsWith, parts int
	}{
		{"livsbalansen", "perfektionism", "Perfektionism", Challenge, 6, 3},
		{"livsbalansen", "oro", "Oro", Challenge, 6, 3},
		{"livsbalansen", "gransattning", "Gränssättning", Challenge, 6, 3},
		{"livsbalansen", "uppskjutande", "Uppskjutandebeteende", Challenge, 6, 3},
		{"livsbalansen", "battre-somn", "Bättre sömn", Optional, 1, 5},
		{"livsbalansen", "hallbart-arbetsliv", "Hållbart arbetsliv", Optional, 1, 8},
		{"", "sjalvmedkansla", "Självmedkänsla", Addon, 0, 1},
		{"", "relationer", "Relationer", Addon, 0, 1},
		{"", "problemlosning", "Problemlösning", Addon, 0, 1},
		{"", "somntillagg", "Sömntillägg", Addon, 0, 1},
	}
	c := Default()
	if got := len(c.Addons()); got != 4 {
		t.Errorf("%d add-on tracks, want 4", got)
	}
	for _, tt := range tests {
		var tr *Track
		var ok bool
		if tt.program == "" {
			tr, ok = c.Addon(tt.id)
		} else {
			p, _ := c.Program(tt.program)
			tr, ok = p.Track(tt.id)
		}
		if !ok {
			t.Errorf("track %s/%s missing", tt.program, tt.id)
			continue
		}
		if tr.Name != tt.name || tr.Kind != tt.kind || tr.StartsWith != tt.startsWith || len(tr.Modules) != tt.parts {
			t.Errorf("track %s: %q %s starts %d parts %d, want %q %s %d %d",
				tt.id, tr.Name, tr.Kind, tr.StartsWith, len(tr.Modules), tt.name, tt.kind, tt.startsWith, tt.parts)
		}
		for i, m := range tr.Modules {
			key := tt.id + "/" + itoa(i+1)
			if m.Key != key || m.Number != i+1 || m.Track != tt.id || m.Program != tt.program || m.Title != tt.name {
				t.Errorf("track %s part %d: %+v, want key %s", tt.id, i+1, m, key)
			}
		}
	}
}

func TestModuleLookup(t *testing.T) {
	c := Default()
	tests := []struct {
		program, key string
		ok           bool
		title        string
	}{
		{"stresshjalpen", "1", true, "Vad är stress"},
		{"livsbalansen", "hallbart-arbetsliv/3", true, "Hållbart arbetsliv"},
		{"livsbalansen", "uppskjutande/2", true, "Uppskjutandebeteende"},
		{"depressionshjalpen", "sjalvmedkansla/1", true, "Självmedkänsla"},
		{"nosuch", "somntillagg/1", true, "Sömntillägg"},
		{"stresshjalpen", "7", false, ""},
		{"stresshjalpen", "oro/1", false, ""},
		{"livsbalansen", "sjalvmedkansla/2", false, ""},
		{"", "1", false, ""},
	}
	for _, tt := range tests {
		m, ok := c.Module(tt.program, tt.key)
		if ok != tt.ok || (ok && m.Title != tt.title) {
			t.Errorf("Module(%q, %q) = %v, %v; want title %q, %v", tt.program, tt.key, m, ok, tt.title, tt.ok)
		}
	}
}

func TestNextModule(t *testing.T) {
	c := Default()
	tests := []struct {
		program, key, next string
		ok                 bool
	}{
		{"stresshjalpen", "1", "2", true},
		{"stresshjalpen", "5", "6", true},
		{"stresshjalpen", "6", "", false},
		{"livsbalansen", "7", "8", true},
		{"livsbalansen", "8", "", false},
		{"livsbalansen", "oro/1", "oro/2", true},
		{"livsbalansen", "hallbart-arbetsliv/7", "hallbart-arbetsliv/8", true},
		{"livsbalansen", "hallbart-arbetsliv/8", "", false},
		{"livsbalansen", "nosuch/1", "", false},
		{"livsbalansen", "oro/x", "", false},
		{"livsbalansen", "oro/0", "", false},
		{"angesthjalpen", "0", "", false},
		{"angesthjalpen", "", "", false},
	}
	for _, tt := range tests {
		p, _ := c.Program(tt.program)
		next, ok := p.NextModule(tt.key)
		if next != tt.next || ok != tt.ok {
			t.Errorf("%s.NextModule(%q) = %q, %v; want %q, %v", tt.program, tt.key, next, ok, tt.next, tt.ok)
		}
	}
}

func TestHeading(t *testing.T) {
	c := Default()
	tests := []struct{ program, key, heading string }{
		{"sovhjalpen", "2", "Sömnrestriktion"},
		{"livsbalansen", "battre-somn/1", "Bättre sömn, del 1"},
		{"livsbalansen", "gransattning/3", "Gränssättning, del 3"},
		{"", "relationer/1", "Relationer"},
	}
	for _, tt := range tests {
		m, ok := c.Module(tt.program, tt.key)
		if !ok || m.Heading() != tt.heading {
			t.Errorf("%s %s heading %q, want %q", tt.program, tt.key, m.Heading(), tt.heading)
		}
	}
	// A hand-built module knows nothing of its track's size.
	if h := (&Module{Track: "x", Number: 1, Title: "X"}).Heading(); h != "X" {
		t.Errorf("hand-built heading %q", h)
	}
}

func TestAssignableAndPrimary(t *testing.T) {
	pp := []string{"KEDS", "OCI-R", "SHAI-14", "PHQ-9", "ISI", "MADRS-S", "PDSS-SR", "PSS-10", "WHODAS-12", "PCL-5", "SPIN", "AUDIT", "GAD-7", "ASRS", "AAQoL", "EDE-Q", "CIA"} // manual 4.4
	tests := []struct {
		id, primary string
		assignable  []string
	}{
		{"livsbalansen", "KEDS", []string{"WHODAS-12", "PSS-10", "KEDS"}}, // manual 4.6
		{"angesthjalpen", "GAD-7", pp},
		{"depressionshjalpen", "MADRS-S", pp},
		{"oroshjalpen", "GAD-7", pp},
		{"sovhjalpen", "ISI", pp},
		{"stresshjalpen", "PSS-10", pp},
	}
	for _, tt := range tests {
		p, _ := Default().Program(tt.id)
		if p.Primary != tt.primary || !slices.Equal(p.Assignable, tt.assignable) {
			t.Errorf("%s: primary %s assignable %v, want %s %v", tt.id, p.Primary, p.Assignable, tt.primary, tt.assignable)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSchedulable(t *testing.T) {
	tests := []struct {
		id      string
		has     []string
		hasNot  []string
		howMany int
	}{
		// Manual 4.6: WHODAS 2.0, PSS-10, KEDS, and no other form.
		{"livsbalansen", []string{"WHODAS-12", "PSS-10", "KEDS"}, []string{"OCI-R", "GAD-7", "PDSS-SR", "MADRS-S9"}, 3},
		// Manual 4.4's 17 forms and the battery's MADRS-S fråga 9.
		{"angesthjalpen", []string{"PDSS-SR", "OCI-R", "EDE-Q", "AAQoL", "GAD-7", "MADRS-S9"}, nil, 18},
		{"depressionshjalpen", []string{"PCL-5", "WHODAS-12", "MADRS-S"}, []string{"MADRS-S9"}, 17},
	}
	for _, tt := range tests {
		p, _ := Default().Program(tt.id)
		got := p.Schedulable()
		for _, id := range tt.has {
			if !slices.Contains(got, id) {
				t.Errorf("%s: %s not schedulable (%v)", tt.id, id, got)
			}
		}
		for _, id := range tt.hasNot {
			if slices.Contains(got, id) {
				t.Errorf("%s: %s schedulable", tt.id, id)
			}
		}
		if len(got) != tt.howMany {
			t.Errorf("%s: %d schedulable %v, want %d", tt.id, len(got), got, tt.howMany)
		}
	}
}
