package tui

import (
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	resultspage "github.com/ikbt/ikbt/tui/pages/results"
	"github.com/ikbt/ikbt/tui/session"
)

// driver runs the app as the program would, but under the test's control:
// commands run in goroutines and their messages come back through one
// channel, so a cursor blink (which waits half a second) never holds up
// the keys, while every command that answers at once is handled before
// the next key.
type driver struct {
	t       testing.TB
	m       *Model
	res     chan tea.Msg
	pending atomic.Int32
	sent    []tea.Msg // every message the app got, for assertions on commands
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

func newDriver(t testing.TB, d Data, w, h int, lang Lang) *driver {
	t.Helper()
	m := New(wire(Options{Data: d, Catalogue: catalogue(), Today: today, Lang: lang}))
	m.act.Copier.Dir = t.TempDir()
	m.act.Copier.System = nil
	m.act.Copier.Tmux = false
	m.act.Now = func() caseload.Stamp { return caseload.NewStamp(2026, time.November, 23, 10, 30) }
	dr := &driver{t: t, m: m, res: make(chan tea.Msg, 4096)}
	dr.run(m.Init())
	dr.deliver(tea.WindowSizeMsg{Width: w, Height: h})
	dr.waitFor("first load", func() bool { return m.loaded })
	return dr
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.pending.Add(1)
	go func() {
		defer d.pending.Add(-1)
		d.res <- cmd()
	}()
}

// runSeq runs a sequence's commands in order in one goroutine.
func (d *driver) runSeq(cmds []tea.Cmd) {
	d.pending.Add(1)
	go func() {
		defer d.pending.Add(-1)
		var walk func([]tea.Cmd)
		walk = func(cs []tea.Cmd) {
			for _, c := range cs {
				if c == nil {
					continue
				}
				msg := c()
				if inner, ok := sequence(msg); ok {
					walk(inner)
					continue
				}
				d.res <- msg
			}
		}
		walk(cmds)
	}()
}

// sequence unpacks tea.Sequence's message, whose type is unexported.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	if msg == nil {
		return nil, false
	}
	if _, ok := msg.(tea.BatchMsg); ok {
		return nil, false
	}
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

func (d *driver) deliver(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
		return
	}
	if cmds, ok := sequence(msg); ok {
		d.runSeq(cmds)
		return
	}
	if isTimer(msg) {
		return
	}
	d.sent = append(d.sent, msg)
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

// settle handles every message that arrives until nothing is left but
// commands that wait (blinks), which are given 20 ms.
func (d *driver) settle() {
	for {
		select {
		case msg := <-d.res:
			d.deliver(msg)
			continue
		default:
		}
		if d.pending.Load() == 0 {
			return
		}
		select {
		case msg := <-d.res:
			d.deliver(msg)
		case <-time.After(20 * time.Millisecond):
			return
		}
	}
}

// waitFor handles messages until cond holds, failing after 30 s: generous,
// for a loaded machine (CI shares its cores); a pass never waits that long.
func (d *driver) waitFor(what string, cond func() bool) {
	d.t.Helper()
	deadline := time.After(30 * time.Second)
	for !cond() {
		select {
		case msg := <-d.res:
			d.deliver(msg)
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			d.t.Fatalf("waiting for %s; screen:\n%s", what, d.screen())
		}
	}
	d.settle()
}

// press sends keys; a name longer than one rune that is no special key is
// typed letter by letter (the harness's keyMsg names the special keys).
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		if len([]rune(k)) > 1 && keyMsg(k).Text == k && !strings.HasPrefix(k, "ctrl+") {
			for _, r := range k {
				d.deliver(keyMsg(string(r)))
				d.settle()
			}
			continue
		}
		d.deliver(ctrlKey(k))
		d.settle()
	}
}

// ctrlKey adds ctrl+letter to the harness's keys.
func ctrlKey(k string) tea.KeyPressMsg {
	if strings.HasPrefix(k, "ctrl+") && len(k) == 6 {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	return keyMsg(k)
}

func (d *driver) screen() string { return screen(d.m) }

// top returns the page on top, or nil.
func (d *driver) top() common.Page {
	if len(d.m.pages) == 0 {
		return nil
	}
	return d.m.pages[len(d.m.pages)-1]
}

// selectMoment filters the worklist to the moment's patient and checks
// that the moment is the selected row.
func (d *driver) selectMoment(id string) {
	d.t.Helper()
	for tb := range tabCount {
		d.m.setTab(tb)
		t := d.m.tables[tb]
		for i := 0; i < t.Len(); i++ {
			if t.SelectedID() == id {
				d.settle()
				return
			}
			d.press("down")
		}
		d.press("g")
	}
	d.t.Fatalf("moment %s is on no tab", id)
}

// wire gives the app the sides of the test's data, as cmd/ikbt does with
// Options.Store: a store is every side, the fake its writes, drafts and
// other sides it has (a wrapper of a store: all), and data that reports
// results the Resultat page's source.
func wire(o Options) Options {
	switch d := o.Data.(type) {
	case *store.Store:
		o.Store, o.Data = d, nil
	case Writer: // the fake, or a wrapper of it
		o.Sides.Writer = d
		o.Sides.Notes, _ = d.(session.NoteKeeper)
		o.Sides.Battery, _ = d.(session.BatteryWriter)
		o.Sides.Handover, _ = d.(session.HandoverWriter)
		o.Sides.Life, _ = d.(session.LifecycleStore)
		o.Sides.Transfer, _ = d.(session.TransferStore)
		o.Sides.Gallring, _ = d.(session.GallringStore)
		o.Sides.Import, _ = d.(session.ImportStore)
		if p, ok := d.(interface{ Path() string }); ok {
			o.Sides.Path = p.Path()
		}
	}
	if r, ok := o.Data.(resultspage.Source); ok {
		o.Results = r
	}
	return o
}
