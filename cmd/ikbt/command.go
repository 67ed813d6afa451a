package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

// lctx is what a command on the caseload file needs: the language, the
// day, the open file and where to write.
type lctx struct {
	lang  usertext.Lang
	today caseload.Date
	s     *store.Store
	out   io.Writer
	cmd   *cobra.Command
}

// withStore is the one way a command opens the file: it reads --lang and
// --today, opens (or, with create, makes) the database, runs body, closes
// the file, and says a store error body returns in the user's language
// (the command's first argument, an id or a file, as where). Every
// command on the file is written with it, so none repeats these steps.
func withStore(g *globals, create bool, body func(lc *lctx, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		lc, err := open(g, create)
		if err != nil {
			return err
		}
		defer lc.s.Close()
		lc.out, lc.cmd = cmd.OutOrStdout(), cmd
		subject := ""
		if len(args) > 0 {
			subject = args[0]
		}
		return explain(lc.lang, subject, body(lc, args))
	}
}

// open reads the language and the day, then opens the file.
func open(g *globals, create bool) (*lctx, error) {
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

// say writes a message of the catalogue in the command's language.
func (c *lctx) say(t usertext.Text, args ...any) { fmt.Fprint(c.out, t.In(c.lang, args...)) }

// sayN writes a message whose words follow the count n.
func (c *lctx) sayN(p usertext.Plural, n int, args ...any) {
	fmt.Fprint(c.out, p.N(c.lang, n, args...))
}

// fail is an error of the catalogue at a place (a flag, an id), in the
// command's language.
func (c *lctx) fail(at string, t usertext.Text, args ...any) *usertext.Error {
	return usertext.At(c.lang, at, t, args...)
}

// day reads a date flag, defaulting to --today.
func (c *lctx) day(flag, s string) (caseload.Date, error) {
	if s == "" {
		return c.today, nil
	}
	return parseDate(c.lang, "--"+flag, s)
}

// parseDate reads a date given at (a flag or argument), saying why not in lang.
func parseDate(lang usertext.Lang, at, s string) (caseload.Date, error) {
	d, err := caseload.ParseDate(s)
	if err != nil {
		return d, usertext.At(lang, at, usertext.T.General.NotADate, s).Wrap(err)
	}
	return d, nil
}

// parseStamp reads a time given at, saying why not in lang.
func parseStamp(lang usertext.Lang, at, s string) (caseload.Stamp, error) {
	st, err := caseload.ParseStamp(s)
	if err != nil {
		return st, usertext.At(lang, at, usertext.T.General.NotAStamp, s).Wrap(err)
	}
	return st, nil
}

// storeErrors are the store's errors a clinician meets from a command.
var storeErrors = []struct {
	err  error
	text usertext.Text
}{
	{store.ErrNotFound, usertext.T.Store.NotFound},
	{store.ErrDecided, usertext.T.Store.Decided},
	{store.ErrNameDiffers, usertext.T.Store.NameDiffers},
	{store.ErrExists, usertext.T.Store.Exists},
	{store.ErrNoConsent, usertext.T.Store.NoConsent},
	{store.ErrHandoverPending, usertext.T.Store.HandoverPending},
	{store.ErrNotPending, usertext.T.Store.NotPending},
	{store.ErrNotHandoverFile, usertext.T.Store.NotHandoverFile},
	{store.ErrConflict, usertext.T.Store.Conflict},
}

// explain says err in lang: an error of the catalogue as it is, a known
// store error as its sentence after subject (the id or file it is about);
// the store's text stays inside for errors.Is and the log.
func explain(lang usertext.Lang, subject string, err error) error {
	var c usertext.Coded
	if err == nil || errors.As(err, &c) {
		return err
	}
	for _, e := range storeErrors {
		if errors.Is(err, e.err) {
			return usertext.At(lang, subject, e.text).Wrap(err)
		}
	}
	return err
}

// statusName is a moment's status in lang.
func statusName(lang usertext.Lang, s caseload.Status) string {
	g := usertext.T.General
	switch s {
	case caseload.Active:
		return g.StatusActive.In(lang)
	case caseload.Maintenance:
		return g.StatusMaintenance.In(lang)
	case caseload.Closed:
		return g.StatusClosed.In(lang)
	}
	return string(s)
}
