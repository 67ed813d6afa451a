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
)

func TestSweepDemoDirs(t *testing.T) {
	tmp := t.TempDir()
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	mk := func(name, pid string) string {
		dir := filepath.Join(tmp, name)
		os.Mkdir(dir, 0o700)
		if pid != "" {
			os.WriteFile(filepath.Join(dir, "pid"), []byte(pid), 0o600)
		}
		return dir
	}
	dead := mk("ikbt-demo-1", strconv.Itoa(gone.Process.Pid))
	live := mk("ikbt-demo-2", strconv.Itoa(os.Getpid()))
	fresh := mk("ikbt-demo-3", "")
	old := mk("ikbt-demo-4", "")
	os.Chtimes(old, time.Now().Add(-48*time.Hour), time.Now().Add(-48*time.Hour))
	other := mk("something-else", strconv.Itoa(gone.Process.Pid))
	sweepDemoDirs(tmp)
	for dir, keep := range map[string]bool{dead: false, live: true, fresh: true, old: false, other: true} {
		if _, err := os.Stat(dir); (err == nil) != keep {
			t.Errorf("%s: kept %v, want %v", filepath.Base(dir), err == nil, keep)
		}
	}
}

// TestDemoDirAfterSignals runs the real binary with --demo in a terminal:
// a SIGHUP (the terminal closed) removes its directory; after a SIGKILL the
// next --demo does.
func TestDemoDirAfterSignals(t *testing.T) {
	s := newTmux(t, "demodir")
	bin := buildBinary(t)
	tmp := t.TempDir()
	start := func(name string) (dir string, pid int) {
		before, _ := filepath.Glob(filepath.Join(tmp, "ikbt-demo-*"))
		command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB TMPDIR=%s TERM=xterm-256color %s --demo --today 2026-11-23; sleep 30", tmp, bin)
		s.tmux("-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			now, _ := filepath.Glob(filepath.Join(tmp, "ikbt-demo-*"))
			for _, d := range now {
				if strings.Contains(strings.Join(before, " "), d) {
					continue
				}
				if b, err := os.ReadFile(filepath.Join(d, "pid")); err == nil {
					if pid, err := strconv.Atoi(string(b)); err == nil {
						if _, err := os.Stat(filepath.Join(d, "demo.db")); err == nil {
							return d, pid
						}
					}
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatal("no demo directory appeared")
		return "", 0
	}
	gone := func(dir string) bool {
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(dir); os.IsNotExist(err) {
				return true
			}
			time.Sleep(50 * time.Millisecond)
		}
		return false
	}

	dir, pid := start("hup")
	time.Sleep(500 * time.Millisecond) // the app is running
	syscall.Kill(pid, syscall.SIGHUP)
	if !gone(dir) {
		t.Error("the demo directory is left after SIGHUP")
	}

	dir, pid = start("kill")
	syscall.Kill(pid, syscall.SIGKILL)
	time.Sleep(200 * time.Millisecond)
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("after SIGKILL: %v", err) // nothing can run on SIGKILL
	}
	next, _ := start("next")
	if !gone(dir) {
		t.Error("the next --demo left the killed one's directory")
	}
	if _, err := os.Stat(next); err != nil {
		t.Errorf("the running demo's directory: %v", err)
	}
}
