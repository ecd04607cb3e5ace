// The inventory service (R2, R4.3.1, R4.3.2, R5.1): sites, rooms, rows, racks and their power
// feeds, device types (with the NetBox library import), the device ledger with its placement,
// power and weight rules and its lifecycle history, reservations of rack units, interfaces,
// utilisation, elevations and the CSV import and export of racks and devices.
//
// Tenancy (R6.2.2): a customer principal sees its own devices, reservations and interfaces and
// the racks it occupies (owns, holds a device in, or has a live reservation in); any other
// customer's object answers not_found. Sites, rooms and device types are shared infrastructure.
// Every write is audited in its transaction. Thread safety: stateless; one instance serves all
// threads.
//
// Files: one facade, implemented per aggregate. service_sites.cpp (sites, rooms, rows),
// service_racks.cpp (racks, power feeds, elevation, utilisation, rack CSV), service_types.cpp
// (device types, library import), service_devices.cpp (devices, maintenance, history, device
// CSV), service_reservations.cpp, service_interfaces.cpp; service.cpp holds the constructor and
// the calls other modules make. Each aggregate's SQL is in the matching store_*.cpp (declared in
// store.hpp; the SELECTs and their row readers in store_rows.hpp; store_bulk.cpp serves the demo
// data loader of src/app), its HTTP routes in one add_*_routes function of routes.cpp, and the
// helpers the service files share in service_internal.hpp. Pure CSV reading and writing is in
// csv.cpp.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "dcim/elevation.hpp"
#include "dcim/model.hpp"

namespace colo::db {
class CountCache;
}

namespace colo::customers {
class Service;
}

namespace colo::dcim {

// Inputs of the writes: a field left empty is not changed (optional<optional<T>>: set to null).
struct SiteInput {
  std::optional<std::string> name, slug, address, time_zone;
  std::optional<std::int64_t> uplink_mbps;
};
struct RoomInput {
  std::optional<std::int64_t> site_id;
  std::optional<std::string> name, floor;
  std::optional<double> temp_min_c, temp_max_c, humidity_min_pct, humidity_max_pct;
};
struct RackInput {
  std::optional<std::int64_t> room_id;
  std::optional<std::string> row_name, name, status;
  std::optional<std::optional<std::string>> facility_id;
  std::optional<int> u_height;
  std::optional<bool> descending;
  // The capacity of side A or B: sets the side's one active feed (created as "Feed A" at 230 V
  // single-phase when the rack has none). A side with several feeds is changed through its feeds.
  std::optional<std::int64_t> power_a_w, power_b_w;
  std::optional<double> max_weight_kg;
  std::optional<std::optional<std::int64_t>> customer_id;
  bool force_power = false;  // allow capacity below the allocated load (dcim.power.force, audited)
};
struct FeedInput {
  std::optional<std::int64_t> rack_id;
  std::optional<std::string> name, side, phase, status, panel;
  std::optional<int> voltage, amperage, max_utilisation_pct;
  // Explicit usable capacity; without it the capacity follows voltage, amperage, phase and limit.
  std::optional<std::optional<std::int64_t>> capacity_w;
  bool force_power = false;
};
struct DeviceInput {
  std::optional<std::int64_t> device_type_id;
  std::optional<std::string> name, serial, role, status, mgmt_address, config_notes, feed;
  std::optional<std::optional<std::string>> asset_tag, face;
  std::optional<std::optional<std::int64_t>> customer_id, rack_id;
  // The site of a device kept in store there, not in a rack; a racked device is at its rack's site.
  std::optional<std::optional<std::int64_t>> site_id;
  std::optional<std::optional<double>> position;  // lowest U, half-U steps
  std::optional<bool> redundant_power;
  bool force_power = false;  // allow over-allocation (dcim.power.force, audited as forced_power)
};
// A device type made by hand (not from the library). Height in half units; power figures in W,
// 0 meaning the figure is not known.
struct DeviceTypeInput {
  std::optional<std::string> manufacturer, model, slug, part_number;
  std::optional<int> height_hu;
  std::optional<bool> full_depth;
  std::optional<std::int64_t> typical_power_w, max_power_w;
  std::optional<std::optional<double>> weight_kg;
};
struct InterfaceInput {
  std::optional<std::optional<std::int64_t>> speed_mbps;
  std::optional<bool> enabled;
  std::optional<std::string> description;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, customers::Service& customers);
  ~Service();

  // ---- sites, rooms, rows
  Result<std::pair<std::int64_t, std::vector<Site>>> sites(const Context& ctx, const ListQuery& q);
  Result<Site> site(const Context& ctx, std::int64_t id);
  Result<Site> save_site(const Context& ctx, std::optional<std::int64_t> id, const SiteInput& in);

  Result<std::pair<std::int64_t, std::vector<Room>>> rooms(const Context& ctx, const ListQuery& q);
  Result<Room> room(const Context& ctx, std::int64_t id);
  Result<Room> save_room(const Context& ctx, std::optional<std::int64_t> id, const RoomInput& in);

  Result<std::pair<std::int64_t, std::vector<RackRow>>> rows(const Context& ctx, const ListQuery& q);

  // ---- racks and power feeds
  Result<std::pair<std::int64_t, std::vector<Rack>>> racks(const Context& ctx, const ListQuery& q);
  Result<Rack> rack(const Context& ctx, std::int64_t id);
  Result<Rack> save_rack(const Context& ctx, std::optional<std::int64_t> id, const RackInput& in);
  Result<Elevation> elevation(const Context& ctx, std::int64_t rack_id);

  Result<std::pair<std::int64_t, std::vector<PowerFeed>>> power_feeds(const Context& ctx, const ListQuery& q);
  Result<PowerFeed> power_feed(const Context& ctx, std::int64_t id);
  Result<PowerFeed> save_power_feed(const Context& ctx, std::optional<std::int64_t> id, const FeedInput& in);

  // ---- device types
  Result<std::pair<std::int64_t, std::vector<DeviceType>>> device_types(const Context& ctx, const ListQuery& q);
  Result<DeviceType> device_type(const Context& ctx, std::int64_t id);
  // Creates (no id) or changes a type by hand, audited. Manufacturer + model are unique (409
  // dcim.device_type.exists); the height and depth of a type with devices cannot change (409
  // dcim.device_type.in_use), since placed devices were checked against them.
  Result<DeviceType> save_device_type(const Context& ctx, std::optional<std::int64_t> id, const DeviceTypeInput& in);
  // NetBox device-type library YAML documents {file name, text}, in one transaction: a type is
  // keyed by manufacturer + model, created, updated when its content changed, else unchanged.
  Result<ImportReport> import_device_types(const Context& ctx,
                                           const std::vector<std::pair<std::string, std::string>>& files);
  // Every *.yaml / *.yml below `dir`; with `only`, those whose path relative to `dir` starts with
  // one of its prefixes ("Dell/PowerEdge-R").
  Result<ImportReport> import_device_type_dir(const Context& ctx, const std::string& dir,
                                              const std::vector<std::string>& only = {});

  // ---- devices (the equipment ledger, 设备台账)
  Result<std::pair<std::int64_t, std::vector<Device>>> devices(const Context& ctx, const ListQuery& q);
  // With its maintenance records and lifecycle history.
  Result<Device> device(const Context& ctx, std::int64_t id);
  Result<Device> save_device(const Context& ctx, std::optional<std::int64_t> id, const DeviceInput& in);
  Result<Maintenance> add_maintenance(const Context& ctx, std::int64_t device_id, const Maintenance& m);

  // ---- reservations of rack units
  Result<std::pair<std::int64_t, std::vector<Reservation>>> reservations(const Context& ctx, const ListQuery& q);
  Result<Reservation> reserve(const Context& ctx, std::int64_t rack_id, std::int64_t customer_id, double position,
                              double units, Instant expires_at, const std::string& reason);
  Status release_reservation(const Context& ctx, std::int64_t id);

  // ---- interfaces
  Result<std::pair<std::int64_t, std::vector<Interface>>> interfaces(const Context& ctx, const ListQuery& q,
                                                                     std::optional<std::int64_t> device);
  Result<Interface> interface(const Context& ctx, std::int64_t id);
  Result<Interface> update_interface(const Context& ctx, std::int64_t id, const InterfaceInput& in);

  // ---- utilisation, aggregated in SQL: scope site, room, row or rack; `id` narrows to one (for
  // a row: its room, with `row` its name); `site` and `room` to the racks there. Decommissioned
  // racks count only in their own (rack) figures.
  // The utilisation of each of these racks (one aggregate query), for a page of the rack list.
  Result<std::vector<Utilisation>> rack_utilisation(const Context& ctx, const std::vector<std::int64_t>& ids);
  Result<std::vector<Utilisation>> utilisation(const Context& ctx, const std::string& scope,
                                               std::optional<std::int64_t> id,
                                               std::optional<std::string> row = std::nullopt,
                                               std::optional<std::int64_t> site = std::nullopt,
                                               std::optional<std::int64_t> room = std::nullopt);

  // ---- CSV (RFC 4180). The export takes the list filters (limit and offset ignored: every row);
  // an export imports back to the same data. An import creates or updates — racks matched by
  // site, room and name, devices by name within their site — in one transaction; when any line
  // is wrong nothing is written and the error (400 dcim.csv.invalid) lists {field: "line N",
  // code, message} for every wrong line.
  Result<std::string> racks_csv(const Context& ctx, ListQuery q);
  Result<CsvReport> import_racks_csv(const Context& ctx, const std::string& text);
  Result<std::string> devices_csv(const Context& ctx, ListQuery q);
  Result<CsvReport> import_devices_csv(const Context& ctx, const std::string& text);

  // ---- Bulk changes from the lists: the same change to many racks or devices, all or nothing, in
  // one transaction, with every rule and the audit entry of the one-object change. When any
  // object cannot be changed nothing is written and the error (422 dcim.bulk.failed) lists
  // {field: "id N", code, message} for every failing id (one the caller cannot see: not_found).
  Result<BulkReport> bulk_update_racks(const Context& ctx, const std::vector<std::int64_t>& ids, const RackInput& in);
  Result<BulkReport> bulk_update_devices(const Context& ctx, const std::vector<std::int64_t>& ids,
                                         const DeviceInput& in);

  // ---- for other modules, inside their transaction. No tenancy is applied (the caller checks
  // ctx.sees on the customer ids returned); writes are audited under ctx.

  // The interface with its device's owner and place, row-locked for the rest of `tx`; not_found.
  Result<InterfaceInfo> interface_for_update(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<DeviceInfo> device_info(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<std::vector<Interface>> interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
  // For the poller: the devices it polls (without history) and all their interfaces, in one query each.
  Result<std::vector<Device>> devices_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
  Result<std::vector<Interface>> interfaces_of_devices(db::Tx& tx, const std::vector<std::int64_t>& device_ids);
  Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, std::int64_t customer_id);
  Result<bool> site_exists(db::Tx& tx, std::int64_t id);
  Result<std::optional<Site>> site_by_slug(db::Tx& tx, const std::string& slug);
  Result<std::optional<Site>> find_site(db::Tx& tx, std::int64_t id);
  Result<std::optional<Room>> find_room(db::Tx& tx, std::int64_t id);
  Result<std::optional<DeviceType>> find_device_type(db::Tx& tx, std::int64_t id);
  Result<std::vector<Rack>> racks_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
  // Every rack of a site or room (or all) as a placement search needs it: occupied spans per face,
  // live reservations, power capacity and allocation per side, weight. A few aggregate queries.
  Result<std::vector<RackCapacity>> capacity_snapshot(db::Tx& tx, std::optional<std::int64_t> site_id,
                                                      std::optional<std::int64_t> room_id);
  // Reserves [bottom_hu, bottom_hu + height_hu) for the customer until expires_at; the units must
  // be free (422 dcim.placement.*). Half units: U10 is hu 20.
  Result<Reservation> reserve_units(db::Tx& tx, const Context& ctx, std::int64_t rack_id, std::int64_t customer_id,
                                    int bottom_hu, int height_hu, Instant expires_at, const std::string& reason);
  // Releases a live reservation; one already released or expired is left alone.
  Status release_reservation(db::Tx& tx, const Context& ctx, std::int64_t id);
  // Creates a device with every rule of save_device (placement, power, history, interfaces).
  Result<Device> create_device(db::Tx& tx, const Context& ctx, const DeviceInput& in);
  // Changes a device inside `tx` with every rule and the history of save_device.
  Result<Device> update_device(db::Tx& tx, const Context& ctx, std::int64_t id, const DeviceInput& in);
  // A device type for equipment described by its figures only (a customer's own server): found or
  // created under the manufacturer "Generic" with the label as its model.
  Result<std::int64_t> custom_device_type(db::Tx& tx, const Context& ctx, const std::string& label, int height_hu,
                                          bool full_depth, std::int64_t max_power_w,
                                          std::optional<double> weight_kg = std::nullopt);

 private:
  struct SavedRack {
    Rack rack;
    bool changed = false;
  };
  struct SavedDevice {
    Device device;
    bool changed = false;
  };
  Result<SavedRack> save_rack_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id, const RackInput& in);
  Status set_side_capacity(db::Tx& tx, const Context& ctx, const Rack& rack, char side, std::int64_t watts);
  Status check_rack_power(db::Tx& tx, const Context& ctx, std::int64_t rack_id, bool force, std::int64_t before_a_w,
                          std::int64_t before_b_w);
  Result<PowerFeed> save_feed_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id, const FeedInput& in);
  Result<SavedDevice> save_device_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id,
                                     const DeviceInput& in);
  // The placement, weight and power rules for a device going into (or staying in) its rack; true
  // when power was over capacity and the caller forced it.
  Result<bool> check_device_rules(db::Tx& tx, const Context& ctx, const Device& d, bool force);
  Status event(db::Tx& tx, const Context& ctx, std::int64_t device_id, const std::string& kind,
               const std::string& detail);
  std::string now() const;

  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
  std::unique_ptr<db::CountCache> counts_;  // device list counts per data version
};

}  // namespace colo::dcim
