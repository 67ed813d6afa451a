package common

// Catalogue is every label of the interface, one field each, Swedish and
// English side by side (lazygit's TranslationSet): a label the code names
// and the catalogue lacks does not compile, and one without both
// languages fails TestLabelsHaveBothLanguages. Labels may hold fmt verbs;
// Lang.T fills them.
type Catalogue struct {
	// The worklist, the moment and module pages, the program list.
	AppLoading   Label
	AppLoaderror Label
	AppToosmall  Label

	HeaderEveryone Label
	HeaderMoments  Label
	HeaderRedflags Label

	TabMoments      Label
	TabFeedback     Label
	TabFlags        Label
	TabMeasurements Label

	TableNoneTabMoments      Label
	TableNoneTabFeedback     Label
	TableNoneTabFlags        Label
	TableNoneTabMeasurements Label
	TableNomatch             Label

	ColName         Label
	ColPnr          Label
	ColProgram      Label
	ColModule       Label
	ColFlags        Label
	ColLastactivity Label
	ColNextfeedback Label
	ColWeeks        Label
	ColStatus       Label
	ColReason       Label
	ColArrived      Label
	ColDue          Label
	ColOverdue      Label
	ColFlag         Label
	ColRaised       Label
	ColDetail       Label
	ColInstrument   Label
	ColOccasion     Label
	ColTrigger      Label

	StatusActive      Label
	StatusMaintenance Label
	StatusClosed      Label

	OccasionBedomning   Label
	OccasionUppstart    Label
	OccasionPagaende    Label
	OccasionAvslut      Label
	OccasionUppfoljning Label

	TriggerStart    Label
	TriggerFinal    Label
	TriggerFollowup Label
	TriggerModule   Label
	TriggerEvery    Label

	FeedbackModule  Label
	FeedbackMessage Label
	DueOntime       Label
	DueLate         Label

	FlagRed                   Label
	FlagRedshort              Label
	FlagLivslust              Label
	FlagMadrs9                Label
	FlagMadrs9Detail          Label
	FlagInactive              Label
	FlagInactiveDetail        Label
	FlagNoDialogue            Label
	FlagNoDialogueDetail      Label
	FlagMaintenanceOver       Label
	FlagMaintenanceOverDetail Label
	FlagDeterioration         Label
	FlagInactiveDays          Label
	FlagNoDialogueDays        Label
	FlagMaintenanceOverSince  Label
	FlagDeteriorationChange   Label
	FlagDeteriorationDetail   Label
	EndConfirmMaintenance     Label
	EndConfirmClose           Label
	EndConfirmNo              Label
	HeaderReadonly            Label
	// issue 14: the symbols in full help.
	LegendPending Label
	LegendDone    Label
	LegendOpen    Label
	LegendFlag    Label
	LegendCursor  Label
	LegendSort    Label
	LegendMasked  Label
	// issue 14: one patient, one name.
	ActFNameKnown   Label
	ActErrNameKnown Label
	ErrNameDiffers  Label
	ErrOpenMoment   Label
	ErrExists       Label
	ErrNotFound     Label
	ErrCorrupt      Label
	ErrNewerSchema  Label
	ErrPnrEmpty     Label
	ErrPnrDigit     Label
	ErrPnrLength    Label
	ErrPnrDate      Label
	ErrPnrCheck     Label
	ErrOther        Label
	// issue 14: confirmations and undo.
	ConfirmYes      Label
	ConfirmYesKeys  Label
	ConfirmNo       Label
	UndoAsk         Label
	UndoTitle       Label
	UndoWarnRed     Label
	UndoWarnHandled Label
	UndoConflictOf  Label
	UndoMore        Label
	// issue 14: the missed agreed day (manual 3.6.1) in words.
	FlagMissedDay        Label
	FlagMissedDayDetail  Label
	FlagMissedDayMessage Label
	FlagMissedDayPhone   Label

	FilterPlaceholder Label
	FilterActive      Label
	SortBy            Label

	DetailError           Label
	DetailStarted         Label
	DetailFeedbackday     Label
	DetailDiagnosis       Label
	DetailMaintenance     Label
	DetailFeedbacknext    Label
	DetailFlags           Label
	DetailWaiting         Label
	DetailDue             Label
	DetailModules         Label
	DetailModlegend       Label
	DetailTrackChallenge  Label
	DetailTrackOptional   Label
	DetailTrackAddon      Label
	DetailNochallenge     Label
	DetailMeasurements    Label
	DetailEarlier         Label
	DetailItem9           Label
	DetailActivity        Label
	DetailMessages        Label
	DetailLastfrompatient Label
	DetailLastfromus      Label
	DetailLastlogin       Label
	DetailLastactivity    Label

	ModulePlace      Label
	ModuleTrackplace Label
	ModuleRendering  Label
	ModuleError      Label

	ProgramsTitle   Label
	ProgramsNone    Label
	ProgramsModules Label
	ProgramsTracks  Label
	ProgramsAddon   Label
	ProgramsAddon1  Label

	EmptyTitle     Label
	EmptyIntro     Label
	EmptyClinician Label
	EmptyImport    Label
	EmptyAdd       Label
	EmptyDemo      Label
	EmptyHelp      Label

	KeyUp                Label
	KeyDown              Label
	KeyPageup            Label
	KeyPagedown          Label
	KeyHalfup            Label
	KeyHalfdown          Label
	KeyTop               Label
	KeyBottom            Label
	KeyNexttab           Label
	KeyPrevtab           Label
	KeyOpen              Label
	KeyOpenmodule        Label
	KeyBack              Label
	KeyFilter            Label
	KeyFilterdone        Label
	KeyFilterclear       Label
	KeySort              Label
	KeyReveal            Label
	KeyPrograms          Label
	KeyReload            Label
	KeyHelp              Label
	KeyQuit              Label
	MeasureErrNumber     Label
	MeasureErrRange      Label
	MeasureErrCount      Label
	MeasureErrTotal      Label
	MeasureErrTotalrange Label

	// The actions: forms, note composer, phrase picker, copy and undo.
	ActKeyNew      Label
	ActKeyIncoming Label
	ActKeyFeedback Label
	ActKeyMeasure  Label
	ActKeyHandle   Label
	ActKeySchedule Label
	ActKeyEnd      Label
	ActKeyCompose  Label
	ActKeyUndo     Label
	ActKeyPhrases  Label
	ActKeyCopy     Label
	ActKeySave     Label
	ActKeySubmit   Label
	ActKeyBack     Label
	ActKeyContact  Label
	ActKeyCancel   Label
	ActKeyExpand   Label
	ActKeyPick     Label

	ActTitleNew      Label
	ActTitleIncoming Label
	ActTitleFeedback Label
	ActTitleMeasure  Label
	ActTitleHandle   Label
	ActTitleSchedule Label
	ActTitleEnd      Label
	ActTitleComposer Label
	ActTitlePhrases  Label

	ActYes                Label
	ActNo                 Label
	ActFPnr               Label
	ActFPnrDesc           Label
	ActFName              Label
	ActFProgram           Label
	ActFStart             Label
	ActFWeekday           Label
	ActFDiagnosis         Label
	ActFClinician         Label
	ActFOpen1             Label
	ActFChallenge         Label
	ActFChallengeLater    Label
	ActFAddons            Label
	ActFKind              Label
	ActFKindModule        Label
	ActFKindMessage       Label
	ActFKindLogin         Label
	ActFModule            Label
	ActFWhen              Label
	ActFFbmodule          Label
	ActFFbmessage         Label
	ActFNext              Label
	ActFNextNone          Label
	ActFFbchallenge       Label
	ActFInstrument        Label
	ActFOccasion          Label
	ActFMode              Label
	ActFModeItems         Label
	ActFModeTotal         Label
	ActFItems             Label
	ActFTotal             Label
	ActFFlag              Label
	ActFWho               Label
	ActFWhat              Label
	ActFSchedkind         Label
	ActFSchedkindModule   Label
	ActFSchedkindEvery    Label
	ActFEvery             Label
	ActFFrom              Label
	ActFStatus            Label
	ActFStatusMaintenance Label
	ActFStatusClosed      Label
	ActFReason            Label
	ActFOn                Label

	ActInfoPnrOk       Label
	ActInfoPnrKnown    Label
	ActInfoPnrTest     Label
	ActInfoScore       Label
	ActInfoItem9       Label
	ActInfoRedflag     Label
	ActInfoModules     Label
	ActInfoPace        Label
	ActInfoNopending   Label
	ActInfoOpens       Label
	ActInfoNochallenge Label
	ActInfoSaving      Label
	ActInfoHelp        Label

	ActErrNomoment  Label
	ActErrNoflag    Label
	ActErrReadonly  Label
	ActErrNowriter  Label
	ActErrConflict  Label
	ActErrSave      Label
	ActErrDate      Label
	ActErrStamp     Label
	ActErrRequired  Label
	ActErrDiagnosis Label
	ActErrNumber    Label
	ActErrWeeks     Label

	ActDoneNew           Label
	ActDoneSubmitted     Label
	ActDoneMessage       Label
	ActDoneLogin         Label
	ActDoneFeedback      Label
	ActDoneFeedbacknext  Label
	ActDoneFeedbackopens Label
	ActDoneMeasure       Label
	ActDoneHandle        Label
	ActDoneSchedule      Label
	ActDoneEnd           Label
	ActDoneNote          Label
	ActDoneUndo          Label
	ActUndoNone          Label
	ActUndoConflict      Label

	ActCopyOsc52         Label
	ActCopyOsc52tmux     Label
	ActCopySystem        Label
	ActCopyNosystem      Label
	ActCopyDone          Label
	ActCopyNofile        Label
	ActCopyEmpty         Label
	ActComposerPreview   Label
	ActComposerBuilt     Label
	ActComposerNobuild   Label
	ActComposerEdited    Label
	ActComposerContact   Label
	ActComposerExpanded  Label
	ActComposerBadcode   Label
	ActPickerPlaceholder Label
	ActPickerNone        Label
	ActPickerCopied      Label
	ActPickerInserted    Label

	ActReasonCompleted Label
	ActReasonPatient   Label
	ActReasonInactive  Label
	ActReasonClinician Label
	ActReasonReferred  Label
	ActReasonOther     Label

	ActOccBedomning   Label
	ActOccUppstart    Label
	ActOccPagaende    Label
	ActOccAvslut      Label
	ActOccUppfoljning Label

	ActFlagMadrs9          Label
	ActFlagInactive        Label
	ActFlagNoDialogue      Label
	ActFlagMaintenanceOver Label
	ActFlagDeterioration   Label
}

// L is the catalogue.
var L = Catalogue{
	AppLoading:   Label{"app.loading", "Laddar …", "Loading …"},
	AppLoaderror: Label{"app.loaderror", "Kunde inte läsa databasen:", "Could not read the database:"},
	AppToosmall:  Label{"app.toosmall", "ikbt: fönstret är %d×%d. Gör det minst %d×%d. q avslutar.", "ikbt: the window is %d×%d. Make it at least %d×%d. q quits."},

	HeaderEveryone: Label{"header.everyone", "alla behandlare", "all clinicians"},
	HeaderMoments:  Label{"header.moments", "%d moment", "%d moments"},
	HeaderRedflags: Label{"header.redflags", "⚑ RÖD FLAGGA: %d", "⚑ RED FLAG: %d"},

	TabMoments:      Label{"tab.moments", "Moment", "Moments"},
	TabFeedback:     Label{"tab.feedback", "Återkoppling", "Feedback"},
	TabFlags:        Label{"tab.flags", "Flaggor", "Flags"},
	TabMeasurements: Label{"tab.measurements", "Mätningar", "Measurements"},

	TableNoneTabMoments:      Label{"table.none.tab.moments", "Inga aktiva moment.", "No active moments."},
	TableNoneTabFeedback:     Label{"table.none.tab.feedback", "Ingen återkoppling väntar i dag.", "No feedback is waiting today."},
	TableNoneTabFlags:        Label{"table.none.tab.flags", "Inga öppna flaggor.", "No open flags."},
	TableNoneTabMeasurements: Label{"table.none.tab.measurements", "Inga mätningar att göra.", "No measurements due."},
	TableNomatch:             Label{"table.nomatch", "Inget matchar ”%s”. esc rensar filtret.", "Nothing matches “%s”. esc clears the filter."},

	ColName:         Label{"col.name", "Namn", "Name"},
	ColPnr:          Label{"col.pnr", "Personnummer", "Personnummer"},
	ColProgram:      Label{"col.program", "Program", "Program"},
	ColModule:       Label{"col.module", "Modul", "Module"},
	ColFlags:        Label{"col.flags", "Flaggor", "Flags"},
	ColLastactivity: Label{"col.lastactivity", "Senast", "Last seen"},
	ColNextfeedback: Label{"col.nextfeedback", "Återkoppl.", "Feedback"},
	ColWeeks:        Label{"col.weeks", "V.", "Wk"},
	ColStatus:       Label{"col.status", "Status", "Status"},
	ColReason:       Label{"col.reason", "Gäller", "About"},
	ColArrived:      Label{"col.arrived", "Inkom", "Arrived"},
	ColDue:          Label{"col.due", "Senast", "Due"},
	ColOverdue:      Label{"col.overdue", "Läge", "State"},
	ColFlag:         Label{"col.flag", "Flagga", "Flag"},
	ColRaised:       Label{"col.raised", "Sedan", "Raised"},
	ColDetail:       Label{"col.detail", "Varför", "Why"},
	ColInstrument:   Label{"col.instrument", "Formulär", "Scale"},
	ColOccasion:     Label{"col.occasion", "Tillfälle", "Occasion"},
	ColTrigger:      Label{"col.trigger", "Utlöst av", "Trigger"},

	StatusActive:      Label{"status.active", "aktiv", "active"},
	StatusMaintenance: Label{"status.maintenance", "vidmakth.", "maint."},
	StatusClosed:      Label{"status.closed", "avslutad", "closed"},

	OccasionBedomning:   Label{"occasion.bedomning", "Bedömning", "Assessment"},
	OccasionUppstart:    Label{"occasion.uppstart", "Uppstart", "Start-up"},
	OccasionPagaende:    Label{"occasion.pagaende", "Pågående", "Ongoing"},
	OccasionAvslut:      Label{"occasion.avslut", "Avslut", "Final"},
	OccasionUppfoljning: Label{"occasion.uppfoljning", "Uppföljning", "Follow-up"},

	TriggerStart:    Label{"trigger.start", "start", "start"},
	TriggerFinal:    Label{"trigger.final", "sista modulen", "last module"},
	TriggerFollowup: Label{"trigger.followup", "uppföljning", "follow-up"},
	TriggerModule:   Label{"trigger.module", "modul %d", "module %d"},
	TriggerEvery:    Label{"trigger.every", "var %d:e vecka", "every %d weeks"},

	FeedbackModule:  Label{"feedback.module", "Modul %s", "Module %s"},
	FeedbackMessage: Label{"feedback.message", "Meddelande", "Message"},
	DueOntime:       Label{"due.ontime", "i tid", "on time"},
	DueLate:         Label{"due.late", "%d d sen", "%d d late"},

	FlagRed:                   Label{"flag.red", "RÖD FLAGGA", "RED FLAG"},
	FlagRedshort:              Label{"flag.redshort", "RÖD", "RED"},
	FlagLivslust:              Label{"flag.livslust", "Livslust %d", "Livslust %d"},
	FlagMadrs9:                Label{"flag.madrs9", "RÖD FLAGGA", "RED FLAG"},
	FlagMadrs9Detail:          Label{"flag.madrs9.detail", "MADRS-S fråga 9 (livslust): %d poäng", "MADRS-S item 9 (livslust): %d points"},
	FlagInactive:              Label{"flag.inactive", "Inaktiv", "Inactive"},
	FlagInactiveDetail:        Label{"flag.inactive.detail", "Ingen aktivitet på länge", "No activity for a long time"},
	FlagNoDialogue:            Label{"flag.no-dialogue", "Ingen dialog", "No dialogue"},
	FlagNoDialogueDetail:      Label{"flag.no-dialogue.detail", "Inga meddelanden på länge", "No messages for a long time"},
	FlagMaintenanceOver:       Label{"flag.maintenance-over", "Vidmakthållande slut", "Maintenance over"},
	FlagMaintenanceOverDetail: Label{"flag.maintenance-over.detail", "90 dagar i vidmakthållande har gått", "90 days of maintenance have passed"},
	FlagDeterioration:         Label{"flag.deterioration", "Försämring", "Deterioration"},
	FlagInactiveDays:          Label{"flag.inactive.days", "Ingen inloggning eller aktivitet på %d dagar", "No login or activity for %d days"},
	FlagNoDialogueDays:        Label{"flag.no-dialogue.days", "Ingen dialog på %d dagar: överväg avslut", "No dialogue for %d days: consider closing"},
	FlagMaintenanceOverSince:  Label{"flag.maintenance-over.since", "Vidmakthållande sedan %s är slut (%d dagar)", "Maintenance since %s is over (%d days)"},
	FlagDeteriorationChange:   Label{"flag.deterioration.change", "%s %d → %d (+%d; tillförlitlig förändring är %d)", "%s %d → %d (+%d; reliable change is %d)"},
	FlagDeteriorationDetail:   Label{"flag.deterioration.detail", "Tillförlitlig försämring på huvudformuläret", "Reliable deterioration on the primary scale"},
	// issue 14
	EndConfirmMaintenance: Label{"end.confirm.maintenance", "%s går från aktiv behandling till vidmakthållande från %s (90 dagar, manual 3.6.5). Spara?", "%s moves from active treatment to maintenance from %s (90 days, manual 3.6.5). Save?"},
	EndConfirmClose:       Label{"end.confirm.close", "Momentet för %s stängs %s med orsaken %s; sedan öppnas avslutsanteckningen. Spara?", "The moment of %s is closed on %s with the reason %s; then the closing note opens. Save?"},
	EndConfirmNo:          Label{"end.confirm.no", "Inget sparat: välj ja för att spara, esc för att avbryta.", "Nothing saved: choose yes to save, esc to cancel."},
	HeaderReadonly:        Label{"header.readonly", "skrivskyddad", "read-only"},
	LegendPending:         Label{"legend.pending", "inlämnat, väntar återkoppling", "submitted, waiting for feedback"},
	LegendDone:            Label{"legend.done", "återkoppling given", "feedback given"},
	LegendOpen:            Label{"legend.open", "modul öppnad", "module opened"},
	LegendFlag:            Label{"legend.flag", "flagga (röd: RÖD FLAGGA)", "flag (red: RED FLAG)"},
	LegendCursor:          Label{"legend.cursor", "vald rad", "selected row"},
	LegendSort:            Label{"legend.sort", "sorterad kolumn", "sorted column"},
	LegendMasked:          Label{"legend.masked", "dolt personnummer (x visar)", "masked personnummer (x shows)"},
	ActFNameKnown:         Label{"act.f.name.known", "Namn (finns som %s; lämna tomt)", "Name (stored as %s; leave empty)"},
	ActErrNameKnown:       Label{"act.err.name.known", "Personnumret finns redan som %s. Namnet ändras inte härifrån: lämna fältet tomt eller skriv det namnet.", "The personnummer is stored as %s. The name is not changed from here: leave the field empty or type that name."},
	ErrNameDiffers:        Label{"err.name.differs", "Personnumret finns redan under ett annat namn; inget sparat. Namnet ändras inte utan att du väljer det.", "The personnummer is stored under another name; nothing saved. The name is not changed without your choice."},
	ErrOpenMoment:         Label{"err.open.moment", "Patienten har redan ett aktivt moment eller ett i vidmakthållande i det här programmet; inget sparat. Avsluta det först (a).", "The patient already has an active or maintenance moment in this program; nothing saved. End it first (a)."},
	ErrExists:             Label{"err.exists", "Ett moment med samma id finns redan; inget sparat.", "A moment with this id exists; nothing saved."},
	ErrNotFound:           Label{"err.notfound", "Finns inte längre i databasen (borttaget i ett annat fönster?).", "No longer in the database (removed in another window?)."},
	ErrCorrupt:            Label{"err.corrupt", "Filen är skadad eller ingen ikbt-databas; den har inte ändrats.", "The file is damaged or not an ikbt database; it has not been changed."},
	ErrNewerSchema:        Label{"err.newerschema", "Databasen är skriven av en nyare ikbt; uppdatera programmet.", "The database was written by a newer ikbt; update the program."},
	ErrPnrEmpty:           Label{"err.pnr.empty", "Personnummer saknas", "Personnummer is empty"},
	ErrPnrDigit:           Label{"err.pnr.digit", "Personnumret har ett tecken som inte är en siffra", "The personnummer has a character that is not a digit"},
	ErrPnrLength:          Label{"err.pnr.length", "Personnumret ska ha 10 eller 12 siffror", "The personnummer must have 10 or 12 digits"},
	ErrPnrDate:            Label{"err.pnr.date", "Personnumret har inget giltigt födelsedatum", "The personnummer has no valid date of birth"},
	ErrPnrCheck:           Label{"err.pnr.check", "Personnumrets kontrollsiffra stämmer inte", "The personnummer's check digit is wrong"},
	ErrOther:              Label{"err.other", "Något gick fel. (Teknisk text: %v)", "Something went wrong. (Technical text: %v)"},
	ConfirmYes:            Label{"confirm.yes", "ja", "yes"},
	ConfirmYesKeys:        Label{"confirm.yeskeys", "j/enter", "y/enter"},
	ConfirmNo:             Label{"confirm.no", "nej", "no"},
	UndoAsk:               Label{"undo.ask", "Ångra: %s?", "Undo: %s?"},
	UndoTitle:             Label{"undo.title", "Ångra", "Undo"},
	UndoWarnRed:           Label{"undo.warn.red", "Svaret har en RÖD FLAGGA (MADRS-S fråga 9 = %d): ångrat försvinner svaret och dess flagga ur listorna.", "The answer carries a RED FLAG (MADRS-S item 9 = %d): undone, the answer and its flag leave the lists."},
	UndoWarnHandled:       Label{"undo.warn.handled", "Flaggan blir ohanterad igen och kommer tillbaka i Flaggor.", "The flag becomes unhandled again and comes back under Flags."},
	UndoConflictOf:        Label{"undo.conflict", "Kan inte ångra %s: samma uppgift har ändrats sedan (annat fönster). Inget ändrat.", "Cannot undo %s: the same record has changed since (another window). Nothing changed."},
	UndoMore:              Label{"undo.more", "Steg kvar att ångra efter detta: %d", "Steps left to undo after this: %d"},
	FlagMissedDay:         Label{"flag.missed-day", "Avtalad dag passerad", "Agreed day passed"},
	FlagMissedDayDetail:   Label{"flag.missed-day.detail", "Inget från patienten till den avtalade dagen", "Nothing from the patient by the agreed day"},
	FlagMissedDayMessage:  Label{"flag.missed-day.message", "Inget från patienten till den avtalade dagen %s: skicka ett meddelande", "Nothing from the patient by the agreed day %s: send a message"},
	FlagMissedDayPhone:    Label{"flag.missed-day.phone", "Inget svar på meddelandet efter avtalad dag %s: ring", "No answer to the message after the agreed day %s: phone"},

	FilterPlaceholder: Label{"filter.placeholder", "namn, personnummer eller program", "name, personnummer or program"},
	FilterActive:      Label{"filter.active", "Filter: %s", "Filter: %s"},
	SortBy:            Label{"sort.by", "sorterat på %s", "sorted by %s"},

	DetailError:           Label{"detail.error", "Kunde inte läsa momentet:", "Could not read the moment:"},
	DetailStarted:         Label{"detail.started", "Start %s · vecka %d", "Started %s · week %d"},
	DetailFeedbackday:     Label{"detail.feedbackday", "Återkopplingsdag: %s", "Feedback day: %s"},
	DetailDiagnosis:       Label{"detail.diagnosis", "Diagnos: %s", "Diagnosis: %s"},
	DetailMaintenance:     Label{"detail.maintenance", "Vidmakthållande från %s till %s", "Maintenance from %s to %s"},
	DetailFeedbacknext:    Label{"detail.feedbacknext", "Återkopplingsdag: %s, nästa %s", "Feedback day: %s, next %s"},
	DetailFlags:           Label{"detail.flags", "Öppna flaggor", "Open flags"},
	DetailWaiting:         Label{"detail.waiting", "Väntar på återkoppling", "Waiting for feedback"},
	DetailDue:             Label{"detail.due", "Mätningar att göra", "Measurements due"},
	DetailModules:         Label{"detail.modules", "Moduler (%d av %d)", "Modules (%d of %d)"},
	DetailModlegend:       Label{"detail.modlegend", "öppnad›inlämnad›återkoppling", "opened›submitted›feedback"},
	DetailTrackChallenge:  Label{"detail.track.challenge", "Utmaningsområde", "Challenge area"},
	DetailTrackOptional:   Label{"detail.track.optional", "Tillval", "Optional track"},
	DetailTrackAddon:      Label{"detail.track.addon", "Tilläggsmodul", "Add-on"},
	DetailNochallenge:     Label{"detail.nochallenge", "Utmaningsområde ej valt (väljs i modul 5)", "Challenge area not chosen yet (chosen in module 5)"},
	DetailMeasurements:    Label{"detail.measurements", "Mätningar", "Measurements"},
	DetailEarlier:         Label{"detail.earlier", "… %d tidigare", "… %d earlier"},
	DetailItem9:           Label{"detail.item9", "livslust %d", "livslust %d"},
	DetailActivity:        Label{"detail.activity", "Meddelanden och aktivitet", "Messages and activity"},
	DetailMessages:        Label{"detail.messages", "Meddelanden: %d", "Messages: %d"},
	DetailLastfrompatient: Label{"detail.lastfrompatient", "Senast från patienten: %s", "Last from the patient: %s"},
	DetailLastfromus:      Label{"detail.lastfromus", "Senast från behandlaren: %s", "Last from the clinician: %s"},
	DetailLastlogin:       Label{"detail.lastlogin", "Senaste inloggning: %s", "Last login: %s"},
	DetailLastactivity:    Label{"detail.lastactivity", "Senaste aktivitet: %s", "Last activity: %s"},

	ModulePlace:      Label{"module.place", "Modul %d av %d", "Module %d of %d"},
	ModuleTrackplace: Label{"module.trackplace", "%s, del %d av %d", "%s, part %d of %d"},
	ModuleRendering:  Label{"module.rendering", "Förbereder texten …", "Preparing the text …"},
	ModuleError:      Label{"module.error", "Kunde inte visa texten:", "Could not show the text:"},

	ProgramsTitle:   Label{"programs.title", "Program", "Programs"},
	ProgramsNone:    Label{"programs.none", "Katalogen är tom.", "The catalogue is empty."},
	ProgramsModules: Label{"programs.modules", "%d moduler", "%d modules"},
	ProgramsTracks:  Label{"programs.tracks", "%d spår", "%d tracks"},
	ProgramsAddon:   Label{"programs.addon", "tilläggsmodul, %d delar", "add-on, %d parts"},
	ProgramsAddon1:  Label{"programs.addon1", "tilläggsmodul, 1 del", "add-on, 1 part"},

	EmptyTitle:     Label{"empty.title", "Välkommen till ikbt", "Welcome to ikbt"},
	EmptyIntro:     Label{"empty.intro", "Databasen har inga aktiva moment ännu. Så kommer du igång:", "The database has no active moments yet. To get started:"},
	EmptyClinician: Label{"empty.clinician", "%s har inga aktiva moment i databasen. Stämmer namnet?\nAllas moment visas utan --clinician, $IKBT_CLINICIAN och clinician i\nconfig-filen. Så kommer du igång:", "%s has no active moments in the database. Is the name right?\nEveryone's moments are shown without --clinician, $IKBT_CLINICIAN and\nclinician in the config file. To get started:"},
	EmptyImport:    Label{"empty.import", "läser in moment från en JSON-fil (i en annan terminal)", "imports moments from a JSON file (in another terminal)"},
	EmptyAdd:       Label{"empty.add", "lägger till ett moment här", "adds a moment here"},
	EmptyDemo:      Label{"empty.demo", "öppnar en demodatabas med 25 påhittade moment", "opens a demo database with 25 made-up moments"},
	EmptyHelp:      Label{"empty.help", "? visar alla tangenter · q avslutar", "? shows every key · q quits"},

	KeyUp:                Label{"key.up", "upp", "up"},
	KeyDown:              Label{"key.down", "ned", "down"},
	KeyPageup:            Label{"key.pageup", "sida upp", "page up"},
	KeyPagedown:          Label{"key.pagedown", "sida ned", "page down"},
	KeyHalfup:            Label{"key.halfup", "halv sida upp", "half page up"},
	KeyHalfdown:          Label{"key.halfdown", "halv sida ned", "half page down"},
	KeyTop:               Label{"key.top", "först", "first"},
	KeyBottom:            Label{"key.bottom", "sist", "last"},
	KeyNexttab:           Label{"key.nexttab", "flik", "next tab"},
	KeyPrevtab:           Label{"key.prevtab", "förra fliken", "previous tab"},
	KeyOpen:              Label{"key.open", "öppna", "open"},
	KeyOpenmodule:        Label{"key.openmodule", "läs modul", "read module"},
	KeyBack:              Label{"key.back", "tillbaka", "back"},
	KeyFilter:            Label{"key.filter", "filtrera", "filter"},
	KeyFilterdone:        Label{"key.filterdone", "klar", "done"},
	KeyFilterclear:       Label{"key.filterclear", "rensa", "clear"},
	KeySort:              Label{"key.sort", "sortera", "sort"},
	KeyReveal:            Label{"key.reveal", "visa pnr", "show pnr"},
	KeyPrograms:          Label{"key.programs", "program", "programs"},
	KeyReload:            Label{"key.reload", "läs om", "reload"},
	KeyHelp:              Label{"key.help", "hjälp", "help"},
	KeyQuit:              Label{"key.quit", "avsluta", "quit"},
	MeasureErrNumber:     Label{"measure.err.number", "fråga %d: ”%s” är inget heltal", "item %d: \"%s\" is not a whole number"},
	MeasureErrRange:      Label{"measure.err.range", "%s fråga %d: %d ligger utanför %d–%d", "%s item %d: %d is out of range %d–%d"},
	MeasureErrCount:      Label{"measure.err.count", "%s har %d frågor, här står %d", "%s has %d items, got %d"},
	MeasureErrTotal:      Label{"measure.err.total", "summan ”%s” är inget heltal", "the total \"%s\" is not a whole number"},
	MeasureErrTotalrange: Label{"measure.err.totalrange", "%s summa: %d ligger utanför %d–%d", "%s total: %d is out of range %d–%d"},

	ActKeyNew:      Label{"act.key.new", "nytt moment", "new moment"},
	ActKeyIncoming: Label{"act.key.incoming", "inkommet", "incoming"},
	ActKeyFeedback: Label{"act.key.feedback", "återkoppling", "feedback"},
	ActKeyMeasure:  Label{"act.key.measure", "mätning", "measurement"},
	ActKeyHandle:   Label{"act.key.handle", "flaggåtgärd", "handle flag"},
	ActKeySchedule: Label{"act.key.schedule", "extramätning", "extra rating"},
	ActKeyEnd:      Label{"act.key.end", "avsluta beh.", "close moment"},
	ActKeyCompose:  Label{"act.key.compose", "anteckning", "note"},
	ActKeyUndo:     Label{"act.key.undo", "ångra", "undo"},
	ActKeyPhrases:  Label{"act.key.phrases", "fraser", "phrases"},
	ActKeyCopy:     Label{"act.key.copy", "kopiera", "copy"},
	ActKeySave:     Label{"act.key.save", "spara", "save"},
	ActKeySubmit:   Label{"act.key.submit", "nästa/spara", "next/save"},
	ActKeyBack:     Label{"act.key.back", "tillbaka", "back"},
	ActKeyContact:  Label{"act.key.contact", "kontakt", "contact"},
	ActKeyCancel:   Label{"act.key.cancel", "avbryt", "cancel"},
	ActKeyExpand:   Label{"act.key.expand", "expandera kod", "expand code"},
	ActKeyPick:     Label{"act.key.pick", "välj", "pick"},

	ActTitleNew:      Label{"act.title.new", "Nytt moment", "New moment"},
	ActTitleIncoming: Label{"act.title.incoming", "Inkommet från patienten", "Incoming from the patient"},
	ActTitleFeedback: Label{"act.title.feedback", "Återkoppling given", "Feedback given"},
	ActTitleMeasure:  Label{"act.title.measure", "Registrera mätning", "Record a measurement"},
	ActTitleHandle:   Label{"act.title.handle", "Hantera flagga", "Handle a flag"},
	ActTitleSchedule: Label{"act.title.schedule", "Schemalägg extra mätning", "Schedule an extra measurement"},
	ActTitleEnd:      Label{"act.title.end", "Avsluta behandling", "End treatment"},
	ActTitleComposer: Label{"act.title.composer", "Journalanteckning", "Journal note"},
	ActTitlePhrases:  Label{"act.title.phrases", "Frasminnen", "Phrases"},

	ActYes:                Label{"act.yes", "Ja", "Yes"},
	ActNo:                 Label{"act.no", "Nej", "No"},
	ActFPnr:               Label{"act.f.pnr", "Personnummer", "Personal identity number"},
	ActFPnrDesc:           Label{"act.f.pnr.desc", "ÅÅÅÅMMDD-NNNN", "YYYYMMDD-NNNN"},
	ActFName:              Label{"act.f.name", "Namn", "Name"},
	ActFProgram:           Label{"act.f.program", "Program", "Program"},
	ActFStart:             Label{"act.f.start", "Startdatum", "Start date"},
	ActFWeekday:           Label{"act.f.weekday", "Veckodag för återkoppling", "Feedback weekday"},
	ActFDiagnosis:         Label{"act.f.diagnosis", "Diagnoskod (ICD-10)", "Diagnosis code (ICD-10)"},
	ActFClinician:         Label{"act.f.clinician", "Behandlare", "Clinician"},
	ActFOpen1:             Label{"act.f.open1", "Öppna modul 1 på startdagen?", "Open module 1 on the start day?"},
	ActFChallenge:         Label{"act.f.challenge", "Utmaningsområde (väljs i modul 5)", "Challenge area (chosen in module 5)"},
	ActFChallengeLater:    Label{"act.f.challenge.later", "Väljs senare", "Chosen later"},
	ActFAddons:            Label{"act.f.addons", "Tillval och tilläggsmoduler", "Optional tracks and add-on modules"},
	ActFKind:              Label{"act.f.kind", "Vad har kommit in?", "What came in?"},
	ActFKindModule:        Label{"act.f.kind.module", "Modul inskickad", "Module submitted"},
	ActFKindMessage:       Label{"act.f.kind.message", "Meddelande från patienten", "Message from the patient"},
	ActFKindLogin:         Label{"act.f.kind.login", "Patienten har loggat in", "The patient logged in"},
	ActFModule:            Label{"act.f.module", "Modul", "Module"},
	ActFWhen:              Label{"act.f.when", "När (ÅÅÅÅ-MM-DD HH:MM, eller HH:MM i dag)", "When (YYYY-MM-DD HH:MM, or HH:MM today)"},
	ActFFbmodule:          Label{"act.f.fbmodule", "Återkoppling på", "Feedback on"},
	ActFFbmessage:         Label{"act.f.fbmessage", "svar på meddelande", "reply to a message"},
	ActFNext:              Label{"act.f.next", "Öppna nästa modul", "Open the next module"},
	ActFNextNone:          Label{"act.f.next.none", "Ingen (ej nu)", "None (not now)"},
	ActFFbchallenge:       Label{"act.f.fbchallenge", "Utmaningsområde som patienten valt i modul 5 (startas med modul 6)", "Challenge area the patient chose in module 5 (starts with module 6)"},
	ActFInstrument:        Label{"act.f.instrument", "Skattningsskala", "Rating scale"},
	ActFOccasion:          Label{"act.f.occasion", "Mättillfälle", "Occasion"},
	ActFMode:              Label{"act.f.mode", "Inmatning", "Entry"},
	ActFModeItems:         Label{"act.f.mode.items", "Varje fråga", "Every item"},
	ActFModeTotal:         Label{"act.f.mode.total", "Endast totalpoäng", "Total only"},
	ActFItems:             Label{"act.f.items", "%d frågor, %d–%d var, åtskilda med mellanslag", "%d items, %d–%d each, separated by spaces"},
	ActFTotal:             Label{"act.f.total", "Totalpoäng %d–%d", "Total %d–%d"},
	ActFFlag:              Label{"act.f.flag", "Flagga", "Flag"},
	ActFWho:               Label{"act.f.who", "Vem hanterade", "Handled by"},
	ActFWhat:              Label{"act.f.what", "Vad gjordes", "What was done"},
	ActFSchedkind:         Label{"act.f.schedkind", "När", "When"},
	ActFSchedkindModule:   Label{"act.f.schedkind.module", "Vid start av en modul", "At the start of a module"},
	ActFSchedkindEvery:    Label{"act.f.schedkind.every", "Var N:e vecka", "Every N weeks"},
	ActFEvery:             Label{"act.f.every", "Antal veckor mellan mätningarna", "Weeks between measurements"},
	ActFFrom:              Label{"act.f.from", "Från och med", "From"},
	ActFStatus:            Label{"act.f.status", "Steg", "Step"},
	ActFStatusMaintenance: Label{"act.f.status.maintenance", "Vidmakthållande i 90 dagar", "Maintenance for 90 days"},
	ActFStatusClosed:      Label{"act.f.status.closed", "Avsluta momentet", "Close the moment"},
	ActFReason:            Label{"act.f.reason", "Avslutningsorsak", "Closing reason"},
	ActFOn:                Label{"act.f.on", "Datum", "Date"},

	ActInfoPnrOk:       Label{"act.info.pnr.ok", "Personnummer giltigt: %s", "Valid personal identity number: %s"},
	ActInfoPnrKnown:    Label{"act.info.pnr.known", "patienten finns: %s", "the patient exists: %s"},
	ActInfoPnrTest:     Label{"act.info.pnr.test", "testpersonnummer", "test number"},
	ActInfoScore:       Label{"act.info.score", "Summa %d av %d: %s", "Total %d of %d: %s"},
	ActInfoItem9:       Label{"act.info.item9", "Fråga 9 (livslust): %d", "Item 9 (zest for life): %d"},
	ActInfoRedflag:     Label{"act.info.redflag", "⚑ Röd flagga: livslust %d – ta snar kontakt (manualen 4.1)", "⚑ Red flag: zest for life %d – contact the patient soon (manual 4.1)"},
	ActInfoModules:     Label{"act.info.modules", "Genomförda moduler: %d av %d", "Modules completed: %d of %d"},
	ActInfoPace:        Label{"act.info.pace", "Veckovis takt: modul %s öppnades för %d dagar sedan", "Weekly pace: module %s opened %d days ago"},
	ActInfoNopending:   Label{"act.info.nopending", "Inget väntar på återkoppling i momentet.", "Nothing in this moment waits for feedback."},
	ActInfoOpens:       Label{"act.info.opens", "Öppnas: %s", "Opens: %s"},
	ActInfoNochallenge: Label{"act.info.nochallenge", "Inget utmaningsområde valt: inget startas nu", "No challenge area chosen: none starts now"},
	ActInfoSaving:      Label{"act.info.saving", "Sparar …", "Saving …"},
	ActInfoHelp:        Label{"act.info.help", "enter nästa · shift+tab tillbaka · esc avbryt utan att spara", "enter next · shift+tab back · esc cancel without saving"},

	ActErrNomoment:  Label{"act.err.nomoment", "Välj ett moment först.", "Select a moment first."},
	ActErrNoflag:    Label{"act.err.noflag", "Momentet har ingen öppen flagga.", "The moment has no open flag."},
	ActErrReadonly:  Label{"act.err.readonly", "Databasen går inte att skriva till – inget sparat.", "The database cannot be written – nothing saved."},
	ActErrNowriter:  Label{"act.err.nowriter", "Databasen är öppnad skrivskyddad – inget sparat.", "The database is open read-only – nothing saved."},
	ActErrConflict:  Label{"act.err.conflict", "Momentet har ändrats i ett annat fönster – uppdaterat, försök igen", "The moment was changed in another window – refreshed, try again"},
	ActErrSave:      Label{"act.err.save", "Kunde inte spara: %v", "Could not save: %v"},
	ActErrDate:      Label{"act.err.date", "skriv datum som ÅÅÅÅ-MM-DD", "write the date as YYYY-MM-DD"},
	ActErrStamp:     Label{"act.err.stamp", "skriv tiden som ÅÅÅÅ-MM-DD HH:MM, eller HH:MM för i dag", "write the time as YYYY-MM-DD HH:MM, or HH:MM for today"},
	ActErrRequired:  Label{"act.err.required", "måste fyllas i", "is required"},
	ActErrDiagnosis: Label{"act.err.diagnosis", "ICD-10-kod som F41.1", "an ICD-10 code such as F41.1"},
	ActErrNumber:    Label{"act.err.number", "skriv ett heltal", "write a whole number"},
	ActErrWeeks:     Label{"act.err.weeks", "1–52 veckor", "1–52 weeks"},

	ActDoneNew:           Label{"act.done.new", "Nytt moment sparat: %s", "New moment saved: %s"},
	ActDoneSubmitted:     Label{"act.done.submitted", "Modul %s inskickad – sparat", "Module %s submitted – saved"},
	ActDoneMessage:       Label{"act.done.message", "Meddelande från patienten – sparat", "Message from the patient – saved"},
	ActDoneLogin:         Label{"act.done.login", "Inloggning – sparat", "Login – saved"},
	ActDoneFeedback:      Label{"act.done.feedback", "Återkoppling sparad", "Feedback saved"},
	ActDoneFeedbacknext:  Label{"act.done.feedbacknext", "Återkoppling sparad, modul %s öppnad", "Feedback saved, module %s opened"},
	ActDoneFeedbackopens: Label{"act.done.feedbackopens", "Återkoppling sparad, öppnat: %s", "Feedback saved, opened: %s"},
	ActDoneMeasure:       Label{"act.done.measure", "%s sparad: %d", "%s saved: %d"},
	ActDoneHandle:        Label{"act.done.handle", "Flaggan hanterad", "Flag handled"},
	ActDoneSchedule:      Label{"act.done.schedule", "Extra mätning schemalagd", "Extra measurement scheduled"},
	ActDoneEnd:           Label{"act.done.end", "Behandlingen: %s", "Treatment: %s"},
	ActDoneNote:          Label{"act.done.note", "Anteckningen sparad", "Note saved"},
	ActDoneUndo:          Label{"act.done.undo", "Ångrat: %s", "Undone: %s"},
	ActUndoNone:          Label{"act.undo.none", "Inget att ångra i den här sessionen.", "Nothing to undo in this session."},
	ActUndoConflict:      Label{"act.undo.conflict", "Kan inte ångra: momentet har ändrats sedan (annat fönster). Inget ändrat.", "Cannot undo: the moment has changed since (another window). Nothing changed."},

	ActCopyOsc52:         Label{"act.copy.osc52", "terminalen (OSC 52)", "the terminal (OSC 52)"},
	ActCopyOsc52tmux:     Label{"act.copy.osc52tmux", "terminalen (OSC 52 via tmux)", "the terminal (OSC 52 via tmux)"},
	ActCopySystem:        Label{"act.copy.system", "systemets urklipp", "the system clipboard"},
	ActCopyNosystem:      Label{"act.copy.nosystem", "systemets urklipp saknas", "no system clipboard"},
	ActCopyDone:          Label{"act.copy.done", "Sparat i %s · kopierat till %s", "Saved in %s · copied to %s"},
	ActCopyNofile:        Label{"act.copy.nofile", "Filen kunde inte skrivas (%v) · kopierat till %s", "The file could not be written (%v) · copied to %s"},
	ActCopyEmpty:         Label{"act.copy.empty", "Anteckningen är tom.", "The note is empty."},
	ActComposerPreview:   Label{"act.composer.preview", "Förhandsvisning (så här kopieras texten)", "Preview (the text as it is copied)"},
	ActComposerBuilt:     Label{"act.composer.built", "Förifylld från momentet. Kod + Enter eller Tab expanderar frasen.", "Prefilled from the moment. A code + Enter or Tab expands the phrase."},
	ActComposerNobuild:   Label{"act.composer.nobuild", "Kunde inte förifylla: %v", "Could not prefill: %v"},
	ActComposerEdited:    Label{"act.composer.edited", "Kontaktsätt byts bara i en oredigerad anteckning – ändra raden för hand.", "The contact type changes only in an unedited note – edit the line by hand."},
	ActComposerContact:   Label{"act.composer.contact", "Kontaktsätt: %s", "Contact type: %s"},
	ActComposerExpanded:  Label{"act.composer.expanded", "%s expanderad", "%s expanded"},
	ActComposerBadcode:   Label{"act.composer.badcode", "%v", "%v"},
	ActPickerPlaceholder: Label{"act.picker.placeholder", "sök kod eller text", "search code or text"},
	ActPickerNone:        Label{"act.picker.none", "Inga fraser matchar.", "No phrases match."},
	ActPickerCopied:      Label{"act.picker.copied", "Fras %s: %s", "Phrase %s: %s"},
	ActPickerInserted:    Label{"act.picker.inserted", "Fras %s infogad", "Phrase %s inserted"},

	ActReasonCompleted: Label{"act.reason.completed", "Behandlingen genomförd", "Treatment completed"},
	ActReasonPatient:   Label{"act.reason.patient", "Avbruten på patientens begäran", "Stopped at the patient's request"},
	ActReasonInactive:  Label{"act.reason.inactive", "Avbruten, patienten inaktiv", "Stopped, the patient inactive"},
	ActReasonClinician: Label{"act.reason.clinician", "Avbruten, behandlingen bedöms inte lämplig", "Stopped, the treatment judged unsuitable"},
	ActReasonReferred:  Label{"act.reason.referred", "Överförd till annan vård", "Referred to other care"},
	ActReasonOther:     Label{"act.reason.other", "Annan orsak", "Other reason"},

	ActOccBedomning:   Label{"act.occ.bedomning", "Bedömning", "Assessment"},
	ActOccUppstart:    Label{"act.occ.uppstart", "Uppstart behandling", "Start of treatment"},
	ActOccPagaende:    Label{"act.occ.pagaende", "Pågående", "Ongoing"},
	ActOccAvslut:      Label{"act.occ.avslut", "Avslut behandling", "End of treatment"},
	ActOccUppfoljning: Label{"act.occ.uppfoljning", "Uppföljning", "Follow-up"},

	ActFlagMadrs9:          Label{"act.flag.madrs9", "Röd flagga: livslust", "Red flag: zest for life"},
	ActFlagInactive:        Label{"act.flag.inactive", "Inaktiv patient", "Inactive patient"},
	ActFlagNoDialogue:      Label{"act.flag.no-dialogue", "Ingen dialog", "No dialogue"},
	ActFlagMaintenanceOver: Label{"act.flag.maintenance-over", "Vidmakthållande slut", "Maintenance over"},
	ActFlagDeterioration:   Label{"act.flag.deterioration", "Försämring", "Deterioration"},
}
