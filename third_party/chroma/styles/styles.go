// Package styles is the registry of named chroma styles; it starts empty
// (the real module fills it with ~70 styles in package initialisation).
package styles

import "github.com/alecthomas/chroma/v2"

// Registry of styles by name. Glamour reads and writes it under its own
// mutex.
var Registry = map[string]*chroma.Style{}

// Register adds a style to the registry and returns it.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}

// Get returns the style of that name, or nil.
func Get(name string) *chroma.Style {
	return Registry[name]
}
