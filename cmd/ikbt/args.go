package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/ikbt/ikbt/usertext"
)

// The argument checks of the commands, worded in the catalogue rather
// than cobra's English ("accepts 1 arg(s), received 0"). Their errors carry
// no language: main says them in the user's (--lang may come after them).

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if !cmd.HasParent() && cmd.HasSubCommands() {
		return usertext.At("", "", usertext.T.General.UnknownCommand, args[0])
	}
	return usertext.At("", cmd.CommandPath(), usertext.T.General.ArgsNone, args[0])
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		return pluralErr(cmd, usertext.T.General.ArgsExact, n, len(args))
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= n {
			return nil
		}
		return pluralErr(cmd, usertext.T.General.ArgsMin, n, len(args))
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) <= n {
			return nil
		}
		return pluralErr(cmd, usertext.T.General.ArgsMax, n, len(args))
	}
}

// pluralErr is an argument count error with the count's words right.
func pluralErr(cmd *cobra.Command, p usertext.Plural, n, got int) error {
	return usertext.At("", cmd.CommandPath(), usertext.Text{SV: p.N(usertext.Swedish, n, got), EN: p.N(usertext.English, n, got)})
}

// flagError words pflag's errors ("unknown flag: --x", "flag needs an
// argument: --x", `invalid argument "y" for "--x" flag: …`) with the flag
// as where; an error of another shape stays as it is.
func flagError(_ *cobra.Command, err error) error {
	msg := err.Error()
	g := usertext.T.General
	for _, p := range []struct {
		prefix string
		text   usertext.Text
	}{
		{"unknown flag: ", g.UnknownFlag},
		{"unknown shorthand flag: ", g.UnknownFlag},
		{"flag needs an argument: ", g.FlagNeedsValue},
	} {
		if rest, ok := strings.CutPrefix(msg, p.prefix); ok {
			return usertext.At("", rest, p.text).Wrap(err)
		}
	}
	if rest, ok := strings.CutPrefix(msg, "invalid argument "); ok {
		// `"y" for "--x" flag: strconv…`
		value, rest, ok1 := strings.Cut(rest, " for ")
		flag, _, ok2 := strings.Cut(rest, " flag")
		if ok1 && ok2 {
			return usertext.At("", strings.Trim(flag, `"`), g.FlagBadValue, strings.Trim(value, `"`)).Wrap(err)
		}
	}
	return err
}

// commandError words cobra's "unknown command" of a command group
// (ikbt referral tilläg); other errors stay as they are.
func commandError(err error) error {
	rest, ok := strings.CutPrefix(err.Error(), "unknown command ")
	if !ok {
		return err
	}
	name, path, ok := strings.Cut(rest, " for ")
	if !ok {
		return err
	}
	at := strings.Trim(path, `"`)
	if at == "ikbt" {
		at = "" // main's "ikbt: " names it already
	}
	return usertext.At("", at, usertext.T.General.UnknownCommand, strings.Trim(name, `"`)).Wrap(err)
}

// group is the RunE of a command that only holds others (referral,
// closing, handover): a word that is none of them is an unknown command,
// no word shows the help.
func group(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usertext.At("", cmd.CommandPath(), usertext.T.General.UnknownCommand, args[0])
	}
	return cmd.Help()
}
