//go:build unix

package store

import "golang.org/x/sys/unix"

// dirWritable reports whether this process may create files in dir (WAL
// needs its -wal and -shm there): write and search permission for the
// effective user, a writable file system, no immutable flag. The kernel
// answers (faccessat) instead of a probe file created and removed, which
// changed the directory's modification time on every run, even a read's,
// and could be left behind by a kill (issue 18).
func dirWritable(dir string) bool {
	return unix.Faccessat(unix.AT_FDCWD, dir, unix.W_OK|unix.X_OK, unix.AT_EACCESS) == nil
}
