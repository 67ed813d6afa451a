package usertext

// What is wrong at a place in an import file (store.DecodeJSON and validate).
var (
	ImportUTF8 = code("filen är inte giltig UTF-8 här (spara den som UTF-8)",
		"the file is not valid UTF-8 here (save it as UTF-8)")
	ImportNothing = code("filen har inget att importera (inga patienter och inga moment)",
		"the file holds nothing to import (no patients and no moments)")
	ImportTopLevel = code("filen ska vara ett JSON-objekt med \"patients\" och \"moments\"",
		"the file must be a JSON object with \"patients\" and \"moments\"")
	ImportTrailing = code("mer text efter filens JSON-objekt",
		"more text after the file's JSON object")
	ImportUnknownKey = code("okänt fält %q (kända: %s; stora och små bokstäver räknas)",
		"unknown field %q (known: %s; case matters)")
	ImportDuplicateKey = code("fältet %q finns två gånger",
		"field %q is given twice")
	ImportTooLong = code("%d tecken, högst %d tillåts",
		"%d characters, at most %d allowed")
	ImportOccasion = code("%q är inget mättillfälle (Bedömning, Uppstart behandling, Pågående, Avslut behandling, Uppföljning)",
		"%q is not an occasion (Bedömning, Uppstart behandling, Pågående, Avslut behandling, Uppföljning)")
	ImportNegative = code("%v är negativt; en totalpoäng är 0 eller mer",
		"%v is negative; a total is 0 or more")
	ImportYear = code("%q: året ska ligga mellan %d och %d",
		"%q: the year must lie between %d and %d")
	ImportNeedsMaintFrom = code("status maintenance kräver maintenance_from (dagen vidmakthållandet började)",
		"status maintenance needs maintenance_from (the day maintenance began)")
	ImportNeedsClosedOn = code("status closed kräver closed_on (dagen momentet avslutades)",
		"status closed needs closed_on (the day the moment was closed)")
	ImportBeforeStart = code("%s ligger före started %s",
		"%s lies before started %s")
	ImportSameAnswer = code("ett andra %s besvarat %s, som %s (ett datum utan tid räknas som 23:59)",
		"a second %s answered at %s, as %s (a date without a time counts as 23:59)")
	ImportPNR = code("personnumret %s %s",
		"personnummer %s %s")
)

// Why a personnummer is not one (personnummer.Parse): the end of a sentence
// that starts with the number.
var (
	PNREmpty = code("är tomt",
		"is empty")
	PNRNotDigit = code("har ett tecken som inte är en siffra",
		"has a character that is not a digit")
	PNRLength = code("ska ha 10 eller 12 siffror",
		"must have 10 or 12 digits")
	PNRDate = code("har inget giltigt födelsedatum",
		"has no valid date of birth")
	PNRCheck = code("har fel kontrollsiffra",
		"has a wrong check digit")
)
