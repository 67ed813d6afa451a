// Package hugeheap asks the kernel for transparent huge pages for the part
// of the Go heap a large read is about to fill.
//
// The Go runtime (since 1.21.1) leaves its heap to the kernel's default,
// and where transparent huge pages are "madvise" (this project's VM; many
// distributions) that default is 4 KB pages: everyone's `worklist --json`
// on the 10,000-moment file fills ~38 MB of fresh heap, ~9,400 page
// faults of ~13 µs each on the 2-core VM, a fifth of the command's CPU.
// Reserve maps the heap the read will need in one piece, advises it
// MADV_HUGEPAGE and frees it again: the read's objects then land in
// memory the kernel backs with 2 MB pages, one fault each (issue 18,
// docs/data.md: Where the time went, fifth round). Where huge pages are
// "always" the heap has them already, and where they are "never" or
// missing the advice buys nothing: there Reserve does nothing.
package hugeheap

import (
	"runtime"
	"sync"
)

// MinBytes is the least Reserve acts on: below two huge pages the
// collection it runs costs more than the faults it saves.
const MinBytes = 4 << 20

var (
	mu       sync.Mutex
	reserved int // the most reserved so far
)

// system says, once and on first use (every command links this package,
// and only a large read needs the answer), whether transparent huge pages
// are given where advised, and the largest reserve.
var system = sync.OnceValues(probe)

// Reserve prepares the heap for a read that will allocate about n bytes
// (at most 512 MB, and a quarter of the machine's memory). It runs one
// garbage collection, so it is for reads, not for keys. A later call
// reserves only when it asks for a quarter more than any call before: the
// pages of the first stay with the process, advised, when the read's
// objects are freed, and reserving again costs a collection and the
// clearing of reused pages (90 ms for 40 MB).
func Reserve(n int) {
	supported, limit := system()
	reserve(n, supported, limit)
}

func reserve(n int, supported bool, limit int) {
	mu.Lock()
	defer mu.Unlock()
	n = min(n, limit)
	if !supported || n < MinBytes || (reserved > 0 && n <= reserved+reserved/4) {
		return
	}
	reserved = n
	// A large object is taken from fresh pages that the runtime maps for
	// it in one piece and does not touch (memory from the kernel is
	// zero): advising it costs no fault.
	b := make([]byte, n)
	_ = advise(b) // refused, it changes nothing but the speed
	runtime.KeepAlive(b)
	b = nil
	// Free it now, so that the read's small objects are given its pages.
	runtime.GC()
}
