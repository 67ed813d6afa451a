package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/usertext"
)

// sayer is an error the CLI says in the user's language.
type sayer interface {
	say(lang usertext.Lang) string
}

// refused is an import file that was refused: nothing was imported.
type refused struct {
	file string
	err  error
}

func (e *refused) Error() string { return e.say(usertext.English) }
func (e *refused) Unwrap() error { return e.err }
func (e *refused) say(l usertext.Lang) string {
	return e.file + ": " + usertext.Render(e.err, l) + " (" + usertext.T.Import.Nothing.In(l) + ")"
}

// sayError renders err for stderr: typed errors (store's, the import
// format's, personnummer's) in lang, with where verbatim; others as they are.
func sayError(err error, lang usertext.Lang) string {
	err = fileError(commandError(err))
	var s sayer
	if errors.As(err, &s) {
		return s.say(lang)
	}
	return usertext.Render(err, lang)
}

// errLang is the language errors are said in: --lang, else the config
// file's, else Swedish. It is read again here because the error may have
// come before the flags or the config were checked.
func errLang(root *cobra.Command, args []string) usertext.Lang {
	c, _, err := root.Find(args)
	if err == nil && c != nil {
		c.ParseFlags(args)
		if f := c.Flags().Lookup("lang"); f != nil && f.Value.String() == "en" {
			return usertext.English
		}
		if f := c.Flags().Lookup("lang"); f != nil && f.Value.String() != "" {
			return usertext.Swedish
		}
	}
	if cfg, err := loadConfig(configPath()); err == nil && cfg.lang == "en" {
		return usertext.English
	}
	return usertext.Swedish
}

// sayNotices writes what opening the file did (a backup made, permissions
// tightened) to stderr.
func sayNotices(g *globals, notices []error) {
	for _, n := range notices {
		os.Stderr.WriteString("ikbt: " + usertext.Render(n, g.userLang()) + "\n")
	}
}

// fileError words a file that cannot be opened (the operating system's
// English "open x: no such file or directory") with the file as where.
func fileError(err error) error {
	var c usertext.Coded
	var pe *fs.PathError
	if errors.As(err, &c) || !errors.As(err, &pe) {
		return err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usertext.At("", pe.Path, usertext.T.General.FileMissing).Wrap(err)
	case errors.Is(err, fs.ErrPermission):
		return usertext.At("", pe.Path, usertext.T.General.FileDenied).Wrap(err)
	}
	return err
}
