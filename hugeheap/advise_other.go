//go:build !linux

package hugeheap

// Transparent huge pages are Linux's.
const supported = false

func advise([]byte) error { return nil }
