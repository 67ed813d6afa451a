//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// BenchmarkFirstFrameTerminal times the app's first full frame as a
// person meets it (issue 18: goal 150 ms on 10,000 moments): from
// starting the process in a terminal of its own (a pseudo-terminal,
// 120×40) to the frame's header with the red-flag count written to it.
// Each round starts, in turn, a Go hello-world through the same terminal
// (what starting any process here costs: hello-ms), the app on the
// 25-moment demo (demo-ms) and, when IKBT_FIRSTFRAME_DB names a larger
// file, the app on that (file-ms); the figures are medians. Unlike
// bench/firstframe.sh no tmux runs between the app and the clock.
//
//	IKBT_FIRSTFRAME_DB=/tmp/ikbt-bench/worklist-10000-2026-11-23.db \
//	go test ./cmd/ikbt -run '^$' -bench FirstFrameTerminal -benchtime 15x
func BenchmarkFirstFrameTerminal(b *testing.B) {
	if testing.Short() {
		b.Skip("builds two binaries")
	}
	dir := b.TempDir()
	bin, hello, demo := startBinaries(b, dir)
	large := os.Getenv("IKBT_FIRSTFRAME_DB")
	app := func(db string) []string { return []string{"--db", db, "--today", "2026-11-23", "--lang", "sv"} }
	var helloMs, demoMs, fileMs []float64
	for b.Loop() {
		helloMs = append(helloMs, firstOutput(b, dir, helloSays, hello))
		demoMs = append(demoMs, firstOutput(b, dir, "RÖD FLAGGA", bin, app(demo)...))
		if large != "" {
			fileMs = append(fileMs, firstOutput(b, dir, "RÖD FLAGGA", bin, app(large)...))
		}
	}
	b.ReportMetric(median(helloMs), "hello-ms")
	b.ReportMetric(median(demoMs), "demo-ms")
	if large != "" {
		b.ReportMetric(median(fileMs), "file-ms")
	}
}

// firstOutput starts name in a new pseudo-terminal and returns the
// milliseconds until its output holds marker; then it is killed.
func firstOutput(b *testing.B, home, marker, name string, args ...string) float64 {
	b.Helper()
	ptm, pts, err := openPTY(40, 120)
	if err != nil {
		b.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptm.Close()
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	cmd.Env = []string{"TERM=xterm-256color", "HOME=" + home, "PATH=" + os.Getenv("PATH")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	pts.Close()
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	var seen []byte
	buf := make([]byte, 64<<10)
	want := []byte(marker)
	deadline := start.Add(20 * time.Second)
	for {
		ptm.SetReadDeadline(deadline)
		n, err := ptm.Read(buf)
		seen = append(seen, buf[:n]...)
		if bytes.Contains(seen, want) {
			return float64(time.Since(start).Microseconds()) / 1000
		}
		if err != nil {
			b.Fatalf("%s %v: no %q after %v (%v); it wrote %q", name, args, marker, time.Since(start), err, seen)
		}
	}
}

// openPTY opens a pseudo-terminal of rows×cols: the side the program
// reads and writes (pts) and the side that watches it (ptm).
func openPTY(rows, cols uint16) (ptm, pts *os.File, err error) {
	ptm, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	fd := int(ptm.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		ptm.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		ptm.Close()
		return nil, nil, err
	}
	pts, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		ptm.Close()
		return nil, nil, err
	}
	if err := unix.IoctlSetWinsize(int(pts.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: rows, Col: cols}); err != nil {
		ptm.Close()
		pts.Close()
		return nil, nil, err
	}
	return ptm, pts, nil
}
