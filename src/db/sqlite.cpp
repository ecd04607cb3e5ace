// SQLite driver: WAL, foreign keys, busy timeout; one writer connection and a pool of readers.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
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

// $N -> ?N outside quoted strings, identifiers and comments, so one SQL text serves both engines.
// SQLite would otherwise read "$1" as a *named* parameter numbered by first appearance, which
// binds "$2 ... $1" the wrong way round. When the placeholders appear exactly as $1, $2, $3, ...
// (a multi-row INSERT), they become plain "?": SQLite 3.40 prepares tens of thousands of "?N"
// in time growing with their square (a 500-row INSERT took a third of a second), "?" in a
// straight line.
std::string rewrite_placeholders(std::string_view sql) {
  std::string out, plain;
  out.reserve(sql.size());
  plain.reserve(sql.size());
  bool in_order = true;
  long long expected = 1;
  std::size_t i = 0;
  auto copy_until = [&](std::string_view end) {
    auto stop = sql.find(end, i);
    stop = stop == std::string_view::npos ? sql.size() : stop + end.size();
    out.append(sql.substr(i, stop - i));
    plain.append(sql.substr(i, stop - i));
    i = stop;
  };
  while (i < sql.size()) {
    char c = sql[i];
    if (c == '\'' || c == '"') {
      ++i;
      out += c;
      plain += c;
      copy_until(std::string_view(&c, 1));  // a doubled quote reads as close + open: still right
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      copy_until("\n");
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      copy_until("*/");
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '?';
      plain += '?';
      ++i;
      long long n = 0;
      while (i < sql.size() && sql[i] >= '0' && sql[i] <= '9') {
        n = n * 10 + (sql[i] - '0');
        out += sql[i++];
        if (n > 1'000'000) in_order = false;
      }
      if (n != expected++) in_order = false;
    } else {
      out += c;
      plain += c;
      ++i;
    }
  }
  return in_order ? plain : out;
}

// 1-based line of `pos` in `text`, and that line trimmed, for errors in multi-line scripts.
std::string script_location(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  // Skip blank space and comment lines so the location names the statement, not what precedes it.
  while (pos < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[pos]))) {
      ++pos;
    } else if (text.substr(pos, 2) == "--") {
      auto nl = text.find('\n', pos);
      pos = nl == std::string_view::npos ? text.size() : nl + 1;
    } else {
      break;
    }
  }
  if (pos >= text.size()) return {};
  auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n');
  auto start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  start = (start == std::string_view::npos || pos == 0) ? 0 : start + 1;
  auto end = text.find('\n', pos);
  auto content = text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
  while (!content.empty() && std::isspace(static_cast<unsigned char>(content.front()))) content.remove_prefix(1);
  if (content.size() > 120) content = content.substr(0, 120);
  return " (at line " + std::to_string(line) + ": " + std::string(content) + ")";
}

Error sqlite_error(sqlite3* db, int rc, std::string detail) {
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
  if (primary == SQLITE_READONLY)
    return Error{ErrorKind::unavailable, "db.read_only", "The database accepts no writes: " + msg, {}};
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL)
    return Error{ErrorKind::unavailable, "db.unavailable", msg, {}};
  return Error{ErrorKind::internal, "db.error", msg + detail, {}};
}

std::string quote_sql(std::string_view sql) { return " [" + std::string(sql.substr(0, 200)) + "]"; }

// Statements are cached by their SQL text; lookups take a string_view without allocating.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// SQL is written as constants, so the cache stays small; the bound only guards against a caller
// that builds many distinct texts (dynamic filters), which would otherwise grow it for ever.
constexpr std::size_t kMaxCachedStatements = 1000;

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(DbPtr db) : db_(std::move(db)) {}

  Engine engine() const override { return Engine::sqlite; }

  // Statement by statement rather than sqlite3_exec, so an error names the line it happened on
  // (what a migration author needs).
  Status execute_script(std::string_view sql) override {
    const bool multi_line = sql.find('\n') != std::string_view::npos;
    const char* const begin = sql.data();
    const char* const end = begin + sql.size();
    const char* p = begin;
    while (p < end) {
      sqlite3_stmt* raw = nullptr;
      const char* tail = nullptr;
      int rc = sqlite3_prepare_v2(db_.get(), p, static_cast<int>(end - p), &raw, &tail);
      StmtPtr stmt(raw);
      if (rc != SQLITE_OK) {
        int offset = sqlite3_error_offset(db_.get());
        auto at = static_cast<std::size_t>(p - begin) + static_cast<std::size_t>(std::max(offset, 0));
        return sqlite_error(db_.get(), rc, multi_line ? script_location(sql, at) : quote_sql(sql));
      }
      if (stmt) {
        while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {}
        if (rc != SQLITE_DONE)
          return sqlite_error(db_.get(), rc,
                              multi_line ? script_location(sql, static_cast<std::size_t>(p - begin)) : quote_sql(sql));
      }
      p = tail;
    }
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
    // PostgreSQL refuses a parameter count that differs from the SQL's; so does this driver, so a
    // mistake shows up in SQLite tests too.
    int expected = sqlite3_bind_parameter_count(stmt);
    if (expected != static_cast<int>(params.size()))
      return Error{ErrorKind::internal,
                   "db.error",
                   "SQL expects " + std::to_string(expected) + " parameters, got " + std::to_string(params.size()) +
                       quote_sql(sql),
                   {}};
    for (int i = 0; i < expected; ++i) {
      const auto& v = params[static_cast<std::size_t>(i)].get();
      int rc = SQLITE_OK;
      switch (v.index()) {
        case 0:
          rc = sqlite3_bind_null(stmt, i + 1);
          break;
        case 1:
          rc = sqlite3_bind_int64(stmt, i + 1, std::get<1>(v));
          break;
        case 2:
          rc = sqlite3_bind_double(stmt, i + 1, std::get<2>(v));
          break;
        case 3: {
          const auto& s = std::get<3>(v);
          rc = sqlite3_bind_text64(stmt, i + 1, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
          break;
        }
      }
      if (rc != SQLITE_OK) return sqlite_error(db_.get(), rc, quote_sql(sql));
    }
    QueryResult result;
    int ncols = 0;
    std::shared_ptr<std::vector<std::string>> columns;
    for (bool first = true;; first = false) {
      int rc = sqlite3_step(stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return sqlite_error(db_.get(), rc, quote_sql(sql));
      if (first) {
        // Columns are read after the first step: a cached statement is re-prepared there when the
        // schema changed, and "SELECT *" may then have more columns than before.
        ncols = sqlite3_column_count(stmt);
        columns = std::make_shared<std::vector<std::string>>();
        for (int c = 0; c < ncols; ++c) columns->emplace_back(sqlite3_column_name(stmt, c));
      }
      if (rc == SQLITE_DONE) break;
      std::vector<Value> cells;
      cells.reserve(static_cast<std::size_t>(ncols));
      for (int c = 0; c < ncols; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL:
            cells.emplace_back();
            break;
          case SQLITE_INTEGER:
            cells.emplace_back(static_cast<long long>(sqlite3_column_int64(stmt, c)));
            break;
          case SQLITE_FLOAT:
            cells.emplace_back(sqlite3_column_double(stmt, c));
            break;
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

  // A lease given back in the middle of a transaction (a caller that used the connection without
  // a Tx) must not hand that transaction to the next borrower.
  void ensure_idle() {
    if (!sqlite3_get_autocommit(db_.get())) (void)execute_script("ROLLBACK");
  }

  std::size_t cached_statements() const { return cache_.size(); }

 private:
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    if (auto it = cache_.find(sql); it != cache_.end()) return it->second.get();
    // No statement of this connection is running here (execute steps to the end before it
    // returns), so finalising them all is safe.
    if (cache_.size() >= kMaxCachedStatements) cache_.clear();
    std::string text = rewrite_placeholders(sql);
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(db_.get(), text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                                nullptr);
    StmtPtr stmt(raw);
    if (rc != SQLITE_OK) return sqlite_error(db_.get(), rc, quote_sql(sql));
    if (!stmt) return Error{ErrorKind::internal, "db.error", "empty SQL statement", {}};
    auto* p = stmt.get();
    cache_.emplace(std::string(sql), std::move(stmt));
    return p;
  }

  DbPtr db_;
  std::unordered_map<std::string, StmtPtr, TextHash, std::equal_to<>> cache_;
};

Result<DbPtr> open_connection(const std::string& path, bool read_only, const Options& options) {
  sqlite3* raw = nullptr;
  // NOMUTEX: the pool hands a connection to one thread at a time, so SQLite's own lock is waste.
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
  if (path.rfind("file:", 0) == 0) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Error{ErrorKind::unavailable,
                 "db.unavailable",
                 "cannot open SQLite database " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)),
                 {}};
  sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);
  sqlite3_extended_result_codes(db.get(), 1);
  // journal_mode is stored in the file, so the writer sets it once; synchronous=NORMAL is safe in
  // WAL mode (a power cut may lose the last commits, never corrupt the file).
  const char* pragmas = read_only ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                                  : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                    "PRAGMA foreign_keys=ON;";
  char* err = nullptr;
  rc = sqlite3_exec(db.get(), pragmas, nullptr, nullptr, &err);
  if (err) sqlite3_free(err);
  if (rc != SQLITE_OK)
    return Error{ErrorKind::unavailable,
                 "db.unavailable",
                 "cannot open SQLite database " + path + ": " + sqlite3_errmsg(db.get()),
                 {}};
  return db;
}

// One writer and N readers: WAL lets readers run beside the writer, and SQLite allows only one
// writer anyway, so queuing writers here (not in busy_timeout retries) is fair and cheap.
class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::unique_ptr<SqliteConnection> writer, std::vector<std::unique_ptr<SqliteConnection>> readers)
      : writer_(std::move(writer)), readers_(std::move(readers)) {
    for (auto& r : readers_) idle_readers_.push_back(r.get());
  }

  ~SqliteDatabase() override {
    // Readers close first, so the writer's close can checkpoint and remove the WAL.
    readers_.clear();
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
    SqliteConnection* c = idle_readers_.back();
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
    auto* c = static_cast<SqliteConnection*>(conn);
    c->ensure_idle();
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (c == writer_.get())
        writer_busy_ = false;
      else
        idle_readers_.push_back(c);
    }
    cv_.notify_all();
  }

 private:
  std::unique_ptr<SqliteConnection> writer_;
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
  std::vector<SqliteConnection*> idle_readers_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool writer_busy_ = false;
  int in_use_ = 0;
};

}  // namespace

// ":memory:" gives every connection its own database, so an in-memory database has no readers:
// all transactions share the one writer connection (a pool of one). Tests only.
Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, const Options& options) {
  const bool memory = path == ":memory:";
  if (!memory && path.rfind("file:", 0) != 0) {
    // A fresh install points at a directory that does not exist yet; create it.
    auto parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !std::filesystem::exists(parent, ec)) {
      std::filesystem::create_directories(parent, ec);
      if (ec)
        return Error{ErrorKind::unavailable,
                     "db.unavailable",
                     "cannot open SQLite database " + path + ": cannot create directory " + parent.string() + ": " +
                         ec.message(),
                     {}};
    }
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
  return std::unique_ptr<Database>(std::make_unique<SqliteDatabase>(std::move(writer), std::move(readers)));
}

}  // namespace colo::db
