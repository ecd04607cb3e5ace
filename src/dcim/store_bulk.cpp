// dcim store: bulk inserts for the demo and benchmark data (the bulk fill in src/app/demo_dcim.cpp).
#include "dcim/store.hpp"

#include <algorithm>
#include <unordered_map>

#include "db/count_cache.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "dcim/lists.hpp"
#include "dcim/store_rows.hpp"

namespace colo::dcim::store {

using namespace detail;

// ---- bulk loading -----------------------------------------------------------------------------

Status insert_devices(db::Tx& tx, const std::vector<BulkDevice>& devices, const std::string& now) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  constexpr std::size_t kBatch = 50;
  for (std::size_t start = 0; start < devices.size(); start += kBatch) {
    const auto end = std::min(devices.size(), start + kBatch);
    std::string sql =
        "INSERT INTO dcim_devices (device_type_id, name, serial, role, status, customer_id, site_id, room_id, rack_id, "
        "bottom_hu, face, redundant_power, feed, created_at, updated_at) VALUES ";
    db::Params p;
    p.reserve((end - start) * 13 + 1);
    const auto ts = db::bind(p, now);
    for (auto i = start; i < end; ++i) {
      const auto& d = devices[i];
      if (i > start) sql += ", ";
      // One placeholder per push, in order: the operands of + are not evaluated in a fixed order.
      sql += "(" + db::bind(p, d.device_type_id);
      sql += ", " + db::bind(p, d.name);
      sql += ", " + db::bind(p, d.serial);
      sql += ", " + db::bind(p, d.role);
      sql += ", " + db::bind(p, d.status);
      sql += ", " + db::bind(p, d.customer_id);
      sql += ", " + db::bind(p, d.site_id);
      sql += ", " + db::bind(p, d.room_id);
      sql += ", " + db::bind(p, d.rack_id);
      sql += ", " + db::bind(p, d.bottom_hu);
      sql += ", " + db::bind(p, d.face);
      sql += ", " + db::bind(p, d.redundant_power);
      sql += ", " + db::bind(p, d.feed);
      sql += ", " + ts + ", " + ts + ")";
    }
    COLO_CHECK(tx.exec(sql, p));
  }
  return {};
}

Status instantiate_rack_interfaces(db::Tx& tx, std::int64_t rack_id) {
  COLO_CHECK(
      tx.exec("INSERT INTO dcim_interfaces (device_id, name, type, speed_mbps, mgmt_only, enabled, description) "
              "SELECT d.id, t.name, t.type, t.speed_mbps, t.mgmt_only, 1, '' FROM dcim_devices d "
              "JOIN dcim_device_type_interfaces t ON t.device_type_id = d.device_type_id WHERE d.rack_id = $1",
              {rack_id}));
  return {};
}

}  // namespace colo::dcim::store
