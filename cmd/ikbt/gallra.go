package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newGallraCmd) }

func newGallraCmd(g *globals) *cobra.Command {
	var yes bool
	var days int
	var dirs []string
	c := &cobra.Command{
		Use:   "gallra [MOMENT-ID|REFERRAL-ID] [--yes]",
		Short: "Without an ID: what may be removed now. With one: remove it and everything it holds (only with --yes)",
		Args:  maxArgs(1),
		RunE: withStore(g, false, func(lc *lctx, args []string) error {
			t := usertext.T.Gallra
			if !lc.cmd.Flags().Changed("days") && g.cfg.gallringDays != nil {
				days = *g.cfg.gallringDays
			}
			if len(args) == 0 {
				// Only what the proposals read (issue 18: not the whole file).
				all, err := lc.s.GallringCaseload()
				if err != nil {
					return err
				}
				names := map[personnummer.Number]string{}
				for _, p := range all.Patients {
					names[p.PNR] = p.Name
				}
				ps := lifecycle.GallringProposals(all, days, lc.today)
				if len(ps) == 0 {
					lc.say(t.None, days)
					return nil
				}
				tw := tabwriter.NewWriter(lc.out, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, t.ListHead.In(lc.lang))
				for _, p := range ps {
					n := personnummer.Number(p.PNR)
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Moment+p.Referral, names[n], n.Masked(), whyText(p.Why).In(lc.lang), p.Since)
				}
				return tw.Flush()
			}
			id := args[0]
			var pnr personnummer.Number
			var name string
			isMoment := false
			m, pt, err := lc.s.Moment(id)
			switch {
			case err == nil:
				pnr, name, isMoment = m.PNR, pt.Name, true
				var cl caseload.Closing
				if m.Closing != nil {
					cl = *m.Closing
				}
				if _, _, ok := lifecycle.Removable(m, cl); !ok {
					return lc.fail(id, t.NotRemovable, statusName(lc.lang, m.Status))
				}
			case errors.Is(err, store.ErrNotFound):
				r, rp, err := lc.s.Referral(id)
				if errors.Is(err, store.ErrNotFound) {
					return lc.fail(id, usertext.T.Store.NotFound).Wrap(store.ErrNotFound)
				}
				if err != nil {
					return err
				}
				if r.Decision != caseload.DecidedNo {
					return lc.fail(id, t.NotDecidedNo)
				}
				pnr, name = r.PNR, rp.Name
			default:
				return err
			}
			goes, err := lc.s.PatientGoes(id)
			if err != nil {
				return err
			}
			patient := ""
			if goes {
				patient = t.Patient.In(lc.lang)
			}
			if !yes {
				lc.say(t.Would, id, name, pnr.Masked(), patient)
				return nil
			}
			// The app's copied notes (tui/copy.go) always; others as asked.
			o := store.GallraOptions{Dirs: append([]string{filepath.Join(xdg.StateHome, "ikbt", "notes")}, dirs...)}
			var r store.GallraReport
			if isMoment {
				r, err = lc.s.Gallra(id, o)
			} else {
				r, err = lc.s.GallraReferral(id, o)
			}
			if err != nil {
				return err
			}
			if patient = ""; r.PatientRemoved { // what was done, not what was foreseen
				patient = t.Patient.In(lc.lang)
			}
			lc.say(t.Done, id, pnr.Masked(), lc.s.Path(), patient)
			for _, f := range r.Removed {
				lc.say(t.File, f)
			}
			for _, f := range r.Rewritten {
				lc.say(t.Rewritten, f)
			}
			for _, f := range r.Left {
				lc.say(t.Left, f)
			}
			return nil
		}),
	}

	c.Flags().BoolVar(&yes, "yes", false, "remove it: without this nothing is removed")
	c.Flags().IntVar(&days, "days", lifecycle.DefaultGallringDays, "propose what has been removable for this many days (default gallring_days in the config file, else 30)")
	c.Flags().StringSliceVar(&dirs, "files-in", nil, "more directories whose files named with the ID are removed (the app's copied notes always are)")
	return c
}

// whyText says why something may be gallrad (lifecycle's reasons).
func whyText(why string) usertext.Text {
	t := usertext.T.Gallra
	switch why {
	case lifecycle.WhyClosed:
		return t.WhyClosed
	case lifecycle.WhyHandedOver:
		return t.WhyHandedOver
	case lifecycle.WhyNotTreated:
		return t.WhyNotTreated
	}
	return usertext.Text{SV: why, EN: why}
}
