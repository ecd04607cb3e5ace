// Inventory records (R2, R4.3.1, R5.1): sites, rooms, rows, racks, power feeds, device types,
// devices, reservations, interfaces. Plain structs; positions and heights are in half units (hu):
// U1 spans hu [2, 4), so a 2U device at U10 has bottom_hu 20 and height_hu 4. Power is in watts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace colo::dcim {

inline const std::vector<std::string> kRackStatuses = {"planned", "active", "reserved", "decommissioned"};
inline const std::vector<std::string> kDeviceStatuses = {"planned", "installed", "active", "maintenance",
                                                         "decommissioned"};
inline const std::vector<std::string> kDeviceRoles = {"server", "switch",  "router", "firewall",
                                                      "pdu",    "storage", "other"};
inline const std::vector<std::string> kFeedStatuses = {"active", "planned", "offline"};

struct Site {
  std::int64_t id = 0;
  std::string name, slug, address, time_zone;
  std::int64_t uplink_mbps = 0;
  std::string created_at, updated_at;
};

// A room (机房) with the environment limits its equipment needs (R4.1.1).
struct Room {
  std::int64_t id = 0;
  std::int64_t site_id = 0;
  std::string site_name;
  std::string name, floor;
  double temp_min_c = 18, temp_max_c = 27, humidity_min_pct = 20, humidity_max_pct = 80;
  std::string created_at, updated_at;
};

// A row of racks in a room. Rows are named by their racks (a rack's `row`), not stored apart.
struct RackRow {
  std::int64_t room_id = 0, site_id = 0;
  std::string room_name, name;
  std::int64_t racks = 0;
};

struct Rack {
  std::int64_t id = 0;
  std::int64_t room_id = 0, site_id = 0;
  std::string room_name, site_name;
  std::string row_name, name;
  std::optional<std::string> facility_id;
  int u_height = 42;
  bool descending = false;
  // The capacity of the rack's active feeds per side (the sum of dcim_power_feeds.capacity_w).
  std::int64_t power_a_w = 0, power_b_w = 0;
  double max_weight_kg = 1000;
  std::string status = "active";
  std::optional<std::int64_t> customer_id;  // dedicated rack or cage
  std::string created_at, updated_at;
};

// One power feed into a rack from the room's distribution (NetBox: power feed). The rack's
// capacity per side is the sum of its active feeds on that side.
struct PowerFeed {
  std::int64_t id = 0;
  std::int64_t rack_id = 0, site_id = 0;
  std::string rack_name;
  std::string name, side = "A";  // A | B
  int voltage = 230;
  int amperage = 32;
  std::string phase = "single";  // single | three
  int max_utilisation_pct = 80;  // the share of the breaker rating that may be loaded
  std::int64_t capacity_w = 0;
  std::string status = "active";  // active | planned | offline
  std::string panel;              // the upstream panel or UPS, free text
  std::string created_at, updated_at;
};

struct InterfaceTemplate {
  std::string name, type;
  bool mgmt_only = false;
  std::optional<std::int64_t> speed_mbps;  // derived from the type when known
};

struct PowerPortTemplate {
  std::string name, type;
  std::optional<std::int64_t> maximum_draw_w, allocated_draw_w;
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
  std::vector<PowerPortTemplate> power_port_templates;
  std::int64_t device_count = 0;
};

// One line of a device's lifecycle history (received, racked, moved, removed, status, ...),
// written by the service only.
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
  std::string manufacturer, model;
  int height_hu = 0;
  bool full_depth = true;
  std::int64_t max_power_w = 0;
  std::optional<double> weight_kg;
  std::string name, serial;
  std::optional<std::string> asset_tag;
  std::string role = "server", status = "planned";
  std::optional<std::int64_t> customer_id, site_id, room_id, rack_id;
  std::string site_name, room_name, rack_name;
  std::optional<int> bottom_hu;
  std::optional<std::string> face;
  bool redundant_power = true;
  std::string feed = "A";  // the feed a single-corded device is on
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
  std::string scope;    // site | room | row | rack
  std::int64_t id = 0;  // of the site, room or rack; of the room for a row
  std::string name;     // the row's name for a row
  std::int64_t racks = 0;
  std::int64_t units_total = 0;     // in half units
  std::int64_t units_front_hu = 0;  // occupied on the front face (full-depth counts on both)
  std::int64_t units_rear_hu = 0;
  std::int64_t units_used_hu = 0;  // occupied on either face
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
  std::optional<std::int64_t> room_id, rack_id;
};

// What another module needs to know about an interface or a device (ipam, applications).
struct InterfaceInfo {
  std::int64_t id = 0;
  std::string name;
  std::int64_t device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> site_id, room_id, rack_id;
};
struct DeviceInfo {
  std::int64_t id = 0;
  std::string name, role, status;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> site_id, room_id, rack_id;
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

// What a CSV import did; nothing is written when `errors` is not empty.
struct CsvReport {
  int created = 0, updated = 0, unchanged = 0;
};

// What a bulk change did: objects changed, and objects that already were as asked.
struct BulkReport {
  int updated = 0, unchanged = 0;
};

// One rack as a placement search sees it (applications, contracts): loaded for thousands of
// racks at once by capacity_snapshot with a few aggregate queries.
struct UnitSpan {
  int bottom_hu = 0, height_hu = 0;
  std::optional<std::int64_t> customer_id;
  bool full_depth = true;
};
struct HeldUnits {
  std::int64_t reservation_id = 0;
  std::int64_t customer_id = 0;
  int bottom_hu = 0, height_hu = 0;
  std::string expires_at;
};
struct RackCapacity {
  std::int64_t id = 0;
  std::string name, row_name;
  std::int64_t room_id = 0, site_id = 0;
  std::string room_name, site_name;
  int u_height = 42;
  std::string status;
  std::optional<std::int64_t> customer_id;            // dedicated to
  std::vector<UnitSpan> front, rear;                  // occupied; a full-depth device is in both
  std::vector<HeldUnits> reservations;                // live ones
  std::int64_t power_a_w = 0, power_b_w = 0;          // capacity per side
  std::int64_t allocated_a_w = 0, allocated_b_w = 0;  // max draw counted per side
  double max_weight_kg = 0, weight_kg = 0;
};

}  // namespace colo::dcim
