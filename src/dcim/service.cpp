#include "dcim/service.hpp"

#include <yaml-cpp/yaml.h>

#include <boost/json.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "core/crypto.hpp"
#include "customers/service.hpp"
#include "db/tenant.hpp"
#include "dcim/rules.hpp"

namespace colo::dcim {

namespace json = boost::json;

namespace {

std::string now_text(const Clock& c) { return format_instant(c.now()); }

std::string next(db::Params& p, db::Value v) {
  p.push_back(std::move(v));
  return "$" + std::to_string(p.size());
}

// LIMIT/OFFSET appended to a copy of the filter parameters.
std::string page_sql(db::Params& p, const ListQuery& q) {
  auto l = next(p, q.limit);
  auto o = next(p, q.offset);
  return " LIMIT " + l + " OFFSET " + o;
}

std::string order_by(const std::optional<std::string>& sort, const std::map<std::string, std::string>& allowed,
                     const std::string& fallback) {
  if (!sort) return " ORDER BY " + fallback;
  bool desc = !sort->empty() && (*sort)[0] == '-';
  auto key = desc ? sort->substr(1) : *sort;
  auto it = allowed.find(key);
  if (it == allowed.end()) fail(Error::invalid("invalid_query", "Cannot sort by '" + key + "'.",
                                               {{"sort", "invalid_choice", "Unknown sort key."}}));
  return " ORDER BY " + it->second + (desc ? " DESC" : "") + ", " + fallback;
}

json::value rack_audit(const Rack& r) {
  return json::object{{"name", r.name}, {"room_id", r.room_id}, {"u_height", r.u_height},
                      {"status", r.status}, {"power_a_w", r.power_a_w}, {"power_b_w", r.power_b_w},
                      {"customer_id", r.customer_id ? json::value(*r.customer_id) : json::value(nullptr)}};
}

json::value device_audit(const Device& d) {
  return json::object{{"name", d.name}, {"type", d.device_type_id}, {"status", d.status}, {"role", d.role},
                      {"rack_id", d.rack_id ? json::value(*d.rack_id) : json::value(nullptr)},
                      {"bottom_hu", d.bottom_hu ? json::value(*d.bottom_hu) : json::value(nullptr)},
                      {"face", d.face ? json::value(*d.face) : json::value(nullptr)},
                      {"customer_id", d.customer_id ? json::value(*d.customer_id) : json::value(nullptr)},
                      {"serial", d.serial}};
}

// Racks a customer may see: its own, those holding its devices, those with its live reservations.
std::string rack_visibility(const Context& ctx, const std::string& alias, db::Params& p, const std::string& now) {
  auto t = ctx.tenant();
  if (!t) return "";
  auto c = next(p, *t);
  auto n = next(p, now);
  return " AND (" + alias + ".customer_id = " + c + " OR EXISTS (SELECT 1 FROM dcim_devices vd WHERE vd.rack_id = " +
         alias + ".id AND vd.customer_id = " + c + ") OR EXISTS (SELECT 1 FROM dcim_reservations vr WHERE vr.rack_id = " +
         alias + ".id AND vr.customer_id = " + c + " AND vr.released_at IS NULL AND vr.expires_at > " + n + "))";
}

constexpr std::string_view kSiteCols =
    "SELECT s.id, s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, s.created_at, s.updated_at FROM dcim_sites s";
Site site_from(const db::Row& r) {
  return Site{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.int64(5), r.text(6), r.text(7)};
}

constexpr std::string_view kRoomCols =
    "SELECT m.id, m.site_id, s.name, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct, "
    "m.humidity_max_pct, m.created_at, m.updated_at FROM dcim_rooms m JOIN dcim_sites s ON s.id = m.site_id";
Room room_from(const db::Row& r) {
  return Room{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.real(5), r.real(6), r.real(7), r.real(8),
              r.text(9), r.text(10)};
}

constexpr std::string_view kRackCols =
    "SELECT r.id, r.room_id, r.site_id, m.name, s.name, r.row_name, r.name, r.facility_id, r.u_height, r.descending, "
    "r.power_a_w, r.power_b_w, r.max_weight_kg, r.status, r.customer_id, r.created_at, r.updated_at "
    "FROM dcim_racks r JOIN dcim_rooms m ON m.id = r.room_id JOIN dcim_sites s ON s.id = r.site_id";
Rack rack_from(const db::Row& r) {
  Rack k;
  k.id = r.int64(0);
  k.room_id = r.int64(1);
  k.site_id = r.int64(2);
  k.room_name = r.text(3);
  k.site_name = r.text(4);
  k.row_name = r.text(5);
  k.name = r.text(6);
  k.facility_id = r.opt_text(7);
  k.u_height = static_cast<int>(r.int64(8));
  k.descending = r.boolean(9);
  k.power_a_w = r.int64(10);
  k.power_b_w = r.int64(11);
  k.max_weight_kg = r.real(12);
  k.status = r.text(13);
  k.customer_id = r.opt_int64(14);
  k.created_at = r.text(15);
  k.updated_at = r.text(16);
  return k;
}

constexpr std::string_view kTypeCols =
    "SELECT t.id, t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth, t.typical_power_w, "
    "t.max_power_w, t.power_ports, t.weight_kg FROM dcim_device_types t";
DeviceType type_from(const db::Row& r) {
  DeviceType t;
  t.id = r.int64(0);
  t.manufacturer = r.text(1);
  t.model = r.text(2);
  t.slug = r.text(3);
  t.part_number = r.text(4);
  t.height_hu = static_cast<int>(r.int64(5));
  t.full_depth = r.boolean(6);
  t.typical_power_w = r.int64(7);
  t.max_power_w = r.int64(8);
  t.power_ports = static_cast<int>(r.int64(9));
  t.weight_kg = r.opt_real(10);
  return t;
}

constexpr std::string_view kDeviceCols =
    "SELECT d.id, d.device_type_id, t.manufacturer || ' ' || t.model, t.height_hu, t.full_depth, t.max_power_w, "
    "d.name, d.serial, d.asset_tag, d.role, d.status, d.customer_id, d.site_id, d.room_id, d.rack_id, r.name, "
    "d.bottom_hu, d.face, d.redundant_power, d.feed, d.mgmt_address, d.config_notes, d.created_at, d.updated_at "
    "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
    "LEFT JOIN dcim_racks r ON r.id = d.rack_id";
Device device_from(const db::Row& r) {
  Device d;
  d.id = r.int64(0);
  d.device_type_id = r.int64(1);
  d.type_label = r.text(2);
  d.height_hu = static_cast<int>(r.int64(3));
  d.full_depth = r.boolean(4);
  d.max_power_w = r.int64(5);
  d.name = r.text(6);
  d.serial = r.text(7);
  d.asset_tag = r.opt_text(8);
  d.role = r.text(9);
  d.status = r.text(10);
  d.customer_id = r.opt_int64(11);
  d.site_id = r.opt_int64(12);
  d.room_id = r.opt_int64(13);
  d.rack_id = r.opt_int64(14);
  d.rack_name = r.text(15);
  if (auto b = r.opt_int64(16)) d.bottom_hu = static_cast<int>(*b);
  d.face = r.opt_text(17);
  d.redundant_power = r.boolean(18);
  d.feed = r.text(19);
  d.mgmt_address = r.text(20);
  d.config_notes = r.text(21);
  d.created_at = r.text(22);
  d.updated_at = r.text(23);
  return d;
}

constexpr std::string_view kInterfaceCols =
    "SELECT i.id, i.device_id, d.name, d.customer_id, d.site_id, i.name, i.type, i.speed_mbps, i.mgmt_only, "
    "i.enabled, i.description FROM dcim_interfaces i JOIN dcim_devices d ON d.id = i.device_id";
Interface interface_from(const db::Row& r) {
  return Interface{r.int64(0), r.int64(1), r.text(2), r.opt_int64(3), r.opt_int64(4), r.text(5), r.text(6),
                   r.opt_int64(7), r.boolean(8), r.boolean(9), r.text(10)};
}

std::string slugify(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Interface speed from NetBox interface types ("10gbase-x-sfpp" -> 10000 Mbit/s).
std::optional<std::int64_t> speed_of(const std::string& type) {
  static const std::pair<const char*, std::int64_t> kSpeeds[] = {
      {"400g", 400000}, {"200g", 200000}, {"100g", 100000}, {"50g", 50000}, {"40g", 40000},
      {"25g", 25000},   {"10g", 10000},   {"5g", 5000},     {"2.5g", 2500}, {"1000base", 1000},
      {"100base", 100}, {"10base", 10}};
  for (const auto& [prefix, speed] : kSpeeds)
    if (type.rfind(prefix, 0) == 0) return speed;
  return std::nullopt;
}

// One NetBox device-type YAML document -> a DeviceType, or the reason it cannot be used.
Result<DeviceType> parse_device_type(const std::string& text) {
  YAML::Node y;
  try {
    y = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Error::invalid("yaml", std::string("not valid YAML: ") + e.what());
  }
  if (!y.IsMap()) return Error::invalid("yaml", "not a mapping");
  try {
    DeviceType t;
    if (!y["manufacturer"] || !y["model"]) return Error::invalid("yaml", "manufacturer or model missing");
    t.manufacturer = y["manufacturer"].as<std::string>();
    t.model = y["model"].as<std::string>();
    t.slug = y["slug"] ? y["slug"].as<std::string>() : slugify(t.manufacturer + "-" + t.model);
    t.part_number = y["part_number"] ? y["part_number"].as<std::string>() : "";
    double u = y["u_height"] ? y["u_height"].as<double>() : 1.0;
    if (u < 0 || u > 100 || std::fmod(u * 2, 1.0) != 0)
      return Error::invalid("yaml", "u_height " + std::to_string(u) + " is not a multiple of 0.5");
    t.height_hu = static_cast<int>(u * 2);
    t.full_depth = y["is_full_depth"] ? y["is_full_depth"].as<bool>() : true;
    if (y["weight"]) {
      double w = y["weight"].as<double>();
      std::string unit = y["weight_unit"] ? y["weight_unit"].as<std::string>() : "kg";
      if (unit == "lb") w *= 0.45359237;
      else if (unit == "g") w /= 1000;
      else if (unit == "oz") w *= 0.028349523;
      t.weight_kg = std::round(w * 100) / 100;
    }
    if (auto ports = y["power-ports"]; ports && ports.IsSequence()) {
      for (const auto& p : ports) {
        t.power_ports++;
        if (p["maximum_draw"]) t.max_power_w += p["maximum_draw"].as<std::int64_t>();
        if (p["allocated_draw"]) t.typical_power_w += p["allocated_draw"].as<std::int64_t>();
      }
      // Redundant supplies each can carry the whole device: the device draws one supply's worth.
      if (t.power_ports > 1) {
        t.max_power_w /= t.power_ports;
        t.typical_power_w /= t.power_ports;
      }
    }
    if (auto ifs = y["interfaces"]; ifs && ifs.IsSequence()) {
      for (const auto& i : ifs) {
        if (!i["name"]) continue;
        t.interfaces.push_back({i["name"].as<std::string>(), i["type"] ? i["type"].as<std::string>() : "other",
                                i["mgmt_only"] ? i["mgmt_only"].as<bool>() : false});
      }
    }
    if (t.manufacturer.empty() || t.model.empty()) return Error::invalid("yaml", "manufacturer or model empty");
    return t;
  } catch (const YAML::Exception& e) {
    return Error::invalid("yaml", std::string("unexpected value: ") + e.what());
  }
}

std::string type_hash(const DeviceType& t) {
  std::ostringstream s;
  s << t.manufacturer << '\n' << t.model << '\n' << t.slug << '\n' << t.part_number << '\n' << t.height_hu << '\n'
    << t.full_depth << '\n' << t.typical_power_w << '\n' << t.max_power_w << '\n' << t.power_ports << '\n'
    << (t.weight_kg ? std::to_string(*t.weight_kg) : "-") << '\n';
  for (const auto& i : t.interfaces) s << i.name << '\t' << i.type << '\t' << i.mgmt_only << '\n';
  return crypto::blake2b_hex(s.str());
}

}  // namespace

// ---- sites and rooms -------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Site>>> Service::sites(const Context& ctx, const ListQuery& q) {
  db::Params p;
  std::string where = " WHERE 1 = 1";
  if (q.q) {
    auto n = next(p, "%" + *q.q + "%");
    where += " AND (s.name LIKE " + n + " OR s.slug LIKE " + n + ")";
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_sites s" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kSiteCols) + where + order_by(q.sort, {{"name", "s.name"}}, "s.id") + page_sql(lp, q), lp));
  std::vector<Site> out;
  for (const auto& r : res.rows) out.push_back(site_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<Site> Service::site(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.id = $1", {id}));
  if (!row) return Error::not_found("Site");
  return site_from(*row);
}

Result<Site> Service::save_site(const Context& ctx, std::optional<std::int64_t> id, const SiteInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Site s;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.id = $1", {*id}));
    if (!row) return Error::not_found("Site");
    s = site_from(*row);
    before = json::object{{"name", s.name}, {"slug", s.slug}, {"address", s.address}};
  } else {
    s.time_zone = "Asia/Shanghai";
  }
  if (in.name) s.name = *in.name;
  if (in.slug) s.slug = *in.slug;
  if (s.slug.empty()) s.slug = slugify(s.name);
  if (s.slug.empty()) s.slug = "site-" + crypto::random_token(4);
  if (in.address) s.address = *in.address;
  if (in.time_zone) s.time_zone = *in.time_zone;
  if (in.uplink_mbps) s.uplink_mbps = *in.uplink_mbps;
  if (s.name.empty()) return Error::validation({{"name", "required", "A name is required."}});
  auto now = now_text(clock_);
  Result<std::int64_t> saved = id ? tx.exec("UPDATE dcim_sites SET name = $2, slug = $3, address = $4, time_zone = $5, "
                                            "uplink_mbps = $6, updated_at = $7 WHERE id = $1",
                                            {*id, s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, now})
                                  : tx.insert("INSERT INTO dcim_sites (name, slug, address, time_zone, uplink_mbps, "
                                              "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                                              {s.name, s.slug, s.address, s.time_zone, s.uplink_mbps, now});
  if (!saved.ok()) {
    if (saved.error().code == "db.unique_violation")
      return Error{ErrorKind::conflict, "dcim.site.name_taken", "A site with this name or slug exists.",
                   {{"name", "taken", "A site with this name or slug exists."}}};
    return std::move(saved).error();
  }
  if (!id) {
    s.id = *saved;
    s.created_at = now;
  }
  s.updated_at = now;
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.site", std::to_string(s.id), id ? "update" : "create", before,
                                             json::object{{"name", s.name}, {"slug", s.slug}, {"address", s.address}},
                                             std::nullopt}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<std::pair<std::int64_t, std::vector<Room>>> Service::rooms(const Context& ctx, const ListQuery& q) {
  db::Params p;
  std::string where = " WHERE 1 = 1";
  if (q.site) where += " AND m.site_id = " + next(p, *q.site);
  if (q.q) where += " AND m.name LIKE " + next(p, "%" + *q.q + "%");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_rooms m" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kRoomCols) + where + order_by(q.sort, {{"name", "m.name"}}, "m.id") + page_sql(lp, q), lp));
  std::vector<Room> out;
  for (const auto& r : res.rows) out.push_back(room_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<Room> Service::room(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kRoomCols) + " WHERE m.id = $1", {id}));
  if (!row) return Error::not_found("Room");
  return room_from(*row);
}

Result<Room> Service::save_room(const Context& ctx, std::optional<std::int64_t> id, const RoomInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Room m;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto row, tx.one(std::string(kRoomCols) + " WHERE m.id = $1", {*id}));
    if (!row) return Error::not_found("Room");
    m = room_from(*row);
    before = json::object{{"name", m.name}, {"site_id", m.site_id}};
  }
  if (in.site_id) m.site_id = *in.site_id;
  if (in.name) m.name = *in.name;
  if (in.floor) m.floor = *in.floor;
  if (in.temp_min_c) m.temp_min_c = *in.temp_min_c;
  if (in.temp_max_c) m.temp_max_c = *in.temp_max_c;
  if (in.humidity_min_pct) m.humidity_min_pct = *in.humidity_min_pct;
  if (in.humidity_max_pct) m.humidity_max_pct = *in.humidity_max_pct;
  std::vector<FieldError> errors;
  if (m.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (m.temp_min_c >= m.temp_max_c) errors.push_back({"temp_max_c", "range", "The maximum must exceed the minimum."});
  if (m.humidity_min_pct >= m.humidity_max_pct)
    errors.push_back({"humidity_max_pct", "range", "The maximum must exceed the minimum."});
  COLO_TRY(bool site_ok, site_exists(tx, m.site_id));
  if (!site_ok) errors.push_back({"site_id", "not_found", "No such site."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  auto now = now_text(clock_);
  db::Params vals{m.site_id, m.name, m.floor, m.temp_min_c, m.temp_max_c, m.humidity_min_pct, m.humidity_max_pct, now};
  Result<std::int64_t> saved = 0;
  if (id) {
    vals.push_back(*id);
    saved = tx.exec("UPDATE dcim_rooms SET site_id = $1, name = $2, floor = $3, temp_min_c = $4, temp_max_c = $5, "
                    "humidity_min_pct = $6, humidity_max_pct = $7, updated_at = $8 WHERE id = $9", vals);
  } else {
    saved = tx.insert("INSERT INTO dcim_rooms (site_id, name, floor, temp_min_c, temp_max_c, humidity_min_pct, "
                      "humidity_max_pct, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                      vals);
  }
  if (!saved.ok()) {
    if (saved.error().code == "db.unique_violation")
      return Error{ErrorKind::conflict, "dcim.room.name_taken", "The site has a room of this name.",
                   {{"name", "taken", "The site has a room of this name."}}};
    return std::move(saved).error();
  }
  if (!id) m.id = *saved;
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.room", std::to_string(m.id), id ? "update" : "create", before,
                                             json::object{{"name", m.name}, {"site_id", m.site_id}}, std::nullopt}));
  COLO_TRY(auto row, tx.one(std::string(kRoomCols) + " WHERE m.id = $1", {m.id}));
  COLO_CHECK(tx.commit());
  return room_from(*row);
}

// ---- racks ------------------------------------------------------------------------------------

Result<std::optional<Rack>> Service::load_rack(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRackCols) + " WHERE r.id = $1", {id}));
  if (!row) return std::optional<Rack>{};
  return std::optional<Rack>(rack_from(*row));
}

Result<std::pair<std::int64_t, std::vector<Rack>>> Service::racks(const Context& ctx, const ListQuery& q) {
  db::Params p;
  std::string where = " WHERE 1 = 1" + rack_visibility(ctx, "r", p, now_text(clock_));
  if (q.site) where += " AND r.site_id = " + next(p, *q.site);
  if (q.room) where += " AND r.room_id = " + next(p, *q.room);
  if (q.row) where += " AND r.row_name = " + next(p, *q.row);
  if (q.status) where += " AND r.status = " + next(p, *q.status);
  if (q.customer) where += " AND r.customer_id = " + next(p, *q.customer);
  if (q.q) {
    auto n = next(p, "%" + *q.q + "%");
    where += " AND (r.name LIKE " + n + " OR r.facility_id LIKE " + n + ")";
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_racks r" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kRackCols) + where +
                                  order_by(q.sort, {{"name", "r.name"}, {"row", "r.row_name"}, {"status", "r.status"}},
                                           "r.site_id, r.room_id, r.row_name, r.name, r.id") +
                                  page_sql(lp, q),
                              lp));
  std::vector<Rack> out;
  for (const auto& r : res.rows) out.push_back(rack_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<Rack> Service::rack(const Context& ctx, std::int64_t id) {
  db::Params p{id};
  std::string where = " WHERE r.id = $1" + rack_visibility(ctx, "r", p, now_text(clock_));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kRackCols) + where, p));
  if (!row) return Error::not_found("Rack");
  return rack_from(*row);
}

Result<Rack> Service::save_rack(const Context& ctx, std::optional<std::int64_t> id, const RackInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Rack k;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto existing, load_rack(tx, *id));
    if (!existing) return Error::not_found("Rack");
    k = *existing;
    before = rack_audit(k);
  }
  if (in.room_id) k.room_id = *in.room_id;
  if (in.row_name) k.row_name = *in.row_name;
  if (in.name) k.name = *in.name;
  if (in.status) k.status = *in.status;
  if (in.facility_id) k.facility_id = *in.facility_id;
  if (in.u_height) k.u_height = *in.u_height;
  if (in.descending) k.descending = *in.descending;
  if (in.power_a_w) k.power_a_w = *in.power_a_w;
  if (in.power_b_w) k.power_b_w = *in.power_b_w;
  if (in.max_weight_kg) k.max_weight_kg = *in.max_weight_kg;
  if (in.customer_id) k.customer_id = *in.customer_id;
  std::vector<FieldError> errors;
  if (k.name.empty()) errors.push_back({"name", "required", "A name is required."});
  COLO_TRY(auto room_row, tx.one("SELECT site_id FROM dcim_rooms WHERE id = $1", {k.room_id}));
  if (!room_row) errors.push_back({"room_id", "not_found", "No such room."});
  else k.site_id = room_row->int64(0);
  if (k.customer_id) {
    COLO_TRY(auto c, customers_.find(tx, *k.customer_id));
    if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  }
  if (id) {
    // Shrinking a rack below its devices would leave them hanging in the air.
    COLO_TRY(auto top, tx.one("SELECT MAX(bottom_hu + t.height_hu) FROM dcim_devices d JOIN dcim_device_types t "
                              "ON t.id = d.device_type_id WHERE d.rack_id = $1 AND d.bottom_hu IS NOT NULL",
                              {*id}));
    if (top && !top->is_null(0) && top->int64(0) > (k.u_height + 1) * 2)
      errors.push_back({"u_height", "too_small", "Devices sit above this height."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  auto now = now_text(clock_);
  db::Params vals{k.room_id, k.site_id, k.row_name, k.name, k.facility_id, k.u_height, k.descending,
                  k.power_a_w, k.power_b_w, k.max_weight_kg, k.status, k.customer_id, now};
  Result<std::int64_t> saved = 0;
  if (id) {
    vals.push_back(*id);
    saved = tx.exec("UPDATE dcim_racks SET room_id = $1, site_id = $2, row_name = $3, name = $4, facility_id = $5, "
                    "u_height = $6, descending = $7, power_a_w = $8, power_b_w = $9, max_weight_kg = $10, status = $11, "
                    "customer_id = $12, updated_at = $13 WHERE id = $14", vals);
  } else {
    saved = tx.insert("INSERT INTO dcim_racks (room_id, site_id, row_name, name, facility_id, u_height, descending, "
                      "power_a_w, power_b_w, max_weight_kg, status, customer_id, created_at, updated_at) VALUES "
                      "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id", vals);
  }
  if (!saved.ok()) {
    if (saved.error().code == "db.unique_violation")
      return Error{ErrorKind::conflict, "dcim.rack.name_taken", "The room has a rack of this name.",
                   {{"name", "taken", "The room has a rack of this name."}}};
    return std::move(saved).error();
  }
  if (!id) k.id = *saved;
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.rack", std::to_string(k.id), id ? "update" : "create", before,
                                             rack_audit(k), k.customer_id}));
  COLO_TRY(auto fresh, load_rack(tx, k.id));
  COLO_CHECK(tx.commit());
  return std::move(*fresh);
}

Result<Elevation> Service::elevation(const Context& ctx, std::int64_t rack_id) {
  COLO_TRY(auto r, rack(ctx, rack_id));
  Elevation e{r, {}};
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto devs, tx.query("SELECT d.id, d.name, d.bottom_hu, t.height_hu, d.face, t.full_depth, d.customer_id "
                               "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
                               "WHERE d.rack_id = $1 AND d.bottom_hu IS NOT NULL AND t.height_hu > 0 ORDER BY d.bottom_hu",
                               {rack_id}));
  for (const auto& row : devs.rows) {
    ElevationUnit u;
    u.kind = "device";
    u.device_id = row.int64(0);
    u.customer_id = row.opt_int64(6);
    // Another customer's device shows as occupied, without its name.
    bool visible = ctx.sees(u.customer_id) && (!ctx.tenant() || u.customer_id);
    u.label = visible ? row.text(1) : "";
    if (!visible) {
      u.device_id.reset();
      u.customer_id.reset();
    }
    u.bottom_hu = static_cast<int>(row.int64(2));
    u.height_hu = static_cast<int>(row.int64(3));
    u.face = row.boolean(5) ? "both" : row.text(4);
    e.units.push_back(std::move(u));
  }
  COLO_TRY(auto res, tx.query("SELECT id, customer_id, bottom_hu, height_hu, reason FROM dcim_reservations "
                              "WHERE rack_id = $1 AND released_at IS NULL AND expires_at > $2",
                              {rack_id, now_text(clock_)}));
  for (const auto& row : res.rows) {
    ElevationUnit u;
    u.kind = "reserved";
    bool visible = ctx.sees(row.int64(1));
    if (visible) {
      u.reservation_id = row.int64(0);
      u.customer_id = row.int64(1);
      u.label = row.text(4);
    }
    u.bottom_hu = static_cast<int>(row.int64(2));
    u.height_hu = static_cast<int>(row.int64(3));
    u.face = "both";
    e.units.push_back(std::move(u));
  }
  return e;
}

// ---- device types -----------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<DeviceType>>> Service::device_types(const Context& ctx, const ListQuery& q) {
  db::Params p;
  std::string where = " WHERE 1 = 1";
  if (q.manufacturer) where += " AND t.manufacturer = " + next(p, *q.manufacturer);
  if (q.q) {
    auto n = next(p, "%" + *q.q + "%");
    where += " AND (t.model LIKE " + n + " OR t.manufacturer LIKE " + n + " OR t.part_number LIKE " + n + ")";
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_device_types t" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kTypeCols) + where +
                                  order_by(q.sort, {{"manufacturer", "t.manufacturer"}, {"model", "t.model"}, {"u_height", "t.height_hu"}},
                                           "t.manufacturer, t.model") +
                                  page_sql(lp, q),
                              lp));
  std::vector<DeviceType> out;
  for (const auto& r : res.rows) out.push_back(type_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<DeviceType> Service::device_type(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto row, tx.one(std::string(kTypeCols) + " WHERE t.id = $1", {id}));
  if (!row) return Error::not_found("Device type");
  auto t = type_from(*row);
  COLO_TRY(auto ifs, tx.query("SELECT name, type, mgmt_only FROM dcim_device_type_interfaces WHERE device_type_id = $1 "
                              "ORDER BY position", {id}));
  for (const auto& r : ifs.rows) t.interfaces.push_back({r.text(0), r.text(1), r.boolean(2)});
  COLO_TRY(auto n, tx.one("SELECT COUNT(*) FROM dcim_devices WHERE device_type_id = $1", {id}));
  t.device_count = n->int64(0);
  return t;
}

Result<ImportReport> Service::import_device_types(const Context& ctx,
                                                  const std::vector<std::pair<std::string, std::string>>& files) {
  ImportReport report;
  std::vector<DeviceType> parsed;
  std::vector<std::string> names;
  for (const auto& [name, text] : files) {
    auto t = parse_device_type(text);
    if (!t.ok()) {
      report.skipped.emplace_back(name, t.error().message);
      continue;
    }
    parsed.push_back(std::move(t).value());
    names.push_back(name);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, tx.query("SELECT manufacturer, model, id, content_hash FROM dcim_device_types"));
  std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::string>> known;
  for (const auto& r : existing.rows) known[{r.text(0), r.text(1)}] = {r.int64(2), r.text(3)};
  std::set<std::pair<std::string, std::string>> seen;
  const auto now = now_text(clock_);
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    auto& t = parsed[i];
    auto key = std::pair{t.manufacturer, t.model};
    if (!seen.insert(key).second) {
      report.skipped.emplace_back(names[i], "duplicate of another file: " + t.manufacturer + " " + t.model);
      continue;
    }
    auto hash = type_hash(t);
    auto it = known.find(key);
    std::int64_t id;
    if (it != known.end()) {
      if (it->second.second == hash) {
        report.unchanged++;
        continue;
      }
      id = it->second.first;
      COLO_CHECK(tx.exec("UPDATE dcim_device_types SET slug = $2, part_number = $3, height_hu = $4, full_depth = $5, "
                         "typical_power_w = $6, max_power_w = $7, power_ports = $8, weight_kg = $9, content_hash = $10, "
                         "updated_at = $11 WHERE id = $1",
                         {id, t.slug, t.part_number, t.height_hu, t.full_depth, t.typical_power_w, t.max_power_w,
                          t.power_ports, t.weight_kg, hash, now}));
      COLO_CHECK(tx.exec("DELETE FROM dcim_device_type_interfaces WHERE device_type_id = $1", {id}));
      report.updated++;
    } else {
      COLO_TRY(id, tx.insert("INSERT INTO dcim_device_types (manufacturer, model, slug, part_number, height_hu, "
                             "full_depth, typical_power_w, max_power_w, power_ports, weight_kg, content_hash, created_at, "
                             "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
                             {t.manufacturer, t.model, t.slug, t.part_number, t.height_hu, t.full_depth,
                              t.typical_power_w, t.max_power_w, t.power_ports, t.weight_kg, hash, now}));
      report.imported++;
    }
    std::set<std::string> if_names;
    int pos = 0;
    for (const auto& f : t.interfaces) {
      if (!if_names.insert(f.name).second) continue;
      COLO_CHECK(tx.exec("INSERT INTO dcim_device_type_interfaces (device_type_id, position, name, type, mgmt_only) "
                         "VALUES ($1, $2, $3, $4, $5)",
                         {id, pos++, f.name, f.type, f.mgmt_only}));
    }
  }
  if (report.imported + report.updated > 0)
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"dcim.device_type", "*", "import", nullptr,
                              json::object{{"imported", report.imported}, {"updated", report.updated},
                                           {"unchanged", report.unchanged},
                                           {"skipped", static_cast<std::int64_t>(report.skipped.size())}},
                              std::nullopt}));
  COLO_CHECK(tx.commit());
  return report;
}

Result<ImportReport> Service::import_device_type_dir(const Context& ctx, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error::invalid("dcim.import.no_directory", "Not a directory: " + dir);
  std::vector<std::pair<std::string, std::string>> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    auto ext = it->path().extension().string();
    if (!it->is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
    std::ifstream in(it->path());
    std::stringstream ss;
    ss << in.rdbuf();
    files.emplace_back(fs::relative(it->path(), dir, ec).string(), ss.str());
  }
  std::sort(files.begin(), files.end());
  return import_device_types(ctx, files);
}

// ---- devices ----------------------------------------------------------------------------------

Result<std::optional<Device>> Service::load_device(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDeviceCols) + " WHERE d.id = $1", {id}));
  if (!row) return std::optional<Device>{};
  return std::optional<Device>(device_from(*row));
}

Result<std::pair<std::int64_t, std::vector<Device>>> Service::devices(const Context& ctx, const ListQuery& q) {
  db::Params p;
  std::string where = " WHERE 1 = 1" + db::tenant_filter(ctx, "d.customer_id", p);
  if (q.site) where += " AND d.site_id = " + next(p, *q.site);
  if (q.room) where += " AND d.room_id = " + next(p, *q.room);
  if (q.rack) where += " AND d.rack_id = " + next(p, *q.rack);
  if (q.customer) where += " AND d.customer_id = " + next(p, *q.customer);
  if (q.status) where += " AND d.status = " + next(p, *q.status);
  if (q.role) where += " AND d.role = " + next(p, *q.role);
  if (q.type) where += " AND d.device_type_id = " + next(p, *q.type);
  if (q.q) {
    auto n = next(p, "%" + *q.q + "%");
    where += " AND (d.name LIKE " + n + " OR d.serial LIKE " + n + " OR d.asset_tag LIKE " + n + ")";
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_devices d" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kDeviceCols) + where +
                                  order_by(q.sort, {{"name", "d.name"}, {"status", "d.status"}, {"role", "d.role"},
                                                    {"created_at", "d.created_at"}},
                                           "d.name, d.id") +
                                  page_sql(lp, q),
                              lp));
  std::vector<Device> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(device_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<Device> Service::device(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto d, load_device(tx, id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Device");
  COLO_TRY(auto ev, tx.query("SELECT kind, detail, actor, at FROM dcim_device_events WHERE device_id = $1 ORDER BY id", {id}));
  for (const auto& r : ev.rows) d->history.push_back({r.text(0), r.text(1), r.text(2), r.text(3)});
  COLO_TRY(auto mt, tx.query("SELECT id, performed_on, performed_by, summary, next_due FROM dcim_maintenance "
                             "WHERE device_id = $1 ORDER BY performed_on DESC, id DESC", {id}));
  for (const auto& r : mt.rows) d->maintenance.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), r.opt_text(4)});
  return std::move(*d);
}

Status Service::event(db::Tx& tx, const Context& ctx, std::int64_t device_id, const std::string& kind,
                      const std::string& detail) {
  COLO_CHECK(tx.exec("INSERT INTO dcim_device_events (device_id, kind, detail, actor, at) VALUES ($1, $2, $3, $4, $5)",
                     {device_id, kind, detail, ctx.principal->username, now_text(clock_)}));
  return {};
}

Status Service::write_rack_rules(db::Tx& tx, const Context& ctx, const Device& d, bool force) {
  if (!d.rack_id) return {};
  COLO_TRY(auto rack, load_rack(tx, *d.rack_id));
  if (!rack) return Error::validation({{"rack_id", "not_found", "No such rack."}});
  if (rack->customer_id && d.customer_id != rack->customer_id)
    return Error::unprocessable("dcim.placement.dedicated_rack", "The rack is dedicated to another customer.",
                                {{"rack_id", "dedicated", "The rack is dedicated to another customer."}});
  if (d.height_hu > 0 && !d.bottom_hu)
    return Error::validation({{"position", "required", "A racked device needs a position."}});
  std::vector<Occupant> occupants;
  COLO_TRY(auto occ, tx.query("SELECT d.id, d.name, d.bottom_hu, t.height_hu, d.face, t.full_depth FROM dcim_devices d "
                              "JOIN dcim_device_types t ON t.id = d.device_type_id WHERE d.rack_id = $1 AND d.id <> $2 "
                              "AND d.bottom_hu IS NOT NULL",
                              {*d.rack_id, d.id}));
  for (const auto& r : occ.rows)
    occupants.push_back({r.int64(0), r.text(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3)),
                         r.text(4), r.boolean(5)});
  std::vector<Reserved> reserved;
  COLO_TRY(auto res, tx.query("SELECT id, customer_id, bottom_hu, height_hu FROM dcim_reservations WHERE rack_id = $1 "
                              "AND released_at IS NULL AND expires_at > $2",
                              {*d.rack_id, now_text(clock_)}));
  for (const auto& r : res.rows)
    reserved.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3))});
  // Another customer's device is named only to staff.
  if (ctx.tenant())
    for (auto& o : occupants) o.name = "another device";
  COLO_CHECK(check_placement({rack->u_height, rack->status}, occupants, reserved,
                             {d.bottom_hu.value_or(0), d.height_hu, d.face.value_or("front"), d.full_depth,
                              d.customer_id, d.id}));
  COLO_TRY(auto load, tx.one("SELECT COALESCE(SUM(CASE WHEN d.redundant_power = 1 OR d.feed = 'A' THEN t.max_power_w ELSE 0 END), 0), "
                             "COALESCE(SUM(CASE WHEN d.redundant_power = 1 OR d.feed = 'B' THEN t.max_power_w ELSE 0 END), 0) "
                             "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
                             "WHERE d.rack_id = $1 AND d.id <> $2 AND d.status <> 'decommissioned'",
                             {*d.rack_id, d.id}));
  auto power = check_power({rack->power_a_w, rack->power_b_w, load->int64(0), load->int64(1)},
                           feed_load(d.status == "decommissioned" ? 0 : d.max_power_w, d.redundant_power, d.feed[0]));
  if (!power.ok()) {
    if (!force) return power;
    if (!ctx.can("dcim.power.force"))
      return Error::forbidden("Forcing power over capacity needs dcim.power.force.");
  }
  return {};
}

Result<Device> Service::save_device(const Context& ctx, std::optional<std::int64_t> id, const DeviceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Device d;
  std::optional<Device> before;
  if (id) {
    COLO_TRY(auto existing, load_device(tx, *id));
    if (!existing || !ctx.sees(existing->customer_id)) return Error::not_found("Device");
    d = *existing;
    before = existing;
  } else {
    d.id = 0;
  }
  if (in.device_type_id) d.device_type_id = *in.device_type_id;
  if (in.name) d.name = *in.name;
  if (in.serial) d.serial = *in.serial;
  if (in.role) d.role = *in.role;
  if (in.status) d.status = *in.status;
  if (in.mgmt_address) d.mgmt_address = *in.mgmt_address;
  if (in.config_notes) d.config_notes = *in.config_notes;
  if (in.feed) d.feed = *in.feed;
  if (in.asset_tag) d.asset_tag = *in.asset_tag;
  if (in.face) d.face = *in.face;
  if (in.customer_id) d.customer_id = *in.customer_id;
  if (in.rack_id) d.rack_id = *in.rack_id;
  if (in.position) d.bottom_hu = *in.position ? std::optional<int>(hu_of_u(**in.position)) : std::nullopt;
  if (in.redundant_power) d.redundant_power = *in.redundant_power;
  std::vector<FieldError> errors;
  if (d.name.empty()) errors.push_back({"name", "required", "A name is required."});
  COLO_TRY(auto type_row, tx.one(std::string(kTypeCols) + " WHERE t.id = $1", {d.device_type_id}));
  if (!type_row) {
    errors.push_back({"device_type_id", "not_found", "No such device type."});
  } else {
    auto t = type_from(*type_row);
    d.height_hu = t.height_hu;
    d.full_depth = t.full_depth;
    d.max_power_w = t.max_power_w;
    d.type_label = t.manufacturer + " " + t.model;
  }
  if (d.customer_id) {
    COLO_TRY(auto c, customers_.find(tx, *d.customer_id));
    if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  }
  if (in.position && *in.position && std::fmod(**in.position * 2, 1.0) != 0)
    errors.push_back({"position", "half_unit", "Positions are in half-unit steps."});
  if (d.rack_id && !d.face) d.face = "front";
  if (!d.rack_id) {
    d.bottom_hu.reset();
    d.face.reset();
    d.site_id.reset();
    d.room_id.reset();
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (d.rack_id) {
    COLO_TRY(auto rk, load_rack(tx, *d.rack_id));
    if (!rk) return Error::validation({{"rack_id", "not_found", "No such rack."}});
    d.site_id = rk->site_id;
    d.room_id = rk->room_id;
  }
  if (d.height_hu == 0) d.bottom_hu.reset();
  COLO_CHECK(write_rack_rules(tx, ctx, d, in.force_power));
  auto now = now_text(clock_);
  db::Params vals{d.device_type_id, d.name, d.serial, d.asset_tag, d.role, d.status, d.customer_id, d.site_id,
                  d.room_id, d.rack_id, d.bottom_hu, d.face, d.redundant_power, d.feed, d.mgmt_address,
                  d.config_notes, now};
  Result<std::int64_t> saved = 0;
  if (id) {
    vals.push_back(*id);
    saved = tx.exec("UPDATE dcim_devices SET device_type_id = $1, name = $2, serial = $3, asset_tag = $4, role = $5, "
                    "status = $6, customer_id = $7, site_id = $8, room_id = $9, rack_id = $10, bottom_hu = $11, "
                    "face = $12, redundant_power = $13, feed = $14, mgmt_address = $15, config_notes = $16, "
                    "updated_at = $17 WHERE id = $18", vals);
  } else {
    saved = tx.insert("INSERT INTO dcim_devices (device_type_id, name, serial, asset_tag, role, status, customer_id, "
                      "site_id, room_id, rack_id, bottom_hu, face, redundant_power, feed, mgmt_address, config_notes, "
                      "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
                      "$15, $16, $17, $17) RETURNING id", vals);
  }
  if (!saved.ok()) {
    if (saved.error().code == "db.unique_violation")
      return Error{ErrorKind::conflict, "dcim.device.asset_tag_taken", "Another device has this asset tag.",
                   {{"asset_tag", "taken", "Another device has this asset tag."}}};
    return std::move(saved).error();
  }
  if (!id) {
    d.id = *saved;
    COLO_CHECK(event(tx, ctx, d.id, "received", "Entered into the ledger as " + d.type_label));
    COLO_CHECK(tx.exec("INSERT INTO dcim_interfaces (device_id, name, type, speed_mbps, mgmt_only) "
                       "SELECT $1, name, type, NULL, mgmt_only FROM dcim_device_type_interfaces "
                       "WHERE device_type_id = $2 ORDER BY position",
                       {d.id, d.device_type_id}));
    COLO_TRY(auto ifs, tx.query("SELECT id, type FROM dcim_interfaces WHERE device_id = $1", {d.id}));
    for (const auto& r : ifs.rows)
      if (auto sp = speed_of(r.text(1))) COLO_CHECK(tx.exec("UPDATE dcim_interfaces SET speed_mbps = $2 WHERE id = $1", {r.int64(0), *sp}));
    if (d.rack_id) COLO_CHECK(event(tx, ctx, d.id, "racked", "Racked in " + std::to_string(*d.rack_id) + " at hu " +
                                                                 std::to_string(d.bottom_hu.value_or(0))));
  } else {
    if (before->rack_id != d.rack_id || before->bottom_hu != d.bottom_hu || before->face != d.face) {
      if (!d.rack_id)
        COLO_CHECK(event(tx, ctx, d.id, "removed", "Removed from rack " + std::to_string(before->rack_id.value_or(0))));
      else if (!before->rack_id)
        COLO_CHECK(event(tx, ctx, d.id, "racked", "Racked in " + std::to_string(*d.rack_id)));
      else
        COLO_CHECK(event(tx, ctx, d.id, "moved", "Moved from rack " + std::to_string(*before->rack_id) + " hu " +
                                                     std::to_string(before->bottom_hu.value_or(0)) + " to rack " +
                                                     std::to_string(*d.rack_id) + " hu " +
                                                     std::to_string(d.bottom_hu.value_or(0))));
    }
    if (before->status != d.status)
      COLO_CHECK(event(tx, ctx, d.id, "status", before->status + " -> " + d.status));
  }
  auto after = device_audit(d);
  if (in.force_power) after.as_object()["forced_power"] = true;
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.device", std::to_string(d.id), id ? "update" : "create",
                                             before ? device_audit(*before) : json::value(nullptr), after,
                                             d.customer_id}));
  COLO_TRY(auto fresh, load_device(tx, d.id));
  COLO_CHECK(tx.commit());
  return std::move(*fresh);
}

Result<Maintenance> Service::add_maintenance(const Context& ctx, std::int64_t device_id, const Maintenance& m) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load_device(tx, device_id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Device");
  Maintenance out = m;
  if (out.performed_by.empty()) out.performed_by = ctx.principal->username;
  if (out.next_due && *out.next_due <= out.performed_on)
    return Error::validation({{"next_due", "before_performed", "The next due date must follow the work."}});
  COLO_TRY(out.id, tx.insert("INSERT INTO dcim_maintenance (device_id, performed_on, performed_by, summary, next_due, "
                             "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                             {device_id, out.performed_on, out.performed_by, out.summary, out.next_due, now_text(clock_)}));
  COLO_CHECK(event(tx, ctx, device_id, "maintenance", out.summary));
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.maintenance", std::to_string(out.id), "create", nullptr,
                                             json::object{{"device_id", device_id}, {"summary", out.summary},
                                                          {"performed_on", out.performed_on}},
                                             d->customer_id}));
  COLO_CHECK(tx.commit());
  return out;
}

// ---- reservations -----------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Reservation>>> Service::reservations(const Context& ctx, const ListQuery& q) {
  db::Params p{now_text(clock_)};
  std::string where = " WHERE v.released_at IS NULL AND v.expires_at > $1" + db::tenant_filter(ctx, "v.customer_id", p);
  if (q.rack) where += " AND v.rack_id = " + next(p, *q.rack);
  if (q.customer) where += " AND v.customer_id = " + next(p, *q.customer);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_reservations v" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query("SELECT v.id, v.rack_id, v.customer_id, v.bottom_hu, v.height_hu, v.reason, v.expires_at, "
                              "v.created_at, v.released_at FROM dcim_reservations v" + where + " ORDER BY v.id" +
                                  page_sql(lp, q),
                              lp));
  std::vector<Reservation> out;
  for (const auto& r : res.rows)
    out.push_back({r.int64(0), r.int64(1), r.int64(2), static_cast<int>(r.int64(3)), static_cast<int>(r.int64(4)),
                   r.text(5), r.text(6), r.text(7), r.opt_text(8)});
  return std::pair{count->int64(0), std::move(out)};
}

Result<Reservation> Service::reserve(const Context& ctx, std::int64_t rack_id, std::int64_t customer_id, double position,
                                     double units, Instant expires_at, const std::string& reason) {
  if (expires_at <= clock_.now())
    return Error::validation({{"expires_at", "in_past", "The expiry must be in the future."}});
  if (units <= 0 || std::fmod(units * 2, 1.0) != 0 || std::fmod(position * 2, 1.0) != 0)
    return Error::validation({{"units", "half_unit", "Units and position are in half-unit steps."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto rack, load_rack(tx, rack_id));
  if (!rack) return Error::validation({{"rack_id", "not_found", "No such rack."}});
  COLO_TRY(auto c, customers_.find(tx, customer_id));
  if (!c) return Error::validation({{"customer_id", "not_found", "No such customer."}});
  if (rack->customer_id && *rack->customer_id != customer_id)
    return Error::unprocessable("dcim.placement.dedicated_rack", "The rack is dedicated to another customer.");
  // Reserved units must be free now: no device and no other live reservation.
  Device probe;
  probe.rack_id = rack_id;
  probe.bottom_hu = hu_of_u(position);
  probe.height_hu = hu_of_u(units);
  probe.full_depth = true;
  probe.face = "front";
  probe.customer_id = customer_id;
  probe.status = "decommissioned";  // no power
  COLO_CHECK(write_rack_rules(tx, ctx, probe, false));
  Reservation r{0, rack_id, customer_id, hu_of_u(position), hu_of_u(units), reason, format_instant(expires_at),
                now_text(clock_), std::nullopt};
  COLO_TRY(r.id, tx.insert("INSERT INTO dcim_reservations (rack_id, customer_id, bottom_hu, height_hu, reason, "
                           "expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                           {rack_id, customer_id, r.bottom_hu, r.height_hu, reason, r.expires_at, r.created_at}));
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.reservation", std::to_string(r.id), "create", nullptr,
                                             json::object{{"rack_id", rack_id}, {"bottom_hu", r.bottom_hu},
                                                          {"height_hu", r.height_hu}, {"expires_at", r.expires_at}},
                                             customer_id}));
  COLO_CHECK(tx.commit());
  return r;
}

Status Service::release_reservation(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one("SELECT customer_id FROM dcim_reservations WHERE id = $1 AND released_at IS NULL", {id}));
  if (!row || !ctx.sees(row->int64(0))) return Error::not_found("Reservation");
  COLO_CHECK(tx.exec("UPDATE dcim_reservations SET released_at = $2 WHERE id = $1", {id, now_text(clock_)}));
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.reservation", std::to_string(id), "release", nullptr, nullptr,
                                             row->int64(0)}));
  return tx.commit();
}

// ---- interfaces -------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Interface>>> Service::interfaces(const Context& ctx, const ListQuery& q,
                                                                            std::optional<std::int64_t> device) {
  db::Params p;
  std::string where = " WHERE 1 = 1" + db::tenant_filter(ctx, "d.customer_id", p);
  if (device) where += " AND i.device_id = " + next(p, *device);
  if (q.rack) where += " AND d.rack_id = " + next(p, *q.rack);
  if (q.customer) where += " AND d.customer_id = " + next(p, *q.customer);
  if (q.site) where += " AND d.site_id = " + next(p, *q.site);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM dcim_interfaces i JOIN dcim_devices d ON d.id = i.device_id" + where, p));
  auto lp = p;
  COLO_TRY(auto res, tx.query(std::string(kInterfaceCols) + where + " ORDER BY d.name, i.id" + page_sql(lp, q), lp));
  std::vector<Interface> out;
  for (const auto& r : res.rows) out.push_back(interface_from(r));
  return std::pair{count->int64(0), std::move(out)};
}

Result<std::vector<Interface>> Service::interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<Interface> out;
  if (ids.empty()) return out;
  db::Params p;
  std::string in;
  for (auto id : ids) in += (in.empty() ? "" : ", ") + next(p, id);
  COLO_TRY(auto res, tx.query(std::string(kInterfaceCols) + " WHERE i.id IN (" + in + ")", p));
  for (const auto& r : res.rows) out.push_back(interface_from(r));
  return out;
}

Result<std::vector<std::int64_t>> Service::customer_devices(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query("SELECT id FROM dcim_devices WHERE customer_id = $1 ORDER BY id", {customer_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<bool> Service::site_exists(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one("SELECT 1 FROM dcim_sites WHERE id = $1", {id}));
  return row.has_value();
}

Result<std::optional<Site>> Service::site_by_slug(db::Tx& tx, const std::string& slug) {
  COLO_TRY(auto row, tx.one(std::string(kSiteCols) + " WHERE s.slug = $1", {slug}));
  if (!row) return std::optional<Site>{};
  return std::optional<Site>(site_from(*row));
}

// ---- utilisation ------------------------------------------------------------------------------

Result<std::vector<Utilisation>> Service::utilisation(const Context& ctx, const std::string& scope,
                                                      std::optional<std::int64_t> id) {
  // Aggregated per rack in SQL, then per scope in SQL: no row is loaded one by one.
  std::string key, name_join, name_col;
  if (scope == "site") {
    key = "r.site_id";
    name_join = " JOIN dcim_sites x ON x.id = r.site_id";
  } else if (scope == "room") {
    key = "r.room_id";
    name_join = " JOIN dcim_rooms x ON x.id = r.room_id";
  } else {
    key = "r.id";
    name_join = " JOIN dcim_racks x ON x.id = r.id";
  }
  db::Params p{now_text(clock_)};
  std::string where = " WHERE r.status <> 'decommissioned'" + rack_visibility(ctx, "r", p, now_text(clock_));
  if (id) where += " AND " + key + " = " + next(p, *id);
  const std::string sql =
      "SELECT " + key + ", x.name, COUNT(*), SUM(r.u_height * 2), SUM(COALESCE(dv.front_hu, 0)), "
      "SUM(COALESCE(dv.rear_hu, 0)), SUM(COALESCE(rv.reserved_hu, 0)), SUM(r.power_a_w), SUM(r.power_b_w), "
      "SUM(COALESCE(dv.load_a, 0)), SUM(COALESCE(dv.load_b, 0)), SUM(COALESCE(dv.devices, 0)), "
      "SUM(COALESCE(iv.total, 0)), SUM(COALESCE(iv.enabled, 0)) "
      "FROM dcim_racks r" + name_join +
      " LEFT JOIN (SELECT d.rack_id, COUNT(*) AS devices, "
      "SUM(CASE WHEN d.bottom_hu IS NOT NULL AND (t.full_depth = 1 OR d.face = 'front') THEN t.height_hu ELSE 0 END) AS front_hu, "
      "SUM(CASE WHEN d.bottom_hu IS NOT NULL AND (t.full_depth = 1 OR d.face = 'rear') THEN t.height_hu ELSE 0 END) AS rear_hu, "
      "SUM(CASE WHEN d.status <> 'decommissioned' AND (d.redundant_power = 1 OR d.feed = 'A') THEN t.max_power_w ELSE 0 END) AS load_a, "
      "SUM(CASE WHEN d.status <> 'decommissioned' AND (d.redundant_power = 1 OR d.feed = 'B') THEN t.max_power_w ELSE 0 END) AS load_b "
      "FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id WHERE d.rack_id IS NOT NULL "
      "GROUP BY d.rack_id) dv ON dv.rack_id = r.id "
      "LEFT JOIN (SELECT rack_id, SUM(height_hu) AS reserved_hu FROM dcim_reservations WHERE released_at IS NULL "
      "AND expires_at > $1 GROUP BY rack_id) rv ON rv.rack_id = r.id "
      "LEFT JOIN (SELECT d.rack_id, COUNT(*) AS total, SUM(i.enabled) AS enabled FROM dcim_interfaces i "
      "JOIN dcim_devices d ON d.id = i.device_id WHERE d.rack_id IS NOT NULL GROUP BY d.rack_id) iv ON iv.rack_id = r.id" +
      where + " GROUP BY " + key + ", x.name ORDER BY x.name";
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto res, tx.query(sql, p));
  std::vector<Utilisation> out;
  for (const auto& r : res.rows) {
    Utilisation u;
    u.scope = scope;
    u.id = r.int64(0);
    u.name = r.text(1);
    u.racks = r.int64(2);
    u.units_total = r.int64(3);
    u.units_front_hu = r.int64(4);
    u.units_rear_hu = r.int64(5);
    u.units_reserved_hu = r.int64(6);
    u.power_a_w = r.int64(7);
    u.power_b_w = r.int64(8);
    u.allocated_a_w = r.int64(9);
    u.allocated_b_w = r.int64(10);
    u.devices = r.int64(11);
    u.interfaces = r.int64(12);
    u.interfaces_enabled = r.int64(13);
    out.push_back(u);
  }
  return out;
}

// ---- bulk fill (demo and benchmarks) -----------------------------------------------------------

Result<std::int64_t> Service::bulk_fill(const Context& ctx, const BulkFill& f) {
  if (f.device_type_ids.empty()) return Error::invalid("dcim.bulk", "No device types given.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto room, tx.one("SELECT site_id FROM dcim_rooms WHERE id = $1", {f.room_id}));
  if (!room) return Error::not_found("Room");
  const std::int64_t site_id = room->int64(0);
  std::map<std::int64_t, std::pair<int, std::int64_t>> types;  // id -> height, power
  for (auto id : f.device_type_ids) {
    COLO_TRY(auto t, tx.one("SELECT height_hu, max_power_w FROM dcim_device_types WHERE id = $1", {id}));
    if (!t) return Error::not_found("Device type");
    types[id] = {static_cast<int>(t->int64(0)), t->int64(1)};
  }
  const auto now = now_text(clock_);
  std::int64_t devices = 0;
  std::size_t next_type = 0;
  for (int r = 0; r < f.racks; ++r) {
    char rowname[16];
    std::snprintf(rowname, sizeof rowname, "%s%02d", f.row_prefix.c_str(), r / f.racks_per_row + 1);
    char rackname[48];
    std::snprintf(rackname, sizeof rackname, "%s-%02d", rowname, r % f.racks_per_row + 1);
    auto dedicated = f.dedicated.empty() ? std::optional<std::int64_t>{} : f.dedicated[static_cast<std::size_t>(r) % f.dedicated.size()];
    COLO_TRY(auto rack_id, tx.insert("INSERT INTO dcim_racks (room_id, site_id, row_name, name, facility_id, u_height, "
                                     "descending, power_a_w, power_b_w, max_weight_kg, status, customer_id, created_at, "
                                     "updated_at) VALUES ($1, $2, $3, $4, NULL, 42, 0, $7, $7, 1200, 'active', $5, $6, $6) "
                                     "RETURNING id",
                                     {f.room_id, site_id, std::string(rowname), std::string(rackname), dedicated, now,
                                      f.rack_power_w}));
    int bottom = 2;
    std::int64_t load = 0;
    std::string values;
    db::Params p;
    for (int d = 0; d < f.devices_per_rack; ++d) {
      auto type_id = f.device_type_ids[next_type++ % f.device_type_ids.size()];
      auto [h, w] = types[type_id];
      if (bottom + h > 86 || load + w > f.rack_power_w) break;
      auto owner = dedicated ? dedicated
                             : (f.owners.empty() ? std::optional<std::int64_t>{}
                                                 : f.owners[static_cast<std::size_t>(r + d) % f.owners.size()]);
      char name[64];
      std::snprintf(name, sizeof name, "%s-%s-%02d", f.name_prefix.c_str(), rackname, d + 1);
      if (!values.empty()) values += ", ";
      // Placeholders in order: the operands of + are not evaluated in a fixed order.
      std::string row = "(";
      row += next(p, type_id) + ", ";
      row += next(p, std::string(name)) + ", ";
      row += next(p, "SN" + std::to_string(rack_id * 100 + d)) + ", 'server', 'active', ";
      row += next(p, owner) + ", ";
      row += next(p, site_id) + ", ";
      row += next(p, f.room_id) + ", ";
      row += next(p, rack_id) + ", ";
      row += next(p, h > 0 ? std::optional<int>(bottom) : std::nullopt) + ", 'front', 1, 'A', ";
      auto ts = next(p, now);
      row += ts + ", " + ts + ")";
      values += row;
      bottom += h;
      load += w;
      ++devices;
    }
    if (!values.empty())
      COLO_CHECK(tx.exec("INSERT INTO dcim_devices (device_type_id, name, serial, role, status, customer_id, site_id, "
                         "room_id, rack_id, bottom_hu, face, redundant_power, feed, created_at, updated_at) VALUES " + values,
                         p));
    if (f.with_interfaces && !values.empty())
      COLO_CHECK(tx.exec("INSERT INTO dcim_interfaces (device_id, name, type, mgmt_only) SELECT d.id, t.name, t.type, "
                         "t.mgmt_only FROM dcim_devices d JOIN dcim_device_type_interfaces t ON t.device_type_id = "
                         "d.device_type_id WHERE d.rack_id = $1",
                         {rack_id}));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_, {"dcim.room", std::to_string(f.room_id), "bulk_fill", nullptr,
                                             json::object{{"racks", f.racks}, {"devices", devices}}, std::nullopt}));
  COLO_CHECK(tx.commit());
  return devices;
}

}  // namespace colo::dcim
