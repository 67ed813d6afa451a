// Package phrases holds the journal phrases (frasminnen) clinicians type
// into Cosmic — a code such as behint3li that stands for an agreed text —
// and builds Cosmic-ready notes from a moment's state. The phrases are the
// manual's (section 7.2, 7.4), kept as embedded data; a personal file may
// add or override codes.
package phrases

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Param is a value a phrase needs filled in. Its name is the placeholder
// used in phrase texts, e.g. {modul}.
type Param string

const (
	ParamModule Param = "modul" // the module the contact is about: kbtint's "modul x"
	ParamDate   Param = "datum" // the manual's "Uppföljning den xx", as YYYY-MM-DD
	ParamScore  Param = "poäng" // a MADRS-S score, the manual's X
	// ParamNext is the module assigned next: uppint's "Patienten tilldelas
	// modul x". It is a parameter of its own so that it can never be filled
	// with the module the contact is about (issue 13).
	ParamNext Param = "nästa"
	// ParamChallenge names Livsbalansen's challenge area whose first part
	// is assigned with module 6, e.g. Gränssättning.
	ParamChallenge Param = "utmaning"
)

var allParams = []Param{ParamModule, ParamDate, ParamScore, ParamNext, ParamChallenge}

// manualForm is how the manual writes each placeholder.
var manualForm = map[Param]string{ParamModule: "x", ParamDate: "xx", ParamScore: "X", ParamNext: "x", ParamChallenge: "y"}

func (p Param) token() string { return "{" + string(p) + "}" }

// Phrase is one code and its text.
type Phrase struct {
	Code    string // as the manual (or the personal file) writes it
	Sokord  string // the Cosmic sökord the text belongs under
	Program string // programs ID, or "" when the phrase serves every program
	Track   string // programs track ID for track parts and add-on modules
	Module  int    // module (or track part) number the text describes; 0 if none
	Ours    bool   // the code is ours: the manual gives the text but no code
	Source  string // manual section, e.g. "7.2.1", or "file:line" for a personal phrase
	// Text holds the phrase with placeholders {modul}, {datum}, {poäng}.
	Text     string
	Aliases  []string // spellings beyond the automatic ones, e.g. gransattning1
	Personal bool     // from the personal phrase file
}

// Params lists the parameters the phrase needs, in a fixed order.
func (p Phrase) Params() []Param {
	var out []Param
	for _, q := range allParams {
		if strings.Contains(p.Text, q.token()) {
			out = append(out, q)
		}
	}
	return out
}

// Template returns the text with the manual's placeholders (modul x,
// den xx, X), as the manual prints it.
func (p Phrase) Template() string {
	t := p.Text
	for _, q := range allParams {
		t = strings.ReplaceAll(t, q.token(), manualForm[q])
	}
	return t
}

// Set is a set of phrases with forgiving lookup. The zero Set is empty.
// A Set is not changed after it is built, so it is safe for concurrent use.
type Set struct {
	list  []Phrase       // built-in order, then personal additions
	byKey map[string]int // folded code -> index in list
}

//go:embed data/phrases.tsv
var builtinTSV string

var builtin = sync.OnceValues(func() (*Set, error) {
	ps, err := parseBuiltin(builtinTSV)
	if err != nil {
		return nil, err
	}
	s := &Set{byKey: make(map[string]int, 2*len(ps)), list: make([]Phrase, 0, len(ps))}
	for _, p := range ps {
		if err := s.add(p, false); err != nil {
			return nil, fmt.Errorf("phrases: embedded data, source %s: %w", p.Source, err)
		}
	}
	return s, nil
})

// Builtin returns the manual's phrases. Its result is shared; do not modify it.
func Builtin() *Set {
	s, err := builtin()
	if err != nil {
		// The data is embedded and checked by the tests, so this is a broken build.
		panic(err)
	}
	return s
}

// add puts p into the set; with override, a phrase with the same key is replaced.
func (s *Set) add(p Phrase, override bool) error {
	if s.byKey == nil {
		s.byKey = make(map[string]int)
	}
	k := Key(p.Code)
	if i, ok := s.byKey[k]; ok {
		if !override {
			return fmt.Errorf("code %s is the same as %s", p.Code, s.list[i].Code)
		}
		if len(p.Aliases) == 0 {
			p.Aliases = s.list[i].Aliases
		}
		s.list[i] = p
		return nil
	}
	i := len(s.list)
	for _, a := range p.Aliases {
		ak := Key(a)
		if j, ok := s.byKey[ak]; ok && j != i {
			return fmt.Errorf("alias %s of %s is already %s", a, p.Code, s.list[j].Code)
		}
		s.byKey[ak] = i
	}
	s.byKey[k] = i
	s.list = append(s.list, p)
	return nil
}

func (s *Set) clone() *Set {
	return &Set{list: slices.Clone(s.list), byKey: maps.Clone(s.byKey)}
}

// List returns every phrase: the manual's in its order, then personal additions.
func (s *Set) List() []Phrase { return append([]Phrase(nil), s.list...) }

// Lookup finds a code case-insensitively, Unicode-normalised and with
// å, ä, ö typed as a, a, o. An unknown code is an *UnknownError.
func (s *Set) Lookup(code string) (Phrase, error) {
	if p, ok := s.find(Key(code)); ok {
		return p, nil
	}
	return Phrase{}, &UnknownError{Code: code, Suggestions: s.suggest(code)}
}

func (s *Set) find(key string) (Phrase, bool) {
	i, ok := s.byKey[key]
	if !ok {
		return Phrase{}, false
	}
	return s.list[i], true
}

// ForModule returns the Åtgärd phrase for a base module of a program
// (track "") or for a part of a track or add-on module.
func (s *Set) ForModule(program, track string, module int) (Phrase, bool) {
	for _, p := range s.list {
		if p.Sokord != sokordAction || p.Module != module || p.Track != track {
			continue
		}
		if track == "" && p.Program != program {
			continue
		}
		return p, true
	}
	return Phrase{}, false
}

// contactReason returns the Kontaktorsak phrase of a program.
func (s *Set) contactReason(program string) (Phrase, bool) {
	for _, p := range s.list {
		if p.Sokord == sokordReason && p.Program == program {
			return p, true
		}
	}
	return Phrase{}, false
}

// Sökord the package needs to find phrases by.
const (
	sokordReason = "Kontaktorsak"
	sokordAction = "Åtgärd (behandlingsinsats)"
)

// Package-level functions work on the built-in set.

// Lookup finds a code among the manual's phrases; see Set.Lookup.
func Lookup(code string) (Phrase, error) { return Builtin().Lookup(code) }

// List returns the manual's phrases; see Set.List.
func List() []Phrase { return Builtin().List() }

// Expand returns the text of a built-in code; see Set.Expand.
func Expand(code string, p Params) (string, error) { return Builtin().Expand(code, p) }

// ExpandText expands built-in codes in a draft; see Set.ExpandText.
func ExpandText(draft string, p Params) (string, []error) { return Builtin().ExpandText(draft, p) }
