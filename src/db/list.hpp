// The one way a list is filtered, searched, sorted and paged. A list is declared once, as a
// ListSpec constant in its module's store: the columns `q` searches, the names `sort` accepts and
// what each orders by, the default order, and the column that confines it to the caller's
// customer. ListSql builds the WHERE (numbered $N parameters, never user text in SQL) and the
// ORDER BY from it, and list_page reads the counted page. Pure apart from list_page; not shared
// between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::db {

struct ListSpec {
  // Columns `q` matches as a substring, ignoring ASCII case, `%` and `_` matching themselves.
  std::vector<std::string> search;
  // Sort name -> column(s); several columns are comma-separated and all take the direction.
  std::vector<std::pair<std::string, std::string>> sorts;
  // The ORDER BY without `sort`; it must be total by itself (end in a unique column).
  std::string default_order;
  // A unique column that follows every requested sort, so that pages do not shift between reads.
  std::string tiebreak;
  // The customer column confining the rows for a customer principal ("" when none).
  std::string tenant_column = {};
};

struct SortKey {
  std::string name;
  bool descending = false;
};

// "name", "-name" or several comma-separated ("status,-created_at"). Empty -> no keys. An unknown
// or repeated name is invalid_query with a field error on `sort` listing the allowed names.
Result<std::vector<SortKey>> parse_sort(std::string_view text, const ListSpec& spec);

// The sort names, comma-separated in declaration order ("name, slug, created_at"), for messages
// and API documentation.
std::string sort_names(const ListSpec& spec);

// The ORDER BY clause (with its leading space) for `sort`, or the spec's default.
Result<std::string> order_by(const ListSpec& spec, const std::optional<std::string>& sort);

// A LIKE pattern matching `text` anywhere, with `\`, `%` and `_` escaped by `\` (used with
// ESCAPE '\'). Case is left alone: the clause lowers both sides.
std::string contains_pattern(std::string_view text);

// Appends `v` to `params`; its placeholder ($N).
std::string bind(Params& params, Value v);

// "$a, $b, ..." for the ids, appended to `params` (the inside of an IN list).
std::string in_list(Params& params, const std::vector<std::int64_t>& ids);

// The WHERE of one list, built from constant fragments of the store and numbered parameters.
class ListSql {
 public:
  explicit ListSql(const ListSpec& spec) : spec_(spec) {}

  // Appends a parameter; its placeholder ($N).
  std::string arg(Value v);
  // Adds " AND <fragment>" where each "?" in the constant fragment is the same new parameter.
  void add(std::string_view fragment, Value v);
  // Adds " AND <condition>" (a constant of the store).
  void raw(std::string_view condition);
  // "$a, $b, ..." for the ids (for an IN list the store writes).
  std::string in_list(const std::vector<std::int64_t>& ids);
  // The spec's tenant filter for the caller (nothing for staff or when the spec has none).
  void tenant(const Context& ctx);
  // The search over the spec's columns; nothing when `q` is absent or empty.
  void search(const std::optional<std::string>& q);

  const ListSpec& spec() const { return spec_; }
  // " WHERE 1 = 1 AND ..."
  const std::string& where() const { return where_; }
  const Params& params() const { return params_; }
  Params& params() { return params_; }

 private:
  const ListSpec& spec_;
  std::string where_ = " WHERE 1 = 1";
  Params params_;
};

// The count of `count_from` (e.g. "SELECT COUNT(*) FROM dcim_sites s") and one page of
// `select_from` (the columns and FROM), both with the WHERE of `sql`, ordered by `sort` as its
// list declares.
template <typename T, typename From>
Result<Counted<T>> list_page(Tx& tx, const ListSql& sql, std::string_view count_from, std::string_view select_from,
                             const std::optional<std::string>& sort, std::int64_t limit, std::int64_t offset,
                             From&& from) {
  COLO_TRY(auto order, order_by(sql.spec(), sort));
  return counted_page<T>(tx, std::string(count_from) + sql.where(), std::string(select_from) + sql.where() + order,
                         sql.params(), limit, offset, std::forward<From>(from));
}

}  // namespace colo::db
