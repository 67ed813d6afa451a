package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newPhraseCmd) }

// phraseOptions are the flags of ikbt phrase and its subcommands.
type phraseOptions struct {
	module    int
	next      int
	date      string
	score     int
	challenge string
	program   string
	file      string
}

func newPhraseCmd(g *globals) *cobra.Command {
	o := &phraseOptions{}
	cmd := &cobra.Command{
		Use:   "phrase CODE",
		Short: "Print the text of a journal phrase (frasminne) for Cosmic",
		Long: `Print the text a Cosmic phrase code stands for, e.g. behint3li or Madrs4.
Codes are found in any case, with å, ä, ö typed as a, a, o (hallarb3).
--module is the module the contact is about (the kbtint codes); --next is
the module assigned (uppint needs --next and --date). They are two values
and never stand in for each other. The code Madrs takes --score and stands
for Madrs0–Madrs6.

Personal phrases are read from --phrases, else $IKBT_PHRASES, else
ikbt/phrases.tsv in the XDG config directory: one phrase a line,
code<TAB>text or code<TAB>sökord<TAB>text.`,
		Example: `  ikbt phrase behint3li
  ikbt phrase uppint --next 4 --date 2026-11-30
  ikbt phrase kbtintli --module 3
  ikbt phrase list
  ikbt phrase expand utkast.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usertext.Errorf(g.userLang(), usertext.T.Phrase.NameOne)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			set := o.load(cmd, lang)
			p, err := o.params(cmd, lang)
			if err != nil {
				return err
			}
			if err := o.swapped(cmd, set, args[0], lang); err != nil {
				return err
			}
			text, err := set.Expand(args[0], p)
			if err != nil {
				return usertext.Errorf(lang, usertext.Text{SV: codeMessage(usertext.Swedish, err), EN: codeMessage(usertext.English, err)}).Wrap(err)
			}
			if err := o.unused(cmd, set, args[0], lang); err != nil {
				return err
			}
			if err := moduleInProgram(set, args[0], p, lang); err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), text)
			return err
		},
	}
	pf := cmd.PersistentFlags()
	pf.IntVar(&o.module, "module", 0, "the module the contact is about (kbtint's modul x)")
	pf.IntVar(&o.next, "next", 0, "the module assigned next (uppint's tilldelas modul x)")
	pf.StringVar(&o.challenge, "challenge", "", "Livsbalansen's challenge area assigned with module 6 (uppintutm), e.g. Gränssättning")
	pf.StringVar(&o.program, "program", "", "the note's program (e.g. oroshjalpen): codes of other programs are refused; expand infers it from a kbtint code")
	pf.StringVar(&o.date, "date", "", "follow-up date for Uppföljning den xx, YYYY-MM-DD")
	pf.IntVar(&o.score, "score", 0, "MADRS-S item 9 score for Madrs (0–6)")
	pf.StringVar(&o.file, "phrases", "", "personal phrase file (default $IKBT_PHRASES, else ikbt/phrases.tsv in the XDG config directory)")
	cmd.AddCommand(newPhraseListCmd(g, o), newPhraseExpandCmd(g, o))
	return cmd
}

// load returns the built-in phrases with the personal file on top; problems
// in that file are reported on stderr and the rest keeps working.
func (o *phraseOptions) load(cmd *cobra.Command, lang usertext.Lang) *phrases.Set {
	path := o.file
	if path == "" {
		path = phrases.PersonalPath()
	} else if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: --phrases %s: %s\n", path, usertext.T.Phrase.PhrasesFile.In(lang))
	}
	set, errs := phrases.Load(path)
	for _, err := range errs {
		fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: %s\n", usertext.T.Phrase.PersonalLine.In(lang, err))
	}
	return set
}

func (o *phraseOptions) params(cmd *cobra.Command, lang usertext.Lang) (phrases.Params, error) {
	var p phrases.Params
	t := usertext.T.Phrase
	if cmd.Flags().Changed("module") {
		if o.module < 1 {
			return p, usertext.At(lang, fmt.Sprintf("--module %d", o.module), t.ModuleFrom1)
		}
		p.Module = o.module
	}
	if cmd.Flags().Changed("next") {
		if o.next < 1 {
			return p, usertext.At(lang, fmt.Sprintf("--next %d", o.next), t.ModuleFrom1)
		}
		p.Next = o.next
	}
	p.Challenge = o.challenge
	if o.program != "" {
		if _, ok := programs.Default().Program(o.program); !ok {
			return p, usertext.At(lang, "--program", t.NotProgram, o.program)
		}
		p.Program = o.program
	}
	if cmd.Flags().Changed("date") {
		d, err := parseDate(lang, "--date", o.date)
		if err != nil {
			return p, err
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
func (o *phraseOptions) unused(cmd *cobra.Command, set *phrases.Set, code string, lang usertext.Lang) error {
	takes := map[phrases.Param]bool{phrases.ParamScore: true} // the Madrs family code
	if ph, err := set.Lookup(code); err == nil {
		takes = map[phrases.Param]bool{}
		for _, q := range ph.Params() {
			takes[q] = true
		}
	}
	for flag, q := range map[string]phrases.Param{"module": phrases.ParamModule, "next": phrases.ParamNext, "date": phrases.ParamDate,
		"score": phrases.ParamScore, "challenge": phrases.ParamChallenge} {
		if cmd.Flags().Changed(flag) && !takes[q] {
			return usertext.Errorf(lang, usertext.T.Phrase.TakesNo, code, flag)
		}
	}
	return nil
}

// swapped names the right flag when --module and --next are mixed up
// (uppint --module 4), before the generic "takes no --module".
func (o *phraseOptions) swapped(cmd *cobra.Command, set *phrases.Set, code string, lang usertext.Lang) error {
	ph, err := set.Lookup(code)
	if err != nil {
		return nil
	}
	takes := map[phrases.Param]bool{}
	for _, q := range ph.Params() {
		takes[q] = true
	}
	switch {
	case cmd.Flags().Changed("module") && !takes[phrases.ParamModule] && takes[phrases.ParamNext]:
		return usertext.Errorf(lang, usertext.T.Note.ModuleNotNext, code)
	case cmd.Flags().Changed("next") && !takes[phrases.ParamNext] && takes[phrases.ParamModule]:
		return usertext.Errorf(lang, usertext.T.Note.NextNotModule, code)
	}
	return nil
}

// moduleInProgram refuses a --module beyond the program of a program's own
// code (kbtintli --module 9: Livsbalansen has 8 modules), or beyond every
// program for a code that serves them all (uppint), rather than print a
// module that does not exist.
func moduleInProgram(set *phrases.Set, code string, p phrases.Params, lang usertext.Lang) error {
	ph, err := set.Lookup(code)
	if err != nil || ph.Track != "" {
		return nil
	}
	flag := "--module"
	n := p.Module
	if p.Next > n {
		flag, n = "--next", p.Next
	}
	if n == 0 {
		return nil
	}
	most, name := 0, ""
	for _, pr := range programs.Default().Programs() {
		if (ph.Program == "" || pr.ID == ph.Program) && pr.Total() > most {
			most, name = pr.Total(), pr.Name
		}
	}
	switch {
	case most == 0 || n <= most:
		return nil
	case ph.Program == "":
		return usertext.At(lang, fmt.Sprintf("%s %d", flag, n), usertext.T.Phrase.NoProgramHasMore, most, code)
	}
	return usertext.At(lang, fmt.Sprintf("%s %d", flag, n), usertext.T.Phrase.ProgramHas, name, most, code)
}

func newPhraseListCmd(g *globals, o *phraseOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List every phrase code with its sökord, program and the start of its text",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			return writePhraseList(cmd.OutOrStdout(), o.load(cmd, lang).List(), lang)
		},
	}
}

// listTextRunes is how much of a phrase's text the list shows.
const listTextRunes = 60

func writePhraseList(w io.Writer, list []phrases.Phrase, lang usertext.Lang) error {
	t := usertext.T.Phrase
	all, ours, personal := t.All.In(lang), t.Ours.In(lang), t.Personal.In(lang)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, t.ListHead.In(lang))
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

func newPhraseExpandCmd(g *globals, o *phraseOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "expand FILE|-",
		Short: "Print a draft with every phrase code in it expanded",
		Long: `Print the draft in FILE (or stdin for -) with every phrase code that stands
as a word expanded; all other text is printed byte for byte as it was.
A code whose parameter is missing is left as typed and reported on stderr
with its line and column, and the exit status is 1.

The note's program is --program, else the program of the draft's kbtint
code. Then a code of another program (behint3li in an Oroshjälpen note) and
a word that looks like a code but is none (behint9o) are left as typed and
named on stderr with the nearest codes, and the exit status is 1.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			set := o.load(cmd, lang)
			p, err := o.params(cmd, lang)
			if err != nil {
				return err
			}
			name, draft, err := readDraft(cmd, args[0])
			if err != nil {
				return err
			}
			if p.Program == "" {
				if p.Program, err = draftProgram(set, draft, lang); err != nil {
					return err
				}
			}
			out, errs := set.ExpandText(draft, p)
			if _, err := io.WriteString(cmd.OutOrStdout(), out); err != nil {
				return err
			}
			return reportCodes(cmd, lang, name, errs)
		},
	}
}

// draftProgram is the program of the draft's Kontaktorsak codes (kbtintli
// is Livsbalansen), "" when it has none; two programs is an error.
func draftProgram(set *phrases.Set, draft string, lang usertext.Lang) (string, error) {
	found := ""
	for _, w := range strings.Fields(draft) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) })
		ph, err := set.Lookup(w)
		if err != nil || ph.Sokord != "Kontaktorsak" || ph.Program == "" {
			continue
		}
		if found != "" && found != ph.Program {
			return "", usertext.Errorf(lang, usertext.T.Note.TwoPrograms, found, ph.Program)
		}
		found = ph.Program
	}
	return found, nil
}
