package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/errtext"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
)

func init() { subcommands = append(subcommands, newImportCmd) }

func newImportCmd(g *globals) *cobra.Command {
	var rename bool
	cmd := &cobra.Command{
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
				return &refused{args[0], err}
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			res, err := s.ImportWith(c, store.ImportOptions{Rename: rename})
			if err != nil {
				return &refused{args[0], err}
			}
			for _, r := range res.Renamed {
				fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", args[0], errtext.Render(r, langOf(g)))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported %s from %s into %s\n", countText(c), args[0], s.Path())
			return nil
		},
	}
	cmd.Flags().BoolVar(&rename, "rename", false, "let the file change the names of patients the database knows (each change is listed)")
	return cmd
}

// openStore opens the database of --db / $IKBT_DB / XDG. Unless create is
// set, a missing file is an error rather than a new empty database.
func openStore(g *globals, create bool) (*store.Store, error) {
	path, err := g.DBPath()
	if err != nil {
		return nil, err
	}
	s, err := store.OpenWith(path, store.Options{Create: create})
	if err != nil {
		return nil, err
	}
	var notices []error
	for _, n := range s.Notices() {
		notices = append(notices, n)
	}
	sayNotices(g, notices)
	return s, nil
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
