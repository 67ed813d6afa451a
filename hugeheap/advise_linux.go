package hugeheap

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// (with 4 KB base pages).
const hugePage = 2 << 20

// supported: the kernel was built with transparent huge pages.
var supported = func() bool {
	_, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil
}()

// advise advises MADV_HUGEPAGE for the whole huge pages inside b.
func advise(b []byte) error {
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	beg := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + uintptr(len(b))) &^ (hugePage - 1)
	if beg >= end {
		return nil
	}
	return unix.Madvise(b[beg-p:end-p], unix.MADV_HUGEPAGE)
}
