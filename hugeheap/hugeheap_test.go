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
	supported, limit := system()
	if !supported {
		t.Skip("transparent huge pages are not given where advised here")
	}
	if err := advise(make([]byte, 8<<20)); err != nil {
		t.Skipf("the kernel refuses MADV_HUGEPAGE: %v", err)
	}
	if limit < 64<<20 {
		t.Skip("too little memory for a 64 MB reserve")
	}
	const n = 64 << 20
	defer func(was int) { reserved = was }(reserved)
	reserved = 0
	reserve(n, supported, limit)
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
	if supported, _ := system(); !supported {
		t.Skip("transparent huge pages are not given where advised here")
	}
	defer func(was int) { reserved = was }(reserved)
	const limit = 16 << 20
	for _, tc := range []struct {
		name         string
		before, ask  int
		wantReserved int
	}{
		{"below MinBytes", 0, MinBytes - 1, 0},
		{"first", 0, MinBytes, MinBytes},
		{"no more than before", 8 << 20, 8 << 20, 8 << 20},
		{"less than a quarter more", 8 << 20, 10 << 20, 8 << 20},
		{"more than a quarter more", 8 << 20, 10<<20 + 1, 10<<20 + 1},
		{"past the limit", 0, limit + 1, limit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reserved = tc.before
			reserve(tc.ask, true, limit)
			if reserved != tc.wantReserved {
				t.Errorf("reserved %d after Reserve(%d) from %d, want %d", reserved, tc.ask, tc.before, tc.wantReserved)
			}
		})
	}
}
