package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui"
	"github.com/ikbt/ikbt/usertext"
)

// tuiOptions are the flags that only the interactive app takes.
type tuiOptions struct {
	demo      bool
	clinician string
	create    bool // issue 14: a missing database file is made only when asked
}

func addTUIFlags(root *cobra.Command, o *tuiOptions) {
	root.Flags().BoolVar(&o.demo, "demo", false, "open a fresh demo caseload in a temporary directory")
	root.Flags().BoolVar(&o.create, "create", false, "create the database file if it does not exist (without it a missing file is an error)")
	root.Flags().StringVar(&o.clinician, "clinician", "", "show only this clinician's moments (default $IKBT_CLINICIAN, else clinician in the config file, else everyone's)")
}

// pollEvery is how often the app looks for writes by another process.
const pollEvery = 2 * time.Second

func runTUI(cmd *cobra.Command, g *globals, o tuiOptions) error {
	today, err := g.Today()
	if err != nil {
		return err
	}
	lang, err := g.Lang()
	if err != nil {
		return err
	}
	clinician := o.whose(g)
	profile := detectProfile()
	// The database opens before the terminal is taken over, so that an
	// error is a plain message on stderr and the terminal stays as it was.
	var st *store.Store
	// Issue 15: where the app's column mappings are saved (the demo keeps
	// its own beside its database), and the example the paste box offers.
	mappings, example := mappingsPath(), ""
	if o.demo {
		dir, err := makeDemoDir()
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		if st, err = openDemo(filepath.Join(dir, "demo.db"), today); err != nil {
			return err
		}
		mappings, example = filepath.Join(dir, "mappings.json"), intake.PasteExample
	} else {
		path, err := g.DBPath()
		if err != nil {
			return err
		}
		if err := missingDB(path, o.create, lang); err != nil {
			return err
		}
		if st, err = store.Open(path); err != nil {
			return err
		}
		limitAppMemory(path) // issue 18
		var notices []error
		for _, n := range st.Notices() {
			notices = append(notices, n)
		}
		sayNotices(g, notices)
	}
	defer st.Close()

	m := tui.New(tui.Options{
		DBName:    dbName(st.Path(), o.demo),
		Store:     st,
		Catalogue: programs.Default(),
		Today:     today,
		Clinician: clinician,
		Lang:      tui.Lang(lang),
		Poll:      pollEvery,
		// Issue 15.
		MappingsPath: mappings,
		PasteExample: example,
		// issue 16: the days after which the gallring view proposes removal.
		GallringDays: g.gallringDays(),
	})
	m.Prefetch() // the first read overlaps the terminal's set-up (issue 18)
	// A closed terminal (SIGHUP) or SIGTERM ends the app like q: the
	// deferred closing and the demo directory's removal run.
	ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	_, err = tea.NewProgram(m, tea.WithContext(ctx), tea.WithColorProfile(<-profile)).Run()
	if ctx.Err() != nil && cmd.Context().Err() == nil {
		return nil // ended by the signal, cleanly
	}
	return err
}

// detectProfile finds the terminal's color profile as Bubble Tea would
// (from its output and environment), while the file opens and the first
// read runs, and without asking tmux: inside tmux colorprofile runs `tmux
// info` (a process of its own, 20–50 ms, on the way to the first frame:
// issue 18) only to tell true color from 256 colors; the app draws in the
// 16 ANSI colors (tui/common/styles.go), module texts in 256.
func detectProfile() <-chan colorprofile.Profile {
	ch := make(chan colorprofile.Profile, 1)
	go func() {
		env := os.Environ()
		ch <- inTmux(colorprofile.Detect(os.Stdout, withoutTmux(env)), env)
	}()
	return ch
}

// setsTmux: kv is a TMUX that says the terminal is inside tmux (an
// empty one does not, for colorprofile either).
func setsTmux(kv string) bool {
	v, ok := strings.CutPrefix(kv, "TMUX=")
	return ok && v != ""
}

// withoutTmux is env without TMUX, which makes colorprofile ask tmux.
func withoutTmux(env []string) []string { return slices.DeleteFunc(slices.Clone(env), setsTmux) }

// inTmux gives a color terminal inside tmux at least 256 colors, as
// colorprofile does before it asks tmux for more (tmux draws 256 colors
// whatever the TERM inside it says).
func inTmux(p colorprofile.Profile, env []string) colorprofile.Profile {
	if slices.ContainsFunc(env, setsTmux) && p >= colorprofile.ANSI && p < colorprofile.ANSI256 {
		return colorprofile.ANSI256
	}
	return p
}

// whose returns the clinician whose moments the app shows: --clinician,
// else $IKBT_CLINICIAN, else the demo's own clinician with --demo, else
// the config file's clinician ("" is everyone).
func (o tuiOptions) whose(g *globals) string {
	switch {
	case o.clinician != "":
		return o.clinician
	case os.Getenv("IKBT_CLINICIAN") != "":
		return os.Getenv("IKBT_CLINICIAN")
	case o.demo:
		return demo.Clinician
	}
	return g.cfg.clinician
}

// openDemo creates a database holding the hand-made demo caseload.
func openDemo(path string, today caseload.Date) (*store.Store, error) {
	st, err := store.Open(path)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	if err := st.Import(demo.Generate(today, demo.Handmade)); err != nil {
		st.Close()
		return nil, fmt.Errorf("demo: %w", err)
	}
	return st, nil
}

// gallringDays is gallring_days from the config file, else the default
// (issue 16).
func (g *globals) gallringDays() int {
	if g.cfg.gallringDays != nil {
		return *g.cfg.gallringDays
	}
	return lifecycle.DefaultGallringDays
}

// missingDB (issue 14) refuses to open a database file that does not
// exist unless --create says to make it: a mistyped --db must not start
// an empty caseload in a new file (or new folders) without a word. import
// and demo go on creating the file they are told to write.
func missingDB(path string, create bool, lang usertext.Lang) error {
	_, err := os.Stat(path)
	switch {
	case err == nil || create:
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil // store.Open says what is wrong with it
	}
	return usertext.Errorf(lang, usertext.T.General.NoDatabase, path)
}

// dbName is the file as the header names it: its name, with the folder
// only when it is short; the demo's temporary file is "demo".
func dbName(path string, demo bool) string {
	if demo {
		return "demo"
	}
	if len(path) <= 40 {
		return path
	}
	return filepath.Base(path)
}
