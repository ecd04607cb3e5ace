#include "backupsvc/service.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "audit/audit.hpp"
#include "backupsvc/rules.hpp"
#include "backupsvc/store.hpp"
#include "core/business_calendar.hpp"
#include "i18n/catalogue.hpp"
#include "notify/notify.hpp"

namespace colo::backupsvc {

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

constexpr const char* kPlanObject = "backupsvc.plan";
constexpr const char* kRunObject = "backupsvc.run";
constexpr const char* kRestoreObject = "backupsvc.restore";
constexpr std::size_t kLogExcerpt = 4000;
// Ticket titles are stored text read by the customer and the operator alike: written once in the
// operator's language.
constexpr std::string_view kTicketLanguage = "zh-CN";
constexpr int kDueBatch = 200;

bool staff(const Context& ctx) { return !ctx.tenant(); }

json::value plan_audit(const Plan& p) {
  return json::object{
      {"contract", p.contract_number},
      {"name", p.name},
      {"source_kind", p.source_kind},
      {"paths", json::value_from(p.paths)},
      {"dump_command", json::value_from(p.dump_command)},
      {"ssh", p.source_kind == "ssh" ? json::value(p.ssh_user + "@" + p.ssh_host + ":" + std::to_string(p.ssh_port))
                                     : json::value(nullptr)},
      {"schedule_kind", p.schedule_kind},
      {"interval_minutes", p.interval_minutes},
      {"daily_at", p.daily_at},
      {"keep",
       json::array{p.retention.keep_last, p.retention.keep_daily, p.retention.keep_weekly, p.retention.keep_monthly}},
      {"repository", p.repository},
      {"location", p.location},
      {"restore_test_days", p.restore_test_days},
      {"timeout_minutes", p.timeout_minutes},
      {"status", p.status}};
}

json::value run_audit(const Run& r) {
  json::object o{{"plan", r.plan_name}, {"engine", r.engine}, {"kind", r.kind}, {"status", r.status}};
  if (r.snapshot_id) o["snapshot_id"] = *r.snapshot_id;
  if (r.reason) o["reason"] = *r.reason;
  if (r.ticket_number) o["ticket"] = *r.ticket_number;
  return o;
}

json::value restore_audit(const Restore& x) {
  json::object o{{"plan", x.plan_name},          {"snapshot_id", x.snapshot_id}, {"paths", json::value_from(x.paths)},
                 {"target_kind", x.target_kind}, {"target_path", x.target_path}, {"status", x.status}};
  if (x.failure_reason) o["failure_reason"] = *x.failure_reason;
  if (!x.verification.empty()) o["verification"] = x.verification;
  return o;
}

Error foreign_target(const std::string& code) {
  return Error::unprocessable(code, "A restore writes only to a path of the customer's own.",
                              {{"target_path", code, "Not a path of the customer's own.", {}, {}}});
}

}  // namespace

Service::Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Ports ports, Options options)
    : db_(db), clock_(clock), sealer_(std::move(sealer)), ports_(std::move(ports)), options_(std::move(options)) {
  if (options_.max_concurrent < 1) options_.max_concurrent = 1;
  if (options_.scratch_dir.empty()) options_.scratch_dir = (fs::temp_directory_path() / "colo-backup-tests").string();
}

// ---- plans ----

Result<db::Counted<Plan>> Service::plans(const Context& ctx, const PlanFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_plans(tx, ctx, f);
}

Result<Plan> Service::load_plan(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto p, store::find_plan(tx, id));
  if (!p || !ctx.sees(p->customer_id)) return Error::not_found("Backup plan");
  return std::move(*p);
}

Result<Plan> Service::plan(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_plan(tx, ctx, id);
}

Result<Plan> Service::plan_from_input(const Context& ctx, const PlanInput& in, Plan p) {
  const bool creating = p.id == 0;
  auto errors = validate_plan(in, creating);
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto contract, ports_.contract(in.contract_id));
  if (!contract)
    return Error::unprocessable("backupsvc.plan.contract_unknown", "No such contract.",
                                {{"contract_id", "backupsvc.plan.contract_unknown", "No such contract.", {}, {}}});
  p.customer_id = contract->customer_id;
  p.contract_id = contract->id;
  p.contract_number = contract->number;
  p.name = in.name;
  p.source_kind = in.source_kind;
  p.paths = in.source_kind == "paths" || in.source_kind == "ssh" ? in.paths : std::vector<std::string>{};
  p.dump_command = in.source_kind == "command" ? in.dump_command : std::vector<std::string>{};
  p.dump_filename = in.source_kind == "command" ? in.dump_filename : "";
  const bool ssh = in.source_kind == "ssh";
  p.ssh_host = ssh ? in.ssh_host : "";
  p.ssh_user = ssh ? in.ssh_user : "";
  p.ssh_port = ssh ? in.ssh_port : 22;
  if (!ssh)
    p.ssh_key_sealed.clear();
  else if (in.ssh_key && !in.ssh_key->empty())
    p.ssh_key_sealed = sealer_.seal(*in.ssh_key);
  else if (p.ssh_key_sealed.empty())
    return Error::validation(
        {{"ssh_key", "backupsvc.plan.ssh_key", "The OpenSSH private key the customer granted.", {}, {}}});
  p.schedule_kind = in.schedule_kind;
  p.interval_minutes = in.schedule_kind == "interval" ? in.interval_minutes : 0;
  p.daily_at = in.schedule_kind == "daily" ? in.daily_at : "";
  p.retention = in.retention;
  p.repository = in.repository;
  p.location = in.location;
  if (in.repository_password && !in.repository_password->empty())
    p.password_sealed = sealer_.seal(*in.repository_password);
  p.restore_test_days = in.restore_test_days;
  p.timeout_minutes = in.timeout_minutes;
  p.status = in.status;
  const auto now = clock_.now();
  p.next_run_at = p.status == "active" ? std::optional<std::string>(format_instant(next_due(
                                             p.schedule_kind, p.interval_minutes, p.daily_at, now, clock_.calendar())))
                                       : std::nullopt;
  p.updated_at = format_instant(now);
  if (creating) {
    p.created_at = p.updated_at;
    p.created_by = actor(ctx);
  }
  return p;
}

Result<Plan> Service::create_plan(const Context& ctx, const PlanInput& in) {
  if (!staff(ctx)) return Error::forbidden();
  COLO_TRY(auto p, plan_from_input(ctx, in, Plan{}));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(p.id, store::insert_plan(tx, p));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kPlanObject, std::to_string(p.id), "create", nullptr, plan_audit(p), p.customer_id}));
  COLO_CHECK(tx.commit());
  return p;
}

Result<Plan> Service::update_plan(const Context& ctx, std::int64_t id, const PlanInput& in) {
  if (!staff(ctx)) return Error::forbidden();
  COLO_TRY(auto before, plan(ctx, id));
  COLO_TRY(auto p, plan_from_input(ctx, in, before));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto current, load_plan(tx, ctx, id));
  if (current.updated_at != before.updated_at)
    return Error::conflict("backupsvc.plan.changed", "The plan was changed meanwhile; read it again.");
  COLO_CHECK(store::update_plan(tx, p));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kPlanObject, std::to_string(id), "update", plan_audit(before), plan_audit(p), p.customer_id}));
  COLO_CHECK(tx.commit());
  return p;
}

// ---- runs ----

Repository Service::repository_of(const Plan& p) const {
  Repository repo;
  repo.restic = options_.restic;
  repo.location = p.repository;
  if (auto pw = sealer_.open(p.password_sealed); pw.ok()) repo.password = *pw;
  repo.timeout = std::chrono::minutes(p.timeout_minutes);
  return repo;
}

Result<std::optional<Run>> Service::claim(const Plan& p, const std::string& kind, const std::string& due_at,
                                          const std::string& by) {
  Run r;
  r.plan_id = p.id;
  r.plan_name = p.name;
  r.customer_id = p.customer_id;
  r.contract_id = p.contract_id;
  r.engine = "restic";
  r.kind = kind;
  r.job_name = p.name;
  r.status = "running";
  r.due_at = due_at;
  r.started_at = format_instant(clock_.now());
  r.reported_by = by;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  // The unique slot (plan, kind, due_at) makes a second claim of the same slot fail: the other
  // runner has it.
  auto id = store::insert_run(tx, r);
  if (!id.ok()) {
    if (id.error().is("db.unique_violation")) return std::optional<Run>{};
    return std::move(id).error();
  }
  r.id = *id;
  COLO_CHECK(tx.commit());
  return std::optional<Run>(std::move(r));
}

Run Service::execute_backup(const Plan& p, Run run) {
  const auto repo = repository_of(p);
  const auto tag = "colo-plan-" + std::to_string(p.id);
  std::string log;
  auto fail = [&](const ProcessResult& r) {
    run.status = "failed";
    run.reason = failure_reason(r.output, r.timed_out);
    run.log_excerpt = tail_of(log, kLogExcerpt);
    return run;
  };
  if (repo.password.empty()) {
    run.status = "failed";
    run.reason = "wrong_password";
    run.log_excerpt = "the repository password cannot be opened with the configured data key";
    return run;
  }
  auto opened = ensure_repository(repo);
  log += opened.output;
  if (!opened.ok()) return fail(opened);
  auto made = p.source_kind == "ssh"       ? backup_on_host(p, repo, tag)
              : p.source_kind == "command" ? backup_command(repo, p.dump_command, p.dump_filename, tag)
                                           : backup_paths(repo, p.paths, tag);
  // restic's --json progress lines are many; the excerpt keeps its summary and any error.
  for (std::size_t start = 0; start < made.output.size();) {
    auto end = made.output.find('\n', start);
    if (end == std::string::npos) end = made.output.size();
    const auto line = made.output.substr(start, end - start);
    if (line.find("\"message_type\":\"status\"") == std::string::npos) log += line + "\n";
    start = end + 1;
  }
  auto summary = parse_backup_summary(made.output);
  if (!made.ok() || !summary) return fail(made);
  run.files = summary->files;
  run.files_new = summary->files_new;
  run.bytes_added = summary->bytes_added;
  run.bytes_processed = summary->bytes_processed;
  run.snapshot_id = summary->snapshot_id;
  auto pruned = forget(repo, p.retention, tag);
  log += pruned.output;
  if (!pruned.ok()) log += "\nretention (restic forget --prune) failed; the snapshot stands\n";
  run.status = "succeeded";
  run.log_excerpt = tail_of(log, kLogExcerpt);
  return run;
}

namespace {

// Writes `text` to a new file only its owner can read.
bool write_private(const fs::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0 && done == text.size();
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

ProcessResult Service::backup_on_host(const Plan& p, const Repository& repo, const std::string& tag) {
  ProcessResult r;
  auto key = sealer_.open(p.ssh_key_sealed);
  if (!key.ok()) {
    r.output = "the SSH key cannot be opened with the configured data key\n";
    return r;
  }
  // The key, the recorded host key and the password live in a directory of the run's own
  // (mkdtemp: mode 0700), removed when the run ends.
  std::string tmpl = (fs::temp_directory_path() / "colo-ssh-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) {
    r.output = "cannot create a directory for the SSH run\n";
    return r;
  }
  const fs::path dir = tmpl;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  SshLogin login;
  login.ssh = options_.ssh;
  login.host = p.ssh_host;
  login.user = p.ssh_user;
  login.port = p.ssh_port;
  login.key_file = (dir / "key").string();
  login.known_hosts_file = (dir / "known_hosts").string();
  login.first_contact = p.ssh_known_hosts.empty();
  login.remote_restic = options_.remote_restic;
  auto key_text = *key;
  if (key_text.empty() || key_text.back() != '\n') key_text += '\n';  // ssh refuses a key without it
  const auto password_file = dir / "password";
  if (!write_private(login.key_file, key_text) || !write_private(login.known_hosts_file, p.ssh_known_hosts) ||
      !write_private(password_file, repo.password)) {
    r.output = "cannot write the SSH run's files\n";
    return r;
  }
  r = backup_over_ssh(repo, login, p.paths, tag, password_file.string());
  if (login.first_contact) {
    // ssh wrote the key the host offered (accept-new): that is the key from now on.
    const auto seen = read_text(login.known_hosts_file);
    if (!seen.empty()) {
      auto record = [&]() -> Status {
        COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
        COLO_CHECK(store::record_first_contact(tx, p.id, seen));
        COLO_CHECK(tx.commit());
        return {};
      };
      if (auto recorded = record(); !recorded.ok())
        spdlog::error("backup-service: plan {}: host key of the first contact not recorded: {}", p.id,
                      recorded.error().message);
    }
  }
  return r;
}

Run Service::execute_restore_test(const Plan& p, Run run) {
  std::optional<std::string> snapshot;
  if (auto tx = db::Tx::begin(db_, db::Access::read); tx.ok())
    if (auto s = store::latest_snapshot(*tx, p.id); s.ok()) snapshot = *s;
  if (!snapshot) {
    run.status = "failed";
    run.reason = "verification_failed";
    run.log_excerpt = "no successful backup to test yet";
    return run;
  }
  const auto repo = repository_of(p);
  std::error_code ec;
  fs::create_directories(options_.scratch_dir, ec);
  std::string tmpl = (fs::path(options_.scratch_dir) / ("plan-" + std::to_string(p.id) + "-XXXXXX")).string();
  if (!::mkdtemp(tmpl.data())) {
    run.status = "failed";
    run.reason = "tool_failed";
    run.log_excerpt = "cannot create a scratch directory under " + options_.scratch_dir;
    return run;
  }
  const fs::path scratch = tmpl;
  auto restored = backupsvc::restore(repo, *snapshot, scratch.string(), {});
  std::string log = restored.output;
  run.snapshot_id = *snapshot;
  if (!restored.ok()) {
    run.status = "failed";
    run.reason = failure_reason(restored.output, restored.timed_out);
  } else {
    auto v = verify_restore(repo, *snapshot, scratch.string(), {});
    log += v.log + v.summary + "\n";
    run.files = v.files;
    run.bytes_processed = v.bytes;
    run.status = v.ok ? "succeeded" : "failed";
    if (!v.ok) run.reason = v.timed_out ? "timeout" : "verification_failed";
  }
  fs::remove_all(scratch, ec);
  run.log_excerpt = tail_of(log, kLogExcerpt);
  return run;
}

Result<Run> Service::finish(const Plan& p, Run run) {
  run.ended_at = format_instant(clock_.now());
  const auto ctx = system_context("backup-service");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (run.status == "failed") {
    const MessageParams params{{"plan", p.name},
                               {"contract", p.contract_number},
                               {"@reason", "backupsvc.reason." + run.reason.value_or("tool_failed")}};
    const auto key = run.kind == "restore_test" ? std::string("backupsvc.ticket.restore_test_failed")
                                                : std::string("backupsvc.ticket.run_failed");
    if (ports_.open_ticket) {
      COLO_TRY(auto number, ports_.open_ticket(tx, p.customer_id, "backup-run-" + std::to_string(run.id),
                                               i18n::render_or(kTicketLanguage, key, params, key)));
      run.ticket_number = number;
    }
    COLO_CHECK(notify::notify(tx, clock_,
                              notify::keyed(notify::Audience::staff_role("operations"), "backupsvc.run.failed",
                                            run.kind == "restore_test" ? "notice.backupsvc.restore_test_failed"
                                                                       : "notice.backupsvc.run_failed",
                                            params, "/backups/runs/" + std::to_string(run.id))));
  }
  if (run.kind == "restore_test") COLO_CHECK(store::set_restore_tested(tx, p.id, *run.ended_at));
  COLO_CHECK(store::finish_run(tx, run));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kRunObject, std::to_string(run.id), "finish", nullptr, run_audit(run), run.customer_id}));
  COLO_CHECK(tx.commit());
  return run;
}

Result<Run> Service::run_now(const Context& ctx, std::int64_t plan_id) {
  if (!staff(ctx)) return Error::forbidden();
  COLO_TRY(auto p, plan(ctx, plan_id));
  COLO_TRY(auto claimed, claim(p, "backup", format_instant(clock_.now()), actor(ctx)));
  if (!claimed) return Error::conflict("backupsvc.run.already_started", "A run of this plan has just started.");
  return finish(p, execute_backup(p, std::move(*claimed)));
}

Result<Run> Service::test_restore_now(const Context& ctx, std::int64_t plan_id) {
  if (!staff(ctx)) return Error::forbidden();
  COLO_TRY(auto p, plan(ctx, plan_id));
  COLO_TRY(auto claimed, claim(p, "restore_test", format_instant(clock_.now()), actor(ctx)));
  if (!claimed) return Error::conflict("backupsvc.run.already_started", "A run of this plan has just started.");
  return finish(p, execute_restore_test(p, std::move(*claimed)));
}

Result<db::Counted<Run>> Service::runs(const Context& ctx, const RunFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_runs(tx, ctx, f);
}

Result<Run> Service::run(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto r, store::find_run(tx, id));
  if (!r || !ctx.sees(r->customer_id)) return Error::not_found("Backup run");
  return std::move(*r);
}

Result<Run> Service::report_run(const Context& ctx, const ReportedRun& in) {
  if (!staff(ctx)) return Error::forbidden();
  const auto started = parse_instant(in.started_at);
  const auto ended = parse_instant(in.ended_at);
  if (started && ended && *ended < *started)
    return Error::validation({{"ended_at", "backupsvc.run.ends_before_start", "Ends before it starts.", {}, {}}});
  if (ended && *ended > clock_.now() + std::chrono::minutes(5))
    return Error::validation({{"ended_at", "backupsvc.run.in_future", "A run is reported once over.", {}, {}}});
  COLO_TRY(auto contract, ports_.contract(in.contract_id));
  if (!contract)
    return Error::unprocessable("backupsvc.plan.contract_unknown", "No such contract.",
                                {{"contract_id", "backupsvc.plan.contract_unknown", "No such contract.", {}, {}}});
  Run r;
  r.customer_id = contract->customer_id;
  r.contract_id = contract->id;
  r.engine = in.engine;
  r.kind = "backup";
  r.job_name = in.job_name;
  r.plan_name = in.job_name;
  r.status = in.status;
  r.started_at = started ? format_instant(*started) : in.started_at;
  r.ended_at = ended ? format_instant(*ended) : in.ended_at;
  r.files = in.files;
  r.bytes_added = in.bytes_added;
  r.bytes_processed = in.bytes_processed;
  r.snapshot_id = in.snapshot_id;
  if (in.status == "failed") r.reason = "reported";
  r.log_excerpt = tail_of(in.log_excerpt, kLogExcerpt);
  r.reported_by = actor(ctx);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (in.plan_id) {
    COLO_TRY(auto p, store::find_plan(tx, *in.plan_id));
    if (!p || p->customer_id != contract->customer_id)
      return Error::unprocessable("backupsvc.run.plan_mismatch", "The plan is not of that contract's customer.",
                                  {{"plan_id", "backupsvc.run.plan_mismatch", "Not this customer's plan.", {}, {}}});
    r.plan_id = p->id;
    r.plan_name = p->name;
  }
  COLO_TRY(r.id, store::insert_run(tx, r));
  if (r.status == "failed") {
    const MessageParams params{
        {"plan", r.plan_name}, {"contract", contract->number}, {"@reason", "backupsvc.reason.reported"}};
    if (ports_.open_ticket) {
      COLO_TRY(auto number,
               ports_.open_ticket(tx, r.customer_id, "backup-run-" + std::to_string(r.id),
                                  i18n::render_or(kTicketLanguage, "backupsvc.ticket.run_failed", params, r.job_name)));
      r.ticket_number = number;
      COLO_CHECK(store::finish_run(tx, r));
    }
    COLO_CHECK(
        notify::notify(tx, clock_,
                       notify::keyed(notify::Audience::staff_role("operations"), "backupsvc.run.failed",
                                     "notice.backupsvc.run_failed", params, "/backups/runs/" + std::to_string(r.id))));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kRunObject, std::to_string(r.id), "report", nullptr, run_audit(r), r.customer_id}));
  COLO_CHECK(tx.commit());
  return r;
}

// ---- the runner ----

Result<RunnerReport> Service::run_due() {
  RunnerReport report;
  const auto now = clock_.now();
  const auto now_text = format_instant(now);
  std::vector<std::pair<Plan, Run>> work;
  std::vector<Plan> due, tests;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(due, store::due_plans(tx, now_text, kDueBatch));
    // A plan whose last test is older than its period: `before` is the earliest cut-off (one day);
    // restore_test_due decides per plan.
    COLO_TRY(tests, store::restore_test_candidates(tx, format_instant(now - std::chrono::hours(24)), kDueBatch));
  }
  for (const auto& p : due) {
    const auto slot = *p.next_run_at;
    const auto next = format_instant(next_due(p.schedule_kind, p.interval_minutes, p.daily_at, now, clock_.calendar()));
    // The slot moves on in the same step as it is claimed by whichever runner gets there first.
    bool moved = false;
    {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(moved, store::advance_plan(tx, p.id, slot, next));
      COLO_CHECK(tx.commit());
    }
    if (!moved) continue;
    COLO_TRY(auto claimed, claim(p, "backup", slot, "backup-service"));
    if (claimed) work.emplace_back(p, std::move(*claimed));
  }
  for (const auto& p : tests) {
    if (!restore_test_due(p.last_restore_test_at, p.restore_test_days, now)) continue;
    // One test per plan and business day, whichever runner claims it.
    const auto slot = format_date(clock_.calendar().date_of(now));
    COLO_TRY(auto claimed, claim(p, "restore_test", slot, "backup-service"));
    if (claimed) work.emplace_back(p, std::move(*claimed));
  }
  std::mutex mu;
  std::size_t next_item = 0;
  auto worker = [&] {
    for (;;) {
      std::pair<Plan, Run>* item = nullptr;
      {
        std::lock_guard lock(mu);
        if (next_item >= work.size()) return;
        item = &work[next_item++];
      }
      const auto& [p, claimed] = *item;
      Run done = claimed.kind == "restore_test" ? execute_restore_test(p, claimed) : execute_backup(p, claimed);
      auto finished = finish(p, std::move(done));
      std::lock_guard lock(mu);
      ++report.started;
      if (claimed.kind == "restore_test") ++report.restore_tests;
      if (!finished.ok()) {
        spdlog::error("backup-service: run {} not recorded: {}", claimed.id, finished.error().message);
        ++report.failed;
      } else if (finished->status == "succeeded") {
        ++report.succeeded;
      } else {
        ++report.failed;
      }
    }
  };
  {
    std::vector<std::jthread> threads;
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(options_.max_concurrent), work.size());
    for (std::size_t i = 0; i < n; ++i) threads.emplace_back(worker);
  }
  return report;
}

// ---- restores ----

Result<db::Counted<Restore>> Service::restores(const Context& ctx, const RestoreFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_restores(tx, ctx, f);
}

Result<Restore> Service::restore(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto x, store::find_restore(tx, id));
  if (!x || !ctx.sees(x->customer_id)) return Error::not_found("Restore request");
  return std::move(*x);
}

Result<Restore> Service::request_restore(const Context& ctx, const RestoreInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto p, load_plan(tx, ctx, in.plan_id));
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < in.paths.size(); ++i)
    if (in.paths[i].empty() || in.paths[i][0] != '/')
      errors.push_back({"paths/" + std::to_string(i),
                        "backupsvc.plan.path_not_absolute",
                        "An absolute path inside the snapshot.",
                        {},
                        {}});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (in.target_kind == "original" && p.source_kind != "paths")
    return Error::unprocessable(
        "backupsvc.restore.target_required", "A dump is restored to a path, not to its original place.",
        {{"target_kind", "backupsvc.restore.target_required", "Give a path to restore to.", {}, {}}});
  if (in.target_kind == "path") {
    COLO_TRY(auto roots, store::plan_roots(tx));
    std::vector<std::string> own, foreign;
    for (const auto& [customer, root] : roots) (customer == p.customer_id ? own : foreign).push_back(root);
    if (auto problem = restore_target_problem(in.target_path, own, foreign)) return foreign_target(*problem);
  }
  Restore x;
  x.plan_id = p.id;
  x.plan_name = p.name;
  x.customer_id = p.customer_id;
  x.snapshot_id = in.snapshot_id;
  x.paths = in.paths;
  x.target_kind = in.target_kind;
  x.target_path = in.target_kind == "path" ? in.target_path : "/";
  x.status = "requested";
  x.note = in.note;
  x.requested_by = actor(ctx);
  x.requested_at = format_instant(clock_.now());
  COLO_TRY(x.id, store::insert_restore(tx, x));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kRestoreObject, std::to_string(x.id), "request", nullptr, restore_audit(x), x.customer_id}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::staff_role("operations"), "backupsvc.restore.requested",
                    "notice.backupsvc.restore_requested", {{"plan", p.name}, {"contract", p.contract_number}},
                    "/backups/restores/" + std::to_string(x.id))));
  COLO_CHECK(tx.commit());
  return x;
}

Result<Restore> Service::decide_restore(const Context& ctx, std::int64_t id, bool approve, const std::string& note) {
  if (!staff(ctx)) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto x, store::find_restore(tx, id));
  if (!x) return Error::not_found("Restore request");
  if (x->status != "requested")
    return Error::conflict("backupsvc.restore.not_requested", "The restore request has been decided already.");
  const auto before = restore_audit(*x);
  x->status = approve ? "approved" : "rejected";
  x->decided_by = actor(ctx);
  x->decided_at = format_instant(clock_.now());
  x->decision_note = note;
  COLO_TRY(bool moved, store::update_restore(tx, *x, "requested"));
  if (!moved)
    return Error::conflict("backupsvc.restore.not_requested", "The restore request has been decided already.");
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kRestoreObject, std::to_string(id), approve ? "approve" : "reject", before, restore_audit(*x), x->customer_id}));
  COLO_CHECK(
      notify::notify(tx, clock_,
                     notify::keyed(notify::Audience::customer(x->customer_id), "backupsvc.restore.decided",
                                   approve ? "notice.backupsvc.restore_approved" : "notice.backupsvc.restore_rejected",
                                   {{"plan", x->plan_name}}, "/portal/backups/restores/" + std::to_string(id), note)));
  COLO_CHECK(tx.commit());
  return std::move(*x);
}

Result<Restore> Service::execute_restore(const Context& ctx, std::int64_t id) {
  if (!staff(ctx)) return Error::forbidden();
  Restore x;
  Plan p;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto found, store::find_restore(tx, id));
    if (!found) return Error::not_found("Restore request");
    if (found->status != "approved")
      return Error::conflict("backupsvc.restore.not_approved", "Only an approved restore is executed.");
    x = std::move(*found);
    COLO_TRY(p, load_plan(tx, ctx, x.plan_id));
    // Taken by this executor before the tool runs, so that a second request does not restore twice.
    x.status = "running";
    x.executed_at = format_instant(clock_.now());
    COLO_TRY(bool moved, store::update_restore(tx, x, "approved"));
    if (!moved) return Error::conflict("backupsvc.restore.not_approved", "Only an approved restore is executed.");
    COLO_CHECK(tx.commit());
  }
  const auto repo = repository_of(p);
  auto restored = backupsvc::restore(repo, x.snapshot_id, x.target_path, x.paths);
  if (!restored.ok()) {
    x.status = "failed";
    x.failure_reason = failure_reason(restored.output, restored.timed_out);
    x.verification = tail_of(restored.output, kLogExcerpt);
  } else {
    auto v = verify_restore(repo, x.snapshot_id, x.target_path, x.paths);
    x.status = v.ok ? "verified" : "failed";
    if (!v.ok) x.failure_reason = v.timed_out ? "timeout" : "verification_failed";
    x.files_verified = v.files;
    x.bytes_restored = v.bytes;
    x.verification = v.ok ? v.summary : v.summary + "\n" + tail_of(v.log, kLogExcerpt);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(bool moved, store::update_restore(tx, x, "running"));
  if (!moved) return Error::conflict("backupsvc.restore.not_approved", "Only an approved restore is executed.");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kRestoreObject, std::to_string(id), "execute", nullptr, restore_audit(x), x.customer_id}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::customer(x.customer_id), "backupsvc.restore.executed",
                    x.status == "verified" ? "notice.backupsvc.restore_verified" : "notice.backupsvc.restore_failed",
                    {{"plan", x.plan_name}}, "/portal/backups/restores/" + std::to_string(id))));
  COLO_CHECK(tx.commit());
  return x;
}

Result<Restore> Service::confirm_restore(const Context& ctx, std::int64_t id, const std::string& note) {
  if (staff(ctx)) return Error::forbidden("The customer confirms its restore.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto x, store::find_restore(tx, id));
  if (!x || !ctx.sees(x->customer_id)) return Error::not_found("Restore request");
  if (x->status != "verified")
    return Error::conflict("backupsvc.restore.not_verified", "Only a verified restore is confirmed.");
  x->status = "confirmed";
  x->confirmed_by = actor(ctx);
  x->confirmed_at = format_instant(clock_.now());
  x->confirmation_note = note;
  COLO_TRY(bool moved, store::update_restore(tx, *x, "verified"));
  if (!moved) return Error::conflict("backupsvc.restore.not_verified", "Only a verified restore is confirmed.");
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kRestoreObject, std::to_string(id), "confirm", nullptr, restore_audit(*x), x->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*x);
}

// ---- compliance ----

Result<BackupCompliance> Service::compliance(Instant from, Instant to) {
  BackupCompliance out;
  const auto length = to - from;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(out.current, store::run_counts(tx, format_instant(from), format_instant(to)));
  COLO_TRY(out.previous, store::run_counts(tx, format_instant(from - length), format_instant(from)));
  return out;
}

}  // namespace colo::backupsvc
