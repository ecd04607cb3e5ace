// HTTP adapter for firewall requests, their review and the rules in force.
#include "firewall/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "firewall/service.hpp"
#include "firewall/store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::firewall {

namespace json = boost::json;

namespace {

template <typename W>
void write_line(W& w, const Line& l) {
  w.field("direction", l.direction, kDirections);
  w.field("protocol", l.protocol, kProtocols);
  w.field("source", l.source);
  w.field("destination", l.destination);
  w.field("ports", l.ports);
}

template <typename W>
void write_request(W& w, const Request& r, bool detail) {
  w.field("id", r.id);
  w.field("number", r.number);
  w.field("customer_id", r.customer_id);
  w.field("customer_name", r.customer_name);
  w.field("device_id", r.device_id);
  w.field("device_name", r.device_name);
  w.field("action", r.action, kActions);
  w.field("reason", r.reason);
  w.field("expires_on", r.expires_on);
  w.field("risk_level", r.risk_level, kRiskLevels);
  w.strings("risk_flags", r.risk_flags, kRiskFlags);
  w.field("status", r.status, kStatuses);
  w.field("review_risk_level", r.review_risk_level);
  w.field("review_note", r.review_note);
  w.field("reviewed_by", r.reviewed_by);
  w.field("reviewed_at", r.reviewed_at);
  w.field("created_by", r.created_by);
  w.field("created_at", r.created_at);
  w.field("updated_at", r.updated_at);
  w.when(detail, [&] {
    w.array("lines", "FirewallRequestLine", r.lines, [&](const RequestLine& l) {
      w.field("id", l.id);
      write_line(w, l.line);
      w.strings("risk_flags", l.risk_flags, kRiskFlags);
      w.field("rule_id", l.rule_id);
    });
  });
}

template <typename W>
void write_rule(W& w, const Rule& r) {
  w.field("id", r.id);
  w.field("customer_id", r.customer_id);
  w.field("customer_name", r.customer_name);
  w.field("device_id", r.device_id);
  w.field("device_name", r.device_name);
  write_line(w, r.line);
  w.field("risk_level", r.risk_level, kRiskLevels);
  w.field("expires_on", r.expires_on);
  w.field("added_request_id", r.added_request_id);
  w.field("added_request_number", r.added_request_number);
  w.field("added_at", r.added_at);
  w.field("reviewed_by", r.reviewed_by);
  w.field("removed_request_id", r.removed_request_id);
  w.field("removed_request_number", r.removed_request_number);
  w.field("removed_at", r.removed_at);
  w.field("removed_reason", r.removed_reason);
}

constexpr auto request_shape = [](auto& w, const Request& r) { write_request(w, r, true); };
constexpr auto request_row_shape = [](auto& w, const Request& r) { write_request(w, r, false); };
constexpr auto rule_shape = [](auto& w, const Rule& r) { write_rule(w, r); };

json::object prop(const char* type) { return json::object{{"type", type}}; }

const json::value kRequestSchema = json::object{
    {"type", "object"},
    {"required", json::array{"action", "device_id", "reason"}},
    {"properties",
     json::object{{"action", json::object{{"enum", json::value_from(kActions)}}},
                  {"device_id", prop("integer")},
                  {"reason", prop("string")},
                  {"expires_on", json::object{{"type", json::array{"string", "null"}}, {"format", "date"}}},
                  {"lines", json::object{{"type", "array"},
                                         {"items", json::object{{"type", "object"},
                                                                {"properties",
                                                                 json::object{
                                                                     {"direction", prop("string")},
                                                                     {"protocol", prop("string")},
                                                                     {"source", prop("string")},
                                                                     {"destination", prop("string")},
                                                                     {"ports", prop("string")},
                                                                 }}}}}},
                  {"rule_ids", json::object{{"type", "array"}, {"items", prop("integer")}}}}}};

const json::value kReviewSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"decision", "risk_level", "note"}},
                 {"properties", json::object{{"decision", json::object{{"enum", json::value_from(kDecisions)}}},
                                             {"risk_level", json::object{{"enum", json::value_from(kRiskLevels)}}},
                                             {"note", prop("string")}}}};

RequestInput read_request(http::JsonBody& b) {
  RequestInput in;
  in.action = b.choice("action", kActions, true).value_or("");
  in.device_id = b.integer("device_id", {.required = true, .min = 1}).value_or(0);
  in.reason = b.string("reason", {.required = true, .max = 1000}).value_or("");
  if (b.has("expires_on") && !b.is_null("expires_on")) {
    if (auto d = b.date("expires_on")) in.expires_on = format_date(*d);
  } else if (b.has("expires_on")) {
    b.raw("expires_on");
  }
  if (const auto* lines = b.array("lines")) {
    for (std::size_t i = 0; i < lines->size(); ++i) {
      const std::string prefix = "lines/" + std::to_string(i) + "/";
      if (!(*lines)[i].is_object()) {
        b.error("lines", "invalid", "Each rule is an object.");
        continue;
      }
      http::JsonObjectReader r((*lines)[i].as_object(), prefix, &b.errors());
      LineInput l;
      l.direction = r.string("direction", {.required = true, .max = 20}).value_or("");
      l.protocol = r.string("protocol", {.required = true, .max = 20}).value_or("");
      l.source = r.string("source", {.required = true, .max = 100}).value_or("");
      l.destination = r.string("destination", {.required = true, .max = 100}).value_or("");
      l.ports = r.string("ports", {.max = 200}).value_or("");
      r.reject_unknown();
      in.lines.push_back(std::move(l));
    }
  }
  if (const auto* ids = b.array("rule_ids")) {
    for (const auto& v : *ids) {
      if (!v.is_int64() || v.as_int64() <= 0) {
        b.error("rule_ids", "invalid", "Rule ids are positive integers.");
        continue;
      }
      in.rule_ids.push_back(v.as_int64());
    }
  }
  b.finish();
  return in;
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/firewall/requests",
              .handler =
                  [&svc](http::Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    RequestFilter f;
                    f.q = q.string("q", 100);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.device_id = q.integer("device", {.min = 1});
                    f.status = q.choice("status", kStatuses);
                    f.action = q.choice("action", kActions);
                    f.risk_level = q.choice("risk_level", kRiskLevels);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.requests(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, request_row_shape));
                  },
              .summary = "Firewall requests (a customer sees only its own).",
              .tag = "firewall",
              .permission = "firewall.read",
              .query = http::list_docs(store::kRequestList,
                                       {{"customer", "integer", "The customer's requests."},
                                        {"device", "integer", "The device's requests."},
                                        {"status", "string", "Request status.", kStatuses},
                                        {"action", "string", "Open or close.", kActions},
                                        {"risk_level", "string", "Risk the rules found.", kRiskLevels}},
                                       {.q = "Part of the number, customer, device or reason."}),
              .response_schema = shape::page_of<Request>("FirewallRequestRow", request_row_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/firewall/requests",
              .handler =
                  [&svc](http::Request& req) {
                    http::JsonBody b(req);
                    auto in = read_request(b);
                    auto r = svc.create(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(r, request_shape), 201);
                  },
              .summary = "Ask to open (lines) or close (rule_ids) access on one of the customer's devices.",
              .tag = "firewall",
              .permission = "firewall.request",
              .request_schema = kRequestSchema,
              .response_schema = shape::schema_of<Request>("FirewallRequest", request_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/firewall/requests/{id}",
              .handler =
                  [&svc](http::Request& req) {
                    auto r = svc.request(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(r, request_shape));
                  },
              .summary = "A firewall request with its lines.",
              .tag = "firewall",
              .permission = "firewall.read",
              .response_schema = shape::schema_of<Request>("FirewallRequest", request_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/firewall/requests/{id}/review",
              .handler =
                  [&svc](http::Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    Review rv;
                    rv.decision = b.choice("decision", kDecisions, true).value_or("");
                    rv.risk_level = b.choice("risk_level", kRiskLevels, true).value_or("");
                    rv.note = b.string("note", {.required = true, .max = 2000}).value_or("");
                    b.finish();
                    auto r = svc.review(http::context_of(req), id, rv).take();
                    return http::json_response(shape::value_of(r, request_shape));
                  },
              .summary = "Approve or reject a firewall request with a risk level and note (security review).",
              .tag = "firewall",
              .permission = "firewall.review",
              .request_schema = kReviewSchema,
              .response_schema = shape::schema_of<Request>("FirewallRequest", request_shape)});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/firewall/rules",
       .handler =
           [&svc](http::Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             RuleFilter f;
             f.q = q.string("q", 100);
             f.customer_id = q.integer("customer", {.min = 1});
             f.device_id = q.integer("device", {.min = 1});
             f.in_force = !q.boolean("history").value_or(false);
             f.expiring_within = q.integer("expiring_within", {.min = 0, .max = 3650});
             f.sort = q.string("sort", 100);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.rules(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, rule_shape));
           },
       .summary = "The firewall rules in force per customer and device; history=true adds the removed ones.",
       .tag = "firewall",
       .permission = "firewall.read",
       .query = http::list_docs(
           store::kRuleList,
           {{"customer", "integer", "The customer's rules."},
            {"device", "integer", "The device's rules."},
            {"history", "boolean", "Also the rules removed (closed or expired), with by which request and when."},
            {"expiring_within", "integer", "Only rules in force expiring within this many days."}},
           {.q = "Part of the customer, device, addresses or ports."}),
       .response_schema = shape::page_of<Rule>("FirewallRule", rule_shape)});
}

}  // namespace colo::firewall
