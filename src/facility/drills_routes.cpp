// Routes of emergency plans and drills: plans with their versions, the drill calendar, drill
// records (participants, timeline, findings), follow-up actions and the yearly report.
#include "facility/drills_routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "documents/pdf.hpp"
#include "facility/drills.hpp"
#include "facility/drills_rules.hpp"
#include "facility/drills_store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

constexpr const char* kRead = "facility.drills.read";
constexpr const char* kWrite = "facility.drills.write";

template <typename W>
void write_plan(W& w, const EmergencyPlan& p, bool detail) {
  w.field("id", p.id);
  w.field("scenario", p.scenario, kDrillScenarios);
  w.field("title", p.title);
  w.field("owner", p.owner);
  w.field("version", p.version);
  w.field("last_held_on", p.last_held_on);
  w.field("needs_drill", p.needs_drill);
  w.field("created_at", p.created_at);
  w.field("updated_at", p.updated_at);
  w.when(detail, [&] {
    w.array("versions", "EmergencyPlanVersion", p.versions, [&](const EmergencyPlanVersion& v) {
      w.field("version", v.version);
      w.field("body", v.body);
      w.field("owner", v.owner);
      w.field("created_by", v.created_by);
      w.field("created_at", v.created_at);
      w.field("superseded_at", v.superseded_at);
    });
  });
}

template <typename W>
void write_drill(W& w, const Drill& d, bool detail) {
  w.field("id", d.id);
  w.field("plan_id", d.plan_id);
  w.field("plan_title", d.plan_title);
  w.field("scenario", d.scenario, kDrillScenarios);
  w.field("plan_version", d.plan_version);
  w.field("title", d.title);
  w.field("scheduled_on", d.scheduled_on);
  w.field("status", d.status, kDrillStatuses);
  w.field("held_on", d.held_on);
  w.strings("participants", d.participants);
  w.field("open_actions", d.open_actions);
  w.field("created_by", d.created_by);
  w.field("created_at", d.created_at);
  w.when(detail, [&] {
    w.array("entries", "DrillEntry", d.entries, [&](const DrillEntry& e) {
      w.field("id", e.id);
      w.field("kind", e.kind, kDrillEntryKinds);
      w.field("at", e.at);
      w.field("text", e.text);
      w.field("created_by", e.created_by);
    });
    w.array("actions", "DrillAction", d.actions, [&](const DrillAction& a) {
      w.field("id", a.id);
      w.field("text", a.text);
      w.field("owner", a.owner);
      w.field("due_on", a.due_on);
      w.field("status", a.status, kDrillActionStatuses);
      w.field("overdue", a.overdue);
      w.field("closed_by", a.closed_by);
      w.field("closed_at", a.closed_at);
      w.field("closing_note", a.closing_note);
    });
  });
}

constexpr auto plan_shape = [](auto& w, const EmergencyPlan& p) { write_plan(w, p, true); };
constexpr auto plan_brief = [](auto& w, const EmergencyPlan& p) { write_plan(w, p, false); };
constexpr auto drill_shape = [](auto& w, const Drill& d) { write_drill(w, d, true); };
constexpr auto drill_brief = [](auto& w, const Drill& d) { write_drill(w, d, false); };
constexpr auto report_shape = [](auto& w, const DrillReport& r) {
  w.field("year", r.year);
  w.array("plans", "DrillReportLine", r.plans, [&](const DrillReportLine& l) {
    w.object("plan", "EmergencyPlanBrief", [&] { write_plan(w, l.plan, false); });
    w.field("scheduled", l.scheduled);
    w.field("held", l.held);
    w.field("findings", l.findings);
    w.field("actions_open", l.actions_open);
    w.field("actions_closed", l.actions_closed);
  });
  w.array("drills", "DrillBrief", r.drills, [&](const Drill& d) { write_drill(w, d, false); });
};

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object date_prop() { return {{"type", "string"}, {"format", "date"}}; }
json::value schema(json::object props, json::array required) {
  return json::object{{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}};
}

const json::value kPlanSchema = schema({{"scenario", json::object{{"enum", json::value_from(kDrillScenarios)}}},
                                        {"title", prop("string")},
                                        {"owner", prop("string")},
                                        {"body", prop("string")}},
                                       {"scenario", "title", "owner", "body"});
const json::value kVersionSchema = schema({{"body", prop("string")}, {"owner", prop("string")}}, {"body"});
const json::value kDrillSchema =
    schema({{"plan_id", prop("integer")}, {"title", prop("string")}, {"scheduled_on", date_prop()}},
           {"plan_id", "title", "scheduled_on"});
const json::value kRecordSchema =
    schema({{"held_on", date_prop()}, {"participants", json::object{{"type", "array"}, {"items", prop("string")}}}},
           {"held_on", "participants"});
const json::value kEntrySchema = schema({{"kind", json::object{{"enum", json::value_from(kDrillEntryKinds)}}},
                                         {"at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                         {"text", prop("string")}},
                                        {"kind", "text"});
const json::value kActionSchema =
    schema({{"text", prop("string")}, {"owner", prop("string")}, {"due_on", date_prop()}}, {"text", "owner", "due_on"});
const json::value kCloseSchema = schema({{"note", prop("string")}}, {"note"});

http::Response drill_answer(const Drill& d) { return http::json_response(shape::value_of(d, drill_shape)); }

// The yearly report as the printed document: each plan with its own drills of the year, the
// findings and the follow-up actions still open read from each drill held.
Result<documents::DrillPlanReport> report_document(DrillsService& svc, const Context& ctx, const DrillReport& r,
                                                   const std::string& language) {
  documents::DrillPlanReport doc;
  doc.language = language;
  doc.year = r.year;
  doc.issued_on = format_date(svc.today());
  for (const auto& line : r.plans) {
    documents::DrillReportPlan p;
    p.scenario = line.plan.scenario;
    p.title = line.plan.title;
    p.owner = line.plan.owner;
    p.version = line.plan.version;
    p.last_held_on = line.plan.last_held_on.value_or("");
    p.needs_drill = line.plan.needs_drill;
    for (const auto& brief : r.drills) {
      if (brief.plan_id != line.plan.id) continue;
      documents::DrillReportDrill d;
      d.title = brief.title;
      d.status = brief.status;
      d.scheduled_on = brief.scheduled_on;
      d.held_on = brief.held_on.value_or("");
      if (brief.status == "held") {
        COLO_TRY(auto full, svc.drill(ctx, brief.id));
        for (const auto& e : full.entries)
          if (e.kind == "finding") d.findings.push_back(e.text);
        for (const auto& a : full.actions)
          if (a.status == "open") d.open_actions.push_back({a.text, a.owner, a.due_on, a.overdue});
      }
      p.drills.push_back(std::move(d));
    }
    doc.plans.push_back(std::move(p));
  }
  return doc;
}

// A link opened from the console names its language; otherwise Accept-Language.
std::string language_of(const Request& req) {
  if (auto q = req.query_param("lang"); q && (*q == "zh-CN" || *q == "en-US")) return std::string(*q);
  return req.lang;
}

}  // namespace

void add_drill_routes(http::Router& router, DrillsService& svc) {
  const auto drill_schema = shape::schema_of<Drill>("Drill", drill_shape);
  const auto plan_schema = shape::schema_of<EmergencyPlan>("EmergencyPlan", plan_shape);
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/plans",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    EmergencyPlanFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.scenario = q.choice("scenario", kDrillScenarios);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.plans(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, plan_brief));
                  },
              .summary = "Emergency plans, each flagged when no drill was held in twelve months.",
              .tag = "facility",
              .permission = kRead,
              .query = http::list_docs(store::kPlanList, {{"scenario", "string", "Scenario.", kDrillScenarios}},
                                       {.q = "Part of the title or owner."}),
              .response_schema = shape::page_of<EmergencyPlan>("EmergencyPlanBrief", plan_brief)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/plans",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    EmergencyPlanInput in;
                    in.scenario = b.choice("scenario", kDrillScenarios, true).value_or("");
                    in.title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
                    in.owner = b.string("owner", {.required = true, .min = 1, .max = 100}).value_or("");
                    in.body = b.string("body", {.required = true, .min = 1, .max = 100000, .trim = false}).value_or("");
                    b.finish();
                    auto p = svc.create_plan(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(p, plan_shape), 201);
                  },
              .summary = "A new emergency plan for a scenario, with its first version.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kPlanSchema,
              .response_schema = plan_schema,
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/plans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.plan(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "An emergency plan with every version, newest first.",
              .tag = "facility",
              .permission = kRead,
              .response_schema = plan_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/plans/{id}/versions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto body = b.string("body", {.required = true, .min = 1, .max = 100000, .trim = false});
                    auto owner = b.string("owner", {.min = 1, .max = 100});
                    b.finish();
                    auto p = svc.revise_plan(http::context_of(req), id, *body, owner).take();
                    return http::json_response(shape::value_of(p, plan_shape), 201);
                  },
              .summary = "A new version of the plan; the one before is superseded, never edited.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kVersionSchema,
              .response_schema = plan_schema,
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/drills",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    DrillFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kDrillStatuses);
                    f.scenario = q.choice("scenario", kDrillScenarios);
                    if (auto y = q.integer("year", {.min = 2000, .max = 2100})) f.year = static_cast<int>(*y);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.drills(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, drill_brief));
                  },
              .summary = "The drill calendar.",
              .tag = "facility",
              .permission = kRead,
              .query = http::list_docs(store::kDrillList,
                                       {{"status", "string", "Status.", kDrillStatuses},
                                        {"scenario", "string", "Scenario.", kDrillScenarios},
                                        {"year", "integer", "Scheduled in this year."}},
                                       {.q = "Part of the drill's or plan's title."}),
              .response_schema = shape::page_of<Drill>("DrillBrief", drill_brief)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/drills",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto plan = b.integer("plan_id", {.required = true, .min = 1});
                    auto title = b.string("title", {.required = true, .min = 1, .max = 200});
                    auto on = b.date("scheduled_on", true);
                    b.finish();
                    auto d = svc.schedule(http::context_of(req), *plan, *title, *on).take();
                    return http::json_response(shape::value_of(d, drill_shape), 201);
                  },
              .summary = "Schedule a drill of a plan on the calendar.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kDrillSchema,
              .response_schema = drill_schema,
              .success_status = 201});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/facility/drills/{id}",
       .handler =
           [&svc](Request& req) { return drill_answer(svc.drill(http::context_of(req), http::id_param(req)).take()); },
       .summary = "A drill with its timeline, findings and follow-up actions.",
       .tag = "facility",
       .permission = kRead,
       .response_schema = drill_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/drills/{id}/record",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto on = b.date("held_on", true);
                    std::vector<std::string> people;
                    if (const auto* a = b.array("participants", true)) {
                      if (a->size() > 200) b.error("participants", "too_many", "At most 200.");
                      for (std::size_t i = 0; i < a->size(); ++i) {
                        const auto& v = (*a)[i];
                        if (!v.is_string() || v.as_string().empty() || v.as_string().size() > 100)
                          b.error("participants/" + std::to_string(i), "type", "A name of at most 100 characters.");
                        else
                          people.emplace_back(v.as_string());
                      }
                    }
                    b.finish();
                    return drill_answer(svc.record(http::context_of(req), id, *on, people).take());
                  },
              .summary = "Record a scheduled drill as held, with its participants (the plan's version in force is "
                         "the one drilled).",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kRecordSchema,
              .response_schema = drill_schema});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/facility/drills/{id}/cancel",
       .handler =
           [&svc](Request& req) { return drill_answer(svc.cancel(http::context_of(req), http::id_param(req)).take()); },
       .summary = "Cancel a scheduled drill.",
       .tag = "facility",
       .permission = kWrite,
       .response_schema = drill_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/drills/{id}/entries",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto kind = b.choice("kind", kDrillEntryKinds, true);
                    std::string at;
                    if (auto t = b.instant("at")) at = format_instant(*t);
                    auto text = b.string("text", {.required = true, .min = 1, .max = 4000});
                    b.finish();
                    return drill_answer(svc.add_entry(http::context_of(req), id, *kind, at, *text).take());
                  },
              .summary = "A timeline entry or a finding of a held drill.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kEntrySchema,
              .response_schema = drill_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/drills/{id}/actions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto text = b.string("text", {.required = true, .min = 1, .max = 1000});
                    auto owner = b.string("owner", {.required = true, .min = 1, .max = 100});
                    auto due = b.date("due_on", true);
                    b.finish();
                    return drill_answer(svc.add_action(http::context_of(req), id, *text, *owner, *due).take());
                  },
              .summary = "A follow-up action of a held drill, with its owner and due date.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kActionSchema,
              .response_schema = drill_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/drill-actions/{id}/close",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto note = b.string("note", {.required = true, .min = 1, .max = 2000});
                    b.finish();
                    return drill_answer(svc.close_action(http::context_of(req), id, *note).take());
                  },
              .summary = "Close a follow-up action with what was done; answers its drill.",
              .tag = "facility",
              .permission = kWrite,
              .request_schema = kCloseSchema,
              .response_schema = drill_schema});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/drill-report",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto year = q.integer("year", {.required = true, .min = 2000, .max = 2100});
                    q.finish();
                    auto r = svc.report(http::context_of(req), static_cast<int>(*year)).take();
                    return http::json_response(shape::value_of(r, report_shape));
                  },
              .summary = "The yearly drill plan report: per plan the drills scheduled and held, findings and "
                         "follow-up actions, and plans without a drill in twelve months; the year's calendar.",
              .tag = "facility",
              .permission = kRead,
              .query = {{"year", "integer", "The year (required)."}},
              .response_schema = shape::schema_of<DrillReport>("DrillReport", report_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/drill-report/pdf",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto year = q.integer("year", {.required = true, .min = 2000, .max = 2100});
                    q.string("lang", 5);
                    q.finish();
                    const auto& ctx = http::context_of(req);
                    auto r = svc.report(ctx, static_cast<int>(*year)).take();
                    auto pdf = documents::render_pdf(report_document(svc, ctx, r, language_of(req)).take()).take();
                    const std::string file_name = "drill-report-" + std::to_string(r.year) + ".pdf";
                    http::Response out;
                    out.status = 200;
                    out.body = std::move(pdf);
                    out.set_header("Content-Type", "application/pdf");
                    out.set_header("Content-Disposition", http::content_disposition("inline", file_name, file_name));
                    out.set_header("Cache-Control", "private, no-store");
                    return out;
                  },
              .summary = "The yearly drill plan report as a PDF in the reader's language: per plan its scenario, "
                         "version and owner, the year's drills with dates, findings and open follow-up actions, "
                         "and plans without a drill in twelve months flagged.",
              .tag = "facility",
              .permission = kRead,
              .query = {{"year", "integer", "The year (required)."},
                        {"lang", "string", "zh-CN or en-US (default: Accept-Language)"}},
              .response_type = "application/pdf"});
}

}  // namespace colo::facility
