package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/adrg/xdg"
	"github.com/atotto/clipboard"
	"github.com/charmbracelet/x/ansi"

	"github.com/ikbt/ikbt/tui/common"
)

// copier puts text where the clinician can paste it into Cosmic: the
// terminal's clipboard through OSC 52 (which works over SSH; inside tmux
// also through the passthrough wrapper), the system clipboard where there
// is one, and always a file, because neither clipboard can confirm that
// it worked (Terminal.app has no OSC 52, tmux may drop it).
type copier struct {
	dir    string             // where the file copies go
	tmux   bool               // inside tmux: also send OSC 52 through the passthrough
	system func(string) error // the system clipboard; nil when there is none
	now    func() time.Time
}

func newCopier() *copier {
	c := &copier{
		dir:  filepath.Join(xdg.StateHome, "ikbt", "notes"),
		tmux: os.Getenv("TMUX") != "",
		now:  time.Now,
	}
	if !clipboard.Unsupported {
		c.system = clipboard.WriteAll
	}
	return c
}

// copyResult says which ways of copying worked.
type copyResult struct {
	system  bool
	sysErr  error
	path    string // the file written
	fileErr error
}

// copiedMsg reports a finished copy to the page that asked for it.
type copiedMsg struct {
	tag    string // what was copied, e.g. a phrase code; "" for a note
	text   string
	result copyResult
}

// plainText makes text fit for Cosmic: no terminal escapes, no carriage
// returns, no trailing spaces on any line, no blank lines at the end.
func plainText(s string) string {
	s = ansi.Strip(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimRight(ln, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// osc52 returns the escape sequences that set the terminal clipboard:
// the OSC 52 sequence, and inside tmux also the same sequence wrapped for
// tmux's passthrough (which reaches the outer terminal even when tmux's
// set-clipboard is off).
func (c *copier) osc52(text string) tea.Cmd {
	cmds := []tea.Cmd{tea.SetClipboard(text)}
	if c.tmux {
		cmds = append(cmds, tea.Raw(ansi.TmuxPassthrough(ansi.SetSystemClipboard(text))))
	}
	return tea.Batch(cmds...)
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// copyCmd copies text every way at once. The OSC 52 commands go to the
// terminal; the system clipboard and the file are written in a command,
// off the UI loop, and reported with a copiedMsg.
func (c *copier) copyCmd(tag, name, text string) tea.Cmd {
	work := func() tea.Msg {
		var r copyResult
		if c.system != nil {
			r.sysErr = c.system(text)
			r.system = r.sysErr == nil
		}
		r.path, r.fileErr = c.writeFile(name, text)
		return copiedMsg{tag: tag, text: text, result: r}
	}
	return tea.Batch(c.osc52(text), work)
}

// writeFile writes text to a new file named for name and the time, mode
// 0600 in a 0700 directory: the note is patient data.
func (c *copier) writeFile(name, text string) (string, error) {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return "", err
	}
	base := unsafeName.ReplaceAllString(name, "_")
	if base == "" {
		base = "text"
	}
	path := filepath.Join(c.dir, base+"-"+c.now().Format("20060102-150405")+".txt")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(text + "\n"); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return path, os.Chmod(path, 0o600)
}

// describe words the result for the status line.
func (c *copier) describe(l Lang, r copyResult) string {
	ways := []string{l.T(common.L.ActCopyOsc52)}
	if c.tmux {
		ways[0] = l.T(common.L.ActCopyOsc52tmux)
	}
	if r.system {
		ways = append(ways, l.T(common.L.ActCopySystem))
	}
	to := strings.Join(ways, " + ")
	if !r.system {
		to += " (" + l.T(common.L.ActCopyNosystem) + ")"
	}
	// The path comes first: it is what the clinician needs when no
	// clipboard worked, and the end of a long line may be cut.
	if r.fileErr != nil {
		return l.T(common.L.ActCopyNofile, r.fileErr, to)
	}
	return l.T(common.L.ActCopyDone, r.path, to)
}
