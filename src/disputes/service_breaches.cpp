// Breach records (R9): either side's breach, its evidence, the consequence and what it caused.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "core/business_calendar.hpp"
#include "disputes/rules.hpp"
#include "disputes/service.hpp"
#include "disputes/store.hpp"
#include "notify/notify.hpp"

namespace colo::disputes {

namespace json = boost::json;

namespace {

constexpr const char* kObject = "breach";

json::value audit_of(const Breach& b) {
  json::object o{{"number", b.number}, {"party", b.party},   {"kind", b.kind},
                 {"clause", b.clause}, {"status", b.status}, {"occurred_on", b.occurred_on}};
  if (b.consequence) o["consequence"] = *b.consequence;
  if (b.consequence_amount_fen) o["consequence_amount_fen"] = *b.consequence_amount_fen;
  if (b.charge_id) o["charge_id"] = *b.charge_id;
  if (b.suspension_id) o["suspension_id"] = *b.suspension_id;
  if (b.overuse)
    o["overuse"] = json::object{{"metric", b.overuse->metric},       {"first_slot", b.overuse->first_slot},
                                {"last_slot", b.overuse->last_slot}, {"peak", b.overuse->peak},
                                {"limit", b.overuse->limit},         {"minutes", b.overuse->minutes()}};
  if (b.dismissed_reason) o["dismissed_reason"] = *b.dismissed_reason;
  return o;
}

Error forbidden_write() { return Error::forbidden("Recording breaches needs breaches.record."); }

// Collections' reason for suspending over a customer's breach of this kind.
std::string suspension_reason(const std::string& kind) {
  if (kind == "non_payment") return "non_payment";
  if (kind == "over_use") return "overuse";
  return "abuse";
}

}  // namespace

Result<Breach> Service::load_breach(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto b, store::find_breach(tx, id));
  if (!b || !ctx.sees(b->customer_id)) return Error::not_found("Breach");
  // A proposal is the operator's until a person confirms it: the customer never sees it.
  if (ctx.tenant() && b->status == "proposed") return Error::not_found("Breach");
  return std::move(*b);
}

Result<BreachDetail> Service::breach_detail(db::Tx& tx, const Context& ctx, Breach b) {
  BreachDetail out;
  COLO_TRY(out.evidence, store::evidence_of(tx, b.id));
  out.actions = breach_actions(b, ctx.can("breaches.record"));
  out.breach = std::move(b);
  return out;
}

Result<db::Counted<Breach>> Service::breaches(const Context& ctx, const BreachFilter& f) {
  if (!ctx.can("breaches.read")) return Error::forbidden("Reading breaches needs breaches.read.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_breaches(tx, ctx, f);
}

Result<BreachDetail> Service::breach(const Context& ctx, std::int64_t id) {
  if (!ctx.can("breaches.read")) return Error::forbidden("Reading breaches needs breaches.read.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  return breach_detail(tx, ctx, std::move(b));
}

Result<BreachDetail> Service::record_breach(const Context& ctx, const BreachInput& in) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  auto errors = breach_errors(in);
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto contract, ports_.contract(ctx, in.contract_id));
  if (!contract) return Error::validation({{"contract_id", "disputes.contract.unknown", "No such contract."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const std::string now = format_instant(clock_.now());
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, store::next_breach_number(tx, year));
  char number[32];
  std::snprintf(number, sizeof number, "BR-%d-%06lld", year, static_cast<long long>(n));
  Breach b;
  b.number = number;
  b.customer_id = contract->customer_id;
  b.customer_name = contract->customer_name;
  b.contract_id = contract->id;
  b.contract_number = contract->number;
  b.party = in.party;
  b.kind = in.kind;
  b.clause = in.clause;
  b.description = in.description;
  b.occurred_on = in.occurred_on;
  b.created_by = actor(ctx);
  b.created_at = b.updated_at = now;
  COLO_TRY(b.id, store::insert_breach(tx, b));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "create", nullptr, audit_of(b), b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

Result<BreachDetail> Service::add_evidence(const Context& ctx, std::int64_t id, const EvidenceInput& in) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  std::vector<FieldError> errors;
  if (std::find(kEvidenceTypes.begin(), kEvidenceTypes.end(), in.object_type) == kEvidenceTypes.end())
    errors.push_back({"object_type", "disputes.evidence.type", "A ticket, invoice, alert, entry or document."});
  const bool record = in.object_type == "ticket" || in.object_type == "invoice";
  if (in.object_type != "document" && !in.object_id) errors.push_back({"object_id", "required", "Name the record."});
  if (!record && in.label.empty()) errors.push_back({"label", "required", "Say what the evidence is."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  std::optional<RecordRef> ref;
  if (record) {
    COLO_TRY(ref, ports_.record(ctx, in.object_type, *in.object_id));
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  if (record && (!ref || ref->customer_id != b.customer_id))
    return Error::validation({{"object_id", "disputes.link.unknown", "No such record of the customer."}});
  COLO_CHECK(check_breach_step(b.status, "evidence"));
  const std::string now = format_instant(clock_.now());
  Evidence e{0,
             b.id,
             in.object_type,
             in.object_type == "document" ? std::nullopt : in.object_id,
             in.label.empty() && ref ? ref->number : in.label,
             actor(ctx),
             now};
  COLO_TRY(e.id, store::insert_evidence(tx, e));
  b.updated_at = now;
  COLO_CHECK(store::update_breach(tx, b));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(b.id), "evidence", nullptr,
                            json::object{{"object_type", e.object_type}, {"label", e.label}}, b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

Result<BreachDetail> Service::decide(const Context& ctx, std::int64_t id, const Consequence& c) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  Breach current;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(current, load_breach(tx, ctx, id));
  }
  COLO_CHECK(check_breach_step(current.status, "decide"));
  if (auto errors = consequence_errors(current.party, c); !errors.empty()) return Error::validation(std::move(errors));
  // A suspension is proposed through collections in its own transaction (it goes to management's
  // approval); the breach records it afterwards. Should that write fail, the proposal stands on
  // its own with this breach's number as its evidence.
  std::optional<std::int64_t> suspension;
  if (c.consequence == "suspension") {
    COLO_TRY(auto sid, ports_.suspend(ctx, current.contract_id, suspension_reason(current.kind),
                                      current.number + " " + current.clause + ": " + current.description));
    suspension = sid;
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  COLO_CHECK(check_breach_step(b.status, "decide"));
  const auto before = audit_of(b);
  const std::string now = format_instant(clock_.now());
  b.status = "decided";
  b.consequence = c.consequence;
  b.consequence_amount_fen = c.amount_fen;
  b.consequence_note = c.note.empty() ? std::nullopt : std::optional<std::string>(c.note);
  b.suspension_id = suspension;
  b.decided_by = actor(ctx);
  b.decided_at = now;
  b.updated_at = now;
  if (c.consequence == "penalty" || c.consequence == "compensation") {
    const bool penalty = c.consequence == "penalty";
    Charge charge{b.customer_id,
                  b.contract_id,
                  penalty ? "penalty" : "credit",
                  penalty ? *c.amount_fen : -*c.amount_fen,
                  b.number + " " + b.clause,
                  "breach",
                  b.id,
                  actor(ctx)};
    COLO_TRY(b.charge_id, ports_.charge(tx, charge));
  }
  COLO_CHECK(store::update_breach(tx, b));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "decide", before, audit_of(b), b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

Result<BreachDetail> Service::close_breach(const Context& ctx, std::int64_t id) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  COLO_CHECK(check_breach_step(b.status, "close"));
  const auto before = audit_of(b);
  const std::string now = format_instant(clock_.now());
  b.status = "closed";
  b.closed_at = now;
  b.updated_at = now;
  COLO_CHECK(store::update_breach(tx, b));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "close", before, audit_of(b), b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

Result<BreachDetail> Service::confirm_breach(const Context& ctx, std::int64_t id) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  COLO_CHECK(check_breach_step(b.status, "confirm"));
  const auto before = audit_of(b);
  b.status = "open";
  b.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update_breach(tx, b));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "confirm", before, audit_of(b), b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

Result<BreachDetail> Service::dismiss_breach(const Context& ctx, std::int64_t id, const std::string& reason) {
  if (!ctx.can("breaches.record")) return forbidden_write();
  if (reason.empty()) return Error::validation({{"reason", "required", "Say why the proposal is dismissed."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto b, load_breach(tx, ctx, id));
  COLO_CHECK(check_breach_step(b.status, "dismiss"));
  const auto before = audit_of(b);
  const std::string now = format_instant(clock_.now());
  b.status = "closed";
  b.consequence = "none";
  b.dismissed_reason = reason;
  b.decided_by = actor(ctx);
  b.decided_at = now;
  b.closed_at = now;
  b.updated_at = now;
  COLO_CHECK(store::update_breach(tx, b));
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "dismiss", before, audit_of(b), b.customer_id}));
  COLO_TRY(auto out, breach_detail(tx, ctx, b));
  COLO_CHECK(tx.commit());
  return out;
}

namespace {
constexpr const char* kOveruseJob = "overuse-detect";
}

Result<std::optional<Instant>> Service::overuse_covered_to() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto to, store::overuse_covered_to(tx, kOveruseJob));
  if (!to) return std::optional<Instant>{};
  return parse_instant(*to);
}

Status Service::set_overuse_covered_to(Instant to) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(store::set_overuse_covered_to(tx, kOveruseJob, format_instant(to), format_instant(clock_.now())));
  return tx.commit();
}

Result<std::string> Service::propose_overuse(const ContractRef& contract, const std::string& metric,
                                             const OverUseEpisode& episode) {
  const auto ctx = system_context(kOveruseJob);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const std::string now = format_instant(clock_.now());
  COLO_TRY(auto latest, store::latest_overuse(tx, contract.id, metric));
  if (latest && latest->overuse && continues_episode(*latest->overuse, episode)) {
    auto& o = *latest->overuse;
    // A reviewed episode stays as it was reviewed; only a proposal or a confirmed, undecided
    // breach takes the figures of its continuation.
    if (episode.last_slot <= o.last_slot && episode.peak <= o.peak) return std::string("known");
    if (latest->status != "proposed" && latest->status != "open") return std::string("known");
    const auto before = audit_of(*latest);
    o.last_slot = std::max(o.last_slot, episode.last_slot);
    o.peak = std::max(o.peak, episode.peak);
    latest->updated_at = now;
    COLO_CHECK(store::update_breach(tx, *latest));
    COLO_CHECK(
        audit::record(tx, ctx, clock_,
                      {kObject, std::to_string(latest->id), "extend", before, audit_of(*latest), latest->customer_id}));
    COLO_CHECK(tx.commit());
    return std::string("extended");
  }
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, store::next_breach_number(tx, year));
  char number[32];
  std::snprintf(number, sizeof number, "BR-%d-%06lld", year, static_cast<long long>(n));
  Breach b;
  b.number = number;
  b.customer_id = contract.customer_id;
  b.customer_name = contract.customer_name;
  b.contract_id = contract.id;
  b.contract_number = contract.number;
  b.party = "customer";
  b.kind = "over_use";
  // Customer breaches and their penalties and suspension are R9.1; the figures say the rest and
  // are rendered in the reader's language.
  b.clause = "R9.1";
  b.occurred_on = format_date(clock_.calendar().date_of(Instant(std::chrono::seconds(episode.first_slot * 300))));
  b.status = "proposed";
  b.created_by = actor(ctx);
  b.created_at = b.updated_at = now;
  b.detection_key = "overuse:" + std::to_string(contract.id) + ":" + metric + ":" + std::to_string(episode.first_slot);
  b.overuse = Overuse{metric, episode.first_slot, episode.last_slot, episode.peak, episode.limit};
  COLO_TRY(auto id, store::insert_proposed_breach(tx, b));
  // Another run proposed it meanwhile: roll back, so that its number is not used up.
  if (!id) return std::string("known");
  b.id = *id;
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {kObject, std::to_string(b.id), "propose", nullptr, audit_of(b), b.customer_id}));
  const std::string link = "/breaches/" + std::to_string(b.id);
  const MessageParams params{
      {"number", b.number}, {"contract", b.contract_number}, {"@metric", "disputes.overuse.metric." + metric}};
  for (const char* role : {"operations", "business"})
    COLO_CHECK(notify::notify(tx, clock_,
                              notify::keyed(notify::Audience::staff_role(role), "breach.proposed",
                                            "notice.breach.overuse_proposed", params, link)));
  COLO_CHECK(tx.commit());
  return std::string("proposed");
}

}  // namespace colo::disputes
