package programs

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Sections are the level-2 headings every module text has, in this order.
var Sections = []string{"Syfte", "Innehåll", "Övningar", "Hemuppgift"}

// text gives m its Markdown body from file: read and checked now (Load),
// or only named, to be read when the module is shown (Default).
func (l *loader) text(m *Module, file string) error {
	if l.lazy {
		m.fsys, m.file = l.fsys, file
		return nil
	}
	l.seen[file] = true
	md, err := readText(m, l.fsys, file)
	if err != nil {
		return err
	}
	m.md = md
	return nil
}

// Markdown is the module's text for rendering: the heading (from the
// catalogue, the one source of the title) followed by its purpose,
// content, exercises and homework. The embedded catalogue reads a text
// only when it is asked for: the worklist commands never show one, and
// reading all ~320 KB of them at every start was fresh memory, paid in
// page faults (issue 18).
func (m *Module) Markdown() (string, error) {
	if m.fsys == nil {
		return m.md, nil
	}
	return readText(m, m.fsys, m.file)
}

// WithText returns a copy of m whose Markdown is md.
func (m *Module) WithText(md string) *Module {
	c := *m
	c.md, c.fsys, c.file = md, nil, ""
	return &c
}

// readText reads module m's Markdown body from file in fsys, checks it
// and returns it under its heading.
func readText(m *Module, fsys fs.FS, file string) (string, error) {
	raw, err := fs.ReadFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return "", &LoadError{File: file, Msg: "missing text of module " + m.Key}
	}
	if err != nil {
		return "", &LoadError{File: file, Msg: err.Error()}
	}
	body := bytes.TrimSpace(raw)
	if bytes.Contains(body, []byte("\r\n")) {
		body = bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))
	}
	head := "# " + m.Heading() + "\n\n"
	var b strings.Builder
	b.Grow(len(head) + len(body) + 1)
	b.WriteString(head)
	b.Write(body)
	b.WriteByte('\n')
	md := b.String()
	if err := checkText(file, md[len(head):len(md)-1]); err != nil {
		return "", err
	}
	return md, nil
}

// checkText wants no level-1 heading (the title lives in the catalogue)
// and the four sections in order.
func checkText(file, body string) error {
	next, i := 0, -1
	for line := range strings.Lines(body) {
		i++
		line = strings.TrimSuffix(line, "\n")
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
