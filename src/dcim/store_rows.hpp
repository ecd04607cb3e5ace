// What the files of the dcim store share: the rack visibility rule, and each aggregate's SELECT
// with the mapper that reads its row (kept side by side so that they change together).
// Internal to src/dcim.
#pragma once

#include <string>
#include <string_view>

#include "core/context.hpp"
#include "db/cursor.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "dcim/model.hpp"

namespace colo::dcim::store::detail {

// The data version that list counts of the ledger depend on (devices, racks, device types).
inline constexpr std::string_view kScope = "dcim";

// Racks a customer may see: its own, those holding its devices, those with its live reservations.
// Staff see all. The condition (without AND), "" for staff.
std::string visible_racks(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now);
// " AND <visible_racks>", "" for staff.
std::string rack_visibility(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now);
void confine_to_visible_racks(db::ListSql& sql, const Context& ctx, const std::string& now);

// ---- row mapping
//
// Each mapper reads its SELECT's columns in the order written there (db::Cursor) and ends with
// finish(), so a column added to one and not the other fails every test that reads such a row.

inline constexpr std::string_view kSiteCols =
    "SELECT s.id, s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, s.created_at, s.updated_at FROM dcim_sites s";
inline Site site_from(const db::Row& r) {
  db::Cursor c(r);
  Site s;
  s.id = c.int64();
  s.name = c.text();
  s.slug = c.text();
  s.address = c.text();
  s.time_zone = c.text();
  s.uplink_mbps = c.int64();
  s.created_at = c.text();
  s.updated_at = c.text();
  c.finish();
  return s;
}

inline constexpr std::string_view kRoomCols =
    "SELECT m.id, m.site_id, s.name, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct, "
    "m.humidity_max_pct, m.created_at, m.updated_at FROM dcim_rooms m JOIN dcim_sites s ON s.id = m.site_id";
inline Room room_from(const db::Row& r) {
  db::Cursor c(r);
  Room m;
  m.id = c.int64();
  m.site_id = c.int64();
  m.site_name = c.text();
  m.name = c.text();
  m.floor = c.text();
  m.temp_min_c = c.real();
  m.temp_max_c = c.real();
  m.humidity_min_pct = c.real();
  m.humidity_max_pct = c.real();
  m.created_at = c.text();
  m.updated_at = c.text();
  c.finish();
  return m;
}

inline constexpr std::string_view kRackCols =
    "SELECT r.id, r.room_id, r.site_id, m.name, s.name, r.row_name, r.name, r.facility_id, r.u_height, r.descending, "
    "r.power_a_w, r.power_b_w, r.max_weight_kg, r.status, r.customer_id, r.created_at, r.updated_at "
    "FROM dcim_racks r JOIN dcim_rooms m ON m.id = r.room_id JOIN dcim_sites s ON s.id = r.site_id";
inline Rack rack_from(const db::Row& r) {
  db::Cursor c(r);
  Rack k;
  k.id = c.int64();
  k.room_id = c.int64();
  k.site_id = c.int64();
  k.room_name = c.text();
  k.site_name = c.text();
  k.row_name = c.text();
  k.name = c.text();
  k.facility_id = c.opt_text();
  k.u_height = c.int32();
  k.descending = c.boolean();
  k.power_a_w = c.int64();
  k.power_b_w = c.int64();
  k.max_weight_kg = c.real();
  k.status = c.text();
  k.customer_id = c.opt_int64();
  k.created_at = c.text();
  k.updated_at = c.text();
  c.finish();
  return k;
}

inline constexpr std::string_view kFeedCols =
    "SELECT f.id, f.rack_id, r.site_id, r.name, f.name, f.side, f.voltage, f.amperage, f.phase, "
    "f.max_utilisation_pct, f.capacity_w, f.status, f.panel, f.created_at, f.updated_at "
    "FROM dcim_power_feeds f JOIN dcim_racks r ON r.id = f.rack_id";
inline PowerFeed feed_from(const db::Row& r) {
  db::Cursor c(r);
  PowerFeed f;
  f.id = c.int64();
  f.rack_id = c.int64();
  f.site_id = c.int64();
  f.rack_name = c.text();
  f.name = c.text();
  f.side = c.text();
  f.voltage = c.int32();
  f.amperage = c.int32();
  f.phase = c.text();
  f.max_utilisation_pct = c.int32();
  f.capacity_w = c.int64();
  f.status = c.text();
  f.panel = c.text();
  f.created_at = c.text();
  f.updated_at = c.text();
  c.finish();
  return f;
}

inline constexpr std::string_view kTypeCols =
    "SELECT t.id, t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth, t.typical_power_w, "
    "t.max_power_w, t.power_ports, t.weight_kg FROM dcim_device_types t";
inline DeviceType type_from(const db::Row& r) {
  db::Cursor c(r);
  DeviceType t;
  t.id = c.int64();
  t.manufacturer = c.text();
  t.model = c.text();
  t.slug = c.text();
  t.part_number = c.text();
  t.height_hu = c.int32();
  t.full_depth = c.boolean();
  t.typical_power_w = c.int64();
  t.max_power_w = c.int64();
  t.power_ports = c.int32();
  t.weight_kg = c.opt_real();
  c.finish();
  return t;
}

inline constexpr std::string_view kDeviceFrom =
    " FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
    "LEFT JOIN dcim_racks r ON r.id = d.rack_id LEFT JOIN dcim_rooms m ON m.id = d.room_id "
    "LEFT JOIN dcim_sites s ON s.id = d.site_id";
inline constexpr std::string_view kDeviceCols =
    "SELECT d.id, d.device_type_id, t.manufacturer, t.model, t.height_hu, t.full_depth, t.max_power_w, t.weight_kg, "
    "d.name, d.serial, d.asset_tag, d.role, d.status, d.customer_id, d.site_id, d.room_id, d.rack_id, s.name, m.name, "
    "r.name, d.bottom_hu, d.face, d.redundant_power, d.feed, d.mgmt_address, d.config_notes, d.created_at, "
    "d.updated_at";
inline Device device_from(const db::Row& r) {
  db::Cursor c(r);
  Device d;
  d.id = c.int64();
  d.device_type_id = c.int64();
  d.manufacturer = c.text();
  d.model = c.text();
  d.type_label = d.manufacturer + " " + d.model;
  d.height_hu = c.int32();
  d.full_depth = c.boolean();
  d.max_power_w = c.int64();
  d.weight_kg = c.opt_real();
  d.name = c.text();
  d.serial = c.text();
  d.asset_tag = c.opt_text();
  d.role = c.text();
  d.status = c.text();
  d.customer_id = c.opt_int64();
  d.site_id = c.opt_int64();
  d.room_id = c.opt_int64();
  d.rack_id = c.opt_int64();
  d.site_name = c.text();
  d.room_name = c.text();
  d.rack_name = c.text();
  d.bottom_hu = c.opt_int32();
  d.face = c.opt_text();
  d.redundant_power = c.boolean();
  d.feed = c.text();
  d.mgmt_address = c.text();
  d.config_notes = c.text();
  d.created_at = c.text();
  d.updated_at = c.text();
  c.finish();
  return d;
}

inline constexpr std::string_view kInterfaceCols =
    "SELECT i.id, i.device_id, d.name, d.customer_id, d.site_id, i.name, i.type, i.speed_mbps, i.mgmt_only, "
    "i.enabled, i.description, d.room_id, d.rack_id FROM dcim_interfaces i JOIN dcim_devices d ON d.id = i.device_id";
inline Interface interface_from(const db::Row& r) {
  db::Cursor c(r);
  Interface i;
  i.id = c.int64();
  i.device_id = c.int64();
  i.device_name = c.text();
  i.customer_id = c.opt_int64();
  i.site_id = c.opt_int64();
  i.name = c.text();
  i.type = c.text();
  i.speed_mbps = c.opt_int64();
  i.mgmt_only = c.boolean();
  i.enabled = c.boolean();
  i.description = c.text();
  i.room_id = c.opt_int64();
  i.rack_id = c.opt_int64();
  c.finish();
  return i;
}

inline constexpr std::string_view kReservationCols =
    "SELECT v.id, v.rack_id, v.customer_id, v.bottom_hu, v.height_hu, v.reason, v.expires_at, v.created_at, "
    "v.released_at FROM dcim_reservations v";
inline Reservation reservation_from(const db::Row& r) {
  db::Cursor c(r);
  Reservation v;
  v.id = c.int64();
  v.rack_id = c.int64();
  v.customer_id = c.int64();
  v.bottom_hu = c.int32();
  v.height_hu = c.int32();
  v.reason = c.text();
  v.expires_at = c.text();
  v.created_at = c.text();
  v.released_at = c.opt_text();
  c.finish();
  return v;
}

}  // namespace colo::dcim::store::detail
