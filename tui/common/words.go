package common

import (
	"errors"
	"strings"

	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/phrases"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/worklist"
)

// How the worklist's values read on screen: flags, the cause of a due
// measurement, a personnummer masked or whole. The tables (tui's rows),
// the detail pane and the pages all say them the same way.

// MaskedPNR shows a personnummer as YYYYMMDD-XXXX.
func MaskedPNR(pnr string) string {
	return personnummer.Number(strings.ReplaceAll(pnr, "-", "")).Masked()
}

// FullPNR shows a personnummer as YYYYMMDD-NNNN.
func FullPNR(pnr string) string {
	return personnummer.Number(strings.ReplaceAll(pnr, "-", "")).Formatted()
}

// FlagText names a flag in words, with the ⚑ mark, red for a red flag.
func FlagText(ctx *Context, f worklist.Flag) string {
	l := ctx.Lang
	switch {
	case f.Kind == caseload.FlagPHQ9:
		return ctx.Styles.Red.Render("⚑ " + l.T(L.FlagRed) + " " + l.T(L.I9FlagPhq9Short, f.Score))
	case worklist.IsRed(f.Kind):
		return ctx.Styles.Red.Render("⚑ " + l.T(L.FlagRed) + " " + l.T(L.FlagLivslust, f.Score))
	}
	name := l.ByID("flag." + f.Kind)
	if f.Kind == caseload.FlagMissedDay { // the next step (manual 3.6.1)
		step := l.T(L.I9FlagStepMessage)
		if f.Step == worklist.StepPhone {
			step = l.T(L.I9FlagStepPhone)
		}
		name += ": " + step
	}
	return ctx.Styles.Warn.Render("⚑ " + name)
}

// FlagPlain names a flag in words without styles (issue 14: the undo
// confirmation).
func FlagPlain(ctx *Context, f worklist.Flag) string {
	l := ctx.Lang
	if worklist.IsRed(f.Kind) {
		return l.T(L.FlagRed) + " " + l.T(L.FlagLivslust, f.Score)
	}
	return l.ByID("flag." + f.Kind)
}

// FlagDetail explains a flag. worklist writes its detail in English; the
// Swedish one is built from the flag's numbers. A closed moment's flag
// (a follow-up answer, issue 9) says the moment is closed.
func FlagDetail(l Lang, f worklist.Flag) string {
	d := flagDetailText(l, f)
	if f.Status == caseload.Closed {
		d += l.T(L.I9FlagClosed)
	}
	return d
}

func flagDetailText(l Lang, f worklist.Flag) string {
	switch f.Kind {
	case caseload.FlagMADRS9:
		return l.T(L.FlagMadrs9Detail, f.Score)
	case caseload.FlagPHQ9:
		return l.T(L.I9FlagPhq9Detail, f.Score)
	case caseload.FlagMissedDay:
		// The step is the next thing to do (manual 3.6.1): a message, then,
		// with no answer in worklist.PhoneAfterDays, a phone call.
		if f.Step == worklist.StepPhone {
			return l.T(L.I9FlagMissedDayPhone, f.Agreed.String())
		}
		return l.T(L.I9FlagMissedDayMessage, f.Agreed.String())
	}
	if l == "en" {
		return f.Detail
	}
	switch f.Kind {
	case caseload.FlagInactive:
		return l.N(f.Days, L.FlagInactiveDaysOne, L.FlagInactiveDays, f.Days)
	case caseload.FlagNoDialogue:
		return l.N(f.Days, L.FlagNoDialogueDaysOne, L.FlagNoDialogueDays, f.Days)
	case caseload.FlagMaintenanceOver:
		return l.N(f.Days, L.FlagMaintenanceOverSinceOne, L.FlagMaintenanceOverSince, f.Since.String(), f.Days)
	case caseload.FlagDeterioration:
		return l.T(L.FlagDeteriorationChange, f.Instrument, f.From, f.To, f.To-f.From, f.RCI)
	}
	return l.ByID("flag." + f.Kind + ".detail")
}

// TriggerText names why a measurement fell due (worklist's typed cause).
func TriggerText(l Lang, t worklist.Trigger) string {
	switch t.Kind {
	case worklist.TriggerModule:
		if n := caseload.BaseNumber(t.Module); n > 0 {
			return l.T(L.TriggerModule, n)
		}
		return l.T(L.TriggerModulekey, t.Module)
	case worklist.TriggerEvery:
		if t.Weeks == 1 {
			return l.T(L.I9TriggerWeekly)
		}
		return l.T(L.TriggerEvery, t.Weeks)
	}
	return l.ByID("trigger." + string(t.Kind))
}

// NoteKind is a note kind's name in the clinician's language.
func NoteKind(l Lang, k phrases.Kind) string {
	return Named(l, map[phrases.Kind]Label{
		phrases.KindFeedback: L.NoteKindFeedback, phrases.KindFlag: L.NoteKindFlag,
		phrases.KindReminder: L.NoteKindReminder, phrases.KindStart: L.NoteKindStart,
		phrases.KindClosing: L.NoteKindClosing, phrases.KindFollowUp: L.NoteKindFollowup,
	}, k, L.NoteKindFree)
}

var promptLabels = map[lifecycle.Prompt]Label{
	lifecycle.PromptNearEnd: L.LcClPromptNearEnd, lifecycle.PromptBookVisit: L.LcClPromptBook,
	lifecycle.PromptMaintenance: L.LcClPromptMaint, lifecycle.PromptCloseSoB: L.LcClPromptCloseSoB,
	lifecycle.PromptGallraSoB: L.LcClPromptGallraSoB,
}

// PromptText words a closing-phase prompt.
func PromptText(l Lang, pr lifecycle.ClosingPrompt) string {
	if pr.Prompt == lifecycle.PromptVisit {
		return l.T(L.LcClPromptVisit, pr.Due.String())
	}
	if lb, ok := promptLabels[pr.Prompt]; ok {
		return l.T(lb)
	}
	return string(pr.Prompt)
}

// ClosingHint is the line the moment page shows in the closing phase
// (without the closing record: near the end and what is due by status).
func ClosingHint(ctx *Context, m caseload.Moment, module, total int) string {
	prompts := lifecycle.ClosingPrompts(m, caseload.Closing{}, module, total, ctx.Today)
	if len(prompts) == 0 {
		return ""
	}
	return ctx.Styles.Warn.Render(ctx.Lang.T(L.LcClHint, prompts[0].Section+" "+PromptText(ctx.Lang, prompts[0])))
}

// StepLabel names a referral's next step.
func StepLabel(l Lang, s lifecycle.Step) string {
	return Named(l, map[lifecycle.Step]Label{
		lifecycle.StepContact: L.LcStepContact, lifecycle.StepBook: L.LcStepBook,
		lifecycle.StepForms: L.LcStepForms, lifecycle.StepVisit: L.LcStepVisit,
		lifecycle.StepDecide: L.LcStepDecide,
	}, s, L.LcStepDone)
}

// ParamLabel names a phrase parameter a code needs.
func ParamLabel(l Lang, x phrases.Param) string {
	return Named(l, map[phrases.Param]Label{
		phrases.ParamModule: L.NoteParamModule, phrases.ParamDate: L.NoteParamDate,
		phrases.ParamScore: L.NoteParamScore, phrases.ParamNext: L.NoteParamNext,
	}, x, L.NoteParamChallenge)
}

// PhraseError words a phrase expansion error in the clinician's language.
func PhraseError(l Lang, err error, programName func(string) string) string {
	var miss *phrases.MissingError
	var foreign *phrases.ForeignError
	var unknown *phrases.UnknownError
	near := func(s []string) string {
		if len(s) == 0 {
			return ""
		}
		return " – " + l.T(L.NoteCodeNearest, strings.Join(s, ", "))
	}
	switch {
	case errors.As(err, &miss):
		return l.T(L.NoteCodeMissing, miss.Code, ParamLabel(l, miss.Param))
	case errors.As(err, &foreign):
		return strings.TrimPrefix(l.T(L.NoteCodeForeign, 0, foreign.Code, programName(foreign.Program)), "rad 0: ") + near(foreign.Suggestions)
	case errors.As(err, &unknown):
		return l.T(L.PhraseErrUnknown, unknown.Code) + near(unknown.Suggestions)
	}
	// issue 14: the phrases package's own errors are English, for the
	// command line; a Swedish screen gets the catalogue's words.
	if l == "en" {
		return err.Error()
	}
	return l.T(L.PhraseErrOther)
}

// ModuleLabel names a module for the screen (issue 14): "Modul 3" for a
// base module, a track part by its track's name, "Självmedkänsla 1"
// (programs.Catalogue.PartName), never its raw key.
func ModuleLabel(ctx *Context, program, key string) string {
	if ctx.Catalogue != nil {
		if name, ok := ctx.Catalogue.PartName(program, key); ok {
			return name
		}
	}
	return ctx.Lang.T(L.FeedbackModule, key)
}
