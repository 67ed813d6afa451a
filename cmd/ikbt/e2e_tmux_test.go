package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// binary is ikbt built once for the package's tests (TestMain removes it).
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
	out  []byte
}

// buildBinary builds ikbt once per test run and returns its path; every
// test that runs the binary skips under -short (a build takes a minute on
// a loaded machine).
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	binary.once.Do(func() {
		if binary.dir, binary.err = os.MkdirTemp("", "ikbt-test-bin-"); binary.err != nil {
			return
		}
		binary.path = filepath.Join(binary.dir, "ikbt")
		binary.out, binary.err = exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput()
	})
	if binary.err != nil {
		t.Fatalf("go build: %v\n%s", binary.err, binary.out)
	}
	return binary.path
}

// tmuxSession drives one tmux server of its own. The socket and the
// session name are unique per test and process, with a random part: test
// processes in other PID namespaces (other sandboxes sharing /tmp) may
// have the same PID.
type tmuxSession struct {
	t       *testing.T
	socket  string
	name    string
	started bool
}

// newTmux makes the session of a test; it skips under -short, and where
// tmux is not installed (outside CI). The server is killed at the end.
func newTmux(t *testing.T, label string) *tmuxSession {
	t.Helper()
	needTmux(t)
	r := rand.Uint32()
	s := &tmuxSession{t: t, socket: fmt.Sprintf("ikbt-%s-%d-%08x", label, os.Getpid(), r), name: fmt.Sprintf("%s-%08x", label, r)}
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

// needTmux skips a test that runs the binary in tmux under -short, and
// where tmux is not installed (outside CI, which must have it).
func needTmux(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the binary in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is required in CI")
		}
		t.Skip("tmux not installed")
	}
}

// start runs command in the session's pane of w×h: a new session the
// first time, the same pane again after (killing the only session stops
// the server, racing the next new-session: "server exited unexpectedly").
func (s *tmuxSession) start(w, h int, command string) {
	s.t.Helper()
	if s.started {
		s.tmux("respawn-pane", "-k", "-t", s.name, command)
		return
	}
	s.tmux("-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), command)
	s.started = true
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) capture() string {
	out, err := exec.Command("tmux", "-L", s.socket, "capture-pane", "-p", "-t", s.name).CombinedOutput()
	if err != nil {
		return ""
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// waitFor polls the pane until ok holds, failing after a minute: the
// wait ends as soon as the screen is there, so the limit is only reached
// when it never comes (a loaded machine may take many seconds).
func (s *tmuxSession) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(time.Minute)
	var screen string
	for time.Now().Before(deadline) {
		screen = s.capture()
		if ok(screen) {
			return screen
		}
		time.Sleep(40 * time.Millisecond)
	}
	s.t.Fatalf("waiting for %s; the pane shows:\n%s", what, screen)
	return ""
}

func (s *tmuxSession) waitText(subs ...string) string {
	s.t.Helper()
	return s.waitFor(strings.Join(subs, " and "), func(screen string) bool {
		for _, sub := range subs {
			if !strings.Contains(screen, sub) {
				return false
			}
		}
		return true
	})
}

func fitsWidth(screen string, w int) bool {
	for _, l := range strings.Split(strings.TrimRight(screen, "\n"), "\n") {
		if len([]rune(l)) > w {
			return false
		}
	}
	return true
}

// TestTUIInTmux runs the real binary on demo data in a real terminal:
// tabs, filter, a module text, a resize to 50×15 and back, and quit.
func TestTUIInTmux(t *testing.T) {
	s := newTmux(t, "tui")
	bin := buildBinary(t)
	exitFile := filepath.Join(t.TempDir(), "exit")
	command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB TERM=xterm-256color %s --demo --today 2026-11-23; echo EXIT=$? > %s; sleep 30", bin, exitFile)
	s.start(100, 30, command)

	// The worklist of the demo clinician, in Swedish.
	s.waitText("måndag 23 november 2026", "Anna Lindqvist", "⚑ RÖD FLAGGA", "Moment", "Återkoppling", "Flaggor", "Mätningar", "q avsluta")
	// issue 14: it opens on the red flag; the tab walk starts from the moments.
	s.waitText("▸ ", "⚑ RÖD FLAGGA Livslust")
	s.keys("1")

	// Through the tabs: each shows its own columns.
	s.keys("Tab")
	s.waitText("Gäller", "Läge", "Modul 3")
	s.keys("Tab")
	s.waitText("⚑ RÖD FLAGGA Livslust")
	s.keys("Tab")
	s.waitText("Formulär", "KEDS", "d sen")
	s.keys("BTab", "BTab", "BTab")
	s.waitText("Modul", "Återkoppl.")

	// Filter on a name: one moment left.
	s.keys("/")
	s.keys("-l", "Gustav")
	s.waitText("Moment 1/", "Gustav")
	s.keys("Enter")
	s.waitText("Filter: Gustav")

	// Open the moment, then the current module's text.
	s.keys("Enter")
	s.waitText("Moduler (", "öppnad›inlämnad›återkoppling")
	s.keys("Enter")
	place := regexp.MustCompile(`Modul \d+ av \d+`)
	s.waitFor("the module text with its place", func(screen string) bool { return place.MatchString(screen) })

	// A small terminal, then back.
	s.tmux("resize-window", "-t", s.name, "-x", "50", "-y", "15")
	s.waitFor("a 50-column frame", func(screen string) bool {
		return fitsWidth(screen, 50) && strings.Contains(screen, "ikbt") && strings.Contains(screen, "esc")
	})
	s.tmux("resize-window", "-t", s.name, "-x", "100", "-y", "30")
	s.waitFor("the module text again at 100 columns", func(screen string) bool {
		return place.MatchString(screen) && strings.Contains(screen, "måndag 23 november 2026")
	})

	// The text itself, not only its title ("Förbereder texten …" has the
	// title too); then a second module, which Glamour, warm now, renders
	// fast enough to race its page.
	s.waitText("Syfte")
	s.keys("Escape")
	s.waitText("Moduler (")
	s.keys("Down", "Enter")
	s.waitFor("a second module text", func(screen string) bool {
		return place.MatchString(screen) && strings.Contains(screen, "Syfte") && !strings.Contains(screen, "Förbereder")
	})

	// Back to the worklist, clear the filter, quit.
	s.keys("Escape")
	s.waitText("Moduler (")
	s.keys("Escape")
	s.waitText("Filter: Gustav")
	s.keys("Escape")
	s.waitFor("the filter cleared", func(screen string) bool {
		return !strings.Contains(screen, "Filter:") && !strings.Contains(screen, "Moment 1/")
	})
	s.keys("q")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(exitFile); err == nil && len(b) > 0 {
			if got := strings.TrimSpace(string(b)); got != "EXIT=0" {
				t.Fatalf("ikbt ended with %s", got)
			}
			return
		}
		time.Sleep(40 * time.Millisecond)
	}
	t.Fatalf("ikbt did not exit after q; the pane shows:\n%s", s.capture())
}

// TestUnopenableDatabase: a file that is not a database gives a message
// on stderr and a non-zero exit, before the terminal is touched.
func TestUnopenableDatabase(t *testing.T) {
	bin := buildBinary(t)
	bad := filepath.Join(t.TempDir(), "not-a-db.db")
	if err := os.WriteFile(bad, []byte("this is not an SQLite database, just text\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{bad, t.TempDir()} {
		cmd := exec.Command(bin, "--db", path, "--today", "2026-11-23")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if err == nil {
			t.Errorf("--db %s: exit 0", path)
			continue
		}
		if !strings.Contains(stderr.String(), "ikbt:") || !strings.Contains(stderr.String(), path) {
			t.Errorf("--db %s: stderr %q should name the file", path, stderr.String())
		}
		if strings.Contains(stdout.String(), "\x1b[") {
			t.Errorf("--db %s: escape codes written to the terminal: %q", path, stdout.String())
		}
	}
}

// TestEmptyDatabaseInTmux: a new database opens on the first screen that
// says how to get moments in, in English with --lang en.
func TestEmptyDatabaseInTmux(t *testing.T) {
	s := newTmux(t, "empty")
	bin := buildBinary(t)
	dir := t.TempDir()
	db, exitFile := filepath.Join(dir, "new.db"), filepath.Join(dir, "exit")
	command := fmt.Sprintf("env -u IKBT_CLINICIAN TERM=xterm-256color %s --db %s --create --today 2026-11-23 --lang en; echo EXIT=$? > %s; sleep 30", bin, db, exitFile)
	s.start(80, 24, command)
	s.waitText("Monday 23 November 2026", "Welcome to ikbt", "ikbt import FILE.json", "ikbt --demo", "q quit")
	s.keys("?")
	s.waitText("show pnr", "programs")
	s.keys("?")
	s.waitText("Welcome to ikbt")
	s.keys("q")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(exitFile); err == nil && len(b) > 0 {
			if got := strings.TrimSpace(string(b)); got != "EXIT=0" {
				t.Fatalf("ikbt ended with %s", got)
			}
			if fi, err := os.Stat(db); err != nil {
				t.Errorf("database not created: %v", err)
			} else if fi.Mode().Perm() != 0o600 {
				t.Errorf("database %s has mode %v, want 0600", db, fi.Mode().Perm())
			}
			return
		}
		time.Sleep(40 * time.Millisecond)
	}
	t.Fatalf("ikbt did not exit after q; the pane shows:\n%s", s.capture())
}
