package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
)

// TestDraftSurvivesSIGKILLInTmux (issue 13): the real binary in a real
// terminal; a note is typed in the composer, and after a pause longer than
// the draft's debounce the process is killed with SIGKILL. Opened again,
// the composer holds the text (and the database has it as the draft).
func TestDraftSurvivesSIGKILLInTmux(t *testing.T) {
	s := newTmux(t, "draft")
	today := caseload.NewDate(2026, time.November, 23)
	_, pending, _, _ := actionTargets(t, today)
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	st, err := openDemo(db, today)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	bin := buildBinary(t)
	exitFile := filepath.Join(dir, "exit")
	start := func() {
		os.Remove(exitFile)
		command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB -u DISPLAY -u WAYLAND_DISPLAY XDG_STATE_HOME=%s TERM=xterm-256color %s --db %s --today 2026-11-23; echo EXIT=$? > %s; sleep 30",
			filepath.Join(dir, "state"), bin, db, exitFile)
		s.start(120, 40, command) // the same pane the second time
		// The header's date is in the first frame, before the worklist has
		// loaded (keys are ignored until then); its red-flag count is not.
		s.waitText("måndag 23 november 2026", "RÖD FLAGGA")
		s.keys("1") // the app opens on the most urgent item (issue 14): to the moments
		s.keys("/")
		s.keys("-l", pending.Name)
		s.keys("Enter")
		s.waitText("Filter: " + pending.Name)
		s.keys("c")
		s.waitText("Journalanteckning", "Förhandsvisning")
	}
	start()
	const typed = "Halvskrivet utkast om veckans samtal "
	s.keys("-l", typed)
	s.waitText("Halvskrivet utkast")
	time.Sleep(1500 * time.Millisecond) // longer than the debounce (500 ms)

	// SIGKILL the ikbt process: the pane's shell runs it as its child.
	shell := strings.TrimSpace(s.tmux("display-message", "-p", "-t", s.name, "#{pane_pid}"))
	out, err := exec.Command("ps", "-o", "pid=,comm=", "--ppid", shell).Output()
	if err != nil {
		t.Fatalf("ps: %v", err)
	}
	pid := 0
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[1] == "ikbt" {
			pid, _ = strconv.Atoi(f[0])
		}
	}
	if pid == 0 {
		t.Fatalf("no ikbt process under the pane's shell %s: %q", shell, out)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	s.waitFor("the process killed", func(string) bool {
		b, _ := os.ReadFile(exitFile)
		return strings.Contains(string(b), "EXIT=137")
	})

	st, err = store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	d, ok, err := st.LoadDraft(pending.Moment, "feedback")
	st.Close()
	if err != nil || !ok || !strings.HasPrefix(d.Text, typed) {
		t.Fatalf("after SIGKILL the draft is %q (found %v, %v), want it to start %q", d.Text, ok, err, typed)
	}

	// Opened again: the composer restores it.
	start()
	s.waitText("Halvskrivet utkast om veckans samtal", "återställt")
	s.keys("Escape")
	s.waitText("Utkastet är sparat")
	s.keys("q")
	s.waitFor("ikbt to exit", func(string) bool {
		b, _ := os.ReadFile(exitFile)
		return strings.Contains(string(b), "EXIT=0")
	})
}
