package forms

import (
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/session"
)

// moduleName is how a module is offered in a form: "3 · Title".
func moduleName(p *programs.Program, key string) string {
	if p != nil {
		if mod, ok := p.Module(key); ok && mod.Title != "" {
			return key + " · " + mod.Title
		}
	}
	return key
}

// openModuleOptions lists the modules opened and not yet submitted, latest first.
func openModuleOptions(p *programs.Program, m *caseload.Moment) []huh.Option[string] {
	var out []huh.Option[string]
	for _, e := range m.InProgress() {
		out = append(out, huh.NewOption(moduleName(p, e.Module), e.Module))
	}
	return out
}

// formModuleName is moduleName for a form's options, with a track part by
// its track's name ("Självmedkänsla 1", issue 14), add-ons included.
func formModuleName(a *session.Session, p *programs.Program, key string) string {
	if _, part := caseload.TrackOf(key); part && a.Ctx.Catalogue != nil {
		prog := ""
		if p != nil {
			prog = p.ID
		}
		if name, ok := a.Ctx.Catalogue.PartName(prog, key); ok {
			return name
		}
	}
	return moduleName(p, key)
}
