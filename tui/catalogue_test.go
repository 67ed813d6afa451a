package tui

import "github.com/ikbt/ikbt/programs"

// catalogue is the real catalogue: the screens show the real module titles.
func catalogue() *programs.Catalogue { return programs.Default() }
