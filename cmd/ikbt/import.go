package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
)

func init() { subcommands = append(subcommands, newImportCmd) }

func newImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.json",
		Short: "Import a caseload file (all or nothing; importing it again changes nothing)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			c, err := store.DecodeJSON(f, programs.Default())
			if err != nil {
				return fmt.Errorf("%s: %w (nothing was imported)", args[0], err)
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.Import(c); err != nil {
				return fmt.Errorf("%s: %w (nothing was imported)", args[0], err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported %s from %s into %s\n", countText(c), args[0], s.Path())
			for _, w := range store.ScheduleWarnings(c, programs.Default()) {
				fmt.Fprintf(cmd.ErrOrStderr(), "warning: %s: %s\n", args[0], w)
			}
			return nil
		},
	}
}

// openStore opens the database of --db / $IKBT_DB / XDG. Unless create is
// set, a missing file is an error rather than a new empty database.
func openStore(g *globals, create bool) (*store.Store, error) {
	path, err := g.DBPath()
	if err != nil {
		return nil, err
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s (create one with ikbt demo or ikbt import)", path)
		}
	}
	return store.Open(path)
}

// countText says how much a caseload holds.
func countText(c caseload.Caseload) string {
	var modules, measurements, messages int
	for _, m := range c.Moments {
		modules += len(m.Modules)
		measurements += len(m.Measurements)
		messages += len(m.Messages)
	}
	return fmt.Sprintf("%d patients, %d moments, %d module events, %d measurements, %d messages",
		len(c.Patients), len(c.Moments), modules, measurements, messages)
}
