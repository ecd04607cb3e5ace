// Routes of the backup service: plans, runs (with reported runs of other engines) and restore
// requests through their steps.
#include "backupsvc/routes.hpp"

#include <boost/json.hpp>

#include "backupsvc/render.hpp"
#include "backupsvc/service.hpp"
#include "backupsvc/store.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::backupsvc {

namespace json = boost::json;
using http::Request;

namespace {

constexpr auto plan_shape = [](auto& w, const Plan& p) { write_plan(w, p); };
constexpr auto run_shape = [](auto& w, const Run& r) { write_run(w, r); };
constexpr auto restore_shape = [](auto& w, const Restore& x) { write_restore(w, x); };

constexpr const char* kTag = "backups";
constexpr const char* kRead = "backups.read";
constexpr const char* kWrite = "backups.write";
constexpr const char* kRequest = "backups.restore_request";
constexpr const char* kApprove = "backups.restore_approve";
constexpr const char* kReport = "backups.report";

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object strings_prop() { return {{"type", "array"}, {"items", prop("string")}}; }
json::object enum_prop(const std::vector<std::string>& values) { return {{"enum", json::value_from(values)}}; }

const json::value kPlanSchema = json::object{
    {"type", "object"},
    {"properties",
     json::object{{"contract_id", prop("integer")},
                  {"name", prop("string")},
                  {"source_kind", enum_prop(kSourceKinds)},
                  {"paths", strings_prop()},
                  {"dump_command", strings_prop()},
                  {"dump_filename", prop("string")},
                  {"ssh_host", prop("string")},
                  {"ssh_port", prop("integer")},
                  {"ssh_user", prop("string")},
                  {"ssh_key", prop("string")},
                  {"schedule_kind", enum_prop(kScheduleKinds)},
                  {"interval_minutes", prop("integer")},
                  {"daily_at", prop("string")},
                  {"retention", json::object{{"type", "object"},
                                             {"properties", json::object{{"keep_last", prop("integer")},
                                                                         {"keep_daily", prop("integer")},
                                                                         {"keep_weekly", prop("integer")},
                                                                         {"keep_monthly", prop("integer")}}}}},
                  {"repository", prop("string")},
                  {"location", prop("string")},
                  {"repository_password", prop("string")},
                  {"restore_test_days", prop("integer")},
                  {"timeout_minutes", prop("integer")},
                  {"status", enum_prop(kPlanStates)}}},
    {"required",
     json::array{"contract_id", "name", "source_kind", "schedule_kind", "retention", "repository", "location"}}};

const json::value kReportSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"contract_id", prop("integer")},
                                             {"plan_id", prop("integer")},
                                             {"engine", enum_prop(kReportedEngines)},
                                             {"job_name", prop("string")},
                                             {"status", enum_prop(kReportedRunStates)},
                                             {"started_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"ended_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"files", prop("integer")},
                                             {"bytes_processed", prop("integer")},
                                             {"bytes_added", prop("integer")},
                                             {"snapshot_id", prop("string")},
                                             {"log_excerpt", prop("string")}}},
                 {"required", json::array{"contract_id", "engine", "job_name", "status", "started_at", "ended_at"}}};

const json::value kRestoreSchema = json::object{{"type", "object"},
                                                {"properties", json::object{{"plan_id", prop("integer")},
                                                                            {"snapshot_id", prop("string")},
                                                                            {"paths", strings_prop()},
                                                                            {"target_kind", enum_prop(kRestoreTargets)},
                                                                            {"target_path", prop("string")},
                                                                            {"note", prop("string")}}},
                                                {"required", json::array{"plan_id", "snapshot_id", "target_kind"}}};

const json::value kNoteSchema =
    json::object{{"type", "object"}, {"properties", json::object{{"note", prop("string")}}}};

std::vector<std::string> read_strings(http::JsonBody& b, std::string_view key, std::size_t max_items,
                                      std::size_t max_len) {
  std::vector<std::string> out;
  const auto* items = b.array(key);
  if (!items) return out;
  if (items->size() > max_items) b.error(key, "too_many", "At most " + std::to_string(max_items) + ".");
  for (std::size_t i = 0; i < items->size(); ++i) {
    const auto& v = (*items)[i];
    if (!v.is_string() || v.as_string().empty() || v.as_string().size() > max_len)
      b.error(std::string(key) + "/" + std::to_string(i), "type",
              "Expected a text of 1 to " + std::to_string(max_len) + " characters.");
    else
      out.emplace_back(v.as_string());
  }
  return out;
}

PlanInput read_plan(http::JsonBody& b) {
  PlanInput in;
  in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
  in.name = b.string("name", {.required = true, .min = 1, .max = 200}).value_or("");
  in.source_kind = b.choice("source_kind", kSourceKinds, true).value_or("");
  in.paths = read_strings(b, "paths", 50, 1000);
  in.dump_command = read_strings(b, "dump_command", 50, 1000);
  in.dump_filename = b.string("dump_filename", {.max = 200}).value_or("");
  in.ssh_host = b.string("ssh_host", {.max = 253}).value_or("");
  in.ssh_port = static_cast<int>(b.integer("ssh_port", {.min = 1, .max = 65535}).value_or(22));
  in.ssh_user = b.string("ssh_user", {.max = 100}).value_or("");
  in.ssh_key = b.string("ssh_key", {.max = 20000, .trim = false});
  in.schedule_kind = b.choice("schedule_kind", kScheduleKinds, true).value_or("");
  in.interval_minutes = static_cast<int>(b.integer("interval_minutes", {.min = 0, .max = 100000}).value_or(0));
  in.daily_at = b.string("daily_at", {.max = 5}).value_or("");
  if (const auto* r = b.object("retention", true)) {
    auto keep = [&](const char* name) -> int {
      const auto* v = r->if_contains(name);
      if (!v || v->is_null()) return 0;
      if (!v->is_int64() || v->as_int64() < 0 || v->as_int64() > 1000) {
        b.error(std::string("retention/") + name, "backupsvc.plan.keep", "Between 0 and 1000.");
        return 0;
      }
      return static_cast<int>(v->as_int64());
    };
    for (const auto& [k, v] : *r)
      if (k != "keep_last" && k != "keep_daily" && k != "keep_weekly" && k != "keep_monthly")
        b.error("retention/" + std::string(k), "unknown", "Unknown field.");
    in.retention = {keep("keep_last"), keep("keep_daily"), keep("keep_weekly"), keep("keep_monthly")};
  }
  in.repository = b.string("repository", {.required = true, .min = 1, .max = 1000}).value_or("");
  in.location = b.string("location", {.required = true, .min = 1, .max = 500}).value_or("");
  in.repository_password = b.string("repository_password", {.max = 500, .trim = false});
  in.restore_test_days = static_cast<int>(b.integer("restore_test_days", {.min = 0, .max = 366}).value_or(0));
  in.timeout_minutes = static_cast<int>(b.integer("timeout_minutes", {.min = 1, .max = 1440}).value_or(60));
  in.status = b.choice("status", kPlanStates).value_or("active");
  b.finish();
  return in;
}

std::string read_note(Request& req) {
  http::JsonBody b(req);
  auto note = b.string("note", {.max = 2000}).value_or("");
  b.finish();
  return note;
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/backups/plans",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PlanFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kPlanStates);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.contract_id = q.integer("contract_id", {.min = 1});
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.plans(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, plan_shape));
                  },
              .summary = "Backup plans (customers: their own).",
              .tag = kTag,
              .permission = kRead,
              .query = http::list_docs(store::kPlanList,
                                       {{"status", "string", "State.", kPlanStates},
                                        {"customer", "integer", "The customer's plans (staff)."},
                                        {"contract_id", "integer", "The contract's plans."}},
                                       {.q = "Part of the name, contract number or location."}),
              .response_schema = shape::page_of<Plan>("BackupPlan", plan_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/backups/plans",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_plan(b);
                    auto p = svc.create_plan(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(p, plan_shape), 201);
                  },
              .summary = "Create a backup plan for a contract: what (paths or a dump command), schedule, retention, "
                         "the restic repository, its location and password (sealed), restore tests.",
              .tag = kTag,
              .permission = kWrite,
              .request_schema = kPlanSchema,
              .response_schema = shape::schema_of<Plan>("BackupPlan", plan_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/backups/plans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.plan(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "One backup plan.",
              .tag = kTag,
              .permission = kRead,
              .response_schema = shape::schema_of<Plan>("BackupPlan", plan_shape)});
  router.add({.method = "PUT",
              .pattern = "/api/v1/backups/plans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_plan(b);
                    auto p = svc.update_plan(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "Edit a backup plan (the password is kept when left out).",
              .tag = kTag,
              .permission = kWrite,
              .request_schema = kPlanSchema,
              .response_schema = shape::schema_of<Plan>("BackupPlan", plan_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/backups/plans/{id}/run",
              .handler =
                  [&svc](Request& req) {
                    auto r = svc.run_now(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(r, run_shape), 201);
                  },
              .summary = "Run the plan's backup now; answers the finished run (failed runs alert and open a ticket).",
              .tag = kTag,
              .permission = kWrite,
              .response_schema = shape::schema_of<Run>("BackupRun", run_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/backups/plans/{id}/restore-test",
              .handler =
                  [&svc](Request& req) {
                    auto r = svc.test_restore_now(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(r, run_shape), 201);
                  },
              .summary = "Test a restore of the plan's latest snapshot now (into a scratch directory, verified, "
                         "removed); answers the run.",
              .tag = kTag,
              .permission = kWrite,
              .response_schema = shape::schema_of<Run>("BackupRun", run_shape),
              .success_status = 201});

  router.add({.method = "GET",
              .pattern = "/api/v1/backups/runs",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    RunFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kRunStates);
                    f.engine = q.choice("engine", kEngines);
                    f.kind = q.choice("kind", kRunKinds);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.plan_id = q.integer("plan_id", {.min = 1});
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.runs(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, run_shape));
                  },
              .summary = "Backup runs, newest first (customers: their own).",
              .tag = kTag,
              .permission = kRead,
              .query = http::list_docs(store::kRunList,
                                       {{"status", "string", "Result.", kRunStates},
                                        {"engine", "string", "Engine.", kEngines},
                                        {"kind", "string", "Backup or restore test.", kRunKinds},
                                        {"customer", "integer", "The customer's runs (staff)."},
                                        {"plan_id", "integer", "The plan's runs."}},
                                       {.q = "Part of the plan or job name, or the snapshot id."}),
              .response_schema = shape::page_of<Run>("BackupRun", run_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/backups/runs/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto r = svc.run(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(r, run_shape));
                  },
              .summary = "One backup run with its log excerpt.",
              .tag = kTag,
              .permission = kRead,
              .response_schema = shape::schema_of<Run>("BackupRun", run_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/backups/runs/reported",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ReportedRun in;
                    in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
                    in.plan_id = b.integer("plan_id", {.min = 1});
                    in.engine = b.choice("engine", kReportedEngines, true).value_or("");
                    in.job_name = b.string("job_name", {.required = true, .min = 1, .max = 200}).value_or("");
                    in.status = b.choice("status", kReportedRunStates, true).value_or("");
                    if (auto t = b.instant("started_at", true)) in.started_at = format_instant(*t);
                    if (auto t = b.instant("ended_at", true)) in.ended_at = format_instant(*t);
                    in.files = b.integer("files", {.min = 0});
                    in.bytes_processed = b.integer("bytes_processed", {.min = 0});
                    in.bytes_added = b.integer("bytes_added", {.min = 0});
                    in.snapshot_id = b.string("snapshot_id", {.max = 200});
                    in.log_excerpt = b.string("log_excerpt", {.max = 20000, .trim = false}).value_or("");
                    b.finish();
                    auto r = svc.report_run(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(r, run_shape), 201);
                  },
              .summary = "Report a finished run of an engine Colo does not drive (Veeam, Bacula) into the same "
                         "records; a failed one alerts and opens a ticket.",
              .tag = kTag,
              .permission = kReport,
              .request_schema = kReportSchema,
              .response_schema = shape::schema_of<Run>("BackupRun", run_shape),
              .success_status = 201});

  router.add({.method = "GET",
              .pattern = "/api/v1/backups/restores",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    RestoreFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kRestoreStates);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.plan_id = q.integer("plan_id", {.min = 1});
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.restores(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, restore_shape));
                  },
              .summary = "Restore requests (customers: their own).",
              .tag = kTag,
              .permission = kRead,
              .query = http::list_docs(store::kRestoreList,
                                       {{"status", "string", "State.", kRestoreStates},
                                        {"customer", "integer", "The customer's requests (staff)."},
                                        {"plan_id", "integer", "The plan's requests."}},
                                       {.q = "Part of the plan name, snapshot id or target path."}),
              .response_schema = shape::page_of<Restore>("BackupRestore", restore_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/backups/restores",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    RestoreInput in;
                    in.plan_id = b.integer("plan_id", {.required = true, .min = 1}).value_or(0);
                    in.snapshot_id = b.string("snapshot_id", {.required = true, .min = 1, .max = 64}).value_or("");
                    in.paths = read_strings(b, "paths", 100, 1000);
                    in.target_kind = b.choice("target_kind", kRestoreTargets, true).value_or("");
                    in.target_path = b.string("target_path", {.max = 1000}).value_or("");
                    if (in.target_kind == "path" && in.target_path.empty())
                      b.error("target_path", "required", "Where to restore to.");
                    in.note = b.string("note", {.max = 2000}).value_or("");
                    b.finish();
                    auto x = svc.request_restore(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(x, restore_shape), 201);
                  },
              .summary = "Request a restore: plan, snapshot, paths, and the original place or another path of the "
                         "customer's own (another customer's: 422). Operations is told.",
              .tag = kTag,
              .permission = kRequest,
              .request_schema = kRestoreSchema,
              .response_schema = shape::schema_of<Restore>("BackupRestore", restore_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/backups/restores/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto x = svc.restore(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(x, restore_shape));
                  },
              .summary = "One restore request with every step.",
              .tag = kTag,
              .permission = kRead,
              .response_schema = shape::schema_of<Restore>("BackupRestore", restore_shape)});
  auto step = [&](const char* path, const char* summary, const char* permission, auto act) {
    router.add({.method = "POST",
                .pattern = std::string("/api/v1/backups/restores/{id}/") + path,
                .handler =
                    [&svc, act](Request& req) {
                      auto id = http::id_param(req);
                      auto note = read_note(req);
                      auto x = act(svc, http::context_of(req), id, note).take();
                      return http::json_response(shape::value_of(x, restore_shape));
                    },
                .summary = summary,
                .tag = kTag,
                .permission = permission,
                .request_schema = kNoteSchema,
                .response_schema = shape::schema_of<Restore>("BackupRestore", restore_shape)});
  };
  step("approve", "Approve a requested restore (operations).", kApprove,
       [](Service& s, const Context& ctx, std::int64_t id, const std::string& note) {
         return s.decide_restore(ctx, id, true, note);
       });
  step("reject", "Reject a requested restore with a reason (operations).", kApprove,
       [](Service& s, const Context& ctx, std::int64_t id, const std::string& note) {
         return s.decide_restore(ctx, id, false, note);
       });
  step("execute", "Execute an approved restore and verify it (restic check, sizes and SHA-256 against the snapshot).",
       kApprove,
       [](Service& s, const Context& ctx, std::int64_t id, const std::string&) { return s.execute_restore(ctx, id); });
  step("confirm", "The customer confirms a verified restore.", kRequest,
       [](Service& s, const Context& ctx, std::int64_t id, const std::string& note) {
         return s.confirm_restore(ctx, id, note);
       });
}

}  // namespace colo::backupsvc
