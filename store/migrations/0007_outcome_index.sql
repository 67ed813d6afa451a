-- 0007: the report's outcome answers (issue 17, Speed). results.Compute
-- takes post and follow-up from the avslut and uppfoljning answers, about
-- 1.6 % of the measurements; without an index the report read them in a
-- pass over the whole table (a million rows on the 10,000-moment file).
-- This partial index holds only those answers, with their score, so the
-- report reads them from it alone (covering: moment, instrument, occasion,
-- answered, total, and the rowid that is the measurement's id). It adds
-- about 1 MB to a 130 MB file and nothing to a write of any other answer.
CREATE INDEX measurements_outcomes ON measurements (moment, instrument, occasion, answered, total)
	WHERE occasion IN ('avslut', 'uppfoljning');
