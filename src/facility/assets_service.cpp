// Infrastructure assets: the operator's power, cooling and fire equipment, each in a room and
// optionally on a power feed of the ledger.
#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "facility/maintenance_service.hpp"
#include "facility/maintenance_store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

json::value asset_audit(const Asset& a) {
  json::object o{{"code", a.code},     {"name", a.name},       {"kind", a.kind},     {"model", a.model},
                 {"serial", a.serial}, {"room_id", a.room_id}, {"status", a.status}, {"note", a.note}};
  o["power_feed_id"] = a.power_feed_id ? json::value(*a.power_feed_id) : json::value(nullptr);
  o["installed_on"] = a.installed_on ? json::value(*a.installed_on) : json::value(nullptr);
  return o;
}

}  // namespace

Maintenance::Maintenance(db::Database& db, const Clock& clock, Plant plant, MaintenanceOptions options)
    : db_(db), clock_(clock), plant_(std::move(plant)), options_(options) {}

Result<db::Counted<Asset>> Maintenance::assets(const Context& ctx, const AssetFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return maintenance_store::list_assets(tx, f);
}

Result<Asset> Maintenance::asset(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto a, maintenance_store::find_asset(tx, id));
  if (!a) return Error::not_found("Asset");
  return std::move(*a);
}

namespace {

// Applies what the input gives to `a`; the field errors of references the ledger does not know.
Status apply_asset(const Plant& plant, const AssetInput& in, Asset& a) {
  if (in.code) a.code = *in.code;
  if (in.name) a.name = *in.name;
  if (in.kind) a.kind = *in.kind;
  if (in.model) a.model = *in.model;
  if (in.serial) a.serial = *in.serial;
  if (in.status) a.status = *in.status;
  if (in.note) a.note = *in.note;
  if (in.installed_on) a.installed_on = *in.installed_on;
  if (in.clear_installed_on) a.installed_on.reset();
  if (in.power_feed_id) a.power_feed_id = *in.power_feed_id;
  if (in.clear_power_feed) a.power_feed_id.reset();
  std::vector<FieldError> errors;
  if (in.room_id) {
    COLO_TRY(auto exists, plant.room_exists(*in.room_id));
    if (!exists) errors.push_back({"room_id", "facility.asset.unknown_room", "No such room."});
    a.room_id = *in.room_id;
  }
  if (in.power_feed_id) {
    COLO_TRY(auto exists, plant.power_feed_exists(*in.power_feed_id));
    if (!exists) errors.push_back({"power_feed_id", "facility.asset.unknown_power_feed", "No such power feed."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

}  // namespace

Result<Asset> Maintenance::create_asset(const Context& ctx, const AssetInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  std::vector<FieldError> missing;
  if (!in.code) missing.push_back({"code", "required", "Required."});
  if (!in.name) missing.push_back({"name", "required", "Required."});
  if (!in.kind) missing.push_back({"kind", "required", "Required."});
  if (!in.room_id) missing.push_back({"room_id", "required", "Required."});
  if (!missing.empty()) return Error::validation(std::move(missing));
  Asset a;
  COLO_CHECK(apply_asset(plant_, in, a));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto taken, maintenance_store::asset_code_taken(tx, a.code, std::nullopt));
  if (taken) return Error::conflict("facility.asset.code_taken", "Another asset has this code.").with("code", a.code);
  a.created_at = a.updated_at = format_instant(clock_.now());
  COLO_TRY(a.id, maintenance_store::insert_asset(tx, a));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.asset", std::to_string(a.id), "create", nullptr, asset_audit(a), std::nullopt}));
  COLO_CHECK(tx.commit());
  return a;
}

Result<Asset> Maintenance::update_asset(const Context& ctx, std::int64_t id, const AssetInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, maintenance_store::find_asset(tx, id));
  if (!found) return Error::not_found("Asset");
  Asset a = *found;
  COLO_CHECK(apply_asset(plant_, in, a));
  if (a.code != found->code) {
    COLO_TRY(auto taken, maintenance_store::asset_code_taken(tx, a.code, id));
    if (taken) return Error::conflict("facility.asset.code_taken", "Another asset has this code.").with("code", a.code);
  }
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(maintenance_store::update_asset(tx, a));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.asset", std::to_string(id), "update", asset_audit(*found), asset_audit(a), std::nullopt}));
  COLO_CHECK(tx.commit());
  return a;
}

}  // namespace colo::facility
