// Inventory records (R2, R4.3.1): sites, rooms, racks, device types, devices, reservations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::dcim {

inline const std::vector<std::string> kRackStatuses = {"planned", "active", "reserved", "decommissioned"};
inline const std::vector<std::string> kDeviceStatuses = {"planned", "installed", "active", "maintenance",
                                                         "decommissioned"};
inline const std::vector<std::string> kDeviceRoles = {"server", "switch", "router", "firewall",
                                                      "pdu", "storage", "other"};

struct Site {
  std::int64_t id = 0;
  std::string name, slug, address, time_zone;
  std::int64_t uplink_mbps = 0;
  std::string created_at, updated_at;
};

struct Room {
  std::int64_t id = 0;
  std::int64_t site_id = 0;
  std::string site_name;
  std::string name, floor;
  double temp_min_c = 18, temp_max_c = 27, humidity_min_pct = 20, humidity_max_pct = 80;
  std::string created_at, updated_at;
};

struct Rack {
  std::int64_t id = 0;
  std::int64_t room_id = 0, site_id = 0;
  std::string room_name, site_name;
  std::string row_name, name;
  std::optional<std::string> facility_id;
  int u_height = 42;
  bool descending = false;
  std::int64_t power_a_w = 0, power_b_w = 0;
  double max_weight_kg = 1000;
  std::string status = "active";
  std::optional<std::int64_t> customer_id;
  std::string created_at, updated_at;
};

struct InterfaceTemplate {
  std::string name, type;
  bool mgmt_only = false;
};

struct DeviceType {
  std::int64_t id = 0;
  std::string manufacturer, model, slug, part_number;
  int height_hu = 2;
  bool full_depth = true;
  std::int64_t typical_power_w = 0, max_power_w = 0;
  int power_ports = 0;
  std::optional<double> weight_kg;
  std::vector<InterfaceTemplate> interfaces;
  std::int64_t device_count = 0;
};

struct DeviceEvent {
  std::string kind, detail, actor, at;
};

struct Maintenance {
  std::int64_t id = 0;
  std::string performed_on, performed_by, summary;
  std::optional<std::string> next_due;
};

struct Device {
  std::int64_t id = 0;
  std::int64_t device_type_id = 0;
  std::string type_label;  // "Dell PowerEdge R640"
  int height_hu = 0;
  bool full_depth = true;
  std::int64_t max_power_w = 0;
  std::string name, serial;
  std::optional<std::string> asset_tag;
  std::string role = "server", status = "planned";
  std::optional<std::int64_t> customer_id, site_id, room_id, rack_id;
  std::string rack_name;
  std::optional<int> bottom_hu;
  std::optional<std::string> face;
  bool redundant_power = true;
  std::string feed = "A";
  std::string mgmt_address, config_notes;
  std::string created_at, updated_at;
  std::vector<DeviceEvent> history;
  std::vector<Maintenance> maintenance;
};

struct Reservation {
  std::int64_t id = 0;
  std::int64_t rack_id = 0, customer_id = 0;
  int bottom_hu = 0, height_hu = 0;
  std::string reason, expires_at, created_at;
  std::optional<std::string> released_at;
};

struct Utilisation {
  std::string scope;  // site | room | rack
  std::int64_t id = 0;
  std::string name;
  std::int64_t racks = 0;
  std::int64_t units_total = 0;       // in half units
  std::int64_t units_front_hu = 0;    // occupied on the front face (full-depth counts on both)
  std::int64_t units_rear_hu = 0;
  std::int64_t units_reserved_hu = 0;
  std::int64_t power_a_w = 0, power_b_w = 0;
  std::int64_t allocated_a_w = 0, allocated_b_w = 0;
  std::int64_t devices = 0;
  std::int64_t interfaces = 0, interfaces_enabled = 0;
};

struct Interface {
  std::int64_t id = 0;
  std::int64_t device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> site_id;
  std::string name, type;
  std::optional<std::int64_t> speed_mbps;
  bool mgmt_only = false, enabled = true;
  std::string description;
};

struct ListQuery {
  std::optional<std::int64_t> site, room, rack, customer, type;
  std::optional<std::string> status, role, row, manufacturer, q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct ImportReport {
  int imported = 0, updated = 0, unchanged = 0;
  std::vector<std::pair<std::string, std::string>> skipped;  // file, reason
};

}  // namespace colo::dcim
