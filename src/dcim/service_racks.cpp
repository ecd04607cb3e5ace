// dcim::Service: racks with their power feeds, elevation, utilisation and CSV import and export.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <tuple>

#include "audit/audit.hpp"
#include "customers/service.hpp"
#include "dcim/csv.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

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
  if (!is_one_of(k.status, kRackStatuses))
    errors.push_back({"status", "invalid_choice", "planned, active, reserved or decommissioned."});
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
                                  {{"status", "not_empty", "The rack still holds devices."}})
          .with("rack", k.name)
          .with("devices", std::to_string(held));
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
    return Error::unprocessable(
        "dcim.power.multiple_feeds",
        "Side " + s + " has " + std::to_string(active.size()) +
            " feeds; change their capacity through /api/v1/dcim/power-feeds.",
        {{s == "A" ? "power_a_w" : "power_b_w", "multiple_feeds", "Set the feeds' capacity instead."}});
  const auto t = now();
  std::optional<PowerFeed> f;
  json::value before = nullptr;
  if (!active.empty())
    f = active.front();
  else if (spare)
    f = spare;
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
                        json::object{{"forced_power", true},
                                     {"allocated_a_w", load.allocated_a_w},
                                     {"allocated_b_w", load.allocated_b_w},
                                     {"power_a_w", rack->power_a_w},
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
  if (!is_one_of(f.status, kFeedStatuses))
    errors.push_back({"status", "invalid_choice", "active, planned or offline."});
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

// ---- utilisation ------------------------------------------------------------------------------

Result<std::vector<Utilisation>> Service::utilisation(const Context& ctx, const std::string& scope,
                                                      std::optional<std::int64_t> id, std::optional<std::string> row,
                                                      std::optional<std::int64_t> site,
                                                      std::optional<std::int64_t> room) {
  if (scope != "site" && scope != "room" && scope != "row" && scope != "rack")
    return Error::invalid("invalid_query", "scope is site, room, row or rack.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto all, store::utilisation(tx, ctx, scope, id, site, room, now()));
  if (scope == "row" && row) std::erase_if(all, [&](const Utilisation& u) { return u.name != *row; });
  return all;
}

Result<std::vector<Utilisation>> Service::rack_utilisation(const Context& ctx, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::vector<Utilisation>{};
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::utilisation(tx, ctx, "rack", std::nullopt, std::nullopt, std::nullopt, now(), ids);
}

// ---- racks as CSV -----------------------------------------------------------------------------

namespace {

const std::vector<std::string> kRackColumns = {"site",        "room",      "row",        "name",
                                               "facility_id", "u_height",  "descending", "status",
                                               "customer_id", "power_a_w", "power_b_w",  "max_weight_kg"};

}  // namespace

Result<std::string> Service::racks_csv(const Context& ctx, ListQuery q) {
  q.limit = -1;
  q.offset = 0;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto racks, store::list_racks(tx, ctx, q, now()));
  std::string out = csv_line(kRackColumns);
  for (const auto& r : racks.second)
    out +=
        csv_line({r.site_name, r.room_name, r.row_name, r.name, r.facility_id.value_or(""), std::to_string(r.u_height),
                  r.descending ? "true" : "false", r.status, r.customer_id ? std::to_string(*r.customer_id) : "",
                  std::to_string(r.power_a_w), std::to_string(r.power_b_w), number_text(r.max_weight_kg)});
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

}  // namespace colo::dcim
