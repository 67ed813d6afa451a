package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
)

// globals are the flags every command takes.
type globals struct {
	db    string
	today string
	lang  string
}

// Today returns --today, or today in Europe/Stockholm.
func (g *globals) Today() (caseload.Date, error) {
	if g.today == "" {
		return caseload.Today(), nil
	}
	d, err := caseload.ParseDate(g.today)
	if err != nil {
		return caseload.Date{}, fmt.Errorf("--today: %w", err)
	}
	return d, nil
}

// DBPath returns --db, else $IKBT_DB, else ikbt/ikbt.db in the XDG data directory.
func (g *globals) DBPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if env := os.Getenv("IKBT_DB"); env != "" {
		return env, nil
	}
	p, err := xdg.DataFile(filepath.Join("ikbt", "ikbt.db"))
	if err != nil {
		return "", fmt.Errorf("finding the data directory: %w", err)
	}
	return p, nil
}

// Lang returns "sv" or "en".
func (g *globals) Lang() (string, error) {
	switch g.lang {
	case "", "sv":
		return "sv", nil
	case "en":
		return "en", nil
	}
	return "", fmt.Errorf("--lang %q: want sv or en", g.lang)
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	var tuiOpts tuiOptions
	root := &cobra.Command{
		Use:           "ikbt",
		Short:         "Worklist for IKBT clinicians on 1177 Stöd och behandling",
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd, g, tuiOpts)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "database file (default $IKBT_DB, else ikbt/ikbt.db in the XDG data directory)")
	pf.StringVar(&g.today, "today", "", "the day to compute for, YYYY-MM-DD (default today in Europe/Stockholm)")
	pf.StringVar(&g.lang, "lang", "", "language of the interface: sv or en (default sv)")
	addTUIFlags(root, &tuiOpts)
	for _, add := range subcommands {
		root.AddCommand(add(g))
	}
	return root
}

// subcommands are registered by each command's file in init, so every
// command lives in a file of its own.
var subcommands []func(*globals) *cobra.Command
