// The audit log (R6.1.3): every write records who, when, from where, what and the before/after
// state, in the same transaction as the change. Entries are chained: each one's hash covers the
// previous one's, and is a MAC under the audit key (from configuration, never in the database),
// so that nobody who can only write the database can alter, relink or append entries that
// verify. The chain's head is also recorded outside the database (checkpoint.hpp), so that
// removing the newest entries is found too. Entries written before the chain was keyed are plain
// BLAKE2b (alg 1) and still verify as they were; an unkeyed entry after a keyed one is refused.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "audit/checkpoint.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::http {
class Router;
}

namespace colo::audit {

struct Change {
  std::string object_type;                  // "dcim.rack", "customer", "user"
  std::string object_id;                    // the row id as text
  std::string action;                       // "create", "update", "delete", "place", "login", ...
  boost::json::value before;                // null for create
  boost::json::value after;                 // null for delete
  std::optional<std::int64_t> customer_id;  // the tenant the object belongs to, when any
};

// The audit key for this process: set once at start, before any entry is written (the server
// derives it from configuration). Without one, entries are written and checked unkeyed (alg 1),
// as unit tests of other modules do.
void use_chain_key(std::optional<crypto::Key> key);

// Appends one entry inside `tx` (a write transaction); the caller commits both together.
// Serialises chain appends so concurrent writers cannot fork the chain.
Status record(db::Tx& tx, const Context& ctx, const Clock& clock, const Change& change);

struct VerifyReport {
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_broken_id;  // the first entry that does not hold or is missing;
                                                // 0 when the checkpoint file itself does not verify
  std::string reason;
  Checkpoint head;                // the chain's head as verified
  bool checkpoint_found = false;  // an earlier checkpoint was there to check the head against
};
// Walks the whole chain. With a checkpoint file: the head recorded there must still be present
// with the same hash and as many entries up to it (else the newest entries were removed or
// rewritten); when everything holds, the new head is recorded there and logged.
Result<VerifyReport> verify(db::Database& db, const std::string& checkpoint_path = {}, Instant now = {});
// The periodic check: proves the checkpoint's head still present and checks only the entries
// written since, then records the new head (a full verify() when there is no checkpoint yet).
// A broken chain or checkpoint is reported and the checkpoint is left as it was.
Result<VerifyReport> advance_checkpoint(db::Database& db, const std::string& checkpoint_path, Instant now);

// Retention (GB/T 22239, the Cybersecurity Law art. 21): entries are kept in the database at
// least six months. Older ones are moved to an archive file (one JSON line per entry, as stored,
// after a header naming the ids and the hashes the period starts from and ends at), MACed with
// the audit key, and recorded in audit_archives; the chain left in the database continues from the
// archived head, so verify() walks from there and the checkpoint still counts every entry.
inline constexpr int kMinRetentionDays = 183;
struct ArchiveResult {
  std::int64_t entries = 0;  // 0: nothing was old enough
  std::int64_t first_id = 0;
  std::int64_t last_id = 0;
  std::string file;
};
// Archives the entries older than `retention_days` (raised to kMinRetentionDays), after
// verifying the chain: a broken chain is never archived (an error naming the entry).
Result<ArchiveResult> archive_expired(db::Database& db, const Clock& clock, int retention_days,
                                      const std::string& archive_dir);
struct ArchiveReport {
  std::int64_t archives = 0;
  std::int64_t entries = 0;
  std::optional<std::string> broken;  // which archive does not verify, and why
};
// Proves every archived period: its file present and unaltered (its MAC), its entries a chain from
// the previous period's head to its own, as many as recorded.
Result<ArchiveReport> verify_archives(db::Database& db);

// The plain hash of an unkeyed (alg 1) entry given the previous entry's hash and its fields in
// stored order; entry_mac is the keyed form (alg 2).
std::string entry_hash(const std::string& prev_hash, const std::vector<std::string>& fields);
std::string entry_mac(const crypto::Key& key, const std::string& prev_hash, const std::vector<std::string>& fields);

// The audit log API: GET /api/v1/audit for auditors and admins. Date filters are business dates
// in the clock's calendar.
void add_routes(http::Router& router, db::Database& db, const Clock& clock);

}  // namespace colo::audit
