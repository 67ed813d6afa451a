package tui

import "github.com/ikbt/ikbt/store"

// The store's write types as the actions use them.
type storeUndo = store.Undo

var (
	errConflict = store.ErrConflict
	errReadOnly = store.ErrReadOnly
)

// The store is the app's Writer.
var _ Writer = (*store.Store)(nil)
