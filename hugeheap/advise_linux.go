package hugeheap

import (
	"bytes"
	"os"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// (with 4 KB base pages).
const hugePage = 2 << 20

// probe: a 64-bit process (a reserve is address space) under a kernel
// whose transparent huge pages are given where advised, and only there
// ("[madvise]" in the sysfs setting); the largest reserve is 512 MB (a
// 100,000-moment read's heap) and no more than a quarter of the machine's
// memory: the reserve is mapped, not touched, but the runtime keeps the
// metadata of all it maps, and a kernel that refused the mapping would
// end the process.
func probe() (supported bool, limit int) {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if strconv.IntSize != 64 || err != nil || !bytes.Contains(b, []byte("[madvise]")) {
		return false, 0
	}
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil {
		return false, 0
	}
	return true, int(min(uint64(si.Totalram)*uint64(si.Unit)/4, 512<<20))
}

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
