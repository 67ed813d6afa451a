package programs

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ikbt/ikbt/caseload"
)

// CatalogueFile is the catalogue's path inside the file system given to Load.
const CatalogueFile = "data/catalogue.json"

//go:embed data/catalogue.json modules
var embedded embed.FS

var (
	defaultOnce sync.Once
	defaultCat  *Catalogue
)

// Default returns the embedded catalogue, built once; a module's text is
// read when it is shown (Module.Markdown). The catalogue file comes
// decoded at build time (catalogue_gen.go): decoding its JSON was ~2 % of
// every command's start, most of it encoding/json's first look at the
// types (issue 18). The embedded data, texts too, is checked by the
// package tests through Load, which also hold catalogue_gen.go equal to
// the file, so an error in it is a programming error and Default panics.
func Default() *Catalogue {
	defaultOnce.Do(func() {
		c, err := build(embedded, embeddedCatalogue, true)
		if err != nil {
			panic("programs: embedded catalogue: " + err.Error())
		}
		defaultCat = c
	})
	return defaultCat
}

// LoadError says which file and field of the catalogue data is wrong.
type LoadError struct {
	File  string // path inside the file system, e.g. "data/catalogue.json"
	Line  int    // 1-based line for JSON syntax and type errors, else 0
	Field string // JSON path such as "programs[2].modules[0].title", or a Markdown section
	Msg   string
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// The JSON shape of data/catalogue.json.
type (
	fileCatalogue struct {
		Programs []fileProgram `json:"programs"`
		Addons   []fileTrack   `json:"addons"`
	}
	fileProgram struct {
		ID         string          `json:"id"`
		Name       string          `json:"name"`
		Primary    string          `json:"primary"`
		Modules    []fileModule    `json:"modules"`
		Tracks     []fileTrack     `json:"tracks"`
		Battery    []fileScheduled `json:"battery"`
		Assignable []string        `json:"assignable"`
	}
	fileModule struct {
		Title       string `json:"title"`
		FormerTitle string `json:"formerTitle"`
	}
	fileTrack struct {
		ID         string    `json:"id"`
		Name       string    `json:"name"`
		Kind       TrackKind `json:"kind"`
		StartsWith int       `json:"startsWith"`
		Parts      int       `json:"parts"` // each part's title is the track's name: the seeds name no parts
	}
	fileScheduled struct {
		Instrument string            `json:"instrument"`
		Trigger    Trigger           `json:"trigger"`
		Modules    []int             `json:"modules"`
		Occasion   caseload.Occasion `json:"occasion"`
	}
)

// Load reads the catalogue from fsys: CatalogueFile and one Markdown text
// per module under modules/ (see data/README.md). Every error is a
// *LoadError naming the file and field.
func Load(fsys fs.FS) (*Catalogue, error) { return load(fsys, false) }

// load reads the catalogue; lazy leaves the module texts to be read when
// shown, unchecked and unread now, and does not look for stray ones.
func load(fsys fs.FS, lazy bool) (*Catalogue, error) {
	fc, err := decode(fsys)
	if err != nil {
		return nil, err
	}
	return build(fsys, fc, lazy)
}

// decode reads and decodes CatalogueFile.
func decode(fsys fs.FS) (fileCatalogue, error) {
	var fc fileCatalogue
	raw, err := fs.ReadFile(fsys, CatalogueFile)
	if err != nil {
		return fc, &LoadError{File: CatalogueFile, Msg: err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fc); err != nil {
		return fc, jsonError(raw, err)
	}
	if dec.More() {
		return fc, &LoadError{File: CatalogueFile, Line: lineAt(raw, dec.InputOffset()), Msg: "data after the catalogue object"}
	}
	return fc, nil
}

// build checks the decoded catalogue fc and makes the Catalogue, its texts
// in fsys (see load for lazy).
func build(fsys fs.FS, fc fileCatalogue, lazy bool) (*Catalogue, error) {
	l := loader{fsys: fsys, seen: map[string]bool{}, lazy: lazy}
	c, err := l.catalogue(fc)
	if err != nil {
		return nil, err
	}
	if !lazy {
		if err := l.orphans(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

type loader struct {
	fsys fs.FS
	seen map[string]bool // Markdown files used, to report stray ones
	lazy bool            // texts are read when shown (see load)
}

func (l *loader) catalogue(fc fileCatalogue) (*Catalogue, error) {
	if len(fc.Programs) == 0 {
		return nil, fieldErr("programs", "no programs")
	}
	ps := make([]*Program, 0, len(fc.Programs))
	ids := map[string]bool{}
	for i, fp := range fc.Programs {
		p, err := l.program(fmt.Sprintf("programs[%d]", i), fp)
		if err != nil {
			return nil, err
		}
		if ids[p.ID] {
			return nil, fieldErr(fmt.Sprintf("programs[%d].id", i), "duplicate program id "+strconv.Quote(p.ID))
		}
		ids[p.ID] = true
		ps = append(ps, p)
	}
	var addons []*Track
	tids := map[string]bool{}
	for i, ft := range fc.Addons {
		at := fmt.Sprintf("addons[%d]", i)
		if ft.Kind != "" && ft.Kind != Addon {
			return nil, fieldErr(at+".kind", fmt.Sprintf("add-on kind must be %q or absent, not %q", Addon, ft.Kind))
		}
		ft.Kind = Addon
		t, err := l.track(at, "", "addons", 0, ft)
		if err != nil {
			return nil, err
		}
		if tids[t.ID] {
			return nil, fieldErr(at+".id", "duplicate add-on id "+strconv.Quote(t.ID))
		}
		tids[t.ID] = true
		addons = append(addons, t)
	}
	return NewCatalogue(ps, addons), nil
}

func (l *loader) program(at string, fp fileProgram) (*Program, error) {
	if err := checkID(at+".id", fp.ID); err != nil {
		return nil, err
	}
	if strings.TrimSpace(fp.Name) == "" {
		return nil, fieldErr(at+".name", "missing")
	}
	if len(fp.Modules) == 0 {
		return nil, fieldErr(at+".modules", "no modules")
	}
	// Cloned: fp may be the package's generated catalogue, which stays as it is.
	p := &Program{ID: fp.ID, Name: fp.Name, Primary: fp.Primary, Assignable: slices.Clone(fp.Assignable)}
	for i, fm := range fp.Modules {
		f := fmt.Sprintf("%s.modules[%d]", at, i)
		if strings.TrimSpace(fm.Title) == "" {
			return nil, fieldErr(f+".title", "missing")
		}
		m := &Module{Key: strconv.Itoa(i + 1), Program: fp.ID, Number: i + 1, Title: fm.Title, FormerTitle: fm.FormerTitle}
		if err := l.text(m, fmt.Sprintf("modules/%s/%02d.md", fp.ID, i+1)); err != nil {
			return nil, err
		}
		p.Modules = append(p.Modules, m)
	}
	tids := map[string]bool{}
	for i, ft := range fp.Tracks {
		f := fmt.Sprintf("%s.tracks[%d]", at, i)
		if ft.Kind != Challenge && ft.Kind != Optional {
			return nil, fieldErr(f+".kind", fmt.Sprintf("unknown track kind %q (want %q or %q)", ft.Kind, Challenge, Optional))
		}
		if ft.StartsWith < 1 || ft.StartsWith > len(p.Modules) {
			return nil, fieldErr(f+".startsWith", fmt.Sprintf("%d is not a base module 1–%d", ft.StartsWith, len(p.Modules)))
		}
		t, err := l.track(f, fp.ID, fp.ID, ft.StartsWith, ft)
		if err != nil {
			return nil, err
		}
		if tids[t.ID] {
			return nil, fieldErr(f+".id", "duplicate track id "+strconv.Quote(t.ID))
		}
		tids[t.ID] = true
		p.Tracks = append(p.Tracks, t)
	}
	for i, fs := range fp.Battery {
		s, err := scheduled(fmt.Sprintf("%s.battery[%d]", at, i), fs, len(p.Modules))
		if err != nil {
			return nil, err
		}
		p.Battery = append(p.Battery, s)
	}
	for i, id := range fp.Assignable {
		if strings.TrimSpace(id) == "" {
			return nil, fieldErr(fmt.Sprintf("%s.assignable[%d]", at, i), "empty instrument id")
		}
	}
	if fp.Primary == "" {
		return nil, fieldErr(at+".primary", "missing")
	}
	return p, nil
}

// track builds a track; dir is the folder of its texts under modules/.
func (l *loader) track(at, program, dir string, startsWith int, ft fileTrack) (*Track, error) {
	if err := checkID(at+".id", ft.ID); err != nil {
		return nil, err
	}
	if strings.TrimSpace(ft.Name) == "" {
		return nil, fieldErr(at+".name", "missing")
	}
	if ft.Parts < 1 {
		return nil, fieldErr(at+".parts", fmt.Sprintf("%d parts; want at least 1", ft.Parts))
	}
	t := &Track{ID: ft.ID, Name: ft.Name, Kind: ft.Kind, StartsWith: startsWith}
	for n := 1; n <= ft.Parts; n++ {
		m := &Module{Key: ft.ID + "/" + strconv.Itoa(n), Program: program, Track: ft.ID, Number: n, Title: ft.Name, parts: ft.Parts}
		if err := l.text(m, fmt.Sprintf("modules/%s/%s-%d.md", dir, ft.ID, n)); err != nil {
			return nil, err
		}
		t.Modules = append(t.Modules, m)
	}
	return t, nil
}

func scheduled(at string, fs fileScheduled, total int) (Scheduled, error) {
	s := Scheduled{Instrument: fs.Instrument, Trigger: fs.Trigger, Modules: slices.Clone(fs.Modules), Occasion: fs.Occasion}
	if strings.TrimSpace(fs.Instrument) == "" {
		return s, fieldErr(at+".instrument", "missing")
	}
	switch fs.Trigger {
	case AtStart, AtEachModule, AtFinal, AtFollowUp:
		if len(fs.Modules) > 0 {
			return s, fieldErr(at+".modules", fmt.Sprintf("only trigger %q takes modules", AtModules))
		}
	case AtModules:
		if len(fs.Modules) == 0 {
			return s, fieldErr(at+".modules", fmt.Sprintf("trigger %q needs at least one module", AtModules))
		}
		for i, n := range fs.Modules {
			if n < 1 || n > total {
				return s, fieldErr(fmt.Sprintf("%s.modules[%d]", at, i), fmt.Sprintf("%d is not a base module 1–%d", n, total))
			}
		}
	default:
		return s, fieldErr(at+".trigger", fmt.Sprintf("unknown trigger %q (want %s, %s, %s, %s or %s)",
			fs.Trigger, AtStart, AtEachModule, AtModules, AtFinal, AtFollowUp))
	}
	switch fs.Occasion {
	case caseload.Assessment, caseload.Startup, caseload.Ongoing, caseload.Final, caseload.FollowUp:
	default:
		return s, fieldErr(at+".occasion", fmt.Sprintf("unknown occasion %q", fs.Occasion))
	}
	return s, nil
}

func checkID(field, id string) error {
	if id == "" {
		return fieldErr(field, "missing")
	}
	for _, r := range id {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return fieldErr(field, fmt.Sprintf("%q: ids are lower-case ASCII letters, digits and '-'", id))
		}
	}
	return nil
}

func fieldErr(field, msg string) error {
	return &LoadError{File: CatalogueFile, Field: field, Msg: msg}
}

// jsonError turns a decoding error into a LoadError with the line and,
// for type errors, the field.
func jsonError(raw []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &LoadError{File: CatalogueFile, Line: lineAt(raw, syn.Offset), Msg: "invalid JSON: " + syn.Error()}
	case errors.As(err, &typ):
		return &LoadError{File: CatalogueFile, Line: lineAt(raw, typ.Offset), Field: typ.Field,
			Msg: fmt.Sprintf("want %s, got JSON %s", typ.Type, typ.Value)}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &LoadError{File: CatalogueFile, Line: lineAt(raw, int64(len(raw))), Msg: "invalid JSON: unexpected end"}
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return &LoadError{File: CatalogueFile, Field: strings.Trim(name, `"`), Msg: "unknown field"}
	}
	return &LoadError{File: CatalogueFile, Msg: err.Error()}
}

func lineAt(raw []byte, off int64) int {
	off = min(max(off, 0), int64(len(raw)))
	return bytes.Count(raw[:off], []byte("\n")) + 1
}

// orphans reports Markdown files under modules/ that no module uses, so a
// misnamed text cannot go unnoticed.
func (l *loader) orphans() error {
	return fs.WalkDir(l.fsys, "modules", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == "modules" {
				return nil
			}
			return &LoadError{File: p, Msg: err.Error()}
		}
		if !d.IsDir() && path.Ext(p) == ".md" && !l.seen[p] {
			return &LoadError{File: p, Msg: "text of no module in " + CatalogueFile}
		}
		return nil
	})
}
