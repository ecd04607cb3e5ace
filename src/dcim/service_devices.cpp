// dcim::Service: devices with their maintenance and history, and their CSV import and export.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "customers/service.hpp"
#include "db/count_cache.hpp"
#include "dcim/csv.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

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
  COLO_CHECK(check_placement(
      {rack->u_height, rack->status, rack->customer_id}, occupants, reserved,
      {d.bottom_hu.value_or(0), d.height_hu, d.face.value_or("front"), d.full_depth, d.customer_id, d.id}));
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
  if (!is_one_of(d.status, kDeviceStatuses))
    errors.push_back({"status", "invalid_choice", "One of the device statuses."});
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
      return Error::validation(
          {{"position", "required", "A device in a rack needs a position (0U devices need none)."}});
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
  const bool placed_changed =
      !before || before->rack_id != d.rack_id || before->bottom_hu != d.bottom_hu || before->face != d.face;
  const bool load_changed = !before || placed_changed || before->device_type_id != d.device_type_id ||
                            before->redundant_power != d.redundant_power || before->feed != d.feed ||
                            before->customer_id != d.customer_id ||
                            (before->status == "decommissioned") != (d.status == "decommissioned");
  if (before && !load_changed && before->name == d.name && before->serial == d.serial &&
      before->asset_tag == d.asset_tag && before->role == d.role && before->status == d.status &&
      before->site_id == d.site_id && before->mgmt_address == d.mgmt_address && before->config_notes == d.config_notes)
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
    COLO_CHECK(event(tx, ctx, d.id, "removed",
                     "Removed from " + place_text(before->rack_name, before->bottom_hu, before->face)));
  } else if (before && placed_changed) {
    COLO_CHECK(event(tx, ctx, d.id, "moved",
                     "Moved from " + place_text(before->rack_name, before->bottom_hu, before->face) + " to " +
                         place_text(rack->name, d.bottom_hu, d.face)));
  }
  if (before && before->status != d.status)
    COLO_CHECK(event(tx, ctx, d.id, "status", before->status + " → " + d.status));
  if (before && before->device_type_id != d.device_type_id)
    COLO_CHECK(event(tx, ctx, d.id, "type", "Type changed from " + before->type_label + " to " + d.type_label));
  if (before && before->customer_id != d.customer_id) COLO_CHECK(event(tx, ctx, d.id, "owner", "Owner changed"));
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
                            json::object{{"device_id", device_id},
                                         {"summary", out.summary},
                                         {"performed_on", out.performed_on},
                                         {"performed_by", out.performed_by},
                                         {"next_due", opt(out.next_due)}},
                            d->customer_id}));
  COLO_CHECK(tx.commit());
  return out;
}

// ---- devices as CSV ---------------------------------------------------------------------------

namespace {

const std::vector<std::string> kDeviceColumns = {
    "name",   "site",   "room",      "rack",        "position",        "face", "manufacturer", "model",       "role",
    "status", "serial", "asset_tag", "customer_id", "redundant_power", "feed", "mgmt_address", "config_notes"};

}  // namespace

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
      if (std::string(col) == "role")
        in.role = v;
      else if (std::string(col) == "status")
        in.status = v;
      else
        in.feed = v;
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
        cells.errors.push_back(
            {"name", "ambiguous", std::to_string(found.size()) + " devices have this name at the site."});
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

}  // namespace colo::dcim
