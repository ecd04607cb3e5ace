// The price list's SQL: billing_catalogue_items and billing_catalogue_prices, nothing else.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "billing/catalogue.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::billing {

// GET /api/v1/billing/catalogue: `q` over the code and both names.
extern const db::ListSpec kCatalogueList;

struct CatalogueFilter {
  std::optional<std::string> service, mode, q, sort;
  // Published only: items with a price today or an announced one (customers see nothing else).
  bool published_only = true;
  std::int64_t limit = 50, offset = 0;
};

namespace catalogue_store {

Result<std::int64_t> insert_item(db::Tx& tx, const CatalogueItem& item);
Status update_item(db::Tx& tx, const CatalogueItem& item);
// The item with its versions (oldest first); nullopt when unknown.
Result<std::optional<CatalogueItem>> find(db::Tx& tx, std::int64_t id);
Result<std::optional<CatalogueItem>> find_by_code(db::Tx& tx, const std::string& code);
Result<std::int64_t> insert_version(db::Tx& tx, const PriceVersion& v);
// One page of items, each with its versions (one query for the page's versions).
Result<db::Counted<CatalogueItem>> list(db::Tx& tx, const CatalogueFilter& f, Date today);

}  // namespace catalogue_store
}  // namespace colo::billing
