#!/bin/sh
# Times `ikbt worklist --json` on a 10,000-moment demo file (about a
# million measurements) against the same SQL run by the sqlite3
# command-line tool on the same file, for one clinician and for everyone,
# and prints the ratios. Uses hyperfine when installed, else a loop timed
# with date +%s%N (median of RUNS runs).
#
#   bench/worklist.sh            # builds the file once in $BENCH_DIR
#   RUNS=20 bench/worklist.sh
set -eu

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/ikbt-bench}
RUNS=${RUNS:-10}
TODAY=${TODAY:-2026-11-23}
MOMENTS=${MOMENTS:-10000}
CLINICIAN=${CLINICIAN:-Anna Lindqvist}
mkdir -p "$BENCH_DIR"
BIN=$BENCH_DIR/ikbt
DB=$BENCH_DIR/worklist-$MOMENTS-$TODAY.db

command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is not installed" >&2; exit 1; }
go build -o "$BIN" ./cmd/ikbt

if [ ! -f "$DB" ]; then
	/usr/bin/time -f "demo --moments $MOMENTS: %e s, %M KB" "$BIN" demo --db "$DB" --moments "$MOMENTS" --today "$TODAY"
fi
# ikbt brings an older file's schema up to date on open (with a backup),
# before the sqlite3 CLI reads it.
"$BIN" worklist --db "$DB" --today "$TODAY" --json >/dev/null
echo "file: $DB ($(du -h "$DB" | cut -f1)), $(sqlite3 "$DB" 'SELECT count(*) FROM measurements') measurements, $(sqlite3 "$DB" --version | cut -d' ' -f1)"

# The same SQL as the worklist, with the same settings as ikbt's connections
# (no mmap: the CLI's default, and ikbt's since issue 18).
sqlfile() { # $1 = clinician or ""
	f=$BENCH_DIR/worklist-$(echo "${1:-everyone}" | tr -c 'A-Za-z0-9\n' '_').sql
	"$BIN" worklist --sql --clinician "$1" >"$f"
	echo "$f"
}

# median seconds of RUNS runs of the command given as arguments (wall
# clock in nanoseconds: /usr/bin/time reports only hundredths)
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

run() { # $1 = label, $2 = clinician or ""
	q=$(sqlfile "$2")
	if command -v hyperfine >/dev/null; then
		hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$BENCH_DIR/h.json" \
			"$BIN worklist --db $DB --today $TODAY --clinician '$2' --json" \
			"sqlite3 $DB -init /dev/null '.read $q'" >/dev/null
		ikbt=$(sed -n 's/.*"median": \([0-9.]*\).*/\1/p' "$BENCH_DIR/h.json" | sed -n 1p)
		cli=$(sed -n 's/.*"median": \([0-9.]*\).*/\1/p' "$BENCH_DIR/h.json" | sed -n 2p)
	else
		"$BIN" worklist --db "$DB" --today "$TODAY" --clinician "$2" --json >/dev/null # warm the page cache
		ikbt=$(median "$BIN" worklist --db "$DB" --today "$TODAY" --clinician "$2" --json)
		cli=$(median sh -c "sqlite3 '$DB' <'$q'")
	fi
	awk -v l="$1" -v a="$ikbt" -v b="$cli" 'BEGIN { printf "%-16s ikbt worklist --json %6.3f s   sqlite3 same SQL %6.3f s   ratio %.2f\n", l, a, b, a / b }'
	# peak RSS of one run each (the kernel's figure, in KB)
	ki=$(/usr/bin/time -f %M "$BIN" worklist --db "$DB" --today "$TODAY" --clinician "$2" --json 2>&1 >/dev/null | tail -1)
	kc=$(/usr/bin/time -f %M sh -c "exec sqlite3 '$DB' <'$q' >/dev/null" 2>&1 | tail -1)
	awk -v l="$1" -v a="$ki" -v b="$kc" 'BEGIN { printf "%-16s peak RSS ikbt %6.1f MiB   sqlite3 %6.1f MiB   ratio %.2f\n", l, a / 1024, b / 1024, a / b }'
}

run "one clinician" "$CLINICIAN"
run "everyone" ""
