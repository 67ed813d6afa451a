// Package usertext is the catalogue of what can go wrong with a caseload
// file or an import, in Swedish and English. Errors that carry a Code
// (store's *Error and *FormatError, personnummer's *Error) are rendered
// here in the user's language; where they are (file, line, JSON path,
// field) stays verbatim, only the explanation after it is translated.
package usertext

import (
	"errors"
	"fmt"
	"strings"
)

// Code names one explanation in the catalogue.
type Code string

// Lang is a user's language: "sv" (the default) or "en".
type Lang string

const (
	Swedish Lang = "sv"
	English Lang = "en"
)

// Coded is an error that can be said in the user's language: Location is
// kept verbatim ("" when there is none), Reason is looked up here.
type Coded interface {
	error
	Location() string
	Reason() (Code, []any)
}

// text is one entry: fmt formats taking the error's Args.
type text struct{ sv, en string }

// Say renders a code and its arguments in lang; an unknown code falls back
// to its English text, and a code missing from the catalogue to itself.
func Say(lang Lang, c Code, args ...any) string {
	t, ok := catalogue[c]
	if !ok {
		return string(c) + fmt.Sprint(args...)
	}
	f := t.sv
	if lang == English || f == "" {
		f = t.en
	}
	if !strings.Contains(f, "%") {
		return f
	}
	return fmt.Sprintf(f, args...)
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
// reason, such as personnummer's) in the same language.
func translateArgs(lang Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if c, ok := a.(Coded); ok {
			out[i] = Render(c, lang)
		} else {
			out[i] = a
		}
	}
	return out
}

// Has reports whether the catalogue holds c in both languages (tests).
func Has(c Code) bool {
	t, ok := catalogue[c]
	return ok && t.sv != "" && t.en != ""
}

// Codes lists every code of the catalogue (tests).
func Codes() []Code {
	out := make([]Code, 0, len(catalogue))
	for c := range catalogue {
		out = append(out, c)
	}
	return out
}
