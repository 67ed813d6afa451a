#!/bin/sh
# Times the app's first full frame in a real terminal (tmux, 120×40): from
# starting `ikbt` to the header's right side showing the worklist (its
# red-flag count, its moment count, or that more moments are loading), on
# the 10,000-moment demo file and, as the baseline of the same run, on the
# 25-moment demo. Also the time until the whole worklist is in (the tab
# counts no longer marked "…"). Median of RUNS runs; tmux is polled every
# few milliseconds, so a figure is at most one poll late.
#
#   bench/firstframe.sh                 # builds the 10,000-moment file once in $BENCH_DIR
#   RUNS=15 MOMENTS=50000 bench/firstframe.sh
set -eu

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/ikbt-bench}
RUNS=${RUNS:-9}
TODAY=${TODAY:-2026-11-23}
MOMENTS=${MOMENTS:-10000}
mkdir -p "$BENCH_DIR"
BIN=$BENCH_DIR/ikbt
DB=$BENCH_DIR/worklist-$MOMENTS-$TODAY.db
SMALL=$BENCH_DIR/firstframe-25-$TODAY.db
SOCK=ikbt-firstframe-$$

command -v tmux >/dev/null || { echo "bench: tmux is not installed" >&2; exit 1; }
go build -o "$BIN" ./cmd/ikbt
if [ ! -f "$DB" ]; then
	"$BIN" demo --db "$DB" --moments "$MOMENTS" --today "$TODAY"
fi
if [ ! -f "$SMALL" ]; then
	"$BIN" demo --db "$SMALL" --today "$TODAY"
fi
"$BIN" worklist --db "$DB" --today "$TODAY" --json >/dev/null # an older file's schema is brought up to date first

# One tmux server for every run (its start is not the app's): each run is
# a new window in it.
tmux -L "$SOCK" new-session -d -s ff -x 120 -y 40 "sleep 3600"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true' EXIT

# frame DB: prints "first whole" in milliseconds for one start ("floor"
# instead of a file: a shell that prints such a screen at once, what the
# harness itself costs: a window, a process, the polls).
frame() {
	cmd="$BIN --db $1 --today $TODAY --lang sv"
	if [ "$1" = floor ]; then
		cmd="printf 'ikbt RÖD FLAGGA\\n Moment 1\\n'; sleep 30"
	fi
	t0=$(date +%s%N)
	tmux -L "$SOCK" new-window -d -t ff -n w "$cmd"
	first=""
	while :; do
		s=$(tmux -L "$SOCK" capture-pane -p -t ff:w 2>/dev/null || true)
		t=$(date +%s%N)
		head=$(printf '%s\n' "$s" | sed -n 1p)
		tabs=$(printf '%s\n' "$s" | sed -n 2p)
		if [ -z "$first" ] && printf '%s' "$head" | grep -Eq 'RÖD FLAGGA|moment|läser in'; then
			first=$(((t - t0) / 1000000))
		fi
		if [ -n "$first" ] && [ -n "$tabs" ] && ! printf '%s' "$tabs" | grep -q '…'; then
			echo "$first $(((t - t0) / 1000000))"
			break
		fi
		if [ $(((t - t0) / 1000000)) -gt 20000 ]; then
			echo "bench: no frame in 20 s:" >&2
			printf '%s\n' "$s" >&2
			exit 1
		fi
	done
	tmux -L "$SOCK" kill-window -t ff:w
}

median() { sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }

: >"$BENCH_DIR/ff-floor"
: >"$BENCH_DIR/ff-small"
: >"$BENCH_DIR/ff-large"
i=0
while [ $i -lt "$RUNS" ]; do # in turn, so that all see the same load
	frame floor >>"$BENCH_DIR/ff-floor"
	frame "$SMALL" >>"$BENCH_DIR/ff-small"
	frame "$DB" >>"$BENCH_DIR/ff-large"
	i=$((i + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
f1=$(cut -d' ' -f1 "$BENCH_DIR/ff-floor" | median)
s1=$(cut -d' ' -f1 "$BENCH_DIR/ff-small" | median)
l1=$(cut -d' ' -f1 "$BENCH_DIR/ff-large" | median)
l2=$(cut -d' ' -f2 "$BENCH_DIR/ff-large" | median)
echo "the harness alone (a shell's printf):  $f1 ms"
echo "first full frame, 25-moment demo:      $s1 ms"
echo "first full frame, $MOMENTS moments:  $l1 ms (goal 150 ms; $(awk -v a="$l1" -v b="$s1" 'BEGIN { printf "%.1f", a / b }')× the 25-moment demo)"
echo "whole worklist in, $MOMENTS moments: $l2 ms"
