package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newDemoCmd) }

func newDemoCmd(g *globals) *cobra.Command {
	var n int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Write a fictional caseload (test personnummer only) into a database without moments",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 {
				return usertext.At(g.userLang(), fmt.Sprintf("--moments %d", n), usertext.T.Demo.AtLeastOne)
			}
			today, err := g.Today()
			if err != nil {
				return err
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			start := time.Now()
			c := demo.Generate(today, n)
			if err := s.ImportNew(c); err != nil {
				return err // store.ErrNotEmpty says that demo data never mixes with a real caseload
			}
			lang := g.userLang()
			fmt.Fprint(cmd.OutOrStdout(), usertext.T.Demo.Written.In(lang, today, s.Path(), countText(lang, c), lang.Decimal(time.Since(start).Seconds(), 1)))
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "moments", demo.Handmade, "number of moments: up to 26 gives the hand-made caseload, more a scaled one (about 100 measurements each)")
	return cmd
}
