-- 0002: per moment and instrument, the first and the latest answer. The
-- worklist reads these ids (about 2 per instrument) instead of probing the
-- measurements index for them, which was most of its time on a large file.
-- Triggers keep the table right in the transaction of every write to
-- measurements (import, AddMeasurement, undo, a moment's cascading delete).

CREATE TABLE measurement_ends (
	moment     TEXT NOT NULL, -- no foreign key: the triggers on measurements keep it
	instrument TEXT NOT NULL,
	first      INTEGER NOT NULL, -- measurements.id of the earliest answer
	first_at   TEXT NOT NULL,    -- its answered
	latest     INTEGER NOT NULL, -- measurements.id of the latest answer
	latest_at  TEXT NOT NULL,    -- its answered
	PRIMARY KEY (moment, instrument)
) WITHOUT ROWID;

-- A new answer moves an end only when it lies beyond it.
CREATE TRIGGER measurement_ends_insert AFTER INSERT ON measurements BEGIN
	INSERT INTO measurement_ends (moment, instrument, first, first_at, latest, latest_at)
	VALUES (new.moment, new.instrument, new.id, new.answered, new.id, new.answered)
	ON CONFLICT (moment, instrument) DO UPDATE SET
		first = iif(excluded.first_at < first_at, excluded.first, first),
		first_at = min(excluded.first_at, first_at),
		latest = iif(excluded.latest_at > latest_at, excluded.latest, latest),
		latest_at = max(excluded.latest_at, latest_at);
END;

-- Removing an end (or the last answer) reads the ends again from the
-- unique index (moment, instrument, answered).
CREATE TRIGGER measurement_ends_delete AFTER DELETE ON measurements BEGIN
	DELETE FROM measurement_ends WHERE moment = old.moment AND instrument = old.instrument
		AND old.id IN (first, latest);
	INSERT INTO measurement_ends (moment, instrument, first, first_at, latest, latest_at)
	SELECT old.moment, old.instrument, f.id, f.answered, l.id, l.answered
	FROM (SELECT id, answered FROM measurements WHERE moment = old.moment AND instrument = old.instrument ORDER BY answered LIMIT 1) f,
		(SELECT id, answered FROM measurements WHERE moment = old.moment AND instrument = old.instrument ORDER BY answered DESC LIMIT 1) l
	WHERE NOT EXISTS (SELECT 1 FROM measurement_ends WHERE moment = old.moment AND instrument = old.instrument);
END;

-- No write changes these columns today; if one does, both the old and the
-- new (moment, instrument) are read again.
CREATE TRIGGER measurement_ends_update AFTER UPDATE OF id, moment, instrument, answered ON measurements BEGIN
	DELETE FROM measurement_ends WHERE (moment = old.moment AND instrument = old.instrument)
		OR (moment = new.moment AND instrument = new.instrument);
	INSERT INTO measurement_ends (moment, instrument, first, first_at, latest, latest_at)
	SELECT k.moment, k.instrument,
		(SELECT id FROM measurements WHERE moment = k.moment AND instrument = k.instrument ORDER BY answered LIMIT 1),
		min(y.answered),
		(SELECT id FROM measurements WHERE moment = k.moment AND instrument = k.instrument ORDER BY answered DESC LIMIT 1),
		max(y.answered)
	FROM (SELECT old.moment AS moment, old.instrument AS instrument UNION SELECT new.moment, new.instrument) k
		JOIN measurements y ON y.moment = k.moment AND y.instrument = k.instrument
	GROUP BY k.moment, k.instrument;
END;

-- Files written before this migration.
INSERT INTO measurement_ends (moment, instrument, first, first_at, latest, latest_at)
SELECT g.moment, g.instrument,
	(SELECT y.id FROM measurements y WHERE y.moment = g.moment AND y.instrument = g.instrument ORDER BY y.answered LIMIT 1),
	min(g.answered),
	(SELECT y.id FROM measurements y WHERE y.moment = g.moment AND y.instrument = g.instrument ORDER BY y.answered DESC LIMIT 1),
	max(g.answered)
FROM measurements g
GROUP BY g.moment, g.instrument;
