package common

import (
	"errors"

	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
)

// errorLabels words the typed errors a screen may meet (issue 14), the
// first match winning. The store's own typed catalogue (another issue)
// is to be connected here, in this one place.
var errorLabels = []struct {
	err   error
	label Label
}{
	{store.ErrConflict, L.ActErrConflict},
	{store.ErrReadOnly, L.ActErrReadonly},
	{store.ErrNameDiffers, L.ErrNameDiffers},
	{store.ErrOpenMoment, L.ErrOpenMoment},
	{store.ErrExists, L.ErrExists},
	{store.ErrNotFound, L.ErrNotFound},
	{store.ErrCorrupt, L.ErrCorrupt},
	{store.ErrNewerSchema, L.ErrNewerSchema},
	{personnummer.ErrEmpty, L.ErrPnrEmpty},
	{personnummer.ErrNotDigit, L.ErrPnrDigit},
	{personnummer.ErrLength, L.ErrPnrLength},
	{personnummer.ErrDate, L.ErrPnrDate},
	{personnummer.ErrCheckDigit, L.ErrPnrCheck},
}

// ErrorText is every error a screen shows, in the screen's language: a
// known error in words of the catalogue; any other under a sentence in
// the language, its own text (meant for whoever helps) after it.
func ErrorText(err error, l Lang) string {
	if err == nil {
		return ""
	}
	for _, e := range errorLabels {
		if errors.Is(err, e.err) {
			return l.T(e.label)
		}
	}
	return l.T(L.ErrOther, err)
}
