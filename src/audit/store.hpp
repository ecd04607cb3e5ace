// The audit log's SQL, over its one table audit_log. Every function runs inside the caller's
// transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/log.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::audit::store {

// A row as stored: the JSON columns as text, roles comma-separated, exactly what the hash covers.
struct Row {
  std::int64_t id = 0;
  std::string at;
  std::int64_t actor_id = 0;
  std::string actor;
  std::string roles;
  std::string request_id;
  std::string source;
  std::string object_type;
  std::string object_id;
  std::string action;
  std::optional<std::int64_t> customer_id;
  std::string before_json;
  std::string after_json;
  std::string prev_hash;
  std::string hash;
  int alg = 1;  // 1: plain BLAKE2b (entries from before the chain was keyed); 2: keyed BLAKE2b
};

// The newest entry (or any one by id): what a checkpoint records and checks.
struct Head {
  std::int64_t id = 0;
  std::string hash;
  int alg = 1;
};

// Holds the chain until the transaction ends, so appends from several servers run one after the
// other (PostgreSQL: an advisory transaction lock; SQLite: the write transaction already is).
Status lock_chain(db::Tx& tx);
// The newest entry's hash, or nullopt for an empty log.
Result<std::optional<std::string>> last_hash(db::Tx& tx);
// The newest entry, or nullopt for an empty log.
Result<std::optional<Head>> last(db::Tx& tx);
// The entry `id`, or nullopt when there is none.
Result<std::optional<Head>> find(db::Tx& tx, std::int64_t id);
// How many entries have id <= `id`.
Result<std::int64_t> count_up_to(db::Tx& tx, std::int64_t id);
Status insert(db::Tx& tx, const Row& row);
// Up to `limit` entries with id > after_id, oldest first (for walking the chain).
Result<std::vector<Row>> entries_after(db::Tx& tx, std::int64_t after_id, std::int64_t limit);
// A filtered page, newest first, and the total count; confined to the caller's customer by
// db::tenant_filter.
Result<std::pair<std::int64_t, std::vector<Row>>> search(db::Tx& tx, const Context& ctx, const Filter& f);
// The distinct actor names, in order, at most `limit` (read through the actor index).
Result<std::vector<std::string>> actors(db::Tx& tx, std::int64_t limit);

// ---- Archived periods (audit_archives) ----
struct Archive {
  std::int64_t id = 0;
  std::int64_t first_id = 0;
  std::int64_t last_id = 0;
  std::string until_at;
  std::int64_t entries = 0;
  std::string prev_hash;  // what the first archived entry links to
  std::string head_hash;  // the last archived entry's hash: the first entry left links to it
  int head_alg = 1;
  std::string file;
  std::string file_digest;
  std::string created_at;
};
Result<std::vector<Archive>> archives(db::Tx& tx);
// Entries moved to archives, in all.
Result<std::int64_t> archived_entries(db::Tx& tx);
Status insert_archive(db::Tx& tx, const Archive& a);
// The oldest entry at or after `at` (nullopt: none is that young).
Result<std::optional<std::int64_t>> first_id_at_or_after(db::Tx& tx, const std::string& at);
Result<std::int64_t> max_id(db::Tx& tx);
// Deletes the entries after_id < id <= up_to that are older than `before`; how many.
Result<std::int64_t> delete_archived(db::Tx& tx, std::int64_t after_id, std::int64_t up_to, const std::string& before);

}  // namespace colo::audit::store
