package intake

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Field is what a column holds, in the caseload's terms.
type Field string

const (
	PNR          Field = "personnummer"
	Name         Field = "name"
	Program      Field = "program"
	Clinician    Field = "clinician"
	Started      Field = "started"
	FeedbackDay  Field = "feedback_day"
	Diagnosis    Field = "diagnosis"
	LastLogin    Field = "last_login"
	Module       Field = "module"
	Opened       Field = "module_opened"
	Submitted    Field = "module_submitted"
	FeedbackOn   Field = "module_feedback"
	Instrument   Field = "instrument"
	Answered     Field = "answered"
	Total        Field = "total"
	OccasionText Field = "occasion"
)

// FieldInfo describes a field for --map, the mapping screen and messages.
type FieldInfo struct {
	Field Field
	// Required fields must have a column; without one nothing is read.
	Required bool
	Label    text // how messages name it when the file has no such column
	// Aliases are column names Suggest recognises (lower case).
	Aliases []string
}

// Fields are the fields a table can fill, in the order the mapping
// screen lists them. A new moment also needs name (for a new patient),
// started and feedback_day: a row that would create one without them is
// refused, but a table of scores for existing moments needs neither.
var Fields = []FieldInfo{
	{PNR, true, text{"personnummer", "personnummer"}, []string{"personnummer", "pnr", "personnr", "person number", "samordningsnummer"}},
	{Name, false, text{"namn", "name"}, []string{"namn", "name", "patient", "patientnamn"}},
	{Program, true, text{"program", "program"}, []string{"program", "behandlingsprogram", "behandling"}},
	{Clinician, false, text{"behandlare", "clinician"}, []string{"behandlare", "clinician", "terapeut", "psykolog", "vårdgivare"}},
	{Started, false, text{"startdatum", "start date"}, []string{"startdatum", "start", "started", "påbörjad", "startad"}},
	{FeedbackDay, false, text{"återkopplingsdag", "feedback day"}, []string{"återkopplingsdag", "återkoppling", "feedback day", "feedback_day", "veckodag"}},
	{Diagnosis, false, text{"diagnos", "diagnosis"}, []string{"diagnos", "diagnosis", "icd-10", "icd10"}},
	{LastLogin, false, text{"senaste inloggning", "last login"}, []string{"senaste inloggning", "inloggning", "last login", "last_login", "senast inloggad"}},
	{Module, false, text{"modul", "module"}, []string{"modul", "module"}},
	{Opened, false, text{"modul öppnad", "module opened"}, []string{"öppnad", "modul öppnad", "opened"}},
	{Submitted, false, text{"modul inskickad", "module submitted"}, []string{"inskickad", "modul inskickad", "submitted", "skickad"}},
	{FeedbackOn, false, text{"återkoppling given", "feedback given"}, []string{"återkoppling given", "feedback given", "återkopplad"}},
	{Instrument, false, text{"skattningsskala", "instrument"}, []string{"skattning", "skattningsskala", "instrument", "formulär", "mätinstrument"}},
	{Answered, false, text{"besvarad", "answered"}, []string{"besvarad", "besvarat", "answered", "datum", "date"}},
	{Total, false, text{"totalpoäng", "total"}, []string{"totalpoäng", "poäng", "summa", "total", "score"}},
	{OccasionText, false, text{"mättillfälle", "occasion"}, []string{"mättillfälle", "occasion", "tillfälle"}},
}

// Info returns the description of f.
func Info(f Field) (FieldInfo, bool) {
	i := slices.IndexFunc(Fields, func(x FieldInfo) bool { return x.Field == f })
	if i < 0 {
		return FieldInfo{}, false
	}
	return Fields[i], true
}

// Mapping says which column (by its header text) holds each field.
type Mapping map[Field]string

// ParseMap reads --map: field=Column pairs separated by commas, e.g.
// "program=Program,started=Startdatum". A column name with a comma is
// quoted: name="Efternamn, förnamn".
func ParseMap(s string) (Mapping, error) {
	m := Mapping{}
	for _, part := range splitPairs(s) {
		k, v, ok := strings.Cut(part, "=")
		k, v = strings.TrimSpace(k), strings.Trim(strings.TrimSpace(v), `"`)
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("--map: %q: want field=Column", part)
		}
		f := Field(strings.ToLower(k))
		if _, known := Info(f); !known {
			return nil, fmt.Errorf("--map: unknown field %q (known: %s)", k, fieldList())
		}
		if _, dup := m[f]; dup {
			return nil, fmt.Errorf("--map: field %q given twice", k)
		}
		m[f] = v
	}
	return m, nil
}

// String writes m back in the --map syntax, in the order of Fields.
func (m Mapping) String() string {
	var parts []string
	for _, fi := range Fields {
		if c, ok := m[fi.Field]; ok {
			if strings.ContainsAny(c, ",=") {
				c = `"` + c + `"`
			}
			parts = append(parts, string(fi.Field)+"="+c)
		}
	}
	return strings.Join(parts, ",")
}

func splitPairs(s string) []string {
	var out []string
	var b strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			b.WriteRune(r)
		case r == ',' && !quoted:
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteRune(r)
		}
	}
	if strings.TrimSpace(b.String()) != "" || len(out) > 0 {
		out = append(out, b.String())
	}
	return out
}

func fieldList() string {
	var names []string
	for _, fi := range Fields {
		names = append(names, string(fi.Field))
	}
	return strings.Join(names, ", ")
}

// Suggest guesses a mapping from the header by the fields' usual column
// names: what the mapping screen starts from and the command proposes.
// It never maps two fields to one column.
func Suggest(header []string) Mapping {
	m := Mapping{}
	used := map[string]bool{}
	for _, fi := range Fields {
		for _, h := range header {
			if !used[h] && slices.Contains(fi.Aliases, strings.ToLower(strings.TrimSpace(h))) {
				m[fi.Field] = h
				used[h] = true
				break
			}
		}
	}
	// A column named for an instrument ("MADRS-S") holds its totals.
	if _, ok := m[Total]; !ok {
		if _, ok := m[Instrument]; !ok {
			for _, h := range header {
				if _, isInstrument := findInstrument(h); isInstrument && !used[h] {
					m[Total] = h
					break
				}
			}
		}
	}
	return m
}

// Columns is a mapping resolved against one header.
type Columns struct {
	Header  []string
	Index   map[Field]int // column index of each mapped field
	Unknown []string      // columns no field reads: listed and ignored
}

// MissingError is a mapping that leaves required fields without a
// column, or names a column the header does not have.
type MissingError struct {
	Fields  []Field  // required fields without a column
	Columns []string // mapped columns not in the header
}

func (e *MissingError) Error() string {
	var parts []string
	if len(e.Fields) > 0 {
		var fs []string
		for _, f := range e.Fields {
			fs = append(fs, string(f))
		}
		parts = append(parts, "no column for the required field "+strings.Join(fs, ", "))
	}
	if len(e.Columns) > 0 {
		parts = append(parts, fmt.Sprintf("no column %q in the header", e.Columns))
	}
	return strings.Join(parts, "; ")
}

// Text says it in lang ("sv" or "en").
func (e *MissingError) Text(lang string) string {
	var parts []string
	for _, f := range e.Fields {
		fi, _ := Info(f)
		parts = append(parts, txtMissingField.in(lang, fi.Label.in(lang), string(f)))
	}
	for _, c := range e.Columns {
		parts = append(parts, txtNoSuchColumn.in(lang, c))
	}
	return strings.Join(parts, "; ")
}

// Resolve finds the mapped columns in header (case and surrounding
// spaces do not matter) and lists the columns left over.
func (m Mapping) Resolve(header []string) (Columns, error) {
	c := Columns{Header: header, Index: map[Field]int{}}
	miss := &MissingError{}
	read := map[int]bool{}
	for _, fi := range Fields {
		col, ok := m[fi.Field]
		if !ok {
			if fi.Required {
				miss.Fields = append(miss.Fields, fi.Field)
			}
			continue
		}
		i := slices.IndexFunc(header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(col)) })
		if i < 0 {
			miss.Columns = append(miss.Columns, col)
			continue
		}
		c.Index[fi.Field] = i
		read[i] = true
	}
	for i, h := range header {
		if !read[i] {
			c.Unknown = append(c.Unknown, h)
		}
	}
	if len(miss.Fields) > 0 || len(miss.Columns) > 0 {
		return c, miss
	}
	return c, nil
}

// Saved mappings are kept by header in a JSON file (mappings.json next
// to the settings file, mode 0600): a header seen once is mapped the same
// way next time without --map. It holds column names only, no patient data.
type Saved struct {
	path  string
	byKey map[string]Mapping
}

// HeaderKey identifies a header: its column names, lower case, in order.
func HeaderKey(header []string) string {
	k := make([]string, len(header))
	for i, h := range header {
		k[i] = strings.ToLower(strings.TrimSpace(h))
	}
	return strings.Join(k, "\t")
}

// LoadSaved reads the saved mappings at path; a missing file holds none.
func LoadSaved(path string) (*Saved, error) {
	s := &Saved{path: path, byKey: map[string]Mapping{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	var file struct {
		Mappings []struct {
			Header  []string         `json:"header"`
			Mapping map[Field]string `json:"mapping"`
		} `json:"mappings"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, e := range file.Mappings {
		s.byKey[HeaderKey(e.Header)] = e.Mapping
	}
	return s, nil
}

// Lookup returns the mapping saved for header.
func (s *Saved) Lookup(header []string) (Mapping, bool) {
	m, ok := s.byKey[HeaderKey(header)]
	return m, ok
}

// Save keeps m for header and writes the file (mode 0600, replaced
// whole through a temporary file so that a crash never leaves half).
func (s *Saved) Save(header []string, m Mapping) error {
	s.byKey[HeaderKey(header)] = m
	type entry struct {
		Header  []string         `json:"header"`
		Mapping map[Field]string `json:"mapping"`
	}
	var file struct {
		Mappings []entry `json:"mappings"`
	}
	keys := make([]string, 0, len(s.byKey))
	for k := range s.byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		file.Mappings = append(file.Mappings, entry{strings.Split(k, "\t"), s.byKey[k]})
	}
	b, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".mappings-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.path)
}

// LabelIn names the field for the mapping screen, in lang ("sv" or "en").
func (fi FieldInfo) LabelIn(lang string) string { return fi.Label.in(lang) }
