// Package programs is the catalogue of IKBT treatment programs on 1177
// Stöd och behandling: their modules (with exact titles and Markdown
// texts) and measurement batteries. The catalogue is embedded data.
package programs

import (
	"io/fs"

	"github.com/ikbt/ikbt/caseload"
)

// Program is one treatment program.
type Program struct {
	ID   string // livsbalansen, angesthjalpen, depressionshjalpen, oroshjalpen, sovhjalpen, stresshjalpen
	Name string // as the manual writes it, e.g. "Ångesthjälpen Plus"
	// Modules are the base modules in order; len(Modules) is the program's module total.
	Modules []*Module
	// Tracks are Livsbalansen's challenge areas and optional tracks (empty for other programs).
	Tracks []*Track
	// Battery is what the program measures and when (manual 4.3–4.6).
	Battery []Scheduled
	// Assignable are instruments the clinician may assign on top (manual 4.4, 4.6).
	Assignable []string
	// Primary is the instrument whose change decides reliable deterioration.
	Primary string
}

// TrackKind tells how a track joins a moment.
type TrackKind string

const (
	Challenge TrackKind = "challenge" // Livsbalansen: one chosen in module 5, started with module 6
	Optional  TrackKind = "optional"  // Livsbalansen: Bättre sömn, Hållbart arbetsliv; may run from module 1
	Addon     TrackKind = "addon"     // add-on modules usable with any program
)

// Track is a sequence of parts outside the base modules.
type Track struct {
	ID         string // e.g. "uppskjutande", "battre-somn", "hallbart-arbetsliv", "sjalvmedkansla"
	Name       string // e.g. "Uppskjutandebeteende", "Bättre sömn"
	Kind       TrackKind
	StartsWith int // the base module it starts with (6 for challenge areas, 1 for optional tracks, 0 any)
	Modules    []*Module
}

// Module is one module (or part of a track).
type Module struct {
	Key     string // "3" for base module 3; "track-id/2" for part 2 of a track
	Program string // program ID, or "" for add-on modules
	Track   string // track ID, "" for base modules
	Number  int    // 1-based place in its program or track
	Title   string // exact title as in the seeds
	// FormerTitle is the title in an earlier program version where the seeds
	// give one (Livsbalansen 5.0, seed 000); "" otherwise.
	FormerTitle string

	parts int // number of parts in its track when loaded; see Heading
	// The text: md when it was read at load (Load) or given (WithText),
	// else file in fsys, read when it is shown (Default; see Markdown).
	md   string
	fsys fs.FS
	file string
}

// Trigger says when a battery instrument falls due.
type Trigger string

const (
	AtStart      Trigger = "start"    // initial assessment, before module 1
	AtEachModule Trigger = "weekly"   // veckomätning: at the start of every base module
	AtModules    Trigger = "modules"  // at the start of the listed base modules
	AtFinal      Trigger = "final"    // avslutande mätning: when the last base module opens
	AtFollowUp   Trigger = "followup" // about six months after the start (SibeR)
)

// Scheduled is one instrument in a program's battery.
type Scheduled struct {
	Instrument string
	Trigger    Trigger
	Modules    []int // for AtModules
	Occasion   caseload.Occasion
}

// Total is the number of base modules, the program's module total.
func (p *Program) Total() int { return len(p.Modules) }

// Module returns the module with the given key among the base modules and tracks.
func (p *Program) Module(key string) (*Module, bool) {
	for _, m := range p.Modules {
		if m.Key == key {
			return m, true
		}
	}
	for _, t := range p.Tracks {
		for _, m := range t.Modules {
			if m.Key == key {
				return m, true
			}
		}
	}
	return nil, false
}

// Track returns the track with the given ID.
func (p *Program) Track(id string) (*Track, bool) {
	for _, t := range p.Tracks {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

// Catalogue is the set of programs and add-on tracks.
type Catalogue struct {
	programs []*Program
	byID     map[string]*Program
	addons   []*Track
}

// Programs returns the programs in display order.
func (c *Catalogue) Programs() []*Program { return c.programs }

// Program returns the program with the given ID.
func (c *Catalogue) Program(id string) (*Program, bool) {
	p, ok := c.byID[id]
	return p, ok
}

// Addons returns the add-on module tracks (Självmedkänsla, Relationer, Problemlösning, Sömntillägg).
func (c *Catalogue) Addons() []*Track { return c.addons }

// Addon returns the add-on track with the given ID.
func (c *Catalogue) Addon(id string) (*Track, bool) {
	for _, t := range c.addons {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

// NewCatalogue returns a catalogue of the given programs and add-on tracks,
// for tests and tools that build programs by hand.
func NewCatalogue(ps []*Program, addons []*Track) *Catalogue {
	c := &Catalogue{programs: ps, byID: make(map[string]*Program, len(ps)), addons: addons}
	for _, p := range ps {
		c.byID[p.ID] = p
	}
	return c
}
