package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/worklist"
)

func init() { subcommands = append(subcommands, newWorklistCmd) }

func newWorklistCmd(g *globals) *cobra.Command {
	var asJSON, printSQL bool
	var clinician string
	cmd := &cobra.Command{
		Use:   "worklist",
		Short: "Compute the day's worklist: moments, pending feedback, flags and due measurements",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if printSQL {
				return writeSQL(cmd.OutOrStdout(), clinician)
			}
			today, err := g.Today()
			if err != nil {
				return err
			}
			s, err := openStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			w, err := s.Worklist(programs.Default(), today, clinician)
			if err != nil {
				return err
			}
			if asJSON {
				out := cmd.OutOrStdout()
				enc := json.NewEncoder(out)
				if isTerminal(out) { // indented for a reader, compact for a program
					enc.SetIndent("", "  ")
				}
				enc.SetEscapeHTML(false)
				return enc.Encode(w)
			}
			summary(cmd.OutOrStdout(), w, clinician)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "write the four parts as JSON")
	f.StringVar(&clinician, "clinician", "", "only this clinician's moments (default everyone)")
	f.BoolVar(&printSQL, "sql", false, "print the SQL the worklist runs, for the sqlite3 command-line tool (benchmarks)")
	f.MarkHidden("sql")
	return cmd
}

// summary writes a short plain-text account of the worklist; moments are
// named by id only, so nothing identifying reaches the terminal's scrollback.
func summary(w io.Writer, wl worklist.Worklist, clinician string) {
	who := "everyone"
	if clinician != "" {
		who = clinician
	}
	overdue, red := 0, 0
	for _, f := range wl.Feedback {
		if f.DaysOverdue > 0 {
			overdue++
		}
	}
	for _, f := range wl.Flags {
		if worklist.IsRed(f.Kind) {
			red++
		}
	}
	fmt.Fprintf(w, "Worklist %s (%s)\n", wl.Today, who)
	fmt.Fprintf(w, "  moments:       %d\n", len(wl.Moments))
	fmt.Fprintf(w, "  feedback:      %d pending, %d overdue\n", len(wl.Feedback), overdue)
	fmt.Fprintf(w, "  flags:         %d open, %d red (item 9: MADRS-S, PHQ-9)\n", len(wl.Flags), red)
	fmt.Fprintf(w, "  measurements:  %d due\n", len(wl.Measurements))
	for _, f := range wl.Flags {
		if worklist.IsRed(f.Kind) {
			fmt.Fprintf(w, "  red flag: moment %s, %s\n", f.Moment, f.Detail)
		}
	}
}

// writeSQL prints the worklist's queries with the clinician filled in.
func writeSQL(w io.Writer, clinician string) error {
	lit := "'" + strings.ReplaceAll(clinician, "'", "''") + "'"
	for _, q := range store.WorklistQueries(clinician) {
		if _, err := fmt.Fprintf(w, "%s;\n", strings.ReplaceAll(q, "?1", lit)); err != nil {
			return err
		}
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	// A terminal, not any character device: output sent to /dev/null
	// (as benchmarks do) is for no reader and stays compact.
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
