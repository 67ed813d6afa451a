package tui

import (
	"github.com/ikbt/ikbt/tui/common"
)

// moduleLabel names a module for the screen (issue 14): "Modul 3" for a
// base module, a track part by its track's name, "Självmedkänsla 1"
// (programs.Catalogue.PartName), never its raw key.
func moduleLabel(ctx *common.Context, program, key string) string {
	if ctx.Catalogue != nil {
		if name, ok := ctx.Catalogue.PartName(program, key); ok {
			return name
		}
	}
	return ctx.Lang.T(common.L.FeedbackModule, key)
}

// programName is a program's name, or its ID when the catalogue has none.
func (a *actions) programName(id string) string {
	if cat := a.ctx.Catalogue; cat != nil {
		if pr, ok := cat.Program(id); ok {
			return pr.Name
		}
	}
	return id
}
