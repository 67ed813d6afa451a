package main

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The --demo caseload lives in a temporary directory that the app
// removes when it ends, on q, on ctrl+c and on SIGHUP or SIGTERM (a closed
// terminal; see runTUI). A SIGKILL cannot be caught: the directory holds
// the process id, and the next --demo removes the directories whose
// process is gone.

const demoDirPattern = "ikbt-demo-"

// makeDemoDir removes abandoned demo directories and makes a new one.
func makeDemoDir() (string, error) {
	sweepDemoDirs(os.TempDir())
	dir, err := os.MkdirTemp("", demoDirPattern)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "pid"), []byte(strconv.Itoa(os.Getpid())), 0o600); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// sweepDemoDirs removes this user's demo directories in tmp whose process
// is gone. One without a pid file (an older ikbt, or one being made this
// instant) is removed only when it is a day old.
func sweepDemoDirs(tmp string) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, demoDirPattern+"*"))
	for _, dir := range dirs {
		fi, err := os.Lstat(dir)
		if err != nil || !fi.IsDir() || !strings.HasPrefix(fi.Name(), demoDirPattern) {
			continue
		}
		if st, ok := fi.Sys().(*syscall.Stat_t); !ok || int(st.Uid) != os.Getuid() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, "pid"))
		if err != nil {
			if time.Since(fi.ModTime()) > 24*time.Hour {
				os.RemoveAll(dir)
			}
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 || !alive(pid) {
			os.RemoveAll(dir)
		}
	}
}

// alive reports whether a process with the id exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
