#include "db/count_cache.hpp"

namespace colo::db {

namespace {

// The cache key: the SQL and every parameter with its type, so 1 and "1" differ.
std::string key_of(std::string_view scope, const std::string& sql, const Params& params) {
  std::string key(scope);
  key += '\x1e';
  key += sql;
  for (const auto& p : params) {
    key += '\x1f';
    const auto& v = p.get();
    switch (v.index()) {
      case 0:
        key += 'n';
        break;
      case 1:
        key += 'i' + std::to_string(std::get<std::int64_t>(v));
        break;
      case 2:
        key += 'd' + std::to_string(std::get<double>(v));
        break;
      default:
        key += 's' + std::get<std::string>(v);
        break;
    }
  }
  return key;
}

Result<std::int64_t> version_of(Tx& tx, std::string_view scope) {
  COLO_TRY(auto row, tx.one("SELECT version FROM data_versions WHERE scope = $1", {scope}));
  if (!row) return Error::internal("data_versions has no row for scope " + std::string(scope));
  return row->int64(0);
}

}  // namespace

Status bump_data_version(Tx& tx, std::string_view scope) {
  // Under the writers' lock, like the audit chain the same transaction appends to: whoever waits
  // for the version row already holds that lock, so the two cannot wait on each other.
  COLO_CHECK(tx.serialize_writers());
  COLO_TRY(auto n, tx.exec("UPDATE data_versions SET version = version + 1 WHERE scope = $1", {scope}));
  if (n != 1) return Error::internal("data_versions has no row for scope " + std::string(scope));
  return {};
}

Result<std::int64_t> CountCache::count(Tx& tx, std::string_view scope, const std::string& count_sql,
                                       const Params& params) {
  // The version first: a count computed afterwards is at least as new as the version it is
  // stored under, so a reader that sees this version never gets an older count.
  COLO_TRY(auto version, version_of(tx, scope));
  auto key = key_of(scope, count_sql, params);
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end() && it->second.version == version) {
      lru_.splice(lru_.begin(), lru_, it->second.lru);
      ++stats_.hits;
      return it->second.count;
    }
    ++stats_.misses;
  }
  COLO_TRY(auto row, tx.one(count_sql, params));
  const std::int64_t count = row ? row->int64(0) : 0;
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(key); it != entries_.end()) {
    if (it->second.version <= version) it->second = Entry{version, count, it->second.lru};
    lru_.splice(lru_.begin(), lru_, it->second.lru);
  } else {
    lru_.push_front(key);
    entries_.emplace(std::move(key), Entry{version, count, lru_.begin()});
    while (entries_.size() > capacity_) {
      entries_.erase(lru_.back());
      lru_.pop_back();
    }
  }
  return count;
}

CountCache::Stats CountCache::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace colo::db
