// PostgreSQL driver: libpq, a fixed pool of connections, statements prepared once per connection.
#include <libpq-fe.h>

#include <condition_variable>
#include <charconv>
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
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

std::string first_line(const char* msg) {
  std::string s = msg ? msg : "";
  auto nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  return s;
}

Error pg_error(PGconn* conn, const PGresult* res, std::string_view sql) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string msg = first_line(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  if (msg.rfind("ERROR:  ", 0) == 0) msg = msg.substr(8);
  std::string code = state ? state : "";
  if (code == "23505") return Error{ErrorKind::conflict, "db.unique_violation", msg, {}};
  if (code == "23503") return Error{ErrorKind::conflict, "db.foreign_key_violation", msg, {}};
  if (code == "23514") return Error{ErrorKind::unprocessable, "db.check_violation", msg, {}};
  if (code == "23502") return Error{ErrorKind::unprocessable, "db.not_null_violation", msg, {}};
  if (code == "40001" || code == "40P01" || code == "55P03")
    return Error{ErrorKind::unavailable, "db.busy", "The database is busy: " + msg, {}};
  if (code.rfind("08", 0) == 0 || code.empty() || PQstatus(conn) != CONNECTION_OK)
    return Error{ErrorKind::unavailable, "db.unavailable", "PostgreSQL: " + msg, {}};
  return Error{ErrorKind::internal, "db.error", msg + " [" + std::string(sql.substr(0, 200)) + "]", {}};
}

std::string describe_target(PGconn* conn, const std::string& conninfo) {
  if (!conn) return "the given URL";
  std::string host = PQhost(conn) ? PQhost(conn) : "";
  std::string port = PQport(conn) ? PQport(conn) : "";
  std::string db = PQdb(conn) ? PQdb(conn) : "";
  return host + ":" + port + "/" + db;
}

class PgConnection final : public Connection {
 public:
  explicit PgConnection(ConnPtr conn) : conn_(std::move(conn)) {}
  Engine engine() const override { return Engine::postgres; }
  bool healthy() const { return PQstatus(conn_.get()) == CONNECTION_OK; }

  Status execute_script(std::string_view sql) override {
    std::string text(sql);
    ResultPtr res(PQexec(conn_.get(), text.c_str()));
    auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return pg_error(conn_.get(), res.get(), sql);
    return {};
  }

  Result<QueryResult> execute(std::string_view sql, const Params& params) override {
    std::string key(sql);
    auto it = prepared_.find(key);
    if (it == prepared_.end()) {
      std::string name = "s" + std::to_string(prepared_.size() + 1);
      ResultPtr res(PQprepare(conn_.get(), name.c_str(), key.c_str(), 0, nullptr));
      if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return pg_error(conn_.get(), res.get(), sql);
      it = prepared_.emplace(key, name).first;
    }
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const auto& v = params[i].get();
      switch (v.index()) {
        case 0: break;
        case 1: texts[i] = std::to_string(std::get<1>(v)); values[i] = texts[i].c_str(); break;
        case 2: {
          char buf[64];
          auto [p, ec] = std::to_chars(buf, buf + sizeof buf, std::get<2>(v));
          texts[i].assign(buf, p);
          values[i] = texts[i].c_str();
          break;
        }
        case 3: values[i] = std::get<3>(v).c_str(); break;
      }
    }
    ResultPtr res(PQexecPrepared(conn_.get(), it->second.c_str(), static_cast<int>(params.size()),
                                 values.data(), nullptr, nullptr, 0));
    auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      // A statement can become invalid (schema changed by a migration): forget it.
      if (!healthy()) prepared_.clear();
      return pg_error(conn_.get(), res.get(), sql);
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
            case kInt2: case kInt4: case kInt8: {
              long long n = 0;
              std::from_chars(s, s + len, n);
              cells.emplace_back(n);
              break;
            }
            case kFloat4: case kFloat8: case kNumeric:
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

  void reset() {
    PQreset(conn_.get());
    prepared_.clear();
  }

 private:
  ConnPtr conn_;
  std::unordered_map<std::string, std::string> prepared_;
};

Result<std::unique_ptr<PgConnection>> connect(const std::string& conninfo) {
  ConnPtr conn(PQconnectdb(conninfo.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    return Error{ErrorKind::unavailable, "db.unavailable",
                 "cannot connect to PostgreSQL at " + describe_target(conn.get(), conninfo) + ": " +
                     first_line(conn ? PQerrorMessage(conn.get()) : "out of memory"),
                 {}};
  }
  ResultPtr r(PQexec(conn.get(), "SET client_min_messages = warning"));
  return std::make_unique<PgConnection>(std::move(conn));
}

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string conninfo, int size) : conninfo_(std::move(conninfo)), size_(size) {}

  Engine engine() const override { return Engine::postgres; }

  Status add_first(std::unique_ptr<PgConnection> c) {
    idle_.push_back(c.get());
    all_.push_back(std::move(c));
    return {};
  }

  Result<Lease> acquire(Access access) override {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !idle_.empty() || static_cast<int>(all_.size()) < size_; });
    PgConnection* c = nullptr;
    if (!idle_.empty()) {
      c = idle_.back();
      idle_.pop_back();
    } else {
      // Open a new connection outside the lock would be nicer; opening is rare (pool growth).
      auto opened = connect(conninfo_);
      if (!opened.ok()) return std::move(opened).error();
      c = opened->get();
      all_.push_back(std::move(opened).value());
    }
    ++in_use_;
    lock.unlock();
    if (!c->healthy()) {
      c->reset();
      if (!c->healthy()) {
        release(c, access);
        return Error{ErrorKind::unavailable, "db.unavailable", "The PostgreSQL connection was lost.", {}};
      }
    }
    return Lease(this, c, access);
  }

  PoolStats stats() const override {
    std::lock_guard lock(mutex_);
    return {static_cast<int>(all_.size()), in_use_};
  }

  Status ping() override {
    COLO_TRY(auto tx, Tx::begin(*this, Access::read));
    COLO_TRY(auto r, tx.query("SELECT 1"));
    (void)r;
    return {};
  }

 protected:
  void release(Connection* conn, Access) override {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      idle_.push_back(static_cast<PgConnection*>(conn));
    }
    cv_.notify_one();
  }

 private:
  std::string conninfo_;
  int size_;
  std::vector<std::unique_ptr<PgConnection>> all_;
  std::vector<PgConnection*> idle_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  int in_use_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgres(const std::string& conninfo, const Options& options) {
  // Connect once now so that an unreachable server fails at start-up with one clear line.
  COLO_TRY(auto first, connect(conninfo));
  auto db = std::make_unique<PgDatabase>(conninfo, std::max(1, options.pool_size));
  COLO_CHECK(db->add_first(std::move(first)));
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace colo::db
