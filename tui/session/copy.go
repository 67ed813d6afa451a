package session

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

// Copier puts text where the clinician can paste it into Cosmic: the
// terminal's clipboard through OSC 52 (which works over SSH; inside tmux
// also through the passthrough wrapper), the system clipboard where there
// is one, and always a file, because neither clipboard can confirm that
// it worked (Terminal.app has no OSC 52, tmux may drop it).
type Copier struct {
	Dir    string             // where the file copies go
	Tmux   bool               // inside tmux: also send OSC 52 through the passthrough
	System func(string) error // the system clipboard; nil when there is none
	Now    func() time.Time
}

// NewCopier copies to the terminal, the system clipboard and files in
// the state directory.
func NewCopier() *Copier {
	c := &Copier{
		Dir:  filepath.Join(xdg.StateHome, "ikbt", "notes"),
		Tmux: os.Getenv("TMUX") != "",
		Now:  time.Now,
	}
	if !clipboard.IsUnsupported() {
		c.System = clipboard.WriteAll
	}
	return c
}

// CopyResult says which ways of copying worked.
type CopyResult struct {
	System  bool
	SysErr  error
	Path    string // the file written
	FileErr error
}

// CopiedMsg reports a finished copy to the page that asked for it.
type CopiedMsg struct {
	Tag    string // what was copied, e.g. a phrase code; "" for a note
	Text   string
	Result CopyResult
}

// PlainText makes text fit for Cosmic: no terminal escapes, no carriage
// returns, no trailing spaces on any line, no blank lines at the end.
func PlainText(s string) string {
	s = ansi.Strip(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimRight(ln, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// OSC52 returns the escape sequences that set the terminal clipboard:
// the OSC 52 sequence, and inside tmux also the same sequence wrapped for
// tmux's passthrough (which reaches the outer terminal even when tmux's
// set-clipboard is off).
func (c *Copier) OSC52(text string) tea.Cmd {
	cmds := []tea.Cmd{tea.SetClipboard(text)}
	if c.Tmux {
		cmds = append(cmds, tea.Raw(ansi.TmuxPassthrough(ansi.SetSystemClipboard(text))))
	}
	return tea.Batch(cmds...)
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// copyCmd copies text every way at once. The OSC 52 commands go to the
// terminal; the system clipboard and the file are written in a command,
// off the UI loop, and reported with a CopiedMsg.
func (c *Copier) Copy(tag, name, text string) tea.Cmd {
	work := func() tea.Msg {
		var r CopyResult
		if c.System != nil {
			r.SysErr = c.System(text)
			r.System = r.SysErr == nil
		}
		r.Path, r.FileErr = c.writeFile(name, text)
		return CopiedMsg{Tag: tag, Text: text, Result: r}
	}
	return tea.Batch(c.OSC52(text), work)
}

// writeFile writes text to a new file named for name and the time, mode
// 0600 in a 0700 directory: the note is patient data.
func (c *Copier) writeFile(name, text string) (string, error) {
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return "", err
	}
	base := unsafeName.ReplaceAllString(name, "_")
	if base == "" {
		base = "text"
	}
	path := filepath.Join(c.Dir, base+"-"+c.Now().Format("20060102-150405")+".txt")
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
func (c *Copier) Describe(l common.Lang, r CopyResult) string {
	ways := []string{l.T(common.L.ActCopyOsc52)}
	if c.Tmux {
		ways[0] = l.T(common.L.ActCopyOsc52tmux)
	}
	if r.System {
		ways = append(ways, l.T(common.L.ActCopySystem))
	}
	to := strings.Join(ways, " + ")
	if !r.System {
		to += " (" + l.T(common.L.ActCopyNosystem) + ")"
	}
	// The path comes first: it is what the clinician needs when no
	// clipboard worked, and the end of a long line may be cut.
	if r.FileErr != nil {
		return l.T(common.L.ActCopyNofile, r.FileErr, to)
	}
	return l.T(common.L.ActCopyDone, r.Path, to)
}
