// Command ikbt is a terminal worklist for clinicians who run internet-delivered
// CBT (IKBT) on 1177 Stöd och behandling.
package main

import (
	"fmt"
	"os"

	_ "time/tzdata" // Europe/Stockholm must resolve on machines without zoneinfo
)

func main() {
	root := newRootCmd()
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "ikbt:", sayError(err, errLang(root, os.Args[1:])))
		os.Exit(1)
	}
}
