-- 0001: the caseload. Dates are TEXT 'YYYY-MM-DD', stamps 'YYYY-MM-DDTHH:MM'
-- (Stockholm wall clock), '' when not set, so that they sort as text.

CREATE TABLE patients (
	pnr  TEXT PRIMARY KEY CHECK (length(pnr) = 12), -- personnummer, 12 digits
	name TEXT NOT NULL
);

CREATE TABLE moments (
	id               TEXT PRIMARY KEY,
	version          INTEGER NOT NULL DEFAULT 1, -- bumped by every write; stale writes are refused
	pnr              TEXT NOT NULL REFERENCES patients (pnr),
	program          TEXT NOT NULL,
	clinician        TEXT NOT NULL DEFAULT '',
	started          TEXT NOT NULL,
	feedback_day     INTEGER NOT NULL CHECK (feedback_day BETWEEN 0 AND 6), -- time.Weekday
	status           TEXT NOT NULL CHECK (status IN ('active', 'maintenance', 'closed')),
	maintenance_from TEXT NOT NULL DEFAULT '',
	closed_on        TEXT NOT NULL DEFAULT '',
	closing_reason   TEXT NOT NULL DEFAULT '',
	diagnosis        TEXT NOT NULL DEFAULT '',
	challenge        TEXT NOT NULL DEFAULT '',
	addons           TEXT NOT NULL DEFAULT '', -- track ids, comma-separated
	last_login       TEXT NOT NULL DEFAULT ''
);
-- The worklist reads open moments, for one clinician or for everyone.
CREATE INDEX moments_clinician ON moments (clinician, status);
CREATE INDEX moments_status ON moments (status);
CREATE INDEX moments_pnr ON moments (pnr);

CREATE TABLE module_events (
	moment    TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	module    TEXT NOT NULL, -- programs.Module key
	opened    TEXT NOT NULL DEFAULT '',
	submitted TEXT NOT NULL DEFAULT '',
	feedback  TEXT NOT NULL DEFAULT '',
	UNIQUE (moment, module)
);

CREATE TABLE measurements (
	id         INTEGER PRIMARY KEY,
	moment     TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	instrument TEXT NOT NULL,
	occasion   TEXT NOT NULL DEFAULT '',
	answered   TEXT NOT NULL CHECK (answered <> ''),
	items      TEXT NOT NULL DEFAULT '', -- item scores, comma-separated; '' when only the total is known
	total      INTEGER NOT NULL,
	item9      INTEGER NOT NULL DEFAULT -1, -- MADRS-S item 9, -1 when not carried
	UNIQUE (moment, instrument, answered)
);
-- The unique index above finds the first and latest answer per instrument;
-- this one finds red-flag answers (manual 4.1) without reading the rest.
CREATE INDEX measurements_item9 ON measurements (moment) WHERE item9 >= 4;

CREATE TABLE messages (
	moment  TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	sender  TEXT NOT NULL CHECK (sender IN ('patient', 'clinician')),
	at      TEXT NOT NULL,
	UNIQUE (moment, at, sender)
);

-- Handled flags; open flags are computed by the worklist.
CREATE TABLE flags (
	moment     TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,
	ref        TEXT NOT NULL DEFAULT '',
	raised     TEXT NOT NULL DEFAULT '',
	handled_by TEXT NOT NULL DEFAULT '',
	handled_at TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	UNIQUE (moment, kind, ref)
);

CREATE TABLE schedules (
	id          INTEGER PRIMARY KEY,
	moment      TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	instrument  TEXT NOT NULL,
	at_module   TEXT NOT NULL DEFAULT '',
	every_weeks INTEGER NOT NULL DEFAULT 0,
	from_day    TEXT NOT NULL DEFAULT '',
	UNIQUE (moment, instrument, at_module, every_weeks, from_day)
);

CREATE TABLE notes (
	id      INTEGER PRIMARY KEY,
	moment  TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	created TEXT NOT NULL,
	copied  TEXT NOT NULL DEFAULT '',
	text    TEXT NOT NULL
);
CREATE INDEX notes_moment ON notes (moment);
