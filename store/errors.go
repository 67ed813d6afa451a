package store

import (
	"errors"
	"fmt"

	"github.com/ikbt/ikbt/personnummer"
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

// ErrRefused means a write was refused for what it was given (a missing
// day, an unknown instrument, a step out of its order); nothing was written.
var ErrRefused = errors.New("refused")

// refuse is a write refused about where (a moment, referral or handover
// id, kept verbatim), said in the user's language; sentinel is what
// errors.Is finds (ErrRefused when no other fits).
func refuse(where string, sentinel error, code usertext.Code, args ...any) error {
	return &Error{Path: where, Err: sentinel, Code: code, Args: args}
}

// statusText is a moment's status in the catalogue's words, for a reason's argument.
func statusText(s string) any {
	switch s {
	case "active":
		return usertext.T.General.StatusActive
	case "maintenance":
		return usertext.T.General.StatusMaintenance
	case "closed":
		return usertext.T.General.StatusClosed
	}
	return s
}

// stateText is a handover's state in the catalogue's words.
func stateText(s string) any {
	t := usertext.T.Handover
	switch s {
	case "pending":
		return t.Pending
	case "accepted":
		return t.AcceptedState
	case "declined":
		return t.DeclinedState
	case "cancelled":
		return t.Cancelled
	}
	return s
}

// reason is an explanation from a check shared by the import and a write
// (an instrument, a weekday, a schedule), before it has a place; at gives
// it one.
type reason struct {
	code usertext.Code
	args []any
}

func why(code usertext.Code, args ...any) *reason { return &reason{code, args} }

func (r *reason) Error() string { return usertext.Say(usertext.English, r.code, r.args...) }

// Location is none: the caller's at names it.
func (r *reason) Location() string { return "" }

// Reason is the catalogue code.
func (r *reason) Reason() (usertext.Code, []any) { return r.code, r.args }

// at is the reason at path (a JSON path or a field).
func (r *reason) at(path string) error { return codef(path, r.code, r.args...) }

// atPath places err at path: a coded reason (the store's, personnummer's)
// keeps its code; any other error says its own text (pathf).
func atPath(path string, err error) error {
	var r *reason
	if errors.As(err, &r) {
		return r.at(path)
	}
	var pe *personnummer.Error
	if errors.As(err, &pe) {
		return codef(path, usertext.ImportPNR, pe.Input, pe)
	}
	var c usertext.Coded // an instrument's (instruments.ScoreError)
	if errors.As(err, &c) && c.Location() == "" {
		code, args := c.Reason()
		return codef(path, code, args...)
	}
	return pathf(path, "%v", err)
}
