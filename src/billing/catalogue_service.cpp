#include "billing/catalogue_service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"

namespace colo::billing {

namespace json = boost::json;

namespace {

constexpr const char* kItemObject = "billing_catalogue_item";

json::object item_json(const CatalogueItem& i) {
  return {{"code", i.code},
          {"name_zh", i.name_zh},
          {"name_en", i.name_en},
          {"service", i.service},
          {"unit", i.unit},
          {"mode", i.mode},
          {"metric", i.metric ? json::value(*i.metric) : json::value(nullptr)},
          {"billing_cycle", i.billing_cycle},
          {"tax_rate_bp", i.tax_rate_bp},
          {"description", i.description}};
}

json::object version_json(const PriceVersion& v) {
  return {{"effective_from", format_date(v.effective_from)},
          {"price_fen", v.price_fen ? json::value(*v.price_fen) : json::value(nullptr)},
          {"note", v.note}};
}

bool published(const CatalogueItem& i, Date today) {
  if (price_on(i.versions, today)) return true;
  for (const auto& v : upcoming(i.versions, today))
    if (v.price_fen) return true;
  return false;
}

}  // namespace

Result<db::Counted<CatalogueItem>> Catalogue::list(const Context& ctx, CatalogueFilter f) {
  if (!ctx.can("catalogue.write") || ctx.tenant()) f.published_only = true;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return catalogue_store::list(tx, f, today());
}

Result<CatalogueItem> Catalogue::get(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, catalogue_store::find(tx, id));
  if (!found) return Error::not_found("Catalogue item");
  const bool staff_writer = ctx.can("catalogue.write") && !ctx.tenant();
  if (!staff_writer && !published(*found, today())) return Error::not_found("Catalogue item");
  return std::move(*found);
}

Result<CatalogueItem> Catalogue::create(const Context& ctx, const ItemInput& in) {
  auto errors = validate_item(in.item);
  if (!errors.empty()) return Error::validation(std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, catalogue_store::find_by_code(tx, in.item.code));
  if (existing)
    return Error::conflict("billing.catalogue.code_taken", "Item " + in.item.code + " is already in the price list.")
        .with("code", in.item.code);
  COLO_CHECK(check_new_version({}, in.effective_from, in.price_fen, today()));
  if (!in.price_fen) return Error::validation({{"price_fen", "required", "A new item starts with a price."}});
  CatalogueItem item = in.item;
  item.created_at = item.updated_at = format_instant(clock_.now());
  auto id = catalogue_store::insert_item(tx, item);
  if (!id.ok() && id.error().is("db.unique_violation"))  // another writer took the code meanwhile
    return Error::conflict("billing.catalogue.code_taken", "Item " + item.code + " is already in the price list.")
        .with("code", item.code);
  COLO_TRY(item.id, std::move(id));
  PriceVersion v;
  v.item_id = item.id;
  v.effective_from = in.effective_from;
  v.price_fen = in.price_fen;
  v.note = in.note;
  v.created_by_name = ctx.principal->username;
  v.created_at = item.created_at;
  COLO_TRY(v.id, catalogue_store::insert_version(tx, v));
  auto after = item_json(item);
  after["first_price"] = version_json(v);
  COLO_CHECK(audit::record(tx, ctx, clock_, {kItemObject, std::to_string(item.id), "create", nullptr, after, {}}));
  COLO_TRY(auto stored, catalogue_store::find(tx, item.id));
  COLO_CHECK(tx.commit());
  return std::move(*stored);
}

Result<CatalogueItem> Catalogue::update(const Context& ctx, std::int64_t id, const ItemChanges& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, catalogue_store::find(tx, id));
  if (!found) return Error::not_found("Catalogue item");
  auto item = std::move(*found);
  auto before = item_json(item);
  if (in.name_zh) item.name_zh = *in.name_zh;
  if (in.name_en) item.name_en = *in.name_en;
  if (in.description) item.description = *in.description;
  if (in.tax_rate_bp) item.tax_rate_bp = *in.tax_rate_bp;
  auto errors = validate_item(item);
  if (!errors.empty()) return Error::validation(std::move(errors));
  item.updated_at = format_instant(clock_.now());
  COLO_CHECK(catalogue_store::update_item(tx, item));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kItemObject, std::to_string(item.id), "update", std::move(before), item_json(item), {}}));
  COLO_CHECK(tx.commit());
  return item;
}

Result<CatalogueItem> Catalogue::add_version(const Context& ctx, std::int64_t id, const VersionInput& in) {
  // The check and the insert are in one write transaction, which holds the writers' lock from its
  // start: two versions for the same item cannot both pass the check.
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, catalogue_store::find(tx, id));
  if (!found) return Error::not_found("Catalogue item");
  auto item = std::move(*found);
  COLO_CHECK(check_new_version(item.versions, in.effective_from, in.price_fen, today()));
  PriceVersion v;
  v.item_id = item.id;
  v.effective_from = in.effective_from;
  v.price_fen = in.price_fen;
  v.note = in.note;
  v.created_by_name = ctx.principal->username;
  v.created_at = format_instant(clock_.now());
  COLO_TRY(v.id, catalogue_store::insert_version(tx, v));
  item.updated_at = v.created_at;
  COLO_CHECK(catalogue_store::update_item(tx, item));
  auto after = version_json(v);
  after["code"] = item.code;
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kItemObject, std::to_string(item.id), in.price_fen ? "price" : "retire", nullptr, after, {}}));
  item.versions.push_back(v);
  COLO_CHECK(tx.commit());
  return item;
}

Result<std::optional<CatalogueItem>> Catalogue::item_in(db::Tx& tx, const std::string& code) {
  return catalogue_store::find_by_code(tx, code);
}

}  // namespace colo::billing
