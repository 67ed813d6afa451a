#!/bin/sh
# Times `ikbt report --json` for everyone on a 10,000-moment demo file
# (about a million measurements) against the same aggregation written as
# SQL (`ikbt report --sql`: selection, counts, completion, pre/post picks
# per instrument, means, SDs, d, reliable change and recovery) run by the
# sqlite3 command-line tool on the same file, and prints the ratio. Uses
# hyperfine when installed, else a loop timed with date +%s%N (median of
# RUNS runs). The machine is shared: run it under nice, once.
#
#   nice bench/report.sh         # builds the file once in $BENCH_DIR
#   RUNS=5 nice bench/report.sh
set -eu

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/ikbt-bench}
RUNS=${RUNS:-7}
TODAY=${TODAY:-2026-11-23}
MOMENTS=${MOMENTS:-10000}
mkdir -p "$BENCH_DIR"
BIN=$BENCH_DIR/ikbt-report
DB=$BENCH_DIR/report-$MOMENTS-$TODAY.db

command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is not installed" >&2; exit 1; }
go build -o "$BIN" ./cmd/ikbt

if [ ! -f "$DB" ]; then
	/usr/bin/time -f "demo --moments $MOMENTS: %e s, %M KB" "$BIN" demo --db "$DB" --moments "$MOMENTS" --today "$TODAY"
fi
# ikbt brings an older file's schema up to date on open (with a backup),
# before the sqlite3 CLI reads it.
"$BIN" report --db "$DB" --today "$TODAY" --json >/dev/null
echo "file: $DB ($(du -h "$DB" | cut -f1)), $(sqlite3 "$DB" 'SELECT count(*) FROM measurements') measurements, $(sqlite3 "$DB" --version | cut -d' ' -f1)"
Q=$BENCH_DIR/report.sql
"$BIN" report --sql --today "$TODAY" >"$Q"

median() {
	i=0
	: >"$BENCH_DIR/times"
	while [ $i -lt "$RUNS" ]; do
		t0=$(date +%s%N)
		"$@" >/dev/null
		t1=$(date +%s%N)
		echo "$(((t1 - t0) / 1000))" >>"$BENCH_DIR/times"
		i=$((i + 1))
	done
	sort -n "$BENCH_DIR/times" | awk '{ t[NR] = $1 / 1e6 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$BENCH_DIR/h.json" \
		"$BIN report --db $DB --today $TODAY --json" \
		"sqlite3 $DB -init /dev/null '.read $Q'" >/dev/null
	ikbt=$(sed -n 's/.*"median": \([0-9.]*\).*/\1/p' "$BENCH_DIR/h.json" | sed -n 1p)
	cli=$(sed -n 's/.*"median": \([0-9.]*\).*/\1/p' "$BENCH_DIR/h.json" | sed -n 2p)
else
	sqlite3 "$DB" <"$Q" >/dev/null # warm the page cache
	ikbt=$(median "$BIN" report --db "$DB" --today "$TODAY" --json)
	cli=$(median sh -c "sqlite3 '$DB' <'$Q'")
fi
awk -v a="$ikbt" -v b="$cli" 'BEGIN { printf "everyone  ikbt report --json %6.3f s   sqlite3 same aggregation %6.3f s   ratio %.2f\n", a, b, a / b }'
