package session

import "github.com/ikbt/ikbt/phrases"

// Phrasebook is the phrases the composer and the picker use: the built-in
// set, with the clinician's personal file over it when there is one.
type Phrasebook interface {
	Expand(code string, p phrases.Params) (string, error)
	ExpandText(draft string, p phrases.Params) (string, []error)
	List() []phrases.Phrase
	BuildNote(n phrases.NoteInput) (string, error)
	BuildClosingNote(c phrases.ClosingInput) (string, error)
	// Issue 13: note kinds, checked codes, code + Enter.
	Build(r phrases.Request) (phrases.Note, error)
	CheckCodes(text, program string) []phrases.CodeIssue
	ExpandAt(text string, cursor int, p phrases.Params) (phrases.Expansion, bool, error)
}

// DefaultPhrasebook is the built-in phrases with the personal file over
// them; a bad line of that file is skipped (ikbt phrase list reports it).
func DefaultPhrasebook() Phrasebook {
	if s, _ := phrases.LoadPersonal(); s != nil {
		return s
	}
	return phrases.Builtin()
}
