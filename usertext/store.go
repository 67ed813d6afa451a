package usertext

// What is wrong with a caseload file (store's *Error), and what opening
// it did (notices).
var (
	NoFile = code("det finns ingen databas här (skapa en med ikbt import eller ikbt demo)",
		"there is no database here (create one with ikbt import or ikbt demo)")
	NotOursEmpty = code("filen är tom, inte en ikbt-databas; den lämnas orörd",
		"the file is empty, not an ikbt database; it was left untouched")
	NotOursDir = code("är en mapp, inte en ikbt-databas",
		"is a directory, not an ikbt database")
	NotOursNotSQLite = code("filen är ingen databas (kanske ett dokument eller en skadad fil); den lämnas orörd",
		"the file is not a database (perhaps a document or a damaged file); it was left untouched")
	NotOursAppID = code("filen är ett annat programs databas (application_id %s); den lämnas orörd",
		"the file is another program's database (application_id %s); it was left untouched")
	NotOursNoVersion = code("filen är en databas med tabeller men inte ikbt:s; den lämnas orörd",
		"the file is a database with tables but not ikbt's; it was left untouched")
	NotOursNoAppID = code("filen säger sig ha schemaversion %d men saknar ikbt:s märkning; den lämnas orörd",
		"the file claims schema version %d but lacks ikbt's mark; it was left untouched")
	NotOursTables = code("filen har schemaversion %d men saknar tabellen %s, så den är inte ikbt:s; den lämnas orörd",
		"the file has schema version %d but no table %s, so it is not ikbt's; it was left untouched")
	NotOursExtraTable = code("filen har tabellen %s, som ikbt aldrig skapar; den lämnas orörd",
		"the file holds a table %s that ikbt never creates; it was left untouched")
	NewerSchema = code("databasen är skriven av en nyare ikbt (schemaversion %d; denna ikbt känner till version %d); uppdatera ikbt",
		"the database was written by a newer ikbt (schema version %d; this ikbt knows up to %d); update ikbt")
	Corrupt = code("databasfilen är skadad; öppna den senaste säkerhetskopian (.bak-v*) eller be IT om hjälp",
		"the database file is damaged; open the latest backup (.bak-v*) or ask IT for help")
	Locked = code("ett annat ikbt skriver till filen just nu; vänta en stund och försök igen, eller stäng det andra fönstret",
		"another ikbt is writing to the file right now; wait a moment and try again, or close the other window")
	ReadOnlyFile = code("filen kan inte skrivas (skrivskyddad); den kan bara läsas",
		"the file cannot be written (read-only); it can only be read")
	ReadOnlyDir = code("mappen kan inte skrivas; databasen kan bara läsas",
		"its directory cannot be written; the database can only be read")
	ReadOnlyCreate = code("filen kan inte skapas här (ingen skrivrätt)",
		"the file cannot be created here (no write permission)")
	ReadOnlyOutdated = code("filen är skrivskyddad och behöver uppdateras från schemaversion %d till %d; ge skrivrätt och öppna den igen",
		"the file is read-only and its schema needs updating from version %d to %d; make it writable and open it again")
	MigrationFailed = code("uppdateringen till schemaversion %d misslyckades; filen är oförändrad",
		"updating to schema version %d failed; the file is unchanged")
	BackupFailed = code("säkerhetskopian %s kunde inte skrivas; filen är oförändrad",
		"the backup %s could not be written; the file is unchanged")
	BackedUp = code("filen hade schemaversion %d och är uppdaterad; en kopia av den gamla finns i %s",
		"the file had schema version %d and was brought up to date; a copy of the old one is in %s")
	Tightened = code("filen var läsbar för andra (%s); nu är den bara din (%s)",
		"the file was readable by others (%s); now it is yours alone (%s)")
	NotEmpty = code("databasen har redan moment; demodata blandas aldrig med en riktig patientlista (ange en ny fil med --db)",
		"the database already holds moments; demo data never mixes with a real caseload (give a new file with --db)")
	Renamed = code("namnet på %s ändrat från %q till %q (--rename)",
		"the name of %s changed from %q to %q (--rename)")
)

// The identity rule (store.CheckIdentity).
var (
	IdentityPNR = code("momentet %q tillhör %s i databasen, men filen anger %s; ett moment flyttas aldrig till en annan patient",
		"moment %q belongs to %s in the database, but the file gives %s; a moment never moves to another patient")
	IdentityProgram = code("momentet %q har programmet %q i databasen, men filen anger %q; en import byter inte ett moments program",
		"moment %q runs program %q in the database, but the file gives %q; an import does not change a moment's program")
	IdentityName = code("%s heter %q i databasen, men filen anger %q; ett namn ändras bara när du säger det (ikbt import --rename)",
		"%s is called %q in the database, but the file gives %q; a name changes only when you say so (ikbt import --rename)")
)

// The lifecycle's refusals (store's referral, closing and handover writes).
var (
	StepWant = code("%q: välj contacted, booked, forms eller held",
		"%q: want contacted, booked, forms or held")
	CheckAnswer = code("fråga %s: svaret %q: välj ja eller nej",
		"question %s: answer %q: want ja or nej")
	OutcomeWant = code("%q: välj accepted, declined eller cancelled",
		"%q: want accepted, declined or cancelled")
	WaiverOn = code("saknas (skriv ÅÅÅÅ-MM-DD)",
		"missing (want YYYY-MM-DD)")
	WaiverReason = code("saknas: skriv varför uppföljningen inte ska göras",
		"missing: say why the follow-up is not to be done")
)

// Refusals of a write to a moment handed over to another unit (8.2.3).
var (
	HandedOverChanged = code("momentet %s är överlämnat till en annan enhet och kan bara läsas här; filen ändrar det, så inget importerades",
		"moment %s was handed over to another unit and is read-only here; the file changes it, so nothing was imported")
	HandedOverReadOnly = code("momentet är överlämnat till en annan enhet och kan bara läsas här (8.2.3); inget ändrat",
		"the moment was handed over to another unit and is read-only here (8.2.3); nothing changed")
)

// What a write of the store refuses (issue 14.6): the where-part (a moment,
// referral or handover id, a field) stays verbatim before these.
var (
	Missing       = code("saknas", "missing")
	MissingDay    = code("saknas (skriv ÅÅÅÅ-MM-DD)", "missing (want YYYY-MM-DD)")
	MissingTime   = code("saknas (skriv ÅÅÅÅ-MM-DD HH:MM)", "missing (want YYYY-MM-DD HH:MM)")
	NoAnswer      = code("saknar svar", "no answer")
	UnknownInstr  = code("okänt formulär %q", "unknown instrument %q")
	NoItemsTotal  = code("varken svar på frågorna eller en totalpoäng angiven", "neither items nor total given")
	ScheduleOne   = code("ange antingen at_module eller every_weeks", "give either at_module or every_weeks")
	NotOffered    = code("%s erbjuds inte i %s (erbjuds: %s)", "%s is not offered on %s moments (offered: %s)")
	NotOfferedBut = code("%s erbjuds inte i %s (erbjuds: %s); behålls som importerat",
		"%s is not offered on %s moments (offered: %s); kept as imported")
	NotOccasion = code("%q är inget mättillfälle (bedomning, uppstart, pagaende, avslut eller uppfoljning)",
		"%q is not an occasion (bedomning, uppstart, pagaende, avslut or uppfoljning)")
	UnknownFlag  = code("okänd flaggtyp %q", "unknown flag kind %q")
	NotWeekday   = code("%q är ingen veckodag (måndag … söndag eller Monday … Sunday)", "%q is not a weekday (måndag … söndag or Monday … Sunday)")
	MessageFrom  = code("%q: välj patient eller clinician", "%q: want patient or clinician")
	EndStatus    = code("%q: välj maintenance eller closed", "%q: want maintenance or closed")
	FeedbackNone = code("varken en modul, en modul att öppna eller ett utmaningsområde angivet",
		"neither a module, a module to open nor a challenge area given")
	NothingToUndo = code("det finns inget att ångra", "there is nothing to undo")
	NoteKind      = code("%q är ingen anteckningstyp (feedback, flag, reminder, start, closing, followup eller free)",
		"%q is not a note kind (want feedback, flag, reminder, start, closing, followup or free)")
	NoteEmpty   = code("är tom", "empty")
	NoteControl = code("har styrtecknet %q", "has the control character %q")
	// The closing phase and SoB (3.6.6–3.6.7).
	ClosingNotQuestion = code("%q är ingen fråga i avslutningssamtalet", "%q is not a question of the closing visit")
	GallradBefore      = code("gallrad %s, före avslutet %s", "gallrad %s before it was closed %s")
	SoBActive          = code("momentet är %s här: för det till vidmakthållande eller avsluta det först (ett avslutat moment kan inte öppnas igen i SoB, 3.6.7)",
		"the moment is %s here: move it to maintenance or close it first (closed moments cannot be reopened in SoB, 3.6.7)")
	// Referrals (3.4–3.5).
	FormsWhich       = code("vilka formulär skickades?", "which forms were sent?")
	ChecklistNotItem = code("%q är ingen fråga (1–13)", "%q is not a question (1–13)")
	FlagBeforeStart  = code("flaggtyp %q: före starten höjs bara madrs9", "flag kind %q: only madrs9 is raised before the start")
	NoWithoutReason  = code("ett beslut mot IKBT behöver ett skäl", "a decision against IKBT needs a reason")
	// Handovers (8.1–8.2).
	ToldMissing = code("patienten är inte informerad om behandlarbytet (manual 8.1: \"viktigt att informera invånaren/patienten om behandlarbytet\")",
		"the patient has not been told of the change of clinician (manual 8.1: \"viktigt att informera invånaren/patienten om behandlarbytet\")")
	ConsentMissing  = code("patientens godkännande av överlämningen saknas (manual 8.2.1)", "the patient has not approved the handover (manual 8.2.1)")
	MomentClosed    = code("momentet är avslutat", "the moment is closed")
	OnlyOpenHanded  = code("momentet är %s: bara ett öppet moment lämnas över", "the moment is %s: only an open moment is handed over")
	HandoverTwice   = code("överlämningen finns redan i filen", "the handover is in the file already")
	HandoverWrongDo = code("överlämningen går åt andra hållet (%s): det här görs av den %s enheten", "the handover goes the other way (%s): this is done by the %s unit")
	HandoverNotOpen = code("överlämningen är inte längre pågående (%s)", "the handover is no longer pending (%s)")
	ClosedNoRows    = code("momentet är avslutat och tar inte emot nya uppgifter", "the moment is closed and receives no new rows")
	// Gallring (issue 16.3) and drafts.
	GallraTheMoment = code("remissen startade momentet %s: gallra momentet", "the referral started moment %s: gallra the moment")
	GallraReader    = code("ett annat program läser filen: stäng det och försök igen (uppgifterna är borttagna, deras gamla kopia i WAL-filen ännu inte)",
		"another program is reading the file: close it and try again (the data is removed, its old copy in the WAL is not yet)")
	GallraBackup = code("säkerhetskopian har kvar patienten och kunde inte tas bort", "the backup still holds the patient and cannot be removed")
	DraftNotOurs = code("är inget ikbt-utkast; filen lämnas orörd", "is not an ikbt draft; it is left alone")
	DraftOther   = code("har ett annat moments utkast; filen lämnas orörd", "holds the draft of another moment; it is left alone")
	// The direction and unit words of HandoverWrongDo.
	DirOut       = code("utgående", "outgoing")
	DirIn        = code("inkommande", "incoming")
	UnitSending  = code("sändande", "sending")
	UnitReceiver = code("mottagande", "receiving")
)

// Why an instrument refuses answers (instruments.ScoreError).
var (
	ScoreTotalOnly = code("%s räknas bara från summan (frågornas poängsättning är inte offentlig); ange summan",
		"%s is scored from its total only (its item scoring is not public); give the total")
	ScoreItemCount  = code("%s har %d frågor, fick %d", "%s has %d items, got %d")
	ScoreItemRange  = code("%s fråga %d: %d ligger utanför %s", "%s item %d: %d is out of range %s")
	ScoreNaN        = code("%s summa: inget tal", "%s total: not a number")
	ScoreNotWhole   = code("%s summa: %v är inget heltal", "%s total: %v is not a whole number")
	ScoreTotalRange = code("%s summa: %s ligger utanför %d–%d", "%s total: %s is out of range %d–%d")
)

// A second open moment of one patient in one program (issue 14.4).
var OpenMomentIn = code("patienten har redan ett aktivt moment eller ett i vidmakthållande i programmet %s (%s)",
	"the patient already has an active or maintenance moment in program %s (%s)")
