package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/usertext"
)

// Length limits of the import format's strings, in characters (README
// "Import format"). They are far above anything a clinician writes and
// keep a wrong file (a pasted document, a binary) from filling the
// database: an id names a moment in a list, a name fits a line, a note
// is a journal entry.
const (
	maxID     = 64
	maxName   = 200
	maxNote   = 20000
	maxString = 500 // every other string
)

// checkDocument reads the import file's JSON as tokens before it is
// decoded, against the format's own types: the text is valid UTF-8, the
// top level is an object, every key is one of the format's (exactly, as
// encoding/json would otherwise match any case) and appears once per
// object, and no string is longer than its limit. An empty file, null, {}
// or a file with no patients and no moments is "nothing to import".
func checkDocument(data []byte) error { return checkDocumentAs(data, reflect.TypeFor[fileJSON]()) }

// checkDocumentAs is checkDocument against the top-level struct top
// (a handover file adds its header to the import format).
func checkDocumentAs(data []byte, top reflect.Type) error {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line, col := lineCol(data, int64(off))
		return &FormatError{Line: line, Column: col, Code: usertext.ImportUTF8, Msg: usertext.Say(usertext.English, usertext.ImportUTF8)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return codef("", usertext.ImportNothing)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := &walker{dec: dec, data: data}
	tok, err := dec.Token()
	if err != nil {
		return w.fail(err)
	}
	if tok == nil {
		return codef("", usertext.ImportNothing)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return w.at("", usertext.ImportTopLevel)
	}
	items, err := w.object("", top)
	if err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return w.fail(err)
		}
		return w.at("", usertext.ImportTrailing)
	}
	if items == 0 {
		return codef("", usertext.ImportNothing)
	}
	return nil
}

type walker struct {
	dec  *json.Decoder
	data []byte
}

// fail reports a syntax error as encoding/json's Unmarshal does (its
// message and offset), which the token reader's differ from.
func (w *walker) fail(err error) error {
	var v any
	if e := json.Unmarshal(w.data, &v); e != nil {
		return jsonError(w.data, e)
	}
	return jsonError(w.data, err)
}

func (w *walker) at(path string, code usertext.Code, args ...any) error {
	line, col := lineCol(w.data, w.dec.InputOffset())
	return &FormatError{Path: path, Line: line, Column: col, Code: code, Args: args, Msg: usertext.Say(usertext.English, code, args...)}
}

// object walks an object whose '{' was read, for struct type t; it
// returns the number of elements in its top-level lists (for the file).
func (w *walker) object(path string, t reflect.Type) (items int, err error) {
	fields := map[string]reflect.Type{}
	var known []string
	for _, f := range reflect.VisibleFields(t) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous || name == "" || name == "-" {
			continue // an embedded struct's fields are visible on their own
		}
		fields[name] = f.Type
		known = append(known, name)
	}
	seen := map[string]bool{}
	for w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			return 0, w.fail(err)
		}
		key := tok.(string) // object keys are strings
		p := key
		if path != "" {
			p = path + "." + key
		}
		ft, ok := fields[key]
		if !ok {
			return 0, w.at(p, usertext.ImportUnknownKey, key, strings.Join(known, ", "))
		}
		if seen[key] {
			return 0, w.at(p, usertext.ImportDuplicateKey, key)
		}
		seen[key] = true
		n, err := w.value(p, key, ft)
		if err != nil {
			return 0, err
		}
		if path == "" {
			items += n
		}
	}
	if _, err := w.dec.Token(); err != nil { // '}'
		return 0, w.fail(err)
	}
	return items, nil
}

// value walks one value at path for type t; key is its field's name.
// For a list it returns its length.
func (w *walker) value(path, key string, t reflect.Type) (int, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := w.dec.Token()
	if err != nil {
		return 0, w.fail(err)
	}
	switch v := tok.(type) {
	case json.Delim:
		switch {
		case v == '{' && t.Kind() == reflect.Struct:
			_, err := w.object(path, t)
			return 0, err
		case v == '[' && t.Kind() == reflect.Slice:
			n := 0
			for ; w.dec.More(); n++ {
				if _, err := w.value(fmt.Sprintf("%s[%d]", path, n), key, t.Elem()); err != nil {
					return 0, err
				}
			}
			_, err := w.dec.Token()
			if err != nil {
				return 0, w.fail(err)
			}
			return n, nil
		}
		// A wrong type: encoding/json says which, with its line.
		return 0, w.skip(v)
	case string:
		if limit := stringLimit(key); utf8.RuneCountInString(v) > limit {
			return 0, w.at(path, usertext.ImportTooLong, utf8.RuneCountInString(v), limit)
		}
	}
	return 0, nil
}

// skip reads past the rest of a container whose opening was read.
func (w *walker) skip(open json.Delim) error {
	depth := 1
	for depth > 0 {
		tok, err := w.dec.Token()
		if err != nil {
			return w.fail(err)
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

// stringLimit is the longest string a field takes.
func stringLimit(key string) int {
	switch key {
	case "id":
		return maxID
	case "name", "clinician", "handled_by":
		return maxName
	case "text", "note":
		return maxNote
	}
	return maxString
}

// moduleKey is a module in the import format: a string ("3",
// "track/2") or, as people write it, a whole number (3).
type moduleKey string

func (k *moduleKey) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*k = moduleKey(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return &json.UnmarshalTypeError{Value: "value", Type: reflect.TypeFor[string]()}
	}
	i, err := n.Int64()
	if err != nil || i < 0 {
		return &json.UnmarshalTypeError{Value: "number " + n.String(), Type: reflect.TypeFor[string]()}
	}
	*k = moduleKey(n.String())
	return nil
}

// occasionWords maps the manual's words for the occasions (7.1.4), in
// lower case and without diacritics, to their ids.
var occasionWords = map[string]caseload.Occasion{
	"bedomning": caseload.Assessment, "uppstart behandling": caseload.Startup, "uppstart": caseload.Startup,
	"pagaende": caseload.Ongoing, "avslut behandling": caseload.Final, "avslut": caseload.Final,
	"uppfoljning": caseload.FollowUp,
}

var foldSwedish = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "é", "e")

// parseOccasion reads an occasion as its id or as the manual writes it
// (Bedömning, Uppstart behandling, Pågående, Avslut behandling,
// Uppföljning), in any case, with or without å, ä and ö.
func parseOccasion(s string) (caseload.Occasion, bool) {
	if s == "" {
		return "", true
	}
	k := foldSwedish.Replace(strings.ToLower(strings.Join(strings.Fields(s), " ")))
	o, ok := occasionWords[k]
	return o, ok
}

// endOfDay is when a patient's event given as a date alone counts: the
// end of that day, so that a clinician's reply the same day (a date alone
// counts as its start) does not hide it.
func endOfDay(s string, t caseload.Stamp) caseload.Stamp {
	if len(s) == len("2006-01-02") && !t.IsZero() {
		return t.Add(23*time.Hour + 59*time.Minute)
	}
	return t
}

// The years a date in an import may fall in: a year 0000 or 9999 is a
// typing mistake, not a treatment.
const (
	minYear = 1900
	maxYear = 2199
)

// pnrError says at path that raw is no personnummer, masked, with why.
func pnrError(path, raw string, err error) error {
	var pe *personnummer.Error
	if errors.As(err, &pe) {
		return codef(path, usertext.ImportPNR, personnummer.MaskRaw(raw), pe)
	}
	return codef(path, usertext.ImportPNR, personnummer.MaskRaw(raw), usertext.Say(usertext.English, usertext.PNREmpty))
}
