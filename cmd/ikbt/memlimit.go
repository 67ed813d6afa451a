package main

import (
	"os"
	"runtime/debug"
)

// minAppMemory is the least soft limit the app puts on Go's heap.
const minAppMemory = 64 << 20

// limitAppMemory sets a soft limit on the Go heap of the app (issue 18):
// half the database file's size, at least 64 MiB, unless GOMEMLIMIT is set.
// Loading the worklist makes most of its heap as garbage (the rows read,
// the caseload the rules look at); with the default GOGC alone the heap
// doubled before a collection and the app peaked at 119–128 MB on the
// 10,000-moment file (129 MB). The limit makes the collector run sooner
// near it, for about 1 % more CPU in the start benchmark; a larger file
// gets a larger limit, so the collector never runs back to back on a live
// heap above it.
func limitAppMemory(dbPath string) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var size int64
	if fi, err := os.Stat(dbPath); err == nil {
		size = fi.Size()
	}
	debug.SetMemoryLimit(appMemoryLimit(size))
}

// appMemoryLimit is the app's soft heap limit for a database file of size
// bytes.
func appMemoryLimit(size int64) int64 { return max(minAppMemory, size/2) }
