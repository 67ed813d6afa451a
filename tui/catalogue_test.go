package tui

import (
	"fmt"

	"github.com/ikbt/ikbt/programs"
)

// catalogue is a stand-in until programs.Default lands.
func catalogue() *programs.Catalogue {
	mk := func(id, name string, n int, tracks ...*programs.Track) *programs.Program {
		p := &programs.Program{ID: id, Name: name, Tracks: tracks, Primary: "MADRS-S"}
		for i := 1; i <= n; i++ {
			p.Modules = append(p.Modules, &programs.Module{Key: fmt.Sprint(i), Program: id, Number: i, Title: fmt.Sprintf("%s modul %d", name, i), Markdown: "# Rubrik\n\nText om **modulen**.\n\n- övning ett\n- övning två\n"})
		}
		return p
	}
	tr := func(id, name string, kind programs.TrackKind, n int) *programs.Track {
		t := &programs.Track{ID: id, Name: name, Kind: kind}
		for i := 1; i <= n; i++ {
			t.Modules = append(t.Modules, &programs.Module{Key: fmt.Sprintf("%s/%d", id, i), Track: id, Number: i, Title: fmt.Sprintf("%s del %d", name, i), Markdown: "Text"})
		}
		return t
	}
	ps := []*programs.Program{
		mk("livsbalansen", "Livsbalansen", 8, tr("uppskjutande", "Uppskjutandebeteende", programs.Challenge, 3), tr("gransattning", "Gränssättning", programs.Challenge, 3), tr("battre-somn", "Bättre sömn", programs.Optional, 4), tr("hallbart-arbetsliv", "Hållbart arbetsliv", programs.Optional, 3)),
		mk("angesthjalpen", "Ångesthjälpen Plus", 8),
		mk("depressionshjalpen", "Depressionshjälpen", 7),
		mk("oroshjalpen", "Oroshjälpen", 7),
		mk("sovhjalpen", "Sömnhjälpen", 6),
		mk("stresshjalpen", "Stresshjälpen", 8),
	}
	return programs.NewCatalogue(ps, []*programs.Track{tr("sjalvmedkansla", "Självmedkänsla", programs.Addon, 4)})
}
