// Routes of confidentiality: /api/v1/confidentiality/...
#include "confidentiality/routes.hpp"

#include <boost/json.hpp>

#include "audit/lists.hpp"
#include "confidentiality/service.hpp"
#include "confidentiality/store.hpp"
#include "contracts/lists.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::confidentiality {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr const char* kTag = "confidentiality";

constexpr auto level_shape = [](auto& w, const Level& l) {
  w.field("category", l.category, kCategories);
  w.field("level", l.level, kLevels);
  w.field("updated_by", l.updated_by);
  w.field("updated_at", l.updated_at);
};

constexpr auto holdings_shape = [](auto& w, const Holdings& h) {
  w.field("customer_id", h.customer_id);
  w.field("customer_name", h.customer_name);
  w.array("categories", "ConfidentialityHolding", h.categories, [&](const Holding& x) {
    w.field("category", x.category, kCategories);
    w.field("level", x.level, kLevels);
    w.field("records", x.records);
  });
};

template <typename W>
void write_disclosure(W& w, const Disclosure& d) {
  w.field("id", d.id);
  w.field("number", d.number);
  w.field("customer_id", d.customer_id);
  w.field("customer_name", d.customer_name);
  w.field("recipient", d.recipient);
  w.field("recipient_kind", d.recipient_kind, kRecipientKinds);
  w.strings("categories", d.categories, kCategories);
  w.field("records", d.records);
  w.field("purpose", d.purpose);
  w.field("basis", d.basis, kBases);
  w.field("consent_name", d.consent_name);
  w.field("consent_type", d.consent_type);
  w.field("consent_size", d.consent_size);
  w.field("law", d.law);
  w.field("article", d.article);
  w.field("document_number", d.document_number);
  w.field("withheld", d.withheld);
  w.field("withheld_law", d.withheld_law);
  w.field("status", d.status, kDisclosureStatuses);
  w.field("requested_by", d.requested_by);
  w.field("requested_at", d.requested_at);
  w.field("decided_by", d.decided_by);
  w.field("decided_at", d.decided_at);
  w.field("decision_note", d.decision_note);
  w.field("disclosed_by", d.disclosed_by);
  w.field("disclosed_at", d.disclosed_at);
  w.field("disclosed_what", d.disclosed_what);
}

constexpr auto disclosure_shape = [](auto& w, const Disclosure& d) { write_disclosure(w, d); };
constexpr auto detail_shape = [](auto& w, const DisclosureDetail& x) {
  w.object("disclosure", "Disclosure", [&] { write_disclosure(w, x.disclosure); });
  w.strings("actions", x.actions, kDisclosureActions);
};

constexpr auto read_shape = [](auto& w, const SensitiveRead& r) {
  w.field("audit_id", r.audit_id);
  w.field("at", r.at);
  w.field("actor", r.actor);
  w.field("object_type", r.object_type);
  w.field("object_id", r.object_id);
  w.field("action", r.action);
  w.field("customer_id", r.customer_id);
  w.strings("fields", r.fields);
};

constexpr auto obligation_shape = [](auto& w, const Obligation& o) {
  w.field("contract_id", o.contract_id);
  w.field("contract_number", o.contract_number);
  w.field("customer_id", o.customer_id);
  w.field("customer_name", o.customer_name);
  w.field("contract_status", o.contract_status);
  w.field("effective_date", o.effective_date);
  w.field("contract_end", o.contract_end);
  w.field("years_after_end", o.years_after_end);
  w.field("years_custom", o.years_custom);
  w.field("until", o.until);
  w.field("active", o.active);
  w.field("reminded_at", o.reminded_at);
};

constexpr auto index_shape = [](auto& w, const ExportIndex& x) {
  w.field("customer_id", x.customer_id);
  w.field("customer_name", x.customer_name);
  w.field("generated_at", x.generated_at);
  w.field("page_size", x.page_size);
  w.array("sections", "ConfidentialityExportSection", x.sections, [&](const ExportSection& s) {
    w.field("name", s.name, kExportSections);
    w.field("count", s.count);
  });
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

json::value detail_schema() { return shape::schema_of<DisclosureDetail>("DisclosureDetail", detail_shape); }
Response detail_response(const DisclosureDetail& d, int status = 200) {
  return http::json_response(shape::value_of(d, detail_shape), status);
}

std::string media_type(const Request& req) {
  std::string type(req.header("content-type").value_or(""));
  if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return type;
}

std::optional<std::string> opt_string(http::JsonBody& b, std::string_view key) {
  auto s = b.string(key);
  if (s && s->empty()) return std::nullopt;
  return s;
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  const auto levels_schema = shape::array_of<Level>("ConfidentialityLevel", level_shape);
  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/levels",
              .handler =
                  [&svc](Request& req) {
                    auto rows = svc.levels(http::context_of(req)).take();
                    Response r;
                    r.status = 200;
                    r.body = shape::text_array(rows, level_shape);
                    r.set_header("Content-Type", "application/json");
                    return r;
                  },
              .summary = "The sensitivity level of each category of customer information (R10.1).",
              .tag = kTag,
              .permission = "confidentiality.read",
              .response_schema = levels_schema});
  router.add({.method = "POST",
              .pattern = "/api/v1/confidentiality/levels",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto category = b.choice("category", kCategories, true);
                    auto level = b.choice("level", kLevels, true);
                    b.finish();
                    auto rows = svc.set_level(http::context_of(req), *category, *level).take();
                    Response r;
                    r.status = 200;
                    r.body = shape::text_array(rows, level_shape);
                    r.set_header("Content-Type", "application/json");
                    return r;
                  },
              .summary = "Set a category's sensitivity level.",
              .tag = kTag,
              .permission = "confidentiality.manage",
              .request_schema = object_schema({{"category", enum_prop(kCategories)}, {"level", enum_prop(kLevels)}},
                                              {"category", "level"}),
              .response_schema = levels_schema});
  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/customers/{id}/holdings",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(shape::value_of(
                        svc.holdings(http::context_of(req), http::id_param(req)).take(), holdings_shape));
                  },
              .summary = "What Colo holds about the customer: records per category and their sensitivity.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .response_schema = shape::schema_of<Holdings>("ConfidentialityHoldings", holdings_shape)});

  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/disclosures",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    DisclosureFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.status = q.choice("status", kDisclosureStatuses);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.disclosures(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, disclosure_shape));
                  },
              .summary = "Disclosure requests and disclosures (a customer sees those made to it, unless the law "
                         "forbids telling).",
              .tag = kTag,
              .permission = "confidentiality.read",
              .query = http::list_docs(
                  store::kDisclosureList,
                  {{"status", "string", "Status.", kDisclosureStatuses}, {"customer", "integer", "Customer id."}},
                  {.q = "Part of the number, customer, recipient, purpose or document number."}),
              .response_schema = shape::page_of<Disclosure>("Disclosure", disclosure_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/confidentiality/disclosures",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    DisclosureInput in;
                    in.customer_id = b.integer("customer_id", {.required = true, .min = 1});
                    in.recipient = b.string("recipient").value_or("");
                    in.recipient_kind = b.choice("recipient_kind", kRecipientKinds, true).value_or("");
                    if (const auto* a = b.array("categories", true))
                      for (const auto& v : *a) in.categories.push_back(v.is_string() ? std::string(v.as_string()) : "");
                    in.records = b.string("records").value_or("");
                    in.purpose = b.string("purpose").value_or("");
                    in.basis = b.string("basis").value_or("");
                    in.law = opt_string(b, "law");
                    in.article = opt_string(b, "article");
                    in.document_number = opt_string(b, "document_number");
                    in.withheld = b.boolean("withheld").value_or(false);
                    in.withheld_law = opt_string(b, "withheld_law");
                    b.finish();
                    return detail_response(svc.request(http::context_of(req), in).take(), 201);
                  },
              .summary = "Request a disclosure to an authority or third party; it needs the customer's written "
                         "consent (uploaded next) or a legal basis (R10.2).",
              .tag = kTag,
              .permission = "confidentiality.request",
              .request_schema =
                  object_schema({{"customer_id", prop("integer")},
                                 {"recipient", prop("string")},
                                 {"recipient_kind", enum_prop(kRecipientKinds)},
                                 {"categories", json::object{{"type", "array"}, {"items", enum_prop(kCategories)}}},
                                 {"records", prop("string")},
                                 {"purpose", prop("string")},
                                 {"basis", enum_prop(kBases)},
                                 {"law", prop("string")},
                                 {"article", prop("string")},
                                 {"document_number", prop("string")},
                                 {"withheld", prop("boolean")},
                                 {"withheld_law", prop("string")}},
                                {"customer_id", "recipient", "recipient_kind", "categories", "purpose", "basis"}),
              .response_schema = detail_schema(),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/disclosures/{id}",
              .handler =
                  [&svc](Request& req) {
                    return detail_response(svc.disclosure(http::context_of(req), http::id_param(req)).take());
                  },
              .summary = "A disclosure request or disclosure and the steps allowed.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .response_schema = detail_schema()});
  router.add({.method = "POST",
              .pattern = "/api/v1/confidentiality/disclosures/{id}/consent",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto file_name = q.string("file_name", 255).value_or("");
                    q.finish();
                    return detail_response(
                        svc.upload_consent(http::context_of(req), id, media_type(req), req.body, file_name).take());
                  },
              .summary = "Upload the customer's written consent (PDF, JPEG or PNG; the body).",
              .tag = kTag,
              .permission = "confidentiality.request",
              .query = {{"file_name", "string", "the file's name as uploaded"}},
              .response_schema = detail_schema(),
              .request_types = {"application/pdf", "image/jpeg", "image/png"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/disclosures/{id}/consent",
              .handler =
                  [&svc](Request& req) {
                    auto f = svc.consent_file(http::context_of(req), http::id_param(req)).take();
                    Response r;
                    r.status = 200;
                    r.file_path = f.path.string();
                    r.set_header("Content-Type", f.content_type);
                    r.set_header("Content-Disposition",
                                 http::content_disposition("attachment", "consent", f.file_name));
                    r.set_header("Cache-Control", "private, no-store");
                    return r;
                  },
              .summary = "The customer's written consent as uploaded.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .response_type = "application/octet-stream"});
  for (const bool approve : {true, false}) {
    router.add(
        {.method = "POST",
         .pattern = std::string("/api/v1/confidentiality/disclosures/{id}/") + (approve ? "approve" : "reject"),
         .handler =
             [&svc, approve](Request& req) {
               auto id = http::id_param(req);
               http::JsonBody b(req);
               auto note = b.string("note").value_or("");
               b.finish();
               return detail_response(svc.decide(http::context_of(req), id, approve, note).take());
             },
         .summary = approve ? "Management approves the disclosure (409 when decided already)."
                            : "Management rejects the disclosure, saying why.",
         .tag = kTag,
         .permission = "confidentiality.approve",
         .request_schema = object_schema({{"note", prop("string")}}, approve ? json::array{} : json::array{"note"}),
         .response_schema = detail_schema()});
  }
  router.add({.method = "POST",
              .pattern = "/api/v1/confidentiality/disclosures/{id}/disclose",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto what = b.string("disclosed_what").value_or("");
                    b.finish();
                    return detail_response(svc.disclose(http::context_of(req), id, what).take());
                  },
              .summary = "Record the approved disclosure as made: when, what, to whom, by whom.",
              .tag = kTag,
              .permission = "confidentiality.request",
              .request_schema = object_schema({{"disclosed_what", prop("string")}}, {"disclosed_what"}),
              .response_schema = detail_schema()});

  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/sensitive-reads",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    SensitiveReadFilter f;
                    f.customer = q.integer("customer");
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.sensitive_reads(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, read_shape));
                  },
              .summary = "Reads of decrypted personal data (ID numbers, phones), from the audit log.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .query = http::list_docs(audit::store::kEntryList, {{"customer", "integer", "Customer id."}},
                                       {.q = "Part of the actor, object type, object id or action."}),
              .response_schema = shape::page_of<SensitiveRead>("SensitiveRead", read_shape)});

  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/obligations",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ObligationFilter f;
                    f.customer = q.integer("customer");
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.obligations(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, obligation_shape));
                  },
              .summary = "Each contract's confidentiality obligation and the day it ends, which outlives the "
                         "contract (R10.3); a customer sees its own.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .query = http::list_docs(contracts::store::kContractList, {{"customer", "integer", "Customer id."}},
                                       {.q = "Part of the contract number or customer."}),
              .response_schema = shape::page_of<Obligation>("ConfidentialityObligation", obligation_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/confidentiality/obligations/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto years = b.integer("years_after_end", {.required = true, .min = 0, .max = 50});
                    b.finish();
                    return http::json_response(shape::value_of(
                        svc.set_years(http::context_of(req), id, static_cast<int>(*years)).take(), obligation_shape));
                  },
              .summary = "The years the contract's obligation runs after it ends ({id}: the contract).",
              .tag = kTag,
              .permission = "confidentiality.manage",
              .request_schema = object_schema(
                  {{"years_after_end", json::object{{"type", "integer"}, {"minimum", 0}, {"maximum", 50}}}},
                  {"years_after_end"}),
              .response_schema = shape::schema_of<Obligation>("ConfidentialityObligation", obligation_shape)});

  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/customers/{id}/export",
              .handler =
                  [&svc](Request& req) {
                    return http::json_response(shape::value_of(
                        svc.export_index(http::context_of(req), http::id_param(req)).take(), index_shape));
                  },
              .summary = "Start the export of everything held about the customer (audited): its sections and "
                         "their counts; each section is read in pages.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .response_schema = shape::schema_of<ExportIndex>("ConfidentialityExport", index_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/confidentiality/customers/{id}/export/{section}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    const std::string section(req.path_param("section"));
                    http::QueryReader q(req);
                    auto start = q.integer("start", {.min = 0}).value_or(0);
                    auto size = q.integer("size", {.min = 1, .max = kExportPage}).value_or(kExportPage);
                    q.finish();
                    auto page = svc.export_section(http::context_of(req), id, section, size, start).take();
                    Response r;
                    r.status = 200;
                    std::string body = "{\"section\":";
                    shape::append_string(body, section);
                    body += ",\"count\":" + std::to_string(page.count) + ",\"start\":" + std::to_string(start) +
                            ",\"records\":" + page.records + "}";
                    r.body = std::move(body);
                    r.set_header("Content-Type", "application/json");
                    return r;
                  },
              .summary = "One page of an export section (at most 1000 records from `start`), records as held.",
              .tag = kTag,
              .permission = "confidentiality.read",
              .query = {{"start", "integer", "Records to skip."}, {"size", "integer", "Records to answer, 1 to 1000."}},
              .response_schema = object_schema(
                  {{"section", enum_prop(kExportSections)},
                   {"count", prop("integer")},
                   {"start", prop("integer")},
                   {"records", json::object{{"type", "array"}, {"items", json::object{{"type", "object"}}}}}},
                  {"section", "count", "start", "records"})});
}

}  // namespace colo::confidentiality
