package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
)

func init() { subcommands = append(subcommands, newPhraseCmd) }

// phraseOptions are the flags of ikbt phrase and its subcommands.
type phraseOptions struct {
	module int
	date   string
	score  int
	file   string
}

func newPhraseCmd(g *globals) *cobra.Command {
	o := &phraseOptions{}
	cmd := &cobra.Command{
		Use:   "phrase CODE",
		Short: "Print the text of a journal phrase (frasminne) for Cosmic",
		Long: `Print the text a Cosmic phrase code stands for, e.g. behint3li or Madrs4.
Codes are found in any case, with å, ä, ö typed as a, a, o (hallarb3).
uppint needs --module and --date; the kbtint codes need --module; the code
Madrs takes --score and stands for Madrs0–Madrs6.

Personal phrases are read from --phrases, else $IKBT_PHRASES, else
ikbt/phrases.tsv in the XDG config directory: one phrase a line,
code<TAB>text or code<TAB>sökord<TAB>text.`,
		Example: `  ikbt phrase behint3li
  ikbt phrase uppint --module 4 --date 2026-11-30
  ikbt phrase list
  ikbt phrase expand utkast.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return errors.New("name one phrase code, e.g. ikbt phrase behint3li (ikbt phrase list shows them all)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			set := o.load(cmd)
			p, err := o.params(cmd)
			if err != nil {
				return err
			}
			text, err := set.Expand(args[0], p)
			if err != nil {
				return withFlagHint(err)
			}
			if err := o.unused(cmd, set, args[0]); err != nil {
				return err
			}
			if err := moduleInProgram(set, args[0], p); err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), text)
			return err
		},
	}
	pf := cmd.PersistentFlags()
	pf.IntVar(&o.module, "module", 0, "module number for modul x")
	pf.StringVar(&o.date, "date", "", "follow-up date for Uppföljning den xx, YYYY-MM-DD")
	pf.IntVar(&o.score, "score", 0, "MADRS-S item 9 score for Madrs (0–6)")
	pf.StringVar(&o.file, "phrases", "", "personal phrase file (default $IKBT_PHRASES, else ikbt/phrases.tsv in the XDG config directory)")
	cmd.AddCommand(newPhraseListCmd(g, o), newPhraseExpandCmd(o))
	return cmd
}

// load returns the built-in phrases with the personal file on top; problems
// in that file are reported on stderr and the rest keeps working.
func (o *phraseOptions) load(cmd *cobra.Command) *phrases.Set {
	path := o.file
	if path == "" {
		path = phrases.PersonalPath()
	} else if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: --phrases: %v\n", err)
	}
	set, errs := phrases.Load(path)
	for _, err := range errs {
		fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: personal phrases: %v (line skipped)\n", err)
	}
	return set
}

func (o *phraseOptions) params(cmd *cobra.Command) (phrases.Params, error) {
	var p phrases.Params
	if cmd.Flags().Changed("module") {
		if o.module < 1 {
			return p, fmt.Errorf("--module %d: want a module number from 1", o.module)
		}
		p.Module = o.module
	}
	if cmd.Flags().Changed("date") {
		d, err := caseload.ParseDate(o.date)
		if err != nil {
			return p, fmt.Errorf("--date: %w", err)
		}
		p.Date = d
	}
	if cmd.Flags().Changed("score") {
		s := o.score
		p.Score = &s
	}
	return p, nil
}

// unused refuses a flag the code does not take, so a typo such as
// Madrs4 --score 3 is not silently ignored.
func (o *phraseOptions) unused(cmd *cobra.Command, set *phrases.Set, code string) error {
	takes := map[phrases.Param]bool{phrases.ParamScore: true} // the Madrs family code
	if ph, err := set.Lookup(code); err == nil {
		takes = map[phrases.Param]bool{}
		for _, q := range ph.Params() {
			takes[q] = true
		}
	}
	for flag, q := range map[string]phrases.Param{"module": phrases.ParamModule, "date": phrases.ParamDate, "score": phrases.ParamScore} {
		if cmd.Flags().Changed(flag) && !takes[q] {
			return fmt.Errorf("phrase %s takes no --%s", code, flag)
		}
	}
	return nil
}

// moduleInProgram refuses a --module beyond the program of a program's own
// code (kbtintli --module 9: Livsbalansen has 8 modules), or beyond every
// program for a code that serves them all (uppint), rather than print a
// module that does not exist.
func moduleInProgram(set *phrases.Set, code string, p phrases.Params) error {
	ph, err := set.Lookup(code)
	if err != nil || p.Module == 0 || ph.Track != "" {
		return nil
	}
	most, name := 0, ""
	for _, pr := range programs.Default().Programs() {
		if (ph.Program == "" || pr.ID == ph.Program) && pr.Total() > most {
			most, name = pr.Total(), pr.Name
		}
	}
	switch {
	case most == 0 || p.Module <= most:
		return nil
	case ph.Program == "":
		return fmt.Errorf("--module %d: no program has more than %d modules (phrase %s)", p.Module, most, code)
	}
	return fmt.Errorf("--module %d: %s has %d modules (phrase %s)", p.Module, name, most, code)
}

// withFlagHint adds the flag that supplies a missing parameter.
func withFlagHint(err error) error {
	var m *phrases.MissingError
	if !errors.As(err, &m) {
		return err
	}
	flag := map[phrases.Param]string{
		phrases.ParamModule: "--module N",
		phrases.ParamDate:   "--date YYYY-MM-DD",
		phrases.ParamScore:  "--score N",
	}[m.Param]
	return fmt.Errorf("%w: give %s", err, flag)
}

func newPhraseListCmd(g *globals, o *phraseOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List every phrase code with its sökord, program and the start of its text",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			return writePhraseList(cmd.OutOrStdout(), o.load(cmd).List(), lang)
		},
	}
}

// listTextRunes is how much of a phrase's text the list shows.
const listTextRunes = 60

func writePhraseList(w io.Writer, list []phrases.Phrase, lang string) error {
	head := []string{"KOD", "SÖKORD", "PROGRAM", "KÄLLA", "TEXT"}
	all, ours, personal := "alla", "egen", "personlig"
	if lang == "en" {
		head = []string{"CODE", "SÖKORD", "PROGRAM", "SOURCE", "TEXT"}
		all, ours, personal = "all", "ours", "personal"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, p := range list {
		prog := p.Program
		if prog == "" {
			prog = all
		}
		if p.Track != "" {
			prog += "/" + p.Track
		}
		src := p.Source
		switch {
		case p.Personal:
			src = personal
		case p.Ours:
			src = ours + " (" + p.Source + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Code, p.Sokord, prog, src, start(p.Template(), listTextRunes))
	}
	return tw.Flush()
}

// start returns the first n characters of s on one line, with … when cut.
func start(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " / ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n]), " ") + "…"
}

func newPhraseExpandCmd(o *phraseOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "expand FILE|-",
		Short: "Print a draft with every phrase code in it expanded",
		Long: `Print the draft in FILE (or stdin for -) with every phrase code that stands
as a word expanded; all other text is printed byte for byte as it was.
A code whose parameter is missing is left as typed and reported on stderr
with its line and column, and the exit status is 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set := o.load(cmd)
			p, err := o.params(cmd)
			if err != nil {
				return err
			}
			name := args[0]
			var draft []byte
			if name == "-" {
				name = "stdin"
				draft, err = io.ReadAll(cmd.InOrStdin())
			} else {
				draft, err = os.ReadFile(name)
			}
			if err != nil {
				return err
			}
			out, errs := set.ExpandText(string(draft), p)
			if _, err := io.WriteString(cmd.OutOrStdout(), out); err != nil {
				return err
			}
			for _, e := range errs {
				fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: %s:%v\n", name, withFlagHint(e))
			}
			if len(errs) > 0 {
				return fmt.Errorf("%s: %d code(s) left as typed", name, len(errs))
			}
			return nil
		},
	}
}
