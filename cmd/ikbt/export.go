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
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := openStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			c, err := s.Export()
			if err != nil {
				return err
			}
			return store.EncodeJSON(cmd.OutOrStdout(), c)
		},
	}
}
