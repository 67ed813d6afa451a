package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newClosingCmd) }

func newClosingCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "closing", Short: "The closing phase (manual 3.6.3–3.6.7)", RunE: group}
	cmd.AddCommand(closingShow(g), closingBook(g), closingVisit(g), closingWaive(g), closingSoB(g))
	return cmd
}

// promptText says a closing-phase prompt.
var promptText = map[lifecycle.Prompt]usertext.Text{
	lifecycle.PromptNearEnd:     usertext.T.Closing.PromptNearEnd,
	lifecycle.PromptBookVisit:   usertext.T.Closing.PromptBookVisit,
	lifecycle.PromptVisit:       usertext.T.Closing.PromptVisit,
	lifecycle.PromptMaintenance: usertext.T.Closing.PromptMaintenance,
	lifecycle.PromptCloseSoB:    usertext.T.Closing.PromptCloseSoB,
	lifecycle.PromptGallraSoB:   usertext.T.Closing.PromptGallraSoB,
}

func closingShow(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show MOMENT",
		Short: "The closing-phase prompts of a moment and the closing visit's lines for the note",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			m, _, err := lc.s.Moment(args[0])
			if err != nil {
				return err
			}
			cl, err := lc.s.Closing(args[0])
			if err != nil {
				return err
			}
			total := 0
			if p, ok := programs.Default().Program(m.Program); ok {
				total = p.Total()
			}
			module, _ := m.CurrentModule()
			for _, p := range lifecycle.ClosingPrompts(m, cl, module, total, lc.today) {
				fmt.Fprintf(lc.out, "%s (%s)\n", promptText[p.Prompt].In(lc.lang), p.Due)
			}
			for _, l := range lifecycle.ClosingNoteLines(cl) {
				fmt.Fprintln(lc.out, l)
			}
			return nil
		}),
	}
}

func closingBook(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "book MOMENT DATE",
		Short: "Record the day the closing visit is booked for (3.6.4)",
		Args:  exactArgs(2),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			d, err := parseDate(lc.lang, "DATE", args[1])
			if err != nil {
				return err
			}
			if err := lc.s.BookClosingVisit(args[0], d); err != nil {
				return err
			}
			lc.say(usertext.T.Closing.Booked, args[0], d)
			return nil
		}),
	}
}

func closingVisit(g *globals) *cobra.Command {
	var answers []string
	var on string
	c := &cobra.Command{
		Use:   "visit MOMENT --answer KEY=TEXT … [--on DATE]",
		Short: "Record the closing visit and its answers (3.6.6); keys: " + closingKeys(),
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			d, err := lc.day("on", on)
			if err != nil {
				return err
			}
			var checks []caseload.Check
			for _, a := range answers {
				k, v, ok := strings.Cut(a, "=")
				if !ok {
					return lc.fail("--answer", usertext.T.Closing.AnswerKeyText, a)
				}
				checks = append(checks, caseload.Check{Key: k, Answer: v})
			}
			if err := lc.s.HoldClosingVisit(args[0], d, checks); err != nil {
				return err
			}
			lc.say(usertext.T.Closing.Held, args[0], d)
			return nil
		}),
	}
	c.Flags().StringArrayVar(&answers, "answer", nil, "KEY=TEXT, once per question")
	c.Flags().StringVar(&on, "on", "", "the day of the visit (default --today)")
	return c
}

func closingKeys() string {
	var ks []string
	for _, it := range lifecycle.ClosingItems {
		ks = append(ks, it.Key)
	}
	return strings.Join(ks, ", ")
}

func closingWaive(g *globals) *cobra.Command {
	var reason, by string
	c := &cobra.Command{
		Use:   "waive-followup MOMENT --reason TEXT",
		Short: "Record that no follow-up measurement will come, and why (the moment can be gallrad without it)",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			m, _, err := lc.s.Moment(args[0])
			if err != nil {
				return err
			}
			if by == "" {
				by = m.Clinician
			}
			w := caseload.Waiver{On: lc.today, By: by, Reason: reason}
			if _, err := lc.s.WaiveFollowUp(args[0], m.Version, w); err != nil {
				return err
			}
			lc.say(usertext.T.Closing.Waived, args[0])
			return nil
		}),
	}
	c.Flags().StringVar(&reason, "reason", "", "why the follow-up is not to be done (required)")
	c.Flags().StringVar(&by, "by", "", "who decided (default: the moment's clinician)")
	return c
}

func closingSoB(g *globals) *cobra.Command {
	var closed, gallrad string
	var gallradToday bool
	c := &cobra.Command{
		Use:   "sob MOMENT [--closed DATE] [--gallrad | --gallrad-on DATE]",
		Short: "Record that the moment was closed (and gallrad) in SoB (3.6.7)",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			cd, err := lc.day("closed", closed)
			if err != nil {
				return err
			}
			var gd caseload.Date
			if gallrad != "" || gallradToday {
				if gd, err = lc.day("gallrad-on", gallrad); err != nil {
					return err
				}
			}
			if err := lc.s.RecordSoB(args[0], cd, gd); err != nil {
				return err
			}
			extra := ""
			if !gd.IsZero() {
				extra = usertext.T.Closing.Gallrad.In(lc.lang, gd)
			}
			lc.say(usertext.T.Closing.SoB, args[0], cd, extra)
			return nil
		}),
	}
	c.Flags().StringVar(&closed, "closed", "", "the day it was closed in SoB (default --today)")
	c.Flags().BoolVar(&gallradToday, "gallrad", false, "it was gallrad in SoB too, --today")
	c.Flags().StringVar(&gallrad, "gallrad-on", "", "the day it was gallrad in SoB")
	return c
}
