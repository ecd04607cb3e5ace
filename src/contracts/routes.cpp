// HTTP adapter for contracts, their signed scans, change agreements and settlement.
#include "contracts/routes.hpp"

#include <boost/json.hpp>

#include "contracts/scan.hpp"
#include "contracts/service.hpp"
#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::contracts {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object step_json(const workflow::Step& s) {
  return {{"action", s.action}, {"from", s.from_state},   {"to", s.to_state},     {"actor_id", s.actor_id},
          {"actor", s.actor},   {"roles", s.actor_roles}, {"comment", s.comment}, {"at", s.at}};
}

json::object amendment_json(const AmendmentView& v) {
  const auto& a = v.amendment;
  json::array timeline;
  for (const auto& s : v.timeline) timeline.push_back(step_json(s));
  json::array actions;
  for (const auto& x : v.actions) actions.emplace_back(x);
  return {
      {"id", a.id},
      {"contract_id", a.contract_id},
      {"number", a.number},
      {"status", a.status},
      {"proposed_by", json::object{{"side", a.proposed_by_side}, {"id", a.proposed_by}, {"name", a.proposed_by_name}}},
      {"effective_date", format_date(a.effective_date)},
      {"summary", a.summary},
      {"rights_duties", a.rights_duties},
      {"changes", changes_json(a.changes)},
      {"version", a.version ? json::value(*a.version) : json::value(nullptr)},
      {"created_at", a.created_at},
      {"updated_at", a.updated_at},
      {"timeline", std::move(timeline)},
      {"actions", std::move(actions)}};
}

json::object version_json(const Version& v) {
  return {{"version", v.version},       {"effective_from", format_date(v.effective_from)},
          {"reason", v.reason},         {"amendment_id", nullable(v.amendment_id)},
          {"created_at", v.created_at}, {"terms", terms_json(v.terms)}};
}

json::object contract_json(const Contract& c) {
  json::object o{{"id", c.id},
                 {"number", c.number},
                 {"application_id", nullable(c.application_id)},
                 {"customer", json::object{{"id", c.customer_id}, {"name", c.customer_name}}},
                 {"parties", json::object{{"operator", c.operator_party}, {"customer", c.customer_name}}},
                 {"status", c.status},
                 {"effective_date", format_date(c.terms.effective_date)},
                 {"end_date", format_date(c.terms.end_date)},
                 {"term_months", c.terms.term_months},
                 {"auto_renew", c.terms.auto_renew},
                 {"notice_days", c.terms.notice_days},
                 {"version", c.current_version},
                 {"amounts",
                  [&] {
                    const auto a = amounts(c.terms);
                    return json::object{
                        {"currency", c.terms.currency}, {"monthly_fen", a.monthly_fen}, {"total_fen", a.total_fen}};
                  }()},
                 // R10.3: shown whatever the status, ended contracts included.
                 {"confidentiality", json::object{{"years", c.terms.confidentiality_years},
                                                  {"until", format_date(c.confidentiality_until)}}},
                 {"created_by", c.created_by_name},
                 {"created_at", c.created_at},
                 {"updated_at", c.updated_at}};
  if (c.signed_at) {
    o["signing"] =
        json::object{{"signed_at", *c.signed_at},
                     {"signed_by", json::object{{"id", nullable(c.signed_by)}, {"name", nullable(c.signed_by_name)}}},
                     {"customer_signatory", nullable(c.customer_signatory)},
                     {"signed_on", nullable(c.signed_on)},
                     {"scan", json::object{{"content_type", nullable(c.scan_type)},
                                           {"file_name", nullable(c.scan_name)},
                                           {"size", nullable(c.scan_size)},
                                           {"hash", nullable(c.scan_hash)},
                                           {"url", "/api/v1/contracts/" + std::to_string(c.id) + "/scan"}}}};
  } else {
    o["signing"] = nullptr;
  }
  o["activated_at"] = nullable(c.activated_at);
  o["activated_by"] = nullable(c.activated_by_name);
  o["ended_at"] = nullable(c.ended_at);
  if (c.termination_date)
    o["termination"] = json::object{{"date", *c.termination_date},
                                    {"initiated_by", nullable(c.termination_initiator)},
                                    {"reason", nullable(c.termination_reason)}};
  else
    o["termination"] = nullptr;
  return o;
}

json::object termination_request_json(const TerminationRequest& r) {
  return {{"id", r.id},
          {"contract_id", r.contract_id},
          {"status", r.status},
          {"reason", r.reason},
          {"desired_date", format_date(r.desired_date)},
          {"requested_by", json::object{{"id", r.requested_by}, {"name", r.requested_by_name}}},
          {"decided_by", nullable(r.decided_by_name)},
          {"decided_at", nullable(r.decided_at)},
          {"decision_comment", r.decision_comment},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

json::object detail_json(const Detail& d) {
  auto o = contract_json(d.contract);
  o["terms"] = terms_json(d.contract.terms);
  o["as_of"] = d.as_of ? json::value(format_date(*d.as_of)) : json::value(nullptr);
  o["in_force"] = d.in_force ? json::value(version_json(*d.in_force)) : json::value(nullptr);
  json::array versions;
  for (const auto& v : d.versions) versions.push_back(version_json(v));
  o["versions"] = std::move(versions);
  json::array amendments;
  for (const auto& a : d.amendments) amendments.push_back(amendment_json(a));
  o["amendments"] = std::move(amendments);
  json::array settlement;
  for (const auto& s : d.settlement)
    settlement.push_back(json::object{{"id", s.id},
                                      {"kind", s.kind},
                                      {"done", s.done},
                                      {"note", s.note},
                                      {"done_by", nullable(s.done_by)},
                                      {"done_at", nullable(s.done_at)}});
  o["settlement"] = std::move(settlement);
  json::array requests;
  for (const auto& r : d.termination_requests) requests.push_back(termination_request_json(r));
  o["termination_requests"] = std::move(requests);
  json::array tasks;
  for (const auto& t : d.move_out_tasks)
    tasks.push_back(json::object{{"id", t.id},
                                 {"device", json::object{{"id", t.device_id}, {"name", t.device_name}}},
                                 {"device_status", t.device_status},
                                 {"done", t.done},
                                 {"created_at", t.created_at}});
  o["move_out_tasks"] = std::move(tasks);
  json::array actions;
  for (const auto& a : d.actions) actions.emplace_back(a);
  o["actions"] = std::move(actions);
  return o;
}

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
    l.service = li.choice("service", kServices, true).value_or("");
    l.description = li.string("description", {.max = 500}).value_or("");
    l.quantity = li.integer("quantity", {.min = 1, .max = 1'000'000}).value_or(1);
    l.unit_price_fen = li.integer("unit_price_fen", {.required = true, .min = 0, .max = 100'000'000'000}).value_or(0);
    l.billing_cycle = li.choice("billing_cycle", kBillingCycles).value_or("monthly");
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
    in.changes.confidentiality_years = small_int(c, "confidentiality_years", 1, 50);
    c.reject_unknown();
    for (auto& e : errors) b.error(e.field, e.code, e.message);
  }
  b.finish();
  return in;
}

const json::value kLineItemSchema = json::object{
    {"type", "object"},
    {"required", json::array{"service", "unit_price_fen"}},
    {"properties",
     json::object{
         {"service", json::object{{"enum", json::array{"rack_space", "whole_rack", "power", "bandwidth", "ip_addresses",
                                                       "remote_hands", "data_backup", "other"}}}},
         {"description", json::object{{"type", "string"}}},
         {"quantity", json::object{{"type", "integer"}}},
         {"unit_price_fen", json::object{{"type", "integer"}, {"description", "price in fen"}}},
         {"billing_cycle", json::object{{"enum", json::array{"monthly", "quarterly", "yearly"}}}}}}};

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
    {"properties", json::object{{"action", json::object{{"enum", json::array{"agree", "reject", "withdraw"}}}},
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
             json::array results;
             for (const auto& c : rows) results.push_back(contract_json(c));
             return http::json_response(http::page_json(req, page, count, std::move(results)));
           },
       .summary = "List contracts (customers: their own); expiring_within_days lists live contracts ending soon.",
       .tag = "contracts",
       .permission = "contracts.read",
       .query = {{"status"},
                 {"customer", "integer"},
                 {"application", "integer"},
                 {"expiring_within_days", "integer"},
                 {"q", "string", "number or customer name"},
                 {"sort", "string",
                  "id, number, status, customer, effective_date, end_date or created_at; - for "
                  "descending (default -id)"},
                 {"brief", "boolean"},
                 {"limit", "integer"},
                 {"offset", "integer"}}});
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
              .query = {{"as_of", "string", "YYYY-MM-DD"}}});
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
              .request_schema = contract_schema()});
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
                        {"file_name", "string", "the scan's file name as uploaded, shown with it"}}});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/scan",
              .handler =
                  [&svc](Request& req) {
                    auto f = svc.scan(http::context_of(req), http::id_param(req)).take();
                    Response r;
                    r.status = 200;
                    r.file_path = f.path.string();
                    r.set_header("Content-Type", f.content_type);
                    r.set_header("Content-Disposition", scan_disposition(f.uploaded_name, f.file_name));
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
              .permission = "contracts.write"});
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
       .request_schema = json::object{
           {"type", "object"},
           {"required", json::array{"initiated_by", "reason", "date"}},
           {"properties", json::object{{"initiated_by", json::object{{"enum", json::array{"operator", "customer"}}}},
                                       {"reason", json::object{{"type", "string"}}},
                                       {"date", json::object{{"type", "string"}, {"format", "date"}}}}}}});
  router.add(
      {.method = "PATCH",
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
                                                                  {"note", json::object{{"type", "string"}}}}}}});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/termination-requests",
              .handler =
                  [&svc](Request& req) {
                    auto list = svc.termination_requests(http::context_of(req), http::id_param(req)).take();
                    json::array out;
                    for (const auto& r : list) out.push_back(termination_request_json(r));
                    return http::json_response(out);
                  },
              .summary = "The customer's requests to end the contract early, with their answers.",
              .tag = "contracts",
              .permission = "contracts.read"});
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
              .request_schema = json::object{
                  {"type", "object"},
                  {"required", json::array{"action"}},
                  {"properties", json::object{{"action", json::object{{"enum", json::array{"accept", "decline"}}}},
                                              {"comment", json::object{{"type", "string"}}},
                                              {"date", json::object{{"type", "string"}, {"format", "date"}}}}}}});
  router.add({.method = "GET",
              .pattern = "/api/v1/contracts/{id}/amendments",
              .handler =
                  [&svc](Request& req) {
                    auto list = svc.amendments(http::context_of(req), http::id_param(req)).take();
                    json::array out;
                    for (const auto& a : list) out.push_back(amendment_json(a));
                    return http::json_response(out);
                  },
              .summary = "A contract's change agreements with their steps.",
              .tag = "contracts",
              .permission = "contracts.read"});
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
              .request_schema = kTransitionSchema});
}

}  // namespace colo::contracts
