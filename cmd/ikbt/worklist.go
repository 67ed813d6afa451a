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
	"github.com/ikbt/ikbt/usertext"
	"github.com/ikbt/ikbt/worklist"
)

func init() { subcommands = append(subcommands, newWorklistCmd) }

func newWorklistCmd(g *globals) *cobra.Command {
	var asJSON, printSQL bool
	var clinician string
	cmd := &cobra.Command{
		Use:   "worklist",
		Short: "Compute the day's worklist: moments, pending feedback, flags and due measurements",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if printSQL {
				return writeSQL(cmd.OutOrStdout(), clinician)
			}
			return withStore(g, false, func(lc *lctx, _ []string) error {
				return runWorklist(lc, clinician, asJSON)
			})(cmd, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "write the four parts as JSON")
	f.StringVar(&clinician, "clinician", "", "only this clinician's moments (default everyone)")
	f.BoolVar(&printSQL, "sql", false, "print the SQL the worklist runs, for the sqlite3 command-line tool (benchmarks)")
	f.MarkHidden("sql")
	return cmd
}

// runWorklist writes the day's worklist: JSON for programs, else a summary for people.
func runWorklist(lc *lctx, clinician string, asJSON bool) error {
	w, err := lc.s.Worklist(programs.Default(), lc.today, clinician)
	if err != nil {
		return err
	}
	if asJSON {
		out := lc.out
		enc := json.NewEncoder(out)
		if isTerminal(out) { // indented for a reader, compact for a program
			enc.SetIndent("", "  ")
		}
		enc.SetEscapeHTML(false)
		return enc.Encode(w)
	}
	summary(lc.out, lc.lang, w, clinician)
	return nil
}

// summary writes a short plain-text account of the worklist; moments are
// named by id only, so nothing identifying reaches the terminal's scrollback.
func summary(w io.Writer, lang usertext.Lang, wl worklist.Worklist, clinician string) {
	t := usertext.T.Worklist
	who := t.Everyone.In(lang)
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
	fmt.Fprint(w, t.Title.In(lang, wl.Today, who))
	fmt.Fprint(w, t.Moments.In(lang, len(wl.Moments)))
	fmt.Fprint(w, t.Feedback.In(lang, len(wl.Feedback), overdue))
	fmt.Fprint(w, t.Flags.In(lang, len(wl.Flags), red))
	fmt.Fprint(w, t.Measurements.In(lang, len(wl.Measurements)))
	for _, f := range wl.Flags {
		if worklist.IsRed(f.Kind) {
			fmt.Fprint(w, t.RedFlag.In(lang, f.Moment, f.Instrument, f.Score))
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
