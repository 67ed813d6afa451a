-- 0003: mark the file as ikbt's in its header ("IKBT" in ASCII), so that
-- an ikbt file is known by more than its user_version and another
-- program's SQLite file is refused unchanged (store/open.go).
PRAGMA application_id = 1229668948;
