package intake

import "fmt"

// text is one message in Swedish and English (the UI's two languages).
type text struct{ sv, en string }

func (t text) in(lang string, args ...any) string {
	f := t.sv
	if lang == "en" {
		f = t.en
	}
	return fmt.Sprintf(f, args...)
}

// The messages of a refused row or an unreadable mapping.
var (
	txtMissingField  = text{"ingen kolumn för det obligatoriska fältet %s (%s)", "no column for the required field %s (%s)"}
	txtNoSuchColumn  = text{"kolumnen %q finns inte i rubrikraden", "the header has no column %q"}
	txtMissing       = text{"saknas", "missing"}
	txtMissingNew    = text{"saknas (behövs för en ny behandling)", "missing (a new moment needs it)"}
	txtMissingNewPat = text{"saknas (behövs för en ny patient)", "missing (a new patient needs it)"}
	txtPNRChars      = text{"%q har tecken som inte är siffror", "%q has characters that are not digits"}
	txtPNRLength     = text{"%q ska ha 10 eller 12 siffror", "%q must have 10 or 12 digits"}
	txtPNRCheck      = text{"fel kontrollsiffra", "wrong check digit"}
	txtPNRDate       = text{"inget giltigt födelsedatum", "no valid date of birth"}
	txtProgram       = text{"okänt program %q (kända: %s)", "unknown program %q (known: %s)"}
	txtDate          = text{"%q är inget datum (t.ex. 2026-11-23, 23/11/2026, 23 nov 2026)", "%q is not a date (e.g. 2026-11-23, 23/11/2026, 23 nov 2026)"}
	txtStamp         = text{"%q är ingen tidpunkt (t.ex. 2026-11-23 14:05 eller 2026-11-23)", "%q is not a time (e.g. 2026-11-23 14:05 or 2026-11-23)"}
	txtWeekday       = text{"%q är ingen veckodag (måndag … söndag)", "%q is not a weekday (Monday … Sunday)"}
	txtModule        = text{"%s har ingen modul %q", "%s has no module %q"}
	txtInstrument    = text{"okänd skattningsskala %q (kända: %s)", "unknown instrument %q (known: %s)"}
	txtTotal         = text{"%q är ingen poäng", "%q is not a score"}
	txtTotalRange    = text{"%s: %v", "%s: %v"}
	txtOccasion      = text{"%q är inget mättillfälle (bedömning, uppstart, pågående, avslut, uppföljning)", "%q is not an occasion (bedömning, uppstart, pågående, avslut, uppföljning)"}
	txtNeedsModule   = text{"en modultid utan modul", "a module time without a module"}
	txtNeedsInstr    = text{"en poäng utan skattningsskala", "a score without an instrument"}
	txtConflictDB    = text{"filen säger %s, databasen %s (%s tar filens)", "the file says %s, the database %s (%s takes the file's)"}
	txtConflictRow   = text{"filen säger %s, men rad %d sa %s", "the file says %s, but row %d said %s"}
	txtClosed        = text{"behandlingen i %s avslutades %s: en avslutad behandling tar inte emot rader (en ny behandling behöver ett startdatum efter avslutet)", "the moment in %s was closed on %s: a closed moment never receives rows (a new moment needs a start date after it)"}
	txtAmbiguous     = text{"patienten har %d pågående behandlingar i %s: vilken är oklart", "the patient has %d open moments in %s: which one is unclear"}
	txtNoItem9       = text{"fråga 9 okänd", "item 9 unknown"}
)
