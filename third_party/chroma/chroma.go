// Package chroma is the part of github.com/alecthomas/chroma/v2's API that
// Glamour uses to register its code-block style: token types, style entries
// and a named style. Nothing is highlighted; see the module's go.mod.
package chroma

import "errors"

// TokenType is the kind of a highlighted token; only the ones Glamour
// names in its style are defined.
type TokenType int

const (
	Background TokenType = iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token types to chroma style strings ("bold #ff0000").
type StyleEntries map[TokenType]string

// Style is a named set of entries. The entries are kept, not parsed: the
// plain renderer does not colour anything.
type Style struct {
	Name    string
	Entries StyleEntries
}

// NewStyle makes a named style.
func NewStyle(name string, entries StyleEntries) (*Style, error) {
	if name == "" {
		return nil, errors.New("chroma: a style needs a name")
	}
	return &Style{Name: name, Entries: entries}, nil
}

// MustNewStyle is NewStyle that panics on an error.
func MustNewStyle(name string, entries StyleEntries) *Style {
	s, err := NewStyle(name, entries)
	if err != nil {
		panic(err)
	}
	return s
}
