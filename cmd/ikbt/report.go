package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newReportCmd) }

func newReportCmd(g *globals) *cobra.Command {
	var from, to, clinician, program, out string
	var asJSON, asCSV, asMarkdown, withPNR, printSQL bool
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Results for a period: counts, waiting, completion and effect per instrument (SibeR's measures)",
		Long: `Results of the moments started or closed in the period, for one clinician,
one program or everyone: counts, days from referral to start, completion,
and per instrument the change from before to after treatment with reliable
change and recovery. Markdown (the default) is the summary for a meeting;
--csv is one row per moment for a registry form; --json is everything.
No name is ever written; the personnummer only with --with-personnummer.
With --out the file is created with mode 0600 and an existing file is
never overwritten.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			today, err := g.Today()
			if err != nil {
				return err
			}
			t := usertext.T.Report
			var f results.Filter
			f.Clinician, f.Program = clinician, program
			for _, d := range []struct {
				flag, s string
				into    *caseload.Date
			}{{"--from", from, &f.From}, {"--to", to, &f.To}} {
				if d.s == "" {
					continue
				}
				if *d.into, err = parseDate(lang, d.flag, d.s); err != nil {
					return err
				}
			}
			if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
				return usertext.Errorf(lang, t.ToBeforeFrom, f.To, f.From)
			}
			formats := 0
			for _, b := range []bool{asJSON, asCSV, asMarkdown} {
				if b {
					formats++
				}
			}
			if formats > 1 {
				return usertext.Errorf(lang, t.OneFormat)
			}
			if withPNR && !asJSON && !asCSV {
				return usertext.Errorf(lang, t.WithPNR)
			}
			cat := programs.Default()
			if program != "" {
				if _, ok := cat.Program(program); !ok {
					return usertext.At(lang, "--program", t.NoProgram, program, programIDs(cat))
				}
			}
			if printSQL {
				_, err := io.WriteString(cmd.OutOrStdout(), store.ReportSQL(cat, today, f))
				return err
			}
			s, err := openStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			// Referrals recorded in ikbt (3.5) give tillgänglighet; with none
			// the referral figures show "–".
			refs, err := s.ReportReferrals()
			if err != nil {
				return err
			}
			r, err := s.Report(cat, today, refs, results.Options{Filter: f, WithPNR: withPNR})
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			switch {
			case asJSON:
				// About 490 bytes a row: grown once, not by doubling.
				buf.Grow(4096 + 512*len(r.Moments))
				err = results.WriteJSON(&buf, r, out != "" || isTerminal(cmd.OutOrStdout()))
			case asCSV:
				err = results.WriteCSV(&buf, r, string(lang))
			default:
				err = results.WriteMarkdown(&buf, r, string(lang))
			}
			if err != nil {
				return err
			}
			if out == "" {
				_, err = cmd.OutOrStdout().Write(buf.Bytes())
				return err
			}
			if err := writeNew(lang, out, buf.Bytes()); err != nil {
				return err
			}
			fmt.Fprint(cmd.ErrOrStderr(), t.Wrote.N(lang, len(r.Moments), out))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&from, "from", "", "first day of the period, YYYY-MM-DD (default from the beginning)")
	fl.StringVar(&to, "to", "", "last day of the period, YYYY-MM-DD (default --today)")
	fl.StringVar(&clinician, "clinician", "", "only this clinician's moments (default everyone)")
	fl.StringVar(&program, "program", "", "only this program's moments, by id (default every program)")
	fl.BoolVar(&asJSON, "json", false, "write the whole report as JSON")
	fl.BoolVar(&asCSV, "csv", false, "write one row per moment as CSV (UTF-8 with BOM; ';' and decimal comma in Swedish)")
	fl.BoolVar(&asMarkdown, "markdown", false, "write the summary as Markdown (the default)")
	fl.BoolVar(&withPNR, "with-personnummer", false, "put each patient's personnummer in the rows (--csv, --json)")
	fl.StringVar(&out, "out", "", "write to this new file (mode 0600) instead of standard output")
	fl.BoolVar(&printSQL, "sql", false, "print the report's aggregation as SQL for the sqlite3 command-line tool (benchmarks)")
	fl.MarkHidden("sql")
	return cmd
}

// writeNew writes data to a file that must not exist yet, with mode 0600;
// a partly written file is removed.
func writeNew(lang usertext.Lang, path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return usertext.At(lang, "--out "+path, usertext.T.Report.OutExists).Wrap(err)
	}
	if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("--out %s: %w", path, err)
	}
	return nil
}

func programIDs(cat *programs.Catalogue) string {
	var b bytes.Buffer
	for i, p := range cat.Programs() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.ID)
	}
	return b.String()
}
