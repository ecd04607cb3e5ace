// Compensation claims (R9.2.2) and improvement actions (R7.3) of ServiceLevels.
#include <boost/json.hpp>
#include <cstdio>

#include "audit/audit.hpp"
#include "db/list.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk {

namespace {

constexpr std::string_view kRead = "servicedesk.read";
constexpr std::string_view kCreate = "servicedesk.create";
constexpr std::string_view kWrite = "servicedesk.write";
constexpr std::string_view kReview = "service_levels.review";

std::string actor(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

std::string numbered(const char* prefix, int year, std::int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%04d-%06lld", prefix, year, static_cast<long long>(n));
  return buf;
}

boost::json::object claim_audit(const Claim& c) {
  boost::json::object o{{"number", c.number}, {"status", c.status}, {"claimed_fen", c.claimed_fen}};
  if (c.agreed_fen) o["agreed_fen"] = *c.agreed_fen;
  if (c.charge_id) o["charge_id"] = *c.charge_id;
  return o;
}

boost::json::object action_audit(const ImprovementAction& a) {
  return {{"number", a.number}, {"status", a.status}, {"due_date", format_date(a.due_date)}};
}

}  // namespace

Result<Claim> ServiceLevels::create_claim(const Context& ctx, const ClaimInput& in) {
  if (!ctx.can(kCreate) && !ctx.can(kWrite)) return Error::forbidden();
  std::vector<FieldError> errs;
  if (in.description.empty()) errs.push_back({"description", "required", "describe the data lost"});
  if (in.claimed_fen < 0) errs.push_back({"claimed_fen", "out_of_range", "must not be negative"});
  if (!errs.empty()) return Error::validation(std::move(errs));
  if (!ports_.contract) return Error::internal("the contracts port is not set");
  COLO_TRY(auto ref, ports_.contract(ctx, in.contract_id));
  if (!ref) return Error::not_found("Contract");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (in.ticket_id) {
    COLO_TRY(auto t, tx.one("SELECT customer_id, type FROM servicedesk_tickets WHERE id = $1", {*in.ticket_id}));
    if (!t || t->int64(0) != ref->customer_id || t->text(1) != "compensation")
      return Error::unprocessable("service_levels.claim.ticket",
                                  "The ticket is not this customer's compensation ticket.",
                                  {{"ticket_id", "service_levels.claim.ticket", "not a compensation ticket"}});
  }
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, levels_store::next_number(tx, "claim", year));
  Claim c;
  c.number = numbered("CL", year, n);
  c.ticket_id = in.ticket_id;
  c.customer_id = ref->customer_id;
  c.contract_id = in.contract_id;
  c.description = in.description;
  c.evidence = in.evidence;
  c.claimed_fen = in.claimed_fen;
  c.created_by_name = actor(ctx);
  c.created_at = c.updated_at = format_instant(clock_.now());
  COLO_TRY(c.id, levels_store::insert_claim(tx, c));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"servicedesk.claim", std::to_string(c.id), "create", nullptr, claim_audit(c), c.customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Claim> ServiceLevels::decide_claim(const Context& ctx, std::int64_t id, const ClaimDecision& d) {
  if (!ctx.can(kReview)) return Error::forbidden();
  std::vector<FieldError> errs;
  if (d.action != "assess" && d.action != "agree" && d.action != "reject")
    errs.push_back({"action", "invalid_choice", "assess, agree or reject"});
  if ((d.action == "assess" || d.action == "reject") && (!d.assessment || d.assessment->empty()))
    errs.push_back({"assessment", "required", "say what was found"});
  if (d.action == "assess" && !d.amount_fen) errs.push_back({"amount_fen", "required", "the amount offered"});
  if (d.amount_fen && *d.amount_fen < 0) errs.push_back({"amount_fen", "out_of_range", "must not be negative"});
  if (!errs.empty()) return Error::validation(std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, levels_store::find_claim(tx, id));
  if (!found) return Error::not_found("Compensation claim");
  Claim c = *found;
  if (d.row_version && *d.row_version != c.row_version)
    return Error::conflict("service_levels.claim.decided", "The claim was changed meanwhile.");
  COLO_TRY(auto next, claim_next(c.status, d.action));
  const auto before = claim_audit(c);
  const int version = c.row_version;
  const auto now = format_instant(clock_.now());
  if (d.action == "assess" || d.action == "reject") {
    c.assessment = d.assessment;
    c.assessed_by_name = actor(ctx);
    c.assessed_at = now;
  }
  if (d.amount_fen) c.agreed_fen = d.amount_fen;
  if (d.action == "reject") c.agreed_fen.reset();
  c.status = next;
  c.updated_at = now;
  if (c.status == "agreed" && c.agreed_fen.value_or(0) > 0) {
    Charge ch{c.customer_id,  c.contract_id,         "compensation", "Compensation " + c.number,
              -*c.agreed_fen, "service_level_claim", c.id,           actor(ctx)};
    if (!ports_.charge) return billing_unavailable();
    COLO_TRY(c.charge_id, ports_.charge(tx, ch));
  }
  COLO_TRY(bool done, levels_store::update_claim(tx, c, version));
  if (!done) return Error::conflict("service_levels.claim.decided", "The claim was changed meanwhile.");
  ++c.row_version;
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"servicedesk.claim", std::to_string(c.id), d.action, before, claim_audit(c), c.customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<std::vector<Claim>> ServiceLevels::claims(const Context& ctx, std::optional<std::string> status) {
  if (!ctx.can(kRead)) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return levels_store::claims(tx, ctx.tenant(), status);
}

Result<ImprovementAction> ServiceLevels::create_action(const Context& ctx, ImprovementAction in) {
  if (!ctx.can(kWrite) || ctx.tenant()) return Error::forbidden();
  std::vector<FieldError> errs;
  if (in.title.empty()) errs.push_back({"title", "required", "a title"});
  if (in.owner_name.empty()) errs.push_back({"owner_name", "required", "who owns the action"});
  if (in.due_date < clock_.today()) errs.push_back({"due_date", "in_past", "must not be in the past"});
  if (!errs.empty()) return Error::validation(std::move(errs));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (!in.ticket_ids.empty()) {
    db::Params params;
    const auto list = db::in_list(params, in.ticket_ids);
    COLO_TRY(auto found, tx.query("SELECT COUNT(*) FROM servicedesk_tickets WHERE id IN (" + list + ")", params));
    if (found.rows.at(0).int64(0) != static_cast<std::int64_t>(in.ticket_ids.size()))
      return Error::validation({{"ticket_ids", "not_found", "unknown ticket"}});
  }
  const int year = static_cast<int>(clock_.today().year());
  COLO_TRY(auto n, levels_store::next_number(tx, "action", year));
  in.number = numbered("IA", year, n);
  in.status = "open";
  in.created_by_name = actor(ctx);
  in.created_at = in.updated_at = format_instant(clock_.now());
  COLO_TRY(in.id, levels_store::insert_action(tx, in));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"servicedesk.action", std::to_string(in.id), "create", nullptr, action_audit(in), std::nullopt}));
  COLO_CHECK(tx.commit());
  in.overdue = false;
  return in;
}

Result<ImprovementAction> ServiceLevels::step_action(const Context& ctx, std::int64_t id, const ActionStep& s) {
  if (!ctx.can(kWrite) || ctx.tenant()) return Error::forbidden();
  if (s.action == "verify" && (!s.verification || s.verification->empty()))
    return Error::validation({{"verification", "required", "how the effect was checked"}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, levels_store::find_action(tx, id));
  if (!found) return Error::not_found("Improvement action");
  auto a = *found;
  if (s.row_version && *s.row_version != a.row_version)
    return Error::conflict("service_levels.action.changed", "The action was changed meanwhile.");
  COLO_TRY(auto next, action_next(a.status, s.action));
  const auto before = action_audit(a);
  const int version = a.row_version;
  const auto now = format_instant(clock_.now());
  if (s.action == "verify") {
    a.verification = s.verification;
    a.verified_by_name = actor(ctx);
    a.verified_at = now;
  }
  if (next == "closed") a.closed_at = now;
  a.status = next;
  a.updated_at = now;
  COLO_TRY(bool done, levels_store::update_action(tx, a, version));
  if (!done) return Error::conflict("service_levels.action.changed", "The action was changed meanwhile.");
  ++a.row_version;
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"servicedesk.action", std::to_string(a.id), s.action, before, action_audit(a), std::nullopt}));
  COLO_CHECK(tx.commit());
  a.overdue = action_overdue(a.status, a.due_date, clock_.today());
  return a;
}

Result<std::vector<ImprovementAction>> ServiceLevels::actions(const Context& ctx, bool overdue_only) {
  if (!ctx.can(kRead) || ctx.tenant()) return Error::forbidden();
  const auto today = clock_.today();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto out,
           levels_store::actions(tx, overdue_only ? std::optional<std::string>(format_date(today)) : std::nullopt));
  for (auto& a : out) a.overdue = action_overdue(a.status, a.due_date, today);
  return out;
}

Result<std::int64_t> ServiceLevels::overdue_actions(const Context& ctx) {
  if (!ctx.can(kRead) || ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return levels_store::count_overdue(tx, format_date(clock_.today()));
}

}  // namespace colo::servicedesk
