// The inventory's SQL: every query of the dcim_* tables, and only of them, over a db::Tx the
// service opened. Lists paginate and aggregates group in SQL; nothing here runs a query per row.
// Customers' confinement is applied here, in two rules: devices, reservations and interfaces by
// their customer_id (db::tenant_filter), racks (and what hangs on them: rows, feeds, utilisation)
// by rack_visibility — the racks a customer owns, holds a device in, or has a live reservation in.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "dcim/elevation.hpp"
#include "dcim/model.hpp"
#include "dcim/rules.hpp"

namespace colo::db {
class CountCache;
}

namespace colo::dcim::store {

template <typename T>
using Paged = db::Counted<T>;  // {count of the filter, one page}

// A negative limit means every row (the CSV export).

// ---- sites and rooms
Result<Paged<Site>> list_sites(db::Tx& tx, const ListQuery& q);
Result<std::optional<Site>> find_site(db::Tx& tx, std::int64_t id);
Result<std::optional<Site>> find_site_by_slug(db::Tx& tx, const std::string& slug);
// By exact name or slug (CSV columns).
Result<std::optional<Site>> find_site_by_key(db::Tx& tx, const std::string& name_or_slug);
Result<std::int64_t> insert_site(db::Tx& tx, const Site& s, const std::string& now);
Result<std::int64_t> update_site(db::Tx& tx, const Site& s, const std::string& now);

Result<Paged<Room>> list_rooms(db::Tx& tx, const ListQuery& q);
Result<std::optional<Room>> find_room(db::Tx& tx, std::int64_t id);
Result<std::optional<Room>> find_room_by_name(db::Tx& tx, std::int64_t site_id, const std::string& name);
Result<std::int64_t> insert_room(db::Tx& tx, const Room& m, const std::string& now);
Result<std::int64_t> update_room(db::Tx& tx, const Room& m, const std::string& now);

// Rows: the distinct row names of the visible racks, with their rack counts.
Result<Paged<RackRow>> list_rows(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now);

// ---- racks and feeds
Result<Paged<Rack>> list_racks(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now);
Result<std::optional<Rack>> find_rack(db::Tx& tx, std::int64_t id);
// nullopt also when the caller may not see the rack.
Result<std::optional<Rack>> find_visible_rack(db::Tx& tx, const Context& ctx, std::int64_t id, const std::string& now);
Result<std::optional<Rack>> find_rack_by_name(db::Tx& tx, std::int64_t room_id, const std::string& name);
Result<std::vector<Rack>> racks_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
Result<std::int64_t> insert_rack(db::Tx& tx, const Rack& k, const std::string& now);
Result<std::int64_t> update_rack(db::Tx& tx, const Rack& k, const std::string& now);
// The highest half unit any placed device reaches (0 when none), and how many devices the rack holds.
Result<int> rack_top_hu(db::Tx& tx, std::int64_t rack_id);
Result<std::int64_t> rack_device_count(db::Tx& tx, std::int64_t rack_id);
// Whether the rack holds a device of a customer other than `customer_id`.
Result<bool> rack_holds_other_customers(db::Tx& tx, std::int64_t rack_id, std::int64_t customer_id);

Result<Paged<PowerFeed>> list_feeds(db::Tx& tx, const Context& ctx, const ListQuery& q, const std::string& now);
Result<std::optional<PowerFeed>> find_feed(db::Tx& tx, std::int64_t id);
Result<std::vector<PowerFeed>> feeds_of_rack(db::Tx& tx, std::int64_t rack_id);
Result<std::int64_t> insert_feed(db::Tx& tx, const PowerFeed& f, const std::string& now);
Result<std::int64_t> update_feed(db::Tx& tx, const PowerFeed& f, const std::string& now);
// Sets the rack's power_a_w/power_b_w to the sum of its active feeds per side.
Status refresh_rack_power(db::Tx& tx, std::int64_t rack_id);

// ---- the facts the placement and power rules need about one rack
Result<std::vector<Occupant>> rack_occupants(db::Tx& tx, std::int64_t rack_id, std::int64_t except_device);
Result<std::vector<Reserved>> live_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now);
struct RackLoad {
  std::int64_t allocated_a_w = 0, allocated_b_w = 0;
  double weight_kg = 0;
};
// Devices not decommissioned count their maximum draw (redundant ones on both sides); every
// device in the rack counts its weight.
Result<RackLoad> rack_load(db::Tx& tx, std::int64_t rack_id, std::int64_t except_device);

// ---- device types
Result<Paged<DeviceType>> list_types(db::Tx& tx, const ListQuery& q);
Result<std::optional<DeviceType>> find_type(db::Tx& tx, std::int64_t id);
Result<std::optional<DeviceType>> find_type_by_model(db::Tx& tx, const std::string& manufacturer,
                                                     const std::string& model);
Status load_type_templates(db::Tx& tx, DeviceType& t);
Result<std::int64_t> type_device_count(db::Tx& tx, std::int64_t id);
// manufacturer + "\n" + model -> {id, content hash}.
Result<std::map<std::string, std::pair<std::int64_t, std::string>>> type_hashes(db::Tx& tx);
Result<std::int64_t> insert_type(db::Tx& tx, const DeviceType& t, const std::string& hash, const std::string& now);
Status update_type(db::Tx& tx, std::int64_t id, const DeviceType& t, const std::string& hash, const std::string& now);
// The content hash of a type made or edited by hand: never equal to a library document's, so a
// later import of the same manufacturer + model replaces the hand figures with the library's.
inline constexpr std::string_view kHandMadeTypeHash = "manual";
// Every field a hand edit may change, manufacturer and model included.
Status update_type_by_hand(db::Tx& tx, const DeviceType& t, const std::string& now);
Status replace_type_templates(db::Tx& tx, std::int64_t id, const DeviceType& t);

// ---- devices
Result<Paged<Device>> list_devices(db::Tx& tx, db::CountCache& counts, const Context& ctx, const ListQuery& q);
Result<std::optional<Device>> find_device(db::Tx& tx, std::int64_t id);
// Devices of that name at the site (site nullopt: devices at no site).
Result<std::vector<Device>> find_devices_by_name(db::Tx& tx, std::optional<std::int64_t> site_id,
                                                 const std::string& name);
// The device holding the asset tag, when any.
Result<std::optional<std::int64_t>> asset_tag_holder(db::Tx& tx, const std::string& asset_tag);
Result<std::int64_t> insert_device(db::Tx& tx, const Device& d, const std::string& now);
Result<std::int64_t> update_device(db::Tx& tx, const Device& d, const std::string& now);
// The device's interfaces from its type's templates.
Status instantiate_interfaces(db::Tx& tx, std::int64_t device_id, std::int64_t device_type_id);
Status insert_event(db::Tx& tx, std::int64_t device_id, const DeviceEvent& e);
Status load_history(db::Tx& tx, Device& d);
Result<std::int64_t> insert_maintenance(db::Tx& tx, std::int64_t device_id, const Maintenance& m,
                                        const std::string& now);
Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, std::int64_t customer_id);

// ---- reservations
Result<Paged<Reservation>> list_reservations(db::Tx& tx, const Context& ctx, const ListQuery& q,
                                             const std::string& now);
Result<std::optional<Reservation>> find_reservation(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_reservation(db::Tx& tx, const Reservation& r);
Status release_reservation(db::Tx& tx, std::int64_t id, const std::string& now);

// ---- interfaces
Result<Paged<Interface>> list_interfaces(db::Tx& tx, const Context& ctx, const ListQuery& q,
                                         std::optional<std::int64_t> device);
Result<std::optional<Interface>> find_interface(db::Tx& tx, std::int64_t id);
Result<std::vector<Interface>> interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
// Every interface of these devices, by device and name.
Result<std::vector<Interface>> interfaces_of_devices(db::Tx& tx, const std::vector<std::int64_t>& device_ids);
Result<std::vector<Device>> devices_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
// Takes the row lock of the interface for the rest of the transaction (PostgreSQL; SQLite's
// write transaction holds the database lock already).
Status lock_interface(db::Tx& tx, std::int64_t id);
Status update_interface(db::Tx& tx, const Interface& i);

// ---- utilisation, elevation, capacity
// scope: site | room | row | rack; `id` narrows to one site, room (for rows: the room) or rack;
// `site` and `room` to the racks there, `rack_ids` (when not empty) to those racks. A customer gets the racks it may
// see, with only its own devices, reservations and ports counted in them.
Result<std::vector<Utilisation>> utilisation(db::Tx& tx, const Context& ctx, const std::string& scope,
                                             std::optional<std::int64_t> id, std::optional<std::int64_t> site,
                                             std::optional<std::int64_t> room, const std::string& now,
                                             const std::vector<std::int64_t>& rack_ids = {});
// The placed devices of a rack (0U left out) for drawing, owners included.
struct PlacedDevice {
  std::int64_t id = 0;
  std::string name;
  int bottom_hu = 0, height_hu = 0;
  std::string face;
  bool full_depth = true;
  std::optional<std::int64_t> customer_id;
};
Result<std::vector<PlacedDevice>> placed_devices(db::Tx& tx, std::int64_t rack_id);
Result<std::vector<Reservation>> rack_reservations(db::Tx& tx, std::int64_t rack_id, const std::string& now);
// Every rack of the scope with its occupancy, live reservations, power and weight: four queries
// whatever the number of racks.
Result<std::vector<RackCapacity>> capacity(db::Tx& tx, std::optional<std::int64_t> site_id,
                                           std::optional<std::int64_t> room_id, const std::string& now);

// ---- bulk loading (demo and benchmark data)
struct BulkDevice {
  std::int64_t device_type_id = 0;
  std::string name, serial, role = "server", status = "active";
  std::optional<std::int64_t> customer_id;
  std::int64_t site_id = 0, room_id = 0, rack_id = 0;
  std::optional<int> bottom_hu;
  std::string face = "front";
  bool redundant_power = true;
  std::string feed = "A";
};
// Multi-row INSERTs of up to 50 rows each.
Status insert_devices(db::Tx& tx, const std::vector<BulkDevice>& devices, const std::string& now);
// Interfaces for every device of the rack from their types' templates.
Status instantiate_rack_interfaces(db::Tx& tx, std::int64_t rack_id);

}  // namespace colo::dcim::store
