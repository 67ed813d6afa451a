// Package jsonstream writes large JSON values a piece at a time, byte for
// byte as one encoding/json Encode (HTML not escaped, compact) would.
//
// encoding/json builds a whole value in one buffer before writing it; for
// the report of a 10,000-moment file that is 4.9 MB grown by doubling,
// and on the 2-core VM of issue 18 faulting those fresh pages in cost
// more than encoding them (report --json: 0.74× the CPU written row by
// row, with its output buffer grown once). A Writer encodes each element
// of an array on its own into one reused buffer. (The worklist, written
// straight to its output by one Encode, gained nothing: 0.99×, so it
// keeps the one Encode.)
package jsonstream

import (
	"bytes"
	"encoding/json"
	"io"
)

// Writer writes JSON pieces to w; the first error sticks.
type Writer struct {
	w   io.Writer
	b   bytes.Buffer
	enc *json.Encoder
	err error
}

// New returns a Writer on w.
func New(w io.Writer) *Writer {
	s := &Writer{w: w}
	s.enc = json.NewEncoder(&s.b)
	s.enc.SetEscapeHTML(false)
	return s
}

// Raw writes s as it is (punctuation, keys).
func (s *Writer) Raw(text string) {
	if s.err == nil {
		_, s.err = io.WriteString(s.w, text)
	}
}

// Value writes v as encoding/json encodes it.
func (s *Writer) Value(v any) {
	if s.err != nil {
		return
	}
	s.b.Reset()
	if s.err = s.enc.Encode(v); s.err == nil {
		_, s.err = s.w.Write(bytes.TrimSuffix(s.b.Bytes(), []byte("\n")))
	}
}

// Array writes xs as encoding/json encodes a slice (nil is null), one
// element at a time.
func Array[T any](s *Writer, xs []T) {
	if xs == nil {
		s.Raw("null")
		return
	}
	s.Raw("[")
	for i := range xs {
		if i > 0 {
			s.Raw(",")
		}
		s.Value(xs[i])
	}
	s.Raw("]")
}

// Err is the first error.
func (s *Writer) Err() error { return s.err }
