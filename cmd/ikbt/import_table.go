package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tabular"
	"github.com/ikbt/ikbt/usertext"
)

// mappingsPath is where column mappings are saved by header: next to the
// settings file (they are settings of the clinician's own spreadsheets,
// hold no patient data, and serve every database they import into).
func mappingsPath() string { return filepath.Join(filepath.Dir(configPath()), "mappings.json") }

// importTable brings a spreadsheet in through a column mapping: a plan
// (printed), then one transaction, or nothing.
func importTable(cmd *cobra.Command, g *globals, name string, o importOptions) error {
	lang, err := g.Lang()
	if err != nil {
		return err
	}
	t := usertext.T.Import
	nothing := t.Nothing.In(lang)
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	tab, err := tabular.ReadFile(name, f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %s (%s)", name, intake.ReadErrorText(string(lang), err), nothing)
	}
	saved, err := intake.LoadSaved(mappingsPath())
	if err != nil {
		return err
	}
	var m intake.Mapping
	given := o.mapping != ""
	switch {
	case given:
		if m, err = intake.ParseMap(o.mapping); err != nil {
			return err
		}
	default:
		var ok bool
		if m, ok = saved.Lookup(tab.Header); !ok {
			var cols []string
			for _, h := range tab.Header {
				cols = append(cols, fmt.Sprintf("%q", h))
			}
			return usertext.At(lang, name, t.NoMapping, nothing, strings.Join(cols, ", "), intake.Suggest(tab.Header).String())
		}
	}
	// A mapping that cannot be read stops before the database is opened (or created).
	var miss *intake.MissingError
	if _, err := m.Resolve(tab.Header); errors.As(err, &miss) {
		return fmt.Errorf("%s: %s (%s)", name, miss.Text(string(lang)), nothing)
	}
	s, err := openStore(g, !o.dryRun)
	var holder intake.Holder = emptyHolder{}
	switch {
	case err == nil:
		defer s.Close()
		holder = s
	case o.dryRun && (errors.Is(err, errNoDatabase) || errors.Is(err, store.ErrNoFile)):
		// A preview against no database: everything would be new.
	default:
		return err
	}
	plan, err := intake.Prepare(tab, m, holder, intake.Options{Catalogue: programs.Default(), Lang: string(lang), TakeFile: o.takeFile})
	if err != nil {
		return err
	}
	if given {
		if err := saved.Save(tab.Header, m); err != nil {
			return usertext.At(lang, mappingsPath(), t.SavingMapping, err).Wrap(err)
		}
	}
	out := cmd.OutOrStdout()
	if o.dryRun {
		fmt.Fprintln(out, t.Preview.In(lang, name))
	}
	if err := plan.Report(out); err != nil {
		return err
	}
	if !plan.OK() {
		return usertext.At(lang, name, usertext.Text{SV: t.Refused.N(usertext.Swedish, len(plan.Refusals), t.Nothing.SV),
			EN: t.Refused.N(usertext.English, len(plan.Refusals), t.Nothing.EN)})
	}
	if o.dryRun {
		return nil
	}
	if err := intake.Apply(s, plan); err != nil {
		return fmt.Errorf("%s: %w (%s)", name, err, nothing)
	}
	fmt.Fprintln(out, t.Saved.In(lang, s.Path(), len(plan.Creates), len(plan.Updates)))
	return nil
}

// emptyHolder is a database that holds nothing (a preview before the first import).
type emptyHolder struct{}

func (emptyHolder) Holdings([]personnummer.Number) (caseload.Caseload, error) {
	return caseload.Caseload{}, nil
}
