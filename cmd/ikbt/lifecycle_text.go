package main

import (
	"errors"
	"fmt"

	"github.com/ikbt/ikbt/store"
)

// lifecycleText are the messages of the commands referral, closing,
// handover and gallra: Swedish first, English second.
var lifecycleText = map[string][2]string{
	"referral.added":     {"Remiss %s tillagd för %s (%s) i %s\n", "Referral %s added for %s (%s) in %s\n"},
	"referral.step":      {"Remiss %s: %s %s\n", "Referral %s: %s %s\n"},
	"referral.check":     {"Remiss %s: checklista 3.4 fråga %s = %s%s\n", "Referral %s: checklist 3.4 question %s = %s%s\n"},
	"referral.obs":       {" (observandum)", " (to weigh)"},
	"referral.answer":    {"Remiss %s: %s sparad (%s)\n", "Referral %s: %s saved (%s)\n"},
	"referral.redflag":   {"RÖD FLAGGA: MADRS-S fråga 9 = %d – hantera enligt 4.1\n", "RED FLAG: MADRS-S item 9 = %d – act as in 4.1\n"},
	"referral.yes":       {"Remiss %s: IKBT – moment %s startar %s (startbatteriet är nu aktuellt)\n", "Referral %s: IKBT – moment %s starts %s (the start battery is now due)\n"},
	"referral.no":        {"Remiss %s: inte IKBT (%s)\n", "Referral %s: not IKBT (%s)\n"},
	"referral.flag":      {"Remiss %s: röd flagga %s hanterad\n", "Referral %s: red flag %s handled\n"},
	"closing.booked":     {"Avslutningsbesök för %s bokat %s\n", "Closing visit of %s booked for %s\n"},
	"closing.held":       {"Avslutningsbesök för %s den %s sparat\n", "Closing visit of %s on %s saved\n"},
	"closing.waived":     {"%s: ingen uppföljningsmätning kommer\n", "%s: no follow-up measurement will come\n"},
	"closing.sob":        {"%s: avslutat i SoB %s%s\n", "%s: closed in SoB %s%s\n"},
	"closing.gallrad":    {", gallrat i SoB %s", ", gallrad in SoB %s"},
	"handover.clinician": {"%s har nu behandlare %s\n", "%s now has clinician %s\n"},
	"handover.written":   {"Överlämning %s till %s: fil skriven till %s (läge 0600, %d moment: %s). Momenten är markerade ”överlämning pågår”; du är ansvarig tills mottagaren godkänt.\n", "Handover %s to %s: file written to %s (mode 0600, %d moments: %s). The moments are marked \"handover pending\"; you stay responsible until the receiving unit accepts.\n"},
	"handover.received":  {"Överlämning %s från %s mottagen (%d moment), väntar i Överlämningar\n", "Handover %s from %s received (%d moments), waiting in Handovers\n"},
	"handover.accepted":  {"Överlämning %s godkänd, behandlare %s\n", "Handover %s accepted, clinician %s\n"},
	"handover.declined":  {"Överlämning %s avböjd; inget av den finns kvar i filen\n", "Handover %s declined; nothing of it is left in the file\n"},
	"handover.outcome":   {"Överlämning %s: %s\n", "Handover %s: %s\n"},
	"handover.blocked":   {"Kontrollera först (8.2.1):\n", "Check first (8.2.1):\n"},
	"handover.confirm":   {"Bekräfta med --confirm att du gått igenom punkterna ovan", "Confirm with --confirm that you have gone through the points above"},
	"gallra.would":       {"Gallra %s (%s, %s): tar bort allt om det%s. Ingenting är borttaget. Kör igen med --yes.\n", "Gallra %s (%s, %s): removes everything it holds%s. Nothing was removed. Run again with --yes.\n"},
	"gallra.patient":     {" – även patienten, som inte har något annat i filen", " – and the patient, who has nothing else in the file"},
	"why.closed":         {"avslutat, uppföljning klar", "closed, follow-up done"},
	"why.handed-over":    {"överlämnat", "handed over"},
	"why.not-treated":    {"remiss utan behandling", "referral not treated"},
	"gallra.done":        {"Gallrat %s (%s) ur %s%s\n", "Gallrad %s (%s) from %s%s\n"},
	"gallra.file":        {"  borttagen: %s\n", "  removed: %s\n"},
	"gallra.rewritten":   {"  säkerhetskopia omskriven utan patienten: %s\n", "  backup rewritten without the patient: %s\n"},
	"gallra.left":        {"  finns kvar (överlämningsfil du skrev; ta bort den om den inte behövs): %s\n", "  still there (a handover file you wrote; remove it if it is not needed): %s\n"},
	"gallra.none":        {"Inget att föreslå för gallring (efter %d dagar)\n", "Nothing to propose for gallring (after %d days)\n"},
}

// say formats message key in lang.
func say(lang, key string, args ...any) string {
	t, ok := lifecycleText[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return fmt.Sprintf(t[1], args...)
	}
	return fmt.Sprintf(t[0], args...)
}

// storeErrors are the store's errors a clinician meets here, in Swedish.
var storeErrors = []struct {
	err error
	sv  string
}{
	{store.ErrNotFound, "finns inte"},
	{store.ErrDecided, "remissen är redan beslutad"},
	{store.ErrNameDiffers, "personnumret finns i filen under ett annat namn; inget ändrat"},
	{store.ErrExists, "id:t finns redan"},
	{store.ErrNoConsent, "patientens godkännande (8.2.1) eller att patienten informerats (8.1) saknas"},
	{store.ErrHandoverPending, "momentet har redan en pågående överlämning"},
	{store.ErrNotPending, "överlämningen är inte längre pågående"},
	{store.ErrNotHandoverFile, "filen är ingen överlämningsfil"},
	{store.ErrConflict, "momentet ändrades under tiden; försök igen"},
}

// explain puts err in lang: in Swedish, a known error gets a Swedish
// sentence before the details.
func explain(lang string, err error) error {
	if err == nil || lang == "en" {
		return err
	}
	for _, e := range storeErrors {
		if errors.Is(err, e.err) {
			return fmt.Errorf("%s (%w)", e.sv, err)
		}
	}
	return err
}
