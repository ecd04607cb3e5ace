// Routes of change control: list, request, one change with its timeline, the customers to tell,
// the workflow's actions and the checklist.
#include "facility/changes_routes.hpp"

#include "facility/changes_render.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "facility/changes.hpp"
#include "facility/changes_rules.hpp"
#include "facility/changes_store.hpp"
#include "facility/routes_common.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "workflow/render.hpp"

namespace colo::facility {

namespace json = boost::json;
using http::Request;

namespace {

constexpr auto change_view_shape = [](auto& w, const ChangeView& v) {
  w.object("change", "ChangeRequest", [&] { write_change(w, v.change, true); });
  w.array("timeline", "WorkflowStep", v.timeline, [&](const workflow::Step& s) { workflow::write_step(w, s); });
  w.strings("actions", v.actions, kChangeActions);
};
constexpr auto change_shape = [](auto& w, const Change& c) { write_change(w, c, false); };

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object ids_prop() { return {{"type", "array"}, {"items", prop("integer")}}; }

const json::value kChangeSchema = json::object{
    {"type", "object"},
    {"properties", json::object{{"title", prop("string")},
                                {"reason", prop("string")},
                                {"risk", json::object{{"enum", json::value_from(kChangeRisks)}}},
                                {"rollback_plan", prop("string")},
                                {"window_start", json::object{{"type", "string"}, {"format", "date-time"}}},
                                {"window_end", json::object{{"type", "string"}, {"format", "date-time"}}},
                                {"rooms", ids_prop()},
                                {"racks", ids_prop()},
                                {"devices", ids_prop()},
                                {"feeds", ids_prop()},
                                {"customers", ids_prop()},
                                {"steps", json::object{{"type", "array"}, {"items", prop("string")}}}}},
    {"required", json::array{"title", "reason", "risk", "rollback_plan", "window_start", "window_end"}}};
const json::value kCustomersSchema = json::object{{"type", "object"},
                                                  {"properties", json::object{{"customers", ids_prop()}}},
                                                  {"required", json::array{"customers"}}};
const json::value kActionSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"action", json::object{{"enum", json::value_from(kChangeActions)}}},
                                             {"comment", prop("string")},
                                             {"result", json::object{{"enum", json::value_from(kChangeResults)}}}}},
                 {"required", json::array{"action"}}};
const json::value kStepSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"step", prop("integer")}, {"done", prop("boolean")}}},
                 {"required", json::array{"step", "done"}}};

ChangeInput read_change(http::JsonBody& b) {
  ChangeInput in;
  in.title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
  in.reason = b.string("reason", {.required = true, .min = 1, .max = 4000}).value_or("");
  in.risk = b.choice("risk", kChangeRisks, true).value_or("");
  in.rollback_plan = b.string("rollback_plan", {.required = true, .min = 1, .max = 4000}).value_or("");
  if (auto t = b.instant("window_start", true)) in.window_start = format_instant(*t);
  if (auto t = b.instant("window_end", true)) in.window_end = format_instant(*t);
  in.scope.rooms = read_ids(b, "rooms");
  in.scope.racks = read_ids(b, "racks");
  in.scope.devices = read_ids(b, "devices");
  in.scope.feeds = read_ids(b, "feeds");
  if (b.has("customers")) in.customers = read_ids(b, "customers");
  if (const auto* steps = b.array("steps")) {
    if (steps->size() > 50) b.error("steps", "too_many", "At most 50.");
    for (std::size_t i = 0; i < steps->size(); ++i) {
      const auto& v = (*steps)[i];
      if (!v.is_string() || v.as_string().size() > 500)
        b.error("steps/" + std::to_string(i), "type", "Expected a step of at most 500 characters.");
      else
        in.steps.emplace_back(v.as_string());
    }
  }
  b.finish();
  return in;
}

}  // namespace

void add_change_routes(http::Router& router, ChangesService& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/changes",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ChangeFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kChangeStates);
                    f.risk = q.choice("risk", kChangeRisks);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.changes(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, change_shape));
                  },
              .summary = "Change requests (staff).",
              .tag = "facility",
              .permission = "facility.changes.read",
              .query = http::list_docs(
                  store::kChangeList,
                  {{"status", "string", "State.", kChangeStates}, {"risk", "string", "Risk level.", kChangeRisks}},
                  {.q = "Part of the number or title."}),
              .response_schema = shape::page_of<Change>("ChangeRequestBrief", change_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/changes",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_change(b);
                    auto v = svc.request(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(v, change_view_shape), 201);
                  },
              .summary = "Request a change: what, why, risk, rollback plan, window, scope (the affected customers "
                         "are computed from it unless listed) and checklist; technical is told.",
              .tag = "facility",
              .permission = kPermChangeWrite,
              .request_schema = kChangeSchema,
              .response_schema = shape::schema_of<ChangeView>("ChangeRequestView", change_view_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/changes/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto v = svc.change(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(v, change_view_shape));
                  },
              .summary = "A change request with its checklist, timeline and the actions the caller may take.",
              .tag = "facility",
              .permission = "facility.changes.read",
              .response_schema = shape::schema_of<ChangeView>("ChangeRequestView", change_view_shape)});
  router.add({.method = "PUT",
              .pattern = "/api/v1/facility/changes/{id}/customers",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto ids = read_ids(b, "customers");
                    if (!b.has("customers")) b.error("customers", "required", "The customers to tell.");
                    b.finish();
                    auto v = svc.set_customers(http::context_of(req), id, ids).take();
                    return http::json_response(shape::value_of(v, change_view_shape));
                  },
              .summary = "Replace the customers a change affects (before its final approval tells them).",
              .tag = "facility",
              .permission = kPermChangeWrite,
              .request_schema = kCustomersSchema,
              .response_schema = shape::schema_of<ChangeView>("ChangeRequestView", change_view_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/changes/{id}/actions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    ChangeAction a;
                    a.action = b.choice("action", kChangeActions, true).value_or("");
                    a.comment = b.string("comment", {.max = 4000}).value_or("");
                    a.result = b.choice("result", kChangeResults);
                    b.finish();
                    auto v = svc.act(http::context_of(req), id, a).take();
                    return http::json_response(shape::value_of(v, change_view_shape));
                  },
              .summary = "approve (technical; at high risk then management, another person), reject or cancel "
                         "with a reason, start, close with a result (successful needs the checklist done; rolled "
                         "back or failed a note). The final approval tells the affected customers.",
              .tag = "facility",
              .permission = "facility.changes.read",
              .request_schema = kActionSchema,
              .response_schema = shape::schema_of<ChangeView>("ChangeRequestView", change_view_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/changes/{id}/checklist",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto step = b.integer("step", {.min = 1, .max = 50});
                    auto done = b.boolean("done", true);
                    if (!step) b.error("step", "required", "The step's position.");
                    b.finish();
                    auto v = svc.tick(http::context_of(req), id, static_cast<int>(*step), *done).take();
                    return http::json_response(shape::value_of(v, change_view_shape));
                  },
              .summary = "Tick or untick a checklist step of a change in progress.",
              .tag = "facility",
              .permission = kPermChangeExecute,
              .request_schema = kStepSchema,
              .response_schema = shape::schema_of<ChangeView>("ChangeRequestView", change_view_shape)});
}

}  // namespace colo::facility
