// One page of a list with the number of rows its filter matches: NetBox's {count, results}, read
// with two statements that share the filter (a COUNT(*) and the page with LIMIT/OFFSET).
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "db/database.hpp"

namespace colo::db {

template <typename T>
using Counted = std::pair<std::int64_t, std::vector<T>>;  // {count of the filter, one page}

// " LIMIT $n OFFSET $m" with both values appended to `params`; "" when limit < 0 (every row).
std::string limit_offset(Params& params, std::int64_t limit, std::int64_t offset);

namespace detail {
template <typename>
struct is_result : std::false_type {};
template <typename U>
struct is_result<Result<U>> : std::true_type {};
}  // namespace detail

// Reads `select_sql` + LIMIT/OFFSET and maps each row with `from`, which answers a T or a
// Result<T> (the first failure is the answer).
template <typename T, typename From>
Result<std::vector<T>> read_page(Tx& tx, const std::string& select_sql, Params params, std::int64_t limit,
                                 std::int64_t offset, From&& from) {
  const auto sql = select_sql + limit_offset(params, limit, offset);
  COLO_TRY(auto res, tx.query(sql, params));
  std::vector<T> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    if constexpr (detail::is_result<std::decay_t<decltype(from(r))>>::value) {
      COLO_TRY(auto v, from(r));
      out.push_back(std::move(v));
    } else {
      out.push_back(from(r));
    }
  }
  return out;
}

// The count of `count_sql` and the page of `select_sql`, both with `params`.
template <typename T, typename From>
Result<Counted<T>> counted_page(Tx& tx, const std::string& count_sql, const std::string& select_sql,
                                const Params& params, std::int64_t limit, std::int64_t offset, From&& from) {
  COLO_TRY(auto count, tx.one(count_sql, params));
  COLO_TRY(auto rows, read_page<T>(tx, select_sql, params, limit, offset, std::forward<From>(from)));
  return Counted<T>{count ? count->int64(0) : 0, std::move(rows)};
}

}  // namespace colo::db
