#!/bin/sh
# The scale curve (issue 18): for 25 / 1,000 / 10,000 / 50,000 moments,
# the time to generate the demo file and its size; `ikbt worklist --json`
# for everyone and for one clinician next to the sqlite3 CLI running the
# same SQL on the same file in the same run (medians of RUNS runs, taken
# in turn); the app's first full frame (Go benchmark
# BenchmarkStartStoreFile: open, load, lay out, draw); peak RSS of the
# worklist, of the CLI and of the app (in tmux, after its worklist is on
# screen). Prints one Markdown table row per size.
#
#   bench/scale.sh                    # all four sizes (50,000: ~5 min to generate)
#   SIZES="25 1000" RUNS=3 bench/scale.sh
#
# The files are made once, in $BENCH_DIR, for TODAY. Run it niced on a
# shared machine and quote the ratios, not the times.
set -eu

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/ikbt-bench}
RUNS=${RUNS:-5}
TODAY=2026-11-23 # BenchmarkStartStoreFile computes for this day
SIZES=${SIZES:-25 1000 10000 50000}
CLINICIAN=${CLINICIAN:-Anna Lindqvist}
mkdir -p "$BENCH_DIR"
BIN=$BENCH_DIR/ikbt
for c in sqlite3 tmux; do
	command -v $c >/dev/null || { echo "bench: $c is not installed" >&2; exit 1; }
done
go build -o "$BIN" ./cmd/ikbt
go test -c -o "$BENCH_DIR/tui.test" ./tui

ms() { echo $(($(date +%s%N) / 1000000)); }

# median milliseconds of RUNS runs of "$@"
median() {
	: >"$BENCH_DIR/times"
	i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(date +%s%N)
		"$@" >/dev/null
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000)) >>"$BENCH_DIR/times"
		i=$((i + 1))
	done
	sort -n "$BENCH_DIR/times" | awk '{ t[NR] = $1 / 1000 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# peak RSS in MB of "$@"
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'; }

# the app's peak RSS in MB once its worklist is on screen
apprss() {
	s=ikbt-scale-$$
	tmux new-session -d -s $s -x 120 -y 40 "$BIN --db $1 --today $TODAY"
	pid=$(tmux display -p -t $s '#{pane_pid}')
	i=0
	# A selected row, and tab counts without "…": the whole worklist is in
	# (issue 18: a large file shows its red-flag moments first).
	while [ $i -lt 3000 ] && ! tmux capture-pane -p -t $s | awk 'NR == 2 && /…/ { part = 1 } /▸/ { row = 1 } END { exit !(row && !part) }'; do
		sleep 0.1
		i=$((i + 1))
	done
	sleep 1
	kb=$(awk '/^VmHWM/ { print $2 }' /proc/$pid/status)
	tmux send-keys -t $s q
	sleep 0.5
	tmux kill-session -t $s 2>/dev/null || true
	echo $((kb / 1024))
}

echo "| moments | generate | file | open moments | worklist everyone (sqlite3 CLI) | ratio | one clinician: moments, worklist (CLI) | ratio | first full frame (whole worklist) | peak RSS worklist (CLI) | peak RSS app |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
	db=$BENCH_DIR/scale-$n-$TODAY.db
	gen=—
	if [ ! -f "$db" ]; then
		t0=$(ms)
		"$BIN" demo --db "$db" --moments "$n" --today "$TODAY" >/dev/null
		gen="$(awk -v t=$(($(ms) - t0)) 'BEGIN { printf "%.1f s", t / 1000 }')"
	fi
	"$BIN" worklist --db "$db" --today "$TODAY" --json >/dev/null # brings the schema up to date first
	size=$(du -m "$db" | cut -f1)
	open=$(sqlite3 "$db" "SELECT count(*) FROM moments WHERE status IN ('active', 'maintenance', 'closed')")
	mine=$(sqlite3 "$db" "SELECT count(*) FROM moments WHERE status IN ('active', 'maintenance', 'closed') AND clinician = '$CLINICIAN'")
	"$BIN" worklist --sql --clinician "" >"$BENCH_DIR/all.sql"
	"$BIN" worklist --sql --clinician "$CLINICIAN" >"$BENCH_DIR/one.sql"
	all=$(median "$BIN" worklist --db "$db" --today "$TODAY" --json)
	allc=$(median sqlite3 "$db" -init /dev/null ".read $BENCH_DIR/all.sql")
	one=$(median "$BIN" worklist --db "$db" --today "$TODAY" --clinician "$CLINICIAN" --json)
	onec=$(median sqlite3 "$db" -init /dev/null ".read $BENCH_DIR/one.sql")
	# The app's first frame (issue 18: on a file of more than
	# store.FirstWhole open moments, the moments that may hold a red flag
	# first) and, in brackets, the frame of the whole worklist that follows.
	frame=$(IKBT_BENCH_DB=$db "$BENCH_DIR/tui.test" -test.run '^$' -test.bench '^Benchmark(FirstPart|Start)StoreFile$' -test.benchtime 3x |
		awk '/^BenchmarkFirstPart/ { f = $3 } /^BenchmarkStartStoreFile/ { w = $3 } END { printf "%.0f ms (%.0f ms)", f / 1e6, w / 1e6 }')
	r=$(rss "$BIN" worklist --db "$db" --today "$TODAY" --json)
	rc=$(rss sqlite3 "$db" -init /dev/null ".read $BENCH_DIR/all.sql")
	app=$(apprss "$db")
	awk -v n="$n" -v gen="$gen" -v size="$size" -v open="$open" -v mine="$mine" -v a="$all" -v ac="$allc" -v o="$one" -v oc="$onec" \
		-v frame="$frame" -v r="$r" -v rc="$rc" -v app="$app" 'BEGIN {
		printf "| %d | %s | %d MB | %d | %.0f ms (%.0f ms) | %.2f | %d: %.0f ms (%.0f ms) | %.2f | %s | %d MB (%d MB) | %d MB |\n",
			n, gen, size, open, a, ac, a / ac, mine, o, oc, o / oc, frame, r, rc, app }'
done
