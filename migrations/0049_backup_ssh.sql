-- Backup plans run on the customer's own host over SSH: the host, port and user, the private key
-- the customer granted (sealed with the data key, never answered) and the host's key as first
-- seen (an OpenSSH known_hosts text; '' until the first contact). A host key that differs later
-- fails the run: it is never replaced by a run.
ALTER TABLE backup_plans ADD COLUMN ssh_host TEXT NOT NULL DEFAULT '';
ALTER TABLE backup_plans ADD COLUMN ssh_port INTEGER NOT NULL DEFAULT 22;
ALTER TABLE backup_plans ADD COLUMN ssh_user TEXT NOT NULL DEFAULT '';
ALTER TABLE backup_plans ADD COLUMN ssh_key_sealed TEXT NOT NULL DEFAULT '';
ALTER TABLE backup_plans ADD COLUMN ssh_known_hosts TEXT NOT NULL DEFAULT '';
