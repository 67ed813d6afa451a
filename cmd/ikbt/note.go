package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newNoteCmd) }

func newNoteCmd(g *globals) *cobra.Command {
	var kind, draft, contact, file string
	cmd := &cobra.Command{
		Use:   "note MOMENT-ID",
		Short: "Print the journal note of a moment for Cosmic, as the composer prefills it",
		Long: `Print, as plain text for Cosmic, the note the composer would prefill for
the moment on --today: one "Sökord: text" block per sökord in the order of
the template "Besök psykisk hälsa" (manual 7.1.2).

--kind chooses the note: feedback (weekly feedback), flag (contact after a
handled red flag), reminder (missed agreed day or inactivity), start,
closing, followup or free. Without it, the closing note of a closed moment,
the flag note on the day a red flag was handled, the start note before any
module is done, else the feedback note.

--draft FILE (or - for stdin) prints a draft instead, with every phrase code
expanded with this moment's values (modul = the module the contact is about,
the module assigned, the follow-up date, MADRS-S item 9). Unknown codes and
codes of another program are left as typed and named on stderr with the
nearest codes; the exit status is then 1.`,
		Example: `  ikbt note m-1
  ikbt note m-1 --kind flag --contact telefon
  ikbt note m-1 --draft utkast.txt`,
		Args: exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			lang, today, s, cmd := lc.lang, lc.today, lc.s, lc.cmd
			t := usertext.T.Note
			id := args[0]
			m, _, err := s.Moment(id)
			if errors.Is(err, store.ErrNotFound) {
				return usertext.Errorf(lang, t.NoMoment, id, s.Path()).Wrap(err)
			}
			if err != nil {
				return err
			}
			k := phrases.SuggestKind(&m, today)
			if cmd.Flags().Changed("kind") {
				if k, err = phrases.ParseKind(kind); err != nil {
					return lc.fail("--kind", t.BadKind, kind)
				}
			}
			set := phraseSet(cmd, file, lang)
			r, err := phrases.RequestFor(programs.Default(), &m, k, today)
			if err != nil {
				return noteMessage(lang, id, k, m.Program, err)
			}
			if cmd.Flags().Changed("contact") {
				c := phrases.Contact(contact)
				if c.Label() == "" {
					return lc.fail("--contact", t.BadContact, contact)
				}
				r.Contact = c
			}
			out := cmd.OutOrStdout()
			if draft == "" {
				n, err := set.Build(r)
				if err != nil {
					return noteMessage(lang, id, k, m.Program, err)
				}
				_, err = fmt.Fprintln(out, n.Text())
				return err
			}
			name, text, err := readDraft(cmd, draft)
			if err != nil {
				return err
			}
			expanded, errs := set.ExpandText(text, r.Params())
			if _, err := io.WriteString(out, expanded); err != nil {
				return err
			}
			return reportCodes(cmd, lang, name, errs)
		}),
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", "feedback, flag, reminder, start, closing, followup or free")
	f.StringVar(&draft, "draft", "", "expand the codes of this draft (- reads stdin) with the moment's values")
	f.StringVar(&contact, "contact", "", "how the contact took place: skriftlig (default), telefon, video or besok")
	f.StringVar(&file, "phrases", "", "personal phrase file (default $IKBT_PHRASES, else ikbt/phrases.tsv in the XDG config directory)")
	return cmd
}

// phraseSet is the built-in phrases with the personal file over them;
// problems in that file are reported on stderr and the rest keeps working.
func phraseSet(cmd *cobra.Command, file string, lang usertext.Lang) *phrases.Set {
	return (&phraseOptions{file: file}).load(cmd, lang)
}

// readDraft reads FILE, or stdin for -.
func readDraft(cmd *cobra.Command, name string) (string, string, error) {
	var b []byte
	var err error
	if name == "-" {
		name = "stdin"
		b, err = io.ReadAll(cmd.InOrStdin())
	} else {
		b, err = os.ReadFile(name)
	}
	return name, string(b), err
}

// reportCodes names each code left as typed on stderr, as FILE:line:col:
// message, and fails when there was one.
func reportCodes(cmd *cobra.Command, lang usertext.Lang, name string, errs []error) error {
	for _, e := range errs {
		var te *phrases.TextError
		if errors.As(e, &te) {
			fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: %s:%d:%d: %s\n", name, te.Line, te.Col, codeMessage(lang, te.Err))
			continue
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "ikbt: %s: %s\n", name, codeMessage(lang, e))
	}
	if len(errs) > 0 {
		return usertext.At(lang, name, usertext.Text{SV: usertext.T.Note.Left.N(usertext.Swedish, len(errs)),
			EN: usertext.T.Note.Left.N(usertext.English, len(errs))})
	}
	return nil
}
