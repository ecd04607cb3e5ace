#include "audit/audit.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "audit/log.hpp"
#include "audit/store.hpp"
#include "core/crypto.hpp"

namespace colo::audit {

namespace {

const std::string kGenesis(64, '0');  // the "previous hash" of the first entry
constexpr std::int64_t kVerifyBatch = 5000;

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

// The hashed fields of a row, in stored column order (without id, prev_hash and hash).
std::vector<std::string> hashed_fields(const store::Row& r) {
  return {r.at,          std::to_string(r.actor_id),
          r.actor,       r.roles,
          r.request_id,  r.source,
          r.object_type, r.object_id,
          r.action,      r.customer_id ? std::to_string(*r.customer_id) : "",
          r.before_json, r.after_json};
}

std::vector<std::string> split_roles(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

boost::json::value parse_or_null(const std::string& s) {
  boost::system::error_code ec;
  auto v = boost::json::parse(s, ec);
  return ec ? boost::json::value(nullptr) : v;
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
  const Principal& p = *ctx.principal;
  store::Row row;
  row.at = format_instant(clock.now());
  row.actor_id = p.user_id;
  row.actor = p.username;
  for (const auto& r : p.roles) row.roles += (row.roles.empty() ? "" : ",") + r;
  row.request_id = ctx.request_id;
  row.source = ctx.source;
  row.object_type = change.object_type;
  row.object_id = change.object_id;
  row.action = change.action;
  row.customer_id = change.customer_id;
  row.before_json = boost::json::serialize(change.before);
  row.after_json = boost::json::serialize(change.after);
  COLO_CHECK(store::lock_chain(tx));
  COLO_TRY(auto last, store::last_hash(tx));
  row.prev_hash = last.value_or(kGenesis);
  row.hash = entry_hash(row.prev_hash, hashed_fields(row));
  return store::insert(tx, row);
}

Result<VerifyReport> verify(db::Database& db) {
  VerifyReport report;
  std::string prev = kGenesis;
  std::int64_t last_id = 0;
  while (true) {
    // One short read transaction per batch, so a long walk never holds a snapshot open.
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto rows, store::entries_after(tx, last_id, kVerifyBatch));
    if (rows.empty()) break;
    for (const auto& r : rows) {
      ++report.checked;
      if (r.prev_hash != prev) {
        report.first_broken_id = r.id;
        report.reason = last_id == 0 ? "the first entry does not start the chain"
                                     : "its link to entry " + std::to_string(last_id) +
                                           " does not hold (an entry was removed, inserted or altered)";
        return report;
      }
      if (entry_hash(prev, hashed_fields(r)) != r.hash) {
        report.first_broken_id = r.id;
        report.reason = "its content does not match its hash (the entry was altered)";
        return report;
      }
      prev = r.hash;
      last_id = r.id;
    }
  }
  return report;
}

Result<std::pair<std::int64_t, std::vector<Entry>>> search(db::Database& db, const Context& ctx,
                                                           const Filter& filter) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  COLO_TRY(auto page, store::search(tx, ctx, filter));
  std::vector<Entry> out;
  out.reserve(page.second.size());
  for (auto& r : page.second)
    out.push_back(Entry{r.id, std::move(r.at), r.actor_id, std::move(r.actor), split_roles(r.roles),
                        std::move(r.request_id), std::move(r.source), std::move(r.object_type),
                        std::move(r.object_id), std::move(r.action), r.customer_id,
                        parse_or_null(r.before_json), parse_or_null(r.after_json), std::move(r.hash)});
  return std::pair{page.first, std::move(out)};
}

}  // namespace colo::audit
