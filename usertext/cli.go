package usertext

// Texts is the catalogue of the command line and the results report, one
// field per message, grouped by command (lazygit's TranslationSet, with
// both languages in each field).
type Texts struct {
	General  General
	Config   Config
	Store    StoreTexts
	Referral Referral
	Closing  Closing
	Handover Handover
	Gallra   Gallra
	Note     Note
	Phrase   Phrase
	Import   Import
	Demo     Demo
	Report   Report
	Worklist Worklist
	Results  Results
}

// General are the messages every command may give.
type General struct {
	NotADate, NotAStamp, NotAWeekday, BadLang, Missing, NotWhole Text
	NoDatabase, DataDir, FileMissing, FileDenied                 Text
	ArgsExact, ArgsMin, ArgsMax                                  Plural
	ArgsNone, UnknownCommand                                     Text
	UnknownFlag, FlagNeedsValue, FlagBadValue                    Text
	StatusActive, StatusMaintenance, StatusClosed                Text
}

// Config are the settings file's errors; the file and line stay verbatim.
type Config struct {
	KeyValue, Twice, NoValue, Lang, DB, Days, Unknown, Unreadable Text
}

// StoreTexts explain the store's sentinel errors a command meets.
type StoreTexts struct {
	NotFound, Decided, NameDiffers, Exists, NoConsent, HandoverPending, NotPending, NotHandoverFile, Conflict Text
}

// Referral are the messages of ikbt referral (3.4–3.5).
type Referral struct {
	Added, Step, Check, Obs, Answer, RedFlag, Yes, No, Flag Text
	ListHead                                                Text
	StepContact, StepBook, StepForms, StepVisit, StepDecide Text
	DoneContacted, DoneBooked, DoneFormsSent, DoneHeld      Text
	ItemNotWhole, YesOrNo                                   Text
}

// Closing are the messages of ikbt closing (3.6.3–3.6.7).
type Closing struct {
	Booked, Held, Waived, SoB, Gallrad                             Text
	PromptNearEnd, PromptBookVisit, PromptVisit, PromptMaintenance Text
	PromptCloseSoB, PromptGallraSoB, AnswerKeyText                 Text
}

// Handover are the messages of ikbt handover (8.1–8.3).
type Handover struct {
	Clinician, Accepted, Declined, Outcome, Blocked, Confirm               Text
	Written, Received                                                      Plural
	OpenFlag, PendingFeedback, NothingBlocks                               Text
	UnwrittenNotes, UnnotedContacts                                        Plural
	ListHead, Pending, AcceptedState, DeclinedState, Cancelled, OutMissing Text
	NoMoments                                                              Text
}

// Gallra are the messages of ikbt gallra.
type Gallra struct {
	Would, Patient, WhyClosed, WhyHandedOver, WhyNotTreated Text
	Done, File, Rewritten, Left, None, ListHead             Text
	NotRemovable, NotDecidedNo                              Text
}

// Note are the messages of ikbt note and the code checks of ikbt phrase.
type Note struct {
	NoMoment, BadKind, BadContact                                 Text
	WhyNoProgram, WhyNoCompleted, WhyNoHandledFlag, WhyNoCurrent  Text
	WhyNotClosed, WhyClosed, WhyNotEnded, WhyNotActive, Build     Text
	FieldDiagnosis, FieldReason, FieldFollowUp, FieldProgramName  Text
	Unknown, Foreign, Missing, DidYouMean, Or                     Text
	Left                                                          Plural
	ParamModule, ParamNext, ParamDate, ParamScore, ParamChallenge Text
	ModuleNotNext, NextNotModule, TwoPrograms                     Text
}

// Phrase are the messages of ikbt phrase.
type Phrase struct {
	NameOne, PhrasesFile, PersonalLine, ModuleFrom1, NotProgram, TakesNo Text
	NoProgramHasMore, ProgramHas, ListHead, All, Ours, Personal          Text
}

// Import are the messages of ikbt import.
type Import struct {
	Nothing, Imported, Warning, JSONOnly, NoMapping, Preview, Saved, SavingMapping Text
	Refused                                                                        Plural
	Patients, Moments, ModuleEvents, Measurements, Messages                        Plural
}

// Demo are the messages of ikbt demo.
type Demo struct{ AtLeastOne, Written Text }

// Report are the messages of ikbt report (the report's own words are Results).
type Report struct {
	ToBeforeFrom, OneFormat, WithPNR, NoProgram, OutExists Text
	Wrote                                                  Plural
}

// Worklist is the plain summary of ikbt worklist.
type Worklist struct {
	Title, Everyone, Moments, Feedback, Flags, Measurements, RedFlag Text
}

// T is the catalogue.
var T = Texts{
	General: General{
		NotADate:          Text{"%q är inget datum (skriv ÅÅÅÅ-MM-DD)", "%q is not a date (want YYYY-MM-DD)"},
		NotAStamp:         Text{"%q är ingen tidpunkt (skriv ÅÅÅÅ-MM-DDTTT:MM eller ÅÅÅÅ-MM-DD)", "%q is not a time (want YYYY-MM-DDTHH:MM or YYYY-MM-DD)"},
		NotAWeekday:       Text{"%q är ingen veckodag (måndag … söndag)", "%q is not a weekday (Monday … Sunday, or måndag … söndag)"},
		BadLang:           Text{"%q: välj sv eller en", "%q: want sv or en"},
		Missing:           Text{"saknas", "missing"},
		NotWhole:          Text{"%q är inget heltal", "%q is not a whole number"},
		NoDatabase:        Text{"databasen %s finns inte; inget har skapats. Starta med --create för att skapa den, eller ange en annan fil med --db", "the database %s does not exist; nothing was created. Start with --create to create it, or name another file with --db"},
		FileMissing:       Text{"filen finns inte", "no such file"},
		FileDenied:        Text{"ingen behörighet till filen", "permission denied"},
		DataDir:           Text{"datamappen kan inte hittas (%v); ange en fil med --db", "the data directory cannot be found (%v); name a file with --db"},
		ArgsExact:         Plural{Text{"tar ett argument, fick %d (se --help)", "takes one argument, got %d (see --help)"}, Text{"tar %d argument, fick %d (se --help)", "takes %d arguments, got %d (see --help)"}},
		ArgsMin:           Plural{Text{"tar minst ett argument, fick %d (se --help)", "takes at least one argument, got %d (see --help)"}, Text{"tar minst %d argument, fick %d (se --help)", "takes at least %d arguments, got %d (see --help)"}},
		ArgsMax:           Plural{Text{"tar högst ett argument, fick %d (se --help)", "takes at most one argument, got %d (see --help)"}, Text{"tar högst %d argument, fick %d (se --help)", "takes at most %d arguments, got %d (see --help)"}},
		ArgsNone:          Text{"tar inga argument, fick %q (se --help)", "takes no arguments, got %q (see --help)"},
		UnknownCommand:    Text{"okänt kommando %q (ikbt --help visar dem)", "unknown command %q (ikbt --help lists them)"},
		UnknownFlag:       Text{"okänd flagga (se --help)", "unknown flag (see --help)"},
		FlagNeedsValue:    Text{"flaggan behöver ett värde", "the flag needs a value"},
		FlagBadValue:      Text{"%q är inget giltigt värde", "%q is not a valid value"},
		StatusActive:      Text{"pågående", "active"},
		StatusMaintenance: Text{"vidmakthållande", "maintenance"},
		StatusClosed:      Text{"avslutat", "closed"},
	},
	Config: Config{
		KeyValue:   Text{"%q: skriv nyckel = värde", "%q: want key = value"},
		Twice:      Text{"%s är redan satt på rad %d", "%s is already set on line %d"},
		NoValue:    Text{"%s saknar värde", "%s has no value"},
		Lang:       Text{"lang %q: välj sv eller en", "lang %q: want sv or en"},
		DB:         Text{"db %q: ange en absolut sökväg (eller en som börjar med ~/)", "db %q: want an absolute path (or one starting with ~/)"},
		Days:       Text{"gallring_days %q: ange ett helt antal dagar, 0 eller fler", "gallring_days %q: want a whole number of days, 0 or more"},
		Unknown:    Text{"okänd nyckel %q (kända: %s)", "unknown key %q (known: %s)"},
		Unreadable: Text{"inställningsfilen kan inte läsas (ingen läsrätt eller ingen fil)", "the settings file cannot be read (no permission, or not a file)"},
	},
	Store: StoreTexts{
		NotFound:        Text{"finns inte", "not found"},
		Decided:         Text{"remissen är redan beslutad", "the referral is decided already"},
		NameDiffers:     Text{"personnumret finns i filen under ett annat namn; inget ändrat", "the personnummer is in the file under another name; nothing changed"},
		Exists:          Text{"id:t finns redan", "the id is taken"},
		NoConsent:       Text{"patientens godkännande (8.2.1) eller att patienten informerats (8.1) saknas", "the patient's approval (8.2.1) or being told (8.1) is not recorded"},
		HandoverPending: Text{"momentet har redan en pågående överlämning", "the moment is in a pending handover already"},
		NotPending:      Text{"överlämningen är inte längre pågående", "the handover is no longer pending"},
		NotHandoverFile: Text{"filen är ingen överlämningsfil", "the file is not a handover file"},
		Conflict:        Text{"momentet ändrades under tiden; försök igen", "the moment was changed meanwhile; try again"},
	},
	Referral: Referral{
		Added:   Text{"Remiss %s tillagd för %s (%s) i %s\n", "Referral %s added for %s (%s) in %s\n"},
		Step:    Text{"Remiss %s: %s %s\n", "Referral %s: %s %s\n"},
		Check:   Text{"Remiss %s: checklista 3.4 fråga %s = %s%s\n", "Referral %s: checklist 3.4 question %s = %s%s\n"},
		Obs:     Text{" (observandum)", " (to weigh)"},
		Answer:  Text{"Remiss %s: %s sparad (%s)\n", "Referral %s: %s saved (%s)\n"},
		RedFlag: Text{"RÖD FLAGGA: MADRS-S fråga 9 = %d – hantera enligt 4.1\n", "RED FLAG: MADRS-S item 9 = %d – act as in 4.1\n"},
		Yes:     Text{"Remiss %s: IKBT – moment %s startar %s (startbatteriet är nu aktuellt)\n", "Referral %s: IKBT – moment %s starts %s (the start battery is now due)\n"},
		No:      Text{"Remiss %s: inte IKBT (%s)\n", "Referral %s: not IKBT (%s)\n"},
		Flag:    Text{"Remiss %s: röd flagga %s hanterad\n", "Referral %s: red flag %s handled\n"},
		ListHead: Text{"REMISS\tNAMN\tPERSONNUMMER\tVÄNTAT\tNÄSTA STEG\tSENAST\tFÖRSENAD\tFLAGGOR",
			"REFERRAL\tNAME\tPERSONNUMMER\tWAITING\tNEXT STEP\tDUE\tOVERDUE\tFLAGS"},
		StepContact:   Text{"kontakta (3.5.2)", "contact (3.5.2)"},
		StepBook:      Text{"boka bedömningsbesök", "book assessment visit"},
		StepForms:     Text{"skicka formulär (3.5.4)", "send forms (3.5.4)"},
		StepVisit:     Text{"bedömningsbesök (3.5.5)", "assessment visit (3.5.5)"},
		StepDecide:    Text{"beslut", "decide"},
		DoneContacted: Text{"kontaktad", "contacted"},
		DoneBooked:    Text{"bedömningsbesök bokat till", "assessment visit booked for"},
		DoneFormsSent: Text{"formulär skickade", "forms sent"},
		DoneHeld:      Text{"bedömningsbesök hållet", "assessment visit held"},
		ItemNotWhole:  Text{"fråga %d: %q är inget heltal", "item %d: %q is not a whole number"},
		YesOrNo:       Text{"ange --yes eller --no", "give --yes or --no"},
	},
	Closing: Closing{
		Booked:            Text{"Avslutningsbesök för %s bokat %s\n", "Closing visit of %s booked for %s\n"},
		Held:              Text{"Avslutningsbesök för %s den %s sparat\n", "Closing visit of %s on %s saved\n"},
		Waived:            Text{"%s: ingen uppföljningsmätning kommer\n", "%s: no follow-up measurement will come\n"},
		SoB:               Text{"%s: avslutat i SoB %s%s\n", "%s: closed in SoB %s%s\n"},
		Gallrad:           Text{", gallrat i SoB %s", ", gallrad in SoB %s"},
		PromptNearEnd:     Text{"Avslutningsfas: uppmuntra sammanfattningar och en vidmakthållandeplan (3.6.3)", "Closing phase: encourage summaries and a maintenance plan (3.6.3)"},
		PromptBookVisit:   Text{"Boka avslutningsbesök (3.6.4)", "Book the closing visit (3.6.4)"},
		PromptVisit:       Text{"Avslutningsbesök i dag eller passerat (3.6.6)", "Closing visit today or past (3.6.6)"},
		PromptMaintenance: Text{"Sätt programmet i vidmakthållande 90 dagar (3.6.5)", "Put the program in maintenance for 90 days (3.6.5)"},
		PromptCloseSoB:    Text{"Avsluta momentet i SoB (3.6.7)", "Close the moment in SoB (3.6.7)"},
		PromptGallraSoB:   Text{"GALLRA patienten i SoB under ”avslutade” (3.6.7)", "Gallra the patient in SoB under \"avslutade\" (3.6.7)"},
		AnswerKeyText:     Text{"%q: skriv NYCKEL=TEXT", "%q: want KEY=TEXT"},
	},
	Handover: Handover{
		Clinician: Text{"%s har nu behandlare %s\n", "%s now has clinician %s\n"},
		Written: Plural{Text{"Överlämning %s till %s: fil skriven till %s (läge 0600, 1 moment: %s). Momentet är markerat ”överlämning pågår”; du är ansvarig tills mottagaren godkänt.\n",
			"Handover %s to %s: file written to %s (mode 0600, 1 moment: %s). The moment is marked \"handover pending\"; you stay responsible until the receiving unit accepts.\n"},
			Text{"Överlämning %[2]s till %[3]s: fil skriven till %[4]s (läge 0600, %[1]d moment: %[5]s). Momenten är markerade ”överlämning pågår”; du är ansvarig tills mottagaren godkänt.\n",
				"Handover %[2]s to %[3]s: file written to %[4]s (mode 0600, %[1]d moments: %[5]s). The moments are marked \"handover pending\"; you stay responsible until the receiving unit accepts.\n"}},
		Received: Plural{Text{"Överlämning %s från %s mottagen (1 moment), väntar i Överlämningar\n", "Handover %s from %s received (1 moment), waiting in Handovers\n"},
			Text{"Överlämning %[2]s från %[3]s mottagen (%[1]d moment), väntar i Överlämningar\n", "Handover %[2]s from %[3]s received (%[1]d moments), waiting in Handovers\n"}},
		Accepted:        Text{"Överlämning %s godkänd, behandlare %s\n", "Handover %s accepted, clinician %s\n"},
		Declined:        Text{"Överlämning %s avböjd; inget av den finns kvar i filen\n", "Handover %s declined; nothing of it is left in the file\n"},
		Outcome:         Text{"Överlämning %s: %s\n", "Handover %s: %s\n"},
		Blocked:         Text{"Kontrollera först (8.2.1):\n", "Check first (8.2.1):\n"},
		Confirm:         Text{"bekräfta med --confirm att du gått igenom punkterna ovan", "confirm with --confirm that you have gone through the points above"},
		OpenFlag:        Text{"  %s: öppen flagga %s (%s)\n", "  %s: open flag %s (%s)\n"},
		PendingFeedback: Text{"  %s: återkoppling väntar (senast %s)\n", "  %s: feedback pending (due %s)\n"},
		NothingBlocks:   Text{"  %s: inget hindrar\n", "  %s: nothing blocks\n"},
		UnwrittenNotes: Plural{Text{"  %s: 1 anteckning inte kopierad till Cosmic\n", "  %s: 1 note not copied to Cosmic\n"},
			Text{"  %[2]s: %[1]d anteckningar inte kopierade till Cosmic\n", "  %[2]s: %[1]d notes not copied to Cosmic\n"}},
		UnnotedContacts: Plural{Text{"  %s: 1 kontakt efter senaste anteckningen\n", "  %s: 1 contact after the latest note\n"},
			Text{"  %[2]s: %[1]d kontakter efter senaste anteckningen\n", "  %[2]s: %[1]d contacts after the latest note\n"}},
		ListHead:      Text{"ID\tRIKTNING\tMOMENT\tFRÅN\tTILL\tSTARTAD\tLÄGE\tUTFALL", "ID\tDIRECTION\tMOMENTS\tFROM\tTO\tSTARTED\tSTATE\tOUTCOME"},
		Pending:       Text{"överlämning pågår", "pending"},
		AcceptedState: Text{"överlämnad", "accepted"},
		DeclinedState: Text{"avböjd", "declined"},
		Cancelled:     Text{"avbruten", "cancelled"},
		OutMissing:    Text{"ange var överlämningsfilen ska skrivas", "where to write the handover file"},
		NoMoments:     Text{"ange momenten (MOMENT… eller --moments ID,ID…)", "name the moments (MOMENT… or --moments ID,ID…)"},
	},
	Gallra: Gallra{
		Would:         Text{"Gallra %s (%s, %s): tar bort allt om det%s. Ingenting är borttaget. Kör igen med --yes.\n", "Gallra %s (%s, %s): removes everything it holds%s. Nothing was removed. Run again with --yes.\n"},
		Patient:       Text{" – även patienten, som inte har något annat i filen", " – and the patient, who has nothing else in the file"},
		WhyClosed:     Text{"avslutat, uppföljning klar", "closed, follow-up done"},
		WhyHandedOver: Text{"överlämnat", "handed over"},
		WhyNotTreated: Text{"remiss utan behandling", "referral not treated"},
		Done:          Text{"Gallrat %s (%s) ur %s%s\n", "Gallrad %s (%s) from %s%s\n"},
		File:          Text{"  borttagen: %s\n", "  removed: %s\n"},
		Rewritten:     Text{"  säkerhetskopia omskriven utan patienten: %s\n", "  backup rewritten without the patient: %s\n"},
		Left:          Text{"  finns kvar (överlämningsfil du skrev; ta bort den om den inte behövs): %s\n", "  still there (a handover file you wrote; remove it if it is not needed): %s\n"},
		None:          Text{"Inget att föreslå för gallring (efter %d dagar)\n", "Nothing to propose for gallring (after %d days)\n"},
		ListHead:      Text{"ID\tNAMN\tPERSONNUMMER\tVARFÖR\tSEDAN", "ID\tNAME\tPERSONNUMMER\tWHY\tSINCE"},
		NotRemovable:  Text{"momentet är %s: bara ett avslutat moment med besvarad eller avstådd uppföljning, eller ett överlämnat, gallras", "the moment is %s: only a closed moment whose follow-up is answered or waived, or a handed-over one, is gallrad"},
		NotDecidedNo:  Text{"remissen ledde inte till beslutet ”inte IKBT”: inget att gallra", "the referral did not end in \"not IKBT\": nothing to gallra"},
	},
	Note: Note{
		NoMoment:         Text{"momentet %s finns inte i %s", "moment %s is not in %s"},
		BadKind:          Text{"okänd anteckningstyp %q (välj feedback, flag, reminder, start, closing, followup eller free)", "unknown note kind %q (want feedback, flag, reminder, start, closing, followup or free)"},
		BadContact:       Text{"okänt kontaktsätt %q (välj skriftlig, telefon, video eller besok)", "unknown contact type %q (want skriftlig, telefon, video or besok)"},
		WhyNoProgram:     Text{"momentet %s: programmet %q finns inte i katalogen, så anteckningen (%s) kan inte byggas", "moment %s: program %q is not in the catalogue, so no %s note can be built"},
		WhyNoCompleted:   Text{"momentet %s har ingen inskickad eller återkopplad modul än: ingen återkopplingsanteckning (prova --kind start eller --kind reminder)", "moment %s has no module submitted or given feedback yet: no feedback note (try --kind start or --kind reminder)"},
		WhyNoHandledFlag: Text{"momentet %s har ingen omhändertagen röd flagga: hantera flaggan (H i appen) först, så kommer vem, när och vad med i anteckningen", "moment %s has no handled red flag: handle the flag (H in the app) first, so that who, when and what go into the note"},
		WhyNoCurrent:     Text{"momentet %s har ingen öppnad modul att påminna om", "moment %s has no module opened to remind about"},
		WhyNotClosed:     Text{"momentet %s är inte avslutat: ingen avslutsanteckning (avsluta momentet först)", "moment %s is not closed: no closing note (close the moment first)"},
		WhyClosed:        Text{"momentet %s är avslutat: ingen anteckning (%s)", "moment %s is closed: no %s note"},
		WhyNotEnded:      Text{"momentet %s är en pågående behandling: ingen uppföljningsanteckning efter avslut", "moment %s is an ongoing treatment: no follow-up note after the treatment"},
		WhyNotActive:     Text{"momentet %s är i vidmakthållande: patienten kan inte få meddelanden, så ingen påminnelse", "moment %s is in maintenance: the patient cannot get messages, so no reminder"},
		Build:            Text{"momentet %s: anteckningen (%s) kan inte byggas: %s", "moment %s: the %s note cannot be built: %s"},
		FieldDiagnosis:   Text{"huvuddiagnos saknas för momentet", "the moment has no main diagnosis"},
		FieldReason:      Text{"avslutningsorsak saknas", "no closing reason"},
		FieldFollowUp:    Text{"uppföljningsdatum saknas", "no follow-up date"},
		FieldProgramName: Text{"programmets namn saknas", "no program name"},
		Unknown:          Text{"okänd fraskod %q", "unknown phrase code %q"},
		Foreign:          Text{"fraskoden %q hör till %s, inte till %s", "phrase code %q belongs to %s, not to %s"},
		Missing:          Text{"fraskoden %s behöver %s (ge %s)", "phrase %s needs %s (give %s)"},
		DidYouMean:       Text{"; menade du %s?", "; did you mean %s?"},
		Or:               Text{" eller ", " or "},
		Left:             Plural{Text{"en kod lämnades som den skrevs", "1 code left as typed"}, Text{"%d koder lämnades som de skrevs", "%d codes left as typed"}},
		ParamModule:      Text{"modulen kontakten gäller", "the module the contact is about"},
		ParamNext:        Text{"modulen som tilldelas", "the module assigned next"},
		ParamDate:        Text{"ett uppföljningsdatum", "a follow-up date"},
		ParamScore:       Text{"en MADRS-S-poäng", "a MADRS-S score"},
		ParamChallenge:   Text{"utmaningsområdet som tilldelas med modul 6", "the challenge area assigned with module 6"},
		ModuleNotNext:    Text{"fras %s tar inte --module (modulen kontakten gäller): modulen som tilldelas ges med --next", "phrase %s takes no --module (the module the contact is about): give the module assigned with --next"},
		NextNotModule:    Text{"fras %s tar inte --next (modulen som tilldelas): modulen kontakten gäller ges med --module", "phrase %s takes no --next (the module assigned): give the module the contact is about with --module"},
		TwoPrograms:      Text{"utkastet har kontaktorsak för både %s och %s; ange --program", "the draft has a Kontaktorsak of both %s and %s; give --program"},
	},
	Phrase: Phrase{
		NameOne:          Text{"ange en fraskod, t.ex. ikbt phrase behint3li (ikbt phrase list visar alla)", "name one phrase code, e.g. ikbt phrase behint3li (ikbt phrase list shows them all)"},
		PhrasesFile:      Text{"filen kan inte läsas; de inbyggda fraserna används", "the file cannot be read; the built-in phrases are used"},
		PersonalLine:     Text{"personliga fraser: %s (raden hoppas över)", "personal phrases: %s (line skipped)"},
		ModuleFrom1:      Text{"ange ett modulnummer från 1", "want a module number from 1"},
		NotProgram:       Text{"%q: inget program (ikbt phrase list visar dem)", "%q: not a program (ikbt phrase list shows them)"},
		TakesNo:          Text{"fras %s tar inte --%s", "phrase %s takes no --%s"},
		NoProgramHasMore: Text{"inget program har mer än %d moduler (fras %s)", "no program has more than %d modules (phrase %s)"},
		ProgramHas:       Text{"%s har %d moduler (fras %s)", "%s has %d modules (phrase %s)"},
		ListHead:         Text{"KOD\tSÖKORD\tPROGRAM\tKÄLLA\tTEXT", "CODE\tSÖKORD\tPROGRAM\tSOURCE\tTEXT"},
		All:              Text{"alla", "all"},
		Ours:             Text{"egen", "ours"},
		Personal:         Text{"personlig", "personal"},
	},
	Import: Import{
		Nothing:       Text{"inget importerades", "nothing was imported"},
		Imported:      Text{"Importerade %s från %s till %s\n", "Imported %s from %s into %s\n"},
		Warning:       Text{"varning: %s: %s\n", "warning: %s: %s\n"},
		JSONOnly:      Text{"--map, --dry-run och --take-file gäller kalkylark (.csv, .tsv, .xlsx), inte JSON", "--map, --dry-run and --take-file are for spreadsheets (.csv, .tsv, .xlsx), not JSON"},
		NoMapping:     Text{"den här rubrikraden har ingen sparad kolumnmappning: säg vilken kolumn som är vilket fält med --map (%s)\n  kolumner: %s\n  förslag:  --map '%s'", "no saved column mapping for this header: say which column is which field with --map (%s)\n  columns:    %s\n  suggestion: --map '%s'"},
		Preview:       Text{"Förhandsgranskning av %s (ingenting skrivs):", "Preview of %s (nothing is written):"},
		Saved:         Text{"Inläst i %s: %d nya behandlingar, %d uppdaterade.", "Imported into %s: %d new moments, %d updated."},
		SavingMapping: Text{"kolumnmappningen kunde inte sparas (%v)", "the column mapping could not be saved (%v)"},
		Refused:       Plural{Text{"1 rad nekad: rätta den och läs in igen (%s)", "1 row refused: correct it and import again (%s)"}, Text{"%d rader nekade: rätta dem och läs in igen (%s)", "%d rows refused: correct them and import again (%s)"}},
		Patients:      Plural{Text{"1 patient", "1 patient"}, Text{"%d patienter", "%d patients"}},
		Moments:       Plural{Text{"1 moment", "1 moment"}, Text{"%d moment", "%d moments"}},
		ModuleEvents:  Plural{Text{"1 modulhändelse", "1 module event"}, Text{"%d modulhändelser", "%d module events"}},
		Measurements:  Plural{Text{"1 mätning", "1 measurement"}, Text{"%d mätningar", "%d measurements"}},
		Messages:      Plural{Text{"1 meddelande", "1 message"}, Text{"%d meddelanden", "%d messages"}},
	},
	Demo: Demo{
		AtLeastOne: Text{"ange minst 1", "want at least 1"},
		Written:    Text{"Demopatientlista för %s skriven till %s: %s (%s s)\n", "Demo caseload for %s written to %s: %s (%ss)\n"},
	},
	Report: Report{
		ToBeforeFrom: Text{"--to %s ligger före --from %s", "--to %s is before --from %s"},
		OneFormat:    Text{"ange ett av --json, --csv och --markdown", "give one of --json, --csv and --markdown"},
		WithPNR:      Text{"--with-personnummer hör till --csv eller --json (sammanfattningen i Markdown har inga rader per patient)", "--with-personnummer goes with --csv or --json (the Markdown summary has no per-patient rows)"},
		NoProgram:    Text{"%q: inget sådant program (%s)", "%q: no such program (%s)"},
		OutExists:    Text{"filen finns redan; den skrivs inte över (välj ett annat namn)", "the file exists; it is not overwritten (choose another name)"},
		Wrote:        Plural{Text{"Skrev %s (1 moment, läge 0600)\n", "Wrote %s (1 moment, mode 0600)\n"}, Text{"Skrev %[2]s (%[1]d moment, läge 0600)\n", "Wrote %[2]s (%[1]d moments, mode 0600)\n"}},
	},
	Worklist: Worklist{
		Title:        Text{"Arbetslista %s (%s)\n", "Worklist %s (%s)\n"},
		Everyone:     Text{"alla", "everyone"},
		Moments:      Text{"  moment:        %d\n", "  moments:       %d\n"},
		Feedback:     Text{"  återkoppling:  %d väntar, %d försenade\n", "  feedback:      %d pending, %d overdue\n"},
		Flags:        Text{"  flaggor:       %d öppna, %d röda (fråga 9: MADRS-S, PHQ-9)\n", "  flags:         %d open, %d red (item 9: MADRS-S, PHQ-9)\n"},
		Measurements: Text{"  mätningar:     %d aktuella\n", "  measurements:  %d due\n"},
		RedFlag:      Text{"  röd flagga: moment %s, %s fråga 9 = %d\n", "  red flag: moment %s, %s item 9 = %d\n"},
	},
	Results: results,
}
