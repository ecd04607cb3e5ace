// HTTP adapter for contracts, their signed scans, change agreements and settlement.
#include "contracts/routes.hpp"

#include <boost/json.hpp>

#include "contracts/lists.hpp"
#include "contracts/render.hpp"
#include "contracts/scan.hpp"
#include "contracts/service.hpp"
#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::contracts {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// Answers are written by the shapes in contracts/render.hpp; the same shapes give the schemas.
constexpr auto contract_shape = [](auto& w, const Contract& c) { render::contract(w, c); };
constexpr auto detail_shape = [](auto& w, const Detail& d) { render::detail(w, d); };
constexpr auto amendment_shape = [](auto& w, const AmendmentView& a) { render::amendment(w, a); };
constexpr auto price_change_shape = [](auto& w, const PriceChangeRow& r) { render::price_change_row(w, r); };
constexpr auto termination_request_shape = [](auto& w, const TerminationRequest& r) {
  render::termination_request(w, r);
};

json::object detail_json(const Detail& d) { return shape::value_of(d, detail_shape); }
json::object amendment_json(const AmendmentView& a) { return shape::value_of(a, amendment_shape); }
json::object termination_request_json(const TerminationRequest& r) {
  return shape::value_of(r, termination_request_shape);
}

const json::value kDetailSchema = shape::schema_of<Detail>("ContractDetail", detail_shape);

std::optional<std::vector<LineItem>> read_line_items(http::JsonObjectReader& r, std::string_view key) {
  const auto* items = r.array(key);
  if (!items) return std::nullopt;
  std::vector<LineItem> out;
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto prefix = std::string(key) + "/" + std::to_string(i) + "/";  // r.error adds r's own prefix
    if (!(*items)[i].is_object()) {
      r.error(key, "invalid", "Each line item is an object.");
      continue;
    }
    http::JsonObjectReader li((*items)[i].as_object(), prefix, &errors);
    LineItem l;
    l.catalogue_item = li.string("catalogue_item", {.min = 1, .max = 64});
    // A line naming a price list item may leave out what the list says (contracts/price_change.hpp).
    const bool listed = l.catalogue_item.has_value();
    l.service = li.choice("service", kServices, !listed).value_or("");
    l.description = li.string("description", {.max = 500}).value_or("");
    l.quantity = li.integer("quantity", {.min = 1, .max = 1'000'000}).value_or(1);
    l.unit_price_fen =
        li.integer("unit_price_fen", {.required = !listed, .min = 0, .max = 100'000'000'000}).value_or(0);
    l.billing_cycle = li.choice("billing_cycle", kBillingCycles).value_or("monthly");
    l.mode = li.choice("mode", kLineModes).value_or("recurring");
    l.unit = li.string("unit", {.max = 16}).value_or("");
    if (auto x = li.integer("tax_rate_bp", {.min = 0, .max = 10000})) l.tax_rate_bp = static_cast<int>(*x);
    l.metric = li.choice("metric", kUsageMetrics);
    if (listed)
      l.from_list = {.service = !li.has("service"),
                     .description = !li.has("description"),
                     .unit_price = !li.has("unit_price_fen"),
                     .billing_cycle = !li.has("billing_cycle"),
                     .mode = !li.has("mode"),
                     .unit = !li.has("unit"),
                     .tax_rate = !li.has("tax_rate_bp"),
                     .metric = !li.has("metric")};
    l.p95_basis = li.choice("p95_basis", kP95Bases).value_or("max");
    l.included_quantity = li.integer("included_quantity", {.min = 0, .max = 1'000'000'000}).value_or(0);
    li.reject_unknown();
    out.push_back(std::move(l));
  }
  for (auto& e : errors) r.error(e.field, e.code, e.message);
  return out;
}

std::optional<int> small_int(http::JsonObjectReader& r, std::string_view key, std::int64_t min, std::int64_t max) {
  auto v = r.integer(key, {.min = min, .max = max});
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

ContractInput read_contract(http::JsonBody& b, bool create) {
  ContractInput in;
  if (create)
    in.application_id = b.integer("application_id", {.required = true, .min = 1});
  else if (b.has("application_id"))
    in.application_id = b.integer("application_id");
  in.operator_party = b.string("operator_party", {.min = 1, .max = 200});
  in.effective_date = b.date("effective_date");
  in.end_date = b.date("end_date");
  in.term_months = small_int(b, "term_months", 1, 120);
  in.auto_renew = b.boolean("auto_renew");
  in.notice_days = small_int(b, "notice_days", 0, 365);
  in.line_items = read_line_items(b, "line_items");
  in.sla_availability_bp = small_int(b, "sla_availability_bp", 0, 10000);
  in.sla_response_minutes = small_int(b, "sla_response_minutes", 1, 10080);
  in.late_fee_bp_per_day = small_int(b, "late_fee_bp_per_day", 0, 10000);
  in.late_fee_cap_bp = small_int(b, "late_fee_cap_bp", 0, 10000);
  in.confidentiality_years = small_int(b, "confidentiality_years", 1, 50);
  b.finish();
  return in;
}

AmendmentInput read_amendment(http::JsonBody& b) {
  AmendmentInput in;
  if (auto d = b.date("effective_date", true)) in.effective_date = *d;
  in.summary = b.string("summary", {.required = true, .min = 1, .max = 500}).value_or("");
  in.rights_duties = b.string("rights_duties", {.max = 4000}).value_or("");
  if (const auto* changes = b.object("changes", true)) {
    std::vector<FieldError> errors;
    http::JsonObjectReader c(*changes, "changes/", &errors);
    in.changes.line_items = read_line_items(c, "line_items");
    in.changes.end_date = c.date("end_date");
    in.changes.term_months = small_int(c, "term_months", 1, 120);
    in.changes.auto_renew = c.boolean("auto_renew");
    in.changes.notice_days = small_int(c, "notice_days", 0, 365);
    in.changes.sla_availability_bp = small_int(c, "sla_availability_bp", 0, 10000);
    in.changes.sla_response_minutes = small_int(c, "sla_response_minutes", 1, 10080);
    in.changes.late_fee_bp_per_day = small_int(c, "late_fee_bp_per_day", 0, 10000);
    in.changes.late_fee_cap_bp = small_int(c, "late_fee_cap_bp", 0, 10000);
    in.changes.confidentiality_years = small_int(c, "confidentiality_years", 1, 50);
    c.reject_unknown();
    for (auto& e : errors) b.error(e.field, e.code, e.message);
  }
  b.finish();
  return in;
}

const json::value kLineItemSchema = json::object{
    {"type", "object"},
    {"description",
     "service and unit_price_fen are required unless catalogue_item names a price list item, whose list entry on "
     "the contract's or change's date fills whatever the line leaves out"},
    {"properties", json::object{{"service", json::object{{"enum", json::value_from(kServices)}}},
                                {"description", json::object{{"type", "string"}}},
                                {"quantity", json::object{{"type", "integer"}}},
                                {"unit_price_fen", json::object{{"type", "integer"}, {"description", "price in fen"}}},
                                {"billing_cycle", json::object{{"enum", json::value_from(kBillingCycles)}}},
                                {"mode", json::object{{"enum", json::value_from(kLineModes)}}},
                                {"catalogue_item", json::object{{"type", "string"}}},
                                {"unit", json::object{{"type", "string"}}},
                                {"tax_rate_bp", json::object{{"type", "integer"}, {"description", "VAT, 600 = 6 %"}}},
                                {"metric", json::object{{"enum", json::value_from(kUsageMetrics)}}},
                                {"p95_basis", json::object{{"enum", json::value_from(kP95Bases)}}},
                                {"included_quantity", json::object{{"type", "integer"}}}}}};

json::object terms_properties() {
  return {{"effective_date", json::object{{"type", "string"}, {"format", "date"}}},
          {"end_date", json::object{{"type", "string"}, {"format", "date"}}},
          {"term_months", json::object{{"type", "integer"}}},
          {"auto_renew", json::object{{"type", "boolean"}}},
          {"notice_days", json::object{{"type", "integer"}}},
          {"line_items", json::object{{"type", "array"}, {"items", kLineItemSchema}}},
          {"sla_availability_bp", json::object{{"type", "integer"}, {"description", "basis points: 9990 = 99.90 %"}}},
          {"sla_response_minutes", json::object{{"type", "integer"}}},
          {"late_fee_bp_per_day", json::object{{"type", "integer"}, {"description", "basis points per day"}}},
          {"late_fee_cap_bp", json::object{{"type", "integer"}, {"description", "cap, share of the overdue amount"}}},
          {"confidentiality_years", json::object{{"type", "integer"}}}};
}

json::value contract_schema() {
  auto props = terms_properties();
  props["application_id"] = json::object{{"type", "integer"}};
  props["operator_party"] = json::object{{"type", "string"}};
  return json::object{{"type", "object"}, {"properties", std::move(props)}};
}

json::value amendment_schema() {
  auto changes = terms_properties();
  changes.erase("effective_date");
  return json::object{
      {"type", "object"},
      {"required", json::array{"effective_date", "summary", "changes"}},
      {"properties", json::object{{"effective_date", json::object{{"type", "string"}, {"format", "date"}}},
                                  {"summary", json::object{{"type", "string"}}},
                                  {"rights_duties", json::object{{"type", "string"}}},
                                  {"changes", json::object{{"type", "object"}, {"properties", std::move(changes)}}}}}};
}

const json::value kTransitionSchema = json::object{
    {"type", "object"},
    {"required", json::array{"action"}},
    {"properties", json::object{{"action", json::object{{"enum", json::value_from(render::kTransitionActions)}}},
                                {"comment", json::object{{"type", "string"}}}}}};

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/contracts",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             ListFilter f;
             f.status = q.choice("status", kStatuses);
             f.customer = q.integer("customer", {.min = 1});
             f.application = q.integer("application", {.min = 1});
             if (auto d = q.integer("expiring_within_days", {.min = 0, .max = 3650}))
               f.expiring_within_days = static_cast<int>(*d);
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             q.boolean("brief");
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.list(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, contract_shape));
           },
       .summary = "List contracts (customers: their own); expiring_within_days lists live contracts ending soon.",
       .tag = "contracts",
       .permission = "contracts.read",
       .query = http::list_docs(store::kContractList,
                                {{"status", "string", "Contract status.", kStatuses},
                                 {"customer", "integer", "Customer id."},
                                 {"application", "integer", "Application id."},
                                 {"expiring_within_days", "integer", "Ending within this many days (soonest first)."}},
                                {.brief = true, .q = "Part of the number or customer name."}),
       .response_schema = shape::page_of<Contract>("Contract", contract_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_contract(b, true);
                    auto d = svc.create(http::context_of(req), in).take();
                    return http::json_response(detail_json(d), 201);
                  },
              .summary = "Draft the contract of an approved application (R3.2.3).",
              .tag = "contracts",
              .permission = "contracts.write",
              .request_schema = contract_schema(),
              .response_schema = kDetailSchema,
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto as_of = q.date("as_of");
                    q.finish();
                    auto d = svc.get(http::context_of(req), http::id_param(req), as_of).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "A contract with its versions, change agreements and settlement; as_of=YYYY-MM-DD answers "
                         "the version in force that day.",
              .tag = "contracts",
              .permission = "contracts.read",
              .query = {{"as_of", "string", "YYYY-MM-DD"}},
              .response_schema = kDetailSchema});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/contracts/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_contract(b, false);
                    auto d = svc.update(http::context_of(req), id, in).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Change a draft contract's terms.",
              .tag = "contracts",
              .permission = "contracts.write",
              .request_schema = contract_schema(),
              .response_schema = kDetailSchema});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/sign",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto signatory = q.string("customer_signatory", 200).value_or("");
                    auto signed_on = q.date("signed_on");
                    auto file_name = q.string("file_name", 255).value_or("");
                    q.finish();
                    std::string type(req.header("content-type").value_or(""));
                    if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
                    while (!type.empty() && type.back() == ' ') type.pop_back();
                    for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    auto d =
                        svc.sign(http::context_of(req), id, type, req.body, signatory, signed_on, file_name).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Record the signature: the body is the signed scan (application/pdf, image/jpeg or "
                         "image/png, at most 16 MiB), kept by its content hash.",
              .tag = "contracts",
              .permission = "contracts.write",
              .query = {{"customer_signatory", "string", "who signed for the customer"},
                        {"signed_on", "string", "YYYY-MM-DD, default today"},
                        {"file_name", "string", "the scan's file name as uploaded, shown with it"}},
              .response_schema = kDetailSchema,
              .request_types = {"application/pdf", "image/jpeg", "image/png"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/scan",
              .handler =
                  [&svc](Request& req) {
                    auto f = svc.scan(http::context_of(req), http::id_param(req)).take();
                    Response r;
                    r.status = 200;
                    r.body = std::move(f.content);
                    r.set_header("Content-Type", f.content_type);
                    r.set_header("Content-Disposition",
                                 http::content_disposition("inline", f.file_name, f.uploaded_name.value_or("")));
                    r.set_header("Cache-Control", "private, no-store");
                    return r;
                  },
              .summary = "The signed scan.",
              .tag = "contracts",
              .permission = "contracts.read",
              .response_type = "application/pdf"});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/activate",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.activate(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Put a signed contract in force: the reserved units become planned devices of the customer "
                         "and the application becomes contracted.",
              .tag = "contracts",
              .permission = "contracts.write",
              .response_schema = kDetailSchema});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/contracts/{id}/terminate",
       .handler =
           [&svc](Request& req) {
             auto id = http::id_param(req);
             http::JsonBody b(req);
             Termination t;
             t.initiated_by = b.choice("initiated_by", kSides, true).value_or("");
             t.reason = b.string("reason", {.required = true, .min = 1, .max = 2000}).value_or("");
             if (auto d = b.date("date", true)) t.date = *d;
             b.finish();
             auto d = svc.terminate(http::context_of(req), id, t).take();
             return http::json_response(detail_json(d));
           },
       .summary = "Terminate early for breach (R11.2.2), naming the side that ends it and why; opens the "
                  "settlement checklist.",
       .tag = "contracts",
       .permission = "contracts.write",
       .request_schema =
           json::object{{"type", "object"},
                        {"required", json::array{"initiated_by", "reason", "date"}},
                        {"properties", json::object{{"initiated_by", json::object{{"enum", json::value_from(kSides)}}},
                                                    {"reason", json::object{{"type", "string"}}},
                                                    {"date", json::object{{"type", "string"}, {"format", "date"}}}}}},
       .response_schema = kDetailSchema});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/contracts/{id}/settlement/{item_id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto item = http::id_param(req, "item_id");
                    http::JsonBody b(req);
                    auto done = b.boolean("done", true);
                    auto note = b.string("note", {.max = 2000});
                    b.finish();
                    auto d = svc.settle(http::context_of(req), id, item, done.value_or(false), note).take();
                    return http::json_response(detail_json(d));
                  },
              .summary = "Close (or reopen) a money item of the settlement checklist (R11.2.3); the items about "
                         "the ledger follow it.",
              .tag = "contracts",
              .permission = "contracts.settle",
              .request_schema = json::object{{"type", "object"},
                                             {"required", json::array{"done"}},
                                             {"properties", json::object{{"done", json::object{{"type", "boolean"}}},
                                                                         {"note", json::object{{"type", "string"}}}}}},
              .response_schema = kDetailSchema});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/termination-requests",
              .handler =
                  [&svc](Request& req) {
                    auto list = svc.termination_requests(http::context_of(req), http::id_param(req)).take();
                    return Response::text(200, shape::text_array(list, termination_request_shape), "application/json");
                  },
              .summary = "The customer's requests to end the contract early, with their answers.",
              .tag = "contracts",
              .permission = "contracts.read",
              .response_schema = shape::array_of<TerminationRequest>("TerminationRequest", termination_request_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/termination-requests",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    TerminationRequestInput in;
                    in.reason = b.string("reason", {.required = true, .min = 1, .max = 2000}).value_or("");
                    if (auto d = b.date("desired_date", true)) in.desired_date = *d;
                    b.finish();
                    auto r = svc.request_termination(http::context_of(req), id, in).take();
                    return http::json_response(termination_request_json(r), 201);
                  },
              .summary = "The customer asks to end its contract early (R11.2.2), with the reason and the desired "
                         "end date; the business department accepts or declines.",
              .tag = "contracts",
              .permission = "contracts.amend",
              .request_schema =
                  json::object{{"type", "object"},
                               {"required", json::array{"reason", "desired_date"}},
                               {"properties",
                                json::object{{"reason", json::object{{"type", "string"}}},
                                             {"desired_date", json::object{{"type", "string"}, {"format", "date"}}}}}},
              .response_schema = shape::schema_of<TerminationRequest>("TerminationRequest", termination_request_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/termination-requests/{request_id}/decision",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto request = http::id_param(req, "request_id");
                    http::JsonBody b(req);
                    TerminationDecision d;
                    d.action = b.choice("action", {"accept", "decline"}, true).value_or("");
                    d.comment = b.string("comment", {.max = 2000}).value_or("");
                    d.date = b.date("date");
                    b.finish();
                    auto out = svc.decide_termination_request(http::context_of(req), id, request, d).take();
                    return http::json_response(detail_json(out));
                  },
              .summary = "Answer a customer's request to end the contract: accept (terminated on `date`, default "
                         "today, the customer the initiating side) or decline with a comment.",
              .tag = "contracts",
              .permission = "contracts.write",
              .request_schema =
                  json::object{
                      {"type", "object"},
                      {"required", json::array{"action"}},
                      {"properties", json::object{{"action", json::object{{"enum", json::array{"accept", "decline"}}}},
                                                  {"comment", json::object{{"type", "string"}}},
                                                  {"date", json::object{{"type", "string"}, {"format", "date"}}}}}},
              .response_schema = kDetailSchema});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/amendments",
              .handler =
                  [&svc](Request& req) {
                    auto list = svc.amendments(http::context_of(req), http::id_param(req)).take();
                    return Response::text(200, shape::text_array(list, amendment_shape), "application/json");
                  },
              .summary = "A contract's change agreements with their steps.",
              .tag = "contracts",
              .permission = "contracts.read",
              .response_schema = shape::array_of<AmendmentView>("Amendment", amendment_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/amendments",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_amendment(b);
                    auto a = svc.propose(http::context_of(req), id, in).take();
                    return http::json_response(amendment_json(a), 201);
                  },
              .summary = "Propose a change agreement (R11.1): what changes, from when, and the rights and duties; "
                         "the other side must agree.",
              .tag = "contracts",
              .permission = "contracts.amend",
              .request_schema = amendment_schema(),
              .response_schema = shape::schema_of<AmendmentView>("Amendment", amendment_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/contracts/{id}/amendments/{amendment_id}/transitions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto amendment = http::id_param(req, "amendment_id");
                    http::JsonBody b(req);
                    auto action = b.string("action", {.required = true, .max = 40});
                    auto comment = b.string("comment", {.max = 2000}).value_or("");
                    b.finish();
                    auto a = svc.amendment_transition(http::context_of(req), id, amendment, *action, comment).take();
                    return http::json_response(amendment_json(a));
                  },
              .summary = "agree, reject (reason) or withdraw a change agreement: the other side agrees or rejects, "
                         "the proposer withdraws.",
              .tag = "contracts",
              .permission = "contracts.read",
              .request_schema = kTransitionSchema,
              .response_schema = shape::schema_of<AmendmentView>("Amendment", amendment_shape)});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/billing/price-changes",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             PriceChangeFilter f;
             f.status = q.choice("status", kAmendmentStates);
             f.customer = q.integer("customer", {.min = 1});
             f.contract = q.integer("contract", {.min = 1});
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.price_changes(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, price_change_shape));
           },
       .summary = "Price changes (R8.3): change agreements that raise a price, with the notice sent, the earliest "
                  "day each may take effect and whether the customer agreed; pending ones unless a status is asked "
                  "for (customers: their own).",
       .tag = "billing",
       .permission = "billing.read",
       .query = http::list_docs(store::kPriceChangeList,
                                {{"status", "string", "Change agreement status (default: pending).", kAmendmentStates},
                                 {"customer", "integer", "Customer id."},
                                 {"contract", "integer", "Contract id."}},
                                {.q = "Part of the contract number, customer name or summary."}),
       .response_schema = shape::page_of<PriceChangeRow>("PriceChange", price_change_shape)});
}

}  // namespace colo::contracts
