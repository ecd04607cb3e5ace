// Demo inventory: two sites, four rooms, about 200 racks and 2,000 devices of real device types
// (or, at --scale large, 5,000 racks and 100,000 devices for benchmarks).
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>

#include "app/app.hpp"
#include "app/cli.hpp"
#include "customers/service.hpp"
#include "dcim/service.hpp"

namespace colo::app {

namespace {

std::string library_dir() {
  if (const char* env = std::getenv("COLO_DEVICETYPE_LIBRARY")) return env;
  for (const char* candidate : {"../shared/data/devicetype-library/device-types",
                                "../../shared/data/devicetype-library/device-types"})
    if (std::filesystem::is_directory(candidate)) return candidate;
  if (const char* src = std::getenv("COLO_SOURCE_DIR"))
    return std::string(src) + "/../shared/data/devicetype-library/device-types";
  return "";
}

// Device types for the demo: a few manufacturers of the library when it is there, else by hand.
Result<std::vector<std::int64_t>> demo_types(App& app, const Context& ctx) {
  auto& dcim = *app.services().dcim;
  auto dir = library_dir();
  std::vector<std::pair<std::string, std::string>> files;
  if (!dir.empty() && std::filesystem::is_directory(dir)) {
    for (const char* m : {"Dell", "HPE", "Supermicro", "Cisco", "Juniper", "Arista", "APC", "Huawei"}) {
      auto sub = std::filesystem::path(dir) / m;
      if (!std::filesystem::is_directory(sub)) continue;
      COLO_TRY(auto r, dcim.import_device_type_dir(ctx, sub.string()));
      (void)r;
    }
  } else {
    COLO_TRY(auto r, dcim.import_device_types(
                         ctx, {{"r650", "manufacturer: Dell\nmodel: PowerEdge R650\nu_height: 1\nis_full_depth: true\n"
                                        "power-ports:\n  - name: PSU1\n    maximum_draw: 400\n  - name: PSU2\n    maximum_draw: 400\n"
                                        "interfaces:\n  - name: NIC1\n    type: 10gbase-x-sfpp\n  - name: iDRAC\n    type: 1000base-t\n    mgmt_only: true\n"},
                               {"r750", "manufacturer: Dell\nmodel: PowerEdge R750\nu_height: 2\nis_full_depth: true\n"
                                        "power-ports:\n  - name: PSU1\n    maximum_draw: 600\n  - name: PSU2\n    maximum_draw: 600\n"},
                               {"n9k", "manufacturer: Cisco\nmodel: Nexus 93180YC-FX\nu_height: 1\nis_full_depth: true\n"
                                       "power-ports:\n  - name: PS1\n    maximum_draw: 425\n"}}));
    (void)r;
  }
  // Rack-mounted servers of 1U and 2U with a known power draw.
  dcim::ListQuery q;
  q.limit = 1000;
  COLO_TRY(auto all, dcim.device_types(ctx, q));
  std::vector<std::int64_t> ids;
  for (const auto& t : all.second)
    if ((t.height_hu == 2 || t.height_hu == 4) && t.max_power_w >= 100 && t.max_power_w <= 1200) ids.push_back(t.id);
  if (ids.size() > 24) ids.resize(24);
  if (ids.empty())
    for (const auto& t : all.second)
      if (t.height_hu > 0) ids.push_back(t.id);
  return ids;
}

}  // namespace

Status load_dcim_demo(App& app, const std::string& scale) {
  auto ctx = cli_context();
  auto& dcim = *app.services().dcim;
  const bool large = scale == "large";
  const std::string first_slug = large ? "bench-site-1" : "bj-yizhuang";
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    COLO_TRY(auto existing, dcim.site_by_slug(tx, first_slug));
    if (existing) return {};
  }
  COLO_TRY(auto types, demo_types(app, ctx));
  if (types.empty()) return Error::internal("no device types for the demo");
  std::vector<std::optional<std::int64_t>> customer_ids;
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    for (const char* name : {"北京艾克米云科技有限公司", "上海天顶数据服务有限公司", "深圳北辰网络有限公司"}) {
      COLO_TRY(auto c, app.services().customers->find_by_name(tx, name));
      if (c) customer_ids.push_back(c->id);
    }
  }
  customer_ids.push_back(std::nullopt);  // operator-owned equipment
  struct SiteSpec {
    const char* name;
    const char* slug;
    const char* address;
  };
  std::vector<SiteSpec> sites;
  if (large) {
    sites = {{"Benchmark Site 1", "bench-site-1", "-"}};
  } else {
    sites = {{"北京亦庄数据中心 Beijing Yizhuang", "bj-yizhuang", "北京市大兴区亦庄经济开发区科创十三街"},
             {"上海外高桥数据中心 Shanghai Waigaoqiao", "sh-waigaoqiao", "上海市浦东新区外高桥保税区"}};
  }
  int room_no = 0;
  for (const auto& s : sites) {
    dcim::SiteInput si{s.name, s.slug, s.address, "Asia/Shanghai", std::int64_t{large ? 400000 : 100000}};
    COLO_TRY(auto site, dcim.save_site(ctx, std::nullopt, si));
    int rooms = large ? 10 : 2;
    for (int r = 0; r < rooms; ++r) {
      dcim::RoomInput ri;
      ri.site_id = site.id;
      ri.name = large ? "Hall " + std::to_string(r + 1) : std::string(r == 0 ? "一号机房 Hall 1" : "二号机房 Hall 2");
      ri.floor = std::to_string(r + 1) + "F";
      COLO_TRY(auto room, dcim.save_room(ctx, std::nullopt, ri));
      dcim::Service::BulkFill fill;
      fill.room_id = room.id;
      fill.row_prefix = std::string(1, static_cast<char>('A' + r));
      fill.racks = large ? 500 : 50;
      fill.devices_per_rack = large ? 20 : 10;
      fill.device_type_ids = types;
      fill.with_interfaces = !large;
      fill.rack_power_w = large ? 24000 : 8000;
      fill.owners = customer_ids;
      // In the first room of each site, the first racks are dedicated cages of the demo customers.
      if (room_no % 2 == 0 && customer_ids.size() > 1) {
        fill.dedicated = {customer_ids[0], customer_ids[1 % (customer_ids.size() - 1)], std::nullopt, std::nullopt,
                          std::nullopt};
      }
      fill.name_prefix = std::string(s.slug).substr(0, 2);
      COLO_TRY(auto n, dcim.bulk_fill(ctx, fill));
      spdlog::info("demo: {} / {}: {} racks, {} devices", s.name, *ri.name, fill.racks, n);
      ++room_no;
    }
  }
  return {};
}

}  // namespace colo::app
