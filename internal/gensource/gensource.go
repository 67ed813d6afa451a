// Package gensource holds a package's generated Go file (a data file
// decoded at build time: the program catalogue, the rating scales, the
// schema's tables) to what its test generates from the data now, for
// the test that writes it and checks it.
package gensource

import (
	"bytes"
	"os"
	"testing"
)

// Check holds the file name (in the test's package directory) to want.
// With update it writes want there first; otherwise a file that differs
// fails t with stale, which says how to write it again.
func Check(t testing.TB, name string, want []byte, update bool, stale string) {
	t.Helper()
	if update {
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error(stale)
	}
}
