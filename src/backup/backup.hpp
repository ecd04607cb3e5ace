// Colo's own data (R6.1): `colo backup` copies the database consistently while it serves (SQLite's
// online backup API; pg_dump on a snapshot exported for the purpose) together with a manifest of
// the rows in every table and the audit chain's head, into a restic repository; `colo restore`
// puts a snapshot into an EMPTY database and proves it: the rows per table must match the
// manifest, and the caller verifies the audit chain. restic encrypts the repository with the
// password from its file; Colo never sees the repository key.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::backup {

struct Options {
  std::string db_url;         // the database to back up, or to restore into
  std::string repository;     // restic repository (a directory, sftp:, s3:, rest: ...)
  std::string password_file;  // restic's --password-file
  std::string restic = "restic";
};

// What a backup holds, beside the database: written as manifest.json into every snapshot.
struct Manifest {
  std::string engine;  // sqlite, postgres
  std::string created_at;
  std::map<std::string, std::int64_t> rows;  // table -> rows
  std::int64_t audit_last_id = 0;
  std::string audit_head_hash;
};

struct BackupResult {
  std::string snapshot_id;
  Manifest manifest;
};

// Errors: "backup.not_configured" (no repository or password file), "backup.tool_failed" (restic,
// pg_dump: with the tool's last output lines), "backup.failed".
Result<BackupResult> backup(const Options& options, const std::string& now);

struct RestoreResult {
  std::string snapshot_id;
  Manifest manifest;
};

// Restores `snapshot` ("latest" or an id) into options.db_url. Errors: "restore.not_empty" when
// the target has any table (nothing is touched), "restore.rows_differ" when a table's rows do not
// match the manifest (the target is emptied again), "backup.tool_failed".
Result<RestoreResult> restore(const Options& options, const std::string& snapshot);

// Empties the database at `db_url` again (a restore whose audit chain did not verify).
void discard(const std::string& db_url);

// The scheduled and command-line backup: backup() and an audit entry naming the snapshot.
Result<BackupResult> backup_and_record(db::Database& db, const Clock& clock, const Options& options);
// Records a verified restore in the restored database's audit chain.
Status record_restore(db::Database& db, const Clock& clock, const RestoreResult& restored);

// "backup": the daily job of `colo serve` (under its lease) and `colo jobs run backup`.
constexpr const char* kJob = "backup";

}  // namespace colo::backup
