#include "contracts/service.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "applications/service.hpp"
#include "audit/audit.hpp"
#include "contracts/amendment_flow.hpp"
#include "contracts/price_change.hpp"
#include "contracts/scan.hpp"
#include "contracts/store.hpp"
#include "contracts/terms.hpp"
#include "core/business_calendar.hpp"
#include "i18n/catalogue.hpp"
#include "notify/notify.hpp"

namespace colo::contracts {

namespace json = boost::json;

namespace {

// A decision Colo wrote itself (the contract ended) is read in the reader's language.
void localise(const Context& ctx, std::vector<TerminationRequest>& requests) {
  for (auto& r : requests)
    if (!r.decision_key.empty()) r.decision_comment = i18n::render_or(ctx.lang, r.decision_key, {}, r.decision_comment);
}

constexpr const char* kObject = "contract";
constexpr const char* kAmendmentObject = "contract_amendment";

std::string number_text(int year, std::int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "CT-%04d-%06lld", year, static_cast<long long>(n));
  return buf;
}

json::object state_json(const Contract& c) {
  return {{"status", c.status},
          {"effective_date", format_date(c.terms.effective_date)},
          {"end_date", format_date(c.terms.end_date)},
          {"version", c.current_version}};
}

bool live(const Contract& c) { return c.status == "signed" || c.status == "active"; }

// The terms of the highest version: the base a change or renewal builds on.
const Version* latest(const std::vector<Version>& versions) {
  const Version* best = nullptr;
  for (const auto& v : versions)
    if (!best || v.version > best->version) best = &v;
  return best;
}

}  // namespace

Date Service::today() const { return clock_.today(); }

Result<Contract> Service::load_visible(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto c, store::find(tx, id));
  if (!c || !ctx.sees(c->customer_id)) return Error::not_found("Contract");
  return std::move(*c);
}

Result<std::optional<Contract>> Service::contract_in(db::Tx& tx, std::int64_t id, Date day) {
  COLO_TRY(auto c, store::find(tx, id));
  if (!c) return std::optional<Contract>{};
  COLO_TRY(auto versions, store::versions(tx, c->id));
  const Version* v = in_force(versions, day);
  if (!v && !versions.empty()) v = &versions.front();
  if (v) c->terms = v->terms;
  return c;
}

Result<std::vector<std::int64_t>> Service::device_ids_in(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto resources, store::resources(tx, id));
  std::vector<std::int64_t> out;
  for (const auto& r : resources)
    if (r.kind == "device") out.push_back(r.ref_id);
  return out;
}

Result<std::vector<Contract>> Service::in_force_after(db::Tx& tx, Date from, Date to,
                                                      std::optional<std::int64_t> customer_id, std::int64_t after_id,
                                                      int limit) {
  return store::in_force_after(tx, from, to, customer_id, after_id, limit);
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> Service::device_ids_of(
    db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::device_resources_of(tx, ids);
}

Result<std::vector<std::int64_t>> Service::contract_ids_of_device(db::Tx& tx, std::int64_t device_id) {
  return store::contracts_of_resource(tx, "device", device_id);
}

// Sets the contract's mirrored terms to the version in force on `day` (the first version before
// the contract starts) and stores the contract.
Status Service::refresh_terms(db::Tx& tx, Contract& c, Date day) {
  COLO_TRY(auto versions, store::versions(tx, c.id));
  const Version* v = in_force(versions, day);
  if (!v && !versions.empty()) v = &versions.front();
  if (!v) return Error::internal("contract " + c.number + " has no version");
  c.terms = v->terms;
  c.current_version = v->version;
  c.confidentiality_until = confidentiality_until(v->terms);
  c.updated_at = format_instant(clock_.now());
  return store::update(tx, c);
}

Status Service::tell(db::Tx& tx, const Contract& c, const std::string& topic, const std::string& title_key,
                     const MessageParams& params, const std::string& body, bool customer, bool business,
                     const std::string& body_key) {
  const std::string link = "/contracts/" + std::to_string(c.id);
  if (customer)
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(c.customer_id), topic, title_key, params, link, body, body_key)));
  if (business)
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::staff_role("business"), topic, title_key, params, link, body, body_key)));
  return notify::publish(
      tx, clock_, topic,
      json::object{{"contract_id", c.id},
                   {"number", c.number},
                   {"customer_id", c.customer_id},
                   {"status", c.status},
                   {"end_date", format_date(c.terms.end_date)},
                   {"detail", body_key.empty() ? body : i18n::render_or("en-US", body_key, params, body)}});
}

Result<AmendmentView> Service::amendment_view(db::Tx& tx, const Context& ctx, Amendment a) {
  AmendmentView v;
  COLO_TRY(v.timeline, workflow::history(tx, kAmendmentObject, a.id));
  workflow::localise(v.timeline, ctx.lang);
  for (const auto* t : amendment_workflow().available(a.status, ctx))
    if (!amendment_system_action(t->action)) v.actions.push_back(t->action);
  v.amendment = std::move(a);
  return v;
}

Result<Detail> Service::detail(db::Tx& tx, const Context& ctx, Contract c, std::optional<Date> as_of) {
  Detail d;
  COLO_TRY(d.versions, store::versions(tx, c.id));
  const Date day = as_of.value_or(today());
  if (const Version* v = in_force(d.versions, day)) d.in_force = *v;
  // The contract shows the full terms of the version it mirrors.
  for (const auto& v : d.versions)
    if (v.version == c.current_version) c.terms = v.terms;
  d.as_of = as_of;
  COLO_TRY(auto amendments, store::amendments(tx, c.id));
  for (auto& a : amendments) {
    COLO_TRY(auto view, amendment_view(tx, ctx, std::move(a)));
    d.amendments.push_back(std::move(view));
  }
  COLO_TRY(d.settlement, store::settlement(tx, c.id));
  // What Colo wrote itself is read in the reader's language.
  for (auto& item : d.settlement)
    if (!item.note_key.empty())
      item.note = i18n::render_or(ctx.lang, item.note_key, i18n::params_from_json(item.note_params), item.note);
  COLO_CHECK(derive_ledger_items(tx, ctx, c, d.settlement));
  COLO_CHECK(derive_money_items(tx, ctx, c, d.settlement));
  COLO_TRY(d.termination_requests, store::termination_requests(tx, c.id));
  localise(ctx, d.termination_requests);
  COLO_TRY(d.move_out_tasks, store::move_out_tasks(tx, c.id));
  if (!d.move_out_tasks.empty() && ledger_) {
    std::vector<std::int64_t> ids;
    for (const auto& t : d.move_out_tasks) ids.push_back(t.device_id);
    COLO_TRY(auto devices, ledger_->devices(tx, ctx, ids));
    for (auto& t : d.move_out_tasks) {
      t.device_status = "gone";
      for (const auto& dev : devices)
        if (dev.id == t.device_id) t.device_status = dev.status;
      t.done = t.device_status == "gone" || t.device_status == "decommissioned";
    }
  }
  const bool request_open = std::any_of(d.termination_requests.begin(), d.termination_requests.end(),
                                        [](const TerminationRequest& r) { return r.status == "open"; });
  if (ctx.can("contracts.write") && !ctx.tenant()) {
    if (c.status == "draft") d.actions = {"update", "sign"};
    if (c.status == "signed") d.actions = {"activate", "terminate"};
    if (c.status == "active") d.actions = {"terminate"};
  }
  if (live(c) && ctx.can("contracts.amend")) d.actions.push_back("propose_amendment");
  if (live(c) && ctx.tenant() && ctx.can("contracts.amend") && !request_open)
    d.actions.push_back("request_termination");
  if (live(c) && !ctx.tenant() && ctx.can("contracts.write") && request_open)
    d.actions.push_back("decide_termination_request");
  d.contract = std::move(c);
  return d;
}

Result<std::pair<std::int64_t, std::vector<Contract>>> Service::list(const Context& ctx, const ListFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, store::list(tx, ctx, f, today()));
  COLO_CHECK(store::fill_line_items(tx, page.second));
  return page;
}

Result<Detail> Service::get(const Context& ctx, std::int64_t id, std::optional<Date> as_of) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  return detail(tx, ctx, std::move(c), as_of);
}

namespace {

// The terms of a new or changed draft: the input over `base`.
Terms merge_terms(Terms t, const ContractInput& in) {
  if (in.effective_date) t.effective_date = *in.effective_date;
  if (in.term_months) t.term_months = *in.term_months;
  if (in.end_date)
    t.end_date = *in.end_date;
  else if (in.effective_date || in.term_months)
    t.end_date = term_end(t.effective_date, t.term_months);
  if (in.auto_renew) t.auto_renew = *in.auto_renew;
  if (in.notice_days) t.notice_days = *in.notice_days;
  if (in.line_items) t.line_items = *in.line_items;
  if (in.sla_availability_bp) t.sla_availability_bp = *in.sla_availability_bp;
  if (in.sla_response_minutes) t.sla_response_minutes = *in.sla_response_minutes;
  if (in.late_fee_bp_per_day) t.late_fee_bp_per_day = *in.late_fee_bp_per_day;
  if (in.late_fee_cap_bp) t.late_fee_cap_bp = *in.late_fee_cap_bp;
  if (in.confidentiality_years) t.confidentiality_years = *in.confidentiality_years;
  return t;
}

}  // namespace

Result<Detail> Service::create(const Context& ctx, const ContractInput& in) {
  if (!in.application_id)
    return Error::validation({{"application_id", "required", "A contract is made from an approved application."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto app, applications_.find(tx, *in.application_id));
  if (!app || !ctx.sees(app->customer_id))
    return Error::unprocessable("contracts.unknown_application", "No such application.",
                                {{"application_id", "not_found", "No such application."}});
  COLO_TRY(auto existing, store::find_by_application(tx, app->id));
  if (existing)
    return Error::conflict("contracts.application_has_contract",
                           "Application " + app->number + " already has a contract.")
        .with("number", app->number);
  if (app->status != "approved")
    return Error::conflict("contracts.application_not_approved",
                           "Application " + app->number + " is " + app->status + "; a contract follows approval.")
        .with("number", app->number);
  Terms base;
  base.effective_date = app->needs.start_date.value_or(today());
  if (app->needs.term_months > 0) base.term_months = app->needs.term_months;
  base.end_date = term_end(base.effective_date, base.term_months);
  Terms terms = merge_terms(base, in);
  COLO_CHECK(fill_from_price_list(tx, terms.line_items, terms.effective_date, "line_items/"));
  auto errors = validate_terms(terms);
  if (!errors.empty()) return Error::validation(std::move(errors));

  Contract c;
  c.application_id = app->id;
  c.customer_id = app->customer_id;
  c.customer_name = app->customer_name;
  c.operator_party = in.operator_party.value_or("Operator");
  c.terms = terms;
  c.confidentiality_until = confidentiality_until(terms);
  c.created_by = ctx.principal->user_id;
  c.created_by_name = ctx.principal->username;
  c.created_at = c.updated_at = format_instant(clock_.now());
  int year = static_cast<int>(today().year());
  COLO_TRY(auto n, store::next_number(tx, year));
  c.number = number_text(year, n);
  COLO_TRY(c.id, store::insert(tx, c));
  Version v;
  v.version = 1;
  v.effective_from = terms.effective_date;
  v.terms = terms;
  v.reason = "initial";
  v.created_at = c.created_at;
  COLO_CHECK(store::insert_version(tx, c, v));
  auto after = state_json(c);
  after["number"] = c.number;
  after["application_id"] = app->id;
  after["terms"] = terms_json(terms);
  COLO_CHECK(audit::record(tx, ctx, clock_, {kObject, std::to_string(c.id), "create", nullptr, after, c.customer_id}));
  COLO_CHECK(tell(tx, c, "contract.drafted", "notice.contract.drafted",
                  {{"number", c.number}, {"application", app->number}}, "", true, false));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

Result<Detail> Service::update(const Context& ctx, std::int64_t id, const ContractInput& in) {
  if (in.application_id)
    return Error::validation({{"application_id", "immutable", "A contract's application cannot change."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  if (c.status != "draft")
    return Error::conflict("contracts.not_draft", "Only a draft contract can be changed; this one is " + c.status +
                                                      ". Change a signed contract with a change agreement.")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  COLO_TRY(auto versions, store::versions(tx, c.id));
  const Version* first = latest(versions);
  if (!first) return Error::internal("contract without version");
  Terms terms = merge_terms(first->terms, in);
  COLO_CHECK(fill_from_price_list(tx, terms.line_items, terms.effective_date, "line_items/"));
  auto errors = validate_terms(terms);
  if (!errors.empty()) return Error::validation(std::move(errors));
  auto before = terms_json(first->terms);
  Version v = *first;
  v.terms = terms;
  v.effective_from = terms.effective_date;
  COLO_CHECK(store::update_version(tx, c.id, v));
  if (in.operator_party) c.operator_party = *in.operator_party;
  COLO_CHECK(refresh_terms(tx, c, today()));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kObject, std::to_string(c.id), "update", std::move(before), terms_json(terms), c.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

Result<Detail> Service::sign(const Context& ctx, std::int64_t id, std::string_view content_type, std::string_view bytes,
                             const std::string& customer_signatory, std::optional<Date> signed_on,
                             std::string_view file_name) {
  COLO_TRY(auto kept_name, scan_file_name(file_name));
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto c, load_visible(tx, ctx, id));
    if (c.status != "draft")
      return Error::conflict("contracts.not_draft", "The contract is already " + c.status + ".")
          .with("number", c.number)
          .with("@status", "contract.status." + c.status);
  }
  COLO_CHECK(check_scan(content_type, bytes));
  if (signed_on && *signed_on > today())
    return Error::validation({{"signed_on", "in_future", "The signing date cannot be in the future."}});
  // The file goes to disk first: were the transaction to fail, an unreferenced file named by its
  // own hash is harmless, while a row pointing at a missing file would not be.
  COLO_TRY(auto hash, store_scan(upload_dir_, bytes, file_sealer_));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  if (c.status != "draft")
    return Error::conflict("contracts.not_draft", "The contract is already " + c.status + ".")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  auto before = state_json(c);
  c.status = "signed";
  c.signed_at = format_instant(clock_.now());
  c.signed_by = ctx.principal->user_id;
  c.signed_by_name = ctx.principal->username;
  c.customer_signatory = customer_signatory;
  c.signed_on = format_date(signed_on.value_or(today()));
  c.scan_hash = hash;
  c.scan_type = std::string(content_type);
  c.scan_size = static_cast<std::int64_t>(bytes.size());
  c.scan_name = std::move(kept_name);
  c.updated_at = *c.signed_at;
  COLO_CHECK(store::update(tx, c));
  auto after = state_json(c);
  after["scan_hash"] = hash;
  after["scan_type"] = *c.scan_type;
  if (c.scan_name) after["scan_name"] = *c.scan_name;
  after["signed_on"] = *c.signed_on;
  after["customer_signatory"] = customer_signatory;
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(c.id), "sign", std::move(before), after, c.customer_id}));
  COLO_CHECK(tell(tx, c, "contract.signed", "notice.contract.signed", {{"number", c.number}}, "", true, false));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

Result<ScanFile> Service::scan(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  if (!c.scan_hash) return Error::not_found("Signed scan");
  ScanFile f;
  f.path = scan_path(upload_dir_, *c.scan_hash);
  f.content_type = c.scan_type.value_or("application/octet-stream");
  const char* ext = f.content_type == "application/pdf" ? ".pdf" : f.content_type == "image/png" ? ".png" : ".jpg";
  f.file_name = c.number + ext;
  f.uploaded_name = c.scan_name;
  std::error_code ec;
  // Logged once, with the request id, where the 500 is answered.
  if (!std::filesystem::exists(f.path, ec))
    return Error::internal("the signed scan of contract " + c.number + " is missing: " + f.path.string());
  COLO_TRY(f.content, read_scan(f.path, file_sealer_));
  return f;
}

Result<Detail> Service::activate(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  // Two activations at once: the later one finds the contract active (the write transaction holds
  // the writers' lock from its start, so it cannot see it still signed).
  if (c.status == "active")
    return Error::conflict("contracts.already_active", "The contract is already active.").with("number", c.number);
  if (c.status != "signed")
    return Error::conflict("contracts.not_signed", "A contract is activated once signed; this one is " + c.status + ".")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  auto before = state_json(c);
  std::vector<std::int64_t> devices;
  std::vector<LedgerAddress> addresses;
  const auto now = format_instant(clock_.now());
  if (c.application_id) {
    COLO_TRY(auto app, applications_.find(tx, *c.application_id));
    COLO_TRY(devices, applications_.mark_contracted(tx, ctx, *c.application_id, c.id, c.number,
                                                    clock_.calendar().start_of(add_days(c.terms.end_date, 1))));
    if (ledger_) {
      COLO_TRY(auto named, ledger_->devices(tx, ctx, devices));
      for (auto id : devices) {
        std::string label = "device " + std::to_string(id);
        for (const auto& d : named)
          if (d.id == id) label = d.name;
        COLO_CHECK(store::insert_resource(tx, c, "device", id, label, now));
      }
    }
    // The IPv4 addresses asked for (R5.1.2), at the site of the accepted placement.
    if (app && app->needs.ipv4_count > 0 && ledger_) {
      std::optional<std::int64_t> site = app->needs.site_id;
      if (app->placement && app->placement->site_id()) site = app->placement->site_id();
      if (!site)
        return Error::conflict("contracts.activation.no_site",
                               "The application names no site to assign its IPv4 addresses from.");
      auto assigned = ledger_->assign_ipv4(tx, ctx, *site, c.customer_id, app->needs.ipv4_count, c.number);
      if (!assigned.ok()) {
        if (assigned.error().is("ipam.assignment.exhausted"))
          return Error::conflict("contracts.activation.no_addresses",
                                 "The contract includes " + std::to_string(app->needs.ipv4_count) +
                                     " IPv4 address(es) but the site's pools for customers cannot supply them: " +
                                     assigned.error().message)
              .with("number", c.number)
              .with("count", std::to_string(app->needs.ipv4_count));
        return std::move(assigned).error();
      }
      addresses = std::move(assigned).value();
      for (const auto& a : addresses) COLO_CHECK(store::insert_resource(tx, c, "ipv4_address", a.id, a.address, now));
    }
  }
  c.status = "active";
  c.activated_at = format_instant(clock_.now());
  c.activated_by_name = ctx.principal->username;
  c.updated_at = *c.activated_at;
  COLO_CHECK(store::update(tx, c));
  auto after = state_json(c);
  json::array ids;
  for (auto d : devices) ids.emplace_back(d);
  after["planned_devices"] = std::move(ids);
  json::array assigned;
  for (const auto& a : addresses) assigned.emplace_back(a.address);
  after["ipv4_addresses"] = std::move(assigned);
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(c.id), "activate", std::move(before), after, c.customer_id}));
  COLO_CHECK(tell(tx, c, "contract.activated", "notice.contract.activated",
                  {{"number", c.number},
                   {"devices", std::to_string(devices.size())},
                   {"addresses", std::to_string(addresses.size())}},
                  "", true, true, "notice.contract.activated.body"));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

// Ends a contract (expired or terminated): the settlement checklist opens and what the
// application still holds is released, which closes that item of the list.
Status Service::end_contract(db::Tx& tx, const Context& ctx, Contract& c, const std::string& status) {
  const auto now = format_instant(clock_.now());
  c.status = status;
  c.ended_at = now;
  c.updated_at = now;
  COLO_CHECK(store::update(tx, c));
  // A customer's open request to end it is answered by the end itself.
  COLO_TRY(auto requests, store::termination_requests(tx, c.id));
  for (auto& r : requests) {
    if (r.status != "open") continue;
    r.status = "closed";
    r.decided_by_name = ctx.principal->username;
    r.decided_at = now;
    r.decision_comment = "The contract " + std::string(status == "expired" ? "expired" : "was terminated") + ".";
    r.decision_key =
        status == "expired" ? "contracts.termination_request.expired" : "contracts.termination_request.terminated";
    r.updated_at = now;
    COLO_CHECK(store::answer_termination_request(tx, r));
  }
  // Change agreements not yet in effect: none may apply to a contract that has ended.
  COLO_TRY(auto amendments, store::amendments(tx, c.id));
  for (auto& a : amendments)
    if (a.status == "agreed" || a.status == "proposed_by_operator" || a.status == "proposed_by_customer")
      COLO_CHECK(close_for_end(tx, ctx, c, a));
  for (std::size_t i = 0; i < kSettlementItems.size(); ++i)
    COLO_CHECK(store::insert_settlement_item(tx, c, static_cast<int>(i + 1), kSettlementItems[i], now));
  if (c.application_id) {
    COLO_TRY(int released, applications_.release_reservations(tx, ctx, *c.application_id));
    COLO_TRY(auto items, store::settlement(tx, c.id));
    for (auto& item : items) {
      if (item.kind != "reservations_released" || item.done) continue;
      item.done = true;
      item.note = "Released " + std::to_string(released) + " reservation(s) automatically.";
      item.note_key = "contracts.settlement.reservations_released";
      item.note_params = i18n::params_to_json({{"count", std::to_string(released)}});
      item.done_by = ctx.principal->username;
      item.done_at = now;
      COLO_CHECK(store::update_settlement_item(tx, item));
    }
  }
  return offboard(tx, ctx, c);
}

Status Service::offboard(db::Tx& tx, const Context& ctx, const Contract& c) {
  COLO_TRY(auto resources, store::resources(tx, c.id));
  const auto now = format_instant(clock_.now());
  std::vector<std::int64_t> device_ids;
  for (const auto& r : resources)
    if (r.kind == "device") device_ids.push_back(r.ref_id);
  json::array retired, tasks;
  if (ledger_ && !device_ids.empty()) {
    COLO_TRY(auto devices, ledger_->devices(tx, ctx, device_ids));
    for (const auto& d : devices) {
      if (d.status == "decommissioned") continue;
      if (d.status == "planned") {  // never installed: its units are free again
        COLO_CHECK(ledger_->retire_planned_device(tx, ctx, d.id));
        retired.push_back(json::object{{"id", d.id}, {"name", d.name}});
      } else {
        COLO_CHECK(store::insert_move_out_task(tx, c, d.id, d.name, now));
        tasks.push_back(json::object{{"device_id", d.id}, {"name", d.name}, {"status", d.status}});
      }
    }
  }
  // Addresses go back to their pools after the grace period, by the daily job.
  const std::string due = format_date(add_days(last_day(c), address_grace_days_));
  json::array addresses;
  for (auto r : resources) {
    if (r.kind != "ipv4_address" || r.released_at) continue;
    r.release_due = due;
    COLO_CHECK(store::update_resource(tx, r));
    addresses.emplace_back(r.label);
  }
  if (retired.empty() && tasks.empty() && addresses.empty()) return {};
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(c.id), "offboard", nullptr,
                            json::object{{"planned_devices_retired", retired},
                                         {"move_out_tasks", tasks},
                                         {"addresses_due_back", addresses},
                                         {"addresses_due_on", due}},
                            c.customer_id}));
  if (!tasks.empty()) {
    const std::string link = "/contracts/" + std::to_string(c.id);
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::staff_role("operations"), "contract.move_out", "notice.contract.move_out",
                      {{"number", c.number}, {"devices", std::to_string(tasks.size())}}, link, "",
                      "notice.contract.move_out.body")));
    // The outbox event a service desk picks the tasks up from.
    COLO_CHECK(notify::publish(
        tx, clock_, "contract.move_out",
        json::object{{"contract_id", c.id}, {"number", c.number}, {"customer_id", c.customer_id}, {"devices", tasks}}));
  }
  return {};
}

Result<Detail> Service::terminate(const Context& ctx, std::int64_t id, const Termination& t) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_CHECK(terminate_in(tx, ctx, c, t));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

Status Service::terminate_in(db::Tx& tx, const Context& ctx, Contract& c, const Termination& t) {
  if (!live(c))
    return Error::conflict("contracts.not_live",
                           "Only a signed or active contract can be terminated; this one is " + c.status + ".")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  if (t.date > today())
    return Error::unprocessable("contracts.termination_in_future", "Terminate on the day it takes effect.",
                                {{"date", "in_future", "The termination date cannot be in the future."}});
  if (t.date > c.terms.end_date)
    return Error::unprocessable("contracts.termination_after_end",
                                "The contract ends on " + format_date(c.terms.end_date) + " anyway.",
                                {{"date", "after_end", "The date is after the contract's end."}})
        .with("number", c.number)
        .with("date", format_date(c.terms.end_date));
  auto before = state_json(c);
  c.termination_date = format_date(t.date);
  c.termination_initiator = t.initiated_by;
  c.termination_reason = t.reason;
  COLO_CHECK(end_contract(tx, ctx, c, "terminated"));
  auto after = state_json(c);
  after["termination_date"] = *c.termination_date;
  after["initiated_by"] = t.initiated_by;
  after["reason"] = t.reason;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(c.id), "terminate", std::move(before), after, c.customer_id}));
  COLO_CHECK(
      tell(tx, c, "contract.terminated", "notice.contract.terminated", {{"number", c.number}}, t.reason, true, true));
  return {};
}

Status Service::derive_ledger_items(db::Tx& tx, const Context& ctx, const Contract& c,
                                    std::vector<SettlementItem>& items) {
  if (items.empty()) return {};
  COLO_TRY(auto resources, store::resources(tx, c.id));
  std::vector<std::int64_t> device_ids, address_ids;
  for (const auto& r : resources) (r.kind == "device" ? device_ids : address_ids).push_back(r.ref_id);
  std::vector<std::string> devices_left, addresses_left;
  if (ledger_) {
    COLO_TRY(auto devices, ledger_->devices(tx, ctx, device_ids));
    for (const auto& d : devices)
      if (d.status != "decommissioned") devices_left.push_back(d.name + " (" + d.status + ")");
    COLO_TRY(auto addresses, ledger_->addresses(tx, address_ids));
    for (const auto& a : addresses)
      if (a.customer_id == c.customer_id) addresses_left.push_back(a.address);
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < 10; ++i) out += (i ? ", " : "") + v[i];
    if (v.size() > 10) out += ", ...";
    return out;
  };
  // Derived on every read, so written in the reader's language.
  auto note = [&ctx, &list](const char* key, std::size_t count, const std::vector<std::string>& left,
                            const std::string& english) {
    MessageParams params{{"count", std::to_string(count)}};
    if (!left.empty()) params.push_back({"list", list(left)});
    return i18n::render_or(ctx.lang, key, params, english);
  };
  for (auto& item : items) {
    if (item.kind == "equipment_move_out") {
      item.done = devices_left.empty();
      item.note =
          item.done
              ? note("contracts.settlement.devices_out", device_ids.size(), {},
                     "All " + std::to_string(device_ids.size()) + " device(s) of the contract are out of the ledger.")
              : note("contracts.settlement.devices_left", devices_left.size(), devices_left,
                     std::to_string(devices_left.size()) + " device(s) still in the ledger: " + list(devices_left));
    } else if (item.kind == "addresses_reclaimed") {
      item.done = addresses_left.empty();
      item.note =
          item.done
              ? note("contracts.settlement.addresses_returned", address_ids.size(), {},
                     "All " + std::to_string(address_ids.size()) + " address(es) of the contract are returned.")
              : note("contracts.settlement.addresses_left", addresses_left.size(), addresses_left,
                     std::to_string(addresses_left.size()) + " address(es) still assigned: " + list(addresses_left));
    } else {
      continue;
    }
    item.done_by = item.done ? std::optional<std::string>("ledger") : std::nullopt;
    item.done_at.reset();
  }
  return {};
}

Status Service::derive_money_items(db::Tx& tx, const Context& ctx, const Contract& c,
                                   std::vector<SettlementItem>& items) {
  if (items.empty() || !money_) return {};
  COLO_TRY(auto money, money_(tx, ctx, c.id));
  for (auto& item : items) {
    if (item.kind == "final_invoice") {
      item.done = money.final_invoice_done;
      item.note =
          i18n::render_or(ctx.lang, money.final_invoice_key, money.final_invoice_params, money.final_invoice_note);
    } else if (item.kind == "deposit") {
      item.done = money.deposit_done;
      item.note = i18n::render_or(ctx.lang, money.deposit_key, money.deposit_params, money.deposit_note);
    } else {
      continue;
    }
    item.done_by = item.done ? std::optional<std::string>("billing") : std::nullopt;
    item.done_at.reset();
  }
  return {};
}

Result<Detail> Service::settle(const Context& ctx, std::int64_t id, std::int64_t item_id, bool done,
                               std::optional<std::string> note) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_TRY(auto found, store::find_settlement_item(tx, c.id, item_id));
  if (!found) return Error::not_found("Settlement item");
  auto item = *found;
  const auto in = [&](const std::vector<std::string>& kinds) {
    return std::find(kinds.begin(), kinds.end(), item.kind) != kinds.end();
  };
  if (in(kLedgerSettlementItems))
    return Error::conflict("contracts.settlement.from_ledger",
                           "This item follows the equipment ledger and IPAM; it closes when they show the devices "
                           "moved out and the addresses returned.");
  if (in(kMoneySettlementItems) && !ctx.can("contracts.settle"))
    return Error{ErrorKind::forbidden, "contracts.settlement.finance_only", "Finance records the money items.", {}};
  if (in(kMoneySettlementItems) && money_)
    return Error::conflict("contracts.settlement.from_billing",
                           "This item follows billing: it closes when the final invoice is paid or offset and the "
                           "deposit is released or offset.");
  json::object before{{"done", item.done}, {"note", item.note}};
  item.done = done;
  if (note) {
    item.note = *note;  // a person's own words replace what Colo wrote
    item.note_key.clear();
    item.note_params.clear();
  }
  if (done) {
    item.done_by = ctx.principal->username;
    item.done_at = format_instant(clock_.now());
  } else {
    item.done_by.reset();
    item.done_at.reset();
  }
  COLO_CHECK(store::update_settlement_item(tx, item));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"contract_settlement_item", std::to_string(item.id), done ? "close" : "reopen", std::move(before),
                     json::object{{"kind", item.kind}, {"done", item.done}, {"note", item.note}}, c.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

// ---------------------------------------------------------------- customers' termination requests

namespace {
json::object request_audit(const TerminationRequest& r) {
  return {{"status", r.status},
          {"reason", r.reason},
          {"desired_date", format_date(r.desired_date)},
          {"decision_comment", r.decision_comment}};
}
}  // namespace

Result<std::vector<TerminationRequest>> Service::termination_requests(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_TRY(auto requests, store::termination_requests(tx, c.id));
  localise(ctx, requests);
  return requests;
}

Result<TerminationRequest> Service::request_termination(const Context& ctx, std::int64_t id,
                                                        const TerminationRequestInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(load_visible(tx, ctx, id));  // 404 for another customer's before 403
  if (!ctx.tenant())
    return Error{ErrorKind::forbidden,
                 "contracts.termination_request.customer_only",
                 "A request to end a contract comes from the customer; staff terminate it directly.",
                 {}};
  COLO_TRY(auto r, request_termination_in(tx, ctx, id, in));
  COLO_CHECK(tx.commit());
  return r;
}

Result<TerminationRequest> Service::request_termination_in(db::Tx& tx, const Context& ctx, std::int64_t id,
                                                           const TerminationRequestInput& in) {
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  if (!live(c))
    return Error::conflict("contracts.not_live",
                           "Only a signed or active contract can be ended; this one is " + c.status + ".")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  std::vector<FieldError> errors;
  if (in.desired_date < today())
    errors.push_back({"desired_date", "in_past", "The desired end date has passed."});
  else if (in.desired_date > c.terms.end_date)
    errors.push_back(
        {"desired_date", "after_end", "The contract ends on " + format_date(c.terms.end_date) + " anyway."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto existing, store::termination_requests(tx, c.id));
  for (const auto& r : existing)
    if (r.status == "open")
      return Error::conflict("contracts.termination_request.open",
                             "A request to end this contract is already waiting for an answer.");
  TerminationRequest r;
  r.contract_id = c.id;
  r.customer_id = c.customer_id;
  r.reason = in.reason;
  r.desired_date = in.desired_date;
  r.requested_by = ctx.principal->user_id;
  r.requested_by_name = ctx.principal->username;
  r.created_at = r.updated_at = format_instant(clock_.now());
  auto inserted = store::insert_termination_request(tx, r);
  if (!inserted.ok()) {
    if (inserted.error().is("db.unique_violation"))  // a concurrent request won
      return Error::conflict("contracts.termination_request.open",
                             "A request to end this contract is already waiting for an answer.");
    return std::move(inserted).error();
  }
  r.id = *inserted;
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"contract_termination_request", std::to_string(r.id), "create", nullptr, request_audit(r), c.customer_id}));
  COLO_CHECK(tell(tx, c, "contract.termination_requested", "notice.contract.termination_requested",
                  {{"number", c.number}, {"date", format_date(r.desired_date)}}, r.reason, true, true));
  return r;
}

Result<Detail> Service::decide_termination_request(const Context& ctx, std::int64_t id, std::int64_t request_id,
                                                   const TerminationDecision& decision) {
  if (decision.action != "accept" && decision.action != "decline")
    return Error::validation({{"action", "invalid", "accept or decline."}});
  if (decision.action == "decline" && decision.comment.empty())
    return Error::validation({{"comment", "required", "Give the customer the reason for declining."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_TRY(auto found, store::find_termination_request(tx, c.id, request_id));
  if (!found) return Error::not_found("Termination request");
  auto r = std::move(*found);
  if (r.status != "open")
    return Error::conflict("contracts.termination_request.decided", "This request was already " + r.status + ".");
  auto before = request_audit(r);
  const auto now = format_instant(clock_.now());
  r.status = decision.action == "accept" ? "accepted" : "declined";
  r.decided_by_name = ctx.principal->username;
  r.decided_at = now;
  r.decision_comment = decision.comment;
  r.updated_at = now;
  COLO_TRY(bool answered, store::answer_termination_request(tx, r));
  if (!answered)
    return Error::conflict("contracts.termination_request.decided", "This request was answered meanwhile.");
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"contract_termination_request", std::to_string(r.id), decision.action, std::move(before),
                            request_audit(r), c.customer_id}));
  if (decision.action == "accept") {
    Termination t;
    t.initiated_by = "customer";
    t.reason = r.reason;
    t.date = decision.date.value_or(today());
    COLO_CHECK(terminate_in(tx, ctx, c, t));
  } else {
    COLO_CHECK(tell(tx, c, "contract.termination_declined", "notice.contract.termination_declined",
                    {{"number", c.number}}, decision.comment, true, false));
  }
  COLO_TRY(auto d, detail(tx, ctx, c, std::nullopt));
  COLO_CHECK(tx.commit());
  return d;
}

// ---------------------------------------------------------------- change agreements

Result<std::vector<AmendmentView>> Service::amendments(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_TRY(auto list, store::amendments(tx, c.id));
  std::vector<AmendmentView> out;
  for (auto& a : list) {
    COLO_TRY(auto v, amendment_view(tx, ctx, std::move(a)));
    out.push_back(std::move(v));
  }
  return out;
}

Result<AmendmentView> Service::propose(const Context& ctx, std::int64_t id, const AmendmentInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  if (!live(c))
    return Error::conflict("contracts.not_live",
                           "Only a signed or active contract can be changed; this one is " + c.status + ".")
        .with("number", c.number)
        .with("@status", "contract.status." + c.status);
  COLO_TRY(auto versions, store::versions(tx, c.id));
  const Version* base = latest(versions);
  if (!base) return Error::internal("contract without version");
  AmendmentInput filled = in;
  if (filled.changes.line_items)
    COLO_CHECK(fill_from_price_list(tx, *filled.changes.line_items, in.effective_date, "changes/line_items/"));
  auto errors = validate_amendment(base->terms, filled, today());
  if (!errors.empty()) return Error::validation(std::move(errors));
  const bool by_operator = !ctx.tenant();
  std::vector<PriceRise> rises;
  if (filled.changes.line_items) rises = price_rises(base->terms, apply_changes(base->terms, filled.changes));
  // R8.3: the operator raises a price only after the contract's notice period, counted from the
  // notice sent now. A customer asking for more at a higher price has no notice to wait for.
  std::optional<Date> earliest;
  if (!rises.empty() && by_operator) {
    earliest = earliest_effective(today(), base->terms.notice_days);
    if (in.effective_date < *earliest) {
      const std::string e = format_date(*earliest), n = std::to_string(base->terms.notice_days);
      return Error::unprocessable(
                 "contracts.price_change.notice_too_short",
                 "A price rise takes effect at the earliest " + e + ", " + n + " days after the customer is notified.",
                 {{"effective_date", "contracts.price_change.notice_too_short", "At the earliest " + e + ".",
                   MessageParams{{"earliest", e}, {"notice_days", n}}}})
          .with("earliest", e)
          .with("notice_days", n);
    }
  }
  Amendment a;
  a.price_change = !rises.empty();
  a.price_rises = rises;
  a.earliest_date = earliest;
  a.contract_id = c.id;
  a.customer_id = c.customer_id;
  a.proposed_by_side = ctx.tenant() ? "customer" : "operator";
  a.status = proposed_state(a.proposed_by_side);
  a.proposed_by = ctx.principal->user_id;
  a.proposed_by_name = ctx.principal->username;
  a.effective_date = in.effective_date;
  a.summary = in.summary;
  a.rights_duties = in.rights_duties;
  a.changes = filled.changes;
  a.created_at = a.updated_at = format_instant(clock_.now());
  COLO_TRY(a.number, store::next_amendment_number(tx, c.id));
  COLO_TRY(a.id, store::insert_amendment(tx, a));
  workflow::Transition proposal{"propose", {}, a.status, "contracts.amend", false, true, true};
  COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, proposal, "", in.summary));
  if (a.price_change && by_operator) {
    // The notice (R8.3): in-app to the customer now, by e-mail from the outbox; which
    // notification and when are kept on the agreement and shown in its timeline.
    const MessageParams notice{{"number", c.number},
                               {"amendment", std::to_string(a.number)},
                               {"date", format_date(a.effective_date)},
                               {"notice_days", std::to_string(base->terms.notice_days)}};
    COLO_TRY(auto nid, notify::notify_returning_id(
                           tx, clock_,
                           notify::keyed(notify::Audience::customer(c.customer_id), "contract.price_change",
                                         "notice.contract.price_change", notice, "/contracts/" + std::to_string(c.id),
                                         "", "notice.contract.price_change.body")));
    a.notification_id = nid;
    a.notified_at = a.created_at;
    COLO_CHECK(store::update_amendment(tx, a));
    workflow::Transition noticed{"notify", {a.status}, a.status, "contracts.amend", false, false, true};
    COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, noticed, a.status,
                                "timeline.amendment.price_notice",
                                {{"date", format_date(today())},
                                 {"earliest", format_date(*a.earliest_date)},
                                 {"notice_days", std::to_string(base->terms.notice_days)}}));
    json::array raised;
    for (const auto& r : a.price_rises)
      raised.push_back(json::object{{"line", r.line},
                                    {"description", r.description},
                                    {"old_price_fen", r.old_price_fen ? json::value(*r.old_price_fen) : nullptr},
                                    {"new_price_fen", r.new_price_fen}});
    COLO_CHECK(notify::publish(tx, clock_, "contract.price_change_notified",
                               json::object{{"contract_id", c.id},
                                            {"number", c.number},
                                            {"customer_id", c.customer_id},
                                            {"amendment", a.number},
                                            {"notification_id", nid},
                                            {"notified_at", *a.notified_at},
                                            {"earliest", format_date(*a.earliest_date)},
                                            {"effective_date", format_date(a.effective_date)},
                                            {"lines", std::move(raised)}}));
  }
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kAmendmentObject, std::to_string(a.id), "propose", nullptr,
       json::object{{"contract_id", c.id},
                    {"number", a.number},
                    {"effective_date", format_date(a.effective_date)},
                    {"changes", changes_json(a.changes)},
                    {"price_change", a.price_change},
                    {"notification_id", a.notification_id ? json::value(*a.notification_id) : json::value(nullptr)}},
       c.customer_id}));
  const MessageParams names{{"number", c.number}, {"amendment", std::to_string(a.number)}};
  const bool by_customer = a.proposed_by_side == "customer";
  // An operator's price change has told the customer already, with its own notice.
  const bool customer_told = a.price_change && by_operator;
  COLO_CHECK(tell(tx, c, "contract.amendment_proposed", "notice.contract.amendment_proposed", names, a.summary,
                  !by_customer && !customer_told, by_customer));
  COLO_TRY(auto v, amendment_view(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return v;
}

// The agreed change is in force: the amendment is marked effective and the contract's mirrored
// terms follow the version in force.
Status Service::take_effect(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a, Date day) {
  const auto& def = amendment_workflow();
  const workflow::Transition* t = nullptr;
  for (const auto& tr : def.transitions)
    if (tr.action == "take_effect") t = &tr;
  a.status = "effective";
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_amendment(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, *t, "agreed", "timeline.amendment.in_effect",
                              {{"date", format_date(a.effective_date)}}));
  COLO_CHECK(refresh_terms(tx, c, day));
  return audit::record(tx, ctx, clock_,
                       {kAmendmentObject, std::to_string(a.id), "take_effect", json::object{{"status", "agreed"}},
                        json::object{{"status", "effective"}, {"version", a.version ? *a.version : 0}}, c.customer_id});
}

Date Service::last_day(const Contract& c) {
  if (c.termination_date)
    if (auto d = parse_date(*c.termination_date)) return *d;
  return c.terms.end_date;
}

Status Service::close_for_end(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a) {
  const Date end = last_day(c);
  if (a.status == "agreed" && a.effective_date <= end) return take_effect(tx, ctx, c, a, end);
  const auto& def = amendment_workflow();
  const workflow::Transition* t = nullptr;
  for (const auto& tr : def.transitions)
    if (tr.action == "lapse") t = &tr;
  const std::string from = a.status;
  // The reason names the contract by its number and is stored as a catalogue key, so each reader
  // sees it in their language; the English text goes to the audit log.
  const MessageParams why_params{
      {"number", c.number},
      {"amendment", std::to_string(a.number)},
      {"@ended", c.status == "terminated" ? "contract.ended.terminated" : "contract.ended.expired"},
      {"date", format_date(end)},
      {"effective", format_date(a.effective_date)}};
  const std::string why_key =
      from == "agreed" ? "timeline.amendment.lapsed_before_date" : "timeline.amendment.lapsed_unagreed";
  const std::string why = i18n::render_or("en-US", why_key, why_params, why_key);
  a.status = "lapsed";
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_amendment(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, *t, from, why_key, why_params));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kAmendmentObject, std::to_string(a.id), "lapse", json::object{{"status", from}},
                            json::object{{"status", a.status}, {"reason", why}}, c.customer_id}));
  const MessageParams names{{"number", c.number}, {"amendment", std::to_string(a.number)}};
  return tell(tx, c, "contract.amendment_lapsed", "notice.contract.amendment_lapsed", why_params, "", true, true,
              why_key);
}

Status Service::lapse_unagreed_price_change(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a) {
  const workflow::Transition* t = nullptr;
  for (const auto& tr : amendment_workflow().transitions)
    if (tr.action == "lapse") t = &tr;
  const std::string from = a.status;
  const MessageParams why{
      {"number", c.number}, {"amendment", std::to_string(a.number)}, {"effective", format_date(a.effective_date)}};
  a.status = "lapsed";
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_amendment(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, *t, from,
                              "timeline.amendment.price_change_unagreed", why));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kAmendmentObject, std::to_string(a.id), "lapse", json::object{{"status", from}},
       json::object{{"status", a.status}, {"reason", "price change not agreed before its date"}}, c.customer_id}));
  return tell(tx, c, "contract.amendment_lapsed", "notice.contract.price_change_lapsed", why, "", true, true);
}

Status Service::fill_from_price_list(db::Tx& tx, std::vector<LineItem>& lines, Date day, const std::string& prefix) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto& l = lines[i];
    if (!l.catalogue_item) continue;
    const std::string field = prefix + std::to_string(i) + "/catalogue_item";
    std::optional<ListEntry> entry;
    if (price_list_ && price_list_->entry) {
      COLO_TRY(entry, price_list_->entry(tx, *l.catalogue_item, day));
    } else if (!l.from_list.any()) {
      continue;  // no list to check against; the line gives all its terms itself
    }
    if (!entry)
      return Error::unprocessable("contracts.line.unknown_catalogue_item",
                                  "The price list has no item " + *l.catalogue_item + ".",
                                  {{field, "contracts.line.unknown_catalogue_item", "No such item.",
                                    MessageParams{{"code", *l.catalogue_item}}}})
          .with("code", *l.catalogue_item);
    if (!fill_from_list(l, *entry))
      return Error::unprocessable(
                 "contracts.line.no_list_price",
                 "Item " + *l.catalogue_item + " has no list price on " + format_date(day) + "; give the line's price.",
                 {{prefix + std::to_string(i) + "/unit_price_fen", "contracts.line.no_list_price",
                   "No list price that day.", MessageParams{{"code", *l.catalogue_item}, {"date", format_date(day)}}}})
          .with("code", *l.catalogue_item)
          .with("date", format_date(day));
  }
  return {};
}

Result<db::Counted<PriceChangeRow>> Service::price_changes(const Context& ctx, const PriceChangeFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::price_changes(tx, ctx, f);
}

Result<AmendmentView> Service::amendment_transition(const Context& ctx, std::int64_t id, std::int64_t amendment_id,
                                                    const std::string& action, const std::string& comment) {
  if (amendment_system_action(action))
    return Error::conflict("contracts.amendment.system_action", "A change takes effect by itself on its date.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, load_visible(tx, ctx, id));
  COLO_TRY(auto found, store::find_amendment(tx, c.id, amendment_id));
  if (!found) return Error::not_found("Change agreement");
  auto a = std::move(*found);
  COLO_TRY(auto t, amendment_workflow().check(a.status, action, ctx, comment));
  // R8.3: a higher price never applies to days before the customer agreed to it.
  if (action == "agree" && a.price_change && a.proposed_by_side == "operator" && a.effective_date < today())
    return Error::conflict("contracts.price_change.date_passed",
                           "The price change was to take effect on " + format_date(a.effective_date) +
                               ", before this agreement; it lapses. Ask for a new one.")
        .with("number", c.number)
        .with("date", format_date(a.effective_date));
  const std::string from = a.status;
  a.status = t->to;
  a.updated_at = format_instant(clock_.now());
  if (action == "agree") {
    if (!live(c))
      return Error::conflict("contracts.not_live", "The contract is " + c.status + "; it can no longer change.")
          .with("number", c.number)
          .with("@status", "contract.status." + c.status);
    COLO_TRY(auto versions, store::versions(tx, c.id));
    const Version* base = latest(versions);
    Terms terms = apply_changes(base->terms, a.changes);
    auto errors = validate_terms(terms);
    if (!errors.empty())
      return Error::conflict("contracts.amendment.conflicts",
                             "Since it was proposed the contract changed so that this agreement would leave invalid "
                             "terms (" +
                                 errors.front().field + ": " + errors.front().message + ").");
    Version v;
    v.version = base->version + 1;
    v.effective_from = a.effective_date;
    v.terms = terms;
    v.reason = "amendment";
    v.amendment_id = a.id;
    v.created_at = a.updated_at;
    COLO_CHECK(store::insert_version(tx, c, v));
    a.version = v.version;
  }
  COLO_CHECK(store::update_amendment(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kAmendmentObject, a.id, *t, from, comment));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kAmendmentObject, std::to_string(a.id), action, json::object{{"status", from}},
                            json::object{{"status", a.status}, {"comment", comment}}, c.customer_id}));
  const MessageParams names{{"number", c.number}, {"amendment", std::to_string(a.number)}};
  const bool to_customer = a.proposed_by_side == "customer" || action == "agree";
  const bool to_business = a.proposed_by_side == "operator" || action == "agree";
  if (action == "agree")
    COLO_CHECK(tell(tx, c, "contract.amendment_agreed", "notice.contract.amendment_agreed", names, comment, to_customer,
                    to_business));
  else if (action == "reject")
    COLO_CHECK(tell(tx, c, "contract.amendment_rejected", "notice.contract.amendment_rejected", names, comment,
                    a.proposed_by_side == "customer", a.proposed_by_side == "operator"));
  else
    COLO_CHECK(tell(tx, c, "contract.amendment_withdrawn", "notice.contract.amendment_withdrawn", names, comment,
                    a.proposed_by_side == "operator", a.proposed_by_side == "customer"));
  if (action == "agree" && a.effective_date <= today()) COLO_CHECK(take_effect(tx, ctx, c, a, today()));
  COLO_TRY(auto v, amendment_view(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return v;
}

// ---------------------------------------------------------------- the daily job

Result<DailyReport> Service::run_daily(Date day) {
  DailyReport report;
  report.day = day;
  auto ctx = system_context("scheduler");
  auto note = [&](const std::string& what, const Error& e) {
    spdlog::error("contracts-daily {}: {}: {}", format_date(day), what, e.message);
    report.errors.push_back(what + ": " + e.message);
  };

  // 0. Operators' price changes not agreed before their date lapse (R8.3).
  std::vector<std::pair<std::int64_t, std::int64_t>> unagreed;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(unagreed, store::price_changes_unagreed(tx, day));
  }
  for (const auto& [cid, aid] : unagreed) {
    auto st = [&]() -> Status {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(auto c, store::find(tx, cid));
      COLO_TRY(auto a, store::find_amendment(tx, cid, aid));
      if (!c || !a || a->status != "proposed_by_operator" || !(a->effective_date < day)) return {};
      COLO_CHECK(lapse_unagreed_price_change(tx, ctx, *c, *a));
      COLO_CHECK(tx.commit());
      ++report.price_changes_lapsed;
      return {};
    }();
    if (!st.ok()) note("price change " + std::to_string(aid), st.error());
  }

  // 1. Agreed changes whose date has come.
  std::vector<std::pair<std::int64_t, std::int64_t>> due;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(due, store::amendments_due(tx, day));
  }
  for (const auto& [cid, aid] : due) {
    auto st = [&]() -> Status {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(auto c, store::find(tx, cid));
      COLO_TRY(auto a, store::find_amendment(tx, cid, aid));
      if (!c || !a || a->status != "agreed") return {};
      if (!live(*c)) {  // ended before the date came (kept from before ends closed their agreements)
        COLO_CHECK(close_for_end(tx, ctx, *c, *a));
        return tx.commit();
      }
      COLO_CHECK(take_effect(tx, ctx, *c, *a, day));
      COLO_CHECK(tx.commit());
      ++report.amendments_effective;
      return {};
    }();
    if (!st.ok()) note("amendment " + std::to_string(aid), st.error());
  }

  // 2. Terms that ended before today: renew (a new version per term) or expire (R11.2.1).
  std::vector<std::int64_t> ended;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(ended, store::active_ending_by(tx, add_days(day, -1)));
  }
  for (auto id : ended) {
    auto st = [&]() -> Status {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(auto found, store::find(tx, id));
      if (!found || found->status != "active" || !(found->terms.end_date < day)) return {};
      auto c = std::move(*found);
      auto before = state_json(c);
      if (c.terms.auto_renew) {
        COLO_TRY(auto versions, store::versions(tx, c.id));
        Terms terms = latest(versions)->terms;
        int next = latest(versions)->version;
        while (terms.end_date < day) {
          Terms renewed_terms = renewed(terms);
          Version v;
          v.version = ++next;
          v.effective_from = add_days(terms.end_date, 1);
          v.terms = renewed_terms;
          v.reason = "renewal";
          v.created_at = format_instant(clock_.now());
          COLO_CHECK(store::insert_version(tx, c, v));
          terms = renewed_terms;
        }
        COLO_CHECK(refresh_terms(tx, c, day));
        COLO_CHECK(
            audit::record(tx, ctx, clock_,
                          {kObject, std::to_string(c.id), "renew", std::move(before), state_json(c), c.customer_id}));
        COLO_CHECK(tell(tx, c, "contract.renewed", "notice.contract.renewed",
                        {{"number", c.number}, {"date", format_date(c.terms.end_date)}}, "", true, true));
        ++report.renewed;
      } else {
        COLO_CHECK(end_contract(tx, ctx, c, "expired"));
        COLO_CHECK(
            audit::record(tx, ctx, clock_,
                          {kObject, std::to_string(c.id), "expire", std::move(before), state_json(c), c.customer_id}));
        COLO_CHECK(tell(tx, c, "contract.expired", "notice.contract.expired", {{"number", c.number}}, "", true, true));
        ++report.expired;
      }
      return tx.commit();
    }();
    if (!st.ok()) note("contract " + std::to_string(id), st.error());
  }

  // 3. Addresses of ended contracts whose grace period has passed go back to their pools.
  std::vector<std::pair<std::int64_t, std::int64_t>> releases;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(releases, store::releases_due(tx, day));
  }
  for (const auto& [cid, rid] : releases) {
    auto st = [&]() -> Status {
      if (!ledger_) return {};
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(auto c, store::find(tx, cid));
      COLO_TRY(auto resources, store::resources(tx, cid));
      for (auto& r : resources) {
        if (r.id != rid || r.released_at || !c) continue;
        COLO_CHECK(ledger_->release_address(tx, ctx, r.ref_id));
        r.released_at = format_instant(clock_.now());
        COLO_CHECK(store::update_resource(tx, r));
        COLO_CHECK(
            audit::record(tx, ctx, clock_,
                          {kObject, std::to_string(cid), "release_address", nullptr,
                           json::object{{"address", r.label}, {"due", r.release_due.value_or("")}}, c->customer_id}));
        ++report.addresses_released;
      }
      return tx.commit();
    }();
    if (!st.ok()) note("address " + std::to_string(rid), st.error());
  }

  // 4. Renewal reminders, each threshold once per term end.
  std::vector<std::int64_t> ending;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(ending, store::active_ending_by(tx, add_days(day, kReminderDays.front())));
  }
  for (auto id : ending) {
    auto st = [&]() -> Status {
      COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
      COLO_TRY(auto found, store::find(tx, id));
      if (!found || found->status != "active") return {};
      const auto& c = *found;
      COLO_TRY(auto sent, store::reminders_sent(tx, c.id, c.terms.end_date));
      auto days = reminder_due(c.terms.end_date, day, sent);
      if (!days) return {};
      auto stored = store::insert_reminder(tx, c.id, c.terms.end_date, *days, format_instant(clock_.now()));
      if (!stored.ok()) {
        if (stored.error().is("db.unique_violation")) return {};  // another server sent it
        return stored;
      }
      const std::string end = format_date(c.terms.end_date);
      const int left = days_between(day, c.terms.end_date);
      const std::string key =
          c.terms.auto_renew ? "notice.contract.renewal_reminder.auto_renew" : "notice.contract.renewal_reminder.ends";
      COLO_CHECK(tell(tx, c, "contract.renewal_reminder", key,
                      {{"number", c.number},
                       {"date", end},
                       {"days", std::to_string(left)},
                       {"notice_days", std::to_string(c.terms.notice_days)}},
                      "", true, true, "notice.contract.renewal_reminder.body"));
      COLO_CHECK(tx.commit());
      ++report.reminders;
      return {};
    }();
    if (!st.ok()) note("reminder " + std::to_string(id), st.error());
  }
  return report;
}

}  // namespace colo::contracts
