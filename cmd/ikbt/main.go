// Command ikbt is a terminal worklist for clinicians who run internet-delivered
// CBT (IKBT) on 1177 Stöd och behandling.
package main

import (
	"fmt"
	"os"

	_ "time/tzdata" // Europe/Stockholm must resolve on machines without zoneinfo
)

func main() {
	growStack(0)
	root := newRootCmd()
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "ikbt:", sayError(err, errLang(root, os.Args[1:])))
		os.Exit(1)
	}
}

// growStack grows the main goroutine's stack to 64 KB at once, while it is
// shallow: its 48 KB frame does not fit in 32 KB, and the function
// prologue grows the stack to fit it before the body runs (which never
// touches the frame).
// Without it the stack doubled from 8 KB to 32 KB inside SQLite's deep
// transpiled frames, each time copying them and reading their stack maps
// from cold pages of the binary: the demo's `worklist --json` took 0.98×
// the wall time with it, 41 pairs (issue 18, docs/data.md).
//
//go:noinline
func growStack(n int) byte {
	if n > 0 {
		var frame [48 << 10]byte
		frame[n%len(frame)] = byte(n)
		return frame[n*7%len(frame)]
	}
	return 0
}
