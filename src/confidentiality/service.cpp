#include "confidentiality/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "audit/log.hpp"
#include "confidentiality/store.hpp"
#include "contracts/scan.hpp"
#include "core/business_calendar.hpp"
#include "notify/notify.hpp"

namespace colo::confidentiality {

namespace json = boost::json;

namespace {

constexpr const char* kObject = "disclosure";
// The audit action of a read of decrypted personal data (facility's authorised people, contacts).
constexpr const char* kReadSensitive = "read_sensitive";

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

json::value audit_of(const Disclosure& d) {
  json::array categories;
  for (const auto& c : d.categories) categories.emplace_back(c);
  json::object o{{"number", d.number},       {"status", d.status},
                 {"recipient", d.recipient}, {"recipient_kind", d.recipient_kind},
                 {"categories", categories}, {"records", d.records},
                 {"purpose", d.purpose},     {"basis", d.basis},
                 {"withheld", d.withheld}};
  if (d.consent_hash) o["consent_hash"] = *d.consent_hash;
  if (d.law) o["law"] = *d.law;
  if (d.article) o["article"] = *d.article;
  if (d.document_number) o["document_number"] = *d.document_number;
  if (d.withheld_law) o["withheld_law"] = *d.withheld_law;
  if (d.decided_by) o["decided_by"] = *d.decided_by;
  if (d.decision_note) o["decision_note"] = *d.decision_note;
  if (d.disclosed_by) o["disclosed_by"] = *d.disclosed_by;
  if (d.disclosed_at) o["disclosed_at"] = *d.disclosed_at;
  if (d.disclosed_what) o["disclosed_what"] = *d.disclosed_what;
  return o;
}

Error forbidden_request() { return Error::forbidden("Disclosures are requested with confidentiality.request."); }

}  // namespace

std::string Service::actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

Result<CustomerRef> Service::visible_customer(const Context& ctx, std::int64_t customer_id) {
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  COLO_TRY(auto c, ports_.customer(ctx, customer_id));
  if (!c) return Error::not_found("Customer");
  return std::move(*c);
}

// ---- Classification ----

Result<std::vector<Level>> Service::levels(const Context& ctx) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::levels(tx);
}

Result<std::vector<Level>> Service::set_level(const Context& ctx, const std::string& category,
                                              const std::string& level) {
  if (!ctx.can("confidentiality.manage") || ctx.tenant()) return Error::forbidden();
  std::vector<FieldError> errors;
  if (!one_of(kCategories, category))
    errors.push_back({"category", "confidentiality.category", "An unknown category."});
  if (!one_of(kLevels, level))
    errors.push_back({"level", "confidentiality.level", "public, internal, confidential or secret."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto all, store::levels(tx));
  auto it = std::find_if(all.begin(), all.end(), [&](const Level& l) { return l.category == category; });
  json::value before = nullptr;
  if (it != all.end()) before = json::object{{"level", it->level}};
  Level l{category, level, actor(ctx), format_instant(clock_.now())};
  COLO_TRY(bool set, store::set_level(tx, l));
  if (!set) return Error::not_found("Category");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"confidentiality.level", category, "update", before, json::object{{"level", level}}}));
  COLO_TRY(auto out, store::levels(tx));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Holdings> Service::holdings(const Context& ctx, std::int64_t customer_id) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto customer, visible_customer(ctx, customer_id));
  std::vector<Level> levels;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(levels, store::levels(tx));
  }
  Holdings out{customer.id, customer.name, {}};
  for (const auto& category : kCategories) {
    auto it = std::find_if(levels.begin(), levels.end(), [&](const Level& l) { return l.category == category; });
    COLO_TRY(auto n, ports_.count(ctx, customer_id, category));
    out.categories.push_back({category, it != levels.end() ? it->level : "confidential", n});
  }
  return out;
}

// ---- Disclosures ----

Result<Disclosure> Service::load(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto d, store::find_disclosure(tx, id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Disclosure");
  // A customer learns of a disclosure once it is made, and not when the law forbids telling.
  if (ctx.tenant() && (d->status != "disclosed" || d->withheld)) return Error::not_found("Disclosure");
  return std::move(*d);
}

DisclosureDetail Service::detail(const Context& ctx, Disclosure d) const {
  const bool staff = !ctx.tenant();
  DisclosureDetail out;
  out.actions =
      actions_for(d, staff && ctx.can("confidentiality.request"), staff && ctx.can("confidentiality.approve"));
  out.disclosure = std::move(d);
  return out;
}

Result<db::Counted<Disclosure>> Service::disclosures(const Context& ctx, const DisclosureFilter& f) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_disclosures(tx, ctx, f);
}

Result<DisclosureDetail> Service::disclosure(const Context& ctx, std::int64_t id) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto d, load(tx, ctx, id));
  return detail(ctx, std::move(d));
}

Result<DisclosureDetail> Service::request(const Context& ctx, const DisclosureInput& in) {
  if (!ctx.can("confidentiality.request") || ctx.tenant()) return forbidden_request();
  if (auto errors = request_errors(in); !errors.empty()) return Error::validation(std::move(errors));
  if (auto errors = basis_errors(in); !errors.empty())
    return Error::unprocessable("confidentiality.disclosure.no_basis",
                                "Neither the customer's written consent nor a legal basis is given.",
                                std::move(errors));
  COLO_TRY(auto customer, visible_customer(ctx, *in.customer_id));
  Disclosure d;
  d.customer_id = customer.id;
  d.customer_name = customer.name;
  d.recipient = in.recipient;
  d.recipient_kind = in.recipient_kind;
  d.categories = in.categories;
  d.records = in.records;
  d.purpose = in.purpose;
  d.basis = in.basis;
  if (in.basis == "legal") {
    d.law = in.law;
    d.article = in.article;
    d.document_number = in.document_number;
  }
  d.withheld = in.withheld;
  d.withheld_law = in.withheld ? in.withheld_law : std::nullopt;
  d.requested_by = actor(ctx);
  d.requested_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, store::next_number(tx, year));
  char number[32];
  std::snprintf(number, sizeof number, "DSC-%d-%06lld", year, static_cast<long long>(n));
  d.number = number;
  COLO_TRY(d.id, store::insert_disclosure(tx, d));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "request", nullptr, audit_of(d), d.customer_id}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(notify::Audience::staff_role("management"), "disclosure.requested",
                    "notice.confidentiality.requested", {{"number", d.number}, {"customer", d.customer_name}},
                    "/confidentiality/disclosures/" + std::to_string(d.id))));
  COLO_CHECK(tx.commit());
  return detail(ctx, std::move(d));
}

Result<DisclosureDetail> Service::upload_consent(const Context& ctx, std::int64_t id, const std::string& content_type,
                                                 std::string_view bytes, const std::string& file_name) {
  if (!ctx.can("confidentiality.request") || ctx.tenant()) return forbidden_request();
  // The request first: another's or an unknown one is not found whatever the file is.
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto d, load(tx, ctx, id));
    COLO_CHECK(check_step(d, "consent"));
  }
  COLO_CHECK(contracts::check_scan(content_type, bytes));
  COLO_TRY(auto name, contracts::scan_file_name(file_name));
  COLO_TRY(auto hash, contracts::store_scan(options_.files, bytes));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d, "consent"));
  const auto before = audit_of(d);
  d.consent_hash = hash;
  d.consent_type = content_type;
  d.consent_name = name.value_or("consent");
  d.consent_size = static_cast<std::int64_t>(bytes.size());
  COLO_CHECK(store::set_consent(tx, d));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "consent", before, audit_of(d), d.customer_id}));
  COLO_CHECK(tx.commit());
  return detail(ctx, std::move(d));
}

Result<ConsentFile> Service::consent_file(const Context& ctx, std::int64_t id) {
  if (!ctx.can("confidentiality.read") || ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto d, load(tx, ctx, id));
  if (!d.consent_hash) return Error::not_found("Consent");
  return ConsentFile{contracts::scan_path(options_.files, *d.consent_hash), d.consent_type.value_or(""),
                     d.consent_name.value_or("consent")};
}

Result<DisclosureDetail> Service::decide(const Context& ctx, std::int64_t id, bool approve, const std::string& note) {
  if (!ctx.can("confidentiality.approve") || ctx.tenant())
    return Error::forbidden("Disclosures are approved by management.");
  if (!approve && note.empty()) return Error::validation({{"note", "required", "Say why the request is rejected."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d, approve ? "approve" : "reject"));
  // Four eyes: whoever asked for the disclosure does not approve it.
  if (approve && d.requested_by == actor(ctx))
    return Error::unprocessable("confidentiality.disclosure.own_request", "A request is approved by another person.")
        .with("number", d.number);
  const auto before = audit_of(d);
  d.status = approve ? "approved" : "rejected";
  d.decided_by = actor(ctx);
  d.decided_at = format_instant(clock_.now());
  d.decision_note = note.empty() ? std::nullopt : std::optional<std::string>(note);
  COLO_TRY(bool decided, store::decide(tx, d));
  if (!decided)
    return Error::conflict("confidentiality.disclosure.decided", "The request has been decided already.")
        .with("number", d.number);
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(d.id), approve ? "approve" : "reject", before, audit_of(d), d.customer_id}));
  COLO_CHECK(tx.commit());
  return detail(ctx, std::move(d));
}

Result<DisclosureDetail> Service::disclose(const Context& ctx, std::int64_t id, const std::string& what) {
  if (!ctx.can("confidentiality.request") || ctx.tenant()) return forbidden_request();
  if (what.empty()) return Error::validation({{"disclosed_what", "required", "Say what was handed over."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, id));
  COLO_CHECK(check_step(d, "disclose"));
  const auto before = audit_of(d);
  d.status = "disclosed";
  d.disclosed_by = actor(ctx);
  d.disclosed_at = format_instant(clock_.now());
  d.disclosed_what = what;
  COLO_TRY(bool made, store::mark_disclosed(tx, d));
  if (!made)
    return Error::conflict("confidentiality.disclosure.disclosed", "The disclosure has been made already.")
        .with("number", d.number);
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(d.id), "disclose", before, audit_of(d), d.customer_id}));
  if (!d.withheld)
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(d.customer_id), "disclosure.made", "notice.confidentiality.disclosed",
                      {{"number", d.number}, {"recipient", d.recipient}}, "/confidentiality/mine")));
  COLO_CHECK(tx.commit());
  return detail(ctx, std::move(d));
}

// ---- Reads of decrypted personal data ----

Result<db::Counted<SensitiveRead>> Service::sensitive_reads(const Context& ctx, const SensitiveReadFilter& f) {
  if (!ctx.can("confidentiality.read") || ctx.tenant()) return Error::forbidden();
  audit::Filter af;
  af.action = kReadSensitive;
  af.customer = f.customer;
  af.q = f.q;
  af.sort = f.sort;
  af.limit = f.limit;
  af.offset = f.offset;
  COLO_TRY(auto page, audit::search(db_, ctx, af));
  db::Counted<SensitiveRead> out{page.first, {}};
  for (auto& e : page.second) {
    SensitiveRead r{e.id, e.at, e.actor, e.object_type, e.object_id, e.action, e.customer_id, {}};
    if (e.after.is_object())
      if (auto* fields = e.after.as_object().if_contains("fields"); fields && fields->is_array())
        for (const auto& x : fields->as_array())
          if (x.is_string()) r.fields.emplace_back(x.as_string());
    out.second.push_back(std::move(r));
  }
  return out;
}

// ---- Obligations ----

Obligation Service::obligation_of(const ContractFact& c, std::optional<int> years, Date today) const {
  Obligation o;
  o.contract_id = c.id;
  o.contract_number = c.number;
  o.customer_id = c.customer_id;
  o.customer_name = c.customer_name;
  o.contract_status = c.status;
  o.effective_date = format_date(c.effective_date);
  const Date end = c.ended_on.value_or(c.end_date);
  o.contract_end = format_date(end);
  o.years_custom = years.has_value();
  o.years_after_end = years.value_or(options_.years_after_end);
  const Date until = obligation_until(c.confidentiality_until, end, o.years_after_end);
  o.until = format_date(until);
  o.active = today < until;
  return o;
}

Result<db::Counted<Obligation>> Service::obligations(const Context& ctx, const ObligationFilter& f) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto page, ports_.contracts(ctx, ContractQuery{f.customer, f.q, f.sort, f.limit, f.offset}));
  std::vector<std::int64_t> ids;
  for (const auto& c : page.second) ids.push_back(c.id);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto terms, store::terms_of(tx, ids));
  COLO_TRY(auto reminders, store::reminders_of(tx, ids));
  const Date today = clock_.today();
  db::Counted<Obligation> out{page.first, {}};
  for (const auto& c : page.second) {
    auto t = terms.find(c.id);
    auto o = obligation_of(c, t == terms.end() ? std::nullopt : std::optional<int>(t->second), today);
    if (auto r = reminders.find(c.id); r != reminders.end() && r->second.first == o.until)
      o.reminded_at = r->second.second;
    out.second.push_back(std::move(o));
  }
  return out;
}

Result<Obligation> Service::set_years(const Context& ctx, std::int64_t contract_id, int years) {
  if (!ctx.can("confidentiality.manage") || ctx.tenant()) return Error::forbidden();
  if (years < 0 || years > 50)
    return Error::validation({{"years_after_end", "confidentiality.years", "Between 0 and 50 years."}});
  COLO_TRY(auto c, ports_.contract(ctx, contract_id));
  if (!c) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, store::terms_of(tx, {contract_id}));
  const std::string now = format_instant(clock_.now());
  COLO_CHECK(store::set_term(tx, contract_id, c->customer_id, years, actor(ctx), now));
  json::value was = nullptr;
  if (before.count(contract_id)) was = json::object{{"years_after_end", before[contract_id]}};
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"confidentiality.obligation", std::to_string(contract_id), "update", was,
                            json::object{{"years_after_end", years}, {"contract", c->number}}, c->customer_id}));
  COLO_CHECK(tx.commit());
  return obligation_of(*c, years, clock_.today());
}

Result<ReminderReport> Service::send_reminders(Date today) {
  auto ctx = system_context("scheduler");
  ReminderReport report;
  constexpr std::int64_t kPage = 500;
  for (std::int64_t offset = 0;; offset += kPage) {
    COLO_TRY(auto page,
             ports_.contracts(ctx, ContractQuery{std::nullopt, std::nullopt, std::string("id"), kPage, offset}));
    std::vector<std::int64_t> ids;
    for (const auto& c : page.second) ids.push_back(c.id);
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto terms, store::terms_of(tx, ids));
    for (const auto& c : page.second) {
      ++report.checked;
      auto t = terms.find(c.id);
      auto o = obligation_of(c, t == terms.end() ? std::nullopt : std::optional<int>(t->second), today);
      if (!reminder_due(today, *parse_date(o.until), options_.reminder_days, false)) continue;
      // The row is the "once": a second run (or another server) inserts nothing and sends nothing.
      COLO_TRY(bool first, store::insert_reminder(tx, c.id, o.until, c.customer_id, format_instant(clock_.now())));
      if (!first) continue;
      const MessageParams params{{"number", c.number}, {"until", o.until}};
      COLO_CHECK(notify::notify(tx, clock_,
                                notify::keyed(notify::Audience::customer(c.customer_id), "confidentiality.ending",
                                              "notice.confidentiality.ending", params, "/confidentiality/mine")));
      COLO_CHECK(
          notify::notify(tx, clock_,
                         notify::keyed(notify::Audience::staff_role("management"), "confidentiality.ending",
                                       "notice.confidentiality.ending", params, "/confidentiality?tab=obligations")));
      ++report.sent;
    }
    COLO_CHECK(tx.commit());
    if (offset + kPage >= page.first || page.second.empty()) break;
  }
  return report;
}

// ---- Export ----

Result<ExportIndex> Service::export_index(const Context& ctx, std::int64_t customer_id) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  COLO_TRY(auto customer, visible_customer(ctx, customer_id));
  ExportIndex out{customer.id, customer.name, format_instant(clock_.now()), kExportPage, {}};
  for (const auto& s : kExportSections) {
    COLO_TRY(auto page, export_section(ctx, customer_id, s, 0, 0));
    out.sections.push_back({s, page.count});
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  json::object counts;
  for (const auto& s : out.sections) counts[s.name] = s.count;
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"customer", std::to_string(customer_id), "export", nullptr, json::object{{"sections", counts}}, customer_id}));
  COLO_CHECK(tx.commit());
  return out;
}

Result<SectionPage> Service::export_section(const Context& ctx, std::int64_t customer_id, const std::string& section,
                                            std::int64_t limit, std::int64_t offset) {
  if (!ctx.can("confidentiality.read")) return Error::forbidden();
  // The customer first: another's export is not found, whatever the section asked for.
  COLO_CHECK(visible_customer(ctx, customer_id));
  if (!one_of(kExportSections, section))
    return Error::validation({{"section", "confidentiality.section", "An unknown section."}});
  if (limit < 0 || limit > kExportPage || offset < 0)
    return Error::validation({{"limit", "invalid", "At most 1000 records a page."}});
  if (section != "disclosures") return ports_.section(ctx, customer_id, section, limit, offset);
  DisclosureFilter f;
  f.customer = customer_id;
  f.limit = limit;
  f.offset = offset;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, store::list_disclosures(tx, ctx, f));
  json::array a;
  for (const auto& d : page.second) a.push_back(audit_of(d));
  return SectionPage{page.first, json::serialize(a)};
}

// ---- R10 ----

Result<R10Measure> Service::r10(Date from, Date to) {
  const auto& cal = clock_.calendar();
  const int days = days_between(from, to);
  const std::string f = format_instant(cal.start_of(from));
  const std::string t = format_instant(cal.start_of(to));
  const std::string p = format_instant(cal.start_of(add_days(from, -days)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto facts, store::disclosures_made(tx, p, t));
  return measure_r10(facts, f, t, p);
}

}  // namespace colo::confidentiality
