package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStartup runs commands that do not draw the app against a Go
// hello-world built in the same run, in turn (ikbt, hello, ikbt, hello …),
// and reports the medians of the pairs' ratios of CPU time (user + system,
// from the kernel's accounting of the child) and of wall time (issue 18:
// goal ≤ 3× the hello-world). On a shared machine quote cpu-x: wall time
// waits for the cores.
//
//	go test ./cmd/ikbt -run XXX -bench Startup -benchtime 41x
func BenchmarkStartup(b *testing.B) {
	if testing.Short() {
		b.Skip("builds two binaries")
	}
	bin, hello, db := startBinaries(b, b.TempDir())
	for _, c := range []struct {
		name string
		args []string
	}{
		{"help", []string{"--help"}},
		{"phrase", []string{"phrase", "behint1li"}},
		{"worklist-25", []string{"worklist", "--db", db, "--today", "2026-11-23", "--json"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var cpuX, wallX, cpuA, cpuB []float64
			for b.Loop() {
				ac, aw := run(b, bin, c.args...)
				hc, hw := run(b, hello)
				cpuX, wallX = append(cpuX, float64(ac)/float64(hc)), append(wallX, float64(aw)/float64(hw))
				cpuA, cpuB = append(cpuA, float64(ac)/1e6), append(cpuB, float64(hc)/1e6)
			}
			b.ReportMetric(median(cpuX), "cpu-x")
			b.ReportMetric(median(wallX), "wall-x")
			b.ReportMetric(median(cpuA), "cpu-ms")
			b.ReportMetric(median(cpuB), "hello-cpu-ms")
		})
	}
}

// helloSays is what the hello-world of startBinaries prints.
const helloSays = "hello ikbt"

// startBinaries builds, in dir, ikbt and a Go hello-world (the baseline
// of the start-up benchmarks), and makes the 25-moment demo file.
func startBinaries(b *testing.B, dir string) (bin, hello, demo string) {
	bin, hello, demo = filepath.Join(dir, "ikbt"), filepath.Join(dir, "hello"), filepath.Join(dir, "demo.db")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	src := filepath.Join(dir, "hellosrc")
	must(b, os.MkdirAll(src, 0o755))
	must(b, os.WriteFile(filepath.Join(src, "go.mod"), []byte("module hello\n\ngo 1.26\n"), 0o644))
	must(b, os.WriteFile(filepath.Join(src, "main.go"), []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\""+helloSays+"\") }\n"), 0o644))
	build := exec.Command("go", "build", "-o", hello, ".")
	build.Dir = src
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build hello: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "demo", "--db", demo, "--today", "2026-11-23").CombinedOutput(); err != nil {
		b.Fatalf("demo: %v\n%s", err, out)
	}
	return bin, hello, demo
}

// run runs a command to its end and returns its CPU and wall time.
func run(b *testing.B, name string, args ...string) (cpu, wall time.Duration) {
	cmd := exec.Command(name, args...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s %v: %v", name, args, err)
	}
	wall = time.Since(start)
	u := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), wall
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func must(b *testing.B, err error) {
	b.Helper()
	if err != nil {
		b.Fatal(err)
	}
}
