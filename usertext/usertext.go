// Package usertext is the one catalogue of what ikbt says to people
// outside the screen: the command line's messages and errors, the store's
// and the importer's explanations, the results report's words. Swedish and
// English stand side by side in each entry; an entry is a typed value (a
// field of T, or a Code an error carries), so a text the code asks for and
// the catalogue lacks fails to compile, and TestCatalogue fails when an
// entry lacks a language or the two take different arguments.
//
// What is meant for programs is never here: JSON, CSV values, ids, and the
// location part of an error (file, line, JSON path, field, flag), which
// stays verbatim before the explanation in the user's language.
package usertext

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Lang is a user's language: "sv" (the default) or "en".
type Lang string

const (
	Swedish Lang = "sv"
	English Lang = "en"
)

// LangOf reads a --lang value: "en" is English, anything else Swedish.
func LangOf(s string) Lang {
	if s == string(English) {
		return English
	}
	return Swedish
}

// Text is one message in Swedish and English: fmt formats filled with the
// same arguments in the same order. Written positionally (Text{sv, en}),
// a missing language fails to compile.
type Text struct{ SV, EN string }

// In says t in lang with args.
func (t Text) In(lang Lang, args ...any) string {
	f := t.SV
	if lang == English {
		f = t.EN
	}
	if len(args) == 0 {
		return f // a format filled later (results' labels), or none
	}
	return fmt.Sprintf(f, args...)
}

// Plural is a message whose words follow a count: One when it is 1,
// Many otherwise (both languages have these two forms). The count is the
// first argument of Many.
type Plural struct{ One, Many Text }

// N says p for n in lang; args follow n in Many, and fill One alone.
func (p Plural) N(lang Lang, n int, args ...any) string {
	if n == 1 {
		return p.One.In(lang, args...)
	}
	return p.Many.In(lang, append([]any{n}, args...)...)
}

// Code is an explanation an error carries between packages (store,
// personnummer): an entry of the catalogue, compared by identity.
type Code = *Text

// codes are the entries made by code, for TestCatalogue.
var codes []Code

// code makes a Code: both languages are arguments, so neither can be left out.
func code(sv, en string) Code {
	c := &Text{sv, en}
	codes = append(codes, c)
	return c
}

// Coded is an error that can be said in the user's language: Location is
// kept verbatim ("" when there is none), Reason is looked up here.
type Coded interface {
	error
	Location() string
	Reason() (Code, []any)
}

// Say renders a code and its arguments in lang; a nil code says its
// arguments as they are.
func Say(lang Lang, c Code, args ...any) string {
	if c == nil {
		return fmt.Sprint(args...)
	}
	return c.In(lang, args...)
}

// Render says err in lang: the location of the first Coded error in its
// chain, then its explanation. An error with no Coded inside is returned
// as its own text.
func Render(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	var c Coded
	if !errors.As(err, &c) {
		return err.Error()
	}
	code, args := c.Reason()
	msg := Say(lang, code, translateArgs(lang, args)...)
	if loc := c.Location(); loc != "" {
		return loc + ": " + msg
	}
	return msg
}

// translateArgs renders arguments that are themselves coded (a nested
// reason, such as personnummer's) or catalogue texts in the same language.
func translateArgs(lang Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case Coded:
			out[i] = Render(a, lang)
		case Text:
			out[i] = a.In(lang)
		case Code:
			out[i] = a.In(lang)
		default:
			out[i] = a
		}
	}
	return out
}

// Error is a message of the catalogue as an error. At is where (a flag,
// a file and line, an id), verbatim; Err, if any, is what errors.Is and
// errors.As find inside. Error() says it in Lang, English when unset;
// Render says it in any language.
type Error struct {
	Lang Lang
	At   string
	Text Code
	Args []any
	Err  error
}

// Errorf is a catalogue error with no location, said in lang.
func Errorf(lang Lang, t Text, args ...any) *Error { return &Error{Lang: lang, Text: &t, Args: args} }

// At is a catalogue error at a location, said in lang.
func At(lang Lang, at string, t Text, args ...any) *Error {
	return &Error{Lang: lang, At: at, Text: &t, Args: args}
}

// Wrap keeps err inside e, for errors.Is.
func (e *Error) Wrap(err error) *Error { e.Err = err; return e }

func (e *Error) Error() string {
	l := e.Lang
	if l == "" {
		l = English
	}
	return Render(e, l)
}
func (e *Error) Unwrap() error         { return e.Err }
func (e *Error) Location() string      { return e.At }
func (e *Error) Reason() (Code, []any) { return e.Text, e.Args }

// Decimal writes x with prec decimals as the language writes numbers:
// a decimal comma in Swedish ("0,4 s"), a point in English.
func (l Lang) Decimal(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if l != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
