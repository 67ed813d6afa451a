package usertext

// Codes of the import format (store.DecodeJSON and validate).
const (
	ImportUTF8           Code = "import-utf8"
	ImportNothing        Code = "import-nothing"
	ImportTopLevel       Code = "import-top-level"
	ImportTrailing       Code = "import-trailing"
	ImportUnknownKey     Code = "import-unknown-key"
	ImportDuplicateKey   Code = "import-duplicate-key"
	ImportTooLong        Code = "import-too-long"
	ImportOccasion       Code = "import-occasion"
	ImportNegative       Code = "import-negative"
	ImportYear           Code = "import-year"
	ImportNeedsMaintFrom Code = "import-needs-maintenance-from"
	ImportNeedsClosedOn  Code = "import-needs-closed-on"
	ImportBeforeStart    Code = "import-before-start"
	ImportSameAnswer     Code = "import-same-answer"
	ImportPNR            Code = "import-pnr"

	PNREmpty    Code = "pnr-empty"
	PNRNotDigit Code = "pnr-not-digit"
	PNRLength   Code = "pnr-length"
	PNRDate     Code = "pnr-date"
	PNRCheck    Code = "pnr-check"
)

func init() {
	add(map[Code]text{
		ImportUTF8: {"filen är inte giltig UTF-8 här (spara den som UTF-8)",
			"the file is not valid UTF-8 here (save it as UTF-8)"},
		ImportNothing: {"filen har inget att importera (inga patienter och inga moment)",
			"the file holds nothing to import (no patients and no moments)"},
		ImportTopLevel: {"filen ska vara ett JSON-objekt med \"patients\" och \"moments\"",
			"the file must be a JSON object with \"patients\" and \"moments\""},
		ImportTrailing: {"mer text efter filens JSON-objekt", "more text after the file's JSON object"},
		ImportUnknownKey: {"okänt fält %q (kända: %s; stora och små bokstäver räknas)",
			"unknown field %q (known: %s; case matters)"},
		ImportDuplicateKey: {"fältet %q finns två gånger", "field %q is given twice"},
		ImportTooLong:      {"%d tecken, högst %d tillåts", "%d characters, at most %d allowed"},
		ImportOccasion: {"%q är inget mättillfälle (Bedömning, Uppstart behandling, Pågående, Avslut behandling, Uppföljning)",
			"%q is not an occasion (Bedömning, Uppstart behandling, Pågående, Avslut behandling, Uppföljning)"},
		ImportNegative: {"%v är negativt; en totalpoäng är 0 eller mer", "%v is negative; a total is 0 or more"},
		ImportYear:     {"%q: året ska ligga mellan %d och %d", "%q: the year must lie between %d and %d"},
		ImportNeedsMaintFrom: {"status maintenance kräver maintenance_from (dagen vidmakthållandet började)",
			"status maintenance needs maintenance_from (the day maintenance began)"},
		ImportNeedsClosedOn: {"status closed kräver closed_on (dagen momentet avslutades)",
			"status closed needs closed_on (the day the moment was closed)"},
		ImportBeforeStart: {"%s ligger före started %s", "%s lies before started %s"},
		ImportSameAnswer: {"ett andra %s besvarat %s, som %s (ett datum utan tid räknas som 23:59)",
			"a second %s answered at %s, as %s (a date without a time counts as 23:59)"},
		ImportPNR:   {"personnumret %s %s", "personnummer %s %s"},
		PNREmpty:    {"är tomt", "is empty"},
		PNRNotDigit: {"har ett tecken som inte är en siffra", "has a character that is not a digit"},
		PNRLength:   {"ska ha 10 eller 12 siffror", "must have 10 or 12 digits"},
		PNRDate:     {"har inget giltigt födelsedatum", "has no valid date of birth"},
		PNRCheck:    {"har fel kontrollsiffra", "has a wrong check digit"},
	})
}
