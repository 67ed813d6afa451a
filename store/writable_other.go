//go:build !unix

package store

import "os"

// dirWritable reports whether this process may create files in dir (WAL
// needs its -wal and -shm there), by creating and removing one.
func dirWritable(dir string) bool {
	probe, err := os.CreateTemp(dir, ".ikbt-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}
