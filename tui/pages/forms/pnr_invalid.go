package forms

import (
	"errors"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/tui/common"
)

// PnrInvalid is a form's check of a typed personnummer: nil when valid,
// else why in the screen's language (issue 14.6: never personnummer's
// English on a Swedish screen).
func PnrInvalid(s string, today caseload.Date, l common.Lang) error {
	if _, err := personnummer.ParseAt(s, today.Time()); err != nil {
		return errors.New(common.ErrorText(err, l))
	}
	return nil
}
