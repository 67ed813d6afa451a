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

// The import file's checks (store.validate, the lifecycle parts): the
// JSON path stays verbatim before these (issue 14.6).
var (
	ImportTotalScore = code("%s stämmer inte med svaren, som ger %s",
		"%s does not match the items, which score %s")
	ImportMissingStamp = code("saknas (skriv ÅÅÅÅ-MM-DDTHH:MM)",
		"missing (want YYYY-MM-DDTHH:MM)")
	ImportMissingWeekday = code("saknas (en veckodag som måndag eller Monday)",
		"missing (a weekday such as måndag or Monday)")
	ImportNullItem = code("svaret saknas (null)",
		"missing score (null)")
	ImportStoppedTwice = code("%s är redan stoppat i stops[%d]",
		"%s is already stopped in stops[%d]")
	ImportHandoverHeader = code("huvudet nämner %v, filen innehåller %v",
		"the header names %v, the file holds %v")
	ImportNotInPatients = code("%s finns inte i patients",
		"%s is not in patients")
	ImportDecision = code("%q är inget beslut (ikbt, no eller tomt)",
		"%q is not a decision (ikbt, no, or empty)")
	ImportDecidedMissing = code("saknas: dagen för beslutet",
		"missing: the day of the decision")
	ImportReasonMissing = code("saknas: varför inte IKBT",
		"missing: why not IKBT")
	ImportReferralTwice = code("%q är redan referrals[%d]",
		"%q is already referrals[%d]")
	ImportChecklist = code("nyckel %q svar %q: välj en fråga 1–13 i checklistan 3.4 och ja eller nej",
		"key %q answer %q: want a question 1–13 of checklist 3.4 and ja or nej")
	ImportTotalSum = code("%d stämmer inte med svaren, som summerar till %d",
		"%d does not match the items, which sum to %d")
	ImportReferralFlag = code("ska vara en hanterad madrs9-flagga",
		"want a handled madrs9 flag")
	ImportNotInMoments = code("%q finns inte i moments",
		"%q is not in moments")
	ImportClosingTwice = code("%q har redan en avslutning",
		"%q has a closing already")
	ImportDirection = code("%q: välj out, in eller same",
		"%q: want out, in or same")
	ImportState = code("%q: välj pending, accepted, declined eller cancelled",
		"%q: want pending, accepted, declined or cancelled")
	ImportPatientTwice = code("%s är redan patients[%d]",
		"%s is already patients[%d]")
	ImportMomentTwice = code("%q är redan id för moments[%d]",
		"%q is already the id of moments[%d]")
	ImportNoPatient = code("ingen patient %s i patients",
		"no patient %s in patients")
	ImportProgram = code("okänt program %q (kända: %v)",
		"unknown program %q (known: %v)")
	ImportWeekdayNumber = code("%d är ingen veckodag",
		"%d is not a weekday")
	ImportStatus = code("%q är inte active, maintenance eller closed",
		"%q is not active, maintenance or closed")
	ImportChallenge = code("%q är inget utmaningsområde i %s",
		"%q is not a challenge area of %s")
	ImportAddon = code("%q är varken ett spår i %s eller en tilläggsmodul",
		"%q is neither a track of %s nor an add-on module")
	ImportNoModule = code("%s har ingen modul %q",
		"%s has no module %q")
	ImportModuleTwice = code("modul %q är redan modules[%d]",
		"module %q is already modules[%d]")
	ImportMessageFrom = code("%q är varken patient eller clinician",
		"%q is neither patient nor clinician")
	ImportMessageTwice = code("samma meddelande som messages[%d]",
		"the same message as messages[%d]")
	ImportFlagKind = code("okänd flaggtyp %q (kända: %v)",
		"unknown flag kind %q (known: %v)")
	ImportFlagTwice = code("flaggan %s %s är redan hanterad i flags[%d]",
		"flag %s %s is already handled in flags[%d]")
)
