package usertext

// Codes of the catalogue. Store's codes say what is wrong with a file;
// Import codes what is wrong at a place in an import file.
const (
	// Verbatim is an explanation with no entry yet: its one argument is
	// said as it is (English).
	Verbatim Code = "verbatim"

	NoFile            Code = "no-file"
	NotOursEmpty      Code = "not-ours-empty"
	NotOursDir        Code = "not-ours-dir"
	NotOursNotSQLite  Code = "not-ours-not-sqlite"
	NotOursAppID      Code = "not-ours-app-id"
	NotOursNoVersion  Code = "not-ours-no-version"
	NotOursNoAppID    Code = "not-ours-no-app-id"
	NotOursTables     Code = "not-ours-tables"
	NotOursExtraTable Code = "not-ours-extra-table"
	NewerSchema       Code = "newer-schema"
	Corrupt           Code = "corrupt"
	Locked            Code = "locked"
	ReadOnlyFile      Code = "read-only-file"
	ReadOnlyDir       Code = "read-only-dir"
	ReadOnlyCreate    Code = "read-only-create"
	ReadOnlyOutdated  Code = "read-only-outdated"
	MigrationFailed   Code = "migration-failed"
	BackupFailed      Code = "backup-failed"
	BackedUp          Code = "backed-up"
	Tightened         Code = "tightened"
	NotEmpty          Code = "not-empty"
	NothingImported   Code = "nothing-imported"
	Renamed           Code = "renamed"
)

var catalogue = map[Code]text{
	Verbatim: {"%s", "%s"},

	NoFile: {"det finns ingen databas här (skapa en med ikbt import eller ikbt demo)",
		"there is no database here (create one with ikbt import or ikbt demo)"},
	NotOursEmpty: {"filen är tom, inte en ikbt-databas; den lämnas orörd",
		"the file is empty, not an ikbt database; it was left untouched"},
	NotOursDir: {"är en mapp, inte en ikbt-databas", "is a directory, not an ikbt database"},
	NotOursNotSQLite: {"filen är ingen databas (kanske ett dokument eller en skadad fil); den lämnas orörd",
		"the file is not a database (perhaps a document or a damaged file); it was left untouched"},
	NotOursAppID: {"filen är ett annat programs databas (application_id %s); den lämnas orörd",
		"the file is another program's database (application_id %s); it was left untouched"},
	NotOursNoVersion: {"filen är en databas med tabeller men inte ikbt:s; den lämnas orörd",
		"the file is a database with tables but not ikbt's; it was left untouched"},
	NotOursNoAppID: {"filen säger sig ha schemaversion %d men saknar ikbt:s märkning; den lämnas orörd",
		"the file claims schema version %d but lacks ikbt's mark; it was left untouched"},
	NotOursTables: {"filen har schemaversion %d men saknar tabellen %s, så den är inte ikbt:s; den lämnas orörd",
		"the file has schema version %d but no table %s, so it is not ikbt's; it was left untouched"},
	NotOursExtraTable: {"filen har tabellen %s, som ikbt aldrig skapar; den lämnas orörd",
		"the file holds a table %s that ikbt never creates; it was left untouched"},
	NewerSchema: {"databasen är skriven av en nyare ikbt (schemaversion %d; denna ikbt känner till version %d); uppdatera ikbt",
		"the database was written by a newer ikbt (schema version %d; this ikbt knows up to %d); update ikbt"},
	Corrupt: {"databasfilen är skadad; öppna den senaste säkerhetskopian (.bak-v*) eller be IT om hjälp",
		"the database file is damaged; open the latest backup (.bak-v*) or ask IT for help"},
	Locked: {"ett annat ikbt skriver till filen just nu; vänta en stund och försök igen, eller stäng det andra fönstret",
		"another ikbt is writing to the file right now; wait a moment and try again, or close the other window"},
	ReadOnlyFile: {"filen kan inte skrivas (skrivskyddad); den kan bara läsas",
		"the file cannot be written (read-only); it can only be read"},
	ReadOnlyDir: {"mappen kan inte skrivas; databasen kan bara läsas",
		"its directory cannot be written; the database can only be read"},
	ReadOnlyCreate: {"filen kan inte skapas här (ingen skrivrätt)",
		"the file cannot be created here (no write permission)"},
	ReadOnlyOutdated: {"filen är skrivskyddad och behöver uppdateras från schemaversion %d till %d; ge skrivrätt och öppna den igen",
		"the file is read-only and its schema needs updating from version %d to %d; make it writable and open it again"},
	MigrationFailed: {"uppdateringen till schemaversion %d misslyckades; filen är oförändrad",
		"updating to schema version %d failed; the file is unchanged"},
	BackupFailed: {"säkerhetskopian %s kunde inte skrivas; filen är oförändrad",
		"the backup %s could not be written; the file is unchanged"},
	BackedUp: {"filen hade schemaversion %d och är uppdaterad; en kopia av den gamla finns i %s",
		"the file had schema version %d and was brought up to date; a copy of the old one is in %s"},
	Tightened: {"filen var läsbar för andra (%s); nu är den bara din (%s)",
		"the file was readable by others (%s); now it is yours alone (%s)"},
	NotEmpty: {"databasen har redan moment; demodata blandas aldrig med en riktig patientlista (ange en ny fil med --db)",
		"the database already holds moments; demo data never mixes with a real caseload (give a new file with --db)"},
	NothingImported: {"inget importerades", "nothing was imported"},
	Renamed: {"namnet på %s ändrat från %q till %q (--rename)",
		"the name of %s changed from %q to %q (--rename)"},
}

// Codes of the identity rule (store.CheckIdentity).
const (
	IdentityPNR     Code = "identity-pnr"
	IdentityProgram Code = "identity-program"
	IdentityName    Code = "identity-name"
)

func init() {
	add(map[Code]text{
		IdentityPNR: {"momentet %q tillhör %s i databasen, men filen anger %s; ett moment flyttas aldrig till en annan patient",
			"moment %q belongs to %s in the database, but the file gives %s; a moment never moves to another patient"},
		IdentityProgram: {"momentet %q har programmet %q i databasen, men filen anger %q; en import byter inte ett moments program",
			"moment %q runs program %q in the database, but the file gives %q; an import does not change a moment's program"},
		IdentityName: {"%s heter %q i databasen, men filen anger %q; ett namn ändras bara när du säger det (ikbt import --rename)",
			"%s is called %q in the database, but the file gives %q; a name changes only when you say so (ikbt import --rename)"},
	})
}

// add puts entries in the catalogue; a code given twice is a mistake.
func add(m map[Code]text) {
	for c, t := range m {
		if _, dup := catalogue[c]; dup {
			panic("usertext: code " + string(c) + " twice")
		}
		catalogue[c] = t
	}
}
