// The price list's operations (R8.1): everyone signed in reads the published list (customers too);
// admin, business and finance (catalogue.write) add items, change their names and tax rate, and
// add price versions. Every write is audited. Contracts read list prices through price_in().
// Thread safety: shared by all request threads; holds no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "billing/catalogue.hpp"
#include "billing/catalogue_store.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::billing {

// A new item and its first price.
struct ItemInput {
  CatalogueItem item;  // code, names, service, unit, mode, metric, cycle, tax rate, description
  std::optional<std::int64_t> price_fen;
  Date effective_from{};
  std::string note;
};

// What may change on an item: its names, description and tax rate (never its code, unit or mode,
// which contracts have copied).
struct ItemChanges {
  std::optional<std::string> name_zh, name_en, description;
  std::optional<int> tax_rate_bp;
};

struct VersionInput {
  Date effective_from{};
  std::optional<std::int64_t> price_fen;  // none: retire the item from that day
  std::string note;
};

class Catalogue {
 public:
  Catalogue(db::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Customers and staff without catalogue.write see only the published list.
  Result<db::Counted<CatalogueItem>> list(const Context& ctx, CatalogueFilter f);
  // not_found for an unknown item, and for an unpublished one to a reader without catalogue.write.
  Result<CatalogueItem> get(const Context& ctx, std::int64_t id);
  // 409 billing.catalogue.code_taken; 400 validation_failed; the errors of check_new_version.
  Result<CatalogueItem> create(const Context& ctx, const ItemInput& in);
  Result<CatalogueItem> update(const Context& ctx, std::int64_t id, const ItemChanges& in);
  // The errors of check_new_version.
  Result<CatalogueItem> add_version(const Context& ctx, std::int64_t id, const VersionInput& in);

  // The item named `code` inside the caller's transaction (for the contracts' price list port).
  Result<std::optional<CatalogueItem>> item_in(db::Tx& tx, const std::string& code);

  Date today() const { return clock_.today(); }

 private:
  db::Database& db_;
  const Clock& clock_;
};

}  // namespace colo::billing
