package tui

import (
	"bytes"
	"encoding/base64"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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

func TestPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a  \nb\t\n\n", "a\nb"},
		{"\x1b[1mfet\x1b[0m text", "fet text"},
		{"rad ett\r\nrad två  ", "rad ett\nrad två"},
		{"Kontaktorsak: KBT via internet, ”Livsbalansen”, modul 3", "Kontaktorsak: KBT via internet, ”Livsbalansen”, modul 3"},
		{"", ""},
	} {
		if got := plainText(tc.in); got != tc.want {
			t.Errorf("plainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// osc52Model sends the copier's terminal commands and quits.
type osc52Model struct{ cmd tea.Cmd }

func (m osc52Model) Init() tea.Cmd                       { return tea.Sequence(m.cmd, tea.Quit) }
func (m osc52Model) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (m osc52Model) View() tea.View                      { return tea.NewView("") }

// TestOSC52Written runs a program and reads what it wrote to the terminal:
// the OSC 52 sequence with the text in base64, and inside tmux also the
// same sequence in tmux's DCS passthrough.
func TestOSC52Written(t *testing.T) {
	text := "Åtgärd: Patienten har genomfört modul 3.\nPlanering: Uppföljning den 2026-11-30"
	seq := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\x07"
	for _, tmux := range []bool{false, true} {
		c := &copier{dir: t.TempDir(), tmux: tmux, now: time.Now}
		var out bytes.Buffer
		p := tea.NewProgram(osc52Model{c.osc52(text)}, tea.WithInput(nil), tea.WithOutput(&out), tea.WithWindowSize(80, 24))
		if _, err := p.Run(); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), seq) {
			t.Errorf("tmux=%v: no OSC 52 sequence in the output %q", tmux, out.String())
		}
		wrapped := ansi.TmuxPassthrough(seq)
		if got := strings.Contains(out.String(), wrapped); got != tmux {
			t.Errorf("tmux=%v: passthrough in output = %v", tmux, got)
		}
	}
}

func TestCopyReportsWhatWorked(t *testing.T) {
	var sys string
	c := &copier{dir: t.TempDir(), now: func() time.Time { return time.Date(2026, 11, 23, 10, 30, 0, 0, time.UTC) }}
	c.system = func(s string) error { sys = s; return nil }
	msg := c.copyCmd("", "demo-02", "Text")().(tea.BatchMsg)
	var r copiedMsg
	for _, cmd := range msg {
		if m, ok := cmd().(copiedMsg); ok {
			r = m
		}
	}
	if sys != "Text" || !r.result.system {
		t.Errorf("system clipboard got %q, result %v", sys, r.result)
	}
	got := c.describe("sv", r.result)
	if !strings.Contains(got, "terminalen (OSC 52) + systemets urklipp") || !strings.Contains(got, r.result.path) {
		t.Errorf("status %q", got)
	}
	c.system = nil
	if got := c.describe("sv", copyResult{path: "/x"}); !strings.Contains(got, "systemets urklipp saknas") {
		t.Errorf("status without a system clipboard: %q", got)
	}
}
