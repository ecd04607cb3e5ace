// HTTP adapter for alerts (list, detail with history, acknowledge, resolve) and maintenance
// windows. Customers read their own alerts; acknowledging and resolving need monitoring.write.
#include "monitoring/alerts_routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "i18n/catalogue.hpp"
#include "monitoring/alerts.hpp"

namespace colo::monitoring {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

struct LabelPair {
  std::string name, value;
};

template <typename W>
void write_alert(W& w, const Alert& a) {
  w.field("id", a.id);
  w.field("rule_key", a.rule_key);
  w.field("series_id", a.series_id);
  w.field("metric", a.metric);
  std::vector<LabelPair> labels;
  for (const auto& [k, v] : a.labels) labels.push_back({k, v});
  w.array("labels", "AlertLabel", labels, [&](const LabelPair& l) {
    w.field("name", l.name);
    w.field("value", l.value);
  });
  w.field("severity", std::string(to_string(a.severity)), kSeverities);
  w.field("state", std::string(to_string(a.state)), kAlertStates);
  w.field("silenced", a.silenced);
  w.field("customer_id", a.customer_id);
  w.field("device_id", a.device_id);
  w.field("rack_id", a.rack_id);
  w.field("room_id", a.room_id);
  w.field("threshold", a.threshold);
  w.field("value", a.value);
  w.field("fired_at", a.fired_at);
  w.field("acknowledged_at", a.acknowledged_at);
  w.field("acknowledged_by", a.acknowledged_by);
  w.field("resolved_at", a.resolved_at);
  w.field("resolved_by", a.resolved_by);
}

struct AlertDetail {
  Alert alert;
  std::vector<AlertEvent> history;
};

template <typename W>
void write_event(W& w, const AlertEvent& e) {
  w.field("id", e.id);
  w.field("kind", e.kind);
  w.field("actor_id", e.actor_id);
  w.field("comment", e.comment);
  w.field("value", e.value);
  w.field("at", e.at);
}

template <typename W>
void write_window(W& w, const MaintenanceWindow& m) {
  w.field("id", m.id);
  w.field("scope", m.scope, kMaintenanceScopes);
  w.field("scope_id", m.scope_id);
  w.field("starts_at", m.starts_at);
  w.field("ends_at", m.ends_at);
  w.field("title", m.title);
  w.field("emergency", m.emergency);
  w.field("reason", m.reason);
  w.field("created_by", m.created_by);
}

constexpr auto alert_shape = [](auto& w, const Alert& a) { write_alert(w, a); };
constexpr auto detail_shape = [](auto& w, const AlertDetail& d) {
  write_alert(w, d.alert);
  w.array("history", "AlertEvent", d.history, [&](const AlertEvent& e) { write_event(w, e); });
};
constexpr auto window_shape = [](auto& w, const MaintenanceWindow& m) { write_window(w, m); };
struct WindowList {
  std::vector<MaintenanceWindow> items;
};
constexpr auto window_list_shape = [](auto& w, const WindowList& l) {
  w.array("items", "MaintenanceWindow", l.items, [&](const MaintenanceWindow& m) { write_window(w, m); });
};

struct AdviceList {
  std::vector<Advice> items;
  std::string lang;
};
constexpr auto advice_list_shape = [](auto& w, const AdviceList& l) {
  w.array("items", "Advice", l.items, [&](const Advice& a) {
    w.field("kind", a.kind, kAdviceKinds);
    w.field("subject", a.subject);
    w.field("customer_id", a.customer_id);
    w.field("figure", a.figure);
    w.field("action_key", a.action_key);
    w.field("action", i18n::render_or(l.lang, a.action_key, a.params, a.action_key));
    w.field("object_type", a.object_type, kAdviceObjects);
    w.field("object_id", a.object_id);
    w.field("if_index", a.if_index);
  });
};

struct AvailabilityList {
  std::vector<DeviceAvailability> items;
};
constexpr auto availability_list_shape = [](auto& w, const AvailabilityList& l) {
  w.array("items", "DeviceAvailability", l.items, [&](const DeviceAvailability& d) {
    w.field("device_id", d.device_id);
    w.field("device_name", d.device_name);
    w.field("minutes", d.availability.minutes);
    w.field("outage_minutes", d.availability.outage_minutes);
    w.field("maintenance_minutes", d.availability.maintenance_minutes);
    w.field("measured", d.availability.measured);
    w.field("percent", d.availability.percent());
  });
};

const json::value kCommentSchema =
    json::object{{"type", "object"}, {"properties", json::object{{"comment", json::object{{"type", "string"}}}}}};
const json::value kWindowSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"scope", json::object{{"enum", json::value_from(kMaintenanceScopes)}}},
                                             {"scope_id", json::object{{"type", "integer"}}},
                                             {"starts_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"ends_at", json::object{{"type", "string"}, {"format", "date-time"}}},
                                             {"title", json::object{{"type", "string"}}},
                                             {"emergency", json::object{{"type", "boolean"}}},
                                             {"reason", json::object{{"type", "string"}}}}},
                 {"required", json::array{"scope", "scope_id", "starts_at", "ends_at", "title"}}};

MaintenanceWindow read_window(Request& req) {
  http::JsonBody b(req);
  MaintenanceWindow m;
  m.scope = b.choice("scope", kMaintenanceScopes, true).value_or("");
  m.scope_id = b.integer("scope_id", {.required = true, .min = 1}).value_or(0);
  auto starts = b.instant("starts_at", true);
  auto ends = b.instant("ends_at", true);
  m.title = b.string("title", {.required = true, .max = 200}).value_or("");
  m.emergency = b.boolean("emergency").value_or(false);
  m.reason = b.string("reason", {.max = 2000}).value_or("");
  b.finish();
  m.starts_at = starts ? format_instant(*starts) : "";
  m.ends_at = ends ? format_instant(*ends) : "";
  return m;
}

std::string read_comment(Request& req) {
  http::JsonBody b(req);
  auto comment = b.string("comment", {.max = 2000}).value_or("");
  b.finish();
  return comment;
}

}  // namespace

void add_alert_routes(http::Router& router, Alerts& alerts) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/monitoring/alerts",
       .handler =
           [&alerts](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             AlertFilter f;
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             f.state = q.choice("state", kAlertStateFilters);
             f.severity = q.choice("severity", kSeverities);
             f.customer = q.integer("customer");
             f.device = q.integer("device");
             f.rack = q.integer("rack");
             f.room = q.integer("room");
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = alerts.list(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, alert_shape));
           },
       .summary = "Alerts, newest first (a customer sees only its own, read-only).",
       .tag = "monitoring",
       .permission = "monitoring.read",
       .query = http::list_docs(kAlertList,
                                {{"state", "string", "State; open is firing or acknowledged.", kAlertStateFilters},
                                 {"severity", "string", "Severity.", kSeverities},
                                 {"customer", "integer", "Customer id."},
                                 {"device", "integer", "Device id."},
                                 {"rack", "integer", "Rack id."},
                                 {"room", "integer", "Room id."}},
                                {.q = "Part of the rule, the metric or a label."}),
       .response_schema = shape::page_of<Alert>("Alert", alert_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/alerts/{id}",
              .handler =
                  [&alerts](Request& req) {
                    AlertDetail d{alerts.get(http::context_of(req), http::id_param(req)).take(), {}};
                    d.history = alerts.history(d.alert.id).take();
                    return http::json_response(shape::value_of(d, detail_shape));
                  },
              .summary = "An alert with its history: fired, acknowledged, resolved or recovered, who and when.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .response_schema = shape::schema_of<AlertDetail>("AlertDetail", detail_shape)});
  for (bool ack : {true, false}) {
    router.add(
        {.method = "POST",
         .pattern = ack ? "/api/v1/monitoring/alerts/{id}/acknowledge" : "/api/v1/monitoring/alerts/{id}/resolve",
         .handler =
             [&alerts, ack](Request& req) {
               auto id = http::id_param(req);
               auto comment = read_comment(req);
               const auto& ctx = http::context_of(req);
               alerts.get(ctx, id).take();
               std::optional<std::int64_t> actor = ctx.principal->user_id;
               auto a = ack ? alerts.acknowledge(id, actor, comment).take() : alerts.resolve(id, actor, comment).take();
               AlertDetail d{std::move(a), alerts.history(id).take()};
               return http::json_response(shape::value_of(d, detail_shape));
             },
         .summary = ack ? "Acknowledge a firing alert (409 monitoring.alert.not_firing otherwise)."
                        : "Resolve an alert by hand (409 monitoring.alert.resolved when it already is).",
         .tag = "monitoring",
         .permission = "monitoring.write",
         .request_schema = kCommentSchema,
         .response_schema = shape::schema_of<AlertDetail>("AlertDetail", detail_shape)});
  }
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/monitoring/availability",
       .handler =
           [&alerts](Request& req) {
             http::QueryReader q(req);
             auto customer = q.integer("customer", {.required = true, .min = 1});
             auto from = q.string("from", 40);
             auto to = q.string("to", 40);
             std::optional<Instant> f = from ? parse_instant(*from) : std::nullopt;
             std::optional<Instant> t = to ? parse_instant(*to) : std::nullopt;
             if (!f) q.error("from", "monitoring.availability.bad_period", "An instant is required.");
             if (!t) q.error("to", "monitoring.availability.bad_period", "An instant is required.");
             q.finish();
             auto ms = [](Instant i) {
               return std::chrono::duration_cast<std::chrono::milliseconds>(i.time_since_epoch()).count();
             };
             AvailabilityList l{
                 alerts.availability(http::context_of(req), customer.value_or(0), {ms(*f), ms(*t)}).take()};
             return http::json_response(shape::value_of(l, availability_list_shape));
           },
       .summary = "Availability of a customer's polled devices over [from, to): minutes, outage minutes "
                  "(after down_after_failures failed checks, outside maintenance), maintenance minutes.",
       .tag = "monitoring",
       .permission = "monitoring.read",
       .response_schema = shape::schema_of<AvailabilityList>("DeviceAvailabilityList", availability_list_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/advice",
              .handler =
                  [&alerts](Request& req) {
                    http::QueryReader q(req);
                    auto customer = q.integer("customer", {.min = 1});
                    auto from = q.string("from", 40);
                    auto to = q.string("to", 40);
                    std::optional<Instant> f = from ? parse_instant(*from) : std::nullopt;
                    std::optional<Instant> t = to ? parse_instant(*to) : std::nullopt;
                    if (!f) q.error("from", "monitoring.availability.bad_period", "An instant is required.");
                    if (!t) q.error("to", "monitoring.availability.bad_period", "An instant is required.");
                    q.finish();
                    auto ms = [](Instant i) {
                      return std::chrono::duration_cast<std::chrono::milliseconds>(i.time_since_epoch()).count();
                    };
                    const auto& ctx = http::context_of(req);
                    AdviceList l{alerts.advice(ctx, customer, {ms(*f), ms(*t)}).take(), ctx.lang};
                    return http::json_response(shape::value_of(l, advice_list_shape));
                  },
              .summary = "Optimisation advice for [from, to): ports above 80 % or idle at the 95th percentile, power "
                         "feeds near capacity, rooms out of range (operations only), each with a suggested action.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .response_schema = shape::schema_of<AdviceList>("AdviceList", advice_list_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/maintenance",
              .handler =
                  [&alerts](Request& req) {
                    http::QueryReader q(req);
                    auto from = q.string("from", 40).value_or("0000");
                    auto to = q.string("to", 40).value_or("9999");
                    q.finish();
                    WindowList l{alerts.maintenance_between(from, to, http::context_of(req).tenant()).take()};
                    return http::json_response(shape::value_of(l, window_list_shape));
                  },
              .summary = "Maintenance windows overlapping [from, to) (instants; every window without them); a customer "
                         "sees those on its own devices, racks and rooms.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .response_schema = shape::schema_of<WindowList>("MaintenanceWindowList", window_list_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/monitoring/maintenance",
              .handler =
                  [&alerts](Request& req) {
                    MaintenanceWindow m = read_window(req);
                    const auto& ctx = http::context_of(req);
                    m.created_by = ctx.principal->user_id;
                    m.id = alerts.add_maintenance(m).take();
                    return http::json_response(shape::value_of(m, window_shape), 201);
                  },
              .summary = "Plan a maintenance window on a device, rack or room: alerts inside it are silenced and "
                         "outage inside it is not counted.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .request_schema = kWindowSchema,
              .response_schema = shape::schema_of<MaintenanceWindow>("MaintenanceWindow", window_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/monitoring/maintenance/{id}",
              .handler =
                  [&alerts](Request& req) {
                    auto m = alerts.maintenance(http::id_param(req), http::context_of(req).tenant()).take();
                    return http::json_response(shape::value_of(m, window_shape));
                  },
              .summary = "A maintenance window.",
              .tag = "monitoring",
              .permission = "monitoring.read",
              .response_schema = shape::schema_of<MaintenanceWindow>("MaintenanceWindow", window_shape)});
  router.add({.method = "PUT",
              .pattern = "/api/v1/monitoring/maintenance/{id}",
              .handler =
                  [&alerts](Request& req) {
                    auto id = http::id_param(req);
                    MaintenanceWindow m = read_window(req);
                    auto saved = alerts.update_maintenance(id, m).take();
                    return http::json_response(shape::value_of(saved, window_shape));
                  },
              .summary = "Change a maintenance window before it starts (409 monitoring.maintenance.started "
                         "after); the affected customers are told of the change.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .request_schema = kWindowSchema,
              .response_schema = shape::schema_of<MaintenanceWindow>("MaintenanceWindow", window_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/monitoring/maintenance/{id}/cancel",
              .handler =
                  [&alerts](Request& req) {
                    alerts.cancel_maintenance(http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Cancel a maintenance window: one not yet started is withdrawn, one in progress ends "
                         "now (409 monitoring.maintenance.ended when it is over); the affected customers are told.",
              .tag = "monitoring",
              .permission = "monitoring.write",
              .success_status = 204});
}

}  // namespace colo::monitoring
