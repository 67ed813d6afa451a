package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

func init() { subcommands = append(subcommands, newImportCmd) }

// importOptions are the flags of a table import (.csv, .tsv, .xlsx).
type importOptions struct {
	mapping  string
	dryRun   bool
	takeFile bool
	rename   bool
}

func newImportCmd(g *globals) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import FILE.json|FILE.csv|FILE.tsv|FILE.xlsx",
		Short: "Import a caseload file or a spreadsheet (all or nothing; importing it again changes nothing)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Spreadsheets by their extension; anything else is read as JSON, as always.
			switch strings.ToLower(filepath.Ext(args[0])) {
			case ".csv", ".tsv", ".xlsx", ".xlsm":
				return importTable(cmd, g, args[0], o)
			}
			if o.mapping != "" || o.dryRun || o.takeFile {
				return usertext.At(g.userLang(), args[0], usertext.T.Import.JSONOnly)
			}
			return importJSON(cmd, g, args[0], o.rename)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.mapping, "map", "", "which column holds which field, e.g. personnummer=Personnummer,program=Program,started=Startdatum (saved by header for next time)")
	f.BoolVar(&o.dryRun, "dry-run", false, "show what would be created, updated and refused, and write nothing")
	f.BoolVar(&o.takeFile, "take-file", false, "where the file contradicts a stored value (start date, name, …), take the file's")
	f.BoolVar(&o.rename, "rename", false, "let a JSON file change the names of patients the database knows (each change is listed)")
	return cmd
}

// importJSON is the JSON import, unchanged.
func importJSON(cmd *cobra.Command, g *globals, name string, rename bool) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	c, err := store.DecodeJSON(f, programs.Default())
	if err != nil {
		return &refused{name, err}
	}
	s, err := openStore(g, true)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.ImportWith(c, store.ImportOptions{Rename: rename})
	if err != nil {
		return &refused{name, err}
	}
	lang := g.userLang()
	for _, r := range res.Renamed {
		fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", name, usertext.Render(r, lang))
	}
	fmt.Fprint(cmd.OutOrStdout(), usertext.T.Import.Imported.In(lang, countText(lang, c), name, s.Path()))
	for _, w := range store.ScheduleWarnings(c, programs.Default()) {
		fmt.Fprint(cmd.ErrOrStderr(), usertext.T.Import.Warning.In(lang, name, usertext.Render(w, lang)))
	}
	return nil
}

// errNoDatabase is a --db that does not exist where one must.
var errNoDatabase = errors.New("no database")

// openStore opens the database of --db / $IKBT_DB / XDG. Unless create is
// set, a missing file is an error rather than a new empty database.
func openStore(g *globals, create bool) (*store.Store, error) {
	path, err := g.DBPath()
	if err != nil {
		return nil, err
	}
	s, err := store.OpenWith(path, store.Options{Create: create})
	if err != nil {
		return nil, err
	}
	var notices []error
	for _, n := range s.Notices() {
		notices = append(notices, n)
	}
	sayNotices(g, notices)
	return s, nil
}

// countText says how much a caseload holds.
func countText(lang usertext.Lang, c caseload.Caseload) string {
	var modules, measurements, messages int
	for _, m := range c.Moments {
		modules += len(m.Modules)
		measurements += len(m.Measurements)
		messages += len(m.Messages)
	}
	t := usertext.T.Import
	return strings.Join([]string{t.Patients.N(lang, len(c.Patients)), t.Moments.N(lang, len(c.Moments)),
		t.ModuleEvents.N(lang, modules), t.Measurements.N(lang, measurements), t.Messages.N(lang, messages)}, ", ")
}
