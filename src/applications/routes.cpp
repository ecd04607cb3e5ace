// HTTP adapter for hosting applications: list, create, read, change, workflow actions and the
// feasibility assessment.
#include "applications/routes.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "applications/lists.hpp"
#include "applications/render.hpp"
#include "applications/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::applications {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// Schemas of the answers, from the shapes that write them (applications/render.hpp).
constexpr auto application_shape = [](auto& w, const Application& a) { render::application(w, a, true); };
constexpr auto detail_shape = [](auto& w, const Detail& d) { render::detail(w, d); };
constexpr auto feasibility_shape = [](auto& w, const Feasibility& f) { render::feasibility(w, f); };

// A positive amount with up to three decimals as an integer count of thousandths (kW -> W, kg -> g).
std::optional<std::int64_t> thousandths(http::JsonObjectReader& r, std::string_view key, double max) {
  auto v = r.number(key, {.min = 0, .max = max});
  if (!v) return std::nullopt;
  double scaled = *v * 1000.0;
  if (std::fabs(scaled - std::round(scaled)) > 1e-6) {
    r.error(key, "precision", "At most three decimals.");
    return std::nullopt;
  }
  return static_cast<std::int64_t>(std::llround(scaled));
}

std::vector<DeviceLine> read_devices(http::JsonObjectReader& body, const json::array& items) {
  std::vector<DeviceLine> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string prefix = "devices/" + std::to_string(i) + "/";
    if (!items[i].is_object()) {
      body.error("devices", "invalid", "Each device line is an object.");
      continue;
    }
    DeviceLine l;
    std::vector<FieldError> line_errors;
    http::JsonObjectReader r(items[i].as_object(), prefix, &line_errors);
    l.device_type_id = r.integer("device_type_id", {.min = 1});
    l.label = r.string("label", {.max = 200}).value_or("");
    l.count = static_cast<int>(r.integer("count", {.min = 1, .max = 1000}).value_or(1));
    if (!l.device_type_id) {
      if (l.label.empty()) r.error("label", "required", "Describe the device, or give a device type.");
      auto u = r.number("u_height", {.required = true, .min = 0.5, .max = 100});
      if (u) {
        if (std::fabs(*u * 2 - std::round(*u * 2)) > 1e-9)
          r.error("u_height", "half_unit", "Heights are in half-unit steps.");
        else
          l.height_hu = static_cast<int>(std::lround(*u * 2));
      }
      // A device draws power: 0 W would make the feasibility assessment count it as free.
      l.power_w = r.integer("power_w", {.required = true, .min = 1, .max = 100000}).value_or(0);
      l.weight_g = thousandths(r, "weight_kg", 2000).value_or(0);
      l.full_depth = r.boolean("full_depth").value_or(true);
    } else {
      // A catalogue type brings its own figures; the weight may be given when the catalogue has none,
      // and the power must be when the type has no figure (checked by the service).
      l.weight_g = thousandths(r, "weight_kg", 2000).value_or(0);
      if (auto w = r.integer("power_w", {.min = 1, .max = 100000})) {
        l.power_w = *w;
        l.power_stated = true;
      }
      for (const char* k : {"u_height", "full_depth"})
        if (r.has(k)) r.error(k, "from_type", "Taken from the device type.");
    }
    r.reject_unknown();
    for (auto& e : line_errors) body.error(e.field, e.code, e.message);  // e.field is "devices/<i>/<key>"
    out.push_back(std::move(l));
  }
  return out;
}

ApplicationInput read_input(http::JsonBody& b, bool create) {
  ApplicationInput in;
  if (create)
    in.customer_id = b.integer("customer_id", {.min = 1});
  else if (b.has("customer_id"))
    in.customer_id = b.integer("customer_id");
  if (const auto* devices = b.array("devices")) {
    if (devices->size() > 200)
      b.error("devices", "too_many", "At most 200 device lines.");
    else
      in.devices = read_devices(b, *devices);
  }
  for (const char* key : {"site_id", "room_id"}) {
    if (!b.has(key)) continue;
    std::optional<std::int64_t> v;
    if (b.is_null(key))
      b.raw(key);
    else
      v = b.integer(key, {.min = 1});
    (std::string_view(key) == "site_id" ? in.site_id : in.room_id) = v;
  }
  in.space = b.choice("space", kSpaceKinds);
  if (auto u = b.integer("units", {.min = 0, .max = 10000})) in.units = static_cast<int>(*u);
  if (auto r = b.integer("racks", {.min = 0, .max = 1000})) in.racks = static_cast<int>(*r);
  in.power_w = thousandths(b, "power_kw", 100000);
  in.redundant = b.boolean("redundant");
  in.bandwidth_mbps = b.integer("bandwidth_mbps", {.min = 0, .max = 10'000'000});
  if (auto n = b.integer("ipv4_count", {.min = 0, .max = 65536})) in.ipv4_count = static_cast<int>(*n);
  if (b.has("start_date")) {
    if (b.is_null("start_date")) {
      b.raw("start_date");
      in.start_date = std::optional<Date>{};
    } else if (auto d = b.date("start_date")) {
      in.start_date = std::optional<Date>(*d);
    }
  }
  if (auto t = b.integer("term_months", {.min = 0, .max = 120})) in.term_months = static_cast<int>(*t);
  if (const auto* extras = b.array("extra_services")) {
    std::vector<std::string> v;
    for (const auto& e : *extras) {
      if (!e.is_string() ||
          std::find(kExtraServices.begin(), kExtraServices.end(), e.as_string()) == kExtraServices.end()) {
        b.error("extra_services", "invalid", "Extra services are remote_hands and data_backup.");
        continue;
      }
      std::string s(e.as_string());
      if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
    }
    in.extra_services = std::move(v);
  }
  in.notes = b.string("notes", {.max = 4000});
  b.finish();
  return in;
}

const json::value kDeviceLineSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"device_type_id", json::object{{"type", "integer"}}},
                                             {"label", json::object{{"type", "string"}}},
                                             {"u_height", json::object{{"type", "number"}}},
                                             {"power_w", json::object{{"type", "integer"}}},
                                             {"weight_kg", json::object{{"type", "number"}}},
                                             {"full_depth", json::object{{"type", "boolean"}}},
                                             {"count", json::object{{"type", "integer"}}}}}};

const json::value kApplicationSchema = json::object{
    {"type", "object"},
    {"properties",
     json::object{{"customer_id", json::object{{"type", "integer"}}},
                  {"devices", json::object{{"type", "array"}, {"items", kDeviceLineSchema}}},
                  {"site_id", json::object{{"type", json::array{"integer", "null"}}}},
                  {"room_id", json::object{{"type", json::array{"integer", "null"}}}},
                  {"space", json::object{{"enum", json::array{"units", "racks"}}}},
                  {"units", json::object{{"type", "integer"}}},
                  {"racks", json::object{{"type", "integer"}}},
                  {"power_kw", json::object{{"type", "number"}}},
                  {"redundant", json::object{{"type", "boolean"}}},
                  {"bandwidth_mbps", json::object{{"type", "integer"}}},
                  {"ipv4_count", json::object{{"type", "integer"}}},
                  {"start_date", json::object{{"type", json::array{"string", "null"}}, {"format", "date"}}},
                  {"term_months", json::object{{"type", "integer"}}},
                  {"extra_services",
                   json::object{{"type", "array"},
                                {"items", json::object{{"enum", json::array{"remote_hands", "data_backup"}}}}}},
                  {"notes", json::object{{"type", "string"}}}}}};

const json::value kTransitionSchema = json::object{
    {"type", "object"},
    {"required", json::array{"action"}},
    {"properties",
     json::object{{"action", json::object{{"enum", json::array{"submit", "approve", "reject", "return", "withdraw"}}}},
                  {"comment", json::object{{"type", "string"}}},
                  // The state the actor saw: a step decided meanwhile answers 409.
                  {"from", json::object{{"type", "string"}}}}}};

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/applications",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ListFilter f;
                    f.status = q.choice("status", kStates);
                    f.customer = q.integer("customer", {.min = 1});
                    f.q = q.string("q", 100);
                    f.mine = q.boolean("mine").value_or(false);
                    f.pending_for_me = q.choice("pending_for", {"me"}).has_value();
                    f.sort = q.string("sort", 100);
                    q.boolean("brief");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count,
                                               shape::text_array(rows, [](auto& w, const Application& a) {
                                                 render::application(w, a, false);
                                               }));
                  },
              .summary = "List hosting applications (customers: their own). pending_for=me is the caller's "
                         "inbox: the review steps of their department, or a customer's drafts and returned ones.",
              .tag = "applications",
              .permission = "applications.read",
              .query = http::list_docs(store::kApplicationList,
                                       {{"status", "string", "Application status.", kStates},
                                        {"customer", "integer", "Customer id."},
                                        {"mine", "boolean", "Created by the caller."},
                                        {"pending_for", "string", "me: the caller's department's reviews.", {"me"}}},
                                       {.brief = true, .q = "Part of the number or customer name."}),
              .response_schema = shape::page_of<Application>("Application", application_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_input(b, true);
                    auto d = svc.create(http::context_of(req), in).take();
                    return http::json_response(detail_json(d), 201);
                  },
              .summary = "Create a hosting application as a draft (R3.1.1); staff name the customer.",
              .tag = "applications",
              .permission = "applications.create",
              .request_schema = kApplicationSchema,
              .response_schema = shape::schema_of<Detail>("ApplicationDetail", detail_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/applications/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.get(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "An application with its timeline and the actions the caller may take.",
              .tag = "applications",
              .permission = "applications.read",
              .response_schema = shape::schema_of<Detail>("ApplicationDetail", detail_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/applications/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_input(b, false);
                    auto d = svc.update(http::context_of(req), id, in).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Change a draft or returned application.",
              .tag = "applications",
              .permission = "applications.create",
              .request_schema = kApplicationSchema,
              .response_schema = shape::schema_of<Detail>("ApplicationDetail", detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/transitions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto action = b.string("action", {.required = true, .max = 40});
                    auto comment = b.string("comment", {.max = 2000}).value_or("");
                    auto from = b.string("from", {.max = 40});
                    b.finish();
                    auto d = svc.transition(http::context_of(req), id, *action, comment, from).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Take a workflow action: submit, approve, reject (reason), return (reason), withdraw. "
                         "Each review step belongs to its department; one person approves at most one step.",
              .tag = "applications",
              .permission = "applications.read",
              .request_schema = kTransitionSchema,
              .response_schema = shape::schema_of<Detail>("ApplicationDetail", detail_shape)});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/applications/{id}/feasibility",
       .handler =
           [&svc](Request& req) {
             auto f = svc.feasibility(http::context_of(req), http::id_param(req)).take();
             return http::json_response(feasibility_json(f));
           },
       .summary =
           "The automatic feasibility assessment (R3.2.1): a placement for every device, power, "
           "weight, uplink bandwidth and free IPv4 addresses, with a reason for all that does not fit. Staff only.",
       .tag = "applications",
       .permission = "applications.read",
       .response_schema = shape::schema_of<Feasibility>("Feasibility", feasibility_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/feasibility/accept",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.accept_feasibility(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Accept the current proposal: its units are reserved for the customer for 30 days.",
              .tag = "applications",
              .permission = "applications.review.technical",
              .response_schema = shape::schema_of<Detail>("ApplicationDetail", detail_shape)});
}

}  // namespace colo::applications
