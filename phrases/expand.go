package phrases

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikbt/ikbt/caseload"
)

// Params are the values codes may need. A zero field is missing.
type Params struct {
	Module int           // the module the contact is about (kbtint's modul x); 0 is missing
	Date   caseload.Date // Uppföljning den xx
	Score  *int          // MADRS-S score; nil is missing
	// Next is the module assigned next (uppint's modul x); 0 is missing.
	// It is never taken from Module: after feedback on module 3 it is 4,
	// after the last module there is none.
	Next int
	// Challenge is the name of Livsbalansen's challenge area assigned with
	// module 6 (uppintutm), e.g. Gränssättning; "" is missing.
	Challenge string
	// Program, when set, is the program of the note: a code of another
	// program is not expanded but refused with a *ForeignError, and in
	// ExpandText a word that looks like a code but is none is reported.
	Program string
}

// MissingError is returned when a code needs a parameter that was not given.
type MissingError struct {
	Code  string
	Param Param
}

func (e *MissingError) Error() string {
	what := map[Param]string{
		ParamModule:    "a module number (modul x)",
		ParamDate:      "a follow-up date (Uppföljning den xx)",
		ParamScore:     "a MADRS-S score (X)",
		ParamNext:      "the module assigned next (tilldelas modul x)",
		ParamChallenge: "the challenge area assigned with module 6",
	}[e.Param]
	return fmt.Sprintf("phrase %s needs %s", e.Code, what)
}

// madrsFamily is our code for "the Madrs phrase for this score": Madrs
// with the score 4 is Madrs4. It is not expanded inside a draft, where
// MADRS is an ordinary word.
const madrsFamily = "madrs"

// maxItem9 is the highest MADRS-S item 9 score.
const maxItem9 = 6

// Expand returns the text of code with its parameters filled in. Parameters
// the code does not use are ignored. The generic code Madrs takes the score
// and stands for Madrs0–Madrs6.
func (s *Set) Expand(code string, p Params) (string, error) {
	k := Key(code)
	ph, ok := s.find(k)
	if !ok && k == madrsFamily {
		if p.Score == nil {
			return "", &MissingError{Code: code, Param: ParamScore}
		}
		if *p.Score < 0 || *p.Score > maxItem9 {
			return "", fmt.Errorf("phrase %s: score %d is outside MADRS-S item 9's 0–%d", code, *p.Score, maxItem9)
		}
		k = madrsFamily + strconv.Itoa(*p.Score)
		ph, ok = s.find(k)
	}
	if !ok {
		return "", &UnknownError{Code: code, Suggestions: s.suggestFor(code, p.Program)}
	}
	if s.foreign(ph, p.Program) {
		return "", &ForeignError{Code: code, Program: ph.Program, NoteProgram: p.Program, Suggestions: s.suggestFor(code, p.Program)}
	}
	return ph.fill(code, p)
}

// fill replaces the placeholders; typed is the code as the user typed it, for errors.
func (ph Phrase) fill(typed string, p Params) (string, error) {
	t := ph.Text
	for _, q := range ph.Params() {
		var v string
		switch q {
		case ParamModule:
			if p.Module < 1 {
				return "", &MissingError{Code: typed, Param: q}
			}
			v = strconv.Itoa(p.Module)
		case ParamDate:
			if p.Date.IsZero() {
				return "", &MissingError{Code: typed, Param: q}
			}
			v = p.Date.String()
		case ParamScore:
			if p.Score == nil {
				return "", &MissingError{Code: typed, Param: q}
			}
			if *p.Score < 0 {
				return "", fmt.Errorf("phrase %s: score %d is negative", typed, *p.Score)
			}
			v = strconv.Itoa(*p.Score)
		case ParamNext:
			if p.Next < 1 {
				return "", &MissingError{Code: typed, Param: q}
			}
			v = strconv.Itoa(p.Next)
		case ParamChallenge:
			if strings.TrimSpace(p.Challenge) == "" {
				return "", &MissingError{Code: typed, Param: q}
			}
			v = strings.TrimSpace(p.Challenge)
		}
		t = strings.ReplaceAll(t, q.token(), v)
	}
	return t, nil
}

// TextError is a code in a draft that could not be expanded.
type TextError struct {
	Line, Col int // 1-based; Col counts characters (runes)
	Err       error
}

func (e *TextError) Error() string { return fmt.Sprintf("%d:%d: %v", e.Line, e.Col, e.Err) }
func (e *TextError) Unwrap() error { return e.Err }

// span is one expanded code: draft[start:end] became text.
type span struct {
	start, end int
	text       string
}

// ExpandText expands every code that stands as a word in draft — separated
// by white space, with any punctuation around it kept, as in ”behint3li”.
// Everything else is left byte for byte. A code whose parameter is missing
// is left as typed and reported, so the draft never loses what was written;
// unknown words are ordinary text and not reported.
func (s *Set) ExpandText(draft string, p Params) (string, []error) {
	spans, errs := s.scan(draft, p)
	if len(spans) == 0 {
		return draft, errs
	}
	var b strings.Builder
	n := len(draft)
	for _, sp := range spans {
		n += len(sp.text) - (sp.end - sp.start)
	}
	b.Grow(n)
	last := 0
	for _, sp := range spans {
		b.WriteString(draft[last:sp.start])
		b.WriteString(sp.text)
		last = sp.end
	}
	b.WriteString(draft[last:])
	return b.String(), errs
}

// longestKey bounds the words worth looking up.
const longestKey = 64

// scan finds the codes in draft.
func (s *Set) scan(draft string, p Params) ([]span, []error) {
	var spans []span
	var errs []error
	var buf [longestKey]byte
	eachWord(draft, func(start, stop, line, lineStart int) {
		word := draft[start:stop]
		if ph, ok := s.findWord(buf[:0], word); ok {
			if s.foreign(ph, p.Program) {
				errs = append(errs, &TextError{Line: line, Col: column(draft, lineStart, start), Err: &ForeignError{Code: word, Program: ph.Program,
					NoteProgram: p.Program, Suggestions: s.suggestFor(word, p.Program)}})
			} else if text, err := ph.fill(word, p); err != nil {
				errs = append(errs, &TextError{Line: line, Col: column(draft, lineStart, start), Err: err})
			} else {
				spans = append(spans, span{start, stop, text})
			}
		} else if p.Program != "" && LooksLikeCode(word) {
			if near := s.suggestFor(word, p.Program); len(near) > 0 {
				errs = append(errs, &TextError{Line: line, Col: column(draft, lineStart, start), Err: &UnknownError{Code: word, Suggestions: near}})
			}
		}
	})
	return spans, errs
}

// findWord is find(Key(word)), without allocating for most words; buf is scratch space.
func (s *Set) findWord(buf []byte, word string) (Phrase, bool) {
	k, fast := appendFastKey(buf, word)
	if !fast {
		return s.find(Key(word))
	}
	i, ok := s.byKey[string(k)] // the conversion does not allocate in a map index
	if !ok {
		return Phrase{}, false
	}
	return s.list[i], true
}

// trimPunct narrows draft[start:end] to the part between leading and
// trailing punctuation.
func trimPunct(draft string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(draft[start:end])
		if !unicode.IsPunct(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(draft[start:end])
		if !unicode.IsPunct(r) {
			break
		}
		end -= size
	}
	return start, end
}
