// The backup service's pure rules: plan validation, when a plan is due next, what restic's JSON
// summary says, why a run failed, the retention policy as `restic forget` flags, and where a
// restore may write. No database, no processes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backupsvc/model.hpp"
#include "core/business_calendar.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace colo::backupsvc {

// Every problem of a plan's input as field errors (empty: valid). `creating`: the repository
// password is required.
std::vector<FieldError> validate_plan(const PlanInput& in, bool creating);

// The first instant after `after` the plan is due: `interval_minutes` later, or the next HH:MM
// (daily_at) in the business zone.
Instant next_due(const std::string& schedule_kind, int interval_minutes, const std::string& daily_at, Instant after,
                 const BusinessCalendar& calendar);

// A restore test is due when none was made, or the last is `days` days old (days > 0).
bool restore_test_due(const std::optional<std::string>& last_at, int days, Instant now);

// The summary line of `restic backup --json`.
struct BackupSummary {
  std::int64_t files = 0;  // files processed
  std::int64_t files_new = 0, files_changed = 0;
  std::int64_t bytes_added = 0, bytes_processed = 0;
  std::string snapshot_id;
};
std::optional<BackupSummary> parse_backup_summary(std::string_view output);

// One file of `restic ls --json`: its path in the snapshot and size.
struct SnapshotFile {
  std::string path;
  std::int64_t size = 0;
};
std::vector<SnapshotFile> parse_ls_files(std::string_view output);

// Why restic (or the dump) failed, from its output: one of kFailureReasons.
std::string failure_reason(std::string_view output, bool timed_out);

// `restic forget` flags of a retention policy; empty when the policy keeps everything.
std::vector<std::string> forget_flags(const Retention& r);

// True when `path` is `root` or inside it (both absolute and normalised lexically).
bool path_within(std::string_view root, std::string_view path);

// Where a restore may write: an absolute path without `..`, inside one of the customer's own
// roots and inside none of another customer's. An error code (backupsvc.restore.*) or nullopt.
std::optional<std::string> restore_target_problem(const std::string& target, const std::vector<std::string>& own_roots,
                                                  const std::vector<std::string>& foreign_roots);

}  // namespace colo::backupsvc
