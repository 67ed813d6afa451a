package main

import (
	"slices"
	"testing"
)

// TestHandoverIDs: the moments of `handover start` come from the
// arguments and --moments, each once, in the order given.
func TestHandoverIDs(t *testing.T) {
	tests := []struct {
		args, flag, want []string
	}{
		{[]string{"m-1"}, nil, []string{"m-1"}},
		{nil, []string{"m-1", "m-2"}, []string{"m-1", "m-2"}},
		{[]string{"m-2"}, []string{"m-1", " m-2 ", ""}, []string{"m-2", "m-1"}},
		{nil, nil, nil},
	}
	for _, tt := range tests {
		if got := handoverIDs(tt.args, tt.flag); !slices.Equal(got, tt.want) {
			t.Errorf("handoverIDs(%q, %q) = %q, want %q", tt.args, tt.flag, got, tt.want)
		}
	}
}
