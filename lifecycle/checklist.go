package lifecycle

import "strconv"

// Checklist34 are the questions of "Checklista vid ställningstagande till
// IKBT (vuxna)" (manual 3.4), copied as the manual writes them (line
// breaks joined). A "ja" to 2–5, 7, 8 or a "nej" to 1, 6, 9–13 is an
// observandum or speaks against IKBT; the clinician decides (3.4: "Det är
// du som behandlare som utifrån din helhetsbedömning avgör").
var Checklist34 = []string{
	"Är patientens aktuella besvär primära? (Depressionen/sömnstörningen/ ångeststörningen/stressbesvären/GAD) Uppfylls diagnoskriterierna?",
	"Använder patienten mediciner som motverkar eller försvårar exponering/habituering/sömnrestriktion?",
	"Missbrukar patienten alkohol, narkotika eller tabletter? Förekommer annat missbruk som kan hindra IKBT-behandling?",
	"Har patienten psykiatriska besvär som förhindrar behandling?",
	"Har patienten en kognitiv nedsättning i den grad att det förhindrar behandling? (T.ex. inlärningssvårigheter, minnesproblem, koncentrationssvårigheter, svårigheter att planera uppgifter/vardag.)",
	"Har patienten tillräcklig språkkompetens i svenska för att förstå, läsa och skriva?",
	"Förekommer det någon annan somatisk eller psykologisk pågående behandling som kan störa eller ta tid från internetbehandlingen?",
	"Är patienten akut suicidal och bedöms ha behov av annan vård?",
	"Har ställningstagande gjorts till ev. somatiska orsaker som grund till symtomen? (Baserat på rutinen hos respektive vårdenhet.)",
	"Har patienten datorvana nog samt tekniska förutsättningar för att delta i internetbehandling t.ex. dator/platta, internetuppkoppling och bank-id/Freja eID för att logga in på 1177-vårdguidens e-tjänster?",
	"Använder patienten e-post och sms och kan ta emot aviseringar därigenom?",
	"Är patienten motiverad till behandlingen?",
	"Har patienten informerats om och förstått vad IKBT innebär?",
}

// favourable is the answer to each question of 3.4 that speaks for IKBT.
var favourable = []string{"ja", "nej", "nej", "nej", "nej", "ja", "nej", "nej", "ja", "ja", "ja", "ja", "ja"}

// ChecklistKey is the key of question n (1 …) of checklist 3.4, as the
// store keeps it: "1" … "13".
func ChecklistKey(n int) string { return strconv.Itoa(n) }

// ChecklistQuestion is the number (1 … 13) of the question a checklist
// key names; ok is false for anything but a key ChecklistKey makes ("01",
// "+1", "1 " and "14" are not questions).
func ChecklistQuestion(key string) (n int, ok bool) {
	n, err := strconv.Atoi(key)
	if err != nil || n < 1 || n > len(Checklist34) || ChecklistKey(n) != key {
		return 0, false
	}
	return n, true
}

// Observandum reports whether the answer to question key ("1" … "13") of
// checklist 3.4 is one to weigh before starting. ok is false for a key or
// answer that is not valid.
func Observandum(key, answer string) (obs, ok bool) {
	n, valid := ChecklistQuestion(key)
	if !valid || (answer != "ja" && answer != "nej") {
		return false, false
	}
	return answer != favourable[n-1], true
}
