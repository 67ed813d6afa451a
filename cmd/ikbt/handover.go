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
	"github.com/ikbt/ikbt/worklist"
)

func init() { subcommands = append(subcommands, newHandoverCmd) }

func newHandoverCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "handover", Short: "Change of clinician and handover to another unit (manual 8.1–8.3)"}
	cmd.AddCommand(handoverChecks(g), handoverClinician(g), handoverStart(g), handoverReceive(g), handoverList(g),
		handoverAccept(g), handoverDecline(g), handoverOutcome(g))
	return cmd
}

// printChecks lists what blocks handing moment m over; it reports whether anything does.
func printChecks(w io.Writer, lang string, h worklist.HandoverChecks) bool {
	if h.Clear() {
		return false
	}
	sv := lang != "en"
	for _, f := range h.OpenFlags {
		if sv {
			fmt.Fprintf(w, "  %s: öppen flagga %s (%s)\n", h.Moment, f.Kind, f.Raised)
		} else {
			fmt.Fprintf(w, "  %s: open flag %s (%s)\n", h.Moment, f.Kind, f.Raised)
		}
	}
	if h.UnwrittenNotes > 0 {
		if sv {
			fmt.Fprintf(w, "  %s: %d anteckningar inte kopierade till Cosmic\n", h.Moment, h.UnwrittenNotes)
		} else {
			fmt.Fprintf(w, "  %s: %d notes not copied to Cosmic\n", h.Moment, h.UnwrittenNotes)
		}
	}
	if h.UnnotedContacts > 0 {
		if sv {
			fmt.Fprintf(w, "  %s: %d kontakter efter senaste anteckningen\n", h.Moment, h.UnnotedContacts)
		} else {
			fmt.Fprintf(w, "  %s: %d contacts after the latest note\n", h.Moment, h.UnnotedContacts)
		}
	}
	if h.PendingFeedback != nil {
		if sv {
			fmt.Fprintf(w, "  %s: återkoppling väntar (senast %s)\n", h.Moment, h.PendingFeedback.Due)
		} else {
			fmt.Fprintf(w, "  %s: feedback pending (due %s)\n", h.Moment, h.PendingFeedback.Due)
		}
	}
	return true
}

// printClear says that nothing blocks handing moment over.
func printClear(w io.Writer, lang, moment string) {
	if lang == "en" {
		fmt.Fprintf(w, "  %s: nothing blocks\n", moment)
	} else {
		fmt.Fprintf(w, "  %s: inget hindrar\n", moment)
	}
}

// checksOf computes the 8.2.1 checks of moments.
func checksOf(lc *lctx, ids []string) ([]worklist.HandoverChecks, error) {
	var out []worklist.HandoverChecks
	cat := programs.Default()
	for _, id := range ids {
		m, _, err := lc.s.Moment(id)
		if err != nil {
			return nil, explain(lc.lang, err)
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
			fmt.Fprint(w, say(lc.lang, "handover.blocked"))
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
		return fmt.Errorf("%s", say(lc.lang, "handover.confirm"))
	}
	return nil
}

func handoverChecks(g *globals) *cobra.Command {
	var clinician string
	c := &cobra.Command{
		Use:   "checks [MOMENT…] [--clinician NAME]",
		Short: "What blocks handing over: open flags, notes not written, pending feedback (8.2.1; --clinician for 8.3)",
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			var cs []worklist.HandoverChecks
			if clinician != "" {
				all, err := lc.s.Export()
				if err != nil {
					return err
				}
				cs = worklist.ClinicianMoments(all, programs.Default(), clinician, lc.today)
			} else if cs, err = checksOf(lc, args); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, c := range cs {
				if !printChecks(out, lc.lang, c) {
					printClear(out, lc.lang, c.Moment)
				}
			}
			return nil
		},
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
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			if err := confirmChecks(cmd.OutOrStdout(), lc, args, confirm); err != nil {
				return err
			}
			m, _, err := lc.s.Moment(args[0])
			if err != nil {
				return explain(lc.lang, err)
			}
			if _, err := lc.s.ChangeClinician(args[0], m.Version, to, told, lc.today); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.clinician", args[0], to))
			return nil
		},
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
		RunE: func(cmd *cobra.Command, args []string) error {
			args = handoverIDs(args, moments)
			if len(args) == 0 {
				return fmt.Errorf("start: name the moments (MOMENT… or --moments ID,ID…)")
			}
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			if out == "" {
				return fmt.Errorf("--out: where to write the handover file")
			}
			abs, err := filepath.Abs(out)
			if err != nil {
				return err
			}
			if err := confirmChecks(cmd.OutOrStdout(), lc, args, confirm); err != nil {
				return err
			}
			h, err := lc.s.StartHandover(storeHandoverRequest(args, fromUnit, toUnit, clinician, consent, lc.today, abs))
			if err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.written", h.ID, h.ToUnit, abs, len(h.Moments), strings.Join(h.Moments, ", ")))
			return nil
		},
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
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, true)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			h, err := lc.s.ReceiveHandover(data, programs.Default())
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], explain(lc.lang, err))
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.received", h.ID, h.FromUnit, len(h.Moments)))
			return nil
		},
	}
}

func handoverList(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "Every handover in the file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			hs, err := lc.s.Handovers()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			head := "ID\tRIKTNING\tMOMENT\tFRÅN\tTILL\tSTARTAD\tLÄGE\tUTFALL"
			if lc.lang == "en" {
				head = "ID\tDIRECTION\tMOMENTS\tFROM\tTO\tSTARTED\tSTATE\tOUTCOME"
			}
			fmt.Fprintln(tw, head)
			for _, h := range hs {
				from, to := h.FromUnit, h.ToUnit
				if h.Direction == caseload.HandoverSame {
					from, to = h.FromClinician, h.ToClinician
				}
				fmt.Fprintf(tw, "%s\t%s\t%v\t%s\t%s\t%s\t%s\t%s\n", h.ID, h.Direction, h.Moments, from, to, h.Started, stateLabel(lc.lang, h.State), h.Outcome)
			}
			return tw.Flush()
		},
	}
}

func stateLabel(lang string, s caseload.HandoverState) string {
	if lang == "en" {
		return string(s)
	}
	return map[caseload.HandoverState]string{caseload.HandoverPending: "överlämning pågår", caseload.HandoverAccepted: "överlämnad",
		caseload.HandoverDeclined: "avböjd", caseload.HandoverCancelled: "avbruten"}[s]
}

func handoverAccept(g *globals) *cobra.Command {
	var clinician string
	c := &cobra.Command{
		Use:   "accept ID --clinician NAME",
		Short: "Accept a received handover and assign a clinician (8.2.3)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			if err := lc.s.AcceptHandover(args[0], clinician, lc.today, programs.Default()); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.accepted", args[0], clinician))
			return nil
		},
	}
	c.Flags().StringVar(&clinician, "clinician", "", "the clinician who takes over")
	return c
}

func handoverDecline(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "decline ID",
		Short: "Decline a received handover (8.2.4)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			if err := lc.s.DeclineHandover(args[0], lc.today); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.declined", args[0]))
			return nil
		},
	}
}

func handoverOutcome(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "outcome ID accepted|declined|cancelled",
		Short: "On the sending side: record what the receiving unit did, or cancel (8.2.2)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			st := caseload.HandoverState(args[1])
			if err := lc.s.HandoverOutcome(args[0], st, lc.today); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "handover.outcome", args[0], stateLabel(lc.lang, st)))
			return nil
		},
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
