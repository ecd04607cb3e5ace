#include "servicedesk/levels_routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_shapes.hpp"

namespace colo::servicedesk {

namespace json = boost::json;
using http::Request;

namespace {

json::object prop(const char* type) { return json::object{{"type", type}}; }
json::value object_schema(json::object props, json::array required = {}) {
  return json::object{{"type", "object"}, {"required", std::move(required)}, {"properties", std::move(props)}};
}

struct Credits {
  std::string month;
  std::vector<Credit> results;
};
constexpr auto credits_shape = [](auto& w, const Credits& c) {
  w.field("month", c.month);
  w.array("results", "SlaCredit", c.results, [&](const Credit& k) { credit_shape(w, k); });
};

constexpr auto table_shape = [](auto& w, const CreditTable& t) {
  w.array("steps", "SlaCreditStep", t.steps, [&](const CreditStep& s) {
    w.field("below_bp", s.below_bp);
    w.field("credit_bp", s.credit_bp);
  });
  w.field("cap_bp", t.cap_bp);
};

constexpr auto outage_shape = [](auto& w, const Outage& o) {
  w.field("id", o.id);
  w.field("customer_id", o.customer_id);
  w.field("contract_id", o.contract_id);
  w.field("service", o.service);
  w.field("started_at", format_instant(o.started_at));
  w.field("ended_at", format_instant(o.ended_at));
  w.field("cause", o.cause);
  w.field("announced_maintenance", o.announced_maintenance);
  w.field("source", o.source, kOutageSources);
  w.field("recorded_by", o.recorded_by_name);
  w.field("created_at", o.created_at);
};

struct Outages {
  std::vector<Outage> results;
};
constexpr auto outages_shape = [](auto& w, const Outages& o) {
  w.array("results", "SlaOutage", o.results, [&](const Outage& x) { outage_shape(w, x); });
};

constexpr auto claim_shape = [](auto& w, const Claim& c) {
  w.field("id", c.id);
  w.field("number", c.number);
  w.field("ticket_id", c.ticket_id);
  w.field("customer_id", c.customer_id);
  w.field("contract_id", c.contract_id);
  w.field("description", c.description);
  w.field("evidence", c.evidence);
  w.field("claimed_fen", c.claimed_fen);
  w.field("assessment", c.assessment);
  w.field("assessed_by", c.assessed_by_name);
  w.field("assessed_at", c.assessed_at);
  w.field("agreed_fen", c.agreed_fen);
  w.field("charge_id", c.charge_id);
  w.field("status", c.status, kClaimStatuses);
  w.field("created_by", c.created_by_name);
  w.field("created_at", c.created_at);
  w.field("updated_at", c.updated_at);
  w.field("row_version", c.row_version);
};
struct Claims {
  std::vector<Claim> results;
};
constexpr auto claims_shape = [](auto& w, const Claims& c) {
  w.array("results", "CompensationClaim", c.results, [&](const Claim& k) { claim_shape(w, k); });
};

struct Actions {
  std::vector<ImprovementAction> results;
};
constexpr auto actions_shape = [](auto& w, const Actions& a) {
  w.array("results", "ImprovementAction", a.results, [&](const ImprovementAction& x) { action_shape(w, x); });
};

constexpr auto month_end_shape = [](auto& w, const MonthEndReport& r) {
  w.field("month", r.month);
  w.field("contracts", r.contracts);
  w.field("computed", r.computed);
  w.field("already", r.already);
  w.field("unmeasured", r.unmeasured);
  w.field("with_credit", r.with_credit);
  w.strings("errors", r.errors);
};

struct Imported {
  std::string month;
  int imported = 0;
};
constexpr auto imported_shape = [](auto& w, const Imported& i) {
  w.field("month", i.month);
  w.field("imported", i.imported);
};

// The routes that move one object on (a credit's review, a claim's decision, an action's step)
// read the same way: the id, a body of the step's own fields plus the row_version its 409 checks,
// then the service's answer as the object's shape. `read` fills the step's own fields.
template <class In, class Read, class Act, class Shape>
http::RouteHandler step_handler(Read read, Act act, Shape write) {
  return [read, act, write](Request& req) {
    auto id = http::id_param(req);
    http::JsonBody b(req);
    In in = read(b);
    if (auto v = b.integer("row_version", {.min = 1})) in.row_version = static_cast<int>(*v);
    b.finish();
    auto out = act(http::context_of(req), id, in).take();
    return http::json_response(shape::value_of(out, write));
  };
}

// A step's request schema: its own properties and the row_version every step takes.
json::value step_schema(json::object props, json::array required = {}) {
  props["row_version"] = prop("integer");
  return object_schema(std::move(props), std::move(required));
}

Outage outage_from(http::JsonObjectReader& b) {
  Outage o;
  o.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
  o.contract_id = b.integer("contract_id", {.min = 1});
  o.service = b.string("service", {.min = 1, .max = 64});
  o.started_at = b.instant("started_at", true).value_or(Instant{});
  o.ended_at = b.instant("ended_at", true).value_or(Instant{});
  o.cause = b.string("cause", {.max = 500}).value_or("");
  o.announced_maintenance = b.boolean("announced_maintenance").value_or(false);
  return o;
}

json::object outage_props() {
  return {{"customer_id", prop("integer")},
          {"contract_id", prop("integer")},
          {"service", prop("string")},
          {"started_at", json::object{{"type", "string"}, {"format", "date-time"}}},
          {"ended_at", json::object{{"type", "string"}, {"format", "date-time"}}},
          {"cause", prop("string")},
          {"announced_maintenance", prop("boolean")}};
}

}  // namespace

void add_levels_routes(http::Router& router, ServiceLevels& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/indicators",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    auto customer = q.integer("customer", {.min = 1});
                    q.finish();
                    auto m = svc.indicators(http::context_of(req), month, customer).take();
                    return http::json_response(shape::value_of(m, indicators_shape));
                  },
              .summary = "The month's measured indicators (R7.1.2) of one customer (customers: their own) or of all: "
                         "availability (measured=false when nothing covered the month), response and resolution "
                         "against target, tickets by type and priority, complaints and their answer times, "
                         "satisfaction.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<MonthIndicators>("SlaIndicators", indicators_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/credits",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    auto customer = q.integer("customer", {.min = 1});
                    q.finish();
                    Credits c{month, svc.credits(http::context_of(req), month, customer).take()};
                    return http::json_response(shape::value_of(c, credits_shape));
                  },
              .summary = "The month's SLA credits with their computation (R9.2.1); customers see their own.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<Credits>("SlaCredits", credits_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/credits/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto c = svc.credit(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(c, credit_shape));
                  },
              .summary = "One SLA credit and how it was computed.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<Credit>("SlaCredit", credit_shape)});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/levels/credits/{id}/review",
       .handler = step_handler<Review>(
           [](http::JsonBody& b) {
             Review r;
             r.amount_fen = b.integer("amount_fen", {.min = 0, .max = 100'000'000'000});
             r.reason = b.string("reason", {.max = 1000});
             return r;
           },
           [&svc](const Context& ctx, std::int64_t id, const Review& r) { return svc.review_credit(ctx, id, r); },
           credit_shape),
       .summary = "Finance approves a credit as computed, or adjusts its amount with a reason; the amount "
                  "is left for billing as a negative charge on the next invoice.",
       .tag = "servicedesk",
       .permission = "service_levels.review",
       .request_schema = step_schema({{"amount_fen", prop("integer")}, {"reason", prop("string")}}),
       .response_schema = shape::schema_of<Credit>("SlaCredit", credit_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/levels/month-end",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto month = b.string("month", {.required = true, .min = 7, .max = 7}).value_or("");
                    b.finish();
                    auto r = svc.run_month_end(http::context_of(req), month).take();
                    return http::json_response(shape::value_of(r, month_end_shape));
                  },
              .summary = "Compute the month's SLA credits now (the daily job does it on the month's first day "
                         "after); once per contract and month.",
              .tag = "servicedesk",
              .permission = "service_levels.review",
              .request_schema = object_schema({{"month", prop("string")}}, {"month"}),
              .response_schema = shape::schema_of<MonthEndReport>("SlaMonthEnd", month_end_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/contracts/{id}/credit-table",
              .handler =
                  [&svc](Request& req) {
                    auto t = svc.credit_table(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(t, table_shape));
                  },
              .summary = "A contract's SLA credit table (the default ladder when it has none of its own).",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<CreditTable>("SlaCreditTable", table_shape)});
  router.add(
      {.method = "PUT",
       .pattern = "/api/v1/servicedesk/contracts/{id}/credit-table",
       .handler =
           [&svc](Request& req) {
             auto id = http::id_param(req);
             http::JsonBody b(req);
             CreditTable t;
             if (const auto* steps = b.array("steps", true)) {
               for (std::size_t i = 0; i < steps->size(); ++i) {
                 const auto* o = (*steps)[i].if_object();
                 if (!o) {
                   b.error("steps", "invalid", "Each step is an object.");
                   continue;
                 }
                 http::JsonObjectReader r(*o, "steps/" + std::to_string(i) + "/", &b.errors());
                 CreditStep s;
                 s.below_bp = static_cast<int>(r.integer("below_bp", {.required = true}).value_or(0));
                 s.credit_bp = static_cast<int>(r.integer("credit_bp", {.required = true}).value_or(0));
                 r.reject_unknown();
                 t.steps.push_back(s);
               }
             }
             t.cap_bp = static_cast<int>(b.integer("cap_bp", {.required = true}).value_or(0));
             b.finish();
             auto saved = svc.set_credit_table(http::context_of(req), id, t).take();
             return http::json_response(shape::value_of(saved, table_shape));
           },
       .summary = "Set a contract's SLA credit table: steps of falling thresholds and rising credits (basis "
                  "points of the affected service's monthly fee) and the cap of the month's fee.",
       .tag = "servicedesk",
       .permission = "service_levels.review",
       .request_schema = object_schema({{"steps", json::object{{"type", "array"},
                                                               {"items", object_schema({{"below_bp", prop("integer")},
                                                                                        {"credit_bp", prop("integer")}},
                                                                                       {"below_bp", "credit_bp"})}}},
                                        {"cap_bp", prop("integer")}},
                                       {"steps", "cap_bp"}),
       .response_schema = shape::schema_of<CreditTable>("SlaCreditTable", table_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/outages",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto customer = q.integer("customer", {.min = 1});
                    auto month = q.string("month", 7).value_or("");
                    q.finish();
                    const auto ctx = http::context_of(req);
                    const std::int64_t who = ctx.tenant() ? *ctx.tenant() : customer.value_or(0);
                    Outages o{svc.outages(ctx, who, month).take()};
                    return http::json_response(shape::value_of(o, outages_shape));
                  },
              .summary = "A customer's recorded outages of a month (customers: their own).",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<Outages>("SlaOutages", outages_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/levels/outages",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto o = outage_from(b);
                    b.finish();
                    auto saved = svc.record_outage(http::context_of(req), o).take();
                    return http::json_response(shape::value_of(saved, outage_shape), 201);
                  },
              .summary = "Record an outage by hand (announced_maintenance: it fell in announced maintenance and "
                         "does not count).",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .request_schema = object_schema(outage_props(), {"customer_id", "started_at", "ended_at"}),
              .response_schema = shape::schema_of<Outage>("SlaOutage", outage_shape),
              .success_status = 201});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/levels/outages/import",
       .handler =
           [&svc](Request& req) {
             http::JsonBody b(req);
             OutageImport in;
             in.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
             in.month = b.string("month", {.required = true, .min = 7, .max = 7}).value_or("");
             if (const auto* list = b.array("outages", true)) {
               for (std::size_t i = 0; i < list->size(); ++i) {
                 const auto* o = (*list)[i].if_object();
                 if (!o) {
                   b.error("outages", "invalid", "Each outage is an object.");
                   continue;
                 }
                 http::JsonObjectReader r(*o, "outages/" + std::to_string(i) + "/", &b.errors());
                 Outage x;
                 x.contract_id = r.integer("contract_id", {.min = 1});
                 x.service = r.string("service", {.min = 1, .max = 64});
                 x.started_at = r.instant("started_at", true).value_or(Instant{});
                 x.ended_at = r.instant("ended_at", true).value_or(Instant{});
                 x.cause = r.string("cause", {.max = 500}).value_or("");
                 x.announced_maintenance = r.boolean("announced_maintenance").value_or(false);
                 r.reject_unknown();
                 in.outages.push_back(std::move(x));
               }
             }
             b.finish();
             auto n = svc.import_outages(http::context_of(req), in).take();
             return http::json_response(shape::value_of(Imported{in.month, n}, imported_shape), 201);
           },
       .summary = "Import a customer's outages of a month, all or none; the month then counts as measured "
                  "(an import with no outages says it had none).",
       .tag = "servicedesk",
       .permission = "servicedesk.write",
       .request_schema = object_schema(
           {{"customer_id", prop("integer")}, {"month", prop("string")}, {"outages", json::object{{"type", "array"}}}},
           {"customer_id", "month", "outages"}),
       .response_schema = shape::schema_of<Imported>("SlaOutageImport", imported_shape),
       .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/claims",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto status = q.choice("status", kClaimStatuses);
                    q.finish();
                    Claims c{svc.claims(http::context_of(req), status).take()};
                    return http::json_response(shape::value_of(c, claims_shape));
                  },
              .summary = "Data-loss compensation claims (R9.2.2); customers see their own.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .response_schema = shape::schema_of<Claims>("CompensationClaims", claims_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/levels/claims",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ClaimInput in;
                    in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
                    in.ticket_id = b.integer("ticket_id", {.min = 1});
                    in.description = b.string("description", {.required = true, .min = 1, .max = 4000}).value_or("");
                    in.evidence = b.string("evidence", {.max = 4000}).value_or("");
                    in.claimed_fen =
                        b.integer("claimed_fen", {.required = true, .min = 0, .max = 100'000'000'000}).value_or(0);
                    b.finish();
                    auto c = svc.create_claim(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(c, claim_shape), 201);
                  },
              .summary = "Claim compensation for lost data on a contract, with the evidence and the amount claimed.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .request_schema = object_schema({{"contract_id", prop("integer")},
                                               {"ticket_id", prop("integer")},
                                               {"description", prop("string")},
                                               {"evidence", prop("string")},
                                               {"claimed_fen", prop("integer")}},
                                              {"contract_id", "description", "claimed_fen"}),
              .response_schema = shape::schema_of<Claim>("CompensationClaim", claim_shape),
              .success_status = 201});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/levels/claims/{id}/decision",
       .handler = step_handler<ClaimDecision>(
           [](http::JsonBody& b) {
             ClaimDecision d;
             d.action = b.choice("action", {"assess", "agree", "reject"}, true).value_or("");
             d.assessment = b.string("assessment", {.max = 4000});
             d.amount_fen = b.integer("amount_fen", {.min = 0, .max = 100'000'000'000});
             return d;
           },
           [&svc](const Context& ctx, std::int64_t id, const ClaimDecision& d) { return svc.decide_claim(ctx, id, d); },
           claim_shape),
       .summary = "Finance assesses a claim (finding and amount offered), agrees it (the amount goes to "
                  "billing as a negative charge) or rejects it.",
       .tag = "servicedesk",
       .permission = "service_levels.review",
       .request_schema = step_schema({{"action", json::object{{"enum", json::array{"assess", "agree", "reject"}}}},
                                      {"assessment", prop("string")},
                                      {"amount_fen", prop("integer")}},
                                     {"action"}),
       .response_schema = shape::schema_of<Claim>("CompensationClaim", claim_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/actions",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    const bool overdue = q.boolean("overdue").value_or(false);
                    q.finish();
                    Actions a{svc.actions(http::context_of(req), overdue).take()};
                    return http::json_response(shape::value_of(a, actions_shape));
                  },
              .summary = "Improvement actions (R7.3) by due date; overdue=true: only those past due and not closed.",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .response_schema = shape::schema_of<Actions>("ImprovementActions", actions_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/servicedesk/levels/actions",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ImprovementAction a;
                    a.title = b.string("title", {.required = true, .min = 1, .max = 200}).value_or("");
                    a.description = b.string("description", {.max = 4000}).value_or("");
                    a.owner_id = b.integer("owner_id", {.min = 1});
                    a.owner_name = b.string("owner_name", {.required = true, .min = 1, .max = 100}).value_or("");
                    a.due_date = b.date("due_date", true).value_or(Date{});
                    if (const auto* ids = b.array("ticket_ids")) {
                      for (const auto& v : *ids) {
                        if (v.is_int64() && v.as_int64() > 0)
                          a.ticket_ids.push_back(v.as_int64());
                        else
                          b.error("ticket_ids", "invalid", "Ticket ids are positive integers.");
                      }
                    }
                    b.finish();
                    auto saved = svc.create_action(http::context_of(req), a).take();
                    return http::json_response(shape::value_of(saved, action_shape), 201);
                  },
              .summary = "Open an improvement action with its owner and due date, linked to incidents and complaints.",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .request_schema = object_schema({{"title", prop("string")},
                                               {"description", prop("string")},
                                               {"owner_id", prop("integer")},
                                               {"owner_name", prop("string")},
                                               {"due_date", json::object{{"type", "string"}, {"format", "date"}}},
                                               {"ticket_ids", json::object{{"type", "array"}}}},
                                              {"title", "owner_name", "due_date"}),
              .response_schema = shape::schema_of<ImprovementAction>("ImprovementAction", action_shape),
              .success_status = 201});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/servicedesk/levels/actions/{id}/steps",
       .handler = step_handler<ActionStep>(
           [](http::JsonBody& b) {
             ActionStep s;
             s.action = b.choice("action", {"start", "verify", "reject", "close"}, true).value_or("");
             s.verification = b.string("verification", {.max = 4000});
             return s;
           },
           [&svc](const Context& ctx, std::int64_t id, const ActionStep& s) { return svc.step_action(ctx, id, s); },
           action_shape),
       .summary = "Move an improvement action on: start, verify (how its effect was checked), reject the "
                  "verification, or close a verified action.",
       .tag = "servicedesk",
       .permission = "servicedesk.write",
       .request_schema =
           step_schema({{"action", json::object{{"enum", json::array{"start", "verify", "reject", "close"}}}},
                        {"verification", prop("string")}},
                       {"action"}),
       .response_schema = shape::schema_of<ImprovementAction>("ImprovementAction", action_shape)});
  add_report_routes(router, svc);
}

}  // namespace colo::servicedesk
