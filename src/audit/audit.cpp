#include "audit/audit.hpp"

#include <spdlog/spdlog.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "audit/log.hpp"
#include "audit/store.hpp"
#include "core/crypto.hpp"

namespace colo::audit {

namespace {

const std::string kGenesis(64, '0');  // the "previous hash" of the first entry
constexpr std::int64_t kVerifyBatch = 5000;
constexpr int kPlain = 1;  // alg: plain BLAKE2b, entries from before the chain was keyed
constexpr int kKeyed = 2;  // alg: BLAKE2b keyed with the audit key
// Puts keyed hashes in their own domain, apart from checkpoint MACs under the same key.
const std::string kEntryDomain = "colo.audit.entry.v2";

std::mutex key_mutex;
std::optional<crypto::Key> chain_key;

std::optional<crypto::Key> current_key() {
  std::lock_guard lock(key_mutex);
  return chain_key;
}

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

// Where a walk over the chain stands: the previous entry's hash and id, whether a keyed entry was
// seen (after which an unkeyed one is a forgery), and how many entries were walked.
struct Walk {
  std::string prev = kGenesis;
  std::int64_t last_id = 0;
  bool keyed_seen = false;
  std::int64_t count = 0;
};

// Why `r` does not hold after `w`, or empty when it does (and then `w` moves past it).
std::string check_entry(const store::Row& r, Walk& w, const std::optional<crypto::Key>& key) {
  if (r.prev_hash != w.prev)
    return w.last_id == 0 && w.count == 0 ? "the first entry does not start the chain"
                                          : "its link to entry " + std::to_string(w.last_id) +
                                                " does not hold (an entry was removed, inserted or altered)";
  if (r.alg == kPlain) {
    if (w.keyed_seen) return "it is unkeyed after keyed entries (written without the audit key: forged)";
    if (entry_hash(w.prev, hashed_fields(r)) != r.hash)
      return "its content does not match its hash (the entry was altered)";
  } else if (r.alg == kKeyed) {
    if (!key) return "it is keyed and no audit key is configured to check it";
    if (!crypto::constant_time_equal(entry_mac(*key, w.prev, hashed_fields(r)), r.hash))
      return "its content or link does not match its MAC (altered, relinked or forged without the audit key)";
    w.keyed_seen = true;
  } else {
    return "its hash algorithm " + std::to_string(r.alg) + " is unknown";
  }
  w.prev = r.hash;
  w.last_id = r.id;
  ++w.count;
  return {};
}

// Walks the entries after `w`, oldest first, in short read transactions. `at_each` sees every
// entry that holds and may stop the walk with a reason of its own.
template <typename F>
Status walk(db::Database& db, Walk& w, VerifyReport& report, const std::optional<crypto::Key>& key, F&& at_each) {
  while (true) {
    // One short read transaction per batch, so a long walk never holds a snapshot open.
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto rows, store::entries_after(tx, w.last_id, kVerifyBatch));
    if (rows.empty()) return {};
    for (const auto& r : rows) {
      ++report.checked;
      auto why = check_entry(r, w, key);
      if (why.empty()) why = at_each(r, w);
      if (!why.empty()) {
        report.first_broken_id = r.id;
        report.reason = std::move(why);
        return {};
      }
    }
  }
}

std::string missing_head(const Checkpoint& cp) {
  return "it is the head recorded in the checkpoint of " + cp.at + " and is missing (the newest entries were removed)";
}

std::string count_differs(const Checkpoint& cp, std::int64_t now) {
  return "the checkpoint of " + cp.at + " counted " + std::to_string(cp.count) +
         " entries up to this one, the log has " + std::to_string(now) + " (entries were removed)";
}

std::string head_differs(const Checkpoint& cp) {
  return "it differs from the head recorded in the checkpoint of " + cp.at + " (the entry was rewritten)";
}

// Records the verified head outside the database and in the log.
Status record_head(const std::string& path, VerifyReport& report, const Walk& w, Instant now, const crypto::Key& key) {
  report.head = Checkpoint{w.last_id, w.last_id ? w.prev : "", w.count, format_instant(now)};
  COLO_CHECK(write_checkpoint(path, report.head, key));
  spdlog::info("audit chain head: entry {} hash {} ({} entries), recorded in {}", report.head.last_id,
               report.head.last_hash.empty() ? "-" : report.head.last_hash, report.head.count, path);
  return {};
}

Result<crypto::Key> key_for_checkpoint() {
  auto key = current_key();
  if (!key) return Error::internal("the audit checkpoint needs the audit key, and none is configured");
  return *key;
}

}  // namespace

void use_chain_key(std::optional<crypto::Key> key) {
  std::lock_guard lock(key_mutex);
  chain_key = key;
}

std::string entry_mac(const crypto::Key& key, const std::string& prev_hash, const std::vector<std::string>& fields) {
  std::vector<std::string> all;
  all.reserve(fields.size() + 2);
  all.push_back(kEntryDomain);
  all.push_back(prev_hash);
  all.insert(all.end(), fields.begin(), fields.end());
  return crypto::keyed_blake2b_hex(key, canonical(all));
}

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
  if (!last) {
    // Every entry archived: the chain goes on from the newest archived period's head.
    COLO_TRY(auto list, store::archives(tx));
    if (!list.empty()) last = list.back().head_hash;
  }
  row.prev_hash = last.value_or(kGenesis);
  if (auto key = current_key()) {
    row.alg = kKeyed;
    row.hash = entry_mac(*key, row.prev_hash, hashed_fields(row));
  } else {
    row.alg = kPlain;
    row.hash = entry_hash(row.prev_hash, hashed_fields(row));
  }
  return store::insert(tx, row);
}

namespace {

// Where the chain in the database starts: after the newest archived period, if any. Entries
// before it are counted, so that checkpoints count the whole chain.
Result<Walk> start_of_database_chain(db::Database& db) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  COLO_TRY(auto list, store::archives(tx));
  Walk w;
  if (list.empty()) return w;
  std::int64_t entries = 0;
  for (const auto& a : list) entries += a.entries;
  const auto& last = list.back();
  w.prev = last.head_hash;
  w.last_id = last.last_id;
  w.keyed_seen = last.head_alg == kKeyed;
  w.count = entries;
  return w;
}

}  // namespace

Result<VerifyReport> verify(db::Database& db, const std::string& checkpoint_path, Instant now) {
  const auto key = current_key();
  std::optional<Checkpoint> cp;
  if (!checkpoint_path.empty()) {
    COLO_TRY(auto k, key_for_checkpoint());
    auto read = read_checkpoint(checkpoint_path, k);
    if (!read.ok()) {
      VerifyReport report;
      report.first_broken_id = 0;
      report.reason = "the checkpoint " + checkpoint_path + " does not verify: " + read.error().message;
      return report;
    }
    cp = *read;
  }
  VerifyReport report;
  report.checkpoint_found = cp.has_value();
  COLO_TRY(auto w, start_of_database_chain(db));
  // A checkpoint whose head has been archived since was proven when it was archived.
  if (cp && cp->last_id <= w.last_id) cp.reset();
  bool head_seen = false;
  COLO_CHECK(walk(db, w, report, key, [&](const store::Row& r, const Walk& at) -> std::string {
    if (!cp || r.id != cp->last_id) return {};
    head_seen = true;
    if (r.hash != cp->last_hash) return head_differs(*cp);
    if (at.count != cp->count) return count_differs(*cp, at.count);
    return {};
  }));
  if (report.first_broken_id) return report;
  if (cp && cp->last_id > 0 && !head_seen) {
    report.first_broken_id = cp->last_id;
    report.reason = missing_head(*cp);
    return report;
  }
  if (cp && cp->last_id > 0 && w.count < cp->count) {
    report.first_broken_id = cp->last_id;
    report.reason = count_differs(*cp, w.count);
    return report;
  }
  report.head = Checkpoint{w.last_id, w.last_id ? w.prev : "", w.count, format_instant(now)};
  if (!checkpoint_path.empty()) COLO_CHECK(record_head(checkpoint_path, report, w, now, *key));
  return report;
}

Result<VerifyReport> advance_checkpoint(db::Database& db, const std::string& checkpoint_path, Instant now) {
  COLO_TRY(auto key, key_for_checkpoint());
  auto read = read_checkpoint(checkpoint_path, key);
  if (read.ok() && !*read) return verify(db, checkpoint_path, now);
  VerifyReport report;
  if (!read.ok()) {
    report.first_broken_id = 0;
    report.reason = "the checkpoint " + checkpoint_path + " does not verify: " + read.error().message;
    return report;
  }
  const Checkpoint cp = **read;
  report.checkpoint_found = true;
  COLO_TRY(auto w, start_of_database_chain(db));
  if (cp.last_id > w.last_id) {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto head, store::find(tx, cp.last_id));
    report.first_broken_id = cp.last_id;
    if (!head) {
      report.reason = missing_head(cp);
      return report;
    }
    if (head->hash != cp.last_hash) {
      report.reason = head_differs(cp);
      return report;
    }
    COLO_TRY(auto in_db, store::count_up_to(tx, cp.last_id));
    COLO_TRY(auto archived, store::archived_entries(tx));
    const auto count = in_db + archived;
    if (count != cp.count) {
      report.reason = count_differs(cp, count);
      return report;
    }
    report.first_broken_id.reset();
    // An unkeyed entry at the head means none before it was keyed (that walk would have failed).
    w = Walk{cp.last_hash, cp.last_id, head->alg == kKeyed, cp.count};
  }
  COLO_CHECK(walk(db, w, report, key, [](const store::Row&, const Walk&) { return std::string(); }));
  if (report.first_broken_id) return report;
  COLO_CHECK(record_head(checkpoint_path, report, w, now, key));
  return report;
}

Result<std::pair<std::int64_t, std::vector<Entry>>> search(db::Database& db, const Context& ctx, const Filter& filter) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  COLO_TRY(auto page, store::search(tx, ctx, filter));
  std::vector<Entry> out;
  out.reserve(page.second.size());
  for (auto& r : page.second)
    out.push_back(Entry{r.id, std::move(r.at), r.actor_id, std::move(r.actor), split_roles(r.roles),
                        std::move(r.request_id), std::move(r.source), std::move(r.object_type), std::move(r.object_id),
                        std::move(r.action), r.customer_id, parse_or_null(r.before_json), parse_or_null(r.after_json),
                        std::move(r.hash)});
  return std::pair{page.first, std::move(out)};
}

std::optional<std::string> history_permission(std::string_view type) {
  auto starts = [&](std::string_view prefix) { return type.substr(0, prefix.size()) == prefix; };
  if (type == "customer" || type == "customer.contact") return "customers.read";
  if (type == "user" || type == "api_token") return "users.read";
  // Cables are recorded by the network module under dcim.cable; they are read with dcim.read.
  if (starts("dcim.")) return "dcim.read";
  if (starts("ipam.")) return "ipam.read";
  if (type == "application") return "applications.read";
  if (type == "contract" || starts("contract_")) return "contracts.read";
  return std::nullopt;
}

Result<std::vector<std::string>> actors(db::Database& db, std::int64_t limit) {
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
  return store::actors(tx, limit);
}

// ---- Retention: archived periods ----

namespace {

boost::json::object row_json(const store::Row& r) {
  return {{"id", r.id},
          {"at", r.at},
          {"actor_id", r.actor_id},
          {"actor", r.actor},
          {"roles", r.roles},
          {"request_id", r.request_id},
          {"source", r.source},
          {"object_type", r.object_type},
          {"object_id", r.object_id},
          {"action", r.action},
          {"customer_id", r.customer_id ? boost::json::value(*r.customer_id) : boost::json::value(nullptr)},
          {"before_json", r.before_json},
          {"after_json", r.after_json},
          {"prev_hash", r.prev_hash},
          {"hash", r.hash},
          {"alg", r.alg}};
}

store::Row row_of(const boost::json::object& o) {
  store::Row r;
  auto text = [&](const char* k) { return std::string(o.at(k).as_string()); };
  r.id = o.at("id").to_number<std::int64_t>();
  r.at = text("at");
  r.actor_id = o.at("actor_id").to_number<std::int64_t>();
  r.actor = text("actor");
  r.roles = text("roles");
  r.request_id = text("request_id");
  r.source = text("source");
  r.object_type = text("object_type");
  r.object_id = text("object_id");
  r.action = text("action");
  if (!o.at("customer_id").is_null()) r.customer_id = o.at("customer_id").to_number<std::int64_t>();
  r.before_json = text("before_json");
  r.after_json = text("after_json");
  r.prev_hash = text("prev_hash");
  r.hash = text("hash");
  r.alg = static_cast<int>(o.at("alg").to_number<std::int64_t>());
  return r;
}

// The archive file's MAC: keyed with the audit key, so that nobody without it can rewrite a file
// and its recorded digest together.
std::string file_mac(const std::string& content) {
  auto key = current_key();
  return key ? crypto::keyed_blake2b_hex(*key, content) : crypto::blake2b_hex(content);
}

Context archiver() {
  auto p = std::make_shared<Principal>();
  p->username = "system:audit-retention";
  p->roles = {"admin"};
  p->auth_method = "system";
  return Context{p, "", "system"};
}

}  // namespace

Result<ArchiveResult> archive_expired(db::Database& db, const Clock& clock, int retention_days,
                                      const std::string& archive_dir) {
  const int days = std::max(retention_days, kMinRetentionDays);
  const auto now = clock.now();
  const auto cutoff = format_instant(now - std::chrono::days(days));
  // The chain must hold before any of it leaves the database.
  COLO_TRY(auto report, verify(db, {}, now));
  if (report.first_broken_id)
    return Error::conflict("audit.chain_broken", "audit log entry " + std::to_string(*report.first_broken_id) +
                                                     " is broken: " + report.reason + "; nothing was archived");
  COLO_TRY(auto start, start_of_database_chain(db));
  std::int64_t up_to = 0;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto young, store::first_id_at_or_after(tx, cutoff));
    COLO_TRY(auto newest, store::max_id(tx));
    up_to = young ? *young - 1 : newest;
  }
  ArchiveResult result;
  if (up_to <= start.last_id) return result;
  std::vector<store::Row> rows;
  for (std::int64_t after = start.last_id; after < up_to;) {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(auto batch, store::entries_after(tx, after, kVerifyBatch));
    if (batch.empty()) break;
    for (auto& r : batch)
      if (r.id <= up_to) rows.push_back(std::move(r));
    after = batch.back().id;
  }
  if (rows.empty()) return result;
  store::Archive a;
  a.first_id = rows.front().id;
  a.last_id = rows.back().id;
  a.until_at = cutoff;
  a.entries = static_cast<std::int64_t>(rows.size());
  a.prev_hash = rows.front().prev_hash;
  a.head_hash = rows.back().hash;
  a.head_alg = rows.back().alg;
  a.created_at = format_instant(now);
  std::string content = boost::json::serialize(boost::json::object{{"colo_audit_archive", 1},
                                                                   {"first_id", a.first_id},
                                                                   {"last_id", a.last_id},
                                                                   {"entries", a.entries},
                                                                   {"prev_hash", a.prev_hash},
                                                                   {"head_hash", a.head_hash}}) +
                        "\n";
  for (const auto& r : rows) content += boost::json::serialize(row_json(r)) + "\n";
  a.file_digest = file_mac(content);
  std::error_code ec;
  std::filesystem::create_directories(archive_dir, ec);
  a.file = (std::filesystem::path(archive_dir) /
            ("audit-" + std::to_string(a.first_id) + "-" + std::to_string(a.last_id) + ".jsonl"))
               .string();
  {
    // Written whole before the entries leave the database; a crash in between leaves both.
    const auto partial = a.file + ".partial";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) return Error::unavailable("cannot write the audit archive " + partial);
    std::filesystem::rename(partial, a.file, ec);
    if (ec) return Error::unavailable("cannot write the audit archive " + a.file + ": " + ec.message());
  }
  COLO_TRY(auto tx, db::Tx::begin(db, db::Access::write));
  COLO_CHECK(store::lock_chain(tx));
  COLO_TRY(auto deleted, store::delete_archived(tx, start.last_id, a.last_id, cutoff));
  if (deleted != a.entries)
    return Error::conflict("audit.archive_changed",
                           "the entries to archive changed meanwhile; nothing was archived (try again)");
  COLO_CHECK(store::insert_archive(tx, a));
  COLO_CHECK(record(tx, archiver(), clock,
                    {"audit_archive", std::to_string(a.last_id), "archive", nullptr,
                     boost::json::object{{"first_id", a.first_id},
                                         {"last_id", a.last_id},
                                         {"entries", a.entries},
                                         {"file", a.file},
                                         {"older_than", cutoff}},
                     std::nullopt}));
  COLO_CHECK(tx.commit());
  result.entries = a.entries;
  result.first_id = a.first_id;
  result.last_id = a.last_id;
  result.file = a.file;
  return result;
}

Result<ArchiveReport> verify_archives(db::Database& db) {
  std::vector<store::Archive> list;
  {
    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
    COLO_TRY(list, store::archives(tx));
  }
  const auto key = current_key();
  ArchiveReport report;
  Walk w;
  for (const auto& a : list) {
    const auto name =
        "the archive of entries " + std::to_string(a.first_id) + "-" + std::to_string(a.last_id) + " (" + a.file + ")";
    std::ifstream in(a.file, std::ios::binary);
    if (!in) {
      report.broken = name + " is missing";
      return report;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const auto content = ss.str();
    if (!crypto::constant_time_equal(file_mac(content), a.file_digest)) {
      report.broken = name + " was altered: its MAC does not match the one recorded when it was written";
      return report;
    }
    if (w.prev != a.prev_hash) {
      report.broken = name + " does not continue the chain from the period before it";
      return report;
    }
    std::istringstream lines(content);
    std::string line;
    std::getline(lines, line);  // the header, covered by the MAC
    std::int64_t n = 0;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      boost::system::error_code ec;
      auto v = boost::json::parse(line, ec);
      if (ec || !v.is_object()) {
        report.broken = name + " holds a line that is not an entry";
        return report;
      }
      store::Row r;
      try {
        r = row_of(v.as_object());
      } catch (const std::exception&) {
        report.broken = name + " holds a line that is not an entry";
        return report;
      }
      if (auto why = check_entry(r, w, key); !why.empty()) {
        report.broken = name + ": entry " + std::to_string(r.id) + " is broken: " + why;
        return report;
      }
      ++n;
    }
    if (n != a.entries || w.prev != a.head_hash || w.last_id != a.last_id) {
      report.broken = name + " does not hold the " + std::to_string(a.entries) + " entries recorded";
      return report;
    }
    ++report.archives;
    report.entries += n;
  }
  return report;
}

}  // namespace colo::audit
