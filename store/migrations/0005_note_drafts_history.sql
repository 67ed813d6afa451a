-- 0005 (issue 13): drafts of journal notes and the history of copied notes.
-- Both are outside the moment's version and undo history: saving a draft
-- or recording a copied note never bumps moments.version, so it never
-- blocks an undo or a write from another window, and an undo never takes
-- back a note that is already in Cosmic. A moment deleted (the undo of
-- its creation) takes its drafts and history with it.

-- One draft per moment and note kind (phrases.Kind): switching kind in the
-- composer keeps the other kind's text.
CREATE TABLE note_drafts (
	moment TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	kind   TEXT NOT NULL,
	text   TEXT NOT NULL,
	saved  TEXT NOT NULL, -- RFC 3339 with fractions of a second: the newest of file and table wins
	PRIMARY KEY (moment, kind)
) WITHOUT ROWID;

-- Every note copied for Cosmic, as it was copied.
CREATE TABLE note_history (
	id     INTEGER PRIMARY KEY,
	moment TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	kind   TEXT NOT NULL DEFAULT '', -- phrases.Kind; '' for notes copied before kinds
	copied TEXT NOT NULL CHECK (copied <> ''),
	text   TEXT NOT NULL,
	UNIQUE (moment, copied, kind, text) -- the same copy imported twice is one
);

-- Notes copied before this migration (the notes table) are history too.
INSERT INTO note_history (moment, kind, copied, text)
SELECT moment, '', copied, text FROM notes WHERE copied <> '' ORDER BY id;
