// dcim::Service: sites, rooms and the rows named by their racks.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "dcim/library.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

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
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
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
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"dcim.room", std::to_string(m.id), id ? "update" : "create", before, room_audit(m), std::nullopt}));
  COLO_TRY(auto fresh, store::find_room(tx, m.id));
  COLO_CHECK(tx.commit());
  return std::move(*fresh);
}

Result<std::pair<std::int64_t, std::vector<RackRow>>> Service::rows(const Context& ctx, const ListQuery& q) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_rows(tx, ctx, q, now());
}

}  // namespace colo::dcim
