package demo

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed names.txt
var namesFile string

// names are the sections of names.txt.
type nameLists struct {
	patients, clinicians, first, last []string
}

// names parses names.txt on first use: every command links this package,
// only demo and its tests need the names (issue 18).
var names = sync.OnceValue(func() nameLists { return mustParseNames(namesFile) })

func mustParseNames(s string) nameLists {
	n, err := parseNames(s)
	if err != nil {
		// names.txt is embedded and checked by the tests; this is a broken build.
		panic("demo: names.txt: " + err.Error())
	}
	return n
}

func parseNames(s string) (nameLists, error) {
	var n nameLists
	var cur *[]string
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[patients]":
			cur = &n.patients
		case line == "[clinicians]":
			cur = &n.clinicians
		case line == "[first]":
			cur = &n.first
		case line == "[last]":
			cur = &n.last
		case strings.HasPrefix(line, "["):
			return n, fmt.Errorf("line %d: unknown section %s", i+1, line)
		case cur == nil:
			return n, fmt.Errorf("line %d: name before any section", i+1)
		default:
			*cur = append(*cur, line)
		}
	}
	if len(n.patients) == 0 || len(n.clinicians) < 2 || len(n.first) == 0 || len(n.last) == 0 {
		return n, fmt.Errorf("every section needs names (and two clinicians)")
	}
	return n, nil
}
