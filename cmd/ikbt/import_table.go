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
)

// mappingsPath is where column mappings are saved by header: next to the
// settings file (they are settings of the clinician's own spreadsheets,
// hold no patient data, and serve every database they import into).
func mappingsPath() string { return filepath.Join(filepath.Dir(configPath()), "mappings.json") }

// sayPair picks the Swedish or English text.
func sayPair(lang, sv, en string, args ...any) string {
	if lang == "en" {
		return fmt.Sprintf(en, args...)
	}
	return fmt.Sprintf(sv, args...)
}

// importTable brings a spreadsheet in through a column mapping: a plan
// (printed), then one transaction, or nothing.
func importTable(cmd *cobra.Command, g *globals, name string, o importOptions) error {
	lang, err := g.Lang()
	if err != nil {
		return err
	}
	nothing := sayPair(lang, "ingenting lästes in", "nothing was imported")
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	t, err := tabular.ReadFile(name, f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %s (%s)", name, tableErrorText(lang, err), nothing)
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
		if m, ok = saved.Lookup(t.Header); !ok {
			var cols []string
			for _, h := range t.Header {
				cols = append(cols, fmt.Sprintf("%q", h))
			}
			return fmt.Errorf("%s", sayPair(lang,
				"%s: den här rubrikraden har ingen sparad kolumnmappning: säg vilken kolumn som är vilket fält med --map (%s)\n  kolumner: %s\n  förslag:  --map '%s'",
				"%s: no saved column mapping for this header: say which column is which field with --map (%s)\n  columns:    %s\n  suggestion: --map '%s'",
				name, nothing, strings.Join(cols, ", "), intake.Suggest(t.Header).String()))
		}
	}
	// A mapping that cannot be read stops before the database is opened (or created).
	var miss *intake.MissingError
	if _, err := m.Resolve(t.Header); errors.As(err, &miss) {
		return fmt.Errorf("%s: %s (%s)", name, miss.Text(lang), nothing)
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
	plan, err := intake.Prepare(t, m, holder, intake.Options{Catalogue: programs.Default(), Lang: lang, TakeFile: o.takeFile})
	if err != nil {
		return err
	}
	if given {
		if err := saved.Save(t.Header, m); err != nil {
			return fmt.Errorf("saving the column mapping: %w", err)
		}
	}
	out := cmd.OutOrStdout()
	if o.dryRun {
		fmt.Fprintln(out, sayPair(lang, "Förhandsgranskning av %s (ingenting skrivs):", "Preview of %s (nothing is written):", name))
	}
	if err := plan.Report(out); err != nil {
		return err
	}
	if !plan.OK() {
		n := len(plan.Refusals)
		if n == 1 {
			return fmt.Errorf("%s", sayPair(lang, "%s: 1 rad nekad: rätta den och läs in igen (%s)", "%s: 1 row refused: correct it and import again (%s)", name, nothing))
		}
		return fmt.Errorf("%s", sayPair(lang, "%s: %d rader nekade: rätta dem och läs in igen (%s)", "%s: %d rows refused: correct them and import again (%s)",
			name, n, nothing))
	}
	if o.dryRun {
		return nil
	}
	if err := intake.Apply(s, plan); err != nil {
		return fmt.Errorf("%s: %w (%s)", name, err, nothing)
	}
	fmt.Fprintln(out, sayPair(lang, "Inläst i %s: %d nya behandlingar, %d uppdaterade.", "Imported into %s: %d new moments, %d updated.",
		s.Path(), len(plan.Creates), len(plan.Updates)))
	return nil
}

// emptyHolder is a database that holds nothing (a preview before the first import).
type emptyHolder struct{}

func (emptyHolder) Holdings([]personnummer.Number) (caseload.Caseload, error) {
	return caseload.Caseload{}, nil
}

// tableErrorText says why a table cannot be read, in lang (the app's
// paste box says it alike: intake.ReadErrorText).
func tableErrorText(lang string, err error) string { return intake.ReadErrorText(lang, err) }
