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
	HeaderPart     Label

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

	// Issue 15: the paste box, the column mapping and the preview.
	ImpKeyImport            Label
	ImpKeyRead              Label
	ImpKeyFile              Label
	ImpKeyExample           Label
	ImpKeyCell              Label
	ImpKeyColumn            Label
	ImpKeyNocolumn          Label
	ImpKeyContinue          Label
	ImpKeyApply             Label
	ImpKeyTakefile          Label
	ImpKeyRemap             Label
	ImpTitlePaste           Label
	ImpTitleMapping         Label
	ImpTitlePreview         Label
	ImpPasteIntro           Label
	ImpPasteCells           Label
	ImpPasteFileIntro       Label
	ImpPasteFilePlaceholder Label
	ImpPasteEmpty           Label
	ImpPasteExampleHint     Label
	ImpPasteError           Label
	ImpPasteSource          Label
	ImpMappingIntro         Label
	ImpMappingNone          Label
	ImpMappingUnknown       Label
	ImpMappingNotsaved      Label
	ImpMappingTwice         Label
	ImpPreviewPreparing     Label
	ImpPreviewCounts        Label
	ImpPreviewTakeOn        Label
	ImpPreviewTakeOff       Label
	ImpPreviewReady         Label
	ImpPreviewRefused       Label
	ImpPreviewNothing       Label
	ImpPreviewBusy          Label
	ImpPreviewFailed        Label
	ImpPreviewConflict      Label
	ImpDone                 Label
	ImpDoneNothing          Label
	ImpReadonly             Label
	ImpReadonlyDB           Label
	ImpEmptyPaste           Label
	ImpItem9Unknown         Label
	ImpKeyField             Label
	ImpPreviewSecRefused    Label
	ImpPreviewSecCreated    Label
	ImpPreviewSecUpdated    Label
	ImpPreviewSecUnchanged  Label
	// issue 16: referral and assessment, closing phase, gallring, handover.
	LcKeyStep               Label
	LcKeyChecklist          Label
	LcKeyAnswer             Label
	LcKeyFlag               Label
	LcKeyDecide             Label
	LcKeyGallra             Label
	LcKeyClosingVisit       Label
	LcKeySoB                Label
	TabAssessments          Label
	TableNoneTabAssessments Label
	ColNextstep             Label
	ColWaiting              Label
	ColFrom                 Label
	LcWaitingDays           Label
	LcStepContact           Label
	LcStepBook              Label
	LcStepForms             Label
	LcStepVisit             Label
	LcStepDecide            Label
	LcStepDone              Label
	LcRefTitle              Label
	LcRefFrom               Label
	LcRefNext               Label
	LcRefLate               Label
	LcRefGuarantee          Label
	LcRefSteps              Label
	LcRefContacted          Label
	LcRefVisitOn            Label
	LcRefFormsSent          Label
	LcRefVisitHeld          Label
	LcRefChecklist          Label
	LcRefObs                Label
	LcRefAnswers            Label
	LcRefNoAnswers          Label
	LcRefAnswer             Label
	LcRefItem9              Label
	LcRefHandled            Label
	LcRefDecision           Label
	LcRefUndecided          Label
	LcRefYes                Label
	LcRefNo                 Label
	LcRefFlagOpen           Label
	LcRefNotAvailable       Label
	LcRefError              Label
	LcRefOnReferral         Label
	LcRefDecided            Label
	LcRefSide               Label
	LcTitleAdd              Label
	LcTitleStep             Label
	LcTitleChecklist        Label
	LcTitleAnswer           Label
	LcTitleFlag             Label
	LcTitleDecide           Label
	LcFFrom                 Label
	LcFReferred             Label
	LcFStep                 Label
	LcFDay                  Label
	LcFForms                Label
	LcFNotAnswered          Label
	LcFInstrument           Label
	LcFItems                Label
	LcFAnswered             Label
	LcFFlagNote             Label
	LcFDecision             Label
	LcFYes                  Label
	LcFNo                   Label
	LcFReason               Label
	LcFFlagPick             Label
	LcDoneAdd               Label
	LcDoneStep              Label
	LcDoneChecklist         Label
	LcDoneAnswer            Label
	LcDoneAnswerRed         Label
	LcDoneFlag              Label
	LcDoneYes               Label
	LcDoneNo                Label
	LcErrNoFlag             Label
	LcErrChecklist          Label
	LcInfoItem9             Label
	LcInfoTotal             Label
	LcKeyClosing            Label
	LcKeyBook               Label
	LcClTitle               Label
	LcClHint                Label
	LcClNow                 Label
	LcClNothing             Label
	LcClPromptNearEnd       Label
	LcClPromptBook          Label
	LcClPromptVisit         Label
	LcClPromptMaint         Label
	LcClPromptCloseSoB      Label
	LcClPromptGallraSoB     Label
	LcClVisit               Label
	LcClNote                Label
	LcClSoB                 Label
	LcClRemovable           Label
	LcClKept                Label
	LcClWhyClosed           Label
	LcClWhyHanded           Label
	LcFBookOn               Label
	LcFHeldOn               Label
	LcFSoBClosed            Label
	LcFSoBGallrad           Label
	LcTitleBook             Label
	LcTitleVisit            Label
	LcTitleSoB              Label
	LcTitleGallra           Label
	LcDoneBook              Label
	LcDoneVisit             Label
	LcDoneSoB               Label
	LcGallraWhat            Label
	LcGallraPatient         Label
	LcGallraExport          Label
	LcGallraConfirm         Label
	LcGallraDone            Label
	LcGallraExported        Label
	LcGallraLeft            Label
	LcGallraNotYet          Label
	LcErrExists             Label
	LcReadOnlyHanded        Label
	LcGallraNone            Label
	LcKeyProposals          Label
	LcGaTitle               Label
	LcGaIntro               Label
	LcGaNone                Label
	LcGaWhyNotTreated       Label
	LcGaRow                 Label
	LcGaReferralWhat        Label
	LcKeyHandover           Label
	LcTitleHandover         Label
	LcHoChecks              Label
	LcHoFlags               Label
	LcHoNotes               Label
	LcHoContacts            Label
	LcHoFeedback            Label
	LcHoClear               Label
	LcHoBlocked             Label
	LcFTo                   Label
	LcFTold                 Label
	LcErrNotTold            Label
	LcDoneHandover          Label
	LcKeyTransfer           Label
	LcKeyHandovers          Label
	LcKeyReceive            Label
	LcKeyAccept             Label
	LcKeyDecline            Label
	LcKeyOutcome            Label
	LcTitleTransfer         Label
	LcFToUnit               Label
	LcFFromUnit             Label
	LcFConsent              Label
	LcFPath                 Label
	LcErrConsent            Label
	LcDoneTransfer          Label
	LcHvTitle               Label
	LcHvNone                Label
	LcHvRow                 Label
	LcHvIn                  Label
	LcHvOut                 Label
	LcHvSame                Label
	LcHvPending             Label
	LcHvAccepted            Label
	LcHvDeclined            Label
	LcHvCancelled           Label
	LcHvNotPending          Label
	LcHvWrongSide           Label
	LcTitleReceive          Label
	LcTitleAccept           Label
	LcTitleDecline          Label
	LcTitleOutcome          Label
	LcFFile                 Label
	LcFClinician            Label
	LcFDeclineSure          Label
	LcFOutcome              Label
	LcDoneReceive           Label
	LcDoneAccept            Label
	LcDoneDecline           Label
	LcDoneOutcome           Label
	LcKeyLeaving            Label
	LcLvTitle               Label
	LcLvClear               Label
	LcLvAsk                 Label
	// The tab "Överlämningar" and the handover marks (issue 16, point 5).
	TabHandovers          Label
	TableNoneTabHandovers Label
	ColDirection          Label
	ColUnit               Label
	ColStarted            Label
	ColHandover           Label
	LcHvTo                Label
	LcHvFrom              Label
	LcHvMark              Label
	LcHvSideIn            Label
	LcHvSideOpen          Label
	LcHvMoments           Label
	LcLvKeys              Label
	LcKeyMark             Label
	LcKeyMarkAll          Label
	LcTransferMoments     Label
	LcTransferNone        Label
	// Issue 9 (worklist rules at every edge) and issue 10 (every form of
	// manual 4.4): the new flags, the typed due trigger, stopped batteries,
	// item-9 screening, follow-up waivers, feedback items, the measurement
	// form's per-item values and decimals.
	I9FlagMissedDay        Label
	I9FlagMissedDayDetail  Label
	I9FlagMissedDayMessage Label
	I9FlagMissedDayPhone   Label
	I9FlagPhq9             Label
	I9FlagPhq9Detail       Label
	I9FlagPhq9Short        Label
	I9ActFlagMissedDay     Label
	I9ActFlagPhq9          Label
	I9FlagClosed           Label
	I9TriggerWeekly        Label
	I9FlagStepMessage      Label
	I9FlagStepPhone        Label
	TriggerModulekey       Label

	I10MeasureErrAllowed     Label
	I10MeasureErrDecimal     Label
	I10MeasureErrTotalrange  Label
	I10MeasureErrTotalonly   Label
	I10ActFItems             Label
	I10ActFTotalDecimal      Label
	I10ActInfoScore          Label
	I10ActInfoSum            Label
	I10ActDoneMeasure        Label
	I9ActInfoRedPhq9         Label
	I9DetailItem9Unknown     Label
	I9DetailScreeningNone    Label
	I9DetailScreeningStopped Label
	I9DetailStops            Label
	I9DetailStopFrom         Label
	I9DetailWaiver           Label
	I9KeyStop                Label
	I9KeyWaive               Label
	I9TitleStop              Label
	I9TitleWaive             Label
	I9OptStop                Label
	I9OptResume              Label
	I9FStopFrom              Label
	I9FNote                  Label
	I9FReason                Label
	I9ConfirmStop            Label
	I9ConfirmResume          Label
	I9ConfirmUnwaive         Label
	I9StopEnds               Label
	I9ErrConfirm             Label
	I9ErrNothingToStop       Label
	I9DoneStop               Label
	I9DoneResume             Label
	I9DoneWaive              Label
	I9DoneUnwaive            Label
	I9InfoNoFollowup         Label
	I9FWhoDecided            Label
	// Issue 13: note kinds, drafts, code checks and the note history.
	NoteKindFeedback Label
	NoteKindFlag     Label
	NoteKindReminder Label
	NoteKindStart    Label
	NoteKindClosing  Label
	NoteKindFollowup Label
	NoteKindFree     Label

	NoteWhyNoProgram         Label
	NoteWhyNoCompletedModule Label
	NoteWhyNoHandledFlag     Label
	NoteWhyNoCurrentModule   Label
	NoteWhyNotClosed         Label
	NoteWhyClosed            Label
	NoteWhyNotEnded          Label
	NoteWhyNotActive         Label
	NoteWhyOther             Label
	NoteUnavailable          Label

	NoteKindShown      Label
	NoteDraftRestored  Label
	NoteDraftFile      Label
	NoteDraftKept      Label
	NoteDraftFailed    Label
	NoteDraftQuitFail  Label
	NoteAfresh         Label
	NoteCodeUnknown    Label
	NoteCodeForeign    Label
	NoteCodeNearest    Label
	NoteCodeMore       Label
	NoteCodeMissing    Label
	NoteParamModule    Label
	NoteParamDate      Label
	NoteParamScore     Label
	NoteParamNext      Label
	NoteParamChallenge Label
	NoteCopyAsk        Label
	NoteCopyCancelled  Label
	NoteRecordFailed   Label

	NoteKeyKind   Label
	NoteKeyAfresh Label
	NoteKeyClose  Label
	NoteKeyCopy   Label

	NoteHistory     Label
	NoteHistoryNote Label
	NoteHistoryFlag Label
	NoteViewTitle   Label
	NoteViewCopied  Label
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
	// issue 14: the singular of count labels (Lang.N picks it for 1),
	// phrase errors, the detail pane's width, copying the personnummer.
	HeaderMomentsOne            Label
	ProgramsModulesOne          Label
	ProgramsTracksOne           Label
	ProgramsAddonOne            Label
	I10ActFItemsOne             Label
	MeasureErrCountOne          Label
	ActInfoPaceOne              Label
	LcRefFromOne                Label
	LcRefLateOne                Label
	LcDoneReceiveOne            Label
	ResChartScoresOne           Label
	LcDoneChecklistOne          Label
	LcInfoTotalOne              Label
	LcDoneAnswerOne             Label
	LcDoneVisitOne              Label
	FlagInactiveDaysOne         Label
	FlagNoDialogueDaysOne       Label
	FlagMaintenanceOverSinceOne Label
	PhraseErrUnknown            Label
	PhraseErrOther              Label
	KeyPane                     Label
	KeyCopyPnr                  Label
	ActPnrCopied                Label
	ActPnrNone                  Label
	PaneNarrow                  Label
	LegendMore                  Label
	LegendSpark                 Label
	HelpMore                    Label
}

// L is the catalogue.
var L = Catalogue{
	AppLoading:   Label{"app.loading", "Laddar …", "Loading …"},
	AppLoaderror: Label{"app.loaderror", "Kunde inte läsa databasen:", "Could not read the database:"},
	AppToosmall:  Label{"app.toosmall", "ikbt: fönstret är %d×%d. Gör det minst %d×%d. q avslutar.", "ikbt: the window is %d×%d. Make it at least %d×%d. q quits."},

	HeaderEveryone: Label{"header.everyone", "alla behandlare", "all clinicians"},
	HeaderMoments:  Label{"header.moments", "%d moment", "%d moments"},
	HeaderRedflags: Label{"header.redflags", "⚑ RÖD FLAGGA: %d", "⚑ RED FLAG: %d"},
	// Issue 18: the first part of a large worklist is on screen.
	HeaderPart: Label{"header.part", "läser in fler moment …", "loading more moments …"},

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
	FlagNoDialogueDays:        Label{"flag.no-dialogue.days", "Inget från patienten på %d dagar: överväg avslut", "Nothing from the patient for %d days: consider closing"},
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

	// Issue 15: the paste box, the column mapping and the preview.
	ImpKeyImport:            Label{"imp.key.import", "läs in tabell", "bring in a table"},
	ImpKeyRead:              Label{"imp.key.read", "läs tabellen", "read the table"},
	ImpKeyFile:              Label{"imp.key.file", "fil/inklistrat", "file/pasted"},
	ImpKeyExample:           Label{"imp.key.example", "exempel", "example"},
	ImpKeyCell:              Label{"imp.key.cell", "ny cell", "next cell"},
	ImpKeyColumn:            Label{"imp.key.column", "byt kolumn", "change column"},
	ImpKeyNocolumn:          Label{"imp.key.nocolumn", "ingen kolumn", "no column"},
	ImpKeyContinue:          Label{"imp.key.continue", "förhandsgranska", "preview"},
	ImpKeyApply:             Label{"imp.key.apply", "skriv in allt", "write it all"},
	ImpKeyTakefile:          Label{"imp.key.takefile", "filens värden", "file's values"},
	ImpKeyRemap:             Label{"imp.key.remap", "ändra kolumner", "change columns"},
	ImpTitlePaste:           Label{"imp.title.paste", "Läs in tabell", "Bring in a table"},
	ImpTitleMapping:         Label{"imp.title.mapping", "Kolumnmappning", "Column mapping"},
	ImpTitlePreview:         Label{"imp.title.preview", "Förhandsgranskning", "Preview"},
	ImpPasteIntro:           Label{"imp.paste.intro", "Klistra in en tabell från ett kalkylark eller en webbsida (flikseparerade rader, rubrikraden först).", "Paste a table from a spreadsheet or a web page (tab-separated lines, the header row first)."},
	ImpPasteCells:           Label{"imp.paste.cells", "⇥ skiljer cellerna åt; radnumren är de som förhandsgranskningen nämner.", "⇥ separates the cells; the line numbers are the rows the preview names."},
	ImpPasteFileIntro:       Label{"imp.paste.fileintro", "Eller läs en fil (.csv, .tsv eller .xlsx):", "Or read a file (.csv, .tsv or .xlsx):"},
	ImpPasteFilePlaceholder: Label{"imp.paste.fileplaceholder", "sökväg till filen", "path of the file"},
	ImpPasteEmpty:           Label{"imp.paste.empty", "Inget att läsa: klistra in en tabell eller skriv en sökväg.", "Nothing to read: paste a table or type a path."},
	ImpPasteExampleHint:     Label{"imp.paste.examplehint", "Demo: ctrl+l infogar en exempeltabell att prova med.", "Demo: ctrl+l inserts an example table to try."},
	ImpPasteError:           Label{"imp.paste.error", "Kunde inte läsa %s: %s. Ingenting är inläst.", "Could not read %s: %s. Nothing is brought in."},
	ImpPasteSource:          Label{"imp.paste.source", "den inklistrade tabellen", "the pasted table"},
	ImpMappingIntro:         Label{"imp.mapping.intro", "Rubrikraden är ny: säg vilken kolumn som är vilket fält (* = obligatoriskt; ←/→ byter kolumn, backspace ingen). Mappningen sparas till nästa gång.", "A new header row: say which column is which field (* = required; ←/→ changes the column, backspace none). The mapping is saved for next time."},
	ImpMappingNone:          Label{"imp.mapping.none", "–", "–"},
	ImpMappingUnknown:       Label{"imp.mapping.unknown", "Okända kolumner (läses inte): %s", "Unknown columns (not read): %s"},
	ImpMappingNotsaved:      Label{"imp.mapping.notsaved", "Mappningen kunde inte sparas (%v); den gäller den här gången.", "The mapping could not be saved (%v); it holds this time."},
	ImpMappingTwice:         Label{"imp.mapping.twice", "Kolumnen %q är vald för två fält.", "The column %q is chosen for two fields."},
	ImpPreviewPreparing:     Label{"imp.preview.preparing", "Läser raderna …", "Reading the rows …"},
	ImpPreviewCounts:        Label{"imp.preview.counts", "Skapas %d · uppdateras %d · oförändrade %d · nekas %d", "Created %d · updated %d · unchanged %d · refused %d"},
	ImpPreviewTakeOn:        Label{"imp.preview.takeon", "[x] Ta filens värden där de motsäger databasen (t): filens startdatum, namn, återkopplingsdag … ersätter de sparade.", "[x] Take the file's values where they contradict the database (t): the file's start date, name, feedback day … replace the stored ones."},
	ImpPreviewTakeOff:       Label{"imp.preview.takeoff", "[ ] Ta filens värden där de motsäger databasen (t): av, en sådan rad nekas med båda värdena.", "[ ] Take the file's values where they contradict the database (t): off, such a row is refused with both values."},
	ImpPreviewReady:         Label{"imp.preview.ready", "s skriver in allt ovan i en transaktion. esc går tillbaka utan att skriva.", "s writes all of the above in one transaction. esc goes back without writing."},
	ImpPreviewRefused:       Label{"imp.preview.refused", "Ingenting skrivs förrän varje rad går att läsa: rätta de nekade raderna (esc tillbaka) och läs in igen.", "Nothing is written until every row can be read: correct the refused rows (esc to go back) and read again."},
	ImpPreviewNothing:       Label{"imp.preview.nothing", "Inget nytt: allt finns redan i databasen. Ingenting att skriva.", "Nothing new: all of it is already in the database. Nothing to write."},
	ImpPreviewBusy:          Label{"imp.preview.busy", "Skriver …", "Writing …"},
	ImpPreviewFailed:        Label{"imp.preview.failed", "Ingenting skrevs: %s", "Nothing was written: %s"},
	ImpPreviewConflict:      Label{"imp.preview.conflict", "Databasen ändrades under tiden: förhandsgranskningen är gjord på nytt. Se över den och skriv in igen.", "The database changed meanwhile: the preview is made afresh. Look it over and write again."},
	ImpDone:                 Label{"imp.done", "Inläst i en transaktion: %d nya behandlingar, %d uppdaterade.", "Brought in, in one transaction: %d new moments, %d updated."},
	ImpDoneNothing:          Label{"imp.done.nothing", "Inget nytt att läsa in: ingenting ändrat.", "Nothing new to bring in: nothing changed."},
	ImpReadonly:             Label{"imp.readonly", "Kan inte läsa in: %s går inte att skriva till, och en inläsning skriver i den. Ingenting är ändrat.", "Cannot bring a table in: %s cannot be written, and bringing in writes to it. Nothing changed."},
	ImpReadonlyDB:           Label{"imp.readonly.db", "databasen", "the database"},
	ImpPreviewSecRefused:    Label{"imp.preview.sec.refused", "Nekas", "Refused"},
	ImpPreviewSecCreated:    Label{"imp.preview.sec.created", "Skapas", "Created"},
	ImpPreviewSecUpdated:    Label{"imp.preview.sec.updated", "Uppdateras", "Updated"},
	ImpPreviewSecUnchanged:  Label{"imp.preview.sec.unchanged", "Redan inlästa, oförändrade", "Already in, unchanged"},
	ImpKeyField:             Label{"imp.key.field", "fält", "field"},
	ImpItem9Unknown:         Label{"imp.item9unknown", "fråga 9 okänd", "item 9 unknown"},
	ImpEmptyPaste:           Label{"imp.empty.paste", "klistrar in en tabell eller läser en .csv/.tsv/.xlsx", "pastes a table or reads a .csv/.tsv/.xlsx file"},
	// issue 16: referral and assessment, closing phase, gallring, handover.
	LcKeyStep:               Label{"lc.key.step", "steg", "step"},
	LcKeyChecklist:          Label{"lc.key.checklist", "checklista 3.4", "checklist 3.4"},
	LcKeyAnswer:             Label{"lc.key.answer", "svar", "answer"},
	LcKeyFlag:               Label{"lc.key.flag", "hantera flagga", "handle flag"},
	LcKeyDecide:             Label{"lc.key.decide", "beslut", "decide"},
	LcKeyGallra:             Label{"lc.key.gallra", "gallra", "remove"},
	LcKeyClosingVisit:       Label{"lc.key.closingvisit", "avslutningsbesök", "closing visit"},
	LcKeySoB:                Label{"lc.key.sob", "avslut i SoB", "closed in SoB"},
	TabAssessments:          Label{"tab.assessments", "Bedömning", "Assessment"},
	TableNoneTabAssessments: Label{"table.none.tab.assessments", "Inga remisser väntar på bedömning. n lägger till en.", "No referrals are waiting for assessment. n adds one."},
	ColNextstep:             Label{"col.nextstep", "Nästa steg", "Next step"},
	ColWaiting:              Label{"col.waiting", "Väntat", "Waiting"},
	ColFrom:                 Label{"col.from", "Remittent", "Referrer"},
	LcWaitingDays:           Label{"lc.waiting.days", "%d d", "%d d"},
	LcStepContact:           Label{"lc.step.contact", "Kontakta patienten", "Contact the patient"},
	LcStepBook:              Label{"lc.step.book", "Boka bedömningsbesök", "Book the assessment visit"},
	LcStepForms:             Label{"lc.step.forms", "Skicka formulär", "Send the forms"},
	LcStepVisit:             Label{"lc.step.visit", "Håll bedömningsbesöket", "Hold the assessment visit"},
	LcStepDecide:            Label{"lc.step.decide", "Besluta", "Decide"},
	LcStepDone:              Label{"lc.step.done", "Beslutad", "Decided"},
	LcRefTitle:              Label{"lc.ref.title", "Remiss", "Referral"},
	LcRefFrom:               Label{"lc.ref.from", "Remiss %s från %s, %s (väntat %d dagar)", "Referral %s from %s, %s (waiting %d days)"},
	LcRefNext:               Label{"lc.ref.next", "Nästa steg: %s, senast %s", "Next step: %s, by %s"},
	LcRefLate:               Label{"lc.ref.late", "%d dagar sent", "%d days late"},
	LcRefGuarantee:          Label{"lc.ref.guarantee", "Över vårdgarantins 90 dagar", "Past the 90 days of the care guarantee"},
	LcRefSteps:              Label{"lc.ref.steps", "Steg (3.5)", "Steps (3.5)"},
	LcRefContacted:          Label{"lc.ref.contacted", "Kontaktad", "Contacted"},
	LcRefVisitOn:            Label{"lc.ref.visiton", "Bedömningsbesök bokat", "Assessment visit booked"},
	LcRefFormsSent:          Label{"lc.ref.formssent", "Formulär skickade", "Forms sent"},
	LcRefVisitHeld:          Label{"lc.ref.visitheld", "Bedömningsbesök hållet", "Assessment visit held"},
	LcRefChecklist:          Label{"lc.ref.checklist", "Checklista vid ställningstagande till IKBT (3.4)", "Checklist before deciding on IKBT (3.4)"},
	LcRefObs:                Label{"lc.ref.obs", "! = observandum, väg in i beslutet", "! = observandum, weigh it in the decision"},
	LcRefAnswers:            Label{"lc.ref.answers", "Svar under bedömningen", "Answers during the assessment"},
	LcRefNoAnswers:          Label{"lc.ref.noanswers", "Inga svar ännu.", "No answers yet."},
	LcRefAnswer:             Label{"lc.ref.answer", "%s %s: %d poäng", "%s %s: %d points"},
	LcRefItem9:              Label{"lc.ref.item9", "fråga 9 = %d", "item 9 = %d"},
	LcRefHandled:            Label{"lc.ref.handled", "hanterad", "handled"},
	LcRefDecision:           Label{"lc.ref.decision", "Beslut", "Decision"},
	LcRefUndecided:          Label{"lc.ref.undecided", "ännu inget beslut", "not decided yet"},
	LcRefYes:                Label{"lc.ref.yes", "IKBT, moment %s (%s)", "IKBT, moment %s (%s)"},
	LcRefNo:                 Label{"lc.ref.no", "Inte IKBT (%s): %s", "Not IKBT (%s): %s"},
	LcRefFlagOpen:           Label{"lc.ref.flagopen", "⚑ RÖD FLAGGA: %s fråga 9 = %d (%s). H hanterar.", "⚑ RED FLAG: %s item 9 = %d (%s). H handles it."},
	LcRefNotAvailable:       Label{"lc.ref.notavailable", "Remisser kräver databasen (--db).", "Referrals need the database (--db)."},
	LcRefError:              Label{"lc.ref.error", "Kunde inte läsa remissen: %v", "Could not read the referral: %v"},
	LcRefOnReferral:         Label{"lc.ref.onreferral", "En remiss, inget moment: enter öppnar den.", "A referral, not a moment: enter opens it."},
	LcRefDecided:            Label{"lc.ref.decided", "Remissen är beslutad och kan inte ändras.", "The referral is decided and cannot change."},
	LcRefSide:               Label{"lc.ref.side", "Remiss från %s, %s. Nästa steg: %s. Enter öppnar.", "Referral from %s, %s. Next step: %s. Enter opens it."},
	LcTitleAdd:              Label{"lc.title.add", "Ny remiss", "New referral"},
	LcTitleStep:             Label{"lc.title.step", "Steg", "Step"},
	LcTitleChecklist:        Label{"lc.title.checklist", "Checklista 3.4", "Checklist 3.4"},
	LcTitleAnswer:           Label{"lc.title.answer", "Svar under bedömningen", "Answer during the assessment"},
	LcTitleFlag:             Label{"lc.title.flag", "Hantera röd flagga", "Handle the red flag"},
	LcTitleDecide:           Label{"lc.title.decide", "Beslut efter bedömningen", "Decision after the assessment"},
	LcFFrom:                 Label{"lc.f.from", "Remittent", "Referrer"},
	LcFReferred:             Label{"lc.f.referred", "Remissen kom (ÅÅÅÅ-MM-DD)", "Referral arrived (YYYY-MM-DD)"},
	LcFStep:                 Label{"lc.f.step", "Vilket steg", "Which step"},
	LcFDay:                  Label{"lc.f.day", "Dag (ÅÅÅÅ-MM-DD); för bokat: besöksdagen", "Day (YYYY-MM-DD); for booked: the day of the visit"},
	LcFForms:                Label{"lc.f.forms", "Vilka formulär (Formulär 1177)", "Which forms (Formulär 1177)"},
	LcFNotAnswered:          Label{"lc.f.notanswered", "– ej besvarad", "– not answered"},
	LcFInstrument:           Label{"lc.f.instrument", "Formulär", "Form"},
	LcFItems:                Label{"lc.f.items", "Svar per fråga (mellanslag emellan)", "Answers per item (spaces between)"},
	LcFAnswered:             Label{"lc.f.answered", "Besvarat (ÅÅÅÅ-MM-DD TT:MM)", "Answered (YYYY-MM-DD HH:MM)"},
	LcFFlagNote:             Label{"lc.f.flagnote", "Vad gjordes (enligt 4.1)", "What was done (as in 4.1)"},
	LcFDecision:             Label{"lc.f.decision", "Beslut", "Decision"},
	LcFYes:                  Label{"lc.f.yes", "IKBT: momentet startar", "IKBT: the moment starts"},
	LcFNo:                   Label{"lc.f.no", "Inte IKBT", "Not IKBT"},
	LcFReason:               Label{"lc.f.reason", "Varför inte IKBT", "Why not IKBT"},
	LcFFlagPick:             Label{"lc.f.flagpick", "Vilken flagga", "Which flag"},
	LcDoneAdd:               Label{"lc.done.add", "Remiss %s tillagd för %s", "Referral %s added for %s"},
	LcDoneStep:              Label{"lc.done.step", "%s: %s %s", "%s: %s %s"},
	LcDoneChecklist:         Label{"lc.done.checklist", "Checklista 3.4: %d svar sparade", "Checklist 3.4: %d answers saved"},
	LcDoneAnswer:            Label{"lc.done.answer", "%s sparat: %d poäng", "%s saved: %d points"},
	LcDoneAnswerRed:         Label{"lc.done.answerred", "%s sparat: fråga 9 = %d – RÖD FLAGGA", "%s saved: item 9 = %d – RED FLAG"},
	LcDoneFlag:              Label{"lc.done.flag", "Röda flaggan hanterad", "The red flag handled"},
	LcDoneYes:               Label{"lc.done.yes", "Beslut IKBT: moment %s startar %s", "Decided IKBT: moment %s starts %s"},
	LcDoneNo:                Label{"lc.done.no", "Beslut: inte IKBT (%s)", "Decided: not IKBT (%s)"},
	LcErrNoFlag:             Label{"lc.err.noflag", "Ingen öppen röd flagga på remissen.", "No open red flag on the referral."},
	LcErrChecklist:          Label{"lc.err.checklist", "Checklista 3.4: %d av %d svar sparade; fråga %s: %v", "Checklist 3.4: %d of %d answers saved; question %s: %v"},
	LcInfoItem9:             Label{"lc.info.item9", "Fråga 9 = %d: RÖD FLAGGA (4.1) – flaggan visas direkt.", "Item 9 = %d: RED FLAG (4.1) – the flag shows at once."},
	LcInfoTotal:             Label{"lc.info.total", "%d poäng", "%d points"},
	LcKeyClosing:            Label{"lc.key.closing", "avslutningsfas", "closing phase"},
	LcKeyBook:               Label{"lc.key.book", "boka avslutningsbesök", "book closing visit"},
	LcClTitle:               Label{"lc.cl.title", "Avslutningsfas", "Closing phase"},
	LcClHint:                Label{"lc.cl.hint", "Avslutningsfas: %s. B öppnar.", "Closing phase: %s. B opens it."},
	LcClNow:                 Label{"lc.cl.now", "Att göra", "To do"},
	LcClNothing:             Label{"lc.cl.nothing", "Inget att göra i avslutningsfasen i dag.", "Nothing to do in the closing phase today."},
	LcClPromptNearEnd:       Label{"lc.cl.p.nearend", "Nära sista modulen: sammanfattningar och vidmakthållandeplan", "Near the last module: summaries and a maintenance plan"},
	LcClPromptBook:          Label{"lc.cl.p.book", "Boka avslutningsbesök (b)", "Book the closing visit (b)"},
	LcClPromptVisit:         Label{"lc.cl.p.visit", "Avslutningsbesöket är bokat till %s: håll det (v)", "The closing visit is booked for %s: hold it (v)"},
	LcClPromptMaint:         Label{"lc.cl.p.maint", "Sätt vidmakthållande, 90 dagars läsbehörighet (a)", "Start maintenance, 90 days of read access (a)"},
	LcClPromptCloseSoB:      Label{"lc.cl.p.closesob", "Avsluta behandlingen i SoB (S)", "Close the treatment in SoB (S)"},
	LcClPromptGallraSoB:     Label{"lc.cl.p.gallrasob", "GALLRA patienten i SoB i samband med avslut (S)", "GALLRA the patient in SoB when closing (S)"},
	LcClVisit:               Label{"lc.cl.visit", "Avslutningsbesök (3.6.6): bokat %s, hållet %s", "Closing visit (3.6.6): booked %s, held %s"},
	LcClNote:                Label{"lc.cl.note", "Till avslutsanteckningen (Cosmic)", "For the closing note (Cosmic)"},
	LcClSoB:                 Label{"lc.cl.sob", "SoB (3.6.7): avslutad %s, gallrad %s", "SoB (3.6.7): closed %s, gallrad %s"},
	LcClRemovable:           Label{"lc.cl.removable", "Lokal gallring: kan tas bort ur filen (%s, sedan %s). D tar bort.", "Local gallring: may be removed from the file (%s, since %s). D removes it."},
	LcClKept:                Label{"lc.cl.kept", "Lokal gallring: behålls tills momentet är avslutat och uppföljningen besvarad eller avstådd.", "Local gallring: kept until the moment is closed and its follow-up answered or waived."},
	LcClWhyClosed:           Label{"lc.cl.why.closed", "avslutat", "closed"},
	LcClWhyHanded:           Label{"lc.cl.why.handed", "överlämnat", "handed over"},
	LcFBookOn:               Label{"lc.f.bookon", "Avslutningsbesöket bokat till (ÅÅÅÅ-MM-DD)", "Closing visit booked for (YYYY-MM-DD)"},
	LcFHeldOn:               Label{"lc.f.heldon", "Besöket hölls (ÅÅÅÅ-MM-DD)", "Visit held on (YYYY-MM-DD)"},
	LcFSoBClosed:            Label{"lc.f.sobclosed", "Avslutad i SoB (ÅÅÅÅ-MM-DD)", "Closed in SoB (YYYY-MM-DD)"},
	LcFSoBGallrad:           Label{"lc.f.sobgallrad", "Gallrad i SoB (ÅÅÅÅ-MM-DD, tomt = inte än)", "Gallrad in SoB (YYYY-MM-DD, empty = not yet)"},
	LcTitleBook:             Label{"lc.title.book", "Boka avslutningsbesök", "Book the closing visit"},
	LcTitleVisit:            Label{"lc.title.visit", "Avslutningsbesök", "Closing visit"},
	LcTitleSoB:              Label{"lc.title.sob", "Avslut i SoB", "Closed in SoB"},
	LcTitleGallra:           Label{"lc.title.gallra", "Gallra ur filen", "Remove from the file"},
	LcDoneBook:              Label{"lc.done.book", "Avslutningsbesök bokat %s", "Closing visit booked for %s"},
	LcDoneVisit:             Label{"lc.done.visit", "Avslutningsbesöket sparat (%d svar)", "Closing visit saved (%d answers)"},
	LcDoneSoB:               Label{"lc.done.sob", "SoB: avslutad %s, gallrad %s", "SoB: closed %s, gallrad %s"},
	LcGallraWhat:            Label{"lc.gallra.what", "Tar bort %s (%s) ur %s: momentet %s med allt det håller (mätningar, flaggor, anteckningar, scheman, avslutsfas)%s. Utkast och kopierade anteckningar tas bort; filen vakuumeras. Går inte att ångra.", "Removes %s (%s) from %s: moment %s with all it holds (measurements, flags, notes, schedules, closing phase)%s. Drafts and copied notes are removed; the file is vacuumed. Cannot be undone."},
	LcGallraPatient:         Label{"lc.gallra.patient", ", och patienten (inget annat finns kvar)", ", and the patient (nothing else is left)"},
	LcGallraExport:          Label{"lc.gallra.export", "Skriv först en export till fil (tomt = ingen)", "First write an export to a file (empty = none)"},
	LcGallraConfirm:         Label{"lc.gallra.confirm", "Ta bort %s (%s) för gott?", "Remove %s (%s) for good?"},
	LcGallraDone:            Label{"lc.gallra.done", "Gallrat: %s (%s)%s", "Removed: %s (%s)%s"},
	LcGallraExported:        Label{"lc.gallra.exported", "; export skriven till %s (läge 0600)", "; export written to %s (mode 0600)"},
	LcGallraLeft:            Label{"lc.gallra.left", "; finns kvar i %s (skrivet på din begäran)", "; still in %s (written at your word)"},
	LcGallraNotYet:          Label{"lc.gallra.notyet", "Kan inte gallras än: avsluta momentet och få uppföljningen besvarad eller avstådd.", "Cannot be removed yet: close the moment and have its follow-up answered or waived."},
	LcErrExists:             Label{"lc.err.exists", "Filen finns redan: %s", "The file exists already: %s"},
	LcReadOnlyHanded:        Label{"lc.readonly.handed", "Överlämnad till annan enhet: skrivskyddat.", "Handed over to another unit: read-only."},
	LcGallraNone:            Label{"lc.gallra.none", "Inget togs bort.", "Nothing was removed."},
	LcKeyProposals:          Label{"lc.key.proposals", "gallring", "gallring"},
	LcGaTitle:               Label{"lc.ga.title", "Gallring: förslag", "Gallring: proposals"},
	LcGaIntro:               Label{"lc.ga.intro", "Det som har kunnat tas bort ur filen i minst %d dagar. Inget tas bort utan att du säger det: enter öppnar momentet (B, D där), D tar bort en remiss.", "What could be removed from the file for at least %d days. Nothing is removed unless you say so: enter opens the moment (B, D there), D removes a referral."},
	LcGaNone:                Label{"lc.ga.none", "Inget att gallra.", "Nothing to remove."},
	LcGaWhyNotTreated:       Label{"lc.ga.why.nottreated", "remiss utan behandling", "referral not treated"},
	LcGaRow:                 Label{"lc.ga.row", "%s  %s  %s, sedan %s", "%s  %s  %s, since %s"},
	LcGaReferralWhat:        Label{"lc.ga.referralwhat", "Tar bort remissen %s för %s (%s) ur %s med allt den håller%s. Går inte att ångra.", "Removes referral %s of %s (%s) from %s with all it holds%s. Cannot be undone."},
	LcKeyHandover:           Label{"lc.key.handover", "byt behandlare", "change clinician"},
	LcTitleHandover:         Label{"lc.title.handover", "Byt behandlare (8.1)", "Change of clinician (8.1)"},
	LcHoChecks:              Label{"lc.ho.checks", "Kontrollera först (8.2.1):", "Check first (8.2.1):"},
	LcHoFlags:               Label{"lc.ho.flags", "öppna flaggor: %d", "open flags: %d"},
	LcHoNotes:               Label{"lc.ho.notes", "anteckningar inte kopierade till Cosmic: %d", "notes not copied to Cosmic: %d"},
	LcHoContacts:            Label{"lc.ho.contacts", "kontakter utan anteckning: %d", "contacts without a note: %d"},
	LcHoFeedback:            Label{"lc.ho.feedback", "återkoppling väntar (senast %s)", "feedback waiting (due %s)"},
	LcHoClear:               Label{"lc.ho.clear", "Inget hindrar överlämningen.", "Nothing blocks the handover."},
	LcHoBlocked:             Label{"lc.ho.blocked", "Åtgärda det ovan först, eller lämna över med det antecknat.", "Deal with the above first, or hand over with it noted."},
	LcFTo:                   Label{"lc.f.to", "Ny behandlare", "New clinician"},
	LcFTold:                 Label{"lc.f.told", "Patienten har fått veta", "The patient has been told"},
	LcErrNotTold:            Label{"lc.err.nottold", "Patienten ska ha fått veta (8.1).", "The patient must have been told (8.1)."},
	LcDoneHandover:          Label{"lc.done.handover", "%s har nu %s", "%s now has %s"},
	LcKeyTransfer:           Label{"lc.key.transfer", "lämna över till annan enhet", "hand over to another unit"},
	LcKeyHandovers:          Label{"lc.key.handovers", "överlämningar", "handovers"},
	LcKeyReceive:            Label{"lc.key.receive", "läs in överlämningsfil", "read a handover file"},
	LcKeyAccept:             Label{"lc.key.accept", "godkänn", "accept"},
	LcKeyDecline:            Label{"lc.key.decline", "avböj", "decline"},
	LcKeyOutcome:            Label{"lc.key.outcome", "utfall", "outcome"},
	LcTitleTransfer:         Label{"lc.title.transfer", "Överlämning till annan enhet (8.2)", "Handover to another unit (8.2)"},
	LcFToUnit:               Label{"lc.f.tounit", "Mottagande enhet", "Receiving unit"},
	LcFFromUnit:             Label{"lc.f.fromunit", "Vår enhet", "Our unit"},
	LcFConsent:              Label{"lc.f.consent", "Patienten har godkänt överlämningen", "The patient has approved the handover"},
	LcFPath:                 Label{"lc.f.path", "Överlämningsfilen skrivs till (ny fil)", "Write the handover file to (a new file)"},
	LcErrConsent:            Label{"lc.err.consent", "Patienten ska ha godkänt överlämningen (8.2.1).", "The patient must have approved the handover (8.2.1)."},
	LcDoneTransfer:          Label{"lc.done.transfer", "Överlämningsfil skriven: %s (läge 0600) med %d moment: %s. Överlämning pågår.", "Handover file written: %s (mode 0600) with %d moments: %s. Handover under way."},
	LcHvTitle:               Label{"lc.hv.title", "Överlämningar", "Handovers"},
	LcHvNone:                Label{"lc.hv.none", "Inga överlämningar.", "No handovers."},
	LcHvRow:                 Label{"lc.hv.row", "%s  %s  %s → %s  %s  %s", "%s  %s  %s → %s  %s  %s"},
	LcHvIn:                  Label{"lc.hv.in", "inkommande", "incoming"},
	LcHvOut:                 Label{"lc.hv.out", "utgående", "outgoing"},
	LcHvSame:                Label{"lc.hv.same", "inom enheten", "in the unit"},
	LcHvPending:             Label{"lc.hv.pending", "överlämning pågår", "handover under way"},
	LcHvAccepted:            Label{"lc.hv.accepted", "överlämnad", "handed over"},
	LcHvDeclined:            Label{"lc.hv.declined", "avböjd", "declined"},
	LcHvCancelled:           Label{"lc.hv.cancelled", "avbruten", "cancelled"},
	LcHvNotPending:          Label{"lc.hv.notpending", "Överlämningen är redan avgjord.", "The handover is settled already."},
	LcHvWrongSide:           Label{"lc.hv.wrongside", "Gäller inte denna riktning: a/d för inkommande, r för utgående.", "Not for this direction: a/d for incoming, r for outgoing."},
	LcTitleReceive:          Label{"lc.title.receive", "Läs in överlämningsfil", "Read a handover file"},
	LcTitleAccept:           Label{"lc.title.accept", "Godkänn överlämning", "Accept the handover"},
	LcTitleDecline:          Label{"lc.title.decline", "Avböj överlämning", "Decline the handover"},
	LcTitleOutcome:          Label{"lc.title.outcome", "Utfall av överlämning", "Outcome of the handover"},
	LcFFile:                 Label{"lc.f.file", "Fil", "File"},
	LcFClinician:            Label{"lc.f.clinician", "Tilldela behandlare", "Assign a clinician"},
	LcFDeclineSure:          Label{"lc.f.declinesure", "Avböj och ta bort det mottagna?", "Decline and remove what was received?"},
	LcFOutcome:              Label{"lc.f.outcome", "Utfall", "Outcome"},
	LcDoneReceive:           Label{"lc.done.receive", "Mottagen: %s, %d moment från %s. Godkänn (a) eller avböj (d).", "Received: %s, %d moments from %s. Accept (a) or decline (d)."},
	LcDoneAccept:            Label{"lc.done.accept", "Överlämning %s godkänd: momenten hos %s", "Handover %s accepted: the moments are with %s"},
	LcDoneDecline:           Label{"lc.done.decline", "Överlämning %s avböjd", "Handover %s declined"},
	LcDoneOutcome:           Label{"lc.done.outcome", "Överlämning %s: %s", "Handover %s: %s"},
	LcKeyLeaving:            Label{"lc.key.leaving", "behandlare som slutar (8.3)", "clinician leaving (8.3)"},
	LcLvTitle:               Label{"lc.lv.title", "8.3: %s har %d öppna moment, %d med hinder", "8.3: %s has %d open moments, %d blocked"},
	LcLvClear:               Label{"lc.lv.clear", "inget hinder", "nothing blocks"},
	LcLvAsk:                 Label{"lc.lv.ask", "Vilken behandlare slutar?", "Which clinician is leaving?"},
	TabHandovers:            Label{"tab.handovers", "Överlämningar", "Handovers"},
	TableNoneTabHandovers:   Label{"table.none.tab.handovers", "Inga överlämningar väntar. o visar alla och läser en överlämningsfil (I).", "No handovers are waiting. o shows them all and reads a handover file (I)."},
	ColDirection:            Label{"col.direction", "Riktning", "Direction"},
	ColUnit:                 Label{"col.unit", "Enhet", "Unit"},
	ColStarted:              Label{"col.started", "Startad", "Started"},
	ColHandover:             Label{"col.handover", "Överlämning", "Handover"},
	LcHvTo:                  Label{"lc.hv.to", "till", "to"},
	LcHvFrom:                Label{"lc.hv.from", "från", "from"},
	LcHvMark:                Label{"lc.hv.mark", "⇄ Överlämning pågår till %s (%s, %s): du är ansvarig tills den mottagande enheten har godkänt (8.2.1).", "⇄ Handover under way to %s (%s, %s): you are responsible until the receiving unit has accepted (8.2.1)."},
	LcHvSideIn:              Label{"lc.hv.sidein", "Inkommande överlämning %s från %s, %s.", "Incoming handover %s from %s, %s."},
	LcHvSideOpen:            Label{"lc.hv.sideopen", "enter: ta emot med behandlare (a) eller avböj (d).", "enter: accept with a clinician (a) or decline (d)."},
	LcHvMoments:             Label{"lc.hv.moments", "Moment: %s", "Moments: %s"},
	LcLvKeys:                Label{"lc.lv.keys", "enter öppna · m markera · A markera alla · T lämna över markerade till annan enhet · O byt behandlare", "enter open · m mark · A mark all · T hand the marked over to another unit · O change clinician"},
	LcKeyMark:               Label{"lc.key.mark", "markera", "mark"},
	LcKeyMarkAll:            Label{"lc.key.markall", "markera alla", "mark all"},
	LcTransferMoments:       Label{"lc.transfer.moments", "Lämnas över (%d): %s", "Handed over (%d): %s"},
	LcTransferNone:          Label{"lc.transfer.none", "Inget moment att lämna över.", "No moment to hand over."},
	// Issue 9 and issue 10 (see the Catalogue fields).
	I9FlagMissedDay:        Label{"flag.missed-day", "Missad dag", "Missed day"},
	I9FlagMissedDayDetail:  Label{"flag.missed-day.detail", "Inget från patienten till överenskommen dag", "Nothing from the patient by the agreed day"},
	I9FlagMissedDayMessage: Label{"flag.missed-day.message", "Skicka meddelande: inget från patienten till överenskommen dag %s", "Send a message: nothing from the patient by the agreed day %s"},
	I9FlagMissedDayPhone:   Label{"flag.missed-day.phone", "Ring patienten: inget svar på meddelandet, inget från patienten sedan överenskommen dag %s", "Phone the patient: no answer to the message, nothing from the patient since the agreed day %s"},
	I9FlagPhq9:             Label{"flag.phq9", "RÖD FLAGGA", "RED FLAG"},
	I9FlagPhq9Detail:       Label{"flag.phq9.detail", "PHQ-9 fråga 9 (tankar på att vara död eller skada sig): %d poäng", "PHQ-9 item 9 (thoughts of being better off dead or of self-harm): %d points"},
	I9FlagPhq9Short:        Label{"flag.phq9.short", "PHQ-9 fr. 9: %d", "PHQ-9 it. 9: %d"},
	I9ActFlagMissedDay:     Label{"act.flag.missed-day", "Missad överenskommen dag", "Missed agreed day"},
	I9ActFlagPhq9:          Label{"act.flag.phq9", "Röd flagga: PHQ-9 fråga 9", "Red flag: PHQ-9 item 9"},
	I9FlagClosed:           Label{"flag.closed", " (avslutat moment)", " (closed moment)"},
	I9FlagStepMessage:      Label{"flag.step.message", "meddelande", "message"},
	I9FlagStepPhone:        Label{"flag.step.phone", "ring", "phone"},
	I9TriggerWeekly:        Label{"trigger.weekly", "varje vecka", "every week"},
	TriggerModulekey:       Label{"trigger.modulekey", "modul %s", "module %s"},

	I10MeasureErrAllowed:     Label{"measure.err.allowed", "%s fråga %d: %d är inget tillåtet svar (%s)", "%s item %d: %d is not an allowed answer (%s)"},
	I10MeasureErrDecimal:     Label{"measure.err.decimal", "poängen ”%s” är inget tal", "the score \"%s\" is not a number"},
	I10MeasureErrTotalrange:  Label{"measure.err.totalrange2", "%s summa: %s ligger utanför %d–%d", "%s total: %s is out of range %d–%d"},
	I10MeasureErrTotalonly:   Label{"measure.err.totalonly", "%s tar bara emot totalpoäng (poängsättningen per fråga är inte offentlig)", "%s takes its total only (its item scoring is not public)"},
	I10ActFItems:             Label{"act.f.items2", "%d frågor (svar %s), åtskilda med mellanslag", "%d items (answers %s), separated by spaces"},
	I10ActFTotalDecimal:      Label{"act.f.total.decimal", "Poäng %d–%d, decimaler med komma", "Score %d–%d, decimals allowed"},
	I10ActInfoScore:          Label{"act.info.score2", "Poäng %s av %d", "Score %s of %d"},
	I10ActInfoSum:            Label{"act.info.sum", "Summa %s av %d", "Total %s of %d"},
	I10ActDoneMeasure:        Label{"act.done.measure2", "%s sparad: %s", "%s saved: %s"},
	I9DetailItem9Unknown:     Label{"detail.item9.unknown", "fråga 9 okänd", "item 9 unknown"},
	I9DetailScreeningNone:    Label{"detail.screening.none", "Ingen screening av fråga 9 i batteriet (4.5)", "No item-9 screening in the battery (4.5)"},
	I9DetailScreeningStopped: Label{"detail.screening.stopped", "Screening av fråga 9 stoppad", "Item-9 screening stopped"},
	I9DetailStops:            Label{"detail.stops", "Stoppade formulär (5.4.2)", "Stopped forms (5.4.2)"},
	I9DetailStopFrom:         Label{"detail.stop.from", "stoppat från %s", "stopped from %s"},
	I9DetailWaiver:           Label{"detail.waiver", "Uppföljningen ska inte göras", "The follow-up is not to be done"},
	I9KeyStop:                Label{"act.key.stop", "stoppa serie", "stop a series"},
	I9KeyWaive:               Label{"act.key.waive", "ej uppföljn.", "no follow-up"},
	I9TitleStop:              Label{"act.title.stop", "Stoppa eller återuppta formulär (5.4.2)", "Stop or resume a form (5.4.2)"},
	I9TitleWaive:             Label{"act.title.waive", "Uppföljningen ska inte göras", "The follow-up is not to be done"},
	I9OptStop:                Label{"act.opt.stop", "Stoppa %s", "Stop %s"},
	I9OptResume:              Label{"act.opt.resume", "Återuppta %s (stoppat från %s)", "Resume %s (stopped from %s)"},
	I9FStopFrom:              Label{"act.f.stopfrom", "Stoppas från (ÅÅÅÅ-MM-DD)", "Stopped from (YYYY-MM-DD)"},
	I9FNote:                  Label{"act.f.note", "Anteckning (frivillig)", "Note (optional)"},
	I9FReason:                Label{"act.f.waivereason", "Varför ska uppföljningen inte göras?", "Why is the follow-up not to be done?"},
	I9ConfirmStop:            Label{"act.confirm.stop", "Stoppa %s från %s?", "Stop %s from %s?"},
	I9ConfirmResume:          Label{"act.confirm.resume", "Återuppta %s?", "Resume %s?"},
	I9ConfirmUnwaive:         Label{"act.confirm.unwaive", "Ta tillbaka beslutet så att uppföljningen ska göras igen?", "Take the decision back, so that the follow-up is owed again?"},
	I9StopEnds:               Label{"act.stop.ends", "%s fråga 9 följs inte längre", "%s item 9 is no longer followed"},
	I9ErrConfirm:             Label{"act.err.confirm", "välj Ja för att spara; esc avbryter", "choose Yes to save; esc cancels"},
	I9ErrNothingToStop:       Label{"act.err.nothingtostop", "Momentet har inga formulär att stoppa eller återuppta.", "The moment has no form to stop or resume."},
	I9DoneStop:               Label{"act.done.stop", "%s stoppat från %s", "%s stopped from %s"},
	I9DoneResume:             Label{"act.done.resume", "%s återupptaget", "%s resumed"},
	I9DoneWaive:              Label{"act.done.waive", "Uppföljningen ska inte göras: %s", "The follow-up is not to be done: %s"},
	I9DoneUnwaive:            Label{"act.done.unwaive", "Uppföljningen ska göras igen", "The follow-up is owed again"},
	I9InfoNoFollowup:         Label{"act.info.nofollowup", "Ingen uppföljning är aktuell ännu; beslutet gäller när den blir det.", "No follow-up is due yet; the decision holds when it is."},
	I9FWhoDecided:            Label{"act.f.whodecided", "Vem beslutade", "Decided by"},
	I9ActInfoRedPhq9:         Label{"act.info.redphq9", "⚑ Röd flagga: PHQ-9 fråga 9 = %d – ta snar kontakt (manualen 4.1)", "⚑ Red flag: PHQ-9 item 9 = %d – contact the patient soon (manual 4.1)"},
	// Issue 13: note kinds, drafts, code checks and the note history.
	NoteKindFeedback: Label{"note.kind.feedback", "Återkoppling", "Feedback"},
	NoteKindFlag:     Label{"note.kind.flag", "Röd flagga – kontakt", "Red-flag contact"},
	NoteKindReminder: Label{"note.kind.reminder", "Påminnelse", "Reminder"},
	NoteKindStart:    Label{"note.kind.start", "Start av behandling", "Start of treatment"},
	NoteKindClosing:  Label{"note.kind.closing", "Avslut", "Closing"},
	NoteKindFollowup: Label{"note.kind.followup", "Uppföljning", "Follow-up"},
	NoteKindFree:     Label{"note.kind.free", "Fri anteckning", "Free note"},

	NoteWhyNoProgram:         Label{"note.why.no-program", "momentets program finns inte i katalogen", "the moment's program is not in the catalogue"},
	NoteWhyNoCompletedModule: Label{"note.why.no-completed-module", "ingen modul är inskickad eller återkopplad än", "no module has been submitted or given feedback yet"},
	NoteWhyNoHandledFlag:     Label{"note.why.no-handled-flag", "ingen röd flagga är hanterad med H", "no red flag has been handled with H"},
	NoteWhyNoCurrentModule:   Label{"note.why.no-current-module", "ingen modul är öppnad", "no module has been opened"},
	NoteWhyNotClosed:         Label{"note.why.not-closed", "momentet är inte avslutat", "the moment is not closed"},
	NoteWhyClosed:            Label{"note.why.closed", "momentet är avslutat", "the moment is closed"},
	NoteWhyNotEnded:          Label{"note.why.not-ended", "behandlingen pågår fortfarande", "the treatment is still active"},
	NoteWhyNotActive:         Label{"note.why.not-active", "momentet är i vidmakthållande (inga meddelanden)", "the moment is in maintenance (no messages)"},
	NoteWhyOther:             Label{"note.why.other", "momentets uppgifter räcker inte", "the moment's data is not enough"},
	NoteUnavailable:          Label{"note.unavailable", "Ingen anteckning av typen %s: %s. En fri anteckning är öppnad.", "No %s note: %s. A free note is open."},

	NoteKindShown:      Label{"note.kindshown", "%s – förifylld från momentet. Kod + Enter eller Tab expanderar frasen.", "%s – prefilled from the moment. A code + Enter or Tab expands the phrase."},
	NoteDraftRestored:  Label{"note.draft.restored", "%s: utkastet från %s är återställt (ctrl+r börjar om).", "%s: the draft of %s is restored (ctrl+r starts afresh)."},
	NoteDraftFile:      Label{"note.draft.file", "Databasen är skrivskyddad: utkastet sparas i en fil (%s).", "The database is read-only: the draft is saved in a file (%s)."},
	NoteDraftKept:      Label{"note.draft.kept", "Utkastet är sparat – c öppnar det igen.", "The draft is saved – c opens it again."},
	NoteDraftFailed:    Label{"note.draft.failed", "Utkastet kunde inte sparas: %v", "The draft could not be saved: %v"},
	NoteDraftQuitFail:  Label{"note.draft.quitfail", "Utkastet kunde inte sparas (%v). ctrl+c igen avslutar ändå, utan utkastet.", "The draft could not be saved (%v). ctrl+c again quits anyway, without the draft."},
	NoteAfresh:         Label{"note.afresh", "%s: utkastet är borttaget, anteckningen förifylld på nytt.", "%s: the draft is removed, the note prefilled afresh."},
	NoteCodeUnknown:    Label{"note.code.unknown", "rad %d: %s är ingen kod", "line %d: %s is no code"},
	NoteCodeForeign:    Label{"note.code.foreign", "rad %d: %s hör till %s, inte detta program", "line %d: %s belongs to %s, not this program"},
	NoteCodeNearest:    Label{"note.code.nearest", "närmast: %s", "nearest: %s"},
	NoteCodeMore:       Label{"note.code.more", "(+%d till)", "(+%d more)"},
	NoteCodeMissing:    Label{"note.code.missing", "%s: momentet saknar %s", "%s: the moment has no %s"},
	NoteParamModule:    Label{"note.param.module", "modulnummer", "module number"},
	NoteParamDate:      Label{"note.param.date", "uppföljningsdatum", "follow-up date"},
	NoteParamScore:     Label{"note.param.score", "MADRS-S-poäng", "MADRS-S score"},
	NoteParamNext:      Label{"note.param.next", "nästa modul (efter sista modulen finns ingen)", "next module (there is none after the last)"},
	NoteParamChallenge: Label{"note.param.challenge", "utmaningsområde", "challenge area"},
	NoteCopyAsk:        Label{"note.copy.ask", "Koder som inte kan fyllas i: %s. ctrl+y igen kopierar ändå; annan tangent avbryter.", "Codes that cannot be filled in: %s. ctrl+y again copies anyway; any other key cancels."},
	NoteCopyCancelled:  Label{"note.copy.cancelled", "Inget kopierat.", "Nothing copied."},
	NoteRecordFailed:   Label{"note.record.failed", "Kopierad, men inte sparad i historiken: %v", "Copied, but not kept in the history: %v"},

	NoteKeyKind:   Label{"note.key.kind", "typ", "kind"},
	NoteKeyAfresh: Label{"note.key.afresh", "börja om", "start afresh"},
	NoteKeyClose:  Label{"note.key.close", "stäng", "close"},
	NoteKeyCopy:   Label{"note.key.copy", "kopiera igen", "copy again"},

	NoteHistory:     Label{"note.history", "Anteckningar och hanterade flaggor", "Notes and handled flags"},
	NoteHistoryNote: Label{"note.history.note", "kopierad", "copied"},
	NoteHistoryFlag: Label{"note.history.flag", "hanterad av %s: %s", "handled by %s: %s"},
	NoteViewTitle:   Label{"note.view.title", "Anteckning", "Note"},
	NoteViewCopied:  Label{"note.view.copied", "%s, kopierad %s", "%s, copied %s"},
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
	// issue 14
	HeaderMomentsOne:            Label{"header.moments.one", "%d moment", "%d moment"},
	ProgramsModulesOne:          Label{"programs.modules.one", "%d modul", "%d module"},
	ProgramsTracksOne:           Label{"programs.tracks.one", "%d spår", "%d track"},
	ProgramsAddonOne:            Label{"programs.addon.one", "tilläggsmodul, %d del", "add-on, %d part"},
	I10ActFItemsOne:             Label{"act.f.items2.one", "%d fråga (svar %s)", "%d item (answers %s)"},
	MeasureErrCountOne:          Label{"measure.err.count.one", "%s har %d fråga, här står %d", "%s has %d item, got %d"},
	ActInfoPaceOne:              Label{"act.info.pace.one", "Veckovis takt: modul %s öppnades för %d dag sedan", "Weekly pace: module %s opened %d day ago"},
	LcRefFromOne:                Label{"lc.ref.from.one", "Remiss %s från %s, %s (väntat %d dag)", "Referral %s from %s, %s (waiting %d day)"},
	LcRefLateOne:                Label{"lc.ref.late.one", "%d dag sent", "%d day late"},
	LcDoneReceiveOne:            Label{"lc.done.receive.one", "Mottagen: %s, %d moment från %s. Godkänn (a) eller avböj (d).", "Received: %s, %d moment from %s. Accept (a) or decline (d)."},
	ResChartScoresOne:           Label{"res.chartscores.one", "%s: %d skattning %s – %s", "%s: %d score %s – %s"},
	LcDoneChecklistOne:          Label{"lc.done.checklist.one", "Checklista 3.4: %d svar sparat", "Checklist 3.4: %d answer saved"},
	LcInfoTotalOne:              Label{"lc.info.total.one", "%d poäng", "%d point"},
	LcDoneAnswerOne:             Label{"lc.done.answer.one", "%s sparat: %d poäng", "%s saved: %d point"},
	LcDoneVisitOne:              Label{"lc.done.visit.one", "Avslutningsbesöket sparat (%d svar)", "Closing visit saved (%d answer)"},
	FlagInactiveDaysOne:         Label{"flag.inactive.days.one", "Ingen inloggning eller aktivitet på %d dag", "No login or activity for %d day"},
	FlagNoDialogueDaysOne:       Label{"flag.no-dialogue.days.one", "Inget från patienten på %d dag: överväg avslut", "Nothing from the patient for %d day: consider closing"},
	FlagMaintenanceOverSinceOne: Label{"flag.maintenance-over.since.one", "Vidmakthållande sedan %s är slut (%d dag)", "Maintenance since %s is over (%d day)"},
	PhraseErrUnknown:            Label{"phrase.err.unknown", "%s är ingen kod", "%s is no code"},
	PhraseErrOther:              Label{"phrase.err.other", "frasen kunde inte fyllas i", "the phrase could not be filled in"},
	KeyPane:                     Label{"key.pane", "sidopanel", "side pane"},
	KeyCopyPnr:                  Label{"key.copypnr", "kopiera pnr", "copy pnr"},
	ActPnrCopied:                Label{"act.pnr.copied", "Personnummer %s kopierat (%s)", "Personnummer %s copied (%s)"},
	ActPnrNone:                  Label{"act.pnr.none", "Ingen patient markerad", "No patient selected"},
	LegendMore:                  Label{"legend.more", "fler väntar (se sidopanelen)", "more waiting (see the side pane)"},
	LegendSpark:                 Label{"legend.spark", "skattningarna över tid", "the scores over time"},
	HelpMore:                    Label{"help.more", "↓ mer: j, pgdn", "↓ more: j, pgdn"},
	PaneNarrow:                  Label{"pane.narrow", "Sidopanelen visas från 100 kolumner; enter öppnar momentet", "The side pane shows from 100 columns; enter opens the moment"},
}
