// Customer backup service (R6.1): backup plans per contract, every run of a backup (driven by
// Colo through restic, or reported by an engine Colo does not drive), restore requests with their
// approval, execution, verification and the customer's confirmation, and periodic restore tests.
// Plain structs; the rules are in rules.hpp, the SQL in store.hpp, the operations in service.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::backupsvc {

// What a plan backs up: local paths Colo can reach, the standard output of a dump command
// (a database dump) stored as one file, or paths on the customer's own host, where restic runs
// over SSH with a key the customer granted.
inline const std::vector<std::string> kSourceKinds = {"paths", "command", "ssh"};
inline const std::vector<std::string> kScheduleKinds = {"interval", "daily"};
inline const std::vector<std::string> kPlanStates = {"active", "paused"};
// Engines of a run: restic is Colo's own; the others are reported through the API.
inline const std::vector<std::string> kEngines = {"restic", "veeam", "bacula", "other"};
inline const std::vector<std::string> kReportedEngines = {"veeam", "bacula", "other"};
inline const std::vector<std::string> kRunKinds = {"backup", "restore_test"};
inline const std::vector<std::string> kRunStates = {"running", "succeeded", "failed"};
inline const std::vector<std::string> kReportedRunStates = {"succeeded", "failed"};
// Why a run failed, from the tool's own words (rules.hpp failure_reason).
inline const std::vector<std::string> kFailureReasons = {
    "repository_unreachable", "repository_full", "wrong_password", "timeout",         "source_missing",
    "verification_failed",    "tool_failed",     "reported",       "host_key_changed"};
inline const std::vector<std::string> kRestoreTargets = {"original", "path"};
inline const std::vector<std::string> kRestoreStates = {"requested", "approved", "rejected", "running",
                                                        "verified",  "failed",   "confirmed"};

struct Retention {
  int keep_last = 0, keep_daily = 0, keep_weekly = 0, keep_monthly = 0;
};

struct PlanInput {
  std::int64_t contract_id = 0;
  std::string name;
  std::string source_kind = "paths";
  std::vector<std::string> paths;         // paths: absolute local paths; ssh: on the host
  std::vector<std::string> dump_command;  // command: argv, run without a shell
  std::string dump_filename;              // command: the file name the dump is stored under
  std::string ssh_host, ssh_user;         // ssh: the customer's host and the user restic runs as
  int ssh_port = 22;
  std::optional<std::string> ssh_key;  // ssh: OpenSSH private key; required on create, kept when absent
  std::string schedule_kind = "daily";
  int interval_minutes = 0;  // interval
  std::string daily_at;      // daily: HH:MM in the business time zone
  Retention retention;
  std::string repository;                          // restic repository: a directory, sftp:, rest:, s3: ...
  std::string location;                            // where the repository is: a room or site, or off-site text
  std::optional<std::string> repository_password;  // required on create; kept when absent on edit
  int restore_test_days = 0;                       // 0: no automatic restore tests
  int timeout_minutes = 60;
  std::string status = "active";
};

struct Plan {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::string name, source_kind;
  std::vector<std::string> paths, dump_command;
  std::string dump_filename;
  std::string ssh_host, ssh_user;
  int ssh_port = 22;
  std::string ssh_known_hosts;  // the host's key as first seen; '' before the first contact
  std::string schedule_kind;
  int interval_minutes = 0;
  std::string daily_at;
  Retention retention;
  std::string repository, location;
  int restore_test_days = 0;
  int timeout_minutes = 60;
  std::string status = "active";
  std::optional<std::string> next_run_at, last_restore_test_at;
  std::string created_by, created_at, updated_at;
  std::string password_sealed;  // never answered
  std::string ssh_key_sealed;   // never answered
};

struct Run {
  std::int64_t id = 0;
  std::optional<std::int64_t> plan_id;
  std::string plan_name;
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> contract_id;
  std::string engine = "restic", kind = "backup", job_name;
  std::string status = "running";
  std::optional<std::string> due_at;
  std::string started_at;
  std::optional<std::string> ended_at;
  std::optional<std::int64_t> files, files_new, bytes_added, bytes_processed;
  std::optional<std::string> snapshot_id, reason, ticket_number;
  std::string log_excerpt;
  std::string reported_by;
};

struct RunFilter {
  std::optional<std::string> q, sort, status, engine, kind;
  std::optional<std::int64_t> customer_id, plan_id;
  std::int64_t limit = 50, offset = 0;
};

struct PlanFilter {
  std::optional<std::string> q, sort, status;
  std::optional<std::int64_t> customer_id, contract_id;
  std::int64_t limit = 50, offset = 0;
};

// A run reported by an engine Colo does not drive (Veeam, Bacula), into the same records.
struct ReportedRun {
  std::int64_t contract_id = 0;
  std::optional<std::int64_t> plan_id;
  std::string engine, job_name, status, started_at, ended_at;
  std::optional<std::int64_t> files, bytes_processed, bytes_added;
  std::optional<std::string> snapshot_id;
  std::string log_excerpt;
};

struct RestoreInput {
  std::int64_t plan_id = 0;
  std::string snapshot_id;
  std::vector<std::string> paths;  // inside the snapshot; empty: all of it
  std::string target_kind = "original";
  std::string target_path;  // path: where to restore
  std::string note;
};

struct Restore {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string plan_name;
  std::int64_t customer_id = 0;
  std::string snapshot_id;
  std::vector<std::string> paths;
  std::string target_kind, target_path;
  std::string status = "requested";
  std::string note;
  std::string requested_by, requested_at;
  std::optional<std::string> decided_by, decided_at, decision_note;
  std::optional<std::string> executed_at, failure_reason;
  std::optional<std::int64_t> files_verified, bytes_restored;
  std::string verification;  // what was checked, for the record
  std::optional<std::string> confirmed_by, confirmed_at, confirmation_note;
};

struct RestoreFilter {
  std::optional<std::string> q, sort, status;
  std::optional<std::int64_t> customer_id, plan_id;
  std::int64_t limit = 50, offset = 0;
};

// R6.1 "backup runs succeeded and restore tests passed" for a period [from, to) and the period
// of the same length before it: finished runs (any engine) and restore tests, met = succeeded.
struct ComplianceCount {
  std::int64_t met = 0, total = 0;
  std::vector<std::int64_t> failing_runs;  // run ids of failed runs in the period (at most 100)
};
struct BackupCompliance {
  ComplianceCount current, previous;
};

}  // namespace colo::backupsvc
