package common

import "charm.land/bubbles/v2/key"

// LifecycleKeys are the keys of the screens around the modules (issue 16):
// the referral page (manual 3.5) and the closing phase on the moment page
// (3.6.3–3.6.7). Each group is live only on its page (KeyMap.Scopes).
type LifecycleKeys struct {
	// The referral page.
	Step      key.Binding // t: record a step (contacted, visit booked, forms sent, visit held)
	Checklist key.Binding // c: checklist 3.4
	Answer    key.Binding // m: an answer given during the assessment
	Flag      key.Binding // H: handle the red flag of an answer
	Decide    key.Binding // d: decide: IKBT yes (the moment starts) or no

	// Proposals opens the gallring view (D on the worklist).
	Proposals key.Binding
	// Handover changes a moment's clinician in the unit (O, on the moment page, 8.1).
	Handover key.Binding
	// Transfer starts a handover to another unit (T, on the moment page, 8.2).
	Transfer key.Binding
	// Handovers opens the handovers (o on the worklist, 8.2.3).
	Handovers key.Binding
	// The handovers page.
	Receive key.Binding // I: read a handover file
	Accept  key.Binding // a: accept an incoming one with a clinician
	Decline key.Binding // d: decline an incoming one
	Outcome key.Binding // r: record an outgoing one's outcome
	Leaving key.Binding // L: one clinician's moments and what blocks handing them over (8.3)
	Mark    key.Binding // m: mark a moment of the 8.3 list for one handover
	MarkAll key.Binding // A: mark every moment of the 8.3 list
	// Closing opens the closing phase of a moment (B, on the moment page).
	Closing key.Binding
	// The closing page (3.6.3–3.6.7) and local gallring.
	Book   key.Binding // b: book the closing visit (3.6.4)
	Visit  key.Binding // v: the closing visit and its checklist (3.6.6)
	SoB    key.Binding // S: closed and gallrad in SoB (3.6.7)
	Gallra key.Binding // D: remove the moment from this file (local gallring)
}

// NewLifecycleKeys returns the lifecycle bindings with help text in l.
// The moment page's letters avoid its actions (n i f m H e a c u P) and
// its own keys (j k g G x enter esc q ?).
func NewLifecycleKeys(l Lang) LifecycleKeys {
	var k LifecycleKeys
	b := single(l)
	for _, d := range []struct {
		field *key.Binding
		key   string
		help  Label
	}{
		{&k.Step, "t", L.LcKeyStep},
		{&k.Checklist, "c", L.LcKeyChecklist},
		{&k.Answer, "m", L.LcKeyAnswer},
		{&k.Flag, "H", L.LcKeyFlag},
		{&k.Decide, "d", L.LcKeyDecide},
		{&k.Proposals, "D", L.LcKeyProposals},
		{&k.Handover, "O", L.LcKeyHandover},
		{&k.Transfer, "T", L.LcKeyTransfer},
		{&k.Handovers, "o", L.LcKeyHandovers},
		{&k.Receive, "I", L.LcKeyReceive},
		{&k.Accept, "a", L.LcKeyAccept},
		{&k.Decline, "d", L.LcKeyDecline},
		{&k.Outcome, "r", L.LcKeyOutcome},
		{&k.Leaving, "L", L.LcKeyLeaving},
		{&k.Mark, "m", L.LcKeyMark},
		{&k.MarkAll, "A", L.LcKeyMarkAll},
		{&k.Closing, "B", L.LcKeyClosing},
		{&k.Book, "b", L.LcKeyBook},
		{&k.Visit, "v", L.LcKeyClosingVisit},
		{&k.SoB, "S", L.LcKeySoB},
		{&k.Gallra, "D", L.LcKeyGallra},
	} {
		*d.field = b(d.key, d.help)
	}
	return k
}

// ReferralList returns the referral page's bindings in help order.
func (k LifecycleKeys) ReferralList() []key.Binding {
	return []key.Binding{k.Step, k.Checklist, k.Answer, k.Flag, k.Decide}
}

// ClosingList returns the closing page's own bindings (a, the actions'
// End, also works there).
func (k LifecycleKeys) ClosingList() []key.Binding {
	return []key.Binding{k.Book, k.Visit, k.SoB, k.Gallra}
}
