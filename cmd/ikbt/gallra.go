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
)

func init() { subcommands = append(subcommands, newGallraCmd) }

func newGallraCmd(g *globals) *cobra.Command {
	var yes bool
	var days int
	var dirs []string
	c := &cobra.Command{
		Use:   "gallra [MOMENT-ID|REFERRAL-ID] [--yes]",
		Short: "Without an ID: what may be removed now. With one: remove it and everything it holds (only with --yes)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lc, err := lifecycleCtx(g, false)
			if err != nil {
				return err
			}
			defer lc.s.Close()
			out := cmd.OutOrStdout()
			all, err := lc.s.Export()
			if err != nil {
				return err
			}
			names := map[personnummer.Number]string{}
			for _, p := range all.Patients {
				names[p.PNR] = p.Name
			}
			if !cmd.Flags().Changed("days") && g.cfg.gallringDays != nil {
				days = *g.cfg.gallringDays
			}
			if len(args) == 0 {
				ps := lifecycle.GallringProposals(all, days, lc.today)
				if len(ps) == 0 {
					fmt.Fprint(out, say(lc.lang, "gallra.none", days))
					return nil
				}
				tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
				if lc.lang == "en" {
					fmt.Fprintln(tw, "ID\tNAME\tPERSONNUMMER\tWHY\tSINCE")
				} else {
					fmt.Fprintln(tw, "ID\tNAMN\tPERSONNUMMER\tVARFÖR\tSEDAN")
				}
				for _, p := range ps {
					n := personnummer.Number(p.PNR)
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Moment+p.Referral, names[n], n.Masked(), say(lc.lang, "why."+p.Why), p.Since)
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
						if lc.lang == "en" {
							return fmt.Errorf("%s is %s: only a closed moment whose follow-up is answered or waived, or a handed-over one, is gallrad", id, m.Status)
						}
						return fmt.Errorf("%s är %s: bara ett avslutat moment med besvarad eller avstådd uppföljning, eller ett överlämnat, gallras", id, m.Status)
					}
				}
			}
			if !isMoment {
				for _, r := range all.Referrals {
					if r.ID == id {
						pnr = r.PNR
						if r.Decision != caseload.DecidedNo {
							if lc.lang == "en" {
								return fmt.Errorf("referral %s did not end in \"not IKBT\": nothing to gallra", id)
							}
							return fmt.Errorf("remiss %s ledde inte till beslutet ”inte IKBT”: inget att gallra", id)
						}
					}
				}
			}
			if pnr == "" {
				return explain(lc.lang, fmt.Errorf("%s: %w", id, store.ErrNotFound))
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
				patient = say(lc.lang, "gallra.patient")
			}
			if !yes {
				fmt.Fprint(out, say(lc.lang, "gallra.would", id, names[pnr], pnr.Masked(), patient))
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
				if errors.Is(err, store.ErrNotFound) {
					return explain(lc.lang, err)
				}
				return err
			}
			fmt.Fprint(out, say(lc.lang, "gallra.done", id, pnr.Masked(), lc.s.Path(), patient))
			for _, f := range r.Removed {
				fmt.Fprint(out, say(lc.lang, "gallra.file", f))
			}
			for _, f := range r.Rewritten {
				fmt.Fprint(out, say(lc.lang, "gallra.rewritten", f))
			}
			for _, f := range r.Left {
				fmt.Fprint(out, say(lc.lang, "gallra.left", f))
			}
			return nil
		},
	}
	c.Flags().BoolVar(&yes, "yes", false, "remove it: without this nothing is removed")
	c.Flags().IntVar(&days, "days", lifecycle.DefaultGallringDays, "propose what has been removable for this many days (default gallring_days in the config file, else 30)")
	c.Flags().StringSliceVar(&dirs, "files-in", nil, "more directories whose files named with the ID are removed (the app's copied notes always are)")
	return c
}
