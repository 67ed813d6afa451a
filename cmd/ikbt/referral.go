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
)

func init() { subcommands = append(subcommands, newReferralCmd) }

// ctx is what every lifecycle command needs: language, day and the file.
type lctx struct {
	lang  string
	today caseload.Date
	s     *store.Store
}

func lifecycleCtx(g *globals, create bool) (*lctx, error) {
	lang, err := g.Lang()
	if err != nil {
		return nil, err
	}
	today, err := g.Today()
	if err != nil {
		return nil, err
	}
	s, err := openStore(g, create)
	if err != nil {
		return nil, err
	}
	return &lctx{lang: lang, today: today, s: s}, nil
}

// dayFlag reads a date flag, defaulting to --today.
func (c *lctx) day(flag, s string) (caseload.Date, error) {
	if s == "" {
		return c.today, nil
	}
	d, err := caseload.ParseDate(s)
	if err != nil {
		return d, fmt.Errorf("--%s: %w", flag, err)
	}
	return d, nil
}

func newReferralCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "referral", Short: "Referrals and assessment before the start (manual 3.4–3.5)"}
	cmd.AddCommand(referralAdd(g), referralList(g), referralStep(g), referralCheck(g), referralAnswer(g), referralFlag(g), referralDecide(g))
	return cmd
}

func referralAdd(g *globals) *cobra.Command {
	var pnr, name, referred, from, clinician, id string
	c := &cobra.Command{
		Use:   "add --pnr PERSONNUMMER --name NAME [--referred DATE] [--from REMITTENT]",
		Short: "Add a referral that arrived in Cosmic (3.5.1)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lc, err := lifecycleCtx(g, true)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			n, err := personnummer.Parse(pnr)
			if err != nil {
				return fmt.Errorf("--pnr: %w", err)
			}
			if strings.TrimSpace(name) == "" {
				return fmt.Errorf("--name: missing")
			}
			d, err := lc.day("referred", referred)
			if err != nil {
				return err
			}
			id, err := lc.s.AddReferral(caseload.Patient{PNR: n, Name: name}, caseload.Referral{ID: id, Referred: d, From: from, Clinician: clinician})
			if err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.added", id, name, n.Masked(), lc.s.Path()))
			return nil
		},
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
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			w, err := lc.s.Worklist(programs.Default(), lc.today, clinician)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(w.Assessments)
			}
			head := "REMISS\tNAMN\tPERSONNUMMER\tVÄNTAT\tNÄSTA STEG\tSENAST\tFÖRSENAD\tFLAGGOR"
			if lc.lang == "en" {
				head = "REFERRAL\tNAME\tPERSONNUMMER\tWAITING\tNEXT STEP\tDUE\tOVERDUE\tFLAGS"
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, head)
			for _, r := range w.Assessments {
				wait := strconv.Itoa(r.DaysWaiting) + " d"
				if r.OverGuarantee {
					wait += " !"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", r.Referral, r.Name, personnummer.Number(r.PNR).Masked(), wait,
					stepLabel(lc.lang, r.Step), r.Due, r.DaysOverdue, r.OpenFlags)
			}
			return tw.Flush()
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "write the rows as JSON (the worklist's key assessments)")
	c.Flags().StringVar(&clinician, "clinician", "", "only this clinician's referrals")
	return c
}

// stepLabel names a referral's next step.
func stepLabel(lang string, s lifecycle.Step) string {
	sv := map[lifecycle.Step]string{lifecycle.StepContact: "kontakta (3.5.2)", lifecycle.StepBook: "boka bedömningsbesök",
		lifecycle.StepForms: "skicka formulär (3.5.4)", lifecycle.StepVisit: "bedömningsbesök (3.5.5)", lifecycle.StepDecide: "beslut"}
	en := map[lifecycle.Step]string{lifecycle.StepContact: "contact (3.5.2)", lifecycle.StepBook: "book assessment visit",
		lifecycle.StepForms: "send forms (3.5.4)", lifecycle.StepVisit: "assessment visit (3.5.5)", lifecycle.StepDecide: "decide"}
	if lang == "en" {
		return en[s]
	}
	return sv[s]
}

func referralStep(g *globals) *cobra.Command {
	var on, forms string
	c := &cobra.Command{
		Use:   "step ID contacted|booked|forms|held [--on DATE] [--forms MADRS-S,GAD-7]",
		Short: "Record a step: contacted (3.5.2), visit booked for --on, forms sent (3.5.4), visit held (3.5.5)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			d, err := lc.day("on", on)
			if err != nil {
				return err
			}
			var fs []string
			if forms != "" {
				fs = strings.Split(forms, ",")
			}
			if err := lc.s.ReferralStep(args[0], args[1], d, fs); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.step", args[0], doneLabel(lc.lang, args[1]), d))
			return nil
		},
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
		Args:  cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			if err := lc.s.SetReferralCheck(args[0], caseload.Check{Key: args[1], Answer: args[2], Note: note}); err != nil {
				return explain(lc.lang, err)
			}
			obs := ""
			if o, _ := lifecycle.Observandum(args[1], args[2]); o {
				obs = say(lc.lang, "referral.obs")
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.check", args[0], args[1], args[2], obs))
			return nil
		},
	}
	c.Flags().StringVar(&note, "note", "", "a note to the answer")
	return c
}

func referralAnswer(g *globals) *cobra.Command {
	var instrument, items, at string
	c := &cobra.Command{
		Use:   "answer ID --instrument MADRS-S --items 2,1,3,… [--at YYYY-MM-DDTHH:MM]",
		Short: "Record an answer given during the assessment (raises the red flag like any other)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			stamp := lc.today.Start().Add(12 * 3600e9)
			if at != "" {
				if stamp, err = caseload.ParseStamp(at); err != nil {
					return fmt.Errorf("--at: %w", err)
				}
			}
			m := caseload.Measurement{Instrument: instrument, Answered: stamp, Total: -1, Item9: -1}
			for i, s := range strings.Split(items, ",") {
				v, err := strconv.Atoi(strings.TrimSpace(s))
				if err != nil {
					return fmt.Errorf("--items: item %d: %q is not a whole number", i+1, s)
				}
				m.Items = append(m.Items, v)
			}
			if err := lc.s.AddReferralMeasurement(args[0], m); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.answer", args[0], instrument, stamp))
			r, _, err := lc.s.Referral(args[0])
			if err != nil {
				return err
			}
			for _, x := range r.Measurements {
				if x.Answered == stamp && x.Instrument == instrument && x.Item9 >= 4 {
					fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.redflag", x.Item9))
				}
			}
			return nil
		},
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
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			ref, err := caseload.ParseStamp(args[1])
			if err != nil {
				return fmt.Errorf("REF: %w", err)
			}
			f := caseload.Flag{Kind: caseload.FlagMADRS9, Ref: ref.String(), Raised: ref.Date(), HandledBy: by, Note: note,
				HandledAt: lc.today.Start().Add(12 * 3600e9)}
			if err := lc.s.HandleReferralFlag(args[0], f); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.flag", args[0], ref))
			return nil
		},
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
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			d, err := lc.day("start", start)
			if err != nil {
				return err
			}
			switch {
			case yes == no:
				return fmt.Errorf("give --yes or --no")
			case no:
				if err := lc.s.DecideNo(args[0], d, reason); err != nil {
					return explain(lc.lang, err)
				}
				fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.no", args[0], reason))
				return nil
			}
			wd, err := store.ParseWeekday(feedbackDay)
			if err != nil {
				return fmt.Errorf("--feedback-day: %w", err)
			}
			m := caseload.Moment{ID: moment, Program: program, Started: d, FeedbackDay: wd, Diagnosis: diagnosis, Status: caseload.Active}
			if err := lc.s.DecideYes(args[0], m, programs.Default()); err != nil {
				return explain(lc.lang, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), say(lc.lang, "referral.yes", args[0], moment, d))
			return nil
		},
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
func doneLabel(lang, step string) string {
	l, ok := map[string][2]string{store.StepContacted: {"kontaktad", "contacted"}, store.StepBooked: {"bedömningsbesök bokat till", "assessment visit booked for"},
		store.StepFormsSent: {"formulär skickade", "forms sent"}, store.StepHeld: {"bedömningsbesök hållet", "assessment visit held"}}[step]
	if !ok {
		return step
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}
