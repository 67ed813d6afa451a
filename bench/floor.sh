#!/bin/sh
# What ikbt's stack costs before ikbt does anything (issue 18): for each
# size, everyone's `ikbt worklist --json` next to the sqlite3 CLI and to
# bench/floor, a Go program that runs the same SQL with
# modernc.org/sqlite through database/sql and reads every value, linking
# nothing else. Wall time (median of RUNS runs, the three taken in turn)
# and peak RSS, each with its ratio to the CLI. The floor's ratios are the
# least any Go program on this stack can reach on that SQL.
#
#   bench/floor.sh
#   SIZES="25 1000" RUNS=21 bench/floor.sh
set -eu

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/ikbt-bench}
RUNS=${RUNS:-11}
TODAY=2026-11-23
SIZES=${SIZES:-25 1000 10000}
mkdir -p "$BENCH_DIR"
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is not installed" >&2; exit 1; }
BIN=$BENCH_DIR/ikbt
FLOOR=$BENCH_DIR/floor
go build -o "$BIN" ./cmd/ikbt
go build -o "$FLOOR" ./bench/floor
"$BIN" worklist --sql --clinician "" >"$BENCH_DIR/all.sql"

# microseconds of one run of "$@"
once() {
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000))
}
med() { sort -n | awk '{ t[NR] = $1 / 1000 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "| moments | sqlite3 CLI | Go floor (bench/floor) | ikbt worklist --json |"
echo "|---:|---:|---:|---:|"
for n in $SIZES; do
	db=$BENCH_DIR/scale-$n-$TODAY.db
	[ -f "$db" ] || "$BIN" demo --db "$db" --moments "$n" --today "$TODAY" >/dev/null
	"$BIN" worklist --db "$db" --today "$TODAY" --json >/dev/null # brings the schema up to date first
	: >"$BENCH_DIR/t-cli"
	: >"$BENCH_DIR/t-floor"
	: >"$BENCH_DIR/t-ikbt"
	i=0
	while [ $i -lt "$RUNS" ]; do
		once sqlite3 "$db" -init /dev/null ".read $BENCH_DIR/all.sql" >>"$BENCH_DIR/t-cli"
		once "$FLOOR" "$db" "$BENCH_DIR/all.sql" >>"$BENCH_DIR/t-floor"
		once "$BIN" worklist --db "$db" --today "$TODAY" --json >>"$BENCH_DIR/t-ikbt"
		i=$((i + 1))
	done
	awk -v n="$n" -v c="$(med <"$BENCH_DIR/t-cli")" -v f="$(med <"$BENCH_DIR/t-floor")" -v k="$(med <"$BENCH_DIR/t-ikbt")" \
		-v rc="$(rss sqlite3 "$db" -init /dev/null ".read $BENCH_DIR/all.sql")" \
		-v rf="$(rss "$FLOOR" "$db" "$BENCH_DIR/all.sql")" \
		-v rk="$(rss "$BIN" worklist --db "$db" --today "$TODAY" --json)" 'BEGIN {
		printf "| %d | %.1f ms, %.1f MB | %.1f ms (%.2f×), %.1f MB (%.2f×) | %.1f ms (%.2f×), %.1f MB (%.2f×) |\n",
			n, c, rc / 1024, f, f / c, rf / 1024, rf / rc, k, k / c, rk / 1024, rk / rc }'
done
