package main

import (
	"slices"
	"testing"
)

func TestWithoutTmux(t *testing.T) {
	env := []string{"TERM=tmux-256color", "TMUX=/tmp/tmux-0/default,1,0", "TMUX_PANE=%1", "HOME=/root"}
	got := withoutTmux(slices.Clone(env))
	want := []string{"TERM=tmux-256color", "TMUX_PANE=%1", "HOME=/root"}
	if !slices.Equal(got, want) {
		t.Errorf("withoutTmux = %q, want %q", got, want)
	}
}
