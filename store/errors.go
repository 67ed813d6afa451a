package store

import (
	"errors"
	"fmt"

	"github.com/ikbt/ikbt/usertext"
)

var (
	// ErrLocked means another process (another ikbt) held the file's write
	// lock for longer than the busy timeout.
	ErrLocked = errors.New("another program is writing to the database")
	// ErrNotOurs means the file is not an ikbt database (another program's
	// SQLite file, an empty file, a text file). It is never written to.
	ErrNotOurs = errors.New("not an ikbt database")
	// ErrNoFile means a command that only reads found no file.
	ErrNoFile = errors.New("no database")
)

// Error is a refused or failed open or write of a caseload file: the
// file, what went wrong (Err, one of the package's sentinel errors, for
// errors.Is) and the explanation as a catalogue code with its arguments
// (usertext renders it in the user's language). Cause is the underlying
// error, if any, for the log.
type Error struct {
	Path  string
	Err   error
	Code  usertext.Code
	Args  []any
	Cause error
}

func (e *Error) Error() string {
	s := "store: " + e.Path + ": " + usertext.Say(usertext.English, e.Code, e.Args...)
	if e.Cause != nil {
		s += " (" + e.Cause.Error() + ")"
	}
	return s
}

// Unwrap gives errors.Is the sentinel and the cause.
func (e *Error) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

// Location is the file.
func (e *Error) Location() string { return e.Path }

// Reason is the catalogue code and its arguments.
func (e *Error) Reason() (usertext.Code, []any) { return e.Code, e.Args }

func newErr(path string, sentinel error, code usertext.Code, args ...any) *Error {
	return &Error{Path: path, Err: sentinel, Code: code, Args: args}
}

// withCause sets the underlying error.
func (e *Error) withCause(err error) *Error { e.Cause = err; return e }

// Location is the line and column, the JSON path, or both.
func (e *FormatError) Location() string {
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Path)
	case e.Line > 0:
		return fmt.Sprintf("line %d, column %d", e.Line, e.Column)
	}
	return e.Path
}

// Reason is the catalogue code; an error without one says its English Msg.
func (e *FormatError) Reason() (usertext.Code, []any) {
	if e.Code == nil {
		return nil, []any{e.Msg} // a nil code says its argument as it is
	}
	return e.Code, e.Args
}

// codef builds a FormatError at a path from a catalogue code.
func codef(path string, code usertext.Code, args ...any) error {
	return &FormatError{Path: path, Code: code, Args: args, Msg: usertext.Say(usertext.English, code, args...)}
}
