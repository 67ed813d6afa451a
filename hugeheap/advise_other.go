//go:build !linux

package hugeheap

// Transparent huge pages are Linux's.
func probe() (supported bool, limit int) { return false, 0 }

func advise([]byte) error { return nil }
