package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
	"github.com/ikbt/ikbt/worklist"
)

func init() { subcommands = append(subcommands, newHandoverCmd) }

func newHandoverCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "handover", Short: "Change of clinician and handover to another unit (manual 8.1–8.3)", RunE: group}
	cmd.AddCommand(handoverChecks(g), handoverClinician(g), handoverStart(g), handoverReceive(g), handoverList(g),
		handoverAccept(g), handoverDecline(g), handoverOutcome(g))
	return cmd
}

// printChecks lists what blocks handing moment m over; it reports whether anything does.
func printChecks(w io.Writer, lang usertext.Lang, h worklist.HandoverChecks) bool {
	if h.Clear() {
		return false
	}
	t := usertext.T.Handover
	for _, f := range h.OpenFlags {
		fmt.Fprint(w, t.OpenFlag.In(lang, h.Moment, f.Kind, f.Raised))
	}
	if h.UnwrittenNotes > 0 {
		fmt.Fprint(w, t.UnwrittenNotes.N(lang, h.UnwrittenNotes, h.Moment))
	}
	if h.UnnotedContacts > 0 {
		fmt.Fprint(w, t.UnnotedContacts.N(lang, h.UnnotedContacts, h.Moment))
	}
	if h.PendingFeedback != nil {
		fmt.Fprint(w, t.PendingFeedback.In(lang, h.Moment, h.PendingFeedback.Due))
	}
	return true
}

// printClear says that nothing blocks handing moment over.
func printClear(w io.Writer, lang usertext.Lang, moment string) {
	fmt.Fprint(w, usertext.T.Handover.NothingBlocks.In(lang, moment))
}

// checksOf computes the 8.2.1 checks of moments.
func checksOf(lc *lctx, ids []string) ([]worklist.HandoverChecks, error) {
	var out []worklist.HandoverChecks
	cat := programs.Default()
	for _, id := range ids {
		m, _, err := lc.s.Moment(id)
		if err != nil {
			return nil, explain(lc.lang, id, err)
		}
		prog, _ := cat.Program(m.Program)
		out = append(out, worklist.CheckHandover(m, prog, lc.today))
	}
	return out, nil
}

// confirmChecks prints the checks and refuses to go on unless they are
// clear or confirmed.
func confirmChecks(w io.Writer, lc *lctx, ids []string, confirmed bool) error {
	cs, err := checksOf(lc, ids)
	if err != nil {
		return err
	}
	blocked := false
	for _, c := range cs {
		if !c.Clear() && !blocked {
			fmt.Fprint(w, usertext.T.Handover.Blocked.In(lc.lang))
			blocked = true
		}
	}
	// Every moment gets its line, a clear one too: the clinician sees
	// exactly which moments the handover holds (issue 16).
	for _, c := range cs {
		if !printChecks(w, lc.lang, c) {
			printClear(w, lc.lang, c.Moment)
		}
	}
	if blocked && !confirmed {
		return usertext.Errorf(lc.lang, usertext.T.Handover.Confirm)
	}
	return nil
}

func handoverChecks(g *globals) *cobra.Command {
	var clinician string
	c := &cobra.Command{
		Use:   "checks [MOMENT…] [--clinician NAME]",
		Short: "What blocks handing over: open flags, notes not written, pending feedback (8.2.1; --clinician for 8.3)",
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			var cs []worklist.HandoverChecks
			if clinician != "" {
				mine, err := lc.s.ClinicianOpen(clinician) // issue 18: not the whole file
				if err != nil {
					return err
				}
				cs = worklist.ClinicianMoments(mine, programs.Default(), clinician, lc.today)
			} else {
				var err error
				if cs, err = checksOf(lc, args); err != nil {
					return err
				}
			}
			for _, c := range cs {
				if !printChecks(lc.out, lc.lang, c) {
					printClear(lc.out, lc.lang, c.Moment)
				}
			}
			return nil
		}),
	}
	c.Flags().StringVar(&clinician, "clinician", "", "every open moment of this clinician (8.3)")
	return c
}

func handoverClinician(g *globals) *cobra.Command {
	var to string
	var told, confirm bool
	c := &cobra.Command{
		Use:   "clinician MOMENT --to NAME --told [--confirm]",
		Short: "Give a moment to another clinician of the unit (8.1), after the checks of 8.2.1",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			if err := confirmChecks(lc.out, lc, args, confirm); err != nil {
				return err
			}
			m, _, err := lc.s.Moment(args[0])
			if err != nil {
				return err
			}
			if _, err := lc.s.ChangeClinician(args[0], m.Version, to, told, lc.today); err != nil {
				return err
			}
			lc.say(usertext.T.Handover.Clinician, args[0], to)
			return nil
		}),
	}
	c.Flags().StringVar(&to, "to", "", "the new clinician")
	c.Flags().BoolVar(&told, "told", false, "the patient has been told (8.1)")
	c.Flags().BoolVar(&confirm, "confirm", false, "go on although the checks list something")
	return c
}

func handoverStart(g *globals) *cobra.Command {
	var toUnit, fromUnit, out, clinician string
	var moments []string
	var consent, confirm bool
	c := &cobra.Command{
		Use:   "start MOMENT… [--moments ID,ID…] --to-unit UNIT --consent --out FILE [--confirm]",
		Short: "Hand one or more moments over to another unit (8.2.1): one handover file (mode 0600) holding exactly them, marked pending",
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			args = handoverIDs(args, moments)
			if len(args) == 0 {
				return lc.fail("start", usertext.T.Handover.NoMoments)
			}
			if out == "" {
				return lc.fail("--out", usertext.T.Handover.OutMissing)
			}
			abs, err := filepath.Abs(out)
			if err != nil {
				return err
			}
			if err := confirmChecks(lc.out, lc, args, confirm); err != nil {
				return err
			}
			h, err := lc.s.StartHandover(storeHandoverRequest(args, fromUnit, toUnit, clinician, consent, lc.today, abs))
			if err != nil {
				return err
			}
			lc.sayN(usertext.T.Handover.Written, len(h.Moments), h.ID, h.ToUnit, abs, strings.Join(h.Moments, ", "))
			return nil
		}),
	}
	f := c.Flags()
	f.StringVar(&toUnit, "to-unit", "", "the receiving unit")
	f.StringVar(&fromUnit, "from-unit", "", "this unit")
	f.StringVar(&clinician, "clinician", "", "the clinician handing over")
	f.StringVar(&out, "out", "", "the handover file to write (must not exist)")
	f.StringSliceVar(&moments, "moments", nil, "the moments to hand over, comma-separated (with or instead of the arguments)")
	f.BoolVar(&consent, "consent", false, "the patient has approved the handover (8.2.1)")
	f.BoolVar(&confirm, "confirm", false, "go on although the checks list something")
	return c
}

func handoverReceive(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "receive FILE",
		Short: "Import a handover file into the pending handovers (8.2.3); nothing joins the caseload until accepted",
		Args:  exactArgs(1),
		RunE: withStore(g, true, func(lc *lctx, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			h, err := lc.s.ReceiveHandover(data, programs.Default())
			if err != nil {
				return explain(lc.lang, args[0], err)
			}
			lc.sayN(usertext.T.Handover.Received, len(h.Moments), h.ID, h.FromUnit)
			return nil
		}),
	}
}

func handoverList(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "Every handover in the file",
		Args:  noArgs,
		RunE: withStore(g, false, func(lc *lctx, _ []string) error {
			hs, err := lc.s.Handovers()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(lc.out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, usertext.T.Handover.ListHead.In(lc.lang))
			for _, h := range hs {
				from, to := h.FromUnit, h.ToUnit
				if h.Direction == caseload.HandoverSame {
					from, to = h.FromClinician, h.ToClinician
				}
				fmt.Fprintf(tw, "%s\t%s\t%v\t%s\t%s\t%s\t%s\t%s\n", h.ID, h.Direction, h.Moments, from, to, h.Started, stateLabel(lc.lang, h.State), h.Outcome)
			}
			return tw.Flush()
		}),
	}
}

// stateLabel names a handover's state in lang.
func stateLabel(lang usertext.Lang, s caseload.HandoverState) string {
	t := usertext.T.Handover
	l, ok := map[caseload.HandoverState]usertext.Text{caseload.HandoverPending: t.Pending, caseload.HandoverAccepted: t.AcceptedState,
		caseload.HandoverDeclined: t.DeclinedState, caseload.HandoverCancelled: t.Cancelled}[s]
	if !ok {
		return string(s)
	}
	return l.In(lang)
}

func handoverAccept(g *globals) *cobra.Command {
	var clinician string
	c := &cobra.Command{
		Use:   "accept ID --clinician NAME",
		Short: "Accept a received handover and assign a clinician (8.2.3)",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			if err := lc.s.AcceptHandover(args[0], clinician, lc.today, programs.Default()); err != nil {
				return err
			}
			lc.say(usertext.T.Handover.Accepted, args[0], clinician)
			return nil
		}),
	}
	c.Flags().StringVar(&clinician, "clinician", "", "the clinician who takes over")
	return c
}

func handoverDecline(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "decline ID",
		Short: "Decline a received handover (8.2.4)",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			if err := lc.s.DeclineHandover(args[0], lc.today); err != nil {
				return err
			}
			lc.say(usertext.T.Handover.Declined, args[0])
			return nil
		}),
	}
}

func handoverOutcome(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "outcome ID accepted|declined|cancelled",
		Short: "On the sending side: record what the receiving unit did, or cancel (8.2.2)",
		Args:  exactArgs(2),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			st := caseload.HandoverState(args[1])
			if err := lc.s.HandoverOutcome(args[0], st, lc.today); err != nil {
				return err
			}
			lc.say(usertext.T.Handover.Outcome, args[0], stateLabel(lc.lang, st))
			return nil
		}),
	}
}

// handoverIDs is the moments named as arguments and with --moments, each
// once, in the order given.
func handoverIDs(args, flag []string) []string {
	var out []string
	for _, id := range append(slices.Clone(args), flag...) {
		id = strings.TrimSpace(id)
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func storeHandoverRequest(ids []string, fromUnit, toUnit, clinician string, consent bool, day caseload.Date, path string) store.HandoverRequest {
	return store.HandoverRequest{Moments: ids, FromUnit: fromUnit, ToUnit: toUnit, FromClinician: clinician, Consent: consent, Day: day, Path: path}
}
