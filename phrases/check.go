package phrases

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ForeignError is a code of another program than the note's, e.g.
// behint3li in an Oroshjälpen note. It is never expanded: its text would
// describe a module the patient is not doing.
type ForeignError struct {
	Code        string
	Program     string   // the code's program
	NoteProgram string   // the note's program
	Suggestions []string // nearest codes of the note's program (or of every program)
}

func (e *ForeignError) Error() string {
	msg := fmt.Sprintf("phrase code %q belongs to %s, not to %s", e.Code, e.Program, e.NoteProgram)
	return msg + didYouMean(e.Suggestions)
}

func didYouMean(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return "; did you mean " + s[0] + "?"
	}
	return "; did you mean " + strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1] + "?"
}

// foreign reports whether ph belongs to a program other than program.
// Codes of no program (uppint, Madrs, add-on modules) serve every program.
func (s *Set) foreign(ph Phrase, program string) bool {
	return program != "" && ph.Program != "" && ph.Program != program
}

// suggestFor is suggest limited to the codes a note of program may use;
// when none is near, the nearest of all codes.
func (s *Set) suggestFor(code, program string) []string {
	if program == "" {
		return s.suggest(code)
	}
	sub := &Set{}
	for _, p := range s.list {
		if !s.foreign(p, program) {
			sub.list = append(sub.list, p)
		}
	}
	if out := sub.suggest(code); len(out) > 0 {
		return out
	}
	return s.suggest(code)
}

// LooksLikeCode reports whether a word that is not a known code may be a
// mistyped one, so that it is marked rather than copied as it is: at least
// four letters and digits, starting with a letter, with a digit, and not
// all capitals (DU011, ZV044 and F43 are KVÅ and ICD codes, not phrase
// codes; 2ggr and v47 are ordinary words). The checks also want a known
// code near it (see CheckCodes).
func LooksLikeCode(word string) bool {
	if utf8.RuneCountInString(word) < 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLetter(r) {
		return false
	}
	letter, digit, lower := false, false, false
	for _, r := range word {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			letter = true
			lower = lower || unicode.IsLower(r)
		case unicode.Is(unicode.Mn, r):
		default:
			return false
		}
	}
	return letter && digit && lower
}

// IssueKind says what is wrong with a code in a text.
type IssueKind string

const (
	IssueUnknown IssueKind = "unknown" // looks like a code but is none
	IssueForeign IssueKind = "foreign" // a code of another program
)

// CodeIssue is one code in a text that will not expand: where it is (byte
// offsets for slicing, and 1-based line and column in characters for
// messages), what is wrong and the nearest codes.
type CodeIssue struct {
	Start, End  int // text[Start:End] is the word
	Line, Col   int
	Word        string
	Kind        IssueKind
	Program     string // IssueForeign: the code's program
	Suggestions []string
}

// Error words the issue as UnknownError and ForeignError do.
func (c CodeIssue) Error() string {
	if c.Kind == IssueForeign {
		return (&ForeignError{Code: c.Word, Program: c.Program, Suggestions: c.Suggestions}).Error()
	}
	return (&UnknownError{Code: c.Word, Suggestions: c.Suggestions}).Error()
}

// CheckCodes finds, in a note of program, the words that look like codes
// but are none and the codes of another program, in order, for the
// composer to mark and the command line to report. Known codes of the
// program and ordinary words are not issues.
func (s *Set) CheckCodes(text, program string) []CodeIssue {
	var out []CodeIssue
	var buf [longestKey]byte
	eachWord(text, func(start, stop, line, lineStart int) {
		word := text[start:stop]
		if ph, ok := s.findWord(buf[:0], word); ok {
			if s.foreign(ph, program) {
				out = append(out, CodeIssue{start, stop, line, column(text, lineStart, start), word, IssueForeign, ph.Program, s.suggestFor(word, program)})
			}
			return
		}
		if LooksLikeCode(word) {
			if near := s.suggestFor(word, program); len(near) > 0 {
				out = append(out, CodeIssue{start, stop, line, column(text, lineStart, start), word, IssueUnknown, "", near})
			}
		}
	})
	return out
}

// eachWord calls f for every white-space separated word of text, trimmed
// of punctuation around it, with its byte span, 1-based line and the
// byte offset of that line's start (column gives the column, counted only
// for the words that need it: scan runs on every expansion).
func eachWord(text string, f func(start, stop, line, lineStart int)) {
	line, lineStart := 1, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			line, lineStart = line+1, i+1
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		// A word runs to the next white space.
		end := i + size
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += size
		}
		start, stop := trimPunct(text, i, end)
		if stop > start && stop-start <= longestKey {
			f(start, stop, line, lineStart)
		}
		i = end
	}
}

// column is the 1-based column, in runes, of byte offset at on the line
// that starts at lineStart.
func column(text string, lineStart, at int) int {
	return utf8.RuneCountInString(text[lineStart:at]) + 1
}

// Expansion is the result of ExpandAt.
type Expansion struct {
	Text   string // the whole text after the expansion
	Cursor int    // byte offset of the cursor in Text
	Code   string // the code expanded, as typed; "" when nothing was
}

// ExpandAt is "code, then Enter" (manual 7.2) at byte offset cursor of
// text: the word just before the cursor, if it is a code, becomes its
// text, and then the cursor stands after a space — or on a new line when
// the code ended its line — so that what follows never runs on (our rule;
// the manual only says "code, then Enter"). ok is false, with text and
// cursor unchanged, when the word before the cursor is no code: the
// composer then inserts its newline as usual. err is set, and nothing
// changed, for a code that cannot be expanded here (a missing parameter,
// a code of another program): the composer shows it and keeps the text.
func (s *Set) ExpandAt(text string, cursor int, p Params) (e Expansion, ok bool, err error) {
	e = Expansion{Text: text, Cursor: cursor}
	if cursor < 0 || cursor > len(text) {
		return e, false, nil
	}
	start := cursor
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	ws, we := trimPunct(text, start, cursor)
	if ws == we {
		return e, false, nil
	}
	word := text[ws:we]
	if _, found := s.find(Key(word)); !found && Key(word) != madrsFamily {
		if near := s.suggestFor(word, p.Program); LooksLikeCode(word) && len(near) > 0 {
			return e, false, &UnknownError{Code: word, Suggestions: near}
		}
		return e, false, nil
	}
	exp, err := s.Expand(word, p)
	if err != nil {
		return e, false, err
	}
	rest := text[cursor:]
	lineRest := rest
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		lineRest = rest[:i]
	}
	var sep string
	switch {
	case strings.TrimSpace(lineRest) == "":
		// The code ended its line: Enter's new line, after the text.
		sep = "\n"
	case strings.HasPrefix(rest, " "):
		sep = "" // a space is there already; the cursor goes past it
	default:
		sep = " "
	}
	out := text[:ws] + exp + text[we:cursor] + sep + rest
	pos := ws + len(exp) + (cursor - we) + len(sep)
	if sep == "" {
		pos++ // past the space that was there
	}
	return Expansion{Text: out, Cursor: pos, Code: word}, true, nil
}
