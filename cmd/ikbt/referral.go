package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newReferralCmd) }

func newReferralCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "referral", Short: "Referrals and assessment before the start (manual 3.4–3.5)", RunE: group}
	cmd.AddCommand(referralAdd(g), referralList(g), referralStep(g), referralCheck(g), referralAnswer(g), referralFlag(g), referralDecide(g))
	return cmd
}

func referralAdd(g *globals) *cobra.Command {
	var pnr, name, referred, from, clinician, id string
	c := &cobra.Command{
		Use:   "add --pnr PERSONNUMMER --name NAME [--referred DATE] [--from REMITTENT]",
		Short: "Add a referral that arrived in Cosmic (3.5.1)",
		Args:  noArgs,
		RunE: withStore(g, true, func(lc *lctx, _ []string) error {
			n, err := personnummer.Parse(pnr)
			if err != nil {
				return usertext.At(lc.lang, "--pnr", *usertext.ImportPNR, personnummer.MaskRaw(pnr), err).Wrap(err)
			}
			if strings.TrimSpace(name) == "" {
				return lc.fail("--name", usertext.T.General.Missing)
			}
			d, err := lc.day("referred", referred)
			if err != nil {
				return err
			}
			id, err := lc.s.AddReferral(caseload.Patient{PNR: n, Name: name}, caseload.Referral{ID: id, Referred: d, From: from, Clinician: clinician})
			if err != nil {
				return err
			}
			lc.say(usertext.T.Referral.Added, id, name, n.Masked(), lc.s.Path())
			return nil
		}),
	}
	f := c.Flags()
	f.StringVar(&pnr, "pnr", "", "personnummer (12 digits)")
	f.StringVar(&name, "name", "", "the patient's name")
	f.StringVar(&referred, "referred", "", "day the referral arrived (default --today)")
	f.StringVar(&from, "from", "", "who referred")
	f.StringVar(&clinician, "clinician", "", "the clinician who assesses")
	f.StringVar(&id, "id", "", "referral id (default R-YYYYMMDD-N)")
	return c
}

func referralList(g *globals) *cobra.Command {
	var asJSON bool
	var clinician string
	c := &cobra.Command{
		Use:   "list",
		Short: "Undecided referrals with their next step and days waiting, overdue first",
		Args:  noArgs,
		RunE: withStore(g, false, func(lc *lctx, _ []string) error {
			w, err := lc.s.Assessments(lc.today, clinician)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(lc.out)
				enc.SetIndent("", "  ")
				return enc.Encode(w.Assessments)
			}
			tw := tabwriter.NewWriter(lc.out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, usertext.T.Referral.ListHead.In(lc.lang))
			for _, r := range w.Assessments {
				wait := strconv.Itoa(r.DaysWaiting) + " d"
				if r.OverGuarantee {
					wait += " !"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", r.Referral, r.Name, personnummer.Number(r.PNR).Masked(), wait,
					stepLabel(lc.lang, r.Step), r.Due, r.DaysOverdue, r.OpenFlags)
			}
			return tw.Flush()
		}),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "write the rows as JSON (the worklist's key assessments)")
	c.Flags().StringVar(&clinician, "clinician", "", "only this clinician's referrals")
	return c
}

// stepLabel names a referral's next step.
func stepLabel(lang usertext.Lang, s lifecycle.Step) string {
	t := usertext.T.Referral
	l, ok := map[lifecycle.Step]usertext.Text{lifecycle.StepContact: t.StepContact, lifecycle.StepBook: t.StepBook,
		lifecycle.StepForms: t.StepForms, lifecycle.StepVisit: t.StepVisit, lifecycle.StepDecide: t.StepDecide}[s]
	if !ok {
		return string(s)
	}
	return l.In(lang)
}

func referralStep(g *globals) *cobra.Command {
	var on, forms string
	c := &cobra.Command{
		Use:   "step ID contacted|booked|forms|held [--on DATE] [--forms MADRS-S,GAD-7]",
		Short: "Record a step: contacted (3.5.2), visit booked for --on, forms sent (3.5.4), visit held (3.5.5)",
		Args:  exactArgs(2),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			d, err := lc.day("on", on)
			if err != nil {
				return err
			}
			var fs []string
			if forms != "" {
				fs = strings.Split(forms, ",")
			}
			if err := lc.s.ReferralStep(args[0], args[1], d, fs); err != nil {
				return err
			}
			lc.say(usertext.T.Referral.Step, args[0], doneLabel(lc.lang, args[1]), d)
			return nil
		}),
	}
	c.Flags().StringVar(&on, "on", "", "the day (default --today; for booked, the day of the visit)")
	c.Flags().StringVar(&forms, "forms", "", "instruments sent in Formulär 1177, comma-separated")
	return c
}

func referralCheck(g *globals) *cobra.Command {
	var note string
	c := &cobra.Command{
		Use:   "check ID QUESTION ja|nej [--note TEXT]",
		Short: "Answer a question (1–13) of checklist 3.4",
		Args:  exactArgs(3),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			if err := lc.s.SetReferralCheck(args[0], caseload.Check{Key: args[1], Answer: args[2], Note: note}); err != nil {
				return err
			}
			obs := ""
			if o, _ := lifecycle.Observandum(args[1], args[2]); o {
				obs = usertext.T.Referral.Obs.In(lc.lang)
			}
			lc.say(usertext.T.Referral.Check, args[0], args[1], args[2], obs)
			return nil
		}),
	}
	c.Flags().StringVar(&note, "note", "", "a note to the answer")
	return c
}

func referralAnswer(g *globals) *cobra.Command {
	var instrument, items, at string
	c := &cobra.Command{
		Use:   "answer ID --instrument MADRS-S --items 2,1,3,… [--at YYYY-MM-DDTHH:MM]",
		Short: "Record an answer given during the assessment (raises the red flag like any other)",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			stamp := lc.today.Start().Add(12 * 3600e9)
			if at != "" {
				var err error
				if stamp, err = parseStamp(lc.lang, "--at", at); err != nil {
					return err
				}
			}
			m := caseload.Measurement{Instrument: instrument, Answered: stamp, Total: -1, Item9: -1}
			for i, s := range strings.Split(items, ",") {
				v, err := strconv.Atoi(strings.TrimSpace(s))
				if err != nil {
					return lc.fail("--items", usertext.T.Referral.ItemNotWhole, i+1, s)
				}
				m.Items = append(m.Items, v)
			}
			if err := lc.s.AddReferralMeasurement(args[0], m); err != nil {
				return err
			}
			lc.say(usertext.T.Referral.Answer, args[0], instrument, stamp)
			r, _, err := lc.s.Referral(args[0])
			if err != nil {
				return err
			}
			for _, x := range r.Measurements {
				if x.Answered == stamp && x.Instrument == instrument && x.Item9 >= 4 {
					lc.say(usertext.T.Referral.RedFlag, x.Item9)
				}
			}
			return nil
		}),
	}
	c.Flags().StringVar(&instrument, "instrument", "", "instrument id, e.g. MADRS-S, GAD-7, PHQ-9")
	c.Flags().StringVar(&items, "items", "", "item scores in order, comma-separated")
	c.Flags().StringVar(&at, "at", "", "when it was answered (default --today 12:00)")
	return c
}

func referralFlag(g *globals) *cobra.Command {
	var by, note string
	c := &cobra.Command{
		Use:   "handle-flag ID REF --by NAME [--note TEXT]",
		Short: "Record that the red flag of an assessment answer (REF: its answered time) was handled",
		Args:  exactArgs(2),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			ref, err := parseStamp(lc.lang, "REF", args[1])
			if err != nil {
				return err
			}
			f := caseload.Flag{Kind: caseload.FlagMADRS9, Ref: ref.String(), Raised: ref.Date(), HandledBy: by, Note: note,
				HandledAt: lc.today.Start().Add(12 * 3600e9)}
			if err := lc.s.HandleReferralFlag(args[0], f); err != nil {
				return err
			}
			lc.say(usertext.T.Referral.Flag, args[0], ref)
			return nil
		}),
	}
	c.Flags().StringVar(&by, "by", "", "who handled it")
	c.Flags().StringVar(&note, "note", "", "what was done")
	return c
}

func referralDecide(g *globals) *cobra.Command {
	var yes, no bool
	var reason, moment, program, feedbackDay, start, diagnosis string
	c := &cobra.Command{
		Use:   "decide ID --yes --moment ID --program P --feedback-day DAY [--start DATE] | --no --reason TEXT",
		Short: "Decide after the assessment (3.5.5): IKBT starts the moment with its start battery, or not, with a reason",
		Args:  exactArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			d, err := lc.day("start", start)
			if err != nil {
				return err
			}
			switch {
			case yes == no:
				return lc.fail("", usertext.T.Referral.YesOrNo)
			case no:
				if err := lc.s.DecideNo(args[0], d, reason); err != nil {
					return err
				}
				lc.say(usertext.T.Referral.No, args[0], reason)
				return nil
			}
			wd, err := store.ParseWeekday(feedbackDay)
			if err != nil {
				return lc.fail("--feedback-day", usertext.T.General.NotAWeekday, feedbackDay).Wrap(err)
			}
			m := caseload.Moment{ID: moment, Program: program, Started: d, FeedbackDay: wd, Diagnosis: diagnosis, Status: caseload.Active}
			if err := lc.s.DecideYes(args[0], m, programs.Default()); err != nil {
				return err
			}
			lc.say(usertext.T.Referral.Yes, args[0], moment, d)
			return nil
		}),
	}
	f := c.Flags()
	f.BoolVar(&yes, "yes", false, "IKBT: start the moment")
	f.BoolVar(&no, "no", false, "not IKBT")
	f.StringVar(&reason, "reason", "", "why not IKBT")
	f.StringVar(&moment, "moment", "", "the moment's id (as in SoB)")
	f.StringVar(&program, "program", "", "program id, e.g. oroshjalpen")
	f.StringVar(&feedbackDay, "feedback-day", "", "the agreed weekday for feedback")
	f.StringVar(&start, "start", "", "the day the moment starts (default --today)")
	f.StringVar(&diagnosis, "diagnosis", "", "ICD-10 code")
	return c
}

// doneLabel names a recorded step.
func doneLabel(lang usertext.Lang, step string) string {
	t := usertext.T.Referral
	l, ok := map[string]usertext.Text{store.StepContacted: t.DoneContacted, store.StepBooked: t.DoneBooked,
		store.StepFormsSent: t.DoneFormsSent, store.StepHeld: t.DoneHeld}[step]
	if !ok {
		return step
	}
	return l.In(lang)
}
