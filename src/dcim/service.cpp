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

namespace colo::dcim {

namespace json = boost::json;

namespace {

template <typename T>
json::value opt(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value site_audit(const Site& s) {
  return json::object{{"name", s.name}, {"slug", s.slug}, {"address", s.address}, {"time_zone", s.time_zone},
                      {"uplink_mbps", s.uplink_mbps}};
}
json::value room_audit(const Room& m) {
  return json::object{{"name", m.name}, {"site_id", m.site_id}, {"floor", m.floor}, {"temp_min_c", m.temp_min_c},
                      {"temp_max_c", m.temp_max_c}, {"humidity_min_pct", m.humidity_min_pct},
                      {"humidity_max_pct", m.humidity_max_pct}};
}
json::value rack_audit(const Rack& r) {
  return json::object{{"name", r.name}, {"room_id", r.room_id}, {"row", r.row_name}, {"u_height", r.u_height},
                      {"status", r.status}, {"power_a_w", r.power_a_w}, {"power_b_w", r.power_b_w},
                      {"max_weight_kg", r.max_weight_kg}, {"facility_id", opt(r.facility_id)},
                      {"customer_id", opt(r.customer_id)}};
}
json::value feed_audit(const PowerFeed& f) {
  return json::object{{"rack_id", f.rack_id}, {"name", f.name}, {"side", f.side}, {"voltage", f.voltage},
                      {"amperage", f.amperage}, {"phase", f.phase}, {"max_utilisation_pct", f.max_utilisation_pct},
                      {"capacity_w", f.capacity_w}, {"status", f.status}};
}
json::value device_audit(const Device& d) {
  return json::object{{"name", d.name}, {"device_type_id", d.device_type_id}, {"status", d.status}, {"role", d.role},
                      {"rack_id", opt(d.rack_id)}, {"bottom_hu", opt(d.bottom_hu)}, {"face", opt(d.face)},
                      {"site_id", opt(d.site_id)}, {"customer_id", opt(d.customer_id)}, {"serial", d.serial},
                      {"asset_tag", opt(d.asset_tag)}, {"redundant_power", d.redundant_power}, {"feed", d.feed},
                      {"mgmt_address", d.mgmt_address}};
}

bool is_one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

// "U10 (front)" for the history.
std::string place_text(const std::string& rack_name, std::optional<int> bottom_hu, std::optional<std::string> face) {
  std::string s = rack_name;
  if (bottom_hu) s += " at " + u_text(*bottom_hu);
  if (face) s += " (" + *face + ")";
  return s;
}

// The amperage that gives at least `watts` at this voltage, phase and utilisation limit.
int amperage_for(std::int64_t watts, int voltage, const std::string& phase, int pct) {
  long double per_amp = static_cast<long double>(voltage) * pct / 100.0L;
  if (phase == "three") per_amp *= std::sqrt(3.0L);
  return std::max(1, static_cast<int>(std::ceil(static_cast<long double>(watts) / per_amp - 1e-9L)));
}

Error conflict_field(std::string code, const std::string& field, std::string message) {
  return Error{ErrorKind::conflict, std::move(code), message, {{field, "taken", message}}};
}

}  // namespace

Service::Service(db::Database& db, const Clock& clock, customers::Service& customers)
    : db_(db), clock_(clock), customers_(customers), counts_(std::make_unique<db::CountCache>()) {}
Service::~Service() = default;

std::string Service::now() const { return format_instant(clock_.now()); }

// ---- sites, rooms, rows -----------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Site>>> Service::sites(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_sites(tx, q);
}

Result<Site> Service::site(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto s, store::find_site(tx, id));
  if (!s) return Error::not_found("Site");
  return std::move(*s);
}

Result<Site> Service::save_site(const Context& ctx, std::optional<std::int64_t> id, const SiteInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Site s;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto existing, store::find_site(tx, *id));
    if (!existing) return Error::not_found("Site");
    s = std::move(*existing);
    before = site_audit(s);
  } else {
    s.time_zone = "Asia/Shanghai";
  }
  if (in.name) s.name = *in.name;
  if (in.slug) s.slug = *in.slug;
  if (s.slug.empty()) s.slug = slugify(s.name);
  if (s.slug.empty()) s.slug = "site";  // a name of Chinese characters only: made unique below
  if (in.address) s.address = *in.address;
  if (in.time_zone) s.time_zone = *in.time_zone;
  if (in.uplink_mbps) s.uplink_mbps = *in.uplink_mbps;
  std::vector<FieldError> errors;
  if (s.name.empty()) errors.push_back({"name", "required", "A name is required."});
  // An IANA zone name ("Asia/Shanghai", "UTC"): letters, digits and _ + - / only.
  bool zone_ok = !s.time_zone.empty();
  for (unsigned char c : s.time_zone)
    if (!std::isalnum(c) && c != '_' && c != '+' && c != '-' && c != '/') zone_ok = false;
  if (!zone_ok) errors.push_back({"time_zone", "invalid", "An IANA time zone such as Asia/Shanghai."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (!in.slug && !id) {
    // A generated slug must not collide: site, site-2, site-3, ...
    std::string base = s.slug;
    for (int n = 2;; ++n) {
      COLO_TRY(auto taken, store::find_site_by_slug(tx, s.slug));
      if (!taken) break;
      s.slug = base + "-" + std::to_string(n);
    }
  }
  const auto t = now();
  Result<std::int64_t> saved = id ? store::update_site(tx, s, t) : store::insert_site(tx, s, t);
  if (!saved.ok()) {
    if (saved.error().is("db.unique_violation"))
      return conflict_field("dcim.site.name_taken", "name", "A site with this name or slug exists.");
    return std::move(saved).error();
  }
  if (!id) {
    s.id = *saved;
    s.created_at = t;
  }
  s.updated_at = t;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.site", std::to_string(s.id), id ? "update" : "create", before, site_audit(s), std::nullopt}));
  COLO_CHECK(tx.commit());
  return s;
}

Result<std::pair<std::int64_t, std::vector<Room>>> Service::rooms(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_rooms(tx, q);
}

Result<Room> Service::room(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto m, store::find_room(tx, id));
  if (!m) return Error::not_found("Room");
  return std::move(*m);
}

Result<Room> Service::save_room(const Context& ctx, std::optional<std::int64_t> id, const RoomInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Room m;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto existing, store::find_room(tx, *id));
    if (!existing) return Error::not_found("Room");
    m = std::move(*existing);
    before = room_audit(m);
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
  COLO_TRY(auto site, store::find_site(tx, m.site_id));
  if (!site) errors.push_back({"site_id", "not_found", "No such site."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto same_name, store::find_room_by_name(tx, m.site_id, m.name));
  if (same_name && same_name->id != m.id)
    return conflict_field("dcim.room.name_taken", "name", "The site has a room of this name.");
  const auto t = now();
  if (id) {
    COLO_CHECK(store::update_room(tx, m, t));
  } else {
    COLO_TRY(m.id, store::insert_room(tx, m, t));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.room", std::to_string(m.id), id ? "update" : "create", before, room_audit(m), std::nullopt}));
  COLO_TRY(auto fresh, store::find_room(tx, m.id));
  COLO_CHECK(tx.commit());
  return std::move(*fresh);
}

Result<std::pair<std::int64_t, std::vector<RackRow>>> Service::rows(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_rows(tx, ctx, q, now());
}

// ---- racks ------------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Rack>>> Service::racks(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_racks(tx, ctx, q, now());
}

Result<Rack> Service::rack(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto r, store::find_visible_rack(tx, ctx, id, now()));
  if (!r) return Error::not_found("Rack");
  return std::move(*r);
}

Result<Rack> Service::save_rack(const Context& ctx, std::optional<std::int64_t> id, const RackInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto saved, save_rack_in(tx, ctx, id, in));
  COLO_CHECK(tx.commit());
  return std::move(saved.rack);
}

Result<Service::SavedRack> Service::save_rack_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id,
                                                 const RackInput& in) {
  Rack k;
  std::optional<Rack> before;
  if (id) {
    COLO_TRY(auto existing, store::find_rack(tx, *id));
    if (!existing) return Error::not_found("Rack");
    k = *existing;
    before = std::move(existing);
  }
  if (in.room_id) k.room_id = *in.room_id;
  if (in.row_name) k.row_name = *in.row_name;
  if (in.name) k.name = *in.name;
  if (in.status) k.status = *in.status;
  if (in.facility_id) k.facility_id = *in.facility_id;
  if (k.facility_id && k.facility_id->empty()) k.facility_id.reset();
  if (in.u_height) k.u_height = *in.u_height;
  if (in.descending) k.descending = *in.descending;
  if (in.max_weight_kg) k.max_weight_kg = *in.max_weight_kg;
  if (in.customer_id) k.customer_id = *in.customer_id;
  std::vector<FieldError> errors;
  if (k.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (k.name.size() > 100) errors.push_back({"name", "too_long", "At most 100 characters."});
  if (k.row_name.size() > 50) errors.push_back({"row", "too_long", "At most 50 characters."});
  if (!is_one_of(k.status, kRackStatuses)) errors.push_back({"status", "invalid_choice", "planned, active, reserved or decommissioned."});
  if (k.u_height < 1 || k.u_height > 100) errors.push_back({"u_height", "out_of_range", "From 1 to 100 U."});
  if (k.max_weight_kg < 0) errors.push_back({"max_weight_kg", "out_of_range", "Not negative."});
  for (auto [w, field] : {std::pair{in.power_a_w, "power_a_w"}, std::pair{in.power_b_w, "power_b_w"}})
    if (w && *w < 0) errors.push_back({field, "out_of_range", "Not negative."});
  COLO_TRY(auto room, store::find_room(tx, k.room_id));
  if (!room)
    errors.push_back({"room_id", "not_found", "No such room."});
  else
    k.site_id = room->site_id;
  if (k.customer_id) {
    COLO_TRY(auto c, customers_.find(tx, *k.customer_id));
    if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  }
  if (id) {
    // Shrinking a rack below its devices would leave them hanging in the air.
    COLO_TRY(int top, store::rack_top_hu(tx, *id));
    if (top > (k.u_height + 1) * 2) errors.push_back({"u_height", "too_small", "Devices sit above this height."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (room) {
    COLO_TRY(auto same_name, store::find_rack_by_name(tx, k.room_id, k.name));
    if (same_name && same_name->id != k.id)
      return conflict_field("dcim.rack.name_taken", "name", "The room has a rack of this name.");
  }
  if (id && k.status == "decommissioned" && before->status != "decommissioned") {
    COLO_TRY(auto held, store::rack_device_count(tx, *id));
    if (held > 0)
      return Error::unprocessable("dcim.rack.not_empty",
                                  "The rack still holds " + std::to_string(held) + " devices; remove them first.",
                                  {{"status", "not_empty", "The rack still holds devices."}});
  }
  if (k.customer_id && (!before || before->customer_id != k.customer_id) && id) {
    // Dedicating a rack: no other customer's device may stay in it.
    COLO_TRY(bool foreign, store::rack_holds_other_customers(tx, *id, *k.customer_id));
    if (foreign)
      return Error::unprocessable("dcim.placement.dedicated_rack",
                                  "Another customer's devices are in this rack; it cannot be dedicated.",
                                  {{"customer_id", "dedicated", "Another customer's devices are in the rack."}});
  }
  const bool power_a = in.power_a_w && (!before || *in.power_a_w != before->power_a_w);
  const bool power_b = in.power_b_w && (!before || *in.power_b_w != before->power_b_w);
  if (before && !power_a && !power_b && k.room_id == before->room_id && k.row_name == before->row_name &&
      k.name == before->name && k.status == before->status && k.facility_id == before->facility_id &&
      k.u_height == before->u_height && k.descending == before->descending &&
      k.max_weight_kg == before->max_weight_kg && k.customer_id == before->customer_id)
    return SavedRack{std::move(k), false};
  const auto t = now();
  if (id) {
    COLO_CHECK(store::update_rack(tx, k, t));
  } else {
    k.power_a_w = k.power_b_w = 0;
    COLO_TRY(k.id, store::insert_rack(tx, k, t));
  }
  if (power_a && (before || *in.power_a_w > 0)) COLO_CHECK(set_side_capacity(tx, ctx, k, 'A', *in.power_a_w));
  if (power_b && (before || *in.power_b_w > 0)) COLO_CHECK(set_side_capacity(tx, ctx, k, 'B', *in.power_b_w));
  if (power_a || power_b) {
    COLO_CHECK(store::refresh_rack_power(tx, k.id));
    if (before) COLO_CHECK(check_rack_power(tx, ctx, k.id, in.force_power, before->power_a_w, before->power_b_w));
  }
  COLO_TRY(auto fresh, store::find_rack(tx, k.id));
  auto after = rack_audit(*fresh);
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.rack", std::to_string(k.id), id ? "update" : "create",
                            before ? rack_audit(*before) : json::value(nullptr), after, fresh->customer_id}));
  return SavedRack{std::move(*fresh), true};
}

// The rack power shortcut: the side's single active feed takes the capacity.
Status Service::set_side_capacity(db::Tx& tx, const Context& ctx, const Rack& rack, char side, std::int64_t watts) {
  const std::string s(1, side);
  COLO_TRY(auto feeds, store::feeds_of_rack(tx, rack.id));
  std::vector<PowerFeed> active;
  std::optional<PowerFeed> spare;  // an inactive feed of the default name, to reuse
  for (auto& f : feeds) {
    if (f.side != s) continue;
    if (f.status == "active")
      active.push_back(f);
    else if (f.name == "Feed " + s)
      spare = f;
  }
  if (active.size() > 1)
    return Error::unprocessable("dcim.power.multiple_feeds",
                                "Side " + s + " has " + std::to_string(active.size()) +
                                    " feeds; change their capacity through /api/v1/dcim/power-feeds.",
                                {{s == "A" ? "power_a_w" : "power_b_w", "multiple_feeds", "Set the feeds' capacity instead."}});
  const auto t = now();
  std::optional<PowerFeed> f;
  json::value before = nullptr;
  if (!active.empty()) f = active.front();
  else if (spare) f = spare;
  if (f) {
    before = feed_audit(*f);
    if (watts == 0) {
      f->status = "offline";
    } else {
      f->status = "active";
      f->capacity_w = watts;
      f->amperage = amperage_for(watts, f->voltage, f->phase, f->max_utilisation_pct);
    }
    COLO_CHECK(store::update_feed(tx, *f, t));
  } else {
    if (watts == 0) return {};
    PowerFeed n;
    n.rack_id = rack.id;
    n.name = "Feed " + s;
    n.side = s;
    n.capacity_w = watts;
    n.amperage = amperage_for(watts, n.voltage, n.phase, n.max_utilisation_pct);
    COLO_TRY(n.id, store::insert_feed(tx, n, t));
    f = n;
  }
  return audit::record(tx, ctx, clock_,
                       {"dcim.power_feed", std::to_string(f->id), before.is_null() ? "create" : "update", before,
                        feed_audit(*f), rack.customer_id});
}

// After a capacity change: a side whose capacity went down must still carry its allocated load,
// unless forced. (A side already over capacity by an earlier forced allocation may grow.)
Status Service::check_rack_power(db::Tx& tx, const Context& ctx, std::int64_t rack_id, bool force,
                                 std::int64_t before_a_w, std::int64_t before_b_w) {
  COLO_TRY(auto rack, store::find_rack(tx, rack_id));
  COLO_TRY(auto load, store::rack_load(tx, rack_id, 0));
  const auto cap_a = rack->power_a_w < before_a_w ? rack->power_a_w : std::max(rack->power_a_w, load.allocated_a_w);
  const auto cap_b = rack->power_b_w < before_b_w ? rack->power_b_w : std::max(rack->power_b_w, load.allocated_b_w);
  auto st = check_power({cap_a, cap_b, 0, 0}, {load.allocated_a_w, load.allocated_b_w});
  if (st.ok()) return {};
  if (!force) {
    Error e = std::move(st).error();
    e.message = "The rack's devices need more than this capacity: " + e.message;
    return e;
  }
  if (!ctx.can("dcim.power.force")) return Error::forbidden("Forcing power over capacity needs dcim.power.force.");
  return audit::record(tx, ctx, clock_,
                       {"dcim.rack", std::to_string(rack_id), "force_power", nullptr,
                        json::object{{"forced_power", true}, {"allocated_a_w", load.allocated_a_w},
                                     {"allocated_b_w", load.allocated_b_w}, {"power_a_w", rack->power_a_w},
                                     {"power_b_w", rack->power_b_w}},
                        rack->customer_id});
}

Result<Elevation> Service::elevation(const Context& ctx, std::int64_t rack_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  const auto t = now();
  COLO_TRY(auto rack, store::find_visible_rack(tx, ctx, rack_id, t));
  if (!rack) return Error::not_found("Rack");
  Elevation e{std::move(*rack), {}};
  COLO_TRY(auto devices, store::placed_devices(tx, rack_id));
  for (const auto& d : devices) {
    ElevationUnit u;
    u.kind = "device";
    u.bottom_hu = d.bottom_hu;
    u.height_hu = d.height_hu;
    u.face = d.full_depth ? "both" : d.face;
    // A customer sees its own devices named; another customer's (or the operator's) as occupied.
    const bool visible = !ctx.tenant() || (d.customer_id && ctx.sees(d.customer_id));
    if (visible) {
      u.device_id = d.id;
      u.customer_id = d.customer_id;
      u.label = d.name;
    }
    e.units.push_back(std::move(u));
  }
  COLO_TRY(auto held, store::rack_reservations(tx, rack_id, t));
  for (const auto& r : held) {
    ElevationUnit u;
    u.kind = "reserved";
    u.bottom_hu = r.bottom_hu;
    u.height_hu = r.height_hu;
    u.face = "both";
    if (ctx.sees(r.customer_id)) {
      u.reservation_id = r.id;
      u.customer_id = r.customer_id;
      u.label = r.reason;
    }
    e.units.push_back(std::move(u));
  }
  return e;
}

// ---- power feeds ------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<PowerFeed>>> Service::power_feeds(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_feeds(tx, ctx, q, now());
}

Result<PowerFeed> Service::power_feed(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto f, store::find_feed(tx, id));
  if (!f) return Error::not_found("Power feed");
  COLO_TRY(auto rack, store::find_visible_rack(tx, ctx, f->rack_id, now()));
  if (!rack) return Error::not_found("Power feed");
  return std::move(*f);
}

Result<PowerFeed> Service::save_power_feed(const Context& ctx, std::optional<std::int64_t> id, const FeedInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto f, save_feed_in(tx, ctx, id, in));
  COLO_CHECK(tx.commit());
  return f;
}

Result<PowerFeed> Service::save_feed_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id,
                                        const FeedInput& in) {
  PowerFeed f;
  std::optional<PowerFeed> before;
  if (id) {
    COLO_TRY(auto existing, store::find_feed(tx, *id));
    if (!existing) return Error::not_found("Power feed");
    COLO_TRY(auto rack, store::find_visible_rack(tx, ctx, existing->rack_id, now()));
    if (!rack) return Error::not_found("Power feed");
    f = *existing;
    before = std::move(existing);
  }
  if (in.rack_id && before && *in.rack_id != before->rack_id)
    return Error::validation({{"rack_id", "immutable", "A feed stays with its rack; create one for the other rack."}});
  if (in.rack_id) f.rack_id = *in.rack_id;
  if (in.name) f.name = *in.name;
  if (in.side) f.side = *in.side;
  if (in.phase) f.phase = *in.phase;
  if (in.status) f.status = *in.status;
  if (in.panel) f.panel = *in.panel;
  if (in.voltage) f.voltage = *in.voltage;
  if (in.amperage) f.amperage = *in.amperage;
  if (in.max_utilisation_pct) f.max_utilisation_pct = *in.max_utilisation_pct;
  std::vector<FieldError> errors;
  if (f.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (f.side != "A" && f.side != "B") errors.push_back({"side", "invalid_choice", "A or B."});
  if (f.phase != "single" && f.phase != "three") errors.push_back({"phase", "invalid_choice", "single or three."});
  if (!is_one_of(f.status, kFeedStatuses)) errors.push_back({"status", "invalid_choice", "active, planned or offline."});
  if (f.voltage < 1 || f.voltage > 1000) errors.push_back({"voltage", "out_of_range", "From 1 to 1000 V."});
  if (f.amperage < 1 || f.amperage > 1000) errors.push_back({"amperage", "out_of_range", "From 1 to 1000 A."});
  if (f.max_utilisation_pct < 1 || f.max_utilisation_pct > 100)
    errors.push_back({"max_utilisation_pct", "out_of_range", "From 1 to 100 %."});
  COLO_TRY(auto rack, store::find_rack(tx, f.rack_id));
  if (!rack) errors.push_back({"rack_id", "not_found", "No such rack."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (in.capacity_w && *in.capacity_w) {
    if (**in.capacity_w < 0) return Error::validation({{"capacity_w", "out_of_range", "Not negative."}});
    f.capacity_w = **in.capacity_w;
  } else if (!before || in.capacity_w || in.voltage || in.amperage || in.phase || in.max_utilisation_pct) {
    f.capacity_w = feed_capacity_w(f.voltage, f.amperage, f.phase, f.max_utilisation_pct);
  }
  COLO_TRY(auto siblings, store::feeds_of_rack(tx, f.rack_id));
  for (const auto& s : siblings)
    if (s.name == f.name && s.id != f.id)
      return conflict_field("dcim.power_feed.name_taken", "name", "The rack has a feed of this name.");
  const auto t = now();
  if (id) {
    COLO_CHECK(store::update_feed(tx, f, t));
  } else {
    COLO_TRY(f.id, store::insert_feed(tx, f, t));
  }
  COLO_CHECK(store::refresh_rack_power(tx, f.rack_id));
  if (before) COLO_CHECK(check_rack_power(tx, ctx, f.rack_id, in.force_power, rack->power_a_w, rack->power_b_w));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.power_feed", std::to_string(f.id), id ? "update" : "create",
                            before ? feed_audit(*before) : json::value(nullptr), feed_audit(f), rack->customer_id}));
  COLO_TRY(auto fresh, store::find_feed(tx, f.id));
  return std::move(*fresh);
}

// ---- device types -----------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<DeviceType>>> Service::device_types(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_types(tx, q);
}

Result<DeviceType> Service::device_type(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto t, store::find_type(tx, id));
  if (!t) return Error::not_found("Device type");
  COLO_CHECK(store::load_type_templates(tx, *t));
  // Customers learn how many devices of a type exist in total only as staff would: not at all.
  if (!ctx.tenant()) {
    COLO_TRY(t->device_count, store::type_device_count(tx, id));
  }
  return std::move(*t);
}

namespace {
json::value type_audit(const DeviceType& t) {
  return json::object{{"manufacturer", t.manufacturer}, {"model", t.model}, {"slug", t.slug},
                      {"part_number", t.part_number}, {"height_hu", t.height_hu}, {"full_depth", t.full_depth},
                      {"typical_power_w", t.typical_power_w}, {"max_power_w", t.max_power_w},
                      {"weight_kg", t.weight_kg ? json::value(*t.weight_kg) : json::value(nullptr)}};
}
}  // namespace

Result<DeviceType> Service::save_device_type(const Context& ctx, std::optional<std::int64_t> id,
                                             const DeviceTypeInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  DeviceType t;
  json::value before = nullptr;
  if (id) {
    COLO_TRY(auto existing, store::find_type(tx, *id));
    if (!existing) return Error::not_found("Device type");
    t = std::move(*existing);
    before = type_audit(t);
  }
  const DeviceType old = t;
  if (in.manufacturer) t.manufacturer = *in.manufacturer;
  if (in.model) t.model = *in.model;
  if (in.part_number) t.part_number = *in.part_number;
  if (in.height_hu) t.height_hu = *in.height_hu;
  if (in.full_depth) t.full_depth = *in.full_depth;
  if (in.typical_power_w) t.typical_power_w = *in.typical_power_w;
  if (in.max_power_w) t.max_power_w = *in.max_power_w;
  // One figure given on creation stands for both: a hand-made type usually knows one draw.
  if (!id && in.max_power_w && !in.typical_power_w) t.typical_power_w = t.max_power_w;
  if (!id && in.typical_power_w && !in.max_power_w) t.max_power_w = t.typical_power_w;
  if (in.weight_kg) t.weight_kg = *in.weight_kg;
  if (in.slug)
    t.slug = *in.slug;
  else if (!id || in.manufacturer || in.model)
    t.slug = slugify(t.manufacturer + "-" + t.model);
  if (t.slug.empty()) t.slug = "device-type";
  std::vector<FieldError> errors;
  if (t.manufacturer.empty()) errors.push_back({"manufacturer", "required", "A manufacturer is required."});
  if (t.model.empty()) errors.push_back({"model", "required", "A model is required."});
  if (t.max_power_w < t.typical_power_w)
    errors.push_back({"max_power_w", "invalid", "The maximum draw cannot be below the typical draw."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (id && (t.height_hu != old.height_hu || t.full_depth != old.full_depth)) {
    COLO_TRY(auto used, store::type_device_count(tx, *id));
    if (used > 0)
      return Error{ErrorKind::conflict, "dcim.device_type.in_use",
                   "The height and depth of a type with devices cannot change; create another type.",
                   {{t.height_hu != old.height_hu ? "u_height" : "full_depth", "in_use",
                     "Devices of this type are placed by this figure."}}};
  }
  if (!id || t.manufacturer != old.manufacturer || t.model != old.model) {
    COLO_TRY(auto clash, store::find_type_by_model(tx, t.manufacturer, t.model));
    if (clash && clash->id != t.id)
      return conflict_field("dcim.device_type.exists", "model", "A device type of this manufacturer and model exists.");
  }
  const auto at = now();
  if (id) {
    COLO_CHECK(store::update_type_by_hand(tx, t, at));
  } else {
    auto inserted = store::insert_type(tx, t, std::string(store::kHandMadeTypeHash), at);
    if (!inserted.ok()) {
      if (inserted.error().is("db.unique_violation"))
        return conflict_field("dcim.device_type.exists", "model", "A device type of this manufacturer and model exists.");
      return std::move(inserted).error();
    }
    t.id = *inserted;
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.device_type", std::to_string(t.id), id ? "update" : "create", before, type_audit(t),
                            std::nullopt}));
  COLO_CHECK(tx.commit());
  return device_type(ctx, t.id);
}

Result<ImportReport> Service::import_device_types(const Context& ctx,
                                                  const std::vector<std::pair<std::string, std::string>>& files) {
  ImportReport report;
  std::vector<std::pair<std::string, DeviceType>> parsed;
  parsed.reserve(files.size());
  for (const auto& [name, text] : files) {
    auto t = parse_device_type(text);
    if (!t.ok())
      report.skipped.emplace_back(name, t.error().message);
    else
      parsed.emplace_back(name, std::move(t).value());
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto known, store::type_hashes(tx));
  std::map<std::string, std::string> seen;  // key -> file
  const auto t = now();
  for (auto& [file, type] : parsed) {
    const auto key = type.manufacturer + "\n" + type.model;
    if (auto dup = seen.find(key); dup != seen.end()) {
      report.skipped.emplace_back(file, "the same manufacturer and model as " + dup->second);
      continue;
    }
    seen[key] = file;
    const auto hash = device_type_hash(type);
    auto it = known.find(key);
    std::int64_t id = 0;
    if (it != known.end()) {
      if (it->second.second == hash) {
        report.unchanged++;
        continue;
      }
      id = it->second.first;
      COLO_CHECK(store::update_type(tx, id, type, hash, t));
      report.updated++;
    } else {
      auto inserted = store::insert_type(tx, type, hash, t);
      if (!inserted.ok()) return std::move(inserted).error();
      id = *inserted;
      report.imported++;
    }
    COLO_CHECK(store::replace_type_templates(tx, id, type));
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

Result<ImportReport> Service::import_device_type_dir(const Context& ctx, const std::string& dir,
                                                     const std::vector<std::string>& only) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error::invalid("dcim.import.no_directory", "Not a directory: " + dir);
  std::vector<std::pair<std::string, std::string>> files;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    auto ext = it->path().extension().string();
    if (!it->is_regular_file(ec) || (ext != ".yaml" && ext != ".yml")) continue;
    auto relative = fs::relative(it->path(), dir, ec).generic_string();
    if (!only.empty() && std::none_of(only.begin(), only.end(),
                                      [&](const std::string& p) { return relative.rfind(p, 0) == 0; }))
      continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files.emplace_back(std::move(relative), ss.str());
  }
  if (ec) return Error::invalid("dcim.import.unreadable", "Cannot read " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return import_device_types(ctx, files);
}

// ---- devices ----------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Device>>> Service::devices(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_devices(tx, *counts_, ctx, q);
}

Result<Device> Service::device(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto d, store::find_device(tx, id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Device");
  COLO_CHECK(store::load_history(tx, *d));
  return std::move(*d);
}

Status Service::event(db::Tx& tx, const Context& ctx, std::int64_t device_id, const std::string& kind,
                      const std::string& detail) {
  return store::insert_event(tx, device_id, {kind, detail, ctx.principal ? ctx.principal->username : "system", now()});
}

Result<bool> Service::check_device_rules(db::Tx& tx, const Context& ctx, const Device& d, bool force) {
  if (!d.rack_id) return false;
  COLO_TRY(auto rack, store::find_rack(tx, *d.rack_id));
  if (!rack) return Error::validation({{"rack_id", "not_found", "No such rack."}});
  COLO_TRY(auto occupants, store::rack_occupants(tx, *d.rack_id, d.id));
  COLO_TRY(auto reserved, store::live_reservations(tx, *d.rack_id, now()));
  // Another customer's device is named only to staff.
  if (ctx.tenant())
    for (auto& o : occupants) o.name = "another device";
  COLO_CHECK(check_placement({rack->u_height, rack->status, rack->customer_id}, occupants, reserved,
                             {d.bottom_hu.value_or(0), d.height_hu, d.face.value_or("front"), d.full_depth,
                              d.customer_id, d.id}));
  COLO_TRY(auto load, store::rack_load(tx, *d.rack_id, d.id));
  COLO_CHECK(check_weight(rack->max_weight_kg, load.weight_kg, d.weight_kg.value_or(0)));
  auto power = check_power({rack->power_a_w, rack->power_b_w, load.allocated_a_w, load.allocated_b_w},
                           feed_load(d.status == "decommissioned" ? 0 : d.max_power_w, d.redundant_power, d.feed[0]));
  if (power.ok()) return false;
  if (!force) return std::move(power).error();
  if (!ctx.can("dcim.power.force")) return Error::forbidden("Forcing power over capacity needs dcim.power.force.");
  return true;
}

Result<Device> Service::save_device(const Context& ctx, std::optional<std::int64_t> id, const DeviceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto saved, save_device_in(tx, ctx, id, in));
  COLO_CHECK(tx.commit());
  return std::move(saved.device);
}

Result<Service::SavedDevice> Service::save_device_in(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> id,
                                                     const DeviceInput& in) {
  Device d;
  std::optional<Device> before;
  if (id) {
    COLO_TRY(auto existing, store::find_device(tx, *id));
    if (!existing || !ctx.sees(existing->customer_id)) return Error::not_found("Device");
    d = *existing;
    before = std::move(existing);
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
  if (d.asset_tag && d.asset_tag->empty()) d.asset_tag.reset();
  if (in.face) d.face = *in.face;
  if (in.customer_id) d.customer_id = *in.customer_id;
  if (in.rack_id) d.rack_id = *in.rack_id;
  if (in.site_id) d.site_id = *in.site_id;
  if (in.redundant_power) d.redundant_power = *in.redundant_power;
  std::vector<FieldError> errors;
  if (in.position) {
    if (!*in.position) {
      d.bottom_hu.reset();
    } else {
      const double u = **in.position;
      if (!(u >= 0.5) || u > 100 || std::fmod(u * 2, 1.0) != 0)
        errors.push_back({"position", "half_unit", "A position from U1 up, in half-unit steps."});
      else
        d.bottom_hu = hu_of_u(u);
    }
  }
  if (d.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (d.name.size() > 100) errors.push_back({"name", "too_long", "At most 100 characters."});
  if (!is_one_of(d.role, kDeviceRoles)) errors.push_back({"role", "invalid_choice", "One of the device roles."});
  if (!is_one_of(d.status, kDeviceStatuses)) errors.push_back({"status", "invalid_choice", "One of the device statuses."});
  if (d.feed != "A" && d.feed != "B") errors.push_back({"feed", "invalid_choice", "A or B."});
  if (d.face && *d.face != "front" && *d.face != "rear") errors.push_back({"face", "invalid_choice", "front or rear."});
  COLO_TRY(auto type, store::find_type(tx, d.device_type_id));
  if (!type) {
    errors.push_back({"device_type_id", "not_found", "No such device type."});
  } else {
    d.height_hu = type->height_hu;
    d.full_depth = type->full_depth;
    d.max_power_w = type->max_power_w;
    d.weight_kg = type->weight_kg;
    d.manufacturer = type->manufacturer;
    d.model = type->model;
    d.type_label = type->manufacturer + " " + type->model;
  }
  if (d.customer_id && (!before || before->customer_id != d.customer_id)) {
    COLO_TRY(auto c, customers_.find(tx, *d.customer_id));
    if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  }
  std::optional<Rack> rack;
  if (d.rack_id) {
    COLO_TRY(rack, store::find_rack(tx, *d.rack_id));
    if (!rack) errors.push_back({"rack_id", "not_found", "No such rack."});
  } else if (d.site_id && (!before || before->site_id != d.site_id)) {
    COLO_TRY(auto site, store::find_site(tx, *d.site_id));
    if (!site) errors.push_back({"site_id", "not_found", "No such site."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  if (rack) {
    d.site_id = rack->site_id;
    d.room_id = rack->room_id;
    d.rack_name = rack->name;
    if (!d.face) d.face = "front";
    if (d.height_hu == 0) d.bottom_hu.reset();
    if (d.height_hu > 0 && !d.bottom_hu)
      return Error::validation({{"position", "required", "A device in a rack needs a position (0U devices need none)."}});
  } else {
    // Out of a rack: kept in store at its site (or at none), with no place in a room.
    d.room_id.reset();
    d.bottom_hu.reset();
    d.face.reset();
    d.rack_name.clear();
  }
  if (d.asset_tag) {
    COLO_TRY(auto holder, store::asset_tag_holder(tx, *d.asset_tag));
    if (holder && *holder != d.id)
      return conflict_field("dcim.device.asset_tag_taken", "asset_tag", "Another device has this asset tag.");
  }
  const bool placed_changed = !before || before->rack_id != d.rack_id || before->bottom_hu != d.bottom_hu ||
                              before->face != d.face;
  const bool load_changed = !before || placed_changed || before->device_type_id != d.device_type_id ||
                            before->redundant_power != d.redundant_power || before->feed != d.feed ||
                            before->customer_id != d.customer_id ||
                            (before->status == "decommissioned") != (d.status == "decommissioned");
  if (before && !load_changed && before->name == d.name && before->serial == d.serial &&
      before->asset_tag == d.asset_tag && before->role == d.role && before->status == d.status &&
      before->site_id == d.site_id && before->mgmt_address == d.mgmt_address &&
      before->config_notes == d.config_notes)
    return SavedDevice{std::move(d), false};
  bool forced = false;
  if (load_changed) {
    COLO_TRY(forced, check_device_rules(tx, ctx, d, in.force_power));
  }
  const auto t = now();
  if (id) {
    COLO_CHECK(store::update_device(tx, d, t));
  } else {
    COLO_TRY(d.id, store::insert_device(tx, d, t));
    COLO_CHECK(store::instantiate_interfaces(tx, d.id, d.device_type_id));
    COLO_CHECK(event(tx, ctx, d.id, "received", "Entered into the ledger as " + d.type_label));
  }
  if (rack && (!before || !before->rack_id)) {
    COLO_CHECK(event(tx, ctx, d.id, "racked", "Racked in " + place_text(rack->name, d.bottom_hu, d.face)));
  } else if (before && before->rack_id && !d.rack_id) {
    COLO_CHECK(event(tx, ctx, d.id, "removed", "Removed from " + place_text(before->rack_name, before->bottom_hu, before->face)));
  } else if (before && placed_changed) {
    COLO_CHECK(event(tx, ctx, d.id, "moved",
                     "Moved from " + place_text(before->rack_name, before->bottom_hu, before->face) + " to " +
                         place_text(rack->name, d.bottom_hu, d.face)));
  }
  if (before && before->status != d.status)
    COLO_CHECK(event(tx, ctx, d.id, "status", before->status + " → " + d.status));
  if (before && before->device_type_id != d.device_type_id)
    COLO_CHECK(event(tx, ctx, d.id, "type", "Type changed from " + before->type_label + " to " + d.type_label));
  if (before && before->customer_id != d.customer_id)
    COLO_CHECK(event(tx, ctx, d.id, "owner", "Owner changed"));
  auto after = device_audit(d);
  if (forced) after.as_object()["forced_power"] = true;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.device", std::to_string(d.id), id ? "update" : "create",
                            before ? device_audit(*before) : json::value(nullptr), after,
                            d.customer_id ? d.customer_id : (before ? before->customer_id : std::nullopt)}));
  COLO_TRY(auto fresh, store::find_device(tx, d.id));
  return SavedDevice{std::move(*fresh), true};
}

Result<Maintenance> Service::add_maintenance(const Context& ctx, std::int64_t device_id, const Maintenance& m) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, store::find_device(tx, device_id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Device");
  Maintenance out = m;
  if (out.performed_by.empty()) out.performed_by = ctx.principal->username;
  if (out.next_due && *out.next_due <= out.performed_on)
    return Error::validation({{"next_due", "before_performed", "The next due date must follow the work."}});
  COLO_TRY(out.id, store::insert_maintenance(tx, device_id, out, now()));
  COLO_CHECK(event(tx, ctx, device_id, "maintenance",
                   out.summary + (out.next_due ? " (next due " + *out.next_due + ")" : std::string())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.maintenance", std::to_string(out.id), "create", nullptr,
                            json::object{{"device_id", device_id}, {"summary", out.summary},
                                         {"performed_on", out.performed_on}, {"performed_by", out.performed_by},
                                         {"next_due", opt(out.next_due)}},
                            d->customer_id}));
  COLO_CHECK(tx.commit());
  return out;
}

// ---- reservations -----------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Reservation>>> Service::reservations(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_reservations(tx, ctx, q, now());
}

Result<Reservation> Service::reserve(const Context& ctx, std::int64_t rack_id, std::int64_t customer_id, double position,
                                     double units, Instant expires_at, const std::string& reason) {
  if (units <= 0 || std::fmod(units * 2, 1.0) != 0 || std::fmod(position * 2, 1.0) != 0)
    return Error::validation({{"units", "half_unit", "Units and position are in half-unit steps."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto r, reserve_units(tx, ctx, rack_id, customer_id, hu_of_u(position), hu_of_u(units), expires_at, reason));
  COLO_CHECK(tx.commit());
  return r;
}

Result<Reservation> Service::reserve_units(db::Tx& tx, const Context& ctx, std::int64_t rack_id,
                                           std::int64_t customer_id, int bottom_hu, int height_hu, Instant expires_at,
                                           const std::string& reason) {
  std::vector<FieldError> errors;
  if (expires_at <= clock_.now()) errors.push_back({"expires_at", "in_past", "The expiry must be in the future."});
  if (height_hu <= 0) errors.push_back({"units", "out_of_range", "At least half a unit."});
  if (reason.empty()) errors.push_back({"reason", "required", "Say why the units are reserved."});
  COLO_TRY(auto rack, store::find_rack(tx, rack_id));
  if (!rack) errors.push_back({"rack_id", "not_found", "No such rack."});
  COLO_TRY(auto c, customers_.find(tx, customer_id));
  if (!c) errors.push_back({"customer_id", "not_found", "No such customer."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  const auto t = now();
  // Reserved units must be free now: no device on either face, no live reservation of anyone.
  COLO_TRY(auto occupants, store::rack_occupants(tx, rack_id, 0));
  if (ctx.tenant())
    for (auto& o : occupants) o.name = "another device";
  COLO_TRY(auto held, store::live_reservations(tx, rack_id, t));
  for (auto& h : held) h.customer_id = -1;  // the customer's own reservations block too
  COLO_CHECK(check_placement({rack->u_height, rack->status, rack->customer_id}, occupants, held,
                             {bottom_hu, height_hu, "front", true, customer_id, std::nullopt}));
  Reservation r{0, rack_id, customer_id, bottom_hu, height_hu, reason, format_instant(expires_at), t, std::nullopt};
  COLO_TRY(r.id, store::insert_reservation(tx, r));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.reservation", std::to_string(r.id), "create", nullptr,
                            json::object{{"rack_id", rack_id}, {"bottom_hu", r.bottom_hu}, {"height_hu", r.height_hu},
                                         {"expires_at", r.expires_at}, {"reason", r.reason}},
                            customer_id}));
  return r;
}

Status Service::release_reservation(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto r, store::find_reservation(tx, id));
  if (!r || !ctx.sees(r->customer_id) || r->released_at) return Error::not_found("Reservation");
  COLO_CHECK(release_reservation(tx, ctx, id));
  return tx.commit();
}

Status Service::release_reservation(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto r, store::find_reservation(tx, id));
  if (!r) return Error::not_found("Reservation");
  if (r->released_at || r->expires_at <= now()) return {};
  COLO_CHECK(store::release_reservation(tx, id, now()));
  return audit::record(tx, ctx, clock_,
                       {"dcim.reservation", std::to_string(id), "release",
                        json::object{{"rack_id", r->rack_id}, {"bottom_hu", r->bottom_hu}, {"height_hu", r->height_hu}},
                        nullptr, r->customer_id});
}

// ---- interfaces -------------------------------------------------------------------------------

Result<std::pair<std::int64_t, std::vector<Interface>>> Service::interfaces(const Context& ctx, const ListQuery& q,
                                                                            std::optional<std::int64_t> device) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_interfaces(tx, ctx, q, device);
}

Result<Interface> Service::interface(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto i, store::find_interface(tx, id));
  if (!i || !ctx.sees(i->customer_id)) return Error::not_found("Interface");
  return std::move(*i);
}

Result<Interface> Service::update_interface(const Context& ctx, std::int64_t id, const InterfaceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_interface(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Interface");
  auto i = *found;
  if (in.speed_mbps) i.speed_mbps = *in.speed_mbps;
  if (in.enabled) i.enabled = *in.enabled;
  if (in.description) i.description = *in.description;
  if (i.speed_mbps && *i.speed_mbps < 0) return Error::validation({{"speed_mbps", "out_of_range", "Not negative."}});
  auto audit_of = [](const Interface& x) {
    return json::object{{"device_id", x.device_id}, {"name", x.name}, {"speed_mbps", opt(x.speed_mbps)},
                        {"enabled", x.enabled}, {"description", x.description}};
  };
  if (i.speed_mbps == found->speed_mbps && i.enabled == found->enabled && i.description == found->description)
    return i;
  COLO_CHECK(store::update_interface(tx, i));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.interface", std::to_string(id), "update", audit_of(*found), audit_of(i), i.customer_id}));
  COLO_CHECK(tx.commit());
  return i;
}

// ---- utilisation ------------------------------------------------------------------------------

Result<std::vector<Utilisation>> Service::utilisation(const Context& ctx, const std::string& scope,
                                                      std::optional<std::int64_t> id, std::optional<std::string> row,
                                                      std::optional<std::int64_t> site, std::optional<std::int64_t> room) {
  if (scope != "site" && scope != "room" && scope != "row" && scope != "rack")
    return Error::invalid("invalid_query", "scope is site, room, row or rack.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto all, store::utilisation(tx, ctx, scope, id, site, room, now()));
  if (scope == "row" && row) std::erase_if(all, [&](const Utilisation& u) { return u.name != *row; });
  return all;
}

// ---- CSV --------------------------------------------------------------------------------------

namespace {

const std::vector<std::string> kRackColumns = {"site",        "room",        "row",        "name",
                                               "facility_id", "u_height",    "descending", "status",
                                               "customer_id", "power_a_w",   "power_b_w",  "max_weight_kg"};
const std::vector<std::string> kDeviceColumns = {
    "name",   "site",   "room",      "rack",        "position",        "face", "manufacturer",  "model",       "role",
    "status", "serial", "asset_tag", "customer_id", "redundant_power", "feed", "mgmt_address", "config_notes"};

std::string number_text(double v) {
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, p);
}
std::string position_text(std::optional<int> hu) {
  if (!hu) return "";
  return *hu % 2 ? std::to_string(*hu / 2) + ".5" : std::to_string(*hu / 2);
}

// One record of an import: its cells by column, with typed readers that collect field errors.
class CsvCells {
 public:
  CsvCells(const std::vector<std::string>& header, const CsvRecord& record) : header_(header), record_(record) {}
  bool has(const std::string& column) const { return index(column) >= 0; }
  // The cell, trimmed; nullopt when the column is absent.
  std::optional<std::string> text(const std::string& column) const {
    auto i = index(column);
    if (i < 0) return std::nullopt;
    std::string v = record_.fields[static_cast<std::size_t>(i)];
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
    std::size_t a = 0;
    while (a < v.size() && (v[a] == ' ' || v[a] == '\t')) ++a;
    return v.substr(a);
  }
  // Verbatim (notes keep their white space).
  std::optional<std::string> raw(const std::string& column) const {
    auto i = index(column);
    if (i < 0) return std::nullopt;
    return record_.fields[static_cast<std::size_t>(i)];
  }
  // Absent column: nullopt; empty cell: optional holding nullopt.
  std::optional<std::optional<std::int64_t>> integer(const std::string& column) {
    auto v = text(column);
    if (!v) return std::nullopt;
    if (v->empty()) return std::optional<std::int64_t>{};
    std::int64_t n = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || p != v->data() + v->size()) {
      errors.push_back({column, "invalid_integer", "'" + *v + "' is not a whole number."});
      return std::nullopt;
    }
    return std::optional<std::int64_t>(n);
  }
  std::optional<std::optional<double>> number(const std::string& column) {
    auto v = text(column);
    if (!v) return std::nullopt;
    if (v->empty()) return std::optional<double>{};
    double d = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), d);
    if (ec != std::errc() || p != v->data() + v->size() || !std::isfinite(d)) {
      errors.push_back({column, "invalid_number", "'" + *v + "' is not a number."});
      return std::nullopt;
    }
    return std::optional<double>(d);
  }
  std::optional<bool> boolean(const std::string& column) {
    auto v = text(column);
    if (!v || v->empty()) return std::nullopt;
    std::string l;
    for (char c : *v) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l == "true" || l == "1" || l == "yes") return true;
    if (l == "false" || l == "0" || l == "no") return false;
    errors.push_back({column, "invalid_boolean", "'" + *v + "' is not true or false."});
    return std::nullopt;
  }
  std::vector<FieldError> errors;

 private:
  int index(const std::string& column) const {
    for (std::size_t i = 0; i < header_.size(); ++i)
      if (header_[i] == column) return static_cast<int>(i);
    return -1;
  }
  const std::vector<std::string>& header_;
  const CsvRecord& record_;
};

// The header's columns, lower case; every one must be known and the required ones present.
Result<std::vector<std::string>> csv_header(const CsvTable& table, const std::vector<std::string>& known,
                                            const std::vector<std::string>& required) {
  std::vector<std::string> header;
  std::vector<FieldError> errors;
  for (const auto& h : table.header) {
    std::string l;
    for (char c : h) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(known.begin(), known.end(), l) == known.end())
      errors.push_back({"line 1", "unknown_column", "Unknown column '" + h + "'."});
    if (std::find(header.begin(), header.end(), l) != header.end())
      errors.push_back({"line 1", "duplicate_column", "Column '" + h + "' appears twice."});
    header.push_back(l);
  }
  for (const auto& r : required)
    if (std::find(header.begin(), header.end(), r) == header.end())
      errors.push_back({"line 1", "missing_column", "The column '" + r + "' is required."});
  if (!errors.empty()) return Error::invalid("dcim.csv.invalid", "The header line is wrong.", std::move(errors));
  return header;
}

// A line's failure as field errors {field: "line N", code, message}.
void add_line_errors(std::vector<FieldError>& out, int line, const Error& e) {
  const auto where = "line " + std::to_string(line);
  if (e.fields.empty()) {
    out.push_back({where, e.code, e.message});
    return;
  }
  for (const auto& f : e.fields) out.push_back({where, f.code, f.field + ": " + f.message});
}
void add_line_errors(std::vector<FieldError>& out, int line, const std::vector<FieldError>& fields) {
  for (const auto& f : fields) out.push_back({"line " + std::to_string(line), f.code, f.field + ": " + f.message});
}

Error csv_failure(std::vector<FieldError> errors) {
  std::set<std::string> lines;
  for (const auto& e : errors) lines.insert(e.field);
  return Error::invalid("dcim.csv.invalid",
                        std::to_string(lines.size()) + (lines.size() == 1 ? " line has" : " lines have") +
                            " errors; nothing was imported.",
                        std::move(errors));
}

bool is_db_error(const Error& e) { return e.code.rfind("db.", 0) == 0; }

}  // namespace

Result<std::string> Service::racks_csv(const Context& ctx, ListQuery q) {
  q.limit = -1;
  q.offset = 0;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto racks, store::list_racks(tx, ctx, q, now()));
  std::string out = csv_line(kRackColumns);
  for (const auto& r : racks.second)
    out += csv_line({r.site_name, r.room_name, r.row_name, r.name, r.facility_id.value_or(""),
                     std::to_string(r.u_height), r.descending ? "true" : "false", r.status,
                     r.customer_id ? std::to_string(*r.customer_id) : "", std::to_string(r.power_a_w),
                     std::to_string(r.power_b_w), number_text(r.max_weight_kg)});
  return out;
}

Result<CsvReport> Service::import_racks_csv(const Context& ctx, const std::string& text) {
  COLO_TRY(auto table, parse_csv(text));
  COLO_TRY(auto header, csv_header(table, kRackColumns, {"site", "room", "name"}));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  CsvReport report;
  std::vector<FieldError> errors;
  std::map<std::tuple<std::int64_t, std::string>, int> seen;  // room, name -> line
  for (const auto& record : table.records) {
    if (record.fields.size() != header.size()) {
      errors.push_back({"line " + std::to_string(record.line), "field_count",
                        "Expected " + std::to_string(header.size()) + " fields, found " +
                            std::to_string(record.fields.size()) + "."});
      continue;
    }
    CsvCells cells(header, record);
    auto site_key = cells.text("site").value_or("");
    auto room_name = cells.text("room").value_or("");
    RackInput in;
    in.name = cells.text("name");
    if (cells.has("row")) in.row_name = cells.text("row");
    if (cells.has("status")) {
      auto s = cells.text("status");
      if (s && !s->empty()) in.status = s;
    }
    if (cells.has("facility_id")) {
      auto f = cells.text("facility_id");
      in.facility_id = f->empty() ? std::optional<std::string>{} : std::optional<std::string>(*f);
    }
    if (auto u = cells.integer("u_height"); u && *u) in.u_height = static_cast<int>(**u);
    in.descending = cells.boolean("descending");
    if (auto c = cells.integer("customer_id")) in.customer_id = *c;
    if (auto w = cells.integer("power_a_w"); w && *w) in.power_a_w = **w;
    if (auto w = cells.integer("power_b_w"); w && *w) in.power_b_w = **w;
    if (auto w = cells.number("max_weight_kg"); w && *w) in.max_weight_kg = **w;
    std::optional<std::int64_t> existing;
    if (site_key.empty()) cells.errors.push_back({"site", "required", "The site's name or slug is required."});
    if (room_name.empty()) cells.errors.push_back({"room", "required", "The room's name is required."});
    if (cells.errors.empty()) {
      COLO_TRY(auto site, store::find_site_by_key(tx, site_key));
      if (!site) {
        cells.errors.push_back({"site", "not_found", "No site named '" + site_key + "'."});
      } else {
        COLO_TRY(auto room, store::find_room_by_name(tx, site->id, room_name));
        if (!room) {
          cells.errors.push_back({"room", "not_found", "No room '" + room_name + "' at " + site->name + "."});
        } else {
          in.room_id = room->id;
          auto key = std::tuple{room->id, in.name.value_or("")};
          if (auto dup = seen.find(key); dup != seen.end())
            cells.errors.push_back({"name", "duplicate", "The same rack as line " + std::to_string(dup->second) + "."});
          seen[key] = record.line;
          COLO_TRY(auto rack, store::find_rack_by_name(tx, room->id, in.name.value_or("")));
          if (rack) existing = rack->id;
        }
      }
    }
    if (!cells.errors.empty()) {
      add_line_errors(errors, record.line, cells.errors);
      continue;
    }
    auto saved = save_rack_in(tx, ctx, existing, in);
    if (!saved.ok()) {
      add_line_errors(errors, record.line, saved.error());
      if (is_db_error(saved.error())) break;  // the transaction cannot go on (PostgreSQL)
      continue;
    }
    if (!existing)
      report.created++;
    else if (saved->changed)
      report.updated++;
    else
      report.unchanged++;
  }
  if (!errors.empty()) return csv_failure(std::move(errors));
  COLO_CHECK(tx.commit());
  return report;
}

Result<std::string> Service::devices_csv(const Context& ctx, ListQuery q) {
  q.limit = -1;
  q.offset = 0;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto devices, store::list_devices(tx, *counts_, ctx, q));
  std::string out = csv_line(kDeviceColumns);
  for (const auto& d : devices.second)
    out += csv_line({d.name, d.site_name, d.room_name, d.rack_name, position_text(d.bottom_hu), d.face.value_or(""),
                     d.manufacturer, d.model, d.role, d.status, d.serial, d.asset_tag.value_or(""),
                     d.customer_id ? std::to_string(*d.customer_id) : "", d.redundant_power ? "true" : "false", d.feed,
                     d.mgmt_address, d.config_notes});
  return out;
}

Result<CsvReport> Service::import_devices_csv(const Context& ctx, const std::string& text) {
  COLO_TRY(auto table, parse_csv(text));
  COLO_TRY(auto header, csv_header(table, kDeviceColumns, {"name"}));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  CsvReport report;
  std::vector<FieldError> errors;
  std::map<std::pair<std::int64_t, std::string>, int> seen;  // site (0: none), name -> line
  std::map<std::string, std::optional<std::int64_t>> types;  // manufacturer \n model -> id
  for (const auto& record : table.records) {
    if (record.fields.size() != header.size()) {
      errors.push_back({"line " + std::to_string(record.line), "field_count",
                        "Expected " + std::to_string(header.size()) + " fields, found " +
                            std::to_string(record.fields.size()) + "."});
      continue;
    }
    CsvCells cells(header, record);
    DeviceInput in;
    in.name = cells.text("name");
    auto site_key = cells.text("site").value_or("");
    auto room_name = cells.text("room").value_or("");
    auto rack_name = cells.text("rack").value_or("");
    if (auto p = cells.number("position")) in.position = *p;
    if (cells.has("face")) {
      auto f = cells.text("face");
      in.face = f->empty() ? std::optional<std::string>{} : std::optional<std::string>(*f);
    }
    for (const char* col : {"role", "status", "feed"}) {
      auto v = cells.text(col);
      if (!v || v->empty()) continue;
      if (std::string(col) == "role") in.role = v;
      else if (std::string(col) == "status") in.status = v;
      else in.feed = v;
    }
    if (cells.has("serial")) in.serial = cells.text("serial");
    if (cells.has("asset_tag")) {
      auto a = cells.text("asset_tag");
      in.asset_tag = a->empty() ? std::optional<std::string>{} : std::optional<std::string>(*a);
    }
    if (auto c = cells.integer("customer_id")) in.customer_id = *c;
    in.redundant_power = cells.boolean("redundant_power");
    if (cells.has("mgmt_address")) in.mgmt_address = cells.text("mgmt_address");
    if (cells.has("config_notes")) in.config_notes = cells.raw("config_notes");
    auto manufacturer = cells.text("manufacturer").value_or("");
    auto model = cells.text("model").value_or("");
    if (!manufacturer.empty() || !model.empty()) {
      const auto key = manufacturer + "\n" + model;
      auto it = types.find(key);
      if (it == types.end()) {
        COLO_TRY(auto t, store::find_type_by_model(tx, manufacturer, model));
        it = types.emplace(key, t ? std::optional<std::int64_t>(t->id) : std::nullopt).first;
      }
      if (it->second)
        in.device_type_id = *it->second;
      else
        cells.errors.push_back({"model", "not_found", "No device type " + manufacturer + " " + model + "."});
    }
    std::optional<std::int64_t> site_id;
    if (!site_key.empty()) {
      COLO_TRY(auto site, store::find_site_by_key(tx, site_key));
      if (!site)
        cells.errors.push_back({"site", "not_found", "No site named '" + site_key + "'."});
      else
        site_id = site->id;
    }
    if (!rack_name.empty()) {
      if (!site_id || room_name.empty()) {
        if (cells.errors.empty())
          cells.errors.push_back({"rack", "needs_room", "A rack is named within its site and room."});
      } else {
        COLO_TRY(auto room, store::find_room_by_name(tx, *site_id, room_name));
        if (!room) {
          cells.errors.push_back({"room", "not_found", "No room '" + room_name + "' at that site."});
        } else {
          COLO_TRY(auto rack, store::find_rack_by_name(tx, room->id, rack_name));
          if (!rack)
            cells.errors.push_back({"rack", "not_found", "No rack '" + rack_name + "' in " + room_name + "."});
          else
            in.rack_id = std::optional<std::int64_t>(rack->id);
        }
      }
    } else if (cells.has("rack")) {
      in.rack_id = std::optional<std::int64_t>{};
      if (cells.has("site")) in.site_id = site_id;
    }
    std::optional<std::int64_t> existing;
    if (cells.errors.empty() && in.name) {
      auto key = std::pair{site_id.value_or(0), *in.name};
      if (auto dup = seen.find(key); dup != seen.end())
        cells.errors.push_back({"name", "duplicate", "The same device as line " + std::to_string(dup->second) + "."});
      seen[key] = record.line;
      COLO_TRY(auto found, store::find_devices_by_name(tx, site_id, *in.name));
      if (found.size() > 1)
        cells.errors.push_back({"name", "ambiguous", std::to_string(found.size()) + " devices have this name at the site."});
      else if (found.size() == 1)
        existing = found.front().id;
    }
    if (!existing && !in.device_type_id && cells.errors.empty())
      cells.errors.push_back({"model", "required", "A new device needs its manufacturer and model."});
    if (!cells.errors.empty()) {
      add_line_errors(errors, record.line, cells.errors);
      continue;
    }
    auto saved = save_device_in(tx, ctx, existing, in);
    if (!saved.ok()) {
      add_line_errors(errors, record.line, saved.error());
      if (is_db_error(saved.error())) break;
      continue;
    }
    if (!existing)
      report.created++;
    else if (saved->changed)
      report.updated++;
    else
      report.unchanged++;
  }
  if (!errors.empty()) return csv_failure(std::move(errors));
  COLO_CHECK(tx.commit());
  return report;
}

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

// ---- for other modules ------------------------------------------------------------------------

Result<InterfaceInfo> Service::interface_for_update(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_CHECK(store::lock_interface(tx, id));
  COLO_TRY(auto i, store::find_interface(tx, id));
  if (!i) return Error::not_found("Interface");
  return InterfaceInfo{i->id, i->name, i->device_id, i->device_name, i->customer_id, i->site_id, i->room_id, i->rack_id};
}

Result<DeviceInfo> Service::device_info(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto d, store::find_device(tx, id));
  if (!d) return Error::not_found("Device");
  return DeviceInfo{d->id, d->name, d->role, d->status, d->customer_id, d->site_id, d->room_id, d->rack_id};
}

Result<std::vector<Interface>> Service::interfaces_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::interfaces_by_id(tx, ids);
}

Result<std::vector<std::int64_t>> Service::customer_devices(db::Tx& tx, std::int64_t customer_id) {
  return store::customer_devices(tx, customer_id);
}

Result<bool> Service::site_exists(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto s, store::find_site(tx, id));
  return s.has_value();
}

Result<std::optional<Site>> Service::site_by_slug(db::Tx& tx, const std::string& slug) {
  return store::find_site_by_slug(tx, slug);
}

Result<std::optional<Site>> Service::find_site(db::Tx& tx, std::int64_t id) { return store::find_site(tx, id); }

Result<std::optional<Room>> Service::find_room(db::Tx& tx, std::int64_t id) { return store::find_room(tx, id); }

Result<std::optional<DeviceType>> Service::find_device_type(db::Tx& tx, std::int64_t id) {
  return store::find_type(tx, id);
}

Result<std::vector<Rack>> Service::racks_by_id(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::racks_by_id(tx, ids);
}

Result<std::vector<RackCapacity>> Service::capacity_snapshot(db::Tx& tx, std::optional<std::int64_t> site_id,
                                                             std::optional<std::int64_t> room_id) {
  return store::capacity(tx, site_id, room_id, now());
}

Result<Device> Service::create_device(db::Tx& tx, const Context& ctx, const DeviceInput& in) {
  COLO_TRY(auto saved, save_device_in(tx, ctx, std::nullopt, in));
  return std::move(saved.device);
}

Result<Device> Service::update_device(db::Tx& tx, const Context& ctx, std::int64_t id, const DeviceInput& in) {
  COLO_TRY(auto saved, save_device_in(tx, ctx, id, in));
  return std::move(saved.device);
}

Result<std::int64_t> Service::custom_device_type(db::Tx& tx, const Context& ctx, const std::string& label,
                                                 int height_hu, bool full_depth, std::int64_t max_power_w,
                                                 std::optional<double> weight_kg) {
  if (label.empty() || height_hu < 0 || height_hu > 200 || max_power_w < 0)
    return Error::validation({{"label", "invalid", "A label, a height of 0 to 100 U and a draw of 0 W or more."}});
  // The figures are part of the model's name, so that equal labels with other figures differ.
  std::string model = label + " (" + u_text(height_hu).substr(1) + "U, " + std::to_string(max_power_w) + " W" +
                      (full_depth ? "" : ", half depth") + ")";
  if (height_hu == 0) model = label + " (0U, " + std::to_string(max_power_w) + " W)";
  const std::string manufacturer = "Customer equipment";
  COLO_TRY(auto existing, store::find_type_by_model(tx, manufacturer, model));
  if (existing) return existing->id;
  DeviceType t;
  t.manufacturer = manufacturer;
  t.model = model;
  t.slug = slugify(manufacturer + "-" + model);
  t.height_hu = height_hu;
  t.full_depth = full_depth;
  t.max_power_w = t.typical_power_w = max_power_w;
  t.weight_kg = weight_kg;
  COLO_TRY(auto id, store::insert_type(tx, t, "custom", now()));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"dcim.device_type", std::to_string(id), "create", nullptr,
                            json::object{{"manufacturer", manufacturer}, {"model", model}}, std::nullopt}));
  return id;
}

}  // namespace colo::dcim
