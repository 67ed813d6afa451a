package store

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDirWritable: a directory of our own is writable; one without write
// permission is not (unless we are root, whom permissions do not stop);
// a missing one is not.
func TestDirWritable(t *testing.T) {
	dir := t.TempDir()
	if !dirWritable(dir) {
		t.Errorf("%s: not writable", dir)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("the check left %d entries in the directory", len(entries))
	}
	if dirWritable(filepath.Join(dir, "missing")) {
		t.Error("a missing directory is writable")
	}
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o700)
	if got := dirWritable(locked); got != (os.Geteuid() == 0) {
		t.Errorf("a directory without write permission: writable %v (euid %d)", got, os.Geteuid())
	}
}
