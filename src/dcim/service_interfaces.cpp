// dcim::Service: device interfaces.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

// ---- interfaces -------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Interface>>> Service::interfaces(const Context& ctx, const ListQuery& q,
                                                                            std::optional<std::int64_t> device) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_interfaces(tx, ctx, q, device);
}

Result<Interface> Service::interface(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto i, store::find_interface(tx, id));
  if (!i || !ctx.sees(i->customer_id)) return Error::not_found("Interface");
  return std::move(*i);
}

Result<Interface> Service::update_interface(const Context& ctx, std::int64_t id, const InterfaceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_interface(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Interface");
  auto i = *found;
  if (in.speed_mbps) i.speed_mbps = *in.speed_mbps;
  if (in.enabled) i.enabled = *in.enabled;
  if (in.description) i.description = *in.description;
  if (i.speed_mbps && *i.speed_mbps < 0) return Error::validation({{"speed_mbps", "out_of_range", "Not negative."}});
  auto audit_of = [](const Interface& x) {
    return json::object{{"device_id", x.device_id},
                        {"name", x.name},
                        {"speed_mbps", opt(x.speed_mbps)},
                        {"enabled", x.enabled},
                        {"description", x.description}};
  };
  if (i.speed_mbps == found->speed_mbps && i.enabled == found->enabled && i.description == found->description) return i;
  COLO_CHECK(store::update_interface(tx, i));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"dcim.interface", std::to_string(id), "update", audit_of(*found), audit_of(i), i.customer_id}));
  COLO_CHECK(tx.commit());
  return i;
}

}  // namespace colo::dcim
