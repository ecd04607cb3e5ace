// dcim::Service: reservations of rack units for customers.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "customers/service.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

// ---- reservations -----------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Reservation>>> Service::reservations(const Context& ctx,
                                                                                const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_reservations(tx, ctx, q, now());
}

Result<Reservation> Service::reserve(const Context& ctx, std::int64_t rack_id, std::int64_t customer_id,
                                     double position, double units, Instant expires_at, const std::string& reason) {
  if (units <= 0 || std::fmod(units * 2, 1.0) != 0 || std::fmod(position * 2, 1.0) != 0)
    return Error::validation({{"units", "half_unit", "Units and position are in half-unit steps."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto r, reserve_units(tx, ctx, rack_id, customer_id, hu_of_u(position), hu_of_u(units), expires_at, reason));
  COLO_CHECK(tx.commit());
  return r;
}

Result<Reservation> Service::reserve_units(db::Tx& tx, const Context& ctx, std::int64_t rack_id,
                                           std::int64_t customer_id, int bottom_hu, int height_hu, Instant expires_at,
                                           const std::string& reason) {
  std::vector<FieldError> errors;
  if (expires_at <= clock_.now()) errors.push_back({"expires_at", "in_past", "The expiry must be in the future."});
  if (height_hu <= 0) errors.push_back({"units", "out_of_range", "At least half a unit."});
  if (reason.empty()) errors.push_back({"reason", "required", "Say why the units are reserved."});
  COLO_TRY(auto rack, store::find_rack(tx, rack_id));
  if (!rack) errors.push_back({"rack_id", "not_found", "No such rack."});
  COLO_TRY(auto c, customers_.find(tx, customer_id));
  if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  const auto t = now();
  // Reserved units must be free now: no device on either face, no live reservation of anyone.
  COLO_TRY(auto occupants, store::rack_occupants(tx, rack_id, 0));
  if (ctx.tenant())
    for (auto& o : occupants) o.name = "another device";
  COLO_TRY(auto held, store::live_reservations(tx, rack_id, t));
  for (auto& h : held) h.customer_id = -1;  // the customer's own reservations block too
  COLO_CHECK(check_placement({rack->u_height, rack->status, rack->customer_id}, occupants, held,
                             {bottom_hu, height_hu, "front", true, customer_id, std::nullopt}));
  Reservation r{0, rack_id, customer_id, bottom_hu, height_hu, reason, format_instant(expires_at), t, std::nullopt};
  COLO_TRY(r.id, store::insert_reservation(tx, r));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.reservation", std::to_string(r.id), "create", nullptr,
                            json::object{{"rack_id", rack_id},
                                         {"bottom_hu", r.bottom_hu},
                                         {"height_hu", r.height_hu},
                                         {"expires_at", r.expires_at},
                                         {"reason", r.reason}},
                            customer_id}));
  return r;
}

Status Service::release_reservation(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto r, store::find_reservation(tx, id));
  if (!r || !ctx.sees(r->customer_id) || r->released_at) return Error::not_found("Reservation");
  COLO_CHECK(release_reservation(tx, ctx, id));
  return tx.commit();
}

Status Service::release_reservation(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto r, store::find_reservation(tx, id));
  if (!r) return Error::not_found("Reservation");
  if (r->released_at || r->expires_at <= now()) return {};
  COLO_CHECK(store::release_reservation(tx, id, now()));
  return audit::record(tx, ctx, clock_,
                       {"dcim.reservation", std::to_string(id), "release",
                        json::object{{"rack_id", r->rack_id}, {"bottom_hu", r->bottom_hu}, {"height_hu", r->height_hu}},
                        nullptr, r->customer_id});
}

}  // namespace colo::dcim
