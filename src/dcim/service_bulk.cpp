// dcim::Service: the bulk fill the demo data and the benchmarks use.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "audit/audit.hpp"
#include "customers/service.hpp"
#include "db/count_cache.hpp"
#include "dcim/csv.hpp"
#include "dcim/library.hpp"
#include "dcim/rules.hpp"
#include "dcim/store.hpp"

#include "dcim/service_internal.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

// ---- bulk fill (demo and benchmarks) -----------------------------------------------------------

Result<std::int64_t> Service::bulk_fill(const Context& ctx, const BulkFill& f) {
  if (f.device_type_ids.empty()) return Error::invalid("dcim.bulk", "No device types given.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto room, store::find_room(tx, f.room_id));
  if (!room) return Error::not_found("Room");
  struct TypeFacts {
    int height_hu = 0;
    std::int64_t power_w = 0;
    double weight_kg = 0;
  };
  std::map<std::int64_t, TypeFacts> types;
  for (auto id : f.device_type_ids) {
    COLO_TRY(auto t, store::find_type(tx, id));
    if (!t) return Error::not_found("Device type");
    types[id] = {t->height_hu, t->max_power_w, t->weight_kg.value_or(0)};
  }
  const auto t = now();
  std::int64_t devices = 0;
  std::size_t next_type = 0, next_owner = 0;
  std::vector<store::BulkDevice> batch;
  for (int r = 0; r < f.racks; ++r) {
    char rowname[24];
    std::snprintf(rowname, sizeof rowname, "%s%02d", f.row_prefix.c_str(), r / f.racks_per_row + 1);
    char rackname[48];
    std::snprintf(rackname, sizeof rackname, "%s-%02d", rowname, r % f.racks_per_row + 1);
    Rack k;
    k.room_id = room->id;
    k.site_id = room->site_id;
    k.row_name = rowname;
    k.name = rackname;
    k.max_weight_kg = 1200;
    k.power_a_w = k.power_b_w = f.feed_w;
    k.customer_id = f.dedicated.empty() ? std::nullopt : f.dedicated[static_cast<std::size_t>(r) % f.dedicated.size()];
    COLO_TRY(k.id, store::insert_rack(tx, k, t));
    for (const char* side : {"A", "B"}) {
      PowerFeed feed;
      feed.rack_id = k.id;
      feed.side = side;
      feed.name = std::string("Feed ") + side;
      feed.panel = std::string("UPS-") + side;
      feed.capacity_w = f.feed_w;
      feed.amperage = amperage_for(f.feed_w, feed.voltage, feed.phase, feed.max_utilisation_pct);
      COLO_CHECK(store::insert_feed(tx, feed, t));
    }
    int bottom = 2;
    std::int64_t load = 0;
    double weight = 0;
    batch.clear();
    for (int d = 0; d < f.devices_per_rack; ++d) {
      auto type_id = f.device_type_ids[next_type++ % f.device_type_ids.size()];
      const auto& facts = types[type_id];
      if (bottom + facts.height_hu > (k.u_height + 1) * 2 || load + facts.power_w > f.feed_w ||
          weight + facts.weight_kg > k.max_weight_kg)
        break;
      store::BulkDevice b;
      b.device_type_id = type_id;
      b.customer_id = k.customer_id
                          ? k.customer_id
                          : (f.owners.empty() ? std::nullopt : f.owners[next_owner++ % f.owners.size()]);
      char name[80];
      std::snprintf(name, sizeof name, "%s-%s-%02d", f.name_prefix.c_str(), rackname, d + 1);
      b.name = name;
      b.serial = "SN" + std::to_string(k.id * 100 + d);
      b.site_id = k.site_id;
      b.room_id = k.room_id;
      b.rack_id = k.id;
      if (facts.height_hu > 0) b.bottom_hu = bottom;
      batch.push_back(std::move(b));
      bottom += facts.height_hu;
      load += facts.power_w;
      weight += facts.weight_kg;
    }
    if (f.pdu_type_id) {
      for (const char* side : {"A", "B"}) {
        store::BulkDevice pdu;
        pdu.device_type_id = *f.pdu_type_id;
        pdu.name = std::string(rackname) + "-PDU-" + side;
        pdu.serial = "PDU" + std::to_string(k.id) + side;
        pdu.role = "pdu";
        pdu.customer_id = k.customer_id;
        pdu.site_id = k.site_id;
        pdu.room_id = k.room_id;
        pdu.rack_id = k.id;
        pdu.face = "rear";
        pdu.redundant_power = false;
        pdu.feed = side;
        batch.push_back(std::move(pdu));
      }
    }
    COLO_CHECK(store::insert_devices(tx, batch, t));
    devices += static_cast<std::int64_t>(batch.size());
    if (f.with_interfaces && !batch.empty()) COLO_CHECK(store::instantiate_rack_interfaces(tx, k.id));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.room", std::to_string(f.room_id), "bulk_fill", nullptr,
                            json::object{{"racks", f.racks}, {"devices", devices}}, std::nullopt}));
  COLO_CHECK(tx.commit());
  return devices;
}

}  // namespace colo::dcim
