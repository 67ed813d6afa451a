#!/bin/sh
# Start-up of commands that do not draw the app (issue 18: goal ≤ 3× a Go
# hello-world), against a hello-world built in the same run: `ikbt
# --help`, `ikbt phrase behint1li`, and `ikbt worklist --json` on the
# 25-moment demo (start-up plus the store's open and read). Each pair is
# run in turn (ikbt, hello, ikbt, hello …) by BenchmarkStartup
# (cmd/ikbt/startup_bench_test.go), which builds both binaries with a
# plain `go build` and reads each finished child's CPU time (user +
# system) from the kernel; the figures are medians of RUNS pairs. On a
# shared machine read the CPU columns: wall time waits for a core.
#
#   bench/startup.sh
#   RUNS=41 bench/startup.sh
set -eu

cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
go test ./cmd/ikbt -run '^$' -bench '^BenchmarkStartup$' -benchtime "${RUNS}x" |
	awk '
	/^BenchmarkStartup\// {
		name = $1; sub(/^BenchmarkStartup\//, "", name); sub(/-[0-9]+$/, "", name)
		for (i = 3; i < NF; i++) v[$(i + 1)] = $i
		goal = name ~ /worklist/ ? "none: its goal is 2.5x the sqlite3 CLI, bench/worklist.sh" : "goal 3"
		printf "%-12s ikbt CPU %6.1f ms   hello-world CPU %5.1f ms   ratio CPU %.2f   ratio wall %.2f   (%s)\n",
			name, v["cpu-ms"], v["hello-cpu-ms"], v["cpu-x"], v["wall-x"], goal
	}
	/^(ok|FAIL|---)/ { print }'
