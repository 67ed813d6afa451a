package tui

import (
	"strconv"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// program returns the moment's program from the catalogue, or nil.
func (a *actions) program(m *caseload.Moment) *programs.Program {
	if a.ctx.Catalogue == nil {
		return nil
	}
	p, _ := a.ctx.Catalogue.Program(m.Program)
	return p
}

// moduleName is how a module is offered in a form: "3 · Title".
func moduleName(p *programs.Program, key string) string {
	if p != nil {
		if mod, ok := p.Module(key); ok && mod.Title != "" {
			return key + " · " + mod.Title
		}
	}
	return key
}

// nextBaseModule is the base module after the highest one opened, or ""
// when every base module is open (or the program is unknown).
func nextBaseModule(p *programs.Program, m *caseload.Moment) string {
	if p == nil {
		return ""
	}
	opened := map[string]bool{}
	for _, e := range m.Modules {
		if !e.Opened.IsZero() {
			opened[e.Module] = true
		}
	}
	last := -1
	for i, mod := range p.Modules {
		if opened[mod.Key] {
			last = i
		}
	}
	if last+1 < len(p.Modules) {
		return p.Modules[last+1].Key
	}
	return ""
}

// completedModules counts the base modules the patient has submitted.
func completedModules(p *programs.Program, m *caseload.Moment) int {
	base := map[string]bool{}
	if p != nil {
		for _, mod := range p.Modules {
			base[mod.Key] = true
		}
	}
	n := 0
	for _, e := range m.Modules {
		if !e.Submitted.IsZero() && (p == nil || base[e.Module]) {
			n++
		}
	}
	return n
}

// openedAt returns when the module was opened, if it was.
func openedAt(m *caseload.Moment, key string) (caseload.Stamp, bool) {
	for _, e := range m.Modules {
		if e.Module == key && !e.Opened.IsZero() {
			return e.Opened, true
		}
	}
	return caseload.Stamp{}, false
}

// moduleNumber is the number of a base module key ("3" is 3), else 0.
func moduleNumber(key string) int {
	n, err := strconv.Atoi(key)
	if err != nil {
		return 0
	}
	return n
}

// openModuleOptions lists the modules opened and not yet submitted, latest first.
func openModuleOptions(p *programs.Program, m *caseload.Moment) []huh.Option[string] {
	var out []huh.Option[string]
	for i := len(m.Modules) - 1; i >= 0; i-- {
		e := m.Modules[i]
		if !e.Opened.IsZero() && e.Submitted.IsZero() {
			out = append(out, huh.NewOption(moduleName(p, e.Module), e.Module))
		}
	}
	return out
}

// pendingModules are the submitted modules without feedback, earliest first.
func pendingModules(m *caseload.Moment) []caseload.ModuleEvent {
	var out []caseload.ModuleEvent
	for _, e := range m.Modules {
		if !e.Submitted.IsZero() && e.Feedback.IsZero() {
			out = append(out, e)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Submitted.Before(out[j-1].Submitted); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
