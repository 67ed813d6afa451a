package session

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a  \nb\t\n\n", "a\nb"},
		{"\x1b[1mfet\x1b[0m text", "fet text"},
		{"rad ett\r\nrad två  ", "rad ett\nrad två"},
		{"Kontaktorsak: KBT via internet, ”Livsbalansen”, modul 3", "Kontaktorsak: KBT via internet, ”Livsbalansen”, modul 3"},
		{"", ""},
	} {
		if got := PlainText(tc.in); got != tc.want {
			t.Errorf("PlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// osc52Model sends the Copier's terminal commands and quits.
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
		c := &Copier{Dir: t.TempDir(), Tmux: tmux, Now: time.Now}
		var out bytes.Buffer
		p := tea.NewProgram(osc52Model{c.OSC52(text)}, tea.WithInput(nil), tea.WithOutput(&out), tea.WithWindowSize(80, 24))
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
	c := &Copier{Dir: t.TempDir(), Now: func() time.Time { return time.Date(2026, 11, 23, 10, 30, 0, 0, time.UTC) }}
	c.System = func(s string) error { sys = s; return nil }
	msg := c.Copy("", "demo-02", "Text")().(tea.BatchMsg)
	var r CopiedMsg
	for _, cmd := range msg {
		if m, ok := cmd().(CopiedMsg); ok {
			r = m
		}
	}
	if sys != "Text" || !r.Result.System {
		t.Errorf("system clipboard got %q, result %v", sys, r.Result)
	}
	got := c.Describe("sv", r.Result)
	if !strings.Contains(got, "terminalen (OSC 52) + systemets urklipp") || !strings.Contains(got, r.Result.Path) {
		t.Errorf("status %q", got)
	}
	c.System = nil
	if got := c.Describe("sv", CopyResult{Path: "/x"}); !strings.Contains(got, "systemets urklipp saknas") {
		t.Errorf("status without a system clipboard: %q", got)
	}
}
