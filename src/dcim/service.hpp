// The inventory service: sites, rooms, racks, device types (with the NetBox library import),
// devices with placement and power rules, reservations, interfaces and utilisation.
// Customers see their own devices and reservations and the racks they occupy (R6.2.2).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "dcim/model.hpp"

namespace colo::customers {
class Service;
}

namespace colo::dcim {

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
  std::optional<std::int64_t> power_a_w, power_b_w;
  std::optional<double> max_weight_kg;
  std::optional<std::optional<std::int64_t>> customer_id;
};
struct DeviceInput {
  std::optional<std::int64_t> device_type_id;
  std::optional<std::string> name, serial, role, status, mgmt_address, config_notes, feed;
  std::optional<std::optional<std::string>> asset_tag, face;
  std::optional<std::optional<std::int64_t>> customer_id, rack_id;
  std::optional<std::optional<double>> position;  // lowest U, half-U steps
  std::optional<bool> redundant_power;
  bool force_power = false;
};

struct ElevationUnit {
  int bottom_hu = 0, height_hu = 0;
  std::string kind;  // device | reserved
  std::optional<std::int64_t> device_id, customer_id, reservation_id;
  std::string label;
  std::string face;  // front | rear | both
};
struct Elevation {
  Rack rack;
  std::vector<ElevationUnit> units;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, customers::Service& customers)
      : db_(db), clock_(clock), customers_(customers) {}

  Result<std::pair<std::int64_t, std::vector<Site>>> sites(const Context& ctx, const ListQuery& q);
  Result<Site> site(const Context& ctx, std::int64_t id);
  Result<Site> save_site(const Context& ctx, std::optional<std::int64_t> id, const SiteInput& in);

  Result<std::pair<std::int64_t, std::vector<Room>>> rooms(const Context& ctx, const ListQuery& q);
  Result<Room> room(const Context& ctx, std::int64_t id);
  Result<Room> save_room(const Context& ctx, std::optional<std::int64_t> id, const RoomInput& in);

  Result<std::pair<std::int64_t, std::vector<Rack>>> racks(const Context& ctx, const ListQuery& q);
  Result<Rack> rack(const Context& ctx, std::int64_t id);
  Result<Rack> save_rack(const Context& ctx, std::optional<std::int64_t> id, const RackInput& in);
  Result<Elevation> elevation(const Context& ctx, std::int64_t rack_id);

  Result<std::pair<std::int64_t, std::vector<DeviceType>>> device_types(const Context& ctx, const ListQuery& q);
  Result<DeviceType> device_type(const Context& ctx, std::int64_t id);
  // NetBox device-type library YAML documents: {file name, text}.
  Result<ImportReport> import_device_types(const Context& ctx,
                                           const std::vector<std::pair<std::string, std::string>>& files);
  Result<ImportReport> import_device_type_dir(const Context& ctx, const std::string& dir);

  Result<std::pair<std::int64_t, std::vector<Device>>> devices(const Context& ctx, const ListQuery& q);
  Result<Device> device(const Context& ctx, std::int64_t id);
  Result<Device> save_device(const Context& ctx, std::optional<std::int64_t> id, const DeviceInput& in);
  Result<Maintenance> add_maintenance(const Context& ctx, std::int64_t device_id, const Maintenance& m);

  Result<std::pair<std::int64_t, std::vector<Reservation>>> reservations(const Context& ctx, const ListQuery& q);
  Result<Reservation> reserve(const Context& ctx, std::int64_t rack_id, std::int64_t customer_id,
                              double position, double units, Instant expires_at, const std::string& reason);
  Status release_reservation(const Context& ctx, std::int64_t id);

  Result<std::pair<std::int64_t, std::vector<Interface>>> interfaces(const Context& ctx, const ListQuery& q,
                                                                     std::optional<std::int64_t> device);

  // scope: "site", "room" or "rack"; id of that object, or nullopt for every one of the scope.
  Result<std::vector<Utilisation>> utilisation(const Context& ctx, const std::string& scope,
                                               std::optional<std::int64_t> id);

  // Demo and benchmark data: racks filled with devices of the given types in one transaction,
  // audited as one entry. Devices go bottom-up with no gaps; racks get power for them.
  struct BulkFill {
    std::int64_t room_id = 0;
    std::string row_prefix = "A";
    int racks = 10, racks_per_row = 10, devices_per_rack = 10;
    std::vector<std::int64_t> device_type_ids;       // chosen round-robin
    std::vector<std::optional<std::int64_t>> owners;  // per rack, round-robin; nullopt = operator
    std::vector<std::optional<std::int64_t>> dedicated;  // per rack, round-robin: rack owner
    std::string name_prefix = "dev";
    bool with_interfaces = true;
    std::int64_t rack_power_w = 8000;  // per feed  // from the types' templates; off for the 100,000-device set
  };
  Result<std::int64_t> bulk_fill(const Context& ctx, const BulkFill& fill);

  // For other modules, inside their transaction, without tenancy (the caller checks).
  Result<std::vector<Interface>> interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids);
  Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, std::int64_t customer_id);
  Result<bool> site_exists(db::Tx& tx, std::int64_t id);
  Result<std::optional<Site>> site_by_slug(db::Tx& tx, const std::string& slug);

 private:
  Status write_rack_rules(db::Tx& tx, const Context& ctx, const Device& d, bool force);
  Result<std::optional<Rack>> load_rack(db::Tx& tx, std::int64_t id);
  Result<std::optional<Device>> load_device(db::Tx& tx, std::int64_t id);
  Status event(db::Tx& tx, const Context& ctx, std::int64_t device_id, const std::string& kind,
               const std::string& detail);
  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
};

}  // namespace colo::dcim
