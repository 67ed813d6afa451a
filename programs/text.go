package programs

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Sections are the level-2 headings every module text has, in this order.
var Sections = []string{"Syfte", "Innehåll", "Övningar", "Hemuppgift"}

// text reads the module's Markdown body from file and sets m.Markdown to
// the heading (from the catalogue, the one source of the title) followed by
// the body.
func (l *loader) text(m *Module, file string) error {
	l.seen[file] = true
	raw, err := fs.ReadFile(l.fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return &LoadError{File: file, Msg: "missing text of module " + m.Key}
	}
	if err != nil {
		return &LoadError{File: file, Msg: err.Error()}
	}
	body := strings.TrimSpace(strings.ReplaceAll(string(raw), "\r\n", "\n"))
	if err := checkText(file, body); err != nil {
		return err
	}
	m.Markdown = "# " + m.Heading() + "\n\n" + body + "\n"
	return nil
}

// checkText wants no level-1 heading (the title lives in the catalogue)
// and the four sections in order.
func checkText(file, body string) error {
	next := 0
	for i, line := range strings.Split(body, "\n") {
		switch {
		case strings.HasPrefix(line, "# "):
			return &LoadError{File: file, Line: i + 1, Msg: "level-1 heading: the title comes from " + CatalogueFile}
		case strings.HasPrefix(line, "## "):
			name := strings.TrimSpace(line[3:])
			if next >= len(Sections) || name != Sections[next] {
				return &LoadError{File: file, Line: i + 1, Field: "## " + name, Msg: "want sections " + strings.Join(Sections, ", ") + " in this order"}
			}
			next++
		}
	}
	if next < len(Sections) {
		return &LoadError{File: file, Field: "## " + Sections[next], Msg: "missing section"}
	}
	return nil
}

// Heading is the module text's title line: the title, and for a part of a
// track with several parts also the part, e.g. "Hållbart arbetsliv, del 3".
func (m *Module) Heading() string {
	if m.Track != "" && (m.parts > 1 || m.Number > 1) {
		return fmt.Sprintf("%s, del %d", m.Title, m.Number)
	}
	return m.Title
}
