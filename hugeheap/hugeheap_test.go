package hugeheap

import (
	"bufio"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// vmFlags returns the VmFlags of the mapping that holds address p, from
// /proc/self/smaps.
func vmFlags(t *testing.T, p uintptr) []string {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	in, flags := false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if fields := strings.Fields(line); len(fields) > 0 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			lo, hi, _ := strings.Cut(fields[0], "-")
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && uint64(p) >= a && uint64(p) < b
			continue
		}
		if strings.HasPrefix(line, "VmFlags:") {
			flags = true
			if in {
				return strings.Fields(strings.TrimPrefix(line, "VmFlags:"))
			}
		}
	}
	if !flags {
		t.Skip("smaps has no VmFlags here")
	}
	t.Fatalf("no mapping holds %#x", p)
	return nil
}

func TestReserve(t *testing.T) {
	if !supported {
		t.Skip("no transparent huge pages in this kernel")
	}
	if err := advise(make([]byte, 8<<20)); err != nil {
		t.Skipf("the kernel refuses MADV_HUGEPAGE: %v", err)
	}
	const n = 64 << 20
	Reserve(n)
	if reserved != n {
		t.Fatalf("reserved = %d, want %d", reserved, n)
	}
	// The read's objects come from the pages Reserve advised: a heap of
	// small objects of about that size has most of them in mappings
	// marked "hg" (MADV_HUGEPAGE).
	var keep [][]byte
	advised := 0
	for i := 0; i < 1024; i++ {
		b := make([]byte, 32<<10)
		keep = append(keep, b)
		if slices.Contains(vmFlags(t, uintptr(unsafe.Pointer(&b[0]))), "hg") {
			advised++
		}
	}
	runtime.KeepAlive(keep)
	if advised < len(keep)/2 {
		t.Errorf("%d of %d objects are in advised memory, want most", advised, len(keep))
	}
}

func TestReserveSmallOrRepeated(t *testing.T) {
	before := reserved
	Reserve(MinBytes - 1)
	if reserved != before {
		t.Errorf("Reserve(%d) reserved; below MinBytes it must not", MinBytes-1)
	}
	Reserve(before) // not more than before: nothing to do
	if reserved != before {
		t.Errorf("reserved = %d after asking for no more, want %d", reserved, before)
	}
}
