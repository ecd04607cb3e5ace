// PostgreSQL driver: libpq, a fixed pool of connections, statements prepared once per connection.
#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "db/drivers.hpp"

namespace colo::db {

namespace {

struct FinishConn {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct ClearResult {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ConnPtr = std::unique_ptr<PGconn, FinishConn>;
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

// Type OIDs from pg_type.h.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

std::string first_line(const char* msg) {
  std::string s = msg ? msg : "";
  auto nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  return s;
}

// Line number and text at a 1-based character position (PG_DIAG_STATEMENT_POSITION counts
// characters, not bytes) of a multi-line script.
std::string script_location(std::string_view text, const char* position) {
  if (!position || text.find('\n') == std::string_view::npos) return {};
  long chars = std::strtol(position, nullptr, 10);
  if (chars <= 0) return {};
  std::size_t pos = 0;
  for (long seen = 0; pos < text.size(); ++pos) {
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80 && ++seen == chars) break;
  }
  pos = std::min(pos, text.size());
  auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n');
  auto start = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  auto end = text.find('\n', pos);
  auto content = text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
  while (!content.empty() && (content.front() == ' ' || content.front() == '\t')) content.remove_prefix(1);
  if (content.size() > 120) content = content.substr(0, 120);
  return " (at line " + std::to_string(line) + ": " + std::string(content) + ")";
}

bool connection_lost(PGconn* conn) { return PQstatus(conn) != CONNECTION_OK; }

// `detail` is appended to messages of the "db.error" kind: the SQL, or where in a script.
Error pg_error(PGconn* conn, const PGresult* res, const std::string& detail) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string msg = first_line(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  for (std::string_view prefix : {"ERROR:  ", "FATAL:  "})
    if (msg.rfind(prefix, 0) == 0) msg = msg.substr(prefix.size());
  std::string code = state ? state : "";
  if (code == "23505") return Error{ErrorKind::conflict, "db.unique_violation", msg, {}};
  if (code == "23503") return Error{ErrorKind::conflict, "db.foreign_key_violation", msg, {}};
  if (code == "23514") return Error{ErrorKind::unprocessable, "db.check_violation", msg, {}};
  if (code == "23502") return Error{ErrorKind::unprocessable, "db.not_null_violation", msg, {}};
  // Serialisation failure, deadlock, lock_timeout, statement_timeout (57014 is also a cancel).
  if (code == "40001" || code == "40P01" || code == "55P03" || code == "57014")
    return Error{ErrorKind::unavailable, "db.busy", "The database is busy: " + msg, {}};
  // A write on a standby, or in a database or session set read-only.
  if (code == "25006")
    return Error{ErrorKind::unavailable, "db.read_only", "The database accepts no writes: " + msg, {}};
  // Class 53 is "insufficient resources": disk full, out of memory.
  if (code == "53100" || code == "53200")
    return Error{ErrorKind::unavailable, "db.unavailable", "PostgreSQL: " + msg, {}};
  // Class 08 is "connection exception", 57P0x the server shutting down, 53300 too many
  // connections; no SQLSTATE at all means libpq itself failed (socket closed). 08P01 (protocol
  // violation) on a live connection is a wrong parameter count: a bug, not an outage.
  const bool lost = connection_lost(conn);
  if (lost || code.empty() || (code.rfind("08", 0) == 0 && code != "08P01") || code.rfind("57P0", 0) == 0 ||
      code == "53300")
    return Error{ErrorKind::unavailable, "db.unavailable", "PostgreSQL: " + msg, {}};
  return Error{ErrorKind::internal, "db.error", msg + detail, {}};
}

std::string quote_sql(std::string_view sql) { return " [" + std::string(sql.substr(0, 200)) + "]"; }

// host:port/db for messages; never the password.
std::string describe_target(PGconn* conn) {
  if (!conn) return "the given URL";
  auto text = [](const char* s) { return std::string(s ? s : ""); };
  return text(PQhost(conn)) + ":" + text(PQport(conn)) + "/" + text(PQdb(conn));
}

// Statements are cached by their SQL text; lookups take a string_view without allocating.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// See the SQLite driver: a bound for callers that build many distinct SQL texts.
constexpr std::size_t kMaxPreparedStatements = 1000;

struct SessionSettings {
  int statement_timeout_ms = 0;
  int lock_timeout_ms = 0;
};

// Per-session settings, applied on connect and after every reset.
Status set_up_session(PGconn* conn, const SessionSettings& settings) {
  // Notices (e.g. "table does not exist, skipping") are noise on stderr of a server. The timeouts
  // turn a lock held elsewhere or a runaway statement into db.busy instead of a worker waiting
  // for as long as it lasts.
  std::string sql = "SET client_min_messages = warning; SET statement_timeout = " +
                    std::to_string(std::max(0, settings.statement_timeout_ms)) +
                    "; SET lock_timeout = " + std::to_string(std::max(0, settings.lock_timeout_ms));
  ResultPtr r(PQexec(conn, sql.c_str()));
  if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return pg_error(conn, r.get(), "");
  return {};
}

class PgConnection final : public Connection {
 public:
  PgConnection(ConnPtr conn, SessionSettings settings) : conn_(std::move(conn)), settings_(settings) {}
  Engine engine() const override { return Engine::postgres; }

  Status execute_script(std::string_view sql) override {
    std::string text(sql);
    const bool was_idle = PQtransactionStatus(conn_.get()) == PQTRANS_IDLE;
    ResultPtr res(PQexec(conn_.get(), text.c_str()));
    if (ok(res.get())) return {};
    // A pooled connection whose server side went away (restart, failover, idle kill) only
    // notices at its next use. Starting a transaction did nothing yet, so reconnect and retry
    // once instead of failing the request; anything else may have run and is not retried.
    if (was_idle && connection_lost(conn_.get()) && text.rfind("BEGIN", 0) == 0 && reset().ok()) {
      res.reset(PQexec(conn_.get(), text.c_str()));
      if (ok(res.get())) return {};
    }
    return pg_error(
        conn_.get(), res.get(),
        text.find('\n') == std::string::npos
            ? quote_sql(sql)
            : script_location(sql, res ? PQresultErrorField(res.get(), PG_DIAG_STATEMENT_POSITION) : nullptr));
  }

  Result<QueryResult> execute(std::string_view sql, const Params& params) override {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      COLO_CHECK(make_room());
      std::string name = "colo_" + std::to_string(++statement_counter_);
      std::string key(sql);
      ResultPtr res(PQprepare(conn_.get(), name.c_str(), key.c_str(), 0, nullptr));
      if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return pg_error(conn_.get(), res.get(), quote_sql(sql));
      it = prepared_.emplace(std::move(key), std::move(name)).first;
    }
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const auto& v = params[i].get();
      switch (v.index()) {
        case 0:
          break;
        case 1:
          texts[i] = std::to_string(std::get<1>(v));
          values[i] = texts[i].c_str();
          break;
        case 2: {
          // Shortest text that reads back as the same double.
          char buf[64];
          auto [p, ec] = std::to_chars(buf, buf + sizeof buf, std::get<2>(v));
          texts[i].assign(buf, p);
          values[i] = texts[i].c_str();
          break;
        }
        case 3:
          values[i] = std::get<3>(v).c_str();
          break;
      }
    }
    ResultPtr res(PQexecPrepared(conn_.get(), it->second.c_str(), static_cast<int>(params.size()), values.data(),
                                 nullptr, nullptr, 0));
    if (!ok(res.get())) {
      const char* state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
      if (connection_lost(conn_.get())) {
        prepared_.clear();
      } else if (state && std::string_view(state) == "0A000") {
        // "cached plan must not change result type": a migration changed a table under this
        // statement. Forget it so the next call prepares it afresh (under a new name).
        prepared_.erase(it);
      }
      return pg_error(conn_.get(), res.get(), quote_sql(sql));
    }
    QueryResult out;
    const int ncols = PQnfields(res.get());
    const int nrows = PQntuples(res.get());
    if (ncols > 0) {
      auto columns = std::make_shared<std::vector<std::string>>();
      std::vector<Oid> types;
      for (int c = 0; c < ncols; ++c) {
        columns->emplace_back(PQfname(res.get(), c));
        types.push_back(PQftype(res.get(), c));
      }
      out.rows.reserve(static_cast<std::size_t>(nrows));
      for (int r = 0; r < nrows; ++r) {
        std::vector<Value> cells;
        cells.reserve(static_cast<std::size_t>(ncols));
        for (int c = 0; c < ncols; ++c) {
          if (PQgetisnull(res.get(), r, c)) {
            cells.emplace_back();
            continue;
          }
          const char* s = PQgetvalue(res.get(), r, c);
          int len = PQgetlength(res.get(), r, c);
          switch (types[static_cast<std::size_t>(c)]) {
            case kInt2:
            case kInt4:
            case kInt8: {
              long long n = 0;
              std::from_chars(s, s + len, n);
              cells.emplace_back(n);
              break;
            }
            case kFloat4:
            case kFloat8:
            case kNumeric:
              cells.emplace_back(std::strtod(s, nullptr));
              break;
            case kBool:
              cells.emplace_back(s[0] == 't');
              break;
            default:
              cells.emplace_back(std::string(s, static_cast<std::size_t>(len)));
          }
        }
        out.rows.emplace_back(columns, std::move(cells));
      }
    }
    const char* affected = PQcmdTuples(res.get());
    if (affected && *affected) out.affected = std::strtoll(affected, nullptr, 10);
    return out;
  }

  // Reconnects a connection whose server side is gone. Prepared statements died with the session.
  Status ensure_connected() {
    if (!connection_lost(conn_.get())) return {};
    return reset();
  }

  // A lease given back inside a transaction (used without a Tx, or a failed ROLLBACK) must not
  // hand that transaction to the next borrower.
  void ensure_idle() {
    auto st = PQtransactionStatus(conn_.get());
    if (st == PQTRANS_INTRANS || st == PQTRANS_INERROR) ResultPtr rollback{PQexec(conn_.get(), "ROLLBACK")};
  }

 private:
  static bool ok(const PGresult* res) {
    auto st = PQresultStatus(res);
    return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
  }

  Status reset() {
    prepared_.clear();
    PQreset(conn_.get());
    if (connection_lost(conn_.get()))
      return Error{ErrorKind::unavailable,
                   "db.unavailable",
                   "lost the connection to PostgreSQL at " + describe_target(conn_.get()) + ": " +
                       first_line(PQerrorMessage(conn_.get())),
                   {}};
    return set_up_session(conn_.get(), settings_);
  }

  Status make_room() {
    if (prepared_.size() < kMaxPreparedStatements) return {};
    // DEALLOCATE is refused inside a failed transaction; then grow a little and try next time.
    if (PQtransactionStatus(conn_.get()) == PQTRANS_INERROR) return {};
    ResultPtr r(PQexec(conn_.get(), "DEALLOCATE ALL"));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return pg_error(conn_.get(), r.get(), "");
    prepared_.clear();
    return {};
  }

  ConnPtr conn_;
  SessionSettings settings_;
  // SQL text -> server-side statement name. Names come from a counter, never reused in a session.
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> prepared_;
  std::uint64_t statement_counter_ = 0;
};

Result<std::unique_ptr<PgConnection>> connect(const std::string& conninfo, const SessionSettings& settings) {
  ConnPtr conn(PQconnectdb(conninfo.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    return Error{ErrorKind::unavailable,
                 "db.unavailable",
                 "cannot connect to PostgreSQL at " + describe_target(conn.get()) + ": " +
                     first_line(conn ? PQerrorMessage(conn.get()) : "out of memory"),
                 {}};
  }
  COLO_CHECK(set_up_session(conn.get(), settings));
  return std::make_unique<PgConnection>(std::move(conn), settings);
}

// A fixed-size pool. Connections open on demand up to pool_size and stay open; a connection found
// broken is reset when it is next borrowed.
class PgDatabase final : public Database {
 public:
  PgDatabase(std::string conninfo, SessionSettings settings, int size, std::unique_ptr<PgConnection> first)
      : conninfo_(std::move(conninfo)), settings_(settings), size_(size) {
    idle_.push_back(first.get());
    all_.push_back(std::move(first));
    open_ = 1;
  }

  Engine engine() const override { return Engine::postgres; }

  Result<Lease> acquire(Access access) override {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
    ++in_use_;
    PgConnection* c = nullptr;
    if (!idle_.empty()) {
      c = idle_.back();
      idle_.pop_back();
      lock.unlock();
    } else {
      // Reserve the slot, then connect without holding the lock: a connect can take seconds and
      // must not stall threads that could use an idle connection meanwhile.
      ++open_;
      lock.unlock();
      auto opened = connect(conninfo_, settings_);
      lock.lock();
      if (!opened.ok()) {
        --open_;
        --in_use_;
        lock.unlock();
        cv_.notify_one();
        return std::move(opened).error();
      }
      c = opened->get();
      all_.push_back(std::move(opened).value());
      lock.unlock();
    }
    if (auto st = c->ensure_connected(); !st.ok()) {
      give_back(c);
      return std::move(st).error();
    }
    return Lease(this, c, access);
  }

  PoolStats stats() const override {
    std::lock_guard lock(mutex_);
    return {open_, in_use_};
  }

  Status ping() override {
    COLO_TRY(auto tx, Tx::begin(*this, Access::read));
    COLO_TRY(auto r, tx.query("SELECT 1"));
    (void)r;
    return {};
  }

 protected:
  void release(Connection* conn, Access) override {
    auto* c = static_cast<PgConnection*>(conn);
    c->ensure_idle();
    give_back(c);
  }

 private:
  void give_back(PgConnection* c) {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      idle_.push_back(c);
    }
    cv_.notify_one();
  }

  std::string conninfo_;
  SessionSettings settings_;
  int size_;
  std::vector<std::unique_ptr<PgConnection>> all_;
  std::vector<PgConnection*> idle_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  int open_ = 0;  // opened or being opened
  int in_use_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgres(const std::string& conninfo, const Options& options) {
  // Connect once now so that an unreachable server fails at start-up with one clear line.
  const SessionSettings settings{options.statement_timeout_ms, options.lock_timeout_ms};
  COLO_TRY(auto first, connect(conninfo, settings));
  return std::unique_ptr<Database>(
      std::make_unique<PgDatabase>(conninfo, settings, std::max(1, options.pool_size), std::move(first)));
}

}  // namespace colo::db
