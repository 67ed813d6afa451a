package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// tuiOptions are the flags that only the interactive app takes.
type tuiOptions struct {
	demo bool
}

func addTUIFlags(root *cobra.Command, o *tuiOptions) {
	root.Flags().BoolVar(&o.demo, "demo", false, "open a fresh demo caseload in a temporary directory")
}

func runTUI(cmd *cobra.Command, g *globals, o tuiOptions) error {
	return errors.New("the interactive app is not built yet")
}
