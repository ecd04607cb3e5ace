// Plans, runs and restore requests as the API answers them, written once as shapes.
#pragma once

#include "backupsvc/model.hpp"
#include "core/shape.hpp"

namespace colo::backupsvc {

template <typename W>
void write_plan(W& w, const Plan& p) {
  w.field("id", p.id);
  w.field("customer_id", p.customer_id);
  w.field("contract_id", p.contract_id);
  w.field("contract_number", p.contract_number);
  w.field("name", p.name);
  w.field("source_kind", p.source_kind, kSourceKinds);
  w.strings("paths", p.paths);
  w.strings("dump_command", p.dump_command);
  w.field("dump_filename", p.dump_filename);
  // ssh: where restic runs; the key is never answered, the host key recorded at the first contact is.
  w.field("ssh_host", p.ssh_host);
  w.field("ssh_port", std::int64_t{p.ssh_port});
  w.field("ssh_user", p.ssh_user);
  w.field("ssh_key_set", !p.ssh_key_sealed.empty());
  w.field("ssh_known_host", p.ssh_known_hosts.empty() ? std::nullopt : std::optional<std::string>(p.ssh_known_hosts));
  w.field("schedule_kind", p.schedule_kind, kScheduleKinds);
  w.field("interval_minutes", std::int64_t{p.interval_minutes});
  w.field("daily_at", p.daily_at);
  w.object("retention", "BackupRetention", [&] {
    w.field("keep_last", std::int64_t{p.retention.keep_last});
    w.field("keep_daily", std::int64_t{p.retention.keep_daily});
    w.field("keep_weekly", std::int64_t{p.retention.keep_weekly});
    w.field("keep_monthly", std::int64_t{p.retention.keep_monthly});
  });
  w.field("repository", p.repository);
  w.field("location", p.location);
  w.field("restore_test_days", std::int64_t{p.restore_test_days});
  w.field("timeout_minutes", std::int64_t{p.timeout_minutes});
  w.field("status", p.status, kPlanStates);
  w.field("next_run_at", p.next_run_at);
  w.field("last_restore_test_at", p.last_restore_test_at);
  w.field("created_by", p.created_by);
  w.field("created_at", p.created_at);
  w.field("updated_at", p.updated_at);
}

template <typename W>
void write_run(W& w, const Run& r) {
  w.field("id", r.id);
  w.field("plan_id", r.plan_id);
  w.field("plan_name", r.plan_name);
  w.field("customer_id", r.customer_id);
  w.field("contract_id", r.contract_id);
  w.field("engine", r.engine, kEngines);
  w.field("kind", r.kind, kRunKinds);
  w.field("job_name", r.job_name);
  w.field("status", r.status, kRunStates);
  w.field("started_at", r.started_at);
  w.field("ended_at", r.ended_at);
  w.field("files", r.files);
  w.field("files_new", r.files_new);
  w.field("bytes_added", r.bytes_added);
  w.field("bytes_processed", r.bytes_processed);
  w.field("snapshot_id", r.snapshot_id);
  w.field("reason", r.reason, kFailureReasons);
  w.field("ticket_number", r.ticket_number);
  w.field("log_excerpt", r.log_excerpt);
  w.field("reported_by", r.reported_by);
}

template <typename W>
void write_restore(W& w, const Restore& x) {
  w.field("id", x.id);
  w.field("plan_id", x.plan_id);
  w.field("plan_name", x.plan_name);
  w.field("customer_id", x.customer_id);
  w.field("snapshot_id", x.snapshot_id);
  w.strings("paths", x.paths);
  w.field("target_kind", x.target_kind, kRestoreTargets);
  w.field("target_path", x.target_path);
  w.field("status", x.status, kRestoreStates);
  w.field("note", x.note);
  w.field("requested_by", x.requested_by);
  w.field("requested_at", x.requested_at);
  w.field("decided_by", x.decided_by);
  w.field("decided_at", x.decided_at);
  w.field("decision_note", x.decision_note);
  w.field("executed_at", x.executed_at);
  w.field("failure_reason", x.failure_reason, kFailureReasons);
  w.field("files_verified", x.files_verified);
  w.field("bytes_restored", x.bytes_restored);
  w.field("verification", x.verification);
  w.field("confirmed_by", x.confirmed_by);
  w.field("confirmed_at", x.confirmed_at);
  w.field("confirmation_note", x.confirmation_note);
}

}  // namespace colo::backupsvc
