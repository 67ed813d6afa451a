package common

import (
	"errors"

	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/usertext"
)

// errorLabels words the typed errors a screen may meet (issue 14), the
// first match winning; ErrorText falls back on the usertext catalogue.
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
}

// pnrLabels word a refused personnummer (personnummer.Error's code).
var pnrLabels = map[usertext.Code]Label{
	usertext.PNREmpty:    L.ErrPnrEmpty,
	usertext.PNRNotDigit: L.ErrPnrDigit,
	usertext.PNRLength:   L.ErrPnrLength,
	usertext.PNRDate:     L.ErrPnrDate,
	usertext.PNRCheck:    L.ErrPnrCheck,
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
	var pe *personnummer.Error
	if errors.As(err, &pe) {
		if lb, ok := pnrLabels[pe.Code]; ok {
			return l.T(lb)
		}
	}
	// The store's and the importer's typed errors (usertext): the place
	// (file, line, JSON path) as it is, the reason in the screen's language.
	var c usertext.Coded
	if errors.As(err, &c) {
		return usertext.Render(err, usertext.Lang(l))
	}
	return l.T(L.ErrOther, err)
}
