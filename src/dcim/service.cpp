#include "dcim/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "customers/service.hpp"
#include "db/count_cache.hpp"
#include "dcim/library.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

Service::Service(db::Database& db, const Clock& clock, customers::Service& customers)
    : db_(db), clock_(clock), customers_(customers), counts_(std::make_unique<db::CountCache>()) {}
Service::~Service() = default;

std::string Service::now() const { return format_instant(clock_.now()); }

// ---- for other modules ------------------------------------------------------------------------

Result<InterfaceInfo> Service::interface_for_update(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_CHECK(store::lock_interface(tx, id));
  COLO_TRY(auto i, store::find_interface(tx, id));
  if (!i) return Error::not_found("Interface");
  return InterfaceInfo{i->id,          i->name,    i->device_id, i->device_name,
                       i->customer_id, i->site_id, i->room_id,   i->rack_id};
}

Result<DeviceInfo> Service::device_info(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto d, store::find_device(tx, id));
  if (!d) return Error::not_found("Device");
  return DeviceInfo{d->id, d->name, d->role, d->status, d->customer_id, d->site_id, d->room_id, d->rack_id};
}

Result<std::vector<Interface>> Service::interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::interfaces_by_id(tx, ids);
}

Result<std::vector<Device>> Service::devices_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::devices_by_id(tx, ids);
}

Result<std::vector<Interface>> Service::interfaces_of_devices(db::Tx& tx, const std::vector<std::int64_t>& device_ids) {
  return store::interfaces_of_devices(tx, device_ids);
}

Result<std::vector<std::int64_t>> Service::customer_devices(db::Tx& tx, std::int64_t customer_id) {
  return store::customer_devices(tx, customer_id);
}

Result<bool> Service::site_exists(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto s, store::find_site(tx, id));
  return s.has_value();
}

Result<std::optional<Site>> Service::site_by_slug(db::Tx& tx, const std::string& slug) {
  return store::find_site_by_slug(tx, slug);
}

Result<std::optional<Site>> Service::find_site(db::Tx& tx, std::int64_t id) { return store::find_site(tx, id); }

Result<std::optional<Room>> Service::find_room(db::Tx& tx, std::int64_t id) { return store::find_room(tx, id); }

Result<std::optional<DeviceType>> Service::find_device_type(db::Tx& tx, std::int64_t id) {
  return store::find_type(tx, id);
}

Result<std::vector<Rack>> Service::racks_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::racks_by_id(tx, ids);
}

Result<std::vector<RackCapacity>> Service::capacity_snapshot(db::Tx& tx, std::optional<std::int64_t> site_id,
                                                             std::optional<std::int64_t> room_id) {
  return store::capacity(tx, site_id, room_id, now());
}

Result<Device> Service::create_device(db::Tx& tx, const Context& ctx, const DeviceInput& in) {
  COLO_TRY(auto saved, save_device_in(tx, ctx, std::nullopt, in));
  return std::move(saved.device);
}

Result<Device> Service::update_device(db::Tx& tx, const Context& ctx, std::int64_t id, const DeviceInput& in) {
  COLO_TRY(auto saved, save_device_in(tx, ctx, id, in));
  return std::move(saved.device);
}

Result<std::int64_t> Service::custom_device_type(db::Tx& tx, const Context& ctx, const std::string& label,
                                                 int height_hu, bool full_depth, std::int64_t max_power_w,
                                                 std::optional<double> weight_kg) {
  if (label.empty() || height_hu < 0 || height_hu > 200 || max_power_w < 0)
    return Error::validation({{"label", "invalid", "A label, a height of 0 to 100 U and a draw of 0 W or more."}});
  // The figures are part of the model's name, so that equal labels with other figures differ.
  std::string model = label + " (" + u_text(height_hu).substr(1) + "U, " + std::to_string(max_power_w) + " W" +
                      (full_depth ? "" : ", half depth") + ")";
  if (height_hu == 0) model = label + " (0U, " + std::to_string(max_power_w) + " W)";
  const std::string manufacturer = "Customer equipment";
  COLO_TRY(auto existing, store::find_type_by_model(tx, manufacturer, model));
  if (existing) return existing->id;
  DeviceType t;
  t.manufacturer = manufacturer;
  t.model = model;
  t.slug = slugify(manufacturer + "-" + model);
  t.height_hu = height_hu;
  t.full_depth = full_depth;
  t.max_power_w = t.typical_power_w = max_power_w;
  t.weight_kg = weight_kg;
  COLO_TRY(auto id, store::insert_type(tx, t, "custom", now()));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.device_type", std::to_string(id), "create", nullptr,
                            json::object{{"manufacturer", manufacturer}, {"model", model}}, std::nullopt}));
  return id;
}

}  // namespace colo::dcim
