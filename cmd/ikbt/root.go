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
	cfg   config // the settings file, read before any command runs
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

// DBPath returns --db, else $IKBT_DB, else the config file's db, else
// ikbt/ikbt.db in the XDG data directory.
func (g *globals) DBPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if env := os.Getenv("IKBT_DB"); env != "" {
		return env, nil
	}
	if g.cfg.db != "" {
		return g.cfg.db, nil
	}
	p, err := xdg.DataFile(filepath.Join("ikbt", "ikbt.db"))
	if err != nil {
		return "", fmt.Errorf("finding the data directory: %w", err)
	}
	return p, nil
}

// Lang returns --lang, else the config file's lang: "sv" or "en".
func (g *globals) Lang() (string, error) {
	lang := g.lang
	if lang == "" {
		lang = g.cfg.lang
	}
	switch lang {
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
		PersistentPreRunE: func(*cobra.Command, []string) error {
			var err error
			g.cfg, err = loadConfig(configPath())
			return err
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd, g, tuiOpts)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "database file (default $IKBT_DB, else db in the config file, else ikbt/ikbt.db in the XDG data directory)")
	pf.StringVar(&g.today, "today", "", "the day to compute for, YYYY-MM-DD (default today in Europe/Stockholm)")
	pf.StringVar(&g.lang, "lang", "", "language of the interface: sv or en (default lang in the config file, else sv)")
	addTUIFlags(root, &tuiOpts)
	for _, add := range subcommands {
		root.AddCommand(add(g))
	}
	return root
}

// subcommands are registered by each command's file in init, so every
// command lives in a file of its own.
var subcommands []func(*globals) *cobra.Command
