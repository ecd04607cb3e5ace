#include "vulns/service.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <system_error>
#include <thread>
#include <tuple>

#include "audit/audit.hpp"
#include "vulns/store.hpp"

namespace colo::vulns {

namespace json = boost::json;

namespace {

// How long past the scanner's timeout a scan still recorded as running is taken as interrupted.
constexpr std::chrono::minutes kInterruptedMargin{5};

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

json::value consent_audit(const Consent& c) {
  json::array scope;
  for (const auto& s : c.scope) scope.push_back(json::string(s));
  json::object o{{"granted_by", c.granted_by}, {"granted_on", c.granted_on},   {"scope", scope},
                 {"valid_from", c.valid_from}, {"valid_until", c.valid_until}, {"source", c.source},
                 {"document", c.document}};
  if (c.revoked_at) o["revoked_at"] = *c.revoked_at;
  return o;
}

json::value finding_audit(const Finding& f) {
  json::object o{
      {"number", f.number}, {"status", f.status}, {"severity", f.severity}, {"due_on", f.due_on}, {"owner", f.owner}};
  if (f.risk_reason) o["risk_reason"] = *f.risk_reason;
  if (f.risk_approved_by) o["risk_approved_by"] = *f.risk_approved_by;
  return o;
}

json::value assessment_audit(const Assessment& a) {
  return json::object{{"number", a.number}, {"title", a.title}, {"status", a.status}, {"assessor", a.assessor}};
}

Error forbidden(const char* permission) { return Error::forbidden(std::string("This needs ") + permission + "."); }

// A finding's identity across scans.
using Key = std::tuple<std::string, std::string, int, std::string>;  // host, protocol, port, plugin
Key key_of(const Finding& f) { return {f.host, f.protocol, f.port, f.plugin}; }

std::string port_title(const ReportPort& p) {
  std::string t = "Open port " + std::to_string(p.port) + "/" + p.protocol;
  if (!p.service.empty()) t += " (" + p.service + ")";
  return t;
}

std::string port_detail(const ReportPort& p) {
  std::string d = p.product;
  if (!p.version.empty()) d += (d.empty() ? "" : " ") + p.version;
  return d;
}

}  // namespace

std::string Service::actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

Result<std::string> Service::number(db::Tx& tx, const std::string& kind) {
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, store::next_number(tx, kind, year));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s-%d-%06lld", kind.c_str(), year, static_cast<long long>(n));
  return std::string(buf);
}

Result<std::vector<std::string>> Service::canonical_targets(const std::vector<std::string>& in) {
  if (in.empty()) return Error::validation({{"targets", "required", "Name at least one address or prefix."}});
  if (in.size() > 64) return Error::validation({{"targets", "vulns.target.too_many", "At most 64 targets."}});
  std::vector<std::string> out;
  for (const auto& t : in) {
    COLO_TRY(auto c, canonical_target(t));
    if (!target_small_enough(c))
      return Error::validation({{"targets", "vulns.target.too_large", "A target is at most a /22 (IPv6: /120)."}});
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  }
  return out;
}

Status Service::check_targets(db::Tx& tx, std::int64_t customer_id, const std::vector<std::string>& targets,
                              bool need_consent) {
  for (const auto& t : targets) {
    COLO_TRY(bool own, ports_.owns(customer_id, t));
    if (!own)
      return Error::unprocessable("vulns.target.not_customers",
                                  "The target " + t + " is not in the customer's own prefixes or addresses.",
                                  {{"targets", "vulns.target.not_customers", "Not the customer's own: " + t}})
          .with("target", t);
  }
  if (!need_consent) return {};
  COLO_TRY(auto consents, store::live_consents(tx, customer_id));
  const auto now = today();
  std::vector<std::string> scope;
  for (const auto& c : consents)
    if (consent_in_force({c.valid_from, c.valid_until, false, c.scope}, now))
      scope.insert(scope.end(), c.scope.begin(), c.scope.end());
  for (const auto& t : targets)
    if (!covered_by(t, scope))
      return Error::unprocessable("vulns.target.no_consent",
                                  "No consent in force covers the target " + t + ": record the customer's consent.",
                                  {{"targets", "vulns.target.no_consent", "No consent in force for " + t}})
          .with("target", t);
  return {};
}

// ---- Consents ----

Result<db::Counted<Consent>> Service::consents(const Context& ctx, const CustomerFilter& f) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_consents(tx, ctx, f);
}

Result<Consent> Service::record_consent(const Context& ctx, ConsentInput in) {
  if (!ctx.can("vulns.consent")) return forbidden("vulns.consent");
  if (auto t = ctx.tenant()) in.customer_id = *t;
  std::vector<FieldError> errors;
  if (in.customer_id <= 0) errors.push_back({"customer_id", "required", "Name the customer."});
  if (in.granted_by.empty()) errors.push_back({"granted_by", "required", "Who gave the consent."});
  if (!parse_date(in.granted_on)) errors.push_back({"granted_on", "invalid", "A date such as 2026-09-01."});
  const auto from = parse_date(in.valid_from), until = parse_date(in.valid_until);
  if (!from) errors.push_back({"valid_from", "invalid", "A date such as 2026-09-01."});
  if (!until) errors.push_back({"valid_until", "invalid", "A date such as 2026-09-01."});
  if (from && until && *until < *from)
    errors.push_back({"valid_until", "vulns.consent.window", "The consent ends before it starts."});
  if (!one_of(kConsentSources, in.source)) errors.push_back({"source", "invalid", "portal or signed."});
  if (in.source == "signed" && in.document.empty())
    errors.push_back({"document", "required", "Name the signed document."});
  if (ctx.tenant() && in.source != "portal")
    errors.push_back({"source", "invalid", "A customer records its consent in the portal."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto scope, canonical_targets(in.scope));
  COLO_TRY(auto name, ports_.customer(in.customer_id));
  if (!name) return Error::validation({{"customer_id", "vulns.customer.unknown", "No such customer."}});

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_targets(tx, in.customer_id, scope, false));
  Consent c;
  c.customer_id = in.customer_id;
  c.granted_by = in.granted_by;
  c.granted_on = in.granted_on;
  c.scope = std::move(scope);
  c.valid_from = in.valid_from;
  c.valid_until = in.valid_until;
  c.source = in.source;
  c.document = in.document;
  c.created_by = actor(ctx);
  c.created_at = format_instant(clock_.now());
  COLO_TRY(c.id, store::insert_consent(tx, c));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"vulns.consent", std::to_string(c.id), "create", nullptr, consent_audit(c), c.customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Consent> Service::revoke_consent(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.consent")) return forbidden("vulns.consent");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, store::find_consent(tx, id));
  if (!c || !ctx.sees(c->customer_id)) return Error::not_found("Scan consent");
  if (c->revoked_at) return Error::conflict("vulns.consent.revoked", "The consent is revoked already.");
  auto before = consent_audit(*c);
  c->revoked_at = format_instant(clock_.now());
  COLO_CHECK(store::revoke_consent(tx, id, *c->revoked_at));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.consent", std::to_string(id), "revoke", before, consent_audit(*c), c->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*c);
}

Result<Consent> Service::attach_consent_file(const Context& ctx, std::int64_t id, std::string_view content_type,
                                             std::string_view bytes) {
  if (!ctx.can("vulns.consent")) return forbidden("vulns.consent");
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto c, store::find_consent(tx, id));
    if (!c || !ctx.sees(c->customer_id)) return Error::not_found("Scan consent");
  }
  // The file goes to disk first: an unreferenced file named by its own hash is harmless, a row
  // pointing at a missing file would not be.
  COLO_TRY(auto hash, ports_.store_file(content_type, bytes));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, store::find_consent(tx, id));
  if (!c || !ctx.sees(c->customer_id)) return Error::not_found("Scan consent");
  auto before = consent_audit(*c);
  c->file_hash = hash;
  c->file_type = std::string(content_type);
  COLO_CHECK(store::set_consent_file(tx, id, hash, *c->file_type));
  auto after = consent_audit(*c);
  after.as_object()["file_hash"] = hash;
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {"vulns.consent", std::to_string(id), "attach", before, after, c->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*c);
}

Result<ConsentFile> Service::consent_file(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, store::find_consent(tx, id));
  if (!c || !ctx.sees(c->customer_id) || !c->file_hash) return Error::not_found("Consent document");
  const auto type = c->file_type.value_or("application/pdf");
  const auto ext = type == "image/jpeg" ? ".jpg" : type == "image/png" ? ".png" : ".pdf";
  return ConsentFile{ports_.file_path(*c->file_hash), type, "consent-" + std::to_string(c->id) + ext};
}

// ---- Declared services ----

Result<std::vector<AllowedPort>> Service::allowed(const Context& ctx, std::optional<std::int64_t> customer) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_allowed(tx, ctx, customer);
}

Result<AllowedPort> Service::allow(const Context& ctx, AllowedPort in) {
  if (!ctx.can("vulns.consent")) return forbidden("vulns.consent");
  if (auto t = ctx.tenant()) in.customer_id = *t;
  std::vector<FieldError> errors;
  if (in.customer_id <= 0) errors.push_back({"customer_id", "required", "Name the customer."});
  if (!one_of(kProtocols, in.protocol)) errors.push_back({"protocol", "invalid", "tcp or udp."});
  if (in.port < 1 || in.port > 65535) errors.push_back({"port", "invalid", "A port from 1 to 65535."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto name, ports_.customer(in.customer_id));
  if (!name) return Error::validation({{"customer_id", "vulns.customer.unknown", "No such customer."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  in.created_by = actor(ctx);
  in.created_at = format_instant(clock_.now());
  COLO_TRY(auto id, store::insert_allowed(tx, in));
  if (!id)
    return Error::conflict("vulns.allowed.duplicate", "The port is declared already.")
        .with("port", std::to_string(in.port) + "/" + in.protocol);
  in.id = *id;
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"vulns.allowed_port", std::to_string(in.id), "create", nullptr,
                     json::object{{"protocol", in.protocol}, {"port", in.port}, {"note", in.note}}, in.customer_id}));
  COLO_CHECK(tx.commit());
  return in;
}

Status Service::disallow(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.consent")) return forbidden("vulns.consent");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, store::find_allowed(tx, id));
  if (!a || !ctx.sees(a->customer_id)) return Error::not_found("Declared port");
  COLO_CHECK(store::delete_allowed(tx, id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.allowed_port", std::to_string(id), "delete",
                            json::object{{"protocol", a->protocol}, {"port", a->port}}, nullptr, a->customer_id}));
  return tx.commit();
}

// ---- Scans ----

Result<db::Counted<Scan>> Service::scans(const Context& ctx, const ScanFilter& f) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_scans(tx, ctx, f);
}

Result<ScanDetail> Service::scan(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto s, store::find_scan(tx, id));
  if (!s || !ctx.sees(s->customer_id)) return Error::not_found("Scan");
  ScanDetail d;
  COLO_TRY(d.ports, store::ports_of(tx, id));
  d.scan = std::move(*s);
  return d;
}

Service::~Service() {
  // Background scans use the database and the scanner: wait for them (each is bounded by the
  // scanner's timeout).
  std::unique_lock lock(jobs_mu_);
  jobs_cv_.wait(lock, [&] { return jobs_ == 0; });
}

Result<ScanDetail> Service::run_scan(const Context& ctx, const ScanInput& in) {
  if (!ctx.can("vulns.scan")) return forbidden("vulns.scan");
  return scan_now(ctx, in, std::nullopt);
}

Result<ScanDetail> Service::start_scan(const Context& ctx, const ScanInput& in) {
  if (!ctx.can("vulns.scan")) return forbidden("vulns.scan");
  COLO_TRY(auto begun, begin_scan(ctx, in, std::nullopt));
  ScanDetail out;
  out.scan = begun.scan;
  {
    std::lock_guard lock(jobs_mu_);
    ++jobs_;
  }
  try {
    std::thread([this, ctx, b = std::move(begun)]() mutable {
      {
        Began held = std::move(b);  // its scanner place is given back before the job counts as ended
        const auto number = held.scan.number;
        auto done = complete_scan(ctx, std::move(held.scan), held.slot);
        if (!done.ok()) spdlog::error("vulns: scan {} not recorded: {}", number, done.error().message);
      }
      std::lock_guard lock(jobs_mu_);
      --jobs_;
      jobs_cv_.notify_all();
    }).detach();
  } catch (const std::system_error& e) {
    {
      std::lock_guard lock(jobs_mu_);
      --jobs_;
    }
    Scan failed = out.scan;
    failed.status = "failed";
    failed.error = std::string("cannot start the scan: ") + e.what();
    failed.finished_at = format_instant(clock_.now());
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto recorded, ingest(tx, ctx, std::move(failed), nullptr));
    COLO_CHECK(tx.commit());
    return recorded;
  }
  return out;
}

Result<ScanDetail> Service::scan_now(const Context& ctx, const ScanInput& in, std::optional<std::int64_t> schedule_id) {
  COLO_TRY(auto begun, begin_scan(ctx, in, schedule_id));
  return complete_scan(ctx, std::move(begun.scan), begun.slot);
}

Result<Service::Began> Service::begin_scan(const Context& ctx, const ScanInput& in,
                                           std::optional<std::int64_t> schedule_id) {
  std::vector<FieldError> errors;
  if (in.customer_id <= 0) errors.push_back({"customer_id", "required", "Name the customer."});
  if (!one_of(kProfiles, in.profile)) errors.push_back({"profile", "invalid", "top, full or service."});
  if (in.ports && !valid_port_list(*in.ports))
    errors.push_back({"ports", "vulns.ports.malformed", "Ports such as 22,80,8000-8100."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto targets, canonical_targets(in.targets));
  {
    // Checked in its own transaction: the scan itself runs outside any transaction.
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_CHECK(check_targets(tx, in.customer_id, targets, true));
  }
  // Busy is refused, not recorded: nothing runs.
  auto slot = scanner_.reserve();
  if (!slot)
    return Error{ErrorKind::unavailable,
                 "vulns.scan.busy",
                 "As many scans as allowed are running; try again when one has finished.",
                 {}};
  Scan s;
  s.customer_id = in.customer_id;
  s.schedule_id = schedule_id;
  s.kind = "nmap";
  s.targets = targets;
  s.profile = in.profile;
  s.ports = in.ports;
  s.status = "running";
  s.created_by = actor(ctx);
  s.started_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(s.number, number(tx, "SCN"));
  COLO_TRY(s.id, store::insert_scan(tx, s));
  COLO_CHECK(tx.commit());
  return Began{std::move(s), std::move(*slot)};
}

Result<ScanDetail> Service::complete_scan(const Context& ctx, Scan s, const Scanner::Slot& slot) {
  auto xml = scanner_.run(slot, *s.profile, s.ports, s.targets);
  std::optional<Report> report;
  if (xml.ok()) {
    auto parsed = parse_nmap_xml(xml.value());
    if (parsed.ok())
      report = std::move(parsed).value();
    else
      s.error = parsed.error().message;
  } else {
    s.error = xml.error().message;
  }
  s.status = report ? "done" : "failed";
  s.finished_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto out, ingest(tx, ctx, std::move(s), report ? &*report : nullptr));
  COLO_CHECK(tx.commit());
  return out;
}

Result<ScanDetail> Service::import_report(const Context& ctx, std::int64_t customer_id, const std::string& kind,
                                          std::string_view xml) {
  if (!ctx.can("vulns.scan")) return forbidden("vulns.scan");
  if (kind != "nmap_import" && kind != "openvas_import")
    return Error::validation({{"kind", "invalid", "nmap_import or openvas_import."}});
  if (customer_id <= 0) return Error::validation({{"customer", "required", "Name the customer."}});
  COLO_TRY(auto report, kind == "nmap_import" ? parse_nmap_xml(xml) : parse_openvas_xml(xml));
  std::vector<std::string> hosts;
  for (const auto& h : report.hosts) {
    COLO_TRY(auto t, canonical_target(h));
    hosts.push_back(t);
  }
  if (hosts.empty())
    return Error::unprocessable("vulns.report.empty", "The report names no scanned host.",
                                {{"report", "vulns.report.empty", "No scanned host in the report."}});
  COLO_TRY(auto name, ports_.customer(customer_id));
  if (!name) return Error::validation({{"customer", "vulns.customer.unknown", "No such customer."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_targets(tx, customer_id, hosts, false));
  Scan s;
  s.customer_id = customer_id;
  s.kind = kind;
  s.targets = hosts;
  s.status = "done";
  s.created_by = actor(ctx);
  s.started_at = s.finished_at = format_instant(clock_.now());
  COLO_TRY(auto out, ingest(tx, ctx, std::move(s), &report));
  COLO_CHECK(tx.commit());
  return out;
}

Result<ScanDetail> Service::ingest(db::Tx& tx, const Context& ctx, Scan scan, const Report* report) {
  if (scan.id == 0) {
    COLO_TRY(scan.number, number(tx, "SCN"));
    COLO_TRY(scan.id, store::insert_scan(tx, scan));
  } else {
    // Recorded as running when it began; its outcome is written once.
    COLO_TRY(auto finished, store::finish_scan(tx, scan));
    if (!finished) return Error::internal("scan " + scan.number + " is no longer running");
  }
  ScanDetail out;
  if (!report) {
    COLO_CHECK(
        audit::record(tx, ctx, clock_,
                      {"vulns.scan", std::to_string(scan.id), "fail", nullptr,
                       json::object{{"number", scan.number}, {"error", scan.error.value_or("")}}, scan.customer_id}));
    out.scan = std::move(scan);
    return out;
  }
  const bool nmap = report->kind == "nmap";
  for (const auto& p : report->ports) {
    ScanPort sp{p.host, p.protocol, p.port, p.service, p.product, p.version};
    COLO_CHECK(store::insert_scan_port(tx, scan.id, sp));
    out.ports.push_back(std::move(sp));
  }
  scan.hosts_up = static_cast<std::int64_t>(report->hosts.size());
  scan.open_ports = static_cast<std::int64_t>(report->ports.size());

  // What this scan observes, by finding key.
  struct Observed {
    std::string title, detail;
    std::optional<std::int64_t> cvss;
    std::string severity;
  };
  std::map<Key, Observed> seen;
  if (nmap) {
    COLO_TRY(auto allowed, store::allowed_of(tx, scan.customer_id));
    for (const auto& p : report->ports) {
      const bool declared = std::any_of(allowed.begin(), allowed.end(), [&](const AllowedPort& a) {
        return a.protocol == p.protocol && a.port == p.port;
      });
      if (!declared)
        seen[{p.host, p.protocol, p.port, kOpenPortPlugin}] = {port_title(p), port_detail(p), std::nullopt,
                                                               kUndeclaredPortSeverity};
    }
  } else {
    for (const auto& r : report->results) {
      const auto cvss = r.cvss_tenths.value_or(0);
      seen[{r.host, r.protocol, r.port, r.oid}] = {r.name, r.description, r.cvss_tenths, severity_of(cvss)};
    }
  }
  // A host and port this scan looked at: a host the report has up (nmap with -Pn lists every
  // target it finished; one it gave up on proves nothing) and, for nmap, the ports its report says
  // it scanned.
  const auto scanned = port_ranges(report->scanned_tcp_ports);
  const auto covers = [&](const Finding& f) {
    const bool host = std::find(report->hosts.begin(), report->hosts.end(), f.host) != report->hosts.end();
    if (!host) return false;
    if (!nmap) return true;
    return f.protocol == "tcp" && port_in(f.port, scanned);
  };

  const std::string now = scan.finished_at;
  const std::string who = actor(ctx);
  COLO_TRY(auto existing, store::findings_of(tx, scan.customer_id, nmap));
  std::set<Key> known;
  for (auto& f : existing) {
    const auto k = key_of(f);
    known.insert(k);
    auto it = seen.find(k);
    const bool is_seen = it != seen.end();
    const auto what = reconcile(f.status, is_seen, covers(f));
    if (what == Reconcile::none) continue;
    const auto before = finding_audit(f);
    std::string action;
    f.last_scan_id = scan.id;
    f.updated_at = now;
    if (what == Reconcile::seen) {
      f.last_seen_at = now;
      f.title = it->second.title;
      f.detail = it->second.detail;
      COLO_CHECK(store::update_finding(tx, f));
      continue;  // no event per scan for a finding still there: the scan records it
    }
    if (what == Reconcile::reopen) {
      f.last_seen_at = now;
      f.status = "open";
      f.closed_at.reset();
      // A finding reopened keeps its deadline: the clock did not stop while it was claimed fixed.
      action = "reopened";
      ++scan.findings_reopened;
    } else {
      f.status = "verified";
      f.closed_at = now;
      action = "verified";
      ++scan.findings_closed;
    }
    COLO_CHECK(store::update_finding(tx, f));
    COLO_CHECK(store::insert_event(tx, {0, f.id, action, f.status, scan.number, scan.id, who, now}));
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"vulns.finding", std::to_string(f.id), action, before, finding_audit(f), f.customer_id}));
  }
  const auto found_on = clock_.today();
  for (const auto& [k, o] : seen) {
    if (known.count(k)) continue;
    Finding f;
    COLO_TRY(f.number, number(tx, "VUL"));
    f.customer_id = scan.customer_id;
    std::tie(f.host, f.protocol, f.port, f.plugin) = k;
    f.title = o.title;
    f.detail = o.detail;
    f.cvss_tenths = o.cvss;
    f.severity = o.severity;
    f.status = "open";
    f.due_on = format_date(due_date(found_on, f.severity, options_.deadlines));
    f.first_scan_id = f.last_scan_id = scan.id;
    f.first_seen_at = f.last_seen_at = f.updated_at = now;
    COLO_TRY(f.id, store::insert_finding(tx, f));
    COLO_CHECK(store::insert_event(tx, {0, f.id, "found", "open", scan.number, scan.id, who, now}));
    ++scan.findings_new;
  }
  COLO_CHECK(store::update_scan_counts(tx, scan));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.scan", std::to_string(scan.id), "create", nullptr,
                            json::object{{"number", scan.number},
                                         {"kind", scan.kind},
                                         {"hosts_up", scan.hosts_up},
                                         {"open_ports", scan.open_ports},
                                         {"findings_new", scan.findings_new},
                                         {"findings_closed", scan.findings_closed},
                                         {"findings_reopened", scan.findings_reopened}},
                            scan.customer_id}));
  out.scan = std::move(scan);
  return out;
}

// ---- Schedules ----

Result<db::Counted<Schedule>> Service::schedules(const Context& ctx, const CustomerFilter& f) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_schedules(tx, ctx, f);
}

Result<Schedule> Service::create_schedule(const Context& ctx, const ScheduleInput& in) {
  if (!ctx.can("vulns.scan")) return forbidden("vulns.scan");
  std::vector<FieldError> errors;
  if (in.customer_id <= 0) errors.push_back({"customer_id", "required", "Name the customer."});
  if (!one_of(kProfiles, in.profile)) errors.push_back({"profile", "invalid", "top, full or service."});
  if (in.ports && !valid_port_list(*in.ports))
    errors.push_back({"ports", "vulns.ports.malformed", "Ports such as 22,80,8000-8100."});
  if (in.interval_days < 1 || in.interval_days > 366)
    errors.push_back({"interval_days", "invalid", "From 1 to 366 days."});
  if (in.first_run_on && !parse_date(*in.first_run_on))
    errors.push_back({"first_run_on", "invalid", "A date such as 2026-09-01."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto targets, canonical_targets(in.targets));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_targets(tx, in.customer_id, targets, true));
  Schedule s;
  s.customer_id = in.customer_id;
  s.targets = std::move(targets);
  s.profile = in.profile;
  s.ports = in.ports;
  s.interval_days = in.interval_days;
  s.next_run_on = in.first_run_on.value_or(today());
  s.active = in.active;
  s.created_by = actor(ctx);
  s.created_at = s.updated_at = format_instant(clock_.now());
  COLO_TRY(s.id, store::insert_schedule(tx, s));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.schedule", std::to_string(s.id), "create", nullptr,
                            json::object{{"interval_days", s.interval_days}, {"profile", s.profile}}, s.customer_id}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<Schedule> Service::update_schedule(const Context& ctx, std::int64_t id, const ScheduleInput& in) {
  if (!ctx.can("vulns.scan")) return forbidden("vulns.scan");
  std::vector<FieldError> errors;
  if (!one_of(kProfiles, in.profile)) errors.push_back({"profile", "invalid", "top, full or service."});
  if (in.ports && !valid_port_list(*in.ports))
    errors.push_back({"ports", "vulns.ports.malformed", "Ports such as 22,80,8000-8100."});
  if (in.interval_days < 1 || in.interval_days > 366)
    errors.push_back({"interval_days", "invalid", "From 1 to 366 days."});
  if (in.first_run_on && !parse_date(*in.first_run_on))
    errors.push_back({"first_run_on", "invalid", "A date such as 2026-09-01."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto s, store::find_schedule(tx, id));
  if (!s || !ctx.sees(s->customer_id)) return Error::not_found("Scan schedule");
  if (!in.targets.empty()) {
    COLO_TRY(auto targets, canonical_targets(in.targets));
    COLO_CHECK(check_targets(tx, s->customer_id, targets, true));
    s->targets = std::move(targets);
  }
  s->profile = in.profile;
  s->ports = in.ports;
  s->interval_days = in.interval_days;
  if (in.first_run_on) s->next_run_on = *in.first_run_on;
  s->active = in.active;
  s->updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_schedule(tx, *s));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.schedule", std::to_string(id), "update", nullptr,
                            json::object{{"interval_days", s->interval_days},
                                         {"profile", s->profile},
                                         {"active", s->active},
                                         {"next_run_on", s->next_run_on}},
                            s->customer_id}));
  COLO_CHECK(tx.commit());
  return std::move(*s);
}

Result<int> Service::fail_interrupted(const Context& ctx) {
  // Past the scanner's own timeout with a margin, no process can still be running the scan: its
  // server stopped (or crashed) before recording the outcome. Another server's scan in progress
  // is younger than that.
  const auto cutoff = clock_.now() - std::chrono::seconds(options_.scanner.timeout_s) - kInterruptedMargin;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ids, store::stale_scans(tx, format_instant(cutoff)));
  int failed = 0;
  for (auto id : ids) {
    COLO_TRY(auto found, store::find_scan(tx, id));
    if (!found) continue;
    Scan s = std::move(*found);
    s.status = "failed";
    s.error = "vulns.scan.interrupted: the server stopped before the scan ended";
    s.finished_at = format_instant(clock_.now());
    COLO_CHECK(ingest(tx, ctx, std::move(s), nullptr));
    ++failed;
  }
  COLO_CHECK(tx.commit());
  return failed;
}

Result<int> Service::run_due(Date day) {
  const auto ctx = system_context("scheduler");
  COLO_CHECK(fail_interrupted(ctx));
  std::vector<Schedule> due;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(due, store::due_schedules(tx, format_date(day)));
  }
  int ran = 0;
  for (auto& s : due) {
    auto r = scan_now(ctx, {s.customer_id, s.targets, s.profile, s.ports}, s.id);
    if (!r.ok()) {
      if (r.error().is("vulns.scan.busy")) continue;  // the next pass takes it
      // A lapsed consent or a target no longer the customer's: the run is recorded as failed.
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      Scan failed;
      failed.customer_id = s.customer_id;
      failed.schedule_id = s.id;
      failed.targets = s.targets;
      failed.profile = s.profile;
      failed.ports = s.ports;
      failed.status = "failed";
      failed.error = r.error().code + ": " + r.error().message;
      failed.created_by = "system";
      failed.started_at = failed.finished_at = format_instant(clock_.now());
      COLO_CHECK(ingest(tx, ctx, std::move(failed), nullptr));
      COLO_CHECK(tx.commit());
    }
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    s.next_run_on = format_date(add_days(day, s.interval_days));
    s.updated_at = format_instant(clock_.now());
    COLO_CHECK(store::update_schedule(tx, s));
    COLO_CHECK(tx.commit());
    ++ran;
  }
  return ran;
}

// ---- Findings ----

Result<db::Counted<Finding>> Service::findings(const Context& ctx, const FindingFilter& f) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  const auto now = today();
  COLO_TRY(auto page, store::list_findings(tx, ctx, f, now));
  for (auto& x : page.second) x.overdue = finding_overdue(x.status, x.due_on, now);
  return page;
}

Result<Finding> Service::load_finding(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto f, store::find_finding(tx, id));
  if (!f || !ctx.sees(f->customer_id)) return Error::not_found("Finding");
  f->overdue = finding_overdue(f->status, f->due_on, today());
  return std::move(*f);
}

Result<FindingDetail> Service::finding_detail(db::Tx& tx, const Context& ctx, Finding f) {
  FindingDetail d;
  COLO_TRY(d.history, store::events_of(tx, f.id));
  d.actions = steps_for(f.status, ctx.can("vulns.findings.respond"), ctx.can("vulns.findings.manage"));
  d.finding = std::move(f);
  return d;
}

Result<FindingDetail> Service::finding(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto f, load_finding(tx, ctx, id));
  return finding_detail(tx, ctx, std::move(f));
}

Result<FindingDetail> Service::step(const Context& ctx, std::int64_t id, const std::string& step,
                                    const std::string& note) {
  if (step == "accept") {
    if (!ctx.can("vulns.findings.manage")) return forbidden("vulns.findings.manage");
    if (note.empty()) return Error::validation({{"note", "vulns.finding.reason", "Say why the risk is accepted."}});
  } else if (!ctx.can("vulns.findings.respond")) {
    return forbidden("vulns.findings.respond");
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto f, load_finding(tx, ctx, id));
  COLO_TRY(auto next, step_to(f.status, step));
  const auto before = finding_audit(f);
  const auto now = format_instant(clock_.now());
  const auto who = actor(ctx);
  f.status = next;
  f.updated_at = now;
  std::string action = next;
  if (step == "acknowledge") {
    f.acknowledged_by = who;
    f.acknowledged_at = now;
  } else if (step == "accept") {
    f.risk_reason = note;
    f.risk_approved_by = who;
    f.closed_at = now;
  }
  COLO_CHECK(store::update_finding(tx, f));
  COLO_CHECK(store::insert_event(tx, {0, f.id, action, f.status, note, std::nullopt, who, now}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.finding", std::to_string(f.id), action, before, finding_audit(f), f.customer_id}));
  f.overdue = finding_overdue(f.status, f.due_on, today());
  COLO_TRY(auto out, finding_detail(tx, ctx, std::move(f)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<FindingDetail> Service::assign(const Context& ctx, std::int64_t id, const std::string& owner) {
  if (!ctx.can("vulns.findings.manage")) return forbidden("vulns.findings.manage");
  if (owner.empty()) return Error::validation({{"owner", "required", "Name the owner."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto f, load_finding(tx, ctx, id));
  if (!finding_open(f.status))
    return Error::conflict("vulns.finding.closed", "The finding is closed.")
        .with("@status", "vulns.finding.status." + f.status);
  const auto before = finding_audit(f);
  const auto now = format_instant(clock_.now());
  f.owner = owner;
  f.updated_at = now;
  COLO_CHECK(store::update_finding(tx, f));
  COLO_CHECK(store::insert_event(tx, {0, f.id, "assigned", f.status, owner, std::nullopt, actor(ctx), now}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.finding", std::to_string(f.id), "assign", before, finding_audit(f), f.customer_id}));
  COLO_TRY(auto out, finding_detail(tx, ctx, std::move(f)));
  COLO_CHECK(tx.commit());
  return out;
}

// ---- Assessments ----

Result<db::Counted<Assessment>> Service::assessments(const Context& ctx, const AssessmentFilter& f) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_assessments(tx, ctx, f, today());
}

Result<Assessment> Service::load_assessment(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto a, store::find_assessment(tx, id, today()));
  if (!a || !ctx.sees(a->customer_id)) return Error::not_found("Assessment");
  return std::move(*a);
}

Result<AssessmentDetail> Service::assessment_detail(db::Tx& tx, Assessment a) {
  AssessmentDetail d;
  COLO_TRY(d.items, store::items_of(tx, a.id));
  const auto now = today();
  for (auto& i : d.items) i.overdue = i.status == "open" && i.due_on < now;
  d.assessment = std::move(a);
  return d;
}

Result<AssessmentDetail> Service::assessment(const Context& ctx, std::int64_t id) {
  if (!ctx.can("vulns.read")) return forbidden("vulns.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto a, load_assessment(tx, ctx, id));
  return assessment_detail(tx, std::move(a));
}

Result<AssessmentDetail> Service::create_assessment(const Context& ctx, const AssessmentInput& in) {
  if (!ctx.can("vulns.assess")) return forbidden("vulns.assess");
  std::vector<FieldError> errors;
  if (in.title.empty()) errors.push_back({"title", "required", "Name the assessment."});
  if (in.scope.empty()) errors.push_back({"scope", "required", "Say what was assessed."});
  if (in.assessor.empty()) errors.push_back({"assessor", "required", "Who assessed."});
  if (!parse_date(in.assessed_on)) errors.push_back({"assessed_on", "invalid", "A date such as 2026-09-01."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (in.customer_id) {
    COLO_TRY(auto name, ports_.customer(*in.customer_id));
    if (!name) return Error::validation({{"customer_id", "vulns.customer.unknown", "No such customer."}});
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Assessment a;
  COLO_TRY(a.number, number(tx, "SA"));
  a.customer_id = in.customer_id;
  a.title = in.title;
  a.scope = in.scope;
  a.assessed_on = in.assessed_on;
  a.assessor = in.assessor;
  a.summary = in.summary;
  a.created_by = actor(ctx);
  a.created_at = a.updated_at = format_instant(clock_.now());
  COLO_TRY(a.id, store::insert_assessment(tx, a));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"vulns.assessment", std::to_string(a.id), "create", nullptr, assessment_audit(a), a.customer_id}));
  COLO_TRY(auto out, assessment_detail(tx, std::move(a)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<AssessmentDetail> Service::add_item(const Context& ctx, std::int64_t id, const ItemInput& in) {
  if (!ctx.can("vulns.assess")) return forbidden("vulns.assess");
  std::vector<FieldError> errors;
  if (!one_of(kItemKinds, in.kind)) errors.push_back({"kind", "invalid", "finding or action."});
  if (in.title.empty()) errors.push_back({"title", "required", "Say what was found or is to be done."});
  if (!one_of(kSeverities, in.severity))
    errors.push_back({"severity", "invalid", "critical, high, medium, low, info."});
  if (in.owner.empty()) errors.push_back({"owner", "required", "Name the owner."});
  if (!parse_date(in.due_on)) errors.push_back({"due_on", "invalid", "A date such as 2026-09-01."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_assessment(tx, ctx, id));
  if (a.status != "open") return Error::conflict("vulns.assessment.closed", "The assessment is closed.");
  AssessmentItem i;
  i.assessment_id = a.id;
  i.kind = in.kind;
  i.title = in.title;
  i.severity = in.severity;
  i.owner = in.owner;
  i.due_on = in.due_on;
  i.created_by = actor(ctx);
  i.created_at = format_instant(clock_.now());
  COLO_TRY(i.id, store::insert_item(tx, i));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"vulns.assessment", std::to_string(a.id), "item", nullptr,
       json::object{{"item", i.id}, {"kind", i.kind}, {"title", i.title}, {"owner", i.owner}, {"due_on", i.due_on}},
       a.customer_id}));
  COLO_TRY(a, load_assessment(tx, ctx, id));
  COLO_TRY(auto out, assessment_detail(tx, std::move(a)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<AssessmentDetail> Service::close_item(const Context& ctx, std::int64_t id, std::int64_t item_id,
                                             const std::string& resolution) {
  if (!ctx.can("vulns.assess")) return forbidden("vulns.assess");
  if (resolution.empty()) return Error::validation({{"resolution", "required", "Say how it was closed."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_assessment(tx, ctx, id));
  COLO_TRY(bool closed, store::close_item(tx, a.id, item_id, resolution, format_instant(clock_.now())));
  if (!closed) {
    COLO_TRY(auto items, store::items_of(tx, a.id));
    const bool exists = std::any_of(items.begin(), items.end(), [&](const auto& i) { return i.id == item_id; });
    if (!exists) return Error::not_found("Assessment item");
    return Error::conflict("vulns.assessment.item_done", "The item is closed already.");
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"vulns.assessment", std::to_string(a.id), "item_done", nullptr,
                            json::object{{"item", item_id}, {"resolution", resolution}}, a.customer_id}));
  COLO_TRY(a, load_assessment(tx, ctx, id));
  COLO_TRY(auto out, assessment_detail(tx, std::move(a)));
  COLO_CHECK(tx.commit());
  return out;
}

Result<AssessmentDetail> Service::close_assessment(const Context& ctx, std::int64_t id, const std::string& summary) {
  if (!ctx.can("vulns.assess")) return forbidden("vulns.assess");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_assessment(tx, ctx, id));
  if (a.status != "open") return Error::conflict("vulns.assessment.closed", "The assessment is closed.");
  if (a.open_items > 0)
    return Error::conflict("vulns.assessment.open_items", "Items of the assessment are still open.")
        .with("count", std::to_string(a.open_items));
  const auto before = assessment_audit(a);
  a.status = "closed";
  if (!summary.empty()) a.summary = summary;
  a.closed_at = a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_assessment(tx, a));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"vulns.assessment", std::to_string(a.id), "close", before, assessment_audit(a), a.customer_id}));
  COLO_TRY(auto out, assessment_detail(tx, std::move(a)));
  COLO_CHECK(tx.commit());
  return out;
}

// ---- Compliance ----

Result<ClauseMeasure> Service::r5_2_3(Date from, Date to) {
  const int days = days_between(from, to);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto schedules, store::schedule_facts(tx, to, clock_.calendar()));
  COLO_TRY(auto findings, store::findings_due(tx, format_date(add_days(from, -days)), format_date(to)));
  return measure_r5_2_3(schedules, findings, from, to, clock_.today());
}

}  // namespace colo::vulns
