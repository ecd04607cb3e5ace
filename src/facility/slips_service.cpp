// Equipment slips (设备出入库): requested by the customer or staff, approved before the move,
// released by finance when billing says a contract's devices may not leave yet, completed with
// the ledger's devices changing state in the same transaction.
#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "facility/service.hpp"
#include "facility/store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

json::value slip_audit(const Slip& s) {
  json::array items;
  for (const auto& i : s.items) {
    json::object o{{"serial", i.serial}, {"description", i.description}};
    if (i.device_id) o["device_id"] = *i.device_id;
    if (i.contract_id) o["contract_id"] = *i.contract_id;
    items.push_back(std::move(o));
  }
  return json::object{{"direction", s.direction},
                      {"status", s.status},
                      {"planned_on", s.planned_on},
                      {"needs_release", s.needs_release},
                      {"items", items}};
}

}  // namespace

Result<bool> Service::finance_hold(db::Tx& tx, const Slip& s) {
  if (s.direction != "out") return false;
  for (const auto& item : s.items) {
    if (!item.device_id) continue;
    COLO_TRY(auto contracts, premises_.device_contracts(tx, *item.device_id));
    for (auto contract : contracts) {
      COLO_TRY(auto held, premises_.needs_finance_release(tx, contract));
      if (held) return true;
    }
  }
  return false;
}

Result<db::Counted<Slip>> Service::slips(const Context& ctx, const SlipFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_slips(tx, ctx, f);
}

Result<Slip> Service::load_slip(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto s, store::find_slip(tx, id));
  if (!s || !ctx.sees(s->customer_id)) return Error::not_found("Equipment slip");
  return std::move(*s);
}

Result<Slip> Service::slip(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_slip(tx, ctx, id);
}

Result<Slip> Service::request_slip(const Context& ctx, const SlipInput& in) {
  std::optional<std::int64_t> customer = ctx.tenant() ? ctx.tenant() : in.customer_id;
  std::vector<FieldError> errors;
  if (!customer) errors.push_back({"customer_id", "required", "The customer whose devices move."});
  auto day = parse_date(in.planned_on);
  if (day && *day < clock_.today())
    errors.push_back({"planned_on", "facility.slip.planned_in_past", "The planned day has passed."});
  if (in.items.empty()) errors.push_back({"items", "required", "List the devices that move."});
  for (std::size_t i = 0; i < in.items.size(); ++i)
    if (!in.items[i].device_id && in.items[i].serial.empty())
      errors.push_back({"items/" + std::to_string(i) + "/serial", "facility.slip.item_unnamed",
                        "A ledger device or the serial number of a new one."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Slip s;
  s.items = in.items;
  for (auto& item : s.items) {
    item.contract_id.reset();
    if (!item.device_id) continue;
    COLO_TRY(auto owner, premises_.device_owner(tx, *item.device_id));
    // Another customer's device is answered like an unknown one: its existence is not told.
    if (!owner || *owner != customer)
      return Error::unprocessable("facility.slip.foreign_device", "The device is not one of the customer's.");
    // The contract shown on the slip is the ledger's, never the requester's word.
    COLO_TRY(auto contracts, premises_.device_contracts(tx, *item.device_id));
    if (!contracts.empty()) item.contract_id = contracts.front();
  }
  s.customer_id = *customer;
  s.direction = in.direction;
  s.planned_on = in.planned_on;
  s.note = in.note;
  s.requested_by = actor(ctx);
  s.created_at = format_instant(clock_.now());
  COLO_TRY(s.id, store::insert_slip(tx, s));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.slip", std::to_string(s.id), "create", nullptr, slip_audit(s), s.customer_id}));
  COLO_TRY(auto out, load_slip(tx, ctx, s.id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<Slip> Service::decide_slip(const Context& ctx, std::int64_t id, bool approve) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto s, load_slip(tx, ctx, id));
  if (s.status != "requested")
    return Error::conflict("facility.slip.already_decided", "The slip has already been approved or rejected.");
  auto before = slip_audit(s);
  s.status = approve ? "approved" : "rejected";
  if (approve) {
    COLO_TRY(s.needs_release, finance_hold(tx, s));
  }
  s.decided_by = actor(ctx);
  s.decided_at = format_instant(clock_.now());
  COLO_CHECK(store::update_slip(tx, s));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.slip", std::to_string(id), approve ? "approve" : "reject", before, slip_audit(s), s.customer_id}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<Slip> Service::release_slip(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto s, load_slip(tx, ctx, id));
  if (s.status != "approved" || !s.needs_release || s.released_at)
    return Error::conflict("facility.slip.nothing_to_release", "The slip does not wait for finance's release.");
  auto before = slip_audit(s);
  s.released_by = actor(ctx);
  s.released_at = format_instant(clock_.now());
  COLO_CHECK(store::update_slip(tx, s));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.slip", std::to_string(id), "release", before, slip_audit(s), s.customer_id}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<Slip> Service::complete_slip(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto s, load_slip(tx, ctx, id));
  if (s.status != "approved")
    return Error::conflict("facility.slip.not_approved", "Only an approved slip can be completed.");
  auto before = slip_audit(s);
  if (!s.needs_release && !s.released_at) {
    // Billing may have suspended a contract or seen an invoice go overdue since the approval.
    COLO_TRY(auto held, finance_hold(tx, s));
    if (held) {
      s.needs_release = true;
      COLO_CHECK(store::update_slip(tx, s));
      COLO_CHECK(audit::record(tx, ctx, clock_,
                               {"facility.slip", std::to_string(id), "hold", before, slip_audit(s), s.customer_id}));
      COLO_CHECK(tx.commit());
    }
  }
  if (s.needs_release && !s.released_at)
    return Error::conflict("facility.slip.release_required", "Finance has not released these devices yet.");
  const std::string state = s.direction == "in" ? "installed" : "decommissioned";
  for (const auto& item : s.items)
    if (item.device_id) COLO_CHECK(premises_.set_device_state(tx, ctx, *item.device_id, state));
  s.status = "completed";
  s.completed_by = actor(ctx);
  s.completed_at = format_instant(clock_.now());
  COLO_CHECK(store::update_slip(tx, s));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.slip", std::to_string(id), "complete", before, slip_audit(s), s.customer_id}));
  COLO_CHECK(tx.commit());
  return s;
}

}  // namespace colo::facility
