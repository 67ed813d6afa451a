package programs

import (
	"slices"
	"strconv"
	"strings"
)

// Module returns the module with the given key in the program, or, when
// the program has none, among the add-on tracks ("sjalvmedkansla/1"), so
// every key a moment may hold resolves. An unknown program still finds
// add-on keys.
func (c *Catalogue) Module(programID, key string) (*Module, bool) {
	if p, ok := c.Program(programID); ok {
		if m, ok := p.Module(key); ok {
			return m, true
		}
	}
	for _, t := range c.addons {
		for _, m := range t.Modules {
			if m.Key == key {
				return m, true
			}
		}
	}
	return nil, false
}

// NextModule returns the key of the module that follows key: the next base
// module for a base module ("3" → "4"), the next part of the same track for
// a track part ("oro/1" → "oro/2"). It reports false after the last one and
// for keys the program does not have.
func (p *Program) NextModule(key string) (string, bool) {
	if track, n, ok := strings.Cut(key, "/"); ok {
		t, found := p.Track(track)
		i, err := strconv.Atoi(n)
		if !found || err != nil || i < 1 || i >= len(t.Modules) {
			return "", false
		}
		return t.Modules[i].Key, true
	}
	for i, m := range p.Modules {
		if m.Key == key && i+1 < len(p.Modules) {
			return p.Modules[i+1].Key, true
		}
	}
	return "", false
}

// Schedulable returns the instruments a clinician may schedule on a moment
// of the program (manual 4.7): the assignable forms (4.4, 4.6), then the
// battery's, each once. SoB's "Schemaläggning" list offers no others.
func (p *Program) Schedulable() []string {
	out := append([]string(nil), p.Assignable...)
	for _, s := range p.Battery {
		if !slices.Contains(out, s.Instrument) {
			out = append(out, s.Instrument)
		}
	}
	return out
}

// PartName names a track part for people: its track's name and the
// part's number ("Självmedkänsla 1" for "sjalvmedkansla/1"), so a raw key
// never reaches a screen or a note (issue 14). The track is looked up in
// the program, then among the add-ons. ok is false for a base module, a
// key that is not a track part, or a track the catalogue does not have.
func (c *Catalogue) PartName(programID, key string) (string, bool) {
	track, n, isPart := strings.Cut(key, "/")
	num, err := strconv.Atoi(n)
	if !isPart || track == "" || err != nil || num < 1 {
		return "", false
	}
	var t *Track
	if p, ok := c.Program(programID); ok {
		t, _ = p.Track(track)
	}
	if t == nil {
		t, _ = c.Addon(track)
	}
	if t == nil || t.Name == "" {
		return "", false
	}
	return t.Name + " " + strconv.Itoa(num), true
}
