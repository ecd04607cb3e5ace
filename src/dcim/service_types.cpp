// dcim::Service: device types and the import of the NetBox device-type library.
#include "dcim/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit.hpp"
#include "dcim/library.hpp"
#include "dcim/rules.hpp"
#include "dcim/service_internal.hpp"
#include "dcim/store.hpp"

namespace colo::dcim {

namespace json = boost::json;
using namespace detail;

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
  return json::object{{"manufacturer", t.manufacturer},
                      {"model", t.model},
                      {"slug", t.slug},
                      {"part_number", t.part_number},
                      {"height_hu", t.height_hu},
                      {"full_depth", t.full_depth},
                      {"typical_power_w", t.typical_power_w},
                      {"max_power_w", t.max_power_w},
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
      return Error{ErrorKind::conflict,
                   "dcim.device_type.in_use",
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
        return conflict_field("dcim.device_type.exists", "model",
                              "A device type of this manufacturer and model exists.");
      return std::move(inserted).error();
    }
    t.id = *inserted;
  }
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"dcim.device_type", std::to_string(t.id), id ? "update" : "create", before, type_audit(t), std::nullopt}));
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
                              json::object{{"imported", report.imported},
                                           {"updated", report.updated},
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
    if (!only.empty() &&
        std::none_of(only.begin(), only.end(), [&](const std::string& p) { return relative.rfind(p, 0) == 0; }))
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

}  // namespace colo::dcim
