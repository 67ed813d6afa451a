package main

import "testing"

func TestAppMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		size, want int64
	}{
		{0, 64 << 20},                  // no file yet, or unreadable
		{1 << 20, 64 << 20},            // the hand-made demo
		{129 << 20, 64<<20 + 512<<10},  // 10,000 moments
		{643 << 20, 321<<20 + 512<<10}, // 50,000 moments
	} {
		if got := appMemoryLimit(c.size); got != c.want {
			t.Errorf("appMemoryLimit(%d) = %d, want %d", c.size, got, c.want)
		}
	}
}
