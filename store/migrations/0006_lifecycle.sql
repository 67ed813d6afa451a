-- 0006: around the moments (manual 3.4–3.6.7, 8.1–8.3): referrals and
-- their assessment, the closing phase, handovers. Dates as in 0001.

CREATE TABLE referrals (
	id         TEXT PRIMARY KEY,
	pnr        TEXT NOT NULL REFERENCES patients (pnr),
	clinician  TEXT NOT NULL DEFAULT '',
	referred   TEXT NOT NULL CHECK (referred <> ''),
	from_whom  TEXT NOT NULL DEFAULT '',
	contacted  TEXT NOT NULL DEFAULT '',
	forms_sent TEXT NOT NULL DEFAULT '',
	forms      TEXT NOT NULL DEFAULT '', -- instrument ids, comma-separated
	visit_on   TEXT NOT NULL DEFAULT '',
	visit_held TEXT NOT NULL DEFAULT '',
	decision   TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'ikbt', 'no')),
	decided    TEXT NOT NULL DEFAULT '',
	reason     TEXT NOT NULL DEFAULT '',
	moment     TEXT NOT NULL DEFAULT '' -- the moment started (decision 'ikbt')
);
CREATE INDEX referrals_pnr ON referrals (pnr);

-- Checklist 3.4.
CREATE TABLE referral_checks (
	referral TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
	key      TEXT NOT NULL,
	answer   TEXT NOT NULL,
	note     TEXT NOT NULL DEFAULT '',
	UNIQUE (referral, key)
);

-- Answers recorded during the assessment (3.5.4); copied to the moment's
-- measurements when it starts.
CREATE TABLE referral_measurements (
	id         INTEGER PRIMARY KEY,
	referral   TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
	instrument TEXT NOT NULL,
	occasion   TEXT NOT NULL DEFAULT '',
	answered   TEXT NOT NULL CHECK (answered <> ''),
	items      TEXT NOT NULL DEFAULT '',
	total      INTEGER NOT NULL,
	item9      INTEGER NOT NULL DEFAULT -1,
	UNIQUE (referral, instrument, answered)
);

CREATE TABLE referral_flags (
	referral   TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,
	ref        TEXT NOT NULL DEFAULT '',
	raised     TEXT NOT NULL DEFAULT '',
	handled_by TEXT NOT NULL DEFAULT '',
	handled_at TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	UNIQUE (referral, kind, ref)
);

-- The closing phase of a moment (3.6.3–3.6.7).
CREATE TABLE closings (
	moment          TEXT PRIMARY KEY REFERENCES moments (id) ON DELETE CASCADE,
	visit_on        TEXT NOT NULL DEFAULT '',
	visit_held      TEXT NOT NULL DEFAULT '',
	followup_waived INTEGER NOT NULL DEFAULT 0 CHECK (followup_waived IN (0, 1)),
	sob_closed      TEXT NOT NULL DEFAULT '',
	sob_gallrad     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE closing_checks (
	moment TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	key    TEXT NOT NULL,
	answer TEXT NOT NULL,
	note   TEXT NOT NULL DEFAULT '',
	UNIQUE (moment, key)
);

CREATE TABLE handovers (
	id             TEXT PRIMARY KEY,
	direction      TEXT NOT NULL CHECK (direction IN ('out', 'in', 'same')),
	from_unit      TEXT NOT NULL DEFAULT '',
	to_unit        TEXT NOT NULL DEFAULT '',
	from_clinician TEXT NOT NULL DEFAULT '',
	to_clinician   TEXT NOT NULL DEFAULT '',
	started        TEXT NOT NULL,
	consent        INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
	state          TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'cancelled')),
	outcome        TEXT NOT NULL DEFAULT '',
	file           TEXT NOT NULL DEFAULT '',
	payload        BLOB -- a received file until its outcome; NULL after
);

-- No foreign key to moments: a received handover names moments this file
-- does not hold until it is accepted.
CREATE TABLE handover_moments (
	handover TEXT NOT NULL REFERENCES handovers (id) ON DELETE CASCADE,
	moment   TEXT NOT NULL,
	UNIQUE (handover, moment)
);
CREATE INDEX handover_moments_moment ON handover_moments (moment);

-- A moment handed over to another unit is read-only until gallring
-- (manual 8.2.3: it exists only at the receiving unit). Deleting stays
-- possible: that is gallring.
CREATE VIEW handed_over AS
	SELECT hm.moment FROM handover_moments hm JOIN handovers h ON h.id = hm.handover
	WHERE h.direction = 'out' AND h.state = 'accepted';

CREATE TRIGGER handed_over_moments BEFORE UPDATE ON moments
WHEN old.id IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_module_events BEFORE INSERT ON module_events
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_measurements BEFORE INSERT ON measurements
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_messages BEFORE INSERT ON messages
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_flags BEFORE INSERT ON flags
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_schedules BEFORE INSERT ON schedules
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_notes BEFORE INSERT ON notes
WHEN new.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
CREATE TRIGGER handed_over_notes_update BEFORE UPDATE ON notes
WHEN old.moment IN (SELECT moment FROM handed_over) BEGIN
	SELECT RAISE(ABORT, 'the moment is handed over to another unit and read-only');
END;
