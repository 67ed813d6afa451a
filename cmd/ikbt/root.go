package main

import (
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/usertext"
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
	return parseDate(g.userLang(), "--today", g.today)
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
		return "", usertext.Errorf(g.userLang(), usertext.T.General.DataDir, err).Wrap(err)
	}
	return p, nil
}

// Lang returns --lang, else the config file's lang: Swedish or English.
func (g *globals) Lang() (usertext.Lang, error) {
	lang := g.lang
	if lang == "" {
		lang = g.cfg.lang
	}
	switch lang {
	case "", "sv":
		return usertext.Swedish, nil
	case "en":
		return usertext.English, nil
	}
	return usertext.Swedish, usertext.At(usertext.Swedish, "--lang", usertext.T.General.BadLang, g.lang)
}

// userLang is the language to say things in, also when --lang is wrong
// (then Swedish, the default).
func (g *globals) userLang() usertext.Lang {
	l, _ := g.Lang()
	return l
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	var tuiOpts tuiOptions
	root := &cobra.Command{
		Use:           "ikbt",
		Short:         "Worklist for IKBT clinicians on 1177 Stöd och behandling",
		Args:          noArgs,
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
	root.SetFlagErrorFunc(flagError)
	addTUIFlags(root, &tuiOpts)
	for _, add := range subcommands {
		root.AddCommand(add(g))
	}
	return root
}

// subcommands are registered by each command's file in init, so every
// command lives in a file of its own.
var subcommands []func(*globals) *cobra.Command
