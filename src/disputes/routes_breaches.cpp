// Routes of breach records: the list, one record with its evidence, and each step.
#include <boost/json.hpp>

#include <chrono>

#include "core/shape.hpp"
#include "disputes/routes.hpp"
#include "disputes/service.hpp"
#include "disputes/store.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::disputes {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr const char* kTag = "breaches";

template <typename W>
void write_breach(W& w, const Breach& b) {
  w.field("id", b.id);
  w.field("number", b.number);
  w.field("customer_id", b.customer_id);
  w.field("customer_name", b.customer_name);
  w.field("contract_id", b.contract_id);
  w.field("contract_number", b.contract_number);
  w.field("party", b.party, kParties);
  w.field("kind", b.kind, kBreachKinds);
  w.field("clause", b.clause);
  w.field("description", b.description);
  w.field("occurred_on", b.occurred_on);
  w.field("status", b.status, kBreachStatuses);
  w.field("consequence", b.consequence, kConsequences);
  w.field("consequence_amount_fen", b.consequence_amount_fen);
  w.field("consequence_note", b.consequence_note);
  w.field("charge_id", b.charge_id);
  w.field("suspension_id", b.suspension_id);
  w.field("decided_by", b.decided_by);
  w.field("decided_at", b.decided_at);
  w.field("closed_at", b.closed_at);
  w.field("created_by", b.created_by);
  w.field("created_at", b.created_at);
  w.field("updated_at", b.updated_at);
  // Detected from monitoring: the figures, which the pages render in the reader's language and
  // the business time zone. Rates in bits per second (bandwidth) or watts (power).
  w.optional_object("overuse", "BreachOveruse", b.overuse, [&](const Overuse& o) {
    w.field("metric", o.metric, kOveruseMetrics);
    w.field("from", format_instant(Instant(std::chrono::seconds(o.first_slot * 300))));
    w.field("to", format_instant(Instant(std::chrono::seconds((o.last_slot + 1) * 300))));
    w.field("minutes", o.minutes());
    w.field("peak", o.peak);
    w.field("limit", o.limit);
  });
  w.field("dismissed_reason", b.dismissed_reason);
}

constexpr auto breach_shape = [](auto& w, const Breach& b) { write_breach(w, b); };

constexpr auto breach_detail_shape = [](auto& w, const BreachDetail& x) {
  w.object("breach", "Breach", [&] { write_breach(w, x.breach); });
  w.array("evidence", "BreachEvidence", x.evidence, [&](const Evidence& e) {
    w.field("id", e.id);
    w.field("object_type", e.object_type, kEvidenceTypes);
    w.field("object_id", e.object_id);
    w.field("label", e.label);
    w.field("created_by", e.created_by);
    w.field("created_at", e.created_at);
  });
  w.strings("actions", x.actions, std::vector<std::string>{"evidence", "decide", "close", "confirm", "dismiss"});
};

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object enum_prop(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.push_back(json::string(v));
  return {{"type", "string"}, {"enum", a}};
}
json::value object_schema(json::object props, json::array required) {
  return json::object{{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}};
}

const json::value kBreachSchema =
    object_schema({{"contract_id", prop("integer")},
                   {"party", enum_prop(kParties)},
                   {"kind", enum_prop(kBreachKinds)},
                   {"clause", prop("string")},
                   {"description", prop("string")},
                   {"occurred_on", json::object{{"type", "string"}, {"format", "date"}}}},
                  {"contract_id", "party", "kind", "clause", "description", "occurred_on"});
const json::value kEvidenceSchema = object_schema(
    {{"object_type", enum_prop(kEvidenceTypes)}, {"object_id", prop("integer")}, {"label", prop("string")}},
    {"object_type"});
const json::value kDecideSchema = object_schema(
    {{"consequence", enum_prop(kConsequences)}, {"amount_fen", prop("integer")}, {"note", prop("string")}},
    {"consequence"});

const json::value kDismissSchema = object_schema({{"reason", prop("string")}}, {"reason"});

Response detail_response(const BreachDetail& d, int status = 200) {
  return http::json_response(shape::value_of(d, breach_detail_shape), status);
}

}  // namespace

void add_breach_routes(http::Router& router, Service& svc) {
  const auto detail_schema = shape::schema_of<BreachDetail>("BreachDetail", breach_detail_shape);
  router.add({.method = "GET",
              .pattern = "/api/v1/breaches",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    BreachFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.party = q.choice("party", kParties);
                    f.kind = q.choice("kind", kBreachKinds);
                    f.status = q.choice("status", kBreachStatuses);
                    f.customer = q.integer("customer");
                    f.contract = q.integer("contract");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.breaches(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, breach_shape));
                  },
              .summary = "Breach records of either side (a customer sees only its own).",
              .tag = kTag,
              .permission = "breaches.read",
              .query = http::list_docs(store::kBreachList,
                                       {{"party", "string", "Whose breach.", kParties},
                                        {"kind", "string", "Kind of breach.", kBreachKinds},
                                        {"status", "string", "Status.", kBreachStatuses},
                                        {"customer", "integer", "Customer id."},
                                        {"contract", "integer", "Contract id."}},
                                       {.q = "Part of the number, customer, contract, clause or description."}),
              .response_schema = shape::page_of<Breach>("Breach", breach_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/breaches/{id}",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(svc.breach(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A breach record with its evidence and the steps allowed.",
              .tag = kTag,
              .permission = "breaches.read",
              .response_schema = detail_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    BreachInput in;
                    in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
                    in.party = b.choice("party", kParties, true).value_or("");
                    in.kind = b.choice("kind", kBreachKinds, true).value_or("");
                    in.clause = b.string("clause", {.required = true, .min = 1, .max = 200}).value_or("");
                    in.description = b.string("description", {.required = true, .min = 1, .max = 4000}).value_or("");
                    if (auto d = b.date("occurred_on", true)) in.occurred_on = format_date(*d);
                    b.finish();
                    return detail_response(svc.record_breach(http::context_of(req), in).take(), 201);
                  },
              .summary = "Record a breach of the contract by the customer or by the operator, with the clause.",
              .tag = kTag,
              .permission = "breaches.record",
              .request_schema = kBreachSchema,
              .response_schema = detail_schema,
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches/{id}/evidence",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    EvidenceInput in;
                    in.object_type = b.choice("object_type", kEvidenceTypes, true).value_or("");
                    in.object_id = b.integer("object_id", {.min = 1});
                    in.label = b.string("label", {.max = 500}).value_or("");
                    b.finish();
                    return detail_response(svc.add_evidence(http::context_of(req), id, in).take());
                  },
              .summary = "Add evidence: a ticket or invoice of the customer, an alert or entry-log entry, a document.",
              .tag = kTag,
              .permission = "breaches.record",
              .request_schema = kEvidenceSchema,
              .response_schema = detail_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches/{id}/decision",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    Consequence c;
                    c.consequence = b.choice("consequence", kConsequences, true).value_or("");
                    c.amount_fen = b.integer("amount_fen");
                    c.note = b.string("note", {.max = 2000}).value_or("");
                    b.finish();
                    return detail_response(svc.decide(http::context_of(req), id, c).take());
                  },
              .summary = "Choose the consequence: a penalty or compensation on the next invoice, a suspension "
                         "proposed to management, a termination, or none.",
              .tag = kTag,
              .permission = "breaches.record",
              .request_schema = kDecideSchema,
              .response_schema = detail_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches/{id}/close",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(svc.close_breach(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "Close a breach record once its consequence is decided.",
              .tag = kTag,
              .permission = "breaches.record",
              .response_schema = detail_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches/{id}/confirm",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(svc.confirm_breach(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "Confirm a breach proposed from monitoring: it is open, to be decided and closed.",
              .tag = kTag,
              .permission = "breaches.record",
              .response_schema = detail_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/breaches/{id}/dismiss",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto reason = b.string("reason", {.required = true, .min = 1, .max = 2000}).value_or("");
                    b.finish();
                    return detail_response(svc.dismiss_breach(http::context_of(req), id, reason).take());
                  },
              .summary = "Dismiss a breach proposed from monitoring, saying why: it is closed with no consequence.",
              .tag = kTag,
              .permission = "breaches.record",
              .request_schema = kDismissSchema,
              .response_schema = detail_schema});
}

}  // namespace colo::disputes
