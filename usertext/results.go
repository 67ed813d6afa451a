package usertext

// Results are the words of the results report (results.WriteMarkdown,
// WriteCSV's header).
type Results struct {
	Title                                         Text
	Clinician                                     Text
	Program                                       Text
	Day                                           Text
	Everyone                                      Text
	EveryProgram                                  Text
	MinN                                          Text
	Counts                                        Text
	Referred                                      Text
	Assessed                                      Text
	StartedN                                      Text
	InTreatment                                   Text
	ClosedN                                       Text
	Diagnosed                                     Text
	NoReason                                      Text
	Waiting                                       Text
	NoReferrals                                   Text
	Median                                        Text
	Q1                                            Text
	Q3                                            Text
	ReasonHead                                    Text
	ClinicianCol                                  Text
	ProgramCol                                    Text
	Completion                                    Text
	Ended                                         Text
	Completed                                     Text
	ModulesShare                                  Text
	StoppedAt                                     Text
	Effect                                        Text
	NoPairs                                       Text
	Scale                                         Text
	Pairs                                         Text
	PreMSD                                        Text
	PostMSD                                       Text
	Improved                                      Text
	Deteriorated                                  Text
	Unchanged                                     Text
	Recovered                                     Text
	FollowUpM                                     Text
	Primary                                       Text
	Rci                                           Text
	Cutoff                                        Text
	Estimated                                     Text
	PreOnly                                       Text
	Notes                                         Text
	Of                                            Text
	Moment                                        Text
	Diagnosis                                     Text
	Started                                       Text
	ClosedOn                                      Text
	Status                                        Text
	ModulesDone                                   Text
	ModulesTotal                                  Text
	Reason                                        Text
	ReferredOn                                    Text
	Pre                                           Text
	Post                                          Text
	PostLast                                      Text
	FollowUp                                      Text
	Date                                          Text
	Yes                                           Text
	No                                            Text
	StatusActive, StatusMaintenance, StatusClosed Text
}

var results = Results{
	Title:             Text{"Resultat", "Results"},
	Clinician:         Text{"Behandlare", "Clinician"},
	Program:           Text{"Program", "Program"},
	Day:               Text{"Dag", "Day"},
	Everyone:          Text{"alla", "everyone"},
	EveryProgram:      Text{"alla program", "every program"},
	MinN:              Text{"– = visas inte: färre än %d, eller ingen gräns med källa", "– = not shown: fewer than %d, or no sourced threshold"},
	Counts:            Text{"Antal", "Counts"},
	Referred:          Text{"Remitterade", "Referred"},
	Assessed:          Text{"Bedömda", "Assessed"},
	StartedN:          Text{"Startade", "Started"},
	InTreatment:       Text{"Pågående (behandling eller vidmakthållande)", "In treatment (active or maintenance)"},
	ClosedN:           Text{"Avslutade", "Closed"},
	Diagnosed:         Text{"Med diagnos registrerad", "With a diagnosis recorded"},
	NoReason:          Text{"(ingen orsak angiven)", "(no reason given)"},
	Waiting:           Text{"Tillgänglighet (dagar från remiss till start)", "Waiting (days from referral to start)"},
	NoReferrals:       Text{"Inga remisser är registrerade i den här filen.", "No referrals are recorded in this file."},
	Median:            Text{"Median", "Median"},
	Q1:                Text{"nedre kvartil", "lower quartile"},
	Q3:                Text{"övre kvartil", "upper quartile"},
	ReasonHead:        Text{"Avslutningsorsak", "Closing reason"},
	ClinicianCol:      Text{"behandlare", "clinician"},
	ProgramCol:        Text{"program", "program"},
	Completion:        Text{"Fullföljande", "Completion (fullföljande)"},
	Ended:             Text{"Behandlingsfasen avslutad (vidmakthållande eller avslutade)", "Treatment ended (maintenance or closed)"},
	Completed:         Text{"Fullföljda (alla moduler genomförda)", "Completed (every module submitted)"},
	ModulesShare:      Text{"genomsnittlig andel genomförda moduler", "mean share of modules completed"},
	StoppedAt:         Text{"Ej fullföljda: sista öppnade modul", "Not completed: last module opened"},
	Effect:            Text{"Effekt (före → efter)", "Effect (pre → post)"},
	NoPairs:           Text{"Inga skattningar före och efter behandling ännu.", "No scores before and after treatment yet."},
	Scale:             Text{"Skala", "Scale"},
	Pairs:             Text{"n par", "n pairs"},
	PreMSD:            Text{"Före M (SD)", "Pre M (SD)"},
	PostMSD:           Text{"Efter M (SD)", "Post M (SD)"},
	Improved:          Text{"Reliabelt förbättrade", "Reliably improved"},
	Deteriorated:      Text{"Reliabelt försämrade", "Reliably deteriorated"},
	Unchanged:         Text{"Ingen reliabel förändring", "No reliable change"},
	Recovered:         Text{"Återhämtade", "Recovered"},
	FollowUpM:         Text{"Uppföljning M (SD)", "Follow-up M (SD)"},
	Primary:           Text{"primär", "primary"},
	Rci:               Text{"reliabel förändring", "reliable change"},
	Cutoff:            Text{"gränsvärde", "cut-off"},
	Estimated:         Text{"uppskattad", "estimated"},
	PreOnly:           Text{"%d med före men utan efter (ingår inte i siffrorna)", "%d with pre but no post (not in the figures)"},
	Notes:             Text{"n par (k*): k eftervärden är senaste skattning under behandling, utan avslutsskattning. d = (medel före − medel efter) / SD före. Återhämtade: av dem som låg på eller över gränsvärdet före, under det efter och med reliabel förbättring. Andelar märkta ~ bygger på en uppskattad gräns.", "n pairs (k*): k posts are the last score during treatment, without an avslut score. d = (pre mean − post mean) / pre SD. Recovered: of those at or above the cut-off before, below it after with reliable improvement. Shares marked ~ use an estimated threshold."},
	Of:                Text{"av", "of"},
	Moment:            Text{"moment", "moment"},
	Diagnosis:         Text{"diagnos", "diagnosis"},
	Started:           Text{"start", "started"},
	ClosedOn:          Text{"avslut", "closed"},
	Status:            Text{"status", "status"},
	ModulesDone:       Text{"genomförda moduler", "modules completed"},
	ModulesTotal:      Text{"moduler i programmet", "modules in program"},
	Reason:            Text{"avslutningsorsak", "closing reason"},
	ReferredOn:        Text{"remiss", "referred"},
	Pre:               Text{"före", "pre"},
	Post:              Text{"efter", "post"},
	PostLast:          Text{"efter är senaste under behandling", "post is last during treatment"},
	FollowUp:          Text{"uppföljning", "follow-up"},
	Date:              Text{"datum", "date"},
	Yes:               Text{"ja", "yes"},
	No:                Text{"nej", "no"},
	StatusActive:      Text{"pågående", "active"},
	StatusMaintenance: Text{"vidmakthållande", "maintenance"},
	StatusClosed:      Text{"avslutad", "closed"},
}
