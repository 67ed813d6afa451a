package main

import (
	"errors"
	"strings"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// paramFlags are the command-line flags that give each parameter.
var paramFlags = map[phrases.Param]string{
	phrases.ParamModule:    "--module N",
	phrases.ParamNext:      "--next N",
	phrases.ParamDate:      "--date YYYY-MM-DD",
	phrases.ParamScore:     "--score N",
	phrases.ParamChallenge: "--challenge NAMN",
}

// paramText names what a parameter is.
func paramText(p phrases.Param) usertext.Text {
	t := usertext.T.Note
	switch p {
	case phrases.ParamModule:
		return t.ParamModule
	case phrases.ParamNext:
		return t.ParamNext
	case phrases.ParamDate:
		return t.ParamDate
	case phrases.ParamScore:
		return t.ParamScore
	case phrases.ParamChallenge:
		return t.ParamChallenge
	}
	return usertext.Text{SV: string(p), EN: string(p)}
}

// programName is a program's name as the manual writes it, else its id.
func programName(id string) string {
	if p, ok := programs.Default().Program(id); ok {
		return p.Name
	}
	return id
}

// suggestions joins the nearest codes as "a, b or c".
func suggestions(lang usertext.Lang, s []string) string {
	if len(s) == 0 {
		return ""
	}
	t := usertext.T.Note
	list := s[0]
	if len(s) > 1 {
		list = strings.Join(s[:len(s)-1], ", ") + t.Or.In(lang) + s[len(s)-1]
	}
	return t.DidYouMean.In(lang, list)
}

// codeMessage words a phrase error in lang: unknown and foreign codes
// with the nearest codes, a missing parameter with its flag.
func codeMessage(lang usertext.Lang, err error) string {
	var u *phrases.UnknownError
	var f *phrases.ForeignError
	var m *phrases.MissingError
	t := usertext.T.Note
	switch {
	case errors.As(err, &f):
		return t.Foreign.In(lang, f.Code, programName(f.Program), programName(f.NoteProgram)) + suggestions(lang, f.Suggestions)
	case errors.As(err, &u):
		return t.Unknown.In(lang, u.Code) + suggestions(lang, u.Suggestions)
	case errors.As(err, &m):
		return t.Missing.In(lang, m.Code, paramText(m.Param).In(lang), paramFlags[m.Param])
	}
	return usertext.Render(err, lang)
}

// whyNot is why a note cannot be built (phrases.UnavailableError's Why).
var whyNot = map[string]usertext.Text{
	"no-completed-module": usertext.T.Note.WhyNoCompleted,
	"no-handled-flag":     usertext.T.Note.WhyNoHandledFlag,
	"no-current-module":   usertext.T.Note.WhyNoCurrent,
	"not-closed":          usertext.T.Note.WhyNotClosed,
	"not-ended":           usertext.T.Note.WhyNotEnded,
	"not-active":          usertext.T.Note.WhyNotActive,
}

// fieldMissing is what a note lacks (phrases.NoteError's Field).
var fieldMissing = map[string]usertext.Text{
	"Diagnosis":   usertext.T.Note.FieldDiagnosis,
	"Reason":      usertext.T.Note.FieldReason,
	"FollowUp":    usertext.T.Note.FieldFollowUp,
	"ProgramName": usertext.T.Note.FieldProgramName,
}

// noteMessage words why a note of kind k for moment id cannot be built.
func noteMessage(lang usertext.Lang, id string, kind phrases.Kind, program string, err error) error {
	k := string(kind)
	if lang == usertext.Swedish && kind.Label() != "" {
		k = strings.ToLower(kind.Label())
	}
	t := usertext.T.Note
	say := func(x usertext.Text, args ...any) error { return usertext.Errorf(lang, x, args...).Wrap(err) }
	var u *phrases.UnavailableError
	if errors.As(err, &u) {
		switch {
		case u.Why == "no-program":
			return say(t.WhyNoProgram, id, program, k)
		case u.Why == "closed":
			return say(t.WhyClosed, id, k)
		case whyNot[u.Why] != usertext.Text{}:
			return say(whyNot[u.Why], id)
		}
	}
	var ne *phrases.NoteError
	if errors.As(err, &ne) {
		what := ne.Field + ": " + usertext.Render(ne.Err, lang)
		if f, ok := fieldMissing[ne.Field]; ok {
			what = f.In(lang)
		}
		return say(t.Build, id, k, what)
	}
	return say(t.Build, id, k, codeMessage(lang, err))
}
