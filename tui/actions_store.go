package tui

import "errors"

// The store's write types, named here so the actions compile before the
// store lands; these become aliases of store.Undo and its errors.
type storeUndo struct {
	Moment  string
	Version int64
}

var (
	errConflict = errors.New("conflict")
	errReadOnly = errors.New("read-only")
)
