package jsonstream

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

type row struct {
	Name string   `json:"name"`
	Tags []string `json:"tags"`
}

// TestArray: an array written element by element is what encoding/json
// writes for the slice (nil is null, HTML not escaped).
func TestArray(t *testing.T) {
	for name, xs := range map[string][]row{
		"nil":   nil,
		"empty": {},
		"rows":  {{"Åsa <b>&</b>", nil}, {"Bo", []string{"a", "\"q\""}}},
	} {
		var got bytes.Buffer
		s := New(&got)
		Array(s, xs)
		if s.Err() != nil {
			t.Fatal(s.Err())
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(xs)
		if got.String()+"\n" != want.String() {
			t.Errorf("%s: %s, want %s", name, got.String(), want.String())
		}
	}
}

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

// TestWriterErrSticks: after a failed write nothing more is written and
// Err reports the first failure; an unencodable value is an error too.
func TestWriterErrSticks(t *testing.T) {
	f := &failing{n: 1}
	s := New(f)
	s.Raw("[")
	s.Raw("1")
	s.Value(2)
	if s.Err() == nil || s.Err().Error() != "disk full" || f.n != 0 {
		t.Errorf("err %v", s.Err())
	}
	s = New(&bytes.Buffer{})
	s.Value(func() {})
	if s.Err() == nil {
		t.Error("a func encoded without error")
	}
}
