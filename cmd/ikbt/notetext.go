package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
)

// noteTexts are the messages of `ikbt note` and of the code checks of
// `ikbt phrase`, Swedish and English, in one place so that they can join
// the typed message catalogue. %-verbs are filled in order.
var noteTexts = map[string]map[string]string{
	"sv": {
		"no-moment":           "momentet %s finns inte i %s",
		"bad-kind":            "okänd anteckningstyp %q (välj feedback, flag, reminder, start, closing, followup eller free)",
		"bad-contact":         "okänt kontaktsätt %q (välj skriftlig, telefon, video eller besok)",
		"why.no-program":      "momentet %s: programmet %q finns inte i katalogen, så anteckningen (%s) kan inte byggas",
		"why.no-completed":    "momentet %s har ingen inskickad eller återkopplad modul än: ingen återkopplingsanteckning (prova --kind start eller --kind reminder)",
		"why.no-handled-flag": "momentet %s har ingen omhändertagen röd flagga: hantera flaggan (H i appen) först, så kommer vem, när och vad med i anteckningen",
		"why.no-current":      "momentet %s har ingen öppnad modul att påminna om",
		"why.not-closed":      "momentet %s är inte avslutat: ingen avslutsanteckning (avsluta momentet först)",
		"why.closed":          "momentet %s är avslutat: ingen anteckning (%s)",
		"why.not-ended":       "momentet %s är en pågående behandling: ingen uppföljningsanteckning efter avslut",
		"why.not-active":      "momentet %s är i vidmakthållande: patienten kan inte få meddelanden, så ingen påminnelse",
		"build":               "momentet %s: anteckningen (%s) kan inte byggas: %s",
		"field.Diagnosis":     "huvuddiagnos saknas för momentet",
		"field.Reason":        "avslutningsorsak saknas",
		"field.FollowUp":      "uppföljningsdatum saknas",
		"field.ProgramName":   "programmets namn saknas",
		"unknown":             "okänd fraskod %q",
		"foreign":             "fraskoden %q hör till %s, inte till %s",
		"missing":             "fraskoden %s behöver %s (ge %s)",
		"did-you-mean":        "; menade du %s?",
		"or":                  " eller ",
		"left":                "%s: %d kod(er) lämnades som de skrevs",
		"param.modul":         "modulen kontakten gäller",
		"param.nästa":         "modulen som tilldelas",
		"param.datum":         "ett uppföljningsdatum",
		"param.poäng":         "en MADRS-S-poäng",
		"param.utmaning":      "utmaningsområdet som tilldelas med modul 6",
		"module-not-next":     "fras %s tar inte --module (modulen kontakten gäller): modulen som tilldelas ges med --next",
		"next-not-module":     "fras %s tar inte --next (modulen som tilldelas): modulen kontakten gäller ges med --module",
		"two-programs":        "utkastet har kontaktorsak för både %s och %s; ange --program",
	},
	"en": {
		"no-moment":           "moment %s is not in %s",
		"bad-kind":            "unknown note kind %q (want feedback, flag, reminder, start, closing, followup or free)",
		"bad-contact":         "unknown contact type %q (want skriftlig, telefon, video or besok)",
		"why.no-program":      "moment %s: program %q is not in the catalogue, so no %s note can be built",
		"why.no-completed":    "moment %s has no module submitted or given feedback yet: no feedback note (try --kind start or --kind reminder)",
		"why.no-handled-flag": "moment %s has no handled red flag: handle the flag (H in the app) first, so that who, when and what go into the note",
		"why.no-current":      "moment %s has no module opened to remind about",
		"why.not-closed":      "moment %s is not closed: no closing note (close the moment first)",
		"why.closed":          "moment %s is closed: no %s note",
		"why.not-ended":       "moment %s is an ongoing treatment: no follow-up note after the treatment",
		"why.not-active":      "moment %s is in maintenance: the patient cannot get messages, so no reminder",
		"build":               "moment %s: the %s note cannot be built: %s",
		"field.Diagnosis":     "the moment has no main diagnosis",
		"field.Reason":        "no closing reason",
		"field.FollowUp":      "no follow-up date",
		"field.ProgramName":   "no program name",
		"unknown":             "unknown phrase code %q",
		"foreign":             "phrase code %q belongs to %s, not to %s",
		"missing":             "phrase %s needs %s (give %s)",
		"did-you-mean":        "; did you mean %s?",
		"or":                  " or ",
		"left":                "%s: %d code(s) left as typed",
		"param.modul":         "the module the contact is about",
		"param.nästa":         "the module assigned next",
		"param.datum":         "a follow-up date",
		"param.poäng":         "a MADRS-S score",
		"param.utmaning":      "the challenge area assigned with module 6",
		"module-not-next":     "phrase %s takes no --module (the module the contact is about): give the module assigned with --next",
		"next-not-module":     "phrase %s takes no --next (the module assigned): give the module the contact is about with --module",
		"two-programs":        "the draft has a Kontaktorsak of both %s and %s; give --program",
	},
}

// paramFlags are the command-line flags that give each parameter.
var paramFlags = map[phrases.Param]string{
	phrases.ParamModule:    "--module N",
	phrases.ParamNext:      "--next N",
	phrases.ParamDate:      "--date YYYY-MM-DD",
	phrases.ParamScore:     "--score N",
	phrases.ParamChallenge: "--challenge NAMN",
}

// programName is a program's name as the manual writes it, else its id.
func programName(id string) string {
	if p, ok := programs.Default().Program(id); ok {
		return p.Name
	}
	return id
}

// nt returns the message key in lang, filled in.
func nt(lang, key string, a ...any) string {
	t, ok := noteTexts[lang][key]
	if !ok {
		t = noteTexts["en"][key]
	}
	return fmt.Sprintf(t, a...)
}

// suggestions joins the nearest codes as "a, b or c".
func suggestions(lang string, s []string) string {
	if len(s) == 0 {
		return ""
	}
	list := s[0]
	if len(s) > 1 {
		list = strings.Join(s[:len(s)-1], ", ") + nt(lang, "or") + s[len(s)-1]
	}
	return nt(lang, "did-you-mean", list)
}

// codeMessage words a phrase error in lang: unknown and foreign codes
// with the nearest codes, a missing parameter with its flag.
func codeMessage(lang string, err error) string {
	var u *phrases.UnknownError
	var f *phrases.ForeignError
	var m *phrases.MissingError
	switch {
	case errors.As(err, &f):
		return nt(lang, "foreign", f.Code, programName(f.Program), programName(f.NoteProgram)) + suggestions(lang, f.Suggestions)
	case errors.As(err, &u):
		return nt(lang, "unknown", u.Code) + suggestions(lang, u.Suggestions)
	case errors.As(err, &m):
		return nt(lang, "missing", m.Code, nt(lang, "param."+string(m.Param)), paramFlags[m.Param])
	}
	return err.Error()
}

// noteMessage words why a note of kind k for moment id cannot be built.
func noteMessage(lang, id string, kind phrases.Kind, program string, err error) string {
	k := string(kind)
	if lang == "sv" && kind.Label() != "" {
		k = strings.ToLower(kind.Label())
	}
	var u *phrases.UnavailableError
	if errors.As(err, &u) {
		switch u.Why {
		case "no-program":
			return nt(lang, "why.no-program", id, program, k)
		case "no-completed-module":
			return nt(lang, "why.no-completed", id)
		case "no-handled-flag":
			return nt(lang, "why.no-handled-flag", id)
		case "no-current-module":
			return nt(lang, "why.no-current", id)
		case "not-closed":
			return nt(lang, "why.not-closed", id)
		case "closed":
			return nt(lang, "why.closed", id, k)
		case "not-ended":
			return nt(lang, "why.not-ended", id)
		case "not-active":
			return nt(lang, "why.not-active", id)
		}
	}
	var ne *phrases.NoteError
	if errors.As(err, &ne) {
		what, ok := noteTexts[lang]["field."+ne.Field]
		if !ok {
			what = ne.Field + ": " + ne.Err.Error()
		}
		return nt(lang, "build", id, k, what)
	}
	if msg := codeMessage(lang, err); msg != err.Error() {
		return nt(lang, "build", id, k, msg)
	}
	return nt(lang, "build", id, k, err.Error())
}
