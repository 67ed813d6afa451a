package phrases

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key is the lookup form of a code: NFC-normalised, lower case, with å, ä
// and ö folded to a, a, o so codes can be typed on any keyboard.
func Key(code string) string {
	s := strings.ToLower(norm.NFC.String(code))
	if !strings.ContainsAny(s, "åäö") {
		return s
	}
	return folder.Replace(s)
}

var folder = strings.NewReplacer("å", "a", "ä", "a", "ö", "o")

// appendFastKey appends Key(word) to dst without allocating, for words of
// ASCII and composed å, ä, ö (upper or lower case) — nearly every word of a
// Swedish draft. Such a word is already NFC. ok is false for any other word.
func appendFastKey(dst []byte, word string) (key []byte, ok bool) {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		switch r {
		case 'å', 'ä', 'Å', 'Ä':
			dst = append(dst, 'a')
		case 'ö', 'Ö':
			dst = append(dst, 'o')
		default:
			return dst, false
		}
		i += size
	}
	return dst, true
}

// reserved are the names of the phrase subcommands; no code may take them.
var reserved = []string{"list", "expand"}

// checkCode accepts a code made of letters, digits and combining marks,
// which is what the inline expander recognises as a word.
func checkCode(code string) error {
	if code == "" {
		return fmt.Errorf("empty code")
	}
	for _, r := range code {
		if !isCodeRune(r) {
			return fmt.Errorf("code %q has %q; a code is letters and digits only", code, r)
		}
	}
	for _, w := range reserved {
		if Key(code) == w {
			return fmt.Errorf("code %q is the name of a command", code)
		}
	}
	return nil
}

func isCodeRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// UnknownError is returned for a code that is not in the set.
type UnknownError struct {
	Code        string
	Suggestions []string // nearest known codes, best first
}

func (e *UnknownError) Error() string {
	msg := fmt.Sprintf("unknown phrase code %q", e.Code)
	switch len(e.Suggestions) {
	case 0:
		return msg + " (see ikbt phrase list)"
	case 1:
		return msg + "; did you mean " + e.Suggestions[0] + "?"
	}
	n := len(e.Suggestions)
	return msg + "; did you mean " + strings.Join(e.Suggestions[:n-1], ", ") + " or " + e.Suggestions[n-1] + "?"
}

// maxSuggestions is how many near codes an unknown code suggests.
const maxSuggestions = 3

// suggest returns the known codes nearest to code by edit distance over
// keys, closest first; codes too far off to be a typo are left out.
func (s *Set) suggest(code string) []string {
	if len(code) > longestKey {
		return nil // no typo of a code is that long; spare the distance work
	}
	k := []rune(Key(code))
	limit := len(k)/2 + 1
	type cand struct {
		code   string
		d      int
		prefix int // runes in common at the start: a typo is more often late
		i      int
	}
	var cs []cand
	for i, p := range s.list {
		pk := []rune(Key(p.Code))
		if d := distance(k, pk); d <= limit {
			cs = append(cs, cand{p.Code, d, commonPrefix(k, pk), i})
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].d != cs[b].d {
			return cs[a].d < cs[b].d
		}
		if cs[a].prefix != cs[b].prefix {
			return cs[a].prefix > cs[b].prefix
		}
		return cs[a].i < cs[b].i
	})
	var out []string
	for _, c := range cs {
		if len(out) == maxSuggestions {
			break
		}
		out = append(out, c.code)
	}
	return out
}

// distance is the Levenshtein distance between a and b.
func distance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
