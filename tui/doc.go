// Package tui is the interactive worklist: a Bubble Tea app that shows a
// clinician's day (moments, feedback, flags, due measurements), the detail
// of a moment, the programs' module texts, the forms that record the week's
// work, and the Cosmic note composer.
//
// # Rooms
//
// tui/ is cut the way soft-serve cuts pkg/ui: what every room shares, the
// components, and the pages the root model stacks. Domain rules live
// outside tui/ (caseload, programs, worklist, phrases, lifecycle); a file
// here that decides what a module opens or how a note reads is in the
// wrong room.
//
//	tui/
//	├── common/             shared by every room; imports no other tui package
//	│   ├── context.go      Context: size, language, day, catalogue, clinician, styles, keys, data
//	│   ├── page.go         Page, the one contract of a pushed screen; PushCmd, PopPage, Reload, SelectMomentMsg
//	│   ├── keys.go         KeyMap: every key binding, in scopes (keys_lifecycle.go: issue 16's)
//	│   ├── catalogue.go    L: every label, a typed field each, Swedish and English side by side
//	│   ├── lang.go         Lang: T(label, args), ByID for IDs built from data, Named (value → label)
//	│   ├── words.go        how worklist values read: flags, triggers, personnummer, note kinds, steps
//	│   ├── styles.go layout.go data.go errors.go
//	├── session/            Session: what the pages that write share (imports only common)
//	│   ├── session.go      status line, undo stack, clock, theme; MomentCmd; Update (StatusMsg, MomentLoadedMsg)
//	│   ├── store.go        Writer and the store's other sides (Sides), filled once from Options
//	│   └── copy.go drafts.go phrasebook.go   the clipboard, the drafts' writer, the phrases
//	├── components/         one small model or view each, one explicit contract
//	│   ├── worktable/      the table of one tab: filter, sort, columns that fit
//	│   ├── detail/         the side pane (Pane) and a moment's lines (Lines), read through Index
//	│   ├── header/         the top line (Line)
//	│   ├── tabbar/         the tab bar ([]Tab)
//	│   ├── filterbar/      the filter and sort line
//	│   └── help/           the worklist's help (Worklist), the help line (Line), the legend
//	├── pages/              each a common.Page, built with New(ctx or session, …)
//	│   ├── moment/         a moment (enter): detail.Lines with a cursor; its history
//	│   ├── module/         a module text (Glamour) and the Cache of rendered texts
//	│   ├── programlist/    the program catalogue (p)
//	│   ├── composer/       the note composer (c) and its drafts
//	│   ├── phrasepicker/   the phrase picker (P, ctrl+p in the composer)
//	│   ├── note/           a copied note of the history, copied again with y
//	│   ├── forms/          Page and Spec (a Huh form, one write) and every action's form
//	│   ├── confirm/        the confirmation (u)
//	│   ├── around/         referral, closing phase, gallring, handovers (issue 16)
//	│   ├── paste/ mapping/ the paste box and the column mapping (L, issue 15)
//	│   ├── preview/        the preview of a table and its one write (L, issue 15)
//	│   └── results/        the Resultat page (R, issue 17)
//	├── model.go            root Model: layout, the page stack, key routing (key, filterKey)
//	├── actions.go          the action keys → the page each opens (actionKey)
//	├── lifecycle.go        issue 16's routing: B, O, T from the moment page; referral rows
//	├── handover_tab.go     the tab Överlämningar: enter opens the handovers page on its row
//	├── copypnr.go          y: the selected patient's personnummer to the clipboard
//	├── chrome.go           what the header, tab bar and filter line say
//	├── rows.go             worklist.Worklist → worktable rows per tab; the worklist index (detail.Index)
//	├── data.go             loading commands and their messages
//	├── undo.go             u: the confirmation, then the store's undo
//	├── import.go           L: paste box → mapping → preview (pages/paste, mapping, preview)
//	└── empty.go
//
// Package tui keeps the root and what needs the root's state: the
// worklist, its index and selection (actions.go, lifecycle.go read them
// to build a page), the import flow that chains the paste box, mapping
// and preview pages (import.go), and the tests that drive the whole app.
//
// # The Page contract
//
// A page implements common.Page, every method of it (no optional hooks):
// Init (start-up commands, nil for none), Update (returns nil when the
// page closes), View, SetSize, Resized (after a terminal resize: what
// the page renders off the UI loop for its width, asked again; the module
// page re-renders its text), Help (its bindings, from the KeyMap),
// Title (the header's "ikbt › …"), CapturesKeys (true while it takes
// text: q, ? and esc are then the page's), and ActsOn (the moment the
// action keys act on while it is on top, "" for none). Dependencies come
// in through its constructor: the *common.Context or the
// *session.Session, and what else it needs (the moment page gets the
// module cache and the detail pane). A page never reaches the root: what
// only the root can do, it asks with a message (moment.LifecycleMsg,
// moment.OpenNoteMsg, common.SelectMomentMsg, common.ReloadMsg).
//
// The store's sides are typed fields of session.Sides, filled once in
// New from Options.Store (cmd/ikbt) or Options.Sides (the tests' fakes);
// a page takes the side it writes through, nothing is found by type
// assertion.
//
// # Where a key goes
//
// Every key is a key.Binding in common.KeyMap; the help line and full
// help are drawn from the same bindings, and common/keys_test.go checks
// that no key is bound twice in one scope (KeyMap.Scopes). Model.key in
// model.go routes a key press, in this order:
//
//  1. ctrl+c (ForceQuit) quits; with a composer in the stack it first
//     saves the composer's draft (composer.Page.Quit); below 30×8 only q
//     acts.
//  2. Unless the top page or the filter line CapturesKeys: q quits, ?
//     toggles full help, esc closes full help, and while full help is
//     shown the movement keys scroll it (scrollHelp; 60×20 is lower
//     than full help).
//  3. With a page open: on a page whose ActsOn is not "" (the moment page)
//     the action keys go to Model.actionKey in actions.go; every other
//     key goes to the top page's Update.
//  4. On the worklist: the filter line (filterKey), or the worklist's own
//     keys (tabs, /, s, x, < >, p, o, D, L, R, ctrl+r, enter), else a
//     referral's row (referralKey, lifecycle.go), else the action keys
//     (actionKey, which also takes y: copypnr.go), else the table.
//
// So, one hop each:
//
//	f       actions.go Model.actionKey → forms.Feedback (pages/forms/form_feedback.go);
//	        what it opens is programs.(*Program).FeedbackOpens
//	H       actions.go Model.actionKey → forms.HandleFlag (pages/forms/form_flag.go);
//	        on a referral's row: lifecycle.go referralKey → around.NewReferral
//	ctrl+y  pages/composer/composer.go (*Page).key, KeyMap.Composer.Copy →
//	        session.Copier.Copy (session/copy.go)
//	enter   worklist: model.go key (Open → moment.New); moment page:
//	        pages/moment (OpenModule → module.New, or a note → OpenNoteMsg);
//	        composer: Composer.Expand
//	B O T   pages/moment Update → moment.LifecycleMsg → model.go update →
//	        lifecycle.go openClosing / openHandover
//	u       actions.go → undo.go undoCmd → confirm.New
//	/       model.go key (Filter), then filterKey while typing
//
// # Where a message goes
//
// Model.Update first gives every message to session.(*Session).Update
// (StatusMsg; MomentLoadedMsg, a moment loaded for an action's page,
// which it pushes; tea.BackgroundColorMsg, for the forms' theme), then to
// composer.Update (the drafts' messages, so that a draft is saved
// whichever page is on top). Then:
// undoDoneMsg → undone (undo.go); pnrCopiedMsg → pnrCopied (copypnr.go);
// moment.OpenNoteMsg → note.New; moment.LifecycleMsg → openClosing or
// openHandover (lifecycle.go);
// tea.WindowSizeMsg → layout, which SetSizes every component and page,
// then every page's Resized;
// worklistMsg → the tables (loadedWorklist; on a large file the first
// one is the part with every red flag, store.FirstWorklist, and asks for
// the whole worklist under the same load number; Prefetch starts that
// first load before the program runs); detail.Msg → the detail
// pane, then every page (forwardToPages); module.Msg → the module cache,
// then every page; versionMsg → reload when another window wrote;
// common.ReloadMsg → Reload; common.SelectMomentMsg and preview.ImportedMsg →
// the cursor after the next load; PushPageMsg/PopPageMsg → the stack;
// key presses → Model.key; anything else → the top page, or the filter
// line. A page's own messages (the forms' saved and version messages,
// the composer's saved message, session.CopiedMsg,
// phrasepicker.PickedMsg) reach it as the top page and carry the page
// they answer, so a late answer is dropped.
//
// # Adding a room
//
// A page: a package under pages/ with a type that implements
// common.Page and a constructor New taking *common.Context (or
// *session.Session, when it writes) and what else it needs. Open it with
// common.PushCmd from where its key is handled. Its keys: a field in
// common.KeyMap (a group of its own when it takes text, like
// ComposerKeys), added to KeyMap.Scopes so the clash test covers it, and
// listed in its Help. Its labels: fields of common.Catalogue with their
// values in common.L (catalogue.go), ID, Swedish and English on one line;
// the code says l.T(common.L.MyLabel, args…), so a label that is not
// there does not compile. A label whose ID is built from data
// (l.ByID("status."+s)) goes in the label tests' list of built IDs
// (labels_test.go), which fail on a missing one.
//
// A tab: a tab constant and its columns in rows.go (tabColumns,
// tabLabels), its rows in buildRows, a Tab key in common.KeyMap.
//
// A form for an action: a file pages/forms/form_<action>.go with a
// constructor that returns forms.New(a, spec) — the Spec's Groups, Info,
// Save (one Writer call) and After — a binding in common.ActionKeys, and
// a case in actions.go.
//
// # Golden screens
//
// The screens are compared with testdata/*.golden by the harness's own
// golden helper (harness_test.go), not github.com/charmbracelet/x/exp/golden:
// that package names files after the test (testdata/TestName.golden), so
// every existing golden file and the screens test's one-file-per-size
// naming would have to change, and it registers its own -update flag,
// which clashes with the harness's. The helper also reports the first
// line that differs, quoted, which is what a layout change needs.
// go test -short skips the random-key and resize tests (model_test.go,
// form_test.go); go test runs them.
package tui
