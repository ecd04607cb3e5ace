// Exact list counts without recounting unchanged data.
//
// A list answers {count, results}; on large tables the COUNT(*) of a filter costs far more than
// the page itself (50,000 index entries for one site of the large demo against 50 rows). The
// count only changes when the data does, so it is kept per (SQL, parameters) together with the
// data version of its scope, a row in `data_versions` that every write to the scope's tables
// bumps in its own transaction. A count is reused while the version read in the reader's
// transaction is the one it was computed at; any committed write makes it stale at once, on every
// server sharing the database.
//
// Thread-safe; bounded (least recently used entries go first).
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "db/database.hpp"

namespace colo::db {

// Marks the data of `scope` as changed; call in the transaction that changes it.
Status bump_data_version(Tx& tx, std::string_view scope);

class CountCache {
 public:
  explicit CountCache(std::size_t capacity = 4096) : capacity_(capacity) {}

  // The single-number answer of `count_sql` with `params`, reused while `scope` is unchanged.
  Result<std::int64_t> count(Tx& tx, std::string_view scope, const std::string& count_sql, const Params& params);

  struct Stats {
    std::int64_t hits = 0, misses = 0;
  };
  Stats stats() const;

 private:
  struct Entry {
    std::int64_t version;
    std::int64_t count;
    std::list<std::string>::iterator lru;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<std::string> lru_;  // most recent first
  std::unordered_map<std::string, Entry> entries_;
  Stats stats_;
};

}  // namespace colo::db
