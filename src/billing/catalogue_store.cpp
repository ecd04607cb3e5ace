#include "billing/catalogue_store.hpp"

#include <map>

#include "db/cursor.hpp"

namespace colo::billing {

const db::ListSpec kCatalogueList{
    .search = {"i.code", "i.name_zh", "i.name_en"},
    .sorts = {{"code", "i.code"}, {"name", "i.name_zh"}, {"service", "i.service"}, {"updated_at", "i.updated_at"}},
    .default_order = "i.service, i.code",
    .tiebreak = "i.id"};

namespace catalogue_store {

namespace {

constexpr std::string_view kItemColumns =
    "SELECT i.id, i.code, i.name_zh, i.name_en, i.service, i.unit, i.mode, i.metric, i.billing_cycle, "
    "i.tax_rate_bp, i.description, i.created_at, i.updated_at FROM billing_catalogue_items i";

constexpr std::string_view kVersionColumns =
    "SELECT p.id, p.item_id, p.effective_from, p.price_fen, p.note, p.created_by_name, p.created_at "
    "FROM billing_catalogue_prices p";

constexpr std::string_view kInsertItem =
    "INSERT INTO billing_catalogue_items (code, name_zh, name_en, service, unit, mode, metric, billing_cycle, "
    "tax_rate_bp, description, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "RETURNING id";

constexpr std::string_view kUpdateItem =
    "UPDATE billing_catalogue_items SET name_zh = $2, name_en = $3, tax_rate_bp = $4, description = $5, "
    "updated_at = $6 WHERE id = $1";

constexpr std::string_view kInsertVersion =
    "INSERT INTO billing_catalogue_prices (item_id, effective_from, price_fen, note, created_by_name, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

// Published: a price in force today, or one announced for later.
constexpr std::string_view kPublished =
    "(EXISTS (SELECT 1 FROM billing_catalogue_prices f WHERE f.item_id = i.id AND f.effective_from > ? AND "
    "f.price_fen IS NOT NULL) OR (SELECT c.price_fen FROM billing_catalogue_prices c WHERE c.item_id = i.id AND "
    "c.effective_from <= ? ORDER BY c.effective_from DESC LIMIT 1) IS NOT NULL)";

CatalogueItem item_of(const db::Row& r) {
  db::Cursor c(r);
  CatalogueItem i;
  i.id = c.int64();
  i.code = c.text();
  i.name_zh = c.text();
  i.name_en = c.text();
  i.service = c.text();
  i.unit = c.text();
  i.mode = c.text();
  i.metric = c.opt_text();
  i.billing_cycle = c.text();
  i.tax_rate_bp = c.int32();
  i.description = c.text();
  i.created_at = c.text();
  i.updated_at = c.text();
  c.finish();
  return i;
}

Result<PriceVersion> version_of(const db::Row& r) {
  db::Cursor c(r);
  PriceVersion v;
  v.id = c.int64();
  v.item_id = c.int64();
  auto from = parse_date(c.text());
  if (!from) return Error::internal("stored price date is malformed");
  v.effective_from = *from;
  v.price_fen = c.opt_int64();
  v.note = c.text();
  v.created_by_name = c.text();
  v.created_at = c.text();
  c.finish();
  return v;
}

Status fill_versions(db::Tx& tx, std::vector<CatalogueItem>& items) {
  if (items.empty()) return {};
  db::Params params;
  std::vector<std::int64_t> ids;
  for (const auto& i : items) ids.push_back(i.id);
  const auto in = db::in_list(params, ids);
  COLO_TRY(auto res, tx.query(std::string(kVersionColumns) + " WHERE p.item_id IN (" + in +
                                  ") ORDER BY p.item_id, p.effective_from",
                              params));
  std::map<std::int64_t, CatalogueItem*> by_id;
  for (auto& i : items) by_id[i.id] = &i;
  for (const auto& row : res.rows) {
    COLO_TRY(auto v, version_of(row));
    by_id.at(v.item_id)->versions.push_back(std::move(v));
  }
  return {};
}

Result<std::optional<CatalogueItem>> find_where(db::Tx& tx, std::string_view where, const db::Value& key) {
  COLO_TRY(auto row, tx.one(std::string(kItemColumns) + std::string(where), {key}));
  if (!row) return std::optional<CatalogueItem>{};
  std::vector<CatalogueItem> one{item_of(*row)};
  COLO_CHECK(fill_versions(tx, one));
  return std::optional<CatalogueItem>(std::move(one.front()));
}

}  // namespace

Result<std::int64_t> insert_item(db::Tx& tx, const CatalogueItem& i) {
  return tx.insert(kInsertItem, {i.code, i.name_zh, i.name_en, i.service, i.unit, i.mode, i.metric, i.billing_cycle,
                                 i.tax_rate_bp, i.description, i.created_at, i.updated_at});
}

Status update_item(db::Tx& tx, const CatalogueItem& i) {
  COLO_CHECK(tx.exec(kUpdateItem, {i.id, i.name_zh, i.name_en, i.tax_rate_bp, i.description, i.updated_at}));
  return {};
}

Result<std::optional<CatalogueItem>> find(db::Tx& tx, std::int64_t id) {
  return find_where(tx, " WHERE i.id = $1", id);
}

Result<std::optional<CatalogueItem>> find_by_code(db::Tx& tx, const std::string& code) {
  return find_where(tx, " WHERE i.code = $1", code);
}

Result<std::int64_t> insert_version(db::Tx& tx, const PriceVersion& v) {
  return tx.insert(kInsertVersion,
                   {v.item_id, format_date(v.effective_from), v.price_fen, v.note, v.created_by_name, v.created_at});
}

Result<db::Counted<CatalogueItem>> list(db::Tx& tx, const CatalogueFilter& f, Date today) {
  db::ListSql sql(kCatalogueList);
  if (f.service) sql.add("i.service = ?", *f.service);
  if (f.mode) sql.add("i.mode = ?", *f.mode);
  if (f.published_only) sql.add(kPublished, format_date(today));
  sql.search(f.q);
  COLO_TRY(auto page, db::list_page<CatalogueItem>(tx, sql, "SELECT COUNT(*) FROM billing_catalogue_items i",
                                                   kItemColumns, f.sort, f.limit, f.offset, item_of));
  COLO_CHECK(fill_versions(tx, page.second));
  return page;
}

}  // namespace catalogue_store
}  // namespace colo::billing
