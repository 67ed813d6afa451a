-- 0008: the PHQ-9 answers (issue 18, the first frame). A large file's
-- first frame shows the moments that may hold a red flag
-- (store.QueryRedFlagMoments): those with a MADRS-S item 9 of 4 or more,
-- from the partial index measurements_item9 (0001), and those with a
-- PHQ-9 answer (worklist.RedFlagPHQ9 reads its item 9 from the items),
-- from this one. Both hold only the few answers they name, so the pick
-- reads a few index pages instead of probing every open moment. PHQ-9
-- is a free-standing form (manual 4.4), rarely answered: the index adds
-- next to nothing to the file or to a write.
CREATE INDEX measurements_phq9 ON measurements (moment) WHERE instrument = 'PHQ-9';
