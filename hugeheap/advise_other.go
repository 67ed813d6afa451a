//go:build !linux

package hugeheap

// Transparent huge pages are Linux's.
const supported = false

var limit = 0

func advise([]byte) error { return nil }
