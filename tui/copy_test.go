package tui

import (
	"os"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// clipboardSet finds the text of the last OSC 52 request among messages.
func clipboardSet(msgs []tea.Msg) (string, bool) {
	got, ok := "", false
	for _, m := range msgs {
		if typeName(m) == "tea.setClipboardMsg" {
			got, ok = reflect.ValueOf(m).String(), true
		}
	}
	return got, ok
}

// checkCopiedFile asserts that the fallback file holds text, is private,
// and is plain.
func checkCopiedFile(t *testing.T, path, text string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the fallback file: %v", err)
	}
	if string(b) != text+"\n" {
		t.Errorf("the file holds %q, want %q", b, text+"\n")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the file mode is %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	checkPlain(t, string(b))
}

func checkPlain(t *testing.T, s string) {
	t.Helper()
	if strings.ContainsRune(s, '\x1b') {
		t.Errorf("ANSI escape in plain text: %q", s)
	}
	for i, ln := range strings.Split(s, "\n") {
		if strings.TrimRight(ln, " \t") != ln {
			t.Errorf("line %d has trailing space: %q", i+1, ln)
		}
	}
}
