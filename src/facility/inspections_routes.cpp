// Routes of patrol inspections: templates (routes of checkpoints), schedules, rounds walked
// checkpoint by checkpoint, photos, history per checkpoint and the trend of a numeric item.
#include "facility/inspections_routes.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "core/shape.hpp"
#include "facility/inspections.hpp"
#include "facility/inspections_store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

template <typename W>
void write_item(W& w, const ChecklistItem& i) {
  w.field("key", i.key);
  w.field("label", i.label);
  w.field("kind", i.kind, kChecklistKinds);
  w.field("unit", i.unit);
  w.field("min", i.min);
  w.field("max", i.max);
}

template <typename W>
void write_checkpoint(W& w, const Checkpoint& c) {
  w.field("key", c.key);
  w.field("name", c.name);
  w.field("kind", c.kind, kCheckpointKinds);
  w.field("ref_id", c.ref_id);
  w.field("qr", c.qr);
  w.array("items", "PatrolItem", c.items, [&](const ChecklistItem& i) { write_item(w, i); });
}

constexpr auto template_shape = [](auto& w, const PatrolTemplate& t) {
  w.field("id", t.id);
  w.field("name", t.name);
  w.field("version", t.version);
  w.array("checkpoints", "PatrolCheckpoint", t.checkpoints, [&](const Checkpoint& c) { write_checkpoint(w, c); });
  w.field("active", t.active);
  w.field("created_by", t.created_by);
  w.field("created_at", t.created_at);
  w.field("updated_at", t.updated_at);
};

constexpr auto schedule_shape = [](auto& w, const PatrolScheduleRow& s) {
  w.field("id", s.id);
  w.field("template_id", s.template_id);
  w.field("template_name", s.template_name);
  w.field("kind", s.kind, kPatrolScheduleKinds);
  w.field("every_hours", s.every_hours);
  w.field("at_time", s.at_time);
  w.field("weekday", s.weekday);
  w.field("starts_on", s.starts_on);
  w.field("grace_minutes", s.grace_minutes);
  w.field("active", s.active);
  w.field("created_by", s.created_by);
  w.field("created_at", s.created_at);
};

template <typename W>
void write_reading(W& w, const PatrolReading& g) {
  w.field("id", g.id);
  w.field("round_id", g.round_id);
  w.field("checkpoint_key", g.checkpoint_key);
  w.field("item_key", g.item_key);
  w.field("ok", g.ok);
  w.field("value", g.value);
  w.field("unit", g.unit);
  w.field("note", g.note);
  w.field("failed", g.failed);
  w.field("recorded_by", g.recorded_by);
  w.field("recorded_at", g.recorded_at);
}

constexpr auto reading_shape = [](auto& w, const PatrolReading& g) { write_reading(w, g); };

template <typename W>
void write_round(W& w, const Round& r, bool detail) {
  w.field("id", r.id);
  w.field("schedule_id", r.schedule_id);
  w.field("template_id", r.template_id);
  w.field("template_name", r.template_name);
  w.field("template_version", r.template_version);
  w.field("due_at", r.due_at);
  w.field("deadline_at", r.deadline_at);
  w.field("status", r.status, kRoundStatuses);
  w.field("missed", r.missed);
  w.field("late", r.late);
  w.field("overdue", r.overdue);
  w.field("started_by", r.started_by);
  w.field("started_at", r.started_at);
  w.field("submitted_by", r.submitted_by);
  w.field("submitted_at", r.submitted_at);
  w.field("created_at", r.created_at);
  w.when(detail, [&] {
    w.array("checkpoints", "PatrolCheckpoint", r.checkpoints, [&](const Checkpoint& c) { write_checkpoint(w, c); });
    w.array("visits", "PatrolVisit", r.visits, [&](const PatrolVisit& v) {
      w.field("checkpoint_key", v.checkpoint_key);
      w.field("method", v.method, kVisitMethods);
      w.field("visited_by", v.visited_by);
      w.field("visited_at", v.visited_at);
    });
    w.array("readings", "PatrolReading", r.readings, [&](const PatrolReading& g) { write_reading(w, g); });
    w.array("photos", "PatrolPhoto", r.photos, [&](const PatrolPhotoInfo& p) {
      w.field("id", p.id);
      w.field("checkpoint_key", p.checkpoint_key);
      w.field("item_key", p.item_key);
      w.field("content_type", p.content_type);
      w.field("size_bytes", p.size_bytes);
      w.field("uploaded_by", p.uploaded_by);
      w.field("uploaded_at", p.uploaded_at);
    });
    w.array("findings", "PatrolFinding", r.findings, [&](const PatrolFinding& f) {
      w.field("checkpoint_key", f.checkpoint_key);
      w.field("item_key", f.item_key);
      w.field("severity", f.severity);
      w.field("ticket_number", f.ticket_number);
      w.field("created_at", f.created_at);
      w.field("order_id", f.order_id);
    });
  });
}

constexpr auto round_shape = [](auto& w, const Round& r) { write_round(w, r, true); };
constexpr auto round_brief_shape = [](auto& w, const Round& r) { write_round(w, r, false); };

constexpr auto trend_shape = [](auto& w, const TrendPoint& p) {
  w.field("round_id", p.round_id);
  w.field("recorded_at", p.recorded_at);
  w.field("value", p.value);
  w.field("unit", p.unit);
  w.field("failed", p.failed);
};

struct Trend {
  std::vector<TrendPoint> points;
};
constexpr auto trend_list_shape = [](auto& w, const Trend& t) {
  w.array("points", "PatrolTrendPoint", t.points, [&](const TrendPoint& p) { trend_shape(w, p); });
};

json::object prop(std::string_view type) { return {{"type", type}}; }

json::value object_schema(json::object props, json::array required) {
  json::object s{{"type", "object"}, {"properties", std::move(props)}};
  if (!required.empty()) s["required"] = std::move(required);
  return s;
}

const json::value kItemSchema = object_schema({{"key", prop("string")},
                                               {"label", prop("string")},
                                               {"kind", json::object{{"enum", json::value_from(kChecklistKinds)}}},
                                               {"unit", prop("string")},
                                               {"min", prop("number")},
                                               {"max", prop("number")}},
                                              {"key", "label", "kind"});

const json::value kTemplateSchema = object_schema(
    {{"name", prop("string")},
     {"checkpoints",
      json::object{{"type", "array"},
                   {"items", object_schema({{"key", prop("string")},
                                            {"name", prop("string")},
                                            {"kind", json::object{{"enum", json::value_from(kCheckpointKinds)}}},
                                            {"ref_id", prop("integer")},
                                            {"qr", prop("string")},
                                            {"items", json::object{{"type", "array"}, {"items", kItemSchema}}}},
                                           {"key", "name", "kind", "qr", "items"})}}}},
    {"name", "checkpoints"});

const json::value kScheduleSchema =
    object_schema({{"template_id", prop("integer")},
                   {"kind", json::object{{"enum", json::value_from(kPatrolScheduleKinds)}}},
                   {"every_hours", prop("integer")},
                   {"at_time", json::object{{"type", "string"}, {"pattern", "^[0-2][0-9]:[0-5][0-9]$"}}},
                   {"weekday", prop("integer")},
                   {"starts_on", json::object{{"type", "string"}, {"format", "date"}}},
                   {"grace_minutes", prop("integer")}},
                  {"template_id", "kind", "starts_on"});

const json::value kVisitSchema =
    object_schema({{"checkpoint", prop("string")},
                   {"payload", prop("string")},
                   {"manual", prop("boolean")},
                   {"results", json::object{{"type", "array"},
                                            {"items", object_schema({{"key", prop("string")},
                                                                     {"ok", prop("boolean")},
                                                                     {"value", prop("number")},
                                                                     {"unit", prop("string")},
                                                                     {"note", prop("string")}},
                                                                    {"key"})}}}},
                  {"checkpoint", "payload"});

// Reads an array of objects, each with its own reader; errors carry "key/i/field".
template <typename R, typename F>
void each_object(R& b, std::string_view key, bool required, std::size_t max, F&& read) {
  const auto* items = b.array(key, required);
  if (!items) return;
  if (items->size() > max) b.error(key, "too_many", "Too many.");
  for (std::size_t i = 0; i < items->size() && i < max; ++i) {
    std::string at = b.path(key) + "/" + std::to_string(i);
    if (!(*items)[i].is_object()) {
      b.error(std::string(key) + "/" + std::to_string(i), "type", "Expected an object.");
      continue;
    }
    std::vector<FieldError> errors;
    http::JsonObjectReader r((*items)[i].as_object(), at + "/", &errors);
    read(r);
    r.reject_unknown();
    // The outer reader prefixes its own path again; hand it the part below it.
    for (auto& e : errors) {
      std::string field = e.field.substr(b.path("").size());
      b.error(field, e.code, e.message);
    }
  }
}

PatrolTemplateInput read_template(http::JsonBody& b) {
  PatrolTemplateInput in;
  in.name = b.string("name", {.required = true, .min = 1, .max = 200}).value_or("");
  each_object(b, "checkpoints", true, kMaxCheckpoints, [&](http::JsonObjectReader& r) {
    Checkpoint c;
    c.key = r.string("key", {.required = true, .min = 1, .max = 50}).value_or("");
    c.name = r.string("name", {.required = true, .min = 1, .max = 200}).value_or("");
    c.kind = r.choice("kind", kCheckpointKinds, true).value_or("");
    c.ref_id = r.integer("ref_id", {.min = 1});
    c.qr = r.string("qr", {.required = true, .min = 1, .max = 200}).value_or("");
    each_object(r, "items", true, 50, [&](http::JsonObjectReader& ir) {
      ChecklistItem item;
      item.key = ir.string("key", {.required = true, .min = 1, .max = 50}).value_or("");
      item.label = ir.string("label", {.required = true, .min = 1, .max = 200}).value_or("");
      item.kind = ir.choice("kind", kChecklistKinds, true).value_or("");
      item.unit = ir.string("unit", {.max = 20}).value_or("");
      item.min = ir.number("min");
      item.max = ir.number("max");
      c.items.push_back(std::move(item));
    });
    in.checkpoints.push_back(std::move(c));
  });
  b.finish();
  return in;
}

std::string media_type(const Request& req) {
  std::string type(req.header("content-type").value_or(""));
  if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type;
}

http::Response round_response(const Round& r, int status = 200) {
  return http::json_response(shape::value_of(r, round_shape), status);
}

}  // namespace

void add_patrol_routes(http::Router& router, Patrols& svc) {
  const auto template_schema = shape::schema_of<PatrolTemplate>("PatrolTemplate", template_shape);
  const auto schedule_schema = shape::schema_of<PatrolScheduleRow>("PatrolSchedule", schedule_shape);
  const auto round_schema = shape::schema_of<Round>("PatrolRound", round_shape);

  // ---- templates
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-templates",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PatrolTemplateFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.active = q.boolean("active");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.templates(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, template_shape));
                  },
              .summary = "Patrol templates: routes of checkpoints with their QR codes and checklist items.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .query = http::list_docs(inspections_store::kTemplateList, {{"active", "boolean", "Active or not."}},
                                       {.q = "Part of the template's name."}),
              .response_schema = shape::page_of<PatrolTemplate>("PatrolTemplate", template_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-templates/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto t = svc.template_of(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(t, template_shape));
                  },
              .summary = "A patrol template.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .response_schema = template_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-templates",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_template(b);
                    auto t = svc.create_template(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(t, template_shape), 201);
                  },
              .summary = "Add a patrol template: checkpoints in walking order (room, rack, asset or yard, each with "
                         "its QR payload) and their items (yes/no, readings with unit and acceptable range, photos).",
              .tag = "facility",
              .permission = "facility.patrol.manage",
              .request_schema = kTemplateSchema,
              .response_schema = template_schema,
              .success_status = 201});
  router.add({.method = "PUT",
              .pattern = "/api/v1/facility/patrol-templates/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_template(b);
                    auto t = svc.update_template(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(t, template_shape));
                  },
              .summary = "Change a template: a new version; rounds already generated keep the route they were made "
                         "from.",
              .tag = "facility",
              .permission = "facility.patrol.manage",
              .request_schema = kTemplateSchema,
              .response_schema = template_schema});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-readings",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ReadingFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.template_id = q.integer("template");
                    f.round_id = q.integer("round");
                    f.checkpoint = q.string("checkpoint", 50);
                    f.item = q.string("item", 50);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.history(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, reading_shape));
                  },
              .summary = "Readings recorded in patrol rounds, newest first; with template and checkpoint, the "
                         "history of one checkpoint of a route.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .query = http::list_docs(inspections_store::kReadingList,
                                       {{"template", "integer", "Template id."},
                                        {"round", "integer", "Round id."},
                                        {"checkpoint", "string", "The checkpoint's key."},
                                        {"item", "string", "One item's key."}},
                                       {.q = "Part of the item's key or the note."}),
              .response_schema = shape::page_of<PatrolReading>("PatrolReading", reading_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-templates/{id}/trend",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto checkpoint = q.string("checkpoint", 50);
                    auto item = q.string("item", 50);
                    if (!checkpoint) q.error("checkpoint", "required", "The checkpoint's key.");
                    if (!item) q.error("item", "required", "The numeric item's key.");
                    auto limit = q.integer("limit", {.min = 1, .max = 1000}).value_or(200);
                    q.finish();
                    Trend t{svc.trend(http::context_of(req), id, *checkpoint, *item, static_cast<int>(limit)).take()};
                    return http::json_response(shape::value_of(t, trend_list_shape));
                  },
              .summary = "The readings of one numeric item at one checkpoint, oldest first (the latest `limit`).",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .query = {{"checkpoint", "string", "The checkpoint's key."},
                        {"item", "string", "The item's key."},
                        {"limit", "integer", "How many readings (1–1000, default 200)."}},
              .response_schema = shape::schema_of<Trend>("PatrolTrend", trend_list_shape)});

  // ---- schedules
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/facility/patrol-schedules",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             PatrolScheduleFilter f;
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             f.template_id = q.integer("template");
             f.active = q.boolean("active");
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.schedules(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, schedule_shape));
           },
       .summary = "Patrol schedules: every N hours, daily or weekly in the business time zone, with a grace "
                  "period.",
       .tag = "facility",
       .permission = "facility.patrol.read",
       .query = http::list_docs(inspections_store::kScheduleList,
                                {{"template", "integer", "Template id."}, {"active", "boolean", "Active or paused."}},
                                {.q = "Part of the template's name."}),
       .response_schema = shape::page_of<PatrolScheduleRow>("PatrolSchedule", schedule_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-schedules",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    PatrolScheduleInput in;
                    in.template_id = b.integer("template_id", {.required = true, .min = 1}).value_or(0);
                    in.kind = b.choice("kind", kPatrolScheduleKinds, true).value_or("");
                    in.every_hours =
                        static_cast<int>(b.integer("every_hours", {.min = -100000, .max = 100000}).value_or(0));
                    in.at_time = b.string("at_time", {.max = 5}).value_or("");
                    in.weekday = static_cast<int>(b.integer("weekday", {.min = -100, .max = 100}).value_or(0));
                    if (auto d = b.date("starts_on", true)) in.starts_on = format_date(*d);
                    in.grace_minutes =
                        static_cast<int>(b.integer("grace_minutes", {.min = -100000, .max = 100000}).value_or(30));
                    b.finish();
                    auto s = svc.create_schedule(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(s, schedule_shape), 201);
                  },
              .summary = "Add a schedule to a template; a schedule that never falls due answers 400 "
                         "facility.patrol.no_next_date.",
              .tag = "facility",
              .permission = "facility.patrol.manage",
              .request_schema = kScheduleSchema,
              .response_schema = schedule_schema,
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-schedules/{id}/active",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    bool active = b.boolean("active", true).value_or(false);
                    b.finish();
                    auto s = svc.set_schedule_active(http::context_of(req), id, active).take();
                    return http::json_response(shape::value_of(s, schedule_shape));
                  },
              .summary = "Pause or resume a schedule; a paused one generates no rounds.",
              .tag = "facility",
              .permission = "facility.patrol.manage",
              .request_schema = object_schema({{"active", prop("boolean")}}, {"active"}),
              .response_schema = schedule_schema});

  // ---- rounds
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-rounds",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    RoundFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kRoundStatuses);
                    f.template_id = q.integer("template");
                    f.schedule_id = q.integer("schedule");
                    f.missed = q.boolean("missed");
                    f.late = q.boolean("late");
                    if (auto d = q.string("due_from", 40)) {
                      if (auto t = parse_instant(*d))
                        f.due_from = format_instant(*t);
                      else
                        q.error("due_from", "invalid_datetime", "An instant (ISO 8601).");
                    }
                    if (auto d = q.string("due_to", 40)) {
                      if (auto t = parse_instant(*d))
                        f.due_to = format_instant(*t);
                      else
                        q.error("due_to", "invalid_datetime", "An instant (ISO 8601).");
                    }
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.rounds(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, round_brief_shape));
                  },
              .summary = "Patrol rounds, newest due first; missed (not started by the deadline), late (not "
                         "submitted by it) and overdue ones flagged.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .query = http::list_docs(inspections_store::kRoundList,
                                       {{"status", "string", "Status.", kRoundStatuses},
                                        {"template", "integer", "Template id."},
                                        {"schedule", "integer", "Schedule id."},
                                        {"missed", "boolean", "Missed or not."},
                                        {"late", "boolean", "Late or not."},
                                        {"due_from", "string", "Due at or after (instant)."},
                                        {"due_to", "string", "Due before (instant)."}},
                                       {.q = "Part of the template's name."}),
              .response_schema = shape::page_of<Round>("PatrolRoundBrief", round_brief_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-rounds",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto template_id = b.integer("template_id", {.required = true, .min = 1}).value_or(0);
                    auto grace = b.integer("grace_minutes", {.min = -100000, .max = 100000}).value_or(60);
                    b.finish();
                    return round_response(
                        svc.create_round(http::context_of(req), template_id, static_cast<int>(grace)).take(), 201);
                  },
              .summary = "An unscheduled round of a template, due now.",
              .tag = "facility",
              .permission = "facility.patrol.write",
              .request_schema = object_schema({{"template_id", prop("integer")}, {"grace_minutes", prop("integer")}},
                                              {"template_id"}),
              .response_schema = round_schema,
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-rounds/{id}",
              .handler =
                  [&svc](Request& req) {
                    return round_response(svc.round(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A round with the route it is walked against, visits, readings, photos and findings.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .response_schema = round_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-rounds/{id}/start",
              .handler =
                  [&svc](Request& req) {
                    return round_response(svc.start(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "Start a round (409 when already started or submitted).",
              .tag = "facility",
              .permission = "facility.patrol.write",
              .response_schema = round_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-rounds/{id}/visits",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto checkpoint = b.string("checkpoint", {.required = true, .min = 1, .max = 50}).value_or("");
                    CheckpointInput in;
                    in.payload = b.string("payload", {.required = true, .min = 1, .max = 200}).value_or("");
                    in.manual = b.boolean("manual").value_or(false);
                    each_object(b, "results", false, 50, [&](http::JsonObjectReader& r) {
                      Answer a;
                      a.key = r.string("key", {.required = true, .min = 1, .max = 50}).value_or("");
                      a.ok = r.boolean("ok");
                      a.value = r.number("value");
                      a.unit = r.string("unit", {.max = 20});
                      a.note = r.string("note", {.max = 500}).value_or("");
                      in.results.push_back(std::move(a));
                    });
                    b.finish();
                    return round_response(svc.visit(http::context_of(req), id, checkpoint, in).take());
                  },
              .summary = "Record a checkpoint: the payload of its QR code (scanned, or typed: manual) and the "
                         "answers to its items. A wrong code, a reading in another unit or physically impossible "
                         "answers 422 and changes nothing; a failed item opens one ticket per round and item.",
              .tag = "facility",
              .permission = "facility.patrol.write",
              .request_schema = kVisitSchema,
              .response_schema = round_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-rounds/{id}/photos",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto checkpoint = q.string("checkpoint", 50);
                    auto item = q.string("item", 50);
                    if (!checkpoint) q.error("checkpoint", "required", "The checkpoint's key.");
                    if (!item) q.error("item", "required", "The photo item's key.");
                    q.finish();
                    return round_response(
                        svc.add_photo(http::context_of(req), id, *checkpoint, *item, media_type(req), req.body).take());
                  },
              .summary = "Upload a photo (the body, JPEG or PNG) for a checkpoint's item.",
              .tag = "facility",
              .permission = "facility.patrol.write",
              .query = {{"checkpoint", "string", "the checkpoint's key"}, {"item", "string", "the item's key"}},
              .response_schema = round_schema,
              .request_types = {"image/jpeg", "image/png"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/patrol-rounds/{id}/photos/{photo}",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.photo(http::context_of(req), http::id_param(req), http::id_param(req, "photo")).take();
                    http::Response r;
                    r.status = 200;
                    r.body = std::move(p.bytes);
                    r.set_header("Content-Type", p.info.content_type);
                    r.set_header("Cache-Control", "private, no-store");
                    return r;
                  },
              .summary = "A round's photo.",
              .tag = "facility",
              .permission = "facility.patrol.read",
              .response_type = "application/octet-stream"});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/patrol-rounds/{id}/submit",
              .handler =
                  [&svc](Request& req) {
                    return round_response(svc.submit(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "Submit a round with every checkpoint visited and item answered; late after its deadline.",
              .tag = "facility",
              .permission = "facility.patrol.write",
              .response_schema = round_schema});
}

}  // namespace colo::facility
