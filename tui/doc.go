// Package tui is the interactive worklist: a Bubble Tea app that shows a
// clinician's day (moments, feedback, flags, due measurements), the detail
// of a moment, the programs' module texts, the forms that record the week's
// work, and the Cosmic note composer.
//
// # Rooms
//
// tui/ is cut the way soft-serve cuts pkg/ui: what every room shares, the
// components, and the pages the root model stacks. Domain rules live
// outside tui/ (caseload, programs, worklist, phrases); a file here that
// decides what a module opens or how a note reads is in the wrong room.
//
//	tui/
//	├── common/             shared by every room; imports no other tui package
//	│   ├── context.go      Context: size, language, day, catalogue, clinician, styles, keys, data
//	│   ├── page.go         Page: the one contract of a pushed screen; PushPage, PushCmd, PopPage
//	│   ├── keys.go         KeyMap: every key binding, in scopes; ActionKeys; Bindings (help.KeyMap)
//	│   ├── catalogue.go    L: every label, a typed field each, Swedish and English side by side
//	│   ├── lang.go         Lang: T(label, args), ByID for IDs built from data, dates
//	│   ├── styles.go       Styles
//	│   ├── layout.go       Fit, Clip, ClipLine, Gutter
//	│   └── data.go         Data: what the app reads
//	├── components/
//	│   └── worktable/      the table of one tab: filter, sort, columns that fit
//	├── pages/              pages that need only common (and each other)
//	│   ├── module/         a module text (Glamour) and the Cache of rendered texts
//	│   ├── programlist/    the program catalogue (p)
//	│   ├── paste/          the paste box (L): a pasted table or a file's path, read (issue 15)
//	│   ├── mapping/        the column-mapping screen of a new header row (issue 15)
//	│   └── results/        the Resultat page (R, issue 17): results.Report, trajectories
//	├── model.go            root Model: layout, the page stack, key routing (key, filterKey)
//	├── header.go tabbar.go filterbar.go help.go   the root's chrome lines
//	├── rows.go             worklist.Worklist → worktable rows per tab; flag and trigger text
//	├── detail.go           the side pane and the moment page's body (momentLines)
//	├── data.go             loading commands and their messages
//	├── moment.go           page: one moment, cursor on its modules (shares detail.go)
//	├── actions.go          the actions' shared state: writer, status line, clock, copier
//	├── actions_keys.go     the action keys → the page each opens (n i f m H e a c u P S W)
//	├── form.go             page: a form of an action (formSpec → huh form → one write)
//	├── form_*.go           one form per action (form_feedback.go is f, form_flag.go is H, form_battery.go S and W, …)
//	├── composer.go         page: the note composer (c; after f, H, a: that contact's note kind)
//	├── drafts.go           the composer's drafts (debounced saves off the UI loop, esc, ctrl+c) and history messages
//	├── history.go          the moment page's history (copied notes, handled flags) and the note page
//	├── phrasepicker.go     page: the phrase picker (P, ctrl+p in the composer)
//	├── phrasebook.go copy.go undo.go   the composer's phrasebook, clipboard, undo
//	├── import.go           L: paste box → mapping screen → preview, mappings.json (issue 15)
//	├── import_preview.go   page: the preview of a table, and its one write (intake.Apply)
//	├── names.go            module names for the screen; y copies the personnummer (issue 14)
//	└── empty.go sparkline.go           small views
//
// Why the moment page, the forms, the composer and the picker are still
// files of package tui: the moment page shares the detail pane's drawing
// (detail.go, the worklist index), and the others share *actions. They
// already keep the contract; only the package boundary waits.
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
// in through its constructor: the *common.Context, and what else it
// needs (the moment page gets the module cache and the detail pane; a form
// gets *actions). A page never reaches the root model.
//
// # Where a key goes
//
// Every key is a key.Binding in common.KeyMap; the help line and full
// help are drawn from the same bindings, and common/keys_test.go checks
// that no key is bound twice in one scope (KeyMap.Scopes). Model.key in
// model.go routes a key press, in this order:
//
//  1. ctrl+c (ForceQuit) quits; with a composer in the stack it first
//     saves the composer's draft (drafts.go quit); below 30×8 only q acts.
//  2. Unless the top page or the filter line CapturesKeys: q quits, ?
//     toggles full help, esc closes full help.
//  3. With a page open: on a page whose ActsOn is not "" (the moment page)
//     the action keys go to (*actions).key in actions_keys.go; every
//     other key goes to the top page's Update.
//  4. On the worklist: the filter line (filterKey), or the worklist's own
//     keys (tabs, /, s, x, p, ctrl+r, enter), else the action keys
//     ((*actions).key), else the table.
//
// So, one hop each:
//
//	f       actions_keys.go (*actions).key → feedbackForm in form_feedback.go;
//	        what it opens is programs.(*Program).FeedbackOpens
//	H       actions_keys.go (*actions).key → handleFlagForm in form_flag.go
//	ctrl+y  composer.go (*composerPage).Update, KeyMap.Composer.Copy → copy.go
//	enter   worklist: model.go key (Open → moment page); moment page:
//	        moment.go (OpenModule → module page); composer: Composer.Expand
//	/       model.go key (Filter), then filterKey while typing
//	s x p   model.go key (Sort, Reveal, Programs)
//
// # Where a message goes
//
// Model.Update first gives every message to (*actions).update (status
// line, undo results, a moment loaded for an action's page; the drafts'
// messages — draftDueMsg, draftSavedMsg, draftClosedMsg, draftQuitMsg,
// noteRecordedMsg, openNoteMsg — in drafts.go, so that a draft is saved
// whichever page is on top). Then:
// tea.WindowSizeMsg → layout, which SetSizes every component and page,
// then every page's Resized;
// worklistMsg → the tables (loadedWorklist); momentMsg → the detail pane,
// then every page (forwardToPages); module.Msg → the module cache, then
// every page; versionMsg → reload when another window wrote;
// PushPageMsg/PopPageMsg → the stack; key presses → Model.key; anything
// else → the top page, or the filter line. A page's own messages
// (formSavedMsg, composerSavedMsg, copiedMsg, pickedMsg) reach it as the
// top page and carry the page they answer, so a late answer is dropped.
//
// # Adding a room
//
// A page (referrals, results, a paste box): a package under pages/ with
// a type that implements common.Page and a constructor New taking
// *common.Context and what else it needs (pages/module is the model: its
// Cache comes in from the root). A page that writes needs the actions'
// state (writer, status line, clock, undo) and so still lives in tui/
// next to form.go and composer.go; moving those to pages/ is the next cut:
// actions becomes a Session type in common that pages get passed in. Open it with
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
// A form for an action: a file form_<action>.go with a constructor that
// returns newFormPage(a, spec) — the spec's groups, info, save (one
// Writer call) and after — a binding in common.ActionKeys, and a case in
// actions_keys.go.
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
