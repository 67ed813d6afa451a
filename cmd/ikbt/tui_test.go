package main

import (
	"slices"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

func TestWithoutTmux(t *testing.T) {
	env := []string{"TERM=tmux-256color", "TMUX=/tmp/tmux-0/default,1,0", "TMUX_PANE=%1", "HOME=/root"}
	got := withoutTmux(env)
	want := []string{"TERM=tmux-256color", "TMUX_PANE=%1", "HOME=/root"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutTmux = %q, want %q", got, want)
	}
	if env[1] != "TMUX=/tmp/tmux-0/default,1,0" {
		t.Errorf("withoutTmux changed its argument: %q", env)
	}
}

// TestInTmux: inside tmux a color terminal has at least 256 colors, as
// colorprofile.Detect gives it; no color, no terminal and outside tmux
// stay as detected.
func TestInTmux(t *testing.T) {
	tmux := []string{"TERM=xterm", "TMUX=/tmp/tmux-0/default,1,0"}
	for _, tc := range []struct {
		in   colorprofile.Profile
		env  []string
		want colorprofile.Profile
	}{
		{colorprofile.ANSI, tmux, colorprofile.ANSI256},
		{colorprofile.ANSI256, tmux, colorprofile.ANSI256},
		{colorprofile.TrueColor, tmux, colorprofile.TrueColor},
		{colorprofile.ASCII, tmux, colorprofile.ASCII}, // NO_COLOR
		{colorprofile.NoTTY, tmux, colorprofile.NoTTY},
		{colorprofile.ANSI, []string{"TERM=xterm"}, colorprofile.ANSI},
		{colorprofile.ANSI, []string{"TERM=xterm", "TMUX="}, colorprofile.ANSI},
	} {
		if got := inTmux(tc.in, tc.env); got != tc.want {
			t.Errorf("inTmux(%v, %q) = %v, want %v", tc.in, tc.env, got, tc.want)
		}
	}
}
