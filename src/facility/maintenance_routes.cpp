// Routes of maintenance plans and work orders: plans with their schedule and checklist; work
// orders listed (overdue flagged), assigned, filled in, photographed, completed and signed off.
#include <boost/json.hpp>

#include <algorithm>

#include "core/shape.hpp"
#include "facility/maintenance_routes.hpp"
#include "facility/maintenance_service.hpp"
#include "facility/maintenance_store.hpp"
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
void write_plan(W& w, const Plan& p) {
  w.field("id", p.id);
  w.field("name", p.name);
  w.field("asset_id", p.asset_id);
  w.field("asset_kind", p.asset_kind);
  w.field("every", p.every);
  w.field("unit", p.unit, kScheduleUnits);
  w.field("first_due", p.first_due);
  w.array("checklist", "ChecklistItem", p.checklist, [&](const ChecklistItem& i) { write_item(w, i); });
  w.field("active", p.active);
  w.field("created_by", p.created_by);
  w.field("created_at", p.created_at);
}

constexpr auto plan_shape = [](auto& w, const Plan& p) { write_plan(w, p); };

template <typename W>
void write_work_order(W& w, const WorkOrder& o, bool detail) {
  w.field("id", o.id);
  w.field("plan_id", o.plan_id);
  w.field("plan_name", o.plan_name);
  w.field("asset_id", o.asset_id);
  w.field("asset_code", o.asset_code);
  w.field("asset_name", o.asset_name);
  w.field("asset_kind", o.asset_kind, kAssetKinds);
  w.field("due_on", o.due_on);
  w.field("status", o.status, kWorkOrderStatuses);
  w.field("overdue", o.overdue);
  w.field("assignee", o.assignee);
  w.field("completed_by", o.completed_by);
  w.field("completed_at", o.completed_at);
  w.field("signed_by", o.signed_by);
  w.field("signed_at", o.signed_at);
  w.field("next_due_on", o.next_due_on);
  w.field("created_at", o.created_at);
  w.when(detail, [&] {
    w.array("checklist", "ChecklistItem", o.checklist, [&](const ChecklistItem& i) { write_item(w, i); });
    w.array("results", "ChecklistAnswer", o.results, [&](const Answer& a) {
      auto item =
          std::find_if(o.checklist.begin(), o.checklist.end(), [&](const ChecklistItem& c) { return c.key == a.key; });
      w.field("key", a.key);
      w.field("ok", a.ok);
      w.field("value", a.value);
      w.field("unit", a.unit);
      w.field("note", a.note);
      w.field("failed", item != o.checklist.end() && failed(*item, a));
    });
    w.array("photos", "WorkOrderPhoto", o.photos, [&](const PhotoInfo& p) {
      w.field("id", p.id);
      w.field("item_key", p.item_key);
      w.field("content_type", p.content_type);
      w.field("size_bytes", p.size_bytes);
      w.field("uploaded_by", p.uploaded_by);
      w.field("uploaded_at", p.uploaded_at);
    });
  });
}

constexpr auto work_order_shape = [](auto& w, const WorkOrder& o) { write_work_order(w, o, true); };

json::object prop(std::string_view type) { return {{"type", type}}; }

json::value object_schema(json::object props, json::array required) {
  json::object s{{"type", "object"}, {"properties", std::move(props)}};
  if (!required.empty()) s["required"] = std::move(required);
  return s;
}

const json::value kPlanSchema = object_schema(
    {{"name", prop("string")},
     {"asset_id", prop("integer")},
     {"asset_kind", json::object{{"enum", json::value_from(kAssetKinds)}}},
     {"every", prop("integer")},
     {"unit", json::object{{"enum", json::value_from(kScheduleUnits)}}},
     {"first_due", json::object{{"type", "string"}, {"format", "date"}}},
     {"checklist",
      json::object{{"type", "array"},
                   {"items", object_schema({{"key", prop("string")},
                                            {"label", prop("string")},
                                            {"kind", json::object{{"enum", json::value_from(kChecklistKinds)}}},
                                            {"unit", prop("string")},
                                            {"min", prop("number")},
                                            {"max", prop("number")}},
                                           {"key", "label", "kind"})}}}},
    {"name", "every", "unit", "first_due", "checklist"});

const json::value kResultsSchema =
    object_schema({{"results", json::object{{"type", "array"},
                                            {"items", object_schema({{"key", prop("string")},
                                                                     {"ok", prop("boolean")},
                                                                     {"value", prop("number")},
                                                                     {"unit", prop("string")},
                                                                     {"note", prop("string")}},
                                                                    {"key"})}}}},
                  {"results"});

// Reads an array of objects, each with its own reader; errors carry "key/i/field".
template <typename F>
void each_object(http::JsonBody& b, std::string_view key, bool required, F&& read) {
  const auto* items = b.array(key, required);
  if (!items) return;
  if (items->size() > 100) b.error(key, "too_many", "At most 100.");
  for (std::size_t i = 0; i < items->size() && i < 100; ++i) {
    std::string at = std::string(key) + "/" + std::to_string(i);
    if (!(*items)[i].is_object()) {
      b.error(at, "type", "Expected an object.");
      continue;
    }
    std::vector<FieldError> errors;
    http::JsonObjectReader r((*items)[i].as_object(), at + "/", &errors);
    read(r);
    r.reject_unknown();
    for (auto& e : errors) b.error(e.field, e.code, e.message);
  }
}

PlanInput read_plan(http::JsonBody& b) {
  PlanInput in;
  in.name = b.string("name", {.required = true, .min = 1, .max = 200}).value_or("");
  in.asset_id = b.integer("asset_id", {.min = 1});
  in.asset_kind = b.choice("asset_kind", kAssetKinds);
  in.every = static_cast<int>(b.integer("every", {.required = true, .min = -1000000, .max = 1000000}).value_or(0));
  in.unit = b.string("unit", {.required = true, .max = 20}).value_or("");
  if (auto d = b.date("first_due", true)) in.first_due = format_date(*d);
  each_object(b, "checklist", true, [&](http::JsonObjectReader& r) {
    ChecklistItem item;
    item.key = r.string("key", {.required = true, .min = 1, .max = 50}).value_or("");
    item.label = r.string("label", {.required = true, .min = 1, .max = 200}).value_or("");
    item.kind = r.choice("kind", kChecklistKinds, true).value_or("");
    item.unit = r.string("unit", {.max = 20}).value_or("");
    item.min = r.number("min");
    item.max = r.number("max");
    in.checklist.push_back(std::move(item));
  });
  b.finish();
  return in;
}

std::vector<Answer> read_results(http::JsonBody& b) {
  std::vector<Answer> out;
  each_object(b, "results", true, [&](http::JsonObjectReader& r) {
    Answer a;
    a.key = r.string("key", {.required = true, .min = 1, .max = 50}).value_or("");
    a.ok = r.boolean("ok");
    a.value = r.number("value");
    a.unit = r.string("unit", {.max = 20});
    a.note = r.string("note", {.max = 500}).value_or("");
    out.push_back(std::move(a));
  });
  b.finish();
  return out;
}

std::string media_type(const Request& req) {
  std::string type(req.header("content-type").value_or(""));
  if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type;
}

http::Response work_order_response(const WorkOrder& o) {
  return http::json_response(shape::value_of(o, work_order_shape));
}

}  // namespace

void add_maintenance_routes(http::Router& router, Maintenance& svc) {
  const auto work_order_schema = shape::schema_of<WorkOrder>("WorkOrder", work_order_shape);
  const auto plan_schema = shape::schema_of<Plan>("MaintenancePlan", plan_shape);

  router.add({.method = "GET",
              .pattern = "/api/v1/facility/maintenance-plans",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PlanFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.asset = q.integer("asset");
                    f.kind = q.choice("kind", kAssetKinds);
                    f.active = q.boolean("active");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.plans(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, plan_shape));
                  },
              .summary = "Maintenance plans: a schedule and a checklist template for one asset or a kind of asset.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .query = http::list_docs(maintenance_store::kPlanList,
                                       {{"asset", "integer", "Asset id (plans of that one asset)."},
                                        {"kind", "string", "Plans covering every asset of a kind.", kAssetKinds},
                                        {"active", "boolean", "Active or paused."}},
                                       {.q = "Part of the plan's name."}),
              .response_schema = shape::page_of<Plan>("MaintenancePlan", plan_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/maintenance-plans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto p = svc.plan(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "A maintenance plan.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .response_schema = plan_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/maintenance-plans",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_plan(b);
                    auto p = svc.create_plan(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(p, plan_shape), 201);
                  },
              .summary = "Add a maintenance plan: every N days or months from its first due date, with a checklist "
                         "(yes/no, readings with unit and acceptable range, photos).",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = kPlanSchema,
              .response_schema = plan_schema,
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/facility/maintenance-plans/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_plan(b);
                    auto p = svc.update_plan(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "Edit a maintenance plan: the create form's fields, all given. Work orders already "
                         "generated keep their due dates; later ones follow the new schedule.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = kPlanSchema,
              .response_schema = plan_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/maintenance-plans/{id}/active",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    bool active = b.boolean("active", true).value_or(false);
                    b.finish();
                    auto p = svc.set_plan_active(http::context_of(req), id, active).take();
                    return http::json_response(shape::value_of(p, plan_shape));
                  },
              .summary = "Pause or resume a plan; a paused plan generates no work orders.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = object_schema({{"active", prop("boolean")}}, {"active"}),
              .response_schema = plan_schema});

  router.add({.method = "GET",
              .pattern = "/api/v1/facility/work-orders",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    WorkOrderFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kWorkOrderStatuses);
                    f.kind = q.choice("kind", kAssetKinds);
                    f.assignee = q.string("assignee", 100);
                    f.asset = q.integer("asset");
                    f.plan = q.integer("plan");
                    f.overdue = q.boolean("overdue");
                    if (auto d = q.date("due_from")) f.due_from = format_date(*d);
                    if (auto d = q.date("due_to")) f.due_to = format_date(*d);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.work_orders(http::context_of(req), f).take();
                    return http::page_response(
                        req, page, count,
                        shape::text_array(rows, [](auto& w, const WorkOrder& o) { write_work_order(w, o, false); }));
                  },
              .summary = "Maintenance work orders; overdue ones (not closed, due before today) are flagged.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .query = http::list_docs(maintenance_store::kWorkOrderList,
                                       {{"status", "string", "Status.", kWorkOrderStatuses},
                                        {"overdue", "boolean", "Only overdue (true) or only not overdue (false)."},
                                        {"kind", "string", "Kind of the asset.", kAssetKinds},
                                        {"assignee", "string", "Username of the assignee."},
                                        {"asset", "integer", "Asset id."},
                                        {"plan", "integer", "Plan id."},
                                        {"due_from", "string", "Due on or after (date)."},
                                        {"due_to", "string", "Due on or before (date)."}},
                                       {.q = "Part of the asset's code or name or the plan's name."}),
              .response_schema = shape::page_of<WorkOrder>("WorkOrder", work_order_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/work-orders/{id}",
              .handler =
                  [&svc](Request& req) {
                    return work_order_response(svc.work_order(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A work order with its checklist, answers (failed items marked) and photos.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .response_schema = work_order_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/work-orders/{id}/assign",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto assignee = b.string("assignee", {.required = true, .min = 1, .max = 100}).value_or("");
                    b.finish();
                    return work_order_response(svc.assign(http::context_of(req), id, assignee).take());
                  },
              .summary = "Assign a work order (a closed one answers 409).",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = object_schema({{"assignee", prop("string")}}, {"assignee"}),
              .response_schema = work_order_schema});
  router.add({.method = "PUT",
              .pattern = "/api/v1/facility/work-orders/{id}/results",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto results = read_results(b);
                    return work_order_response(svc.record(http::context_of(req), id, results).take());
                  },
              .summary = "Fill in checklist items (by key): yes/no, readings in the item's unit. A reading in another "
                         "unit or physically impossible answers 422 and changes nothing.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .request_schema = kResultsSchema,
              .response_schema = work_order_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/work-orders/{id}/photos",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto item = q.string("item", 50);
                    if (!item) q.error("item", "required", "The checklist item the photo shows.");
                    q.finish();
                    return work_order_response(
                        svc.add_photo(http::context_of(req), id, *item, media_type(req), req.body).take());
                  },
              .summary = "Upload a photo (the body, JPEG or PNG) for a checklist item.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .query = {{"item", "string", "the checklist item's key"}},
              .response_schema = work_order_schema,
              .request_types = kPhotoTypes});
  router.add({.method = "GET",
              .pattern = "/api/v1/facility/work-orders/{id}/photos/{photo}",
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
              .summary = "A work order's photo.",
              .tag = "facility",
              .permission = "facility.maintenance.read",
              .response_type = "application/octet-stream"});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/work-orders/{id}/complete",
              .handler =
                  [&svc](Request& req) {
                    return work_order_response(svc.complete(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "Every checklist item answered and photographed: the work order waits for sign-off.",
              .tag = "facility",
              .permission = "facility.maintenance.write",
              .response_schema = work_order_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/facility/work-orders/{id}/sign-off",
              .handler =
                  [&svc](Request& req) {
                    return work_order_response(svc.sign_off(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A second person signs a completed work order off: it closes with the plan's next due date.",
              .tag = "facility",
              .permission = "facility.maintenance.sign",
              .response_schema = work_order_schema});
}

}  // namespace colo::facility
