#include "dcim/store.hpp"

#include <unordered_map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

// The list declarations and the rack visibility rule; the SQL of each aggregate is in store_*.cpp.

namespace colo::dcim::lists {

const db::ListSpec kSites{.search = {"s.name", "s.slug"},
                          .sorts = {{"name", "s.name"}, {"slug", "s.slug"}, {"created_at", "s.created_at"}},
                          .default_order = "s.id",
                          .tiebreak = "s.id"};
const db::ListSpec kRooms{.search = {"m.name"},
                          .sorts = {{"name", "m.name"}, {"floor", "m.floor"}, {"site", "m.site_id"}},
                          .default_order = "m.site_id, m.name, m.id",
                          .tiebreak = "m.id"};
const db::ListSpec kRows{.search = {"r.row_name"},
                         .sorts = {{"name", "r.row_name"}, {"room", "m.name"}, {"site", "r.site_id"}},
                         .default_order = "r.site_id, m.name, r.room_id, r.row_name",
                         .tiebreak = "r.room_id, r.row_name"};
const db::ListSpec kRacks{.search = {"r.name", "r.facility_id"},
                          .sorts = {{"name", "r.name"},
                                    {"row", "r.row_name"},
                                    {"status", "r.status"},
                                    {"u_height", "r.u_height"},
                                    {"site", "r.site_id"},
                                    {"room", "r.room_id"},
                                    {"created_at", "r.created_at"}},
                          .default_order = "r.site_id, r.room_id, r.row_name, r.name, r.id",
                          .tiebreak = "r.id"};
const db::ListSpec kFeeds{.search = {"f.name", "f.panel"},
                          .sorts = {{"name", "f.name"}, {"side", "f.side"}, {"capacity_w", "f.capacity_w"}},
                          .default_order = "r.site_id, r.room_id, r.name, f.side, f.name, f.id",
                          .tiebreak = "f.id"};
const db::ListSpec kTypes{.search = {"t.model", "t.manufacturer", "t.part_number", "t.slug"},
                          .sorts = {{"manufacturer", "t.manufacturer"},
                                    {"model", "t.model"},
                                    {"u_height", "t.height_hu"},
                                    {"max_power_w", "t.max_power_w"}},
                          .default_order = "t.manufacturer, t.model, t.id",
                          .tiebreak = "t.id"};
const db::ListSpec kDevices{.search = {"d.name", "d.serial", "d.asset_tag", "d.mgmt_address"},
                            .sorts = {{"name", "d.name"},
                                      {"status", "d.status"},
                                      {"role", "d.role"},
                                      {"serial", "d.serial"},
                                      {"asset_tag", "d.asset_tag"},
                                      {"position", "d.bottom_hu"},
                                      {"rack", "r.name"},
                                      {"model", "t.model"},
                                      {"created_at", "d.created_at"},
                                      {"updated_at", "d.updated_at"},
                                      // Where a customer looks for its own equipment first: servers
                                      // before PDUs and switches, then by site, rack and unit, the
                                      // unracked last on both engines (NULLs sort differently).
                                      {"placement",
                                       "CASE WHEN d.role = 'server' THEN 0 ELSE 1 END, CASE WHEN d.rack_id IS NULL "
                                       "THEN 1 ELSE 0 END, d.site_id, r.name, d.bottom_hu"}},
                            .default_order = "d.name, d.id",
                            .tiebreak = "d.id",
                            .tenant_column = "d.customer_id"};
// q finds a reservation by its reason or its rack's name.
const db::ListSpec kReservations{
    .search = {"v.reason", "(SELECT sr.name FROM dcim_racks sr WHERE sr.id = v.rack_id)"},
    .sorts = {{"expires_at", "v.expires_at"}, {"created_at", "v.created_at"}, {"rack", "v.rack_id"}},
    .default_order = "v.id",
    .tiebreak = "v.id",
    .tenant_column = "v.customer_id"};
const db::ListSpec kInterfaces{.search = {"i.name", "i.description"},
                               .sorts = {{"name", "i.name"}, {"device", "d.name"}, {"type", "i.type"}},
                               .default_order = "d.name, i.device_id, i.id",
                               .tiebreak = "i.id",
                               .tenant_column = "d.customer_id"};

}  // namespace colo::dcim::lists

namespace colo::dcim::store::detail {

// Racks a customer may see: its own, those holding its devices, those with its live reservations.
// Staff see all. The one place this rule is written. The condition (without AND), "" for staff.
std::string visible_racks(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now) {
  auto t = ctx.tenant();
  if (!t) return "";
  auto c = db::bind(p, *t);
  auto n = db::bind(p, now);
  return "(" + alias + ".customer_id = " + c + " OR EXISTS (SELECT 1 FROM dcim_devices vd WHERE vd.rack_id = " + alias +
         ".id AND vd.customer_id = " + c +
         ") OR EXISTS (SELECT 1 FROM dcim_reservations vr WHERE vr.rack_id = " + alias +
         ".id AND vr.customer_id = " + c + " AND vr.released_at IS NULL AND vr.expires_at > " + n + "))";
}
// " AND <visible_racks>", "" for staff.
std::string rack_visibility(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now) {
  auto condition = visible_racks(ctx, alias, p, now);
  return condition.empty() ? condition : " AND " + condition;
}
void confine_to_visible_racks(db::ListSql& sql, const Context& ctx, const std::string& now) {
  auto condition = visible_racks(ctx, "r", sql.params(), now);
  if (!condition.empty()) sql.raw(condition);
}

}  // namespace colo::dcim::store::detail
