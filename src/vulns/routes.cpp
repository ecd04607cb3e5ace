// Routes of vulnerability management: consents and declared ports, schedules, scans (run now,
// import a report), findings and their steps, security assessments.
#include "vulns/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"
#include "vulns/service.hpp"
#include "vulns/store.hpp"

namespace colo::vulns {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr const char* kTag = "vulns";
// The largest report an import accepts.
constexpr std::size_t kMaxReportBytes = 32u << 20;

constexpr auto consent_shape = [](auto& w, const Consent& c) {
  w.field("id", c.id);
  w.field("customer_id", c.customer_id);
  w.field("granted_by", c.granted_by);
  w.field("granted_on", c.granted_on);
  w.strings("scope", c.scope);
  w.field("valid_from", c.valid_from);
  w.field("valid_until", c.valid_until);
  w.field("source", c.source, kConsentSources);
  w.field("document", c.document);
  w.field("has_file", c.file_hash.has_value());
  w.field("revoked_at", c.revoked_at);
  w.field("created_by", c.created_by);
  w.field("created_at", c.created_at);
};

constexpr auto allowed_shape = [](auto& w, const AllowedPort& a) {
  w.field("id", a.id);
  w.field("customer_id", a.customer_id);
  w.field("protocol", a.protocol, kProtocols);
  w.field("port", a.port);
  w.field("note", a.note);
  w.field("created_by", a.created_by);
  w.field("created_at", a.created_at);
};

constexpr auto schedule_shape = [](auto& w, const Schedule& s) {
  w.field("id", s.id);
  w.field("customer_id", s.customer_id);
  w.strings("targets", s.targets);
  w.field("profile", s.profile, kProfiles);
  w.field("ports", s.ports);
  w.field("interval_days", s.interval_days);
  w.field("next_run_on", s.next_run_on);
  w.field("active", s.active);
  w.field("created_by", s.created_by);
  w.field("created_at", s.created_at);
  w.field("updated_at", s.updated_at);
};

template <typename W>
void write_scan(W& w, const Scan& s) {
  w.field("id", s.id);
  w.field("number", s.number);
  w.field("customer_id", s.customer_id);
  w.field("schedule_id", s.schedule_id);
  w.field("kind", s.kind, kScanKinds);
  w.strings("targets", s.targets);
  w.field("profile", s.profile, kProfiles);
  w.field("ports", s.ports);
  w.field("status", s.status, kScanStatuses);
  w.field("hosts_up", s.hosts_up);
  w.field("open_ports", s.open_ports);
  w.field("findings_new", s.findings_new);
  w.field("findings_closed", s.findings_closed);
  w.field("findings_reopened", s.findings_reopened);
  w.field("error", s.error);
  w.field("started_at", s.started_at);
  // Empty while the scan runs.
  w.field("finished_at", s.finished_at.empty() ? std::nullopt : std::optional<std::string>(s.finished_at));
  w.field("created_by", s.created_by);
}
constexpr auto scan_shape = [](auto& w, const Scan& s) { write_scan(w, s); };
constexpr auto scan_detail_shape = [](auto& w, const ScanDetail& d) {
  w.object("scan", "VulnScan", [&] { write_scan(w, d.scan); });
  w.array("ports", "VulnScanPort", d.ports, [&](const ScanPort& p) {
    w.field("host", p.host);
    w.field("protocol", p.protocol);
    w.field("port", p.port);
    w.field("service", p.service);
    w.field("product", p.product);
    w.field("version", p.version);
  });
};

template <typename W>
void write_finding(W& w, const Finding& f) {
  w.field("id", f.id);
  w.field("number", f.number);
  w.field("customer_id", f.customer_id);
  w.field("host", f.host);
  w.field("protocol", f.protocol, kProtocols);
  w.field("port", f.port);
  w.field("plugin", f.plugin);
  w.field("title", f.title);
  w.field("detail", f.detail);
  w.field("cvss_tenths", f.cvss_tenths);
  w.field("severity", f.severity, kSeverities);
  w.field("status", f.status, kFindingStatuses);
  w.field("due_on", f.due_on);
  w.field("overdue", f.overdue);
  w.field("owner", f.owner);
  w.field("acknowledged_by", f.acknowledged_by);
  w.field("acknowledged_at", f.acknowledged_at);
  w.field("risk_reason", f.risk_reason);
  w.field("risk_approved_by", f.risk_approved_by);
  w.field("first_scan_id", f.first_scan_id);
  w.field("last_scan_id", f.last_scan_id);
  w.field("first_seen_at", f.first_seen_at);
  w.field("last_seen_at", f.last_seen_at);
  w.field("closed_at", f.closed_at);
  w.field("updated_at", f.updated_at);
}
constexpr auto finding_shape = [](auto& w, const Finding& f) { write_finding(w, f); };
constexpr auto finding_detail_shape = [](auto& w, const FindingDetail& d) {
  w.object("finding", "VulnFinding", [&] { write_finding(w, d.finding); });
  w.array("history", "VulnFindingEvent", d.history, [&](const FindingEvent& e) {
    w.field("id", e.id);
    w.field("action", e.action, kFindingActions);
    w.field("status", e.status, kFindingStatuses);
    w.field("note", e.note);
    w.field("scan_id", e.scan_id);
    w.field("actor", e.actor);
    w.field("at", e.at);
  });
  w.strings("actions", d.actions, kFindingSteps);
};

template <typename W>
void write_assessment(W& w, const Assessment& a) {
  w.field("id", a.id);
  w.field("number", a.number);
  w.field("customer_id", a.customer_id);
  w.field("title", a.title);
  w.field("scope", a.scope);
  w.field("assessed_on", a.assessed_on);
  w.field("assessor", a.assessor);
  w.field("status", a.status, kAssessmentStatuses);
  w.field("summary", a.summary);
  w.field("closed_at", a.closed_at);
  w.field("open_items", a.open_items);
  w.field("overdue_items", a.overdue_items);
  w.field("created_by", a.created_by);
  w.field("created_at", a.created_at);
  w.field("updated_at", a.updated_at);
}
constexpr auto assessment_shape = [](auto& w, const Assessment& a) { write_assessment(w, a); };
constexpr auto assessment_detail_shape = [](auto& w, const AssessmentDetail& d) {
  w.object("assessment", "VulnAssessment", [&] { write_assessment(w, d.assessment); });
  w.array("items", "VulnAssessmentItem", d.items, [&](const AssessmentItem& i) {
    w.field("id", i.id);
    w.field("kind", i.kind, kItemKinds);
    w.field("title", i.title);
    w.field("severity", i.severity, kSeverities);
    w.field("owner", i.owner);
    w.field("due_on", i.due_on);
    w.field("status", i.status, kItemStatuses);
    w.field("overdue", i.overdue);
    w.field("resolution", i.resolution);
    w.field("closed_at", i.closed_at);
    w.field("created_by", i.created_by);
    w.field("created_at", i.created_at);
  });
};

json::object prop(std::string_view type) { return {{"type", type}}; }
json::object date_prop() { return {{"type", "string"}, {"format", "date"}}; }
json::object strings_prop() { return {{"type", "array"}, {"items", {{"type", "string"}}}}; }
json::object enum_prop(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.push_back(json::string(v));
  return {{"type", "string"}, {"enum", a}};
}
json::value object_schema(json::object props, json::array required) {
  return json::object{{"type", "object"}, {"properties", std::move(props)}, {"required", std::move(required)}};
}

std::optional<std::string> date_text(http::JsonObjectReader& b, std::string_view key, bool required = false) {
  auto d = b.date(key, required);
  if (!d) return std::nullopt;
  return format_date(*d);
}

std::vector<std::string> strings_of(http::JsonObjectReader& b, std::string_view key, bool required) {
  std::vector<std::string> out;
  const auto* a = b.array(key, required);
  if (!a) return out;
  for (const auto& v : *a) {
    if (!v.is_string() || v.as_string().size() > 64) {
      b.error(key, "invalid", "A list of addresses or prefixes.");
      return {};
    }
    out.emplace_back(v.as_string());
  }
  return out;
}

template <typename T, typename F>
Response one(const T& x, F&& shape, int status = 200) {
  return http::json_response(shape::value_of(x, shape), status);
}

const json::value kConsentSchema = object_schema({{"customer_id", prop("integer")},
                                                  {"granted_by", prop("string")},
                                                  {"granted_on", date_prop()},
                                                  {"scope", strings_prop()},
                                                  {"valid_from", date_prop()},
                                                  {"valid_until", date_prop()},
                                                  {"source", enum_prop(kConsentSources)},
                                                  {"document", prop("string")}},
                                                 {"granted_by", "granted_on", "scope", "valid_from", "valid_until"});
const json::value kAllowedSchema = object_schema({{"customer_id", prop("integer")},
                                                  {"protocol", enum_prop(kProtocols)},
                                                  {"port", prop("integer")},
                                                  {"note", prop("string")}},
                                                 {"port"});
const json::value kScheduleSchema = object_schema({{"customer_id", prop("integer")},
                                                   {"targets", strings_prop()},
                                                   {"profile", enum_prop(kProfiles)},
                                                   {"ports", prop("string")},
                                                   {"interval_days", prop("integer")},
                                                   {"first_run_on", date_prop()},
                                                   {"active", prop("boolean")}},
                                                  {"interval_days"});
const json::value kScanSchema = object_schema({{"customer_id", prop("integer")},
                                               {"targets", strings_prop()},
                                               {"profile", enum_prop(kProfiles)},
                                               {"ports", prop("string")}},
                                              {"customer_id", "targets"});
const json::value kNoteSchema = object_schema({{"note", prop("string")}}, {});
const json::value kOwnerSchema = object_schema({{"owner", prop("string")}}, {"owner"});
const json::value kAssessmentSchema = object_schema({{"customer_id", prop("integer")},
                                                     {"title", prop("string")},
                                                     {"scope", prop("string")},
                                                     {"assessed_on", date_prop()},
                                                     {"assessor", prop("string")},
                                                     {"summary", prop("string")}},
                                                    {"title", "scope", "assessed_on", "assessor"});
const json::value kItemSchema = object_schema({{"kind", enum_prop(kItemKinds)},
                                               {"title", prop("string")},
                                               {"severity", enum_prop(kSeverities)},
                                               {"owner", prop("string")},
                                               {"due_on", date_prop()}},
                                              {"title", "owner", "due_on"});
const json::value kResolutionSchema = object_schema({{"resolution", prop("string")}}, {"resolution"});
const json::value kSummarySchema = object_schema({{"summary", prop("string")}}, {});

ScheduleInput read_schedule(http::JsonBody& b, bool create) {
  ScheduleInput in;
  if (create) in.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
  in.targets = strings_of(b, "targets", create);
  in.profile = b.choice("profile", kProfiles).value_or("top");
  in.ports = b.string("ports", {.max = 200});
  in.interval_days =
      static_cast<int>(b.integer("interval_days", {.required = true, .min = 1, .max = 366}).value_or(30));
  in.first_run_on = date_text(b, "first_run_on");
  in.active = b.boolean("active").value_or(true);
  b.finish();
  return in;
}

http::Route step_route(Service& svc, const std::string& step, std::string summary, std::string permission) {
  return http::Route{.method = "POST",
                     .pattern = "/api/v1/vulns/findings/{id}/" + step,
                     .handler =
                         [&svc, step](Request& req) {
                           auto id = http::id_param(req);
                           http::JsonBody b(req);
                           auto note = b.string("note", {.required = step == "accept", .max = 2000}).value_or("");
                           b.finish();
                           return one(svc.step(http::context_of(req), id, step, note).take(), finding_detail_shape);
                         },
                     .summary = std::move(summary),
                     .tag = kTag,
                     .permission = std::move(permission),
                     .request_schema = kNoteSchema,
                     .response_schema = shape::schema_of<FindingDetail>("VulnFindingDetail", finding_detail_shape)};
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  // ---- Consents ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/consents",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    CustomerFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.consents(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, consent_shape));
                  },
              .summary = "Consents to scanning (a customer sees its own).",
              .tag = kTag,
              .permission = "vulns.read",
              .query = http::list_docs(store::kConsentList, {{"customer", "integer", "Customer id."}},
                                       {.q = "Part of the signatory, scope or document."}),
              .response_schema = shape::page_of<Consent>("VulnConsent", consent_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/consents",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ConsentInput in;
                    in.customer_id = b.integer("customer_id", {.min = 1}).value_or(0);
                    in.granted_by = b.string("granted_by", {.required = true, .max = 200}).value_or("");
                    in.granted_on = date_text(b, "granted_on", true).value_or("");
                    in.scope = strings_of(b, "scope", true);
                    in.valid_from = date_text(b, "valid_from", true).value_or("");
                    in.valid_until = date_text(b, "valid_until", true).value_or("");
                    in.source = b.choice("source", kConsentSources).value_or("portal");
                    in.document = b.string("document", {.max = 255}).value_or("");
                    b.finish();
                    return one(svc.record_consent(http::context_of(req), std::move(in)).take(), consent_shape, 201);
                  },
              .summary = "Record a customer's consent to scanning of its own prefixes and addresses (a customer "
                         "records its own in the portal; staff record a signed consent with its document).",
              .tag = kTag,
              .permission = "vulns.consent",
              .request_schema = kConsentSchema,
              .response_schema = shape::schema_of<Consent>("VulnConsent", consent_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/consents/{id}/revoke",
              .handler =
                  [&svc](Request& req) {
                    return one(svc.revoke_consent(http::context_of(req), http::id_param(req)).take(), consent_shape);
                  },
              .summary = "Revoke a consent: scans it covered are refused from now on.",
              .tag = kTag,
              .permission = "vulns.consent",
              .response_schema = shape::schema_of<Consent>("VulnConsent", consent_shape)});

  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/consents/{id}/document",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    std::string type(req.header("content-type").value_or(""));
                    if (auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
                    while (!type.empty() && type.back() == ' ') type.pop_back();
                    for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    return one(svc.attach_consent_file(http::context_of(req), id, type, req.body).take(),
                               consent_shape);
                  },
              .summary = "Upload the signed consent (application/pdf, image/jpeg or image/png, at most 16 MiB), "
                         "kept by its content hash.",
              .tag = kTag,
              .permission = "vulns.consent",
              .response_schema = shape::schema_of<Consent>("VulnConsent", consent_shape),
              .request_types = {"application/pdf", "image/jpeg", "image/png"}});
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/consents/{id}/document",
              .handler =
                  [&svc](Request& req) {
                    auto f = svc.consent_file(http::context_of(req), http::id_param(req)).take();
                    Response r;
                    r.status = 200;
                    r.file_path = f.path;
                    r.set_header("Content-Type", f.content_type);
                    r.set_header("Content-Disposition", http::content_disposition("inline", f.file_name, ""));
                    r.set_header("Cache-Control", "private, no-store");
                    return r;
                  },
              .summary = "The signed consent document.",
              .tag = kTag,
              .permission = "vulns.read",
              .response_type = "application/pdf"});

  // ---- Declared ports ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/allowed-ports",
              .handler =
                  [&svc](Request& req) {
                    // Not paged: a customer declares a handful of ports.
                    http::QueryReader q(req);
                    const http::Page page{1000, 0};
                    auto customer = q.integer("customer");
                    q.finish();
                    auto rows = svc.allowed(http::context_of(req), customer).take();
                    return http::page_response(req, page, static_cast<std::int64_t>(rows.size()),
                                               shape::text_array(rows, allowed_shape));
                  },
              .summary = "Ports a customer declares as its services: open, they are not findings.",
              .tag = kTag,
              .permission = "vulns.read",
              .query = {{"customer", "integer", "Customer id."}},
              .response_schema = shape::page_of<AllowedPort>("VulnAllowedPort", allowed_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/allowed-ports",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    AllowedPort in;
                    in.customer_id = b.integer("customer_id", {.min = 1}).value_or(0);
                    in.protocol = b.choice("protocol", kProtocols).value_or("tcp");
                    in.port =
                        static_cast<int>(b.integer("port", {.required = true, .min = 1, .max = 65535}).value_or(0));
                    in.note = b.string("note", {.max = 200}).value_or("");
                    b.finish();
                    return one(svc.allow(http::context_of(req), std::move(in)).take(), allowed_shape, 201);
                  },
              .summary = "Declare a port as the customer's service.",
              .tag = kTag,
              .permission = "vulns.consent",
              .request_schema = kAllowedSchema,
              .response_schema = shape::schema_of<AllowedPort>("VulnAllowedPort", allowed_shape),
              .success_status = 201});
  router.add({.method = "DELETE",
              .pattern = "/api/v1/vulns/allowed-ports/{id}",
              .handler =
                  [&svc](Request& req) {
                    svc.disallow(http::context_of(req), http::id_param(req)).take();
                    return Response::no_content();
                  },
              .summary = "Withdraw a declared port.",
              .tag = kTag,
              .permission = "vulns.consent",
              .success_status = 204});

  // ---- Schedules ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/schedules",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    CustomerFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer = q.integer("customer");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.schedules(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, schedule_shape));
                  },
              .summary = "Scheduled scans.",
              .tag = kTag,
              .permission = "vulns.read",
              .query = http::list_docs(store::kScheduleList, {{"customer", "integer", "Customer id."}},
                                       {.q = "Part of a target."}),
              .response_schema = shape::page_of<Schedule>("VulnSchedule", schedule_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/schedules",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_schedule(b, true);
                    return one(svc.create_schedule(http::context_of(req), in).take(), schedule_shape, 201);
                  },
              .summary = "Schedule scans of a customer's own addresses (covered by its consent) every N days.",
              .tag = kTag,
              .permission = "vulns.scan",
              .request_schema = kScheduleSchema,
              .response_schema = shape::schema_of<Schedule>("VulnSchedule", schedule_shape),
              .success_status = 201});
  router.add({.method = "PUT",
              .pattern = "/api/v1/vulns/schedules/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_schedule(b, false);
                    return one(svc.update_schedule(http::context_of(req), id, in).take(), schedule_shape);
                  },
              .summary = "Change a schedule (targets, profile, ports, interval, next run, active).",
              .tag = kTag,
              .permission = "vulns.scan",
              .request_schema = kScheduleSchema,
              .response_schema = shape::schema_of<Schedule>("VulnSchedule", schedule_shape)});

  // ---- Scans ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/scans",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    ScanFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer = q.integer("customer");
                    f.schedule = q.integer("schedule");
                    f.kind = q.choice("kind", kScanKinds);
                    f.status = q.choice("status", kScanStatuses);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.scans(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, scan_shape));
                  },
              .summary = "Scans run and reports imported (a customer sees its own).",
              .tag = kTag,
              .permission = "vulns.read",
              .query = http::list_docs(store::kScanList,
                                       {{"customer", "integer", "Customer id."},
                                        {"schedule", "integer", "Schedule id."},
                                        {"kind", "string", "nmap run or imported report.", kScanKinds},
                                        {"status", "string", "Running, done or failed.", kScanStatuses}},
                                       {.q = "Part of the number or a target."}),
              .response_schema = shape::page_of<Scan>("VulnScan", scan_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/scans/{id}",
              .handler =
                  [&svc](Request& req) {
                    return one(svc.scan(http::context_of(req), http::id_param(req)).take(), scan_detail_shape);
                  },
              .summary = "A scan with the open ports and services it saw.",
              .tag = kTag,
              .permission = "vulns.read",
              .response_schema = shape::schema_of<ScanDetail>("VulnScanDetail", scan_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/scans",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ScanInput in;
                    in.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
                    in.targets = strings_of(b, "targets", true);
                    in.profile = b.choice("profile", kProfiles).value_or("top");
                    in.ports = b.string("ports", {.max = 200});
                    b.finish();
                    return one(svc.start_scan(http::context_of(req), in).take(), scan_detail_shape, 202);
                  },
              .summary = "Scan now with nmap (TCP connect, unprivileged): only the customer's own addresses "
                         "covered by a consent in force. Answered at once with the scan running; poll the "
                         "scan until it is done or failed.",
              .tag = kTag,
              .permission = "vulns.scan",
              .request_schema = kScanSchema,
              .response_schema = shape::schema_of<ScanDetail>("VulnScanDetail", scan_detail_shape),
              .success_status = 202});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/scans/import",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto customer = q.integer("customer", {.required = true, .min = 1});
                    auto kind = q.choice("kind", {"nmap_import", "openvas_import"});
                    if (!kind) q.error("kind", "required", "nmap_import or openvas_import.");
                    if (req.body.size() > kMaxReportBytes)
                      q.error("report", "vulns.report.too_large", "At most 32 MiB.");
                    q.finish();
                    return one(svc.import_report(http::context_of(req), customer.value_or(0), *kind, req.body).take(),
                               scan_detail_shape, 201);
                  },
              .summary = "Import an nmap (-oX) or OpenVAS/GVM XML report of the customer's own addresses; the "
                         "body is the XML.",
              .tag = kTag,
              .permission = "vulns.scan",
              .query = {{"customer", "integer", "Customer id."},
                        {"kind", "string", "nmap_import or openvas_import", {"nmap_import", "openvas_import"}}},
              .response_schema = shape::schema_of<ScanDetail>("VulnScanDetail", scan_detail_shape),
              .success_status = 201,
              .request_types = {"application/xml", "text/xml"}});

  // ---- Findings ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/findings",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    FindingFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer = q.integer("customer");
                    f.scan = q.integer("scan");
                    f.severity = q.choice("severity", kSeverities);
                    f.status = q.choice("status", kFindingStatuses);
                    f.host = q.string("host", 64);
                    f.overdue = q.boolean("overdue");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.findings(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, finding_shape));
                  },
              .summary = "Findings, one per host, port and plugin across scans (a customer sees its own).",
              .tag = kTag,
              .permission = "vulns.read",
              .query = http::list_docs(store::kFindingList,
                                       {{"customer", "integer", "Customer id."},
                                        {"scan", "integer", "Last seen by this scan."},
                                        {"severity", "string", "Severity.", kSeverities},
                                        {"status", "string", "Status.", kFindingStatuses},
                                        {"host", "string", "Host address."},
                                        {"overdue", "boolean", "Past the deadline and not closed."}},
                                       {.q = "Part of the number, host, title, plugin or owner."}),
              .response_schema = shape::page_of<Finding>("VulnFinding", finding_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/findings/{id}",
              .handler =
                  [&svc](Request& req) {
                    return one(svc.finding(http::context_of(req), http::id_param(req)).take(), finding_detail_shape);
                  },
              .summary = "A finding with its history and the steps the caller may take.",
              .tag = kTag,
              .permission = "vulns.read",
              .response_schema = shape::schema_of<FindingDetail>("VulnFindingDetail", finding_detail_shape)});
  router.add(
      step_route(svc, "acknowledge", "The customer (or staff) acknowledges the finding.", "vulns.findings.respond"));
  router.add(
      step_route(svc, "fix", "Claim the finding fixed; a rescan verifies or reopens it.", "vulns.findings.respond"));
  router.add(step_route(svc, "accept", "Accept the risk, with the reason; the approver is recorded.",
                        "vulns.findings.manage"));
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/findings/{id}/assign",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto owner = b.string("owner", {.required = true, .max = 200}).value_or("");
                    b.finish();
                    return one(svc.assign(http::context_of(req), id, owner).take(), finding_detail_shape);
                  },
              .summary = "Name the finding's owner (the customer's contact or staff).",
              .tag = kTag,
              .permission = "vulns.findings.manage",
              .request_schema = kOwnerSchema,
              .response_schema = shape::schema_of<FindingDetail>("VulnFindingDetail", finding_detail_shape)});

  // ---- Assessments ----
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/assessments",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    AssessmentFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer = q.integer("customer");
                    f.operator_only = q.boolean("operator");
                    f.status = q.choice("status", kAssessmentStatuses);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.assessments(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, assessment_shape));
                  },
              .summary = "Security assessments of customers and of the operator itself.",
              .tag = kTag,
              .permission = "vulns.read",
              .query = http::list_docs(store::kAssessmentList,
                                       {{"customer", "integer", "Customer id."},
                                        {"operator", "boolean", "Only the operator's own assessments."},
                                        {"status", "string", "Open or closed.", kAssessmentStatuses}},
                                       {.q = "Part of the number, title, scope or assessor."}),
              .response_schema = shape::page_of<Assessment>("VulnAssessment", assessment_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/vulns/assessments/{id}",
              .handler =
                  [&svc](Request& req) {
                    return one(svc.assessment(http::context_of(req), http::id_param(req)).take(),
                               assessment_detail_shape);
                  },
              .summary = "An assessment with its findings and actions.",
              .tag = kTag,
              .permission = "vulns.read",
              .response_schema = shape::schema_of<AssessmentDetail>("VulnAssessmentDetail", assessment_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/assessments",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    AssessmentInput in;
                    in.customer_id = b.integer("customer_id", {.min = 1});
                    in.title = b.string("title", {.required = true, .max = 200}).value_or("");
                    in.scope = b.string("scope", {.required = true, .max = 2000}).value_or("");
                    in.assessed_on = date_text(b, "assessed_on", true).value_or("");
                    in.assessor = b.string("assessor", {.required = true, .max = 200}).value_or("");
                    in.summary = b.string("summary", {.max = 4000}).value_or("");
                    b.finish();
                    return one(svc.create_assessment(http::context_of(req), in).take(), assessment_detail_shape, 201);
                  },
              .summary = "Record a security assessment (of a customer, or without one of the operator itself).",
              .tag = kTag,
              .permission = "vulns.assess",
              .request_schema = kAssessmentSchema,
              .response_schema = shape::schema_of<AssessmentDetail>("VulnAssessmentDetail", assessment_detail_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/assessments/{id}/items",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    ItemInput in;
                    in.kind = b.choice("kind", kItemKinds).value_or("finding");
                    in.title = b.string("title", {.required = true, .max = 500}).value_or("");
                    in.severity = b.choice("severity", kSeverities).value_or("medium");
                    in.owner = b.string("owner", {.required = true, .max = 200}).value_or("");
                    in.due_on = date_text(b, "due_on", true).value_or("");
                    b.finish();
                    return one(svc.add_item(http::context_of(req), id, in).take(), assessment_detail_shape);
                  },
              .summary = "Add a finding or an action with its owner and due date.",
              .tag = kTag,
              .permission = "vulns.assess",
              .request_schema = kItemSchema,
              .response_schema = shape::schema_of<AssessmentDetail>("VulnAssessmentDetail", assessment_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/assessments/{id}/items/{item}/close",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto item = http::id_param(req, "item");
                    http::JsonBody b(req);
                    auto resolution = b.string("resolution", {.required = true, .max = 2000}).value_or("");
                    b.finish();
                    return one(svc.close_item(http::context_of(req), id, item, resolution).take(),
                               assessment_detail_shape);
                  },
              .summary = "Close an item with how it was resolved.",
              .tag = kTag,
              .permission = "vulns.assess",
              .request_schema = kResolutionSchema,
              .response_schema = shape::schema_of<AssessmentDetail>("VulnAssessmentDetail", assessment_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/vulns/assessments/{id}/close",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto summary = b.string("summary", {.max = 4000}).value_or("");
                    b.finish();
                    return one(svc.close_assessment(http::context_of(req), id, summary).take(),
                               assessment_detail_shape);
                  },
              .summary = "Close the assessment once every item is closed.",
              .tag = kTag,
              .permission = "vulns.assess",
              .request_schema = kSummarySchema,
              .response_schema = shape::schema_of<AssessmentDetail>("VulnAssessmentDetail", assessment_detail_shape)});
}

}  // namespace colo::vulns
