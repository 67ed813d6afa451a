package programs

import (
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
