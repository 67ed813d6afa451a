package phrases

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/adrg/xdg"
)

// PersonalEnv names the environment variable that overrides the personal file's path.
const PersonalEnv = "IKBT_PHRASES"

// PersonalPath returns where the personal phrase file is read from:
// $IKBT_PHRASES, else ikbt/phrases.tsv in the XDG config directory
// (~/.config/ikbt/phrases.tsv on Linux). Nothing is created.
func PersonalPath() string {
	if p := os.Getenv(PersonalEnv); p != "" {
		return p
	}
	return filepath.Join(xdg.ConfigHome, "ikbt", "phrases.tsv")
}

// LoadPersonal is Load(PersonalPath()).
func LoadPersonal() (*Set, []error) { return Load(PersonalPath()) }

// FileError is a problem in the personal phrase file.
type FileError struct {
	File string
	Line int // 0 when the file as a whole could not be read
	Err  error
}

func (e *FileError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// Load returns the built-in phrases with the personal file at path on top.
// A missing file is no error. A bad line is skipped and reported with file
// and line; the rest of the file and every built-in phrase keep working.
//
// The file is UTF-8 text, one phrase a line, fields separated by a tab:
//
//	code<TAB>text
//	code<TAB>sökord<TAB>text
//
// Blank lines and lines starting with # are ignored. In text, {modul},
// {datum} and {poäng} are parameters and \n is a line break. A code that is
// already built in (in any spelling the lookup accepts) is overridden; when
// the line gives no sökord the built-in one is kept, so an overridden Åtgärd
// text still serves its module in notes.
func Load(path string) (*Set, []error) {
	set := Builtin().clone()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return set, nil
	}
	if err != nil {
		return set, []error{&FileError{File: path, Err: err}}
	}
	defer f.Close()
	var errs []error
	seen := map[string]int{} // key -> line, within this file
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		p, err := parsePersonal(sc.Text())
		if err != nil {
			errs = append(errs, &FileError{File: path, Line: n, Err: err})
			continue
		}
		if p == nil {
			continue
		}
		k := Key(p.Code)
		if prev, ok := seen[k]; ok {
			errs = append(errs, &FileError{File: path, Line: n, Err: fmt.Errorf("code %s is already on line %d", p.Code, prev)})
			continue
		}
		seen[k] = n
		p.Source = fmt.Sprintf("%s:%d", path, n)
		if old, ok := set.find(k); ok {
			if err := sameModuleParam(old, *p); err != nil {
				errs = append(errs, &FileError{File: path, Line: n, Err: err})
				continue
			}
			if p.Sokord == "" {
				p.Sokord, p.Program, p.Track, p.Module = old.Sokord, old.Program, old.Track, old.Module
			}
		}
		if err := set.add(*p, true); err != nil {
			errs = append(errs, &FileError{File: path, Line: n, Err: err})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &FileError{File: path, Line: n + 1, Err: err})
	}
	return set, errs
}

// parsePersonal reads one line of the personal file; nil for a blank or comment line.
func parsePersonal(line string) (*Phrase, error) {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
		return nil, nil
	}
	if !utf8.ValidString(line) {
		return nil, errors.New("not UTF-8 text")
	}
	f := strings.Split(line, "\t")
	p := &Phrase{Personal: true}
	switch len(f) {
	case 2:
		p.Code, p.Text = f[0], f[1]
	case 3:
		p.Code, p.Sokord, p.Text = f[0], strings.TrimSpace(f[1]), f[2]
	default:
		return nil, fmt.Errorf("%d tab-separated fields, want code<TAB>text or code<TAB>sökord<TAB>text", len(f))
	}
	p.Code = strings.TrimSpace(p.Code)
	p.Text = unescape(strings.TrimRight(p.Text, " "))
	if err := checkPhrase(p.Code, p.Text); err != nil {
		return nil, err
	}
	return p, nil
}

// sameModuleParam refuses an override that swaps the two module numbers:
// uppint's module is the one assigned ({nästa}), kbtint's the one the
// contact is about ({modul}); a personal uppint with {modul} would put
// the wrong module in the journal.
func sameModuleParam(builtin, personal Phrase) error {
	has := func(p Phrase, q Param) bool { return strings.Contains(p.Text, q.token()) }
	switch {
	case has(builtin, ParamNext) && has(personal, ParamModule):
		return fmt.Errorf("code %s: the module assigned is {nästa}; {modul} is the module the contact is about", personal.Code)
	case has(builtin, ParamModule) && has(personal, ParamNext):
		return fmt.Errorf("code %s: the module the contact is about is {modul}; {nästa} is the module assigned next", personal.Code)
	}
	return nil
}
