package main

import (
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
			all, err := lc.s.Export()
			if err != nil {
				return err
			}
			names := map[personnummer.Number]string{}
			for _, p := range all.Patients {
				names[p.PNR] = p.Name
			}
			if !lc.cmd.Flags().Changed("days") && g.cfg.gallringDays != nil {
				days = *g.cfg.gallringDays
			}
			if len(args) == 0 {
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
			isMoment := false
			closings := map[string]caseload.Closing{}
			for _, cl := range all.Closings {
				closings[cl.Moment] = cl
			}
			for _, m := range all.Moments {
				if m.ID == id {
					pnr, isMoment = m.PNR, true
					if _, _, ok := lifecycle.Removable(m, closings[m.ID]); !ok {
						return lc.fail(id, t.NotRemovable, statusName(lc.lang, m.Status))
					}
				}
			}
			if !isMoment {
				for _, r := range all.Referrals {
					if r.ID == id {
						pnr = r.PNR
						if r.Decision != caseload.DecidedNo {
							return lc.fail(id, t.NotDecidedNo)
						}
					}
				}
			}
			if pnr == "" {
				return lc.fail(id, usertext.T.Store.NotFound).Wrap(store.ErrNotFound)
			}
			others := 0
			for _, m := range all.Moments {
				if m.PNR == pnr && m.ID != id {
					others++
				}
			}
			for _, r := range all.Referrals {
				if r.PNR == pnr && r.ID != id && !(isMoment && r.Moment == id) {
					others++
				}
			}
			patient := ""
			if others == 0 {
				patient = t.Patient.In(lc.lang)
			}
			if !yes {
				lc.say(t.Would, id, names[pnr], pnr.Masked(), patient)
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
	case "closed":
		return t.WhyClosed
	case "handed-over":
		return t.WhyHandedOver
	case "not-treated":
		return t.WhyNotTreated
	}
	return usertext.Text{SV: why, EN: why}
}
