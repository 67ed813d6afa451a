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

	// Issue 17: the Resultat page (tui/pages/results).
	KeyResults        Label
	ResKeyEarlier     Label
	ResKeyLater       Label
	ResKeySpan        Label
	ResKeyWhose       Label
	ResKeyProgram     Label
	ResKeyOpen        Label
	ResTitle          Label
	ResLoading        Label
	ResError          Label
	ResNoSource       Label
	ResPeriod         Label
	ResSpan12         Label
	ResSpanQuarter    Label
	ResSpanMonth      Label
	ResSpanAll        Label
	ResFromStart      Label
	ResAllPrograms    Label
	ResMinN           Label
	ResNone           Label
	ResCounts         Label
	ResCountsLine     Label
	ResDiagnosed      Label
	ResClosedBy       Label
	ResWaiting        Label
	ResWaitingLine    Label
	ResWaitingNone    Label
	ResWaitingSmall   Label
	ResCompletion     Label
	ResCompletionLine Label
	ResStopped        Label
	ResStoppedNone    Label
	ResModule         Label
	ResEffect         Label
	ResPrimary        Label
	ResPairs          Label
	ResPairsLast      Label
	ResPreOnly        Label
	ResD              Label
	ResImproved       Label
	ResUnchanged      Label
	ResDeteriorated   Label
	ResRecovered      Label
	ResThresholds     Label
	ResEstimated      Label
	ResNoThreshold    Label
	ResShareOf        Label
	ResTrajectories   Label
	ResTrajLegend     Label
	ResTrajNone       Label
	ResClassPending   Label
	ResClassMissing   Label
	ResClassImproved  Label
	ResClassUnchanged Label
	ResClassWorse     Label
	ResClassRecovered Label
	ResChartLoading   Label
	ResChartScores    Label
	ResPostLastNote   Label
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
	ActFWhen:              Label{"act.f.when", "När (ÅÅÅÅ-MM-DDTHH:MM)", "When (YYYY-MM-DDTHH:MM)"},
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
	ActErrStamp:     Label{"act.err.stamp", "skriv tid som ÅÅÅÅ-MM-DDTHH:MM", "write the time as YYYY-MM-DDTHH:MM"},
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
	// Issue 17: the Resultat page (tui/pages/results).
	KeyResults:        Label{"key.results", "resultat", "results"},
	ResKeyEarlier:     Label{"res.key.earlier", "tidigare", "earlier"},
	ResKeyLater:       Label{"res.key.later", "senare", "later"},
	ResKeySpan:        Label{"res.key.span", "periodlängd", "period length"},
	ResKeyWhose:       Label{"res.key.whose", "mina/alla", "mine/all"},
	ResKeyProgram:     Label{"res.key.program", "program", "program"},
	ResKeyOpen:        Label{"res.key.open", "öppna", "open"},
	ResTitle:          Label{"res.title", "Resultat", "Results"},
	ResLoading:        Label{"res.loading", "Räknar fram resultaten …", "Computing the results …"},
	ResError:          Label{"res.error", "Kunde inte räkna fram resultaten:", "Could not compute the results:"},
	ResNoSource:       Label{"res.nosource", "Den här datakällan ger inga resultat.", "This data source gives no results."},
	ResPeriod:         Label{"res.period", "%s – %s (%s)", "%s – %s (%s)"},
	ResSpan12:         Label{"res.span.12", "12 månader", "12 months"},
	ResSpanQuarter:    Label{"res.span.quarter", "kvartal", "quarter"},
	ResSpanMonth:      Label{"res.span.month", "månad", "month"},
	ResSpanAll:        Label{"res.span.all", "allt", "all"},
	ResFromStart:      Label{"res.fromstart", "från början", "from the start"},
	ResAllPrograms:    Label{"res.allprograms", "alla program", "all programs"},
	ResMinN:           Label{"res.minn", "– visas där n < %d eller gränsen saknar källa", "– where n < %d or the threshold has no source"},
	ResNone:           Label{"res.none", "Inga moment startade eller avslutades under perioden.", "No moments started or closed in the period."},
	ResCounts:         Label{"res.counts", "Antal", "Counts"},
	ResCountsLine:     Label{"res.countsline", "remitterade %s · bedömda %s · startade %d · pågående %d · avslutade %d", "referred %s · assessed %s · started %d · in treatment %d · closed %d"},
	ResDiagnosed:      Label{"res.diagnosed", "med diagnos registrerad %s", "with a diagnosis recorded %s"},
	ResClosedBy:       Label{"res.closedby", "avslutade per orsak:", "closed by reason:"},
	ResWaiting:        Label{"res.waiting", "Tillgänglighet (dagar från remiss till start)", "Access (days from referral to start)"},
	ResWaitingLine:    Label{"res.waitingline", "median %s · kvartiler %s–%s · n %d", "median %s · quartiles %s–%s · n %d"},
	ResWaitingSmall:   Label{"res.waitingsmall", "median och kvartiler – (n %d)", "median and quartiles – (n %d)"},
	ResWaitingNone:    Label{"res.waitingnone", "– inga remisser registrerade", "– no referrals recorded"},
	ResCompletion:     Label{"res.completion", "Fullföljande", "Completion"},
	ResCompletionLine: Label{"res.completionline", "behandlingsfas avslutad %d · fullföljda (alla moduler) %s · andel moduler i snitt %s", "treatment phase ended %d · completed (every module) %s · mean share of modules %s"},
	ResStopped:        Label{"res.stopped", "ej fullföljda, sista öppnade modul:", "not completed, last module opened:"},
	ResStoppedNone:    Label{"res.stoppednone", "ej fullföljda: inga", "not completed: none"},
	ResModule:         Label{"res.module", "modul %d: %d", "module %d: %d"},
	ResEffect:         Label{"res.effect", "Effekt (före → efter)", "Effect (before → after)"},
	ResPrimary:        Label{"res.primary", "primär", "primary"},
	ResPairs:          Label{"res.pairs", "n %d par", "n %d pairs"},
	ResPairsLast:      Label{"res.pairslast", "n %d par (%d*)", "n %d pairs (%d*)"},
	ResPreOnly:        Label{"res.preonly", "%d utan efter", "%d without post"},
	ResD:              Label{"res.d", "d %s", "d %s"},
	ResImproved:       Label{"res.improved", "förbättrade", "improved"},
	ResUnchanged:      Label{"res.unchanged", "oförändrade", "no change"},
	ResDeteriorated:   Label{"res.deteriorated", "försämrade", "deteriorated"},
	ResRecovered:      Label{"res.recovered", "återhämtade", "recovered"},
	ResThresholds:     Label{"res.thresholds", "reliabel förändring %s · gränsvärde %s", "reliable change %s · cut-off %s"},
	ResEstimated:      Label{"res.estimated", "~ uppskattad", "~ estimated"},
	ResNoThreshold:    Label{"res.nothreshold", "– (ingen med källa)", "– (none with a source)"},
	ResShareOf:        Label{"res.shareof", "%s (%d av %d)", "%s (%d of %d)"},
	ResTrajectories:   Label{"res.trajectories", "Förlopp %s", "Trajectories %s"},
	ResTrajLegend:     Label{"res.trajlegend", "○ före ● efter ◇ uppföljning · ░ före ± %s · │ gränsvärde %s · lägre är bättre", "○ before ● after ◇ follow-up · ░ before ± %s · │ cut-off %s · lower is better"},
	ResTrajNone:       Label{"res.trajnone", "Ingen patient med före-skattning.", "No patient with a before score."},
	ResClassPending:   Label{"res.class.pending", "pågår", "ongoing"},
	ResClassMissing:   Label{"res.class.missing", "efter saknas", "no after score"},
	ResClassImproved:  Label{"res.class.improved", "förbättrad", "improved"},
	ResClassUnchanged: Label{"res.class.unchanged", "oförändrad", "no change"},
	ResClassWorse:     Label{"res.class.worse", "försämrad", "deteriorated"},
	ResClassRecovered: Label{"res.class.recovered", "återhämtad", "recovered"},
	ResChartLoading:   Label{"res.chartloading", "Hämtar skattningarna …", "Reading the scores …"},
	ResChartScores:    Label{"res.chartscores", "%s: %d skattningar %s – %s", "%s: %d scores %s – %s"},
	ResPostLastNote:   Label{"res.postlastnote", "* efter = senaste skattning under behandling (ingen avslutsskattning)", "* after = the last score during treatment (no final score)"},
}
