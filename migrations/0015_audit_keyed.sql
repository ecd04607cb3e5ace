-- How each audit entry's hash was made. 1: plain BLAKE2b, as every entry before the chain was
-- keyed (they still verify as they were); 2: BLAKE2b keyed with the audit key, which lives in the
-- configuration and never in the database, so that nobody who can only write the database can
-- rewrite, relink or append entries that verify. An unkeyed entry after a keyed one is a forgery.
ALTER TABLE audit_log ADD COLUMN alg INTEGER NOT NULL DEFAULT 1;
