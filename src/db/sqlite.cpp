// SQLite driver: WAL, foreign keys, busy timeout; one writer connection and a pool of readers.
#include <sqlite3.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "db/drivers.hpp"

namespace colo::db {

namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStmt {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using DbPtr = std::unique_ptr<sqlite3, CloseDb>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, FinalizeStmt>;

// $N -> ?N outside quoted strings and identifiers, so one SQL text serves both engines.
std::string rewrite_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '?';
    } else {
      out += c;
    }
  }
  return out;
}

Error sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  int ext = db ? sqlite3_extended_errcode(db) : rc;
  std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (ext) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error{ErrorKind::conflict, "db.unique_violation", msg, {}};
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Error{ErrorKind::conflict, "db.foreign_key_violation", msg, {}};
    case SQLITE_CONSTRAINT_CHECK:
      return Error{ErrorKind::unprocessable, "db.check_violation", msg, {}};
    case SQLITE_CONSTRAINT_NOTNULL:
      return Error{ErrorKind::unprocessable, "db.not_null_violation", msg, {}};
    default:
      break;
  }
  int primary = ext & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    return Error{ErrorKind::unavailable, "db.busy", "The database is busy: " + msg, {}};
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL)
    return Error{ErrorKind::unavailable, "db.unavailable", msg, {}};
  return Error{ErrorKind::internal, "db.error", msg + " [" + std::string(sql.substr(0, 200)) + "]", {}};
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(DbPtr db) : db_(std::move(db)) {}

  Engine engine() const override { return Engine::sqlite; }

  Status execute_script(std::string_view sql) override {
    char* err = nullptr;
    std::string text(sql);
    int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &err);
    if (err) sqlite3_free(err);
    if (rc != SQLITE_OK) return sqlite_error(db_.get(), rc, sql);
    return {};
  }

  Result<QueryResult> execute(std::string_view sql, const Params& params) override {
    COLO_TRY(sqlite3_stmt * stmt, prepare(sql));
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    int expected = sqlite3_bind_parameter_count(stmt);
    if (expected > static_cast<int>(params.size()))
      return Error::internal("SQL expects " + std::to_string(expected) + " parameters, got " +
                             std::to_string(params.size()));
    for (int i = 0; i < expected; ++i) {
      const auto& v = params[static_cast<std::size_t>(i)].get();
      int rc = SQLITE_OK;
      switch (v.index()) {
        case 0: rc = sqlite3_bind_null(stmt, i + 1); break;
        case 1: rc = sqlite3_bind_int64(stmt, i + 1, std::get<1>(v)); break;
        case 2: rc = sqlite3_bind_double(stmt, i + 1, std::get<2>(v)); break;
        case 3: {
          const auto& s = std::get<3>(v);
          rc = sqlite3_bind_text(stmt, i + 1, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
          break;
        }
      }
      if (rc != SQLITE_OK) return sqlite_error(db_.get(), rc, sql);
    }
    QueryResult result;
    const int ncols = sqlite3_column_count(stmt);
    std::shared_ptr<std::vector<std::string>> columns;
    if (ncols > 0) {
      columns = std::make_shared<std::vector<std::string>>();
      for (int c = 0; c < ncols; ++c) columns->emplace_back(sqlite3_column_name(stmt, c));
    }
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return sqlite_error(db_.get(), rc, sql);
      std::vector<Value> cells;
      cells.reserve(static_cast<std::size_t>(ncols));
      for (int c = 0; c < ncols; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL: cells.emplace_back(); break;
          case SQLITE_INTEGER: cells.emplace_back(static_cast<long long>(sqlite3_column_int64(stmt, c))); break;
          case SQLITE_FLOAT: cells.emplace_back(sqlite3_column_double(stmt, c)); break;
          default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            int n = sqlite3_column_bytes(stmt, c);
            cells.emplace_back(std::string(p ? p : "", static_cast<std::size_t>(n)));
          }
        }
      }
      result.rows.emplace_back(columns, std::move(cells));
    }
    result.affected = sqlite3_stmt_readonly(stmt) ? 0 : sqlite3_changes64(db_.get());
    return result;
  }

 private:
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second.get();
    std::string text = rewrite_placeholders(sql);
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(db_.get(), text.c_str(), static_cast<int>(text.size()),
                                SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK) return sqlite_error(db_.get(), rc, sql);
    StmtPtr stmt(raw);
    auto* p = stmt.get();
    cache_.emplace(std::string(sql), std::move(stmt));
    return p;
  }

  DbPtr db_;
  std::unordered_map<std::string, StmtPtr> cache_;
};

Result<DbPtr> open_connection(const std::string& path, bool read_only, const Options& options) {
  sqlite3* raw = nullptr;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  if (path.rfind("file:", 0) == 0) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Error{ErrorKind::unavailable, "db.unavailable",
                 "cannot open SQLite database " + path + ": " +
                     (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                 {}};
  sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);
  sqlite3_extended_result_codes(db.get(), 1);
  const char* pragmas = read_only ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                                  : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                    "PRAGMA foreign_keys=ON;";
  char* err = nullptr;
  rc = sqlite3_exec(db.get(), pragmas, nullptr, nullptr, &err);
  if (err) sqlite3_free(err);
  if (rc != SQLITE_OK)
    return Error{ErrorKind::unavailable, "db.unavailable",
                 "cannot open SQLite database " + path + ": " + sqlite3_errmsg(db.get()), {}};
  return db;
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::unique_ptr<SqliteConnection> writer,
                 std::vector<std::unique_ptr<SqliteConnection>> readers)
      : writer_(std::move(writer)), readers_(std::move(readers)) {
    for (auto& r : readers_) idle_readers_.push_back(r.get());
  }

  Engine engine() const override { return Engine::sqlite; }

  Result<Lease> acquire(Access access) override {
    std::unique_lock lock(mutex_);
    // With no separate readers (in-memory databases), everyone shares the writer.
    if (access == Access::write || readers_.empty()) {
      cv_.wait(lock, [&] { return !writer_busy_; });
      writer_busy_ = true;
      ++in_use_;
      return Lease(this, writer_.get(), Access::write);
    }
    cv_.wait(lock, [&] { return !idle_readers_.empty(); });
    Connection* c = idle_readers_.back();
    idle_readers_.pop_back();
    ++in_use_;
    return Lease(this, c, Access::read);
  }

  PoolStats stats() const override {
    std::lock_guard lock(mutex_);
    return {static_cast<int>(readers_.size()) + 1, in_use_};
  }

  Status ping() override {
    COLO_TRY(auto tx, Tx::begin(*this, Access::read));
    COLO_TRY(auto r, tx.query("SELECT 1"));
    (void)r;
    return {};
  }

 protected:
  void release(Connection* conn, Access access) override {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (conn == writer_.get())
        writer_busy_ = false;
      else
        idle_readers_.push_back(conn);
    }
    cv_.notify_all();
  }

 private:
  std::unique_ptr<SqliteConnection> writer_;
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
  std::vector<Connection*> idle_readers_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool writer_busy_ = false;
  int in_use_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, const Options& options) {
  const bool memory = path == ":memory:";
  if (!memory) {
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  COLO_TRY(auto writer_db, open_connection(path, false, options));
  auto writer = std::make_unique<SqliteConnection>(std::move(writer_db));
  std::vector<std::unique_ptr<SqliteConnection>> readers;
  if (!memory) {
    for (int i = 0; i < std::max(1, options.pool_size); ++i) {
      COLO_TRY(auto r, open_connection(path, true, options));
      readers.push_back(std::make_unique<SqliteConnection>(std::move(r)));
    }
  }
  return std::unique_ptr<Database>(new SqliteDatabase(std::move(writer), std::move(readers)));
}

}  // namespace colo::db
