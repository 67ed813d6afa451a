package main

import (
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/store"
)

func init() { subcommands = append(subcommands, newExportCmd) }

func newExportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "Write the whole caseload as JSON (the import format) to standard output",
		Args:  noArgs,
		RunE: withStore(g, false, func(lc *lctx, _ []string) error {
			c, err := lc.s.Export()
			if err != nil {
				return err
			}
			return store.EncodeJSON(lc.out, c)
		}),
	}
}
