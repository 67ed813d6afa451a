package common

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// Context is what every component shares: the terminal size, language,
// day, catalogue, styles and keys. The root model owns it and updates it
// on resize; components hold a pointer (like gh-dash's ProgramContext).
type Context struct {
	Width, Height int
	Lang          Lang
	Today         caseload.Date
	Catalogue     *programs.Catalogue
	Clinician     string // "" = every clinician's moments
	Styles        Styles
	Keys          KeyMap
	Data          Data
}
