package phrases

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// builtinColumns are the columns of data/phrases.tsv, in order.
var builtinColumns = []string{"code", "sokord", "program", "track", "module", "ours", "source", "aliases", "text"}

// parseBuiltin reads the embedded phrase table: tab-separated, a header
// line, # comments; \n in text is a line break.
// Every command that looks a phrase up parses it first (`ikbt phrase`:
// about a twentieth of its start), so the lines and fields are walked in
// place, into one reused slice, and the phrases go into one array.
func parseBuiltin(data string) ([]Phrase, error) {
	out := make([]Phrase, 0, strings.Count(data, "\n")+1)
	header := false
	var f []string
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f = f[:0]
		for field := range strings.SplitSeq(line, "\t") {
			f = append(f, field)
		}
		if !header {
			if strings.Join(f, ",") != strings.Join(builtinColumns, ",") {
				return nil, fmt.Errorf("phrases.tsv:%d: header %q, want %q", n, f, builtinColumns)
			}
			header = true
			continue
		}
		if len(f) != len(builtinColumns) {
			return nil, fmt.Errorf("phrases.tsv:%d: %d fields, want %d", n, len(f), len(builtinColumns))
		}
		p := Phrase{Code: f[0], Sokord: f[1], Program: f[2], Track: f[3], Source: f[6], Text: unescape(f[8])}
		if f[7] != "" {
			p.Aliases = strings.Split(f[7], ",")
		}
		if f[4] != "" {
			m, err := strconv.Atoi(f[4])
			if err != nil || m < 1 {
				return nil, fmt.Errorf("phrases.tsv:%d: module %q is not a number from 1", n, f[4])
			}
			p.Module = m
		}
		switch f[5] {
		case "":
		case "ja":
			p.Ours = true
		default:
			return nil, fmt.Errorf("phrases.tsv:%d: ours %q, want ja or empty", n, f[5])
		}
		if err := checkPhrase(p.Code, p.Text); err != nil {
			return nil, fmt.Errorf("phrases.tsv:%d: %w", n, err)
		}
		for _, a := range p.Aliases {
			if err := checkCode(a); err != nil {
				return nil, fmt.Errorf("phrases.tsv:%d: alias: %w", n, err)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// unescape turns the two-character \n into a line break.
func unescape(s string) string { return strings.ReplaceAll(s, `\n`, "\n") }

// checkPhrase is what every phrase, built-in or personal, must satisfy.
func checkPhrase(code, text string) error {
	if err := checkCode(code); err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("code %s has no text", code)
	}
	if t := strings.TrimRight(text, " \t"); t != text {
		return fmt.Errorf("code %s: text ends in spaces", code)
	}
	for _, r := range text {
		if unicode.IsControl(r) && r != '\n' {
			return fmt.Errorf("code %s: text has the control character %q", code, r)
		}
	}
	// Every {…} must be a known placeholder, so a typo is caught at load time
	// instead of reaching a note.
	rest := text
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			return nil
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return fmt.Errorf("code %s: { without }", code)
		}
		name := rest[i+1 : i+j]
		known := false
		for _, q := range allParams {
			if string(q) == name {
				known = true
			}
		}
		if !known {
			return fmt.Errorf("code %s: unknown placeholder {%s} (want {modul}, {nästa}, {datum}, {poäng} or {utmaning})", code, name)
		}
		rest = rest[i+j+1:]
	}
}
