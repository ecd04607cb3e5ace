#include "audit/audit.hpp"

#include <boost/json/serialize.hpp>

#include "core/crypto.hpp"

namespace colo::audit {

namespace {

constexpr std::string_view kLock = "SELECT pg_advisory_xact_lock(7261002)";
constexpr std::string_view kLastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr std::string_view kInsert =
    "INSERT INTO audit_log (at, actor_id, actor, roles, request_id, source, object_type, object_id, "
    "action, customer_id, before_json, after_json, prev_hash, hash) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
constexpr std::string_view kWalk =
    "SELECT id, at, actor_id, actor, roles, request_id, source, object_type, object_id, action, "
    "customer_id, before_json, after_json, prev_hash, hash FROM audit_log WHERE id > $1 ORDER BY id "
    "LIMIT 5000";

// The canonical text an entry's hash covers. Fields are length-prefixed so that no two
// different entries serialise alike.
std::string canonical(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) {
    out += std::to_string(f.size());
    out += ':';
    out += f;
    out += '|';
  }
  return out;
}

}  // namespace

std::string entry_hash(const std::string& prev_hash, const std::vector<std::string>& fields) {
  std::vector<std::string> all;
  all.reserve(fields.size() + 1);
  all.push_back(prev_hash);
  all.insert(all.end(), fields.begin(), fields.end());
  return crypto::blake2b_hex(canonical(all));
}

Status record(db::Tx& tx, const Context& ctx, const Clock& clock, const Change& change) {
  if (tx.engine() == db::Engine::postgres) COLO_CHECK(tx.query(kLock));
  COLO_TRY(auto last, tx.one(kLastHash));
  std::string prev = last ? last->text(0) : std::string(64, '0');
  const Principal& p = *ctx.principal;
  std::string roles;
  for (const auto& r : p.roles) roles += (roles.empty() ? "" : ",") + r;
  std::vector<std::string> fields = {
      format_instant(clock.now()),
      std::to_string(p.user_id),
      p.username,
      roles,
      ctx.request_id,
      ctx.source,
      change.object_type,
      change.object_id,
      change.action,
      change.customer_id ? std::to_string(*change.customer_id) : "",
      boost::json::serialize(change.before),
      boost::json::serialize(change.after),
  };
  std::string hash = entry_hash(prev, fields);
  COLO_CHECK(tx.exec(kInsert, {fields[0], p.user_id, fields[2], fields[3], fields[4], fields[5], fields[6],
                               fields[7], fields[8], change.customer_id, fields[10], fields[11], prev, hash}));
  return {};
}

Result<VerifyReport> verify(db::Database& db) {
  VerifyReport report;
  std::string prev(64, '0');
  std::int64_t after = 0;
  while (true) {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto res, tx.query(kWalk, {after}));
    if (res.rows.empty()) break;
    for (const auto& r : res.rows) {
      std::int64_t id = r.int64(0);
      std::vector<std::string> fields;
      for (std::size_t i = 1; i <= 12; ++i) fields.push_back(r.text(i));
      std::string stored_prev = r.text(13);
      std::string stored_hash = r.text(14);
      ++report.checked;
      if (stored_prev != prev) {
        report.first_broken_id = id;
        report.reason = "the previous-hash link does not match entry " + std::to_string(after);
        return report;
      }
      if (entry_hash(prev, fields) != stored_hash) {
        report.first_broken_id = id;
        report.reason = "the entry's content does not match its hash";
        return report;
      }
      prev = stored_hash;
      after = id;
    }
  }
  return report;
}

}  // namespace colo::audit
