package intake

import (
	"errors"
	"io/fs"

	"github.com/ikbt/ikbt/tabular"
)

// ReadErrorText says why a table cannot be read (tabular.ReadFile,
// ReadPasted), with its line, in lang ("sv" or "en"): the command line
// and the app's paste box word it alike.
func ReadErrorText(lang string, err error) string {
	var te *tabular.Error
	var pe *tabular.PartError
	where := ""
	if errors.As(err, &te) && te.Line > 0 {
		where = text{"rad %d: ", "line %d: "}.in(lang, te.Line)
	}
	switch {
	case errors.Is(err, tabular.ErrEmpty):
		return where + text{"tabellen är tom (ingen rubrikrad)", "the table is empty (no header row)"}.in(lang)
	case errors.Is(err, tabular.ErrTooManyCells):
		return where + text{"raden har fler celler än rubrikraden", "the row has more cells than the header row"}.in(lang)
	case errors.Is(err, tabular.ErrBlankHeader):
		return where + text{"rubrikraden har ett tomt eller upprepat kolumnnamn", "the header row has an empty or repeated column name"}.in(lang)
	case errors.Is(err, tabular.ErrFormat):
		return text{"okänd filtyp (.csv, .tsv eller .xlsx)", "unknown file type (.csv, .tsv or .xlsx)"}.in(lang)
	case errors.Is(err, tabular.ErrNotWorkbook):
		return text{"filen är ingen Excel-arbetsbok (.xlsx)", "the file is not an Excel workbook (.xlsx)"}.in(lang)
	case errors.Is(err, tabular.ErrProtectedOrXLS):
		return text{"filen är en lösenordsskyddad arbetsbok eller en Excel 97–2003-fil (.xls): spara den som .xlsx utan lösenord",
			"the file is a password-protected workbook or an Excel 97–2003 file (.xls): save it as .xlsx without a password"}.in(lang)
	case errors.As(err, &pe):
		part := pe.Part
		if pe.Line > 0 {
			part += text{", rad %d", ", line %d"}.in(lang, pe.Line)
		}
		why := pe.Err.Error()
		switch {
		case errors.Is(pe.Err, tabular.ErrMalformedXML):
			why = text{"trasig XML (en skadad eller avkortad fil)", "malformed XML (a damaged or truncated file)"}.in(lang)
		case errors.Is(pe.Err, tabular.ErrPartTooLarge):
			why = text{"packas upp till mer än 64 MB", "unpacks to more than 64 MB"}.in(lang)
		}
		return text{"arbetsboken går inte att läsa: %s: %s", "the workbook cannot be read: %s: %s"}.in(lang, part, why)
	case errors.Is(err, fs.ErrNotExist):
		return text{"filen finns inte", "the file does not exist"}.in(lang)
	case errors.Is(err, fs.ErrPermission):
		return text{"filen får inte läsas (behörighet)", "the file may not be read (permissions)"}.in(lang)
	}
	return err.Error()
}
