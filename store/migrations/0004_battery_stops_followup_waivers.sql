-- 0004 (issue 9): a running battery instrument the clinician stopped
-- (manual 5.4.2), and a follow-up marked not to be done, with a reason
-- (manual 7.1.4 "Uppföljning"; SibeR). Only new tables: applies on top of
-- any other migration.

CREATE TABLE battery_stops (
	id         INTEGER PRIMARY KEY,
	moment     TEXT NOT NULL REFERENCES moments (id) ON DELETE CASCADE,
	instrument TEXT NOT NULL,
	from_day   TEXT NOT NULL,            -- YYYY-MM-DD: no battery trigger from this day on
	stopped_by TEXT NOT NULL DEFAULT '',
	stopped_at TEXT NOT NULL DEFAULT '', -- YYYY-MM-DDTHH:MM
	note       TEXT NOT NULL DEFAULT '',
	UNIQUE (moment, instrument)
);

CREATE TABLE followup_waivers (
	moment    TEXT PRIMARY KEY REFERENCES moments (id) ON DELETE CASCADE,
	waived_on TEXT NOT NULL, -- YYYY-MM-DD
	waived_by TEXT NOT NULL DEFAULT '',
	reason    TEXT NOT NULL CHECK (reason <> '')
) WITHOUT ROWID;
