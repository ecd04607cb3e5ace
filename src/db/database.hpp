// Storage seam: one Database interface with a SQLite and a PostgreSQL driver.
//
// All data access goes through a Tx (transaction) taken from a Database. SQL is written once in
// PostgreSQL's positional form ($1, $2, ...); the SQLite driver binds $N to the N-th parameter.
// Thread safety: a Database is shared by all threads; a Tx belongs to one thread at a time.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.hpp"

namespace colo::db {

enum class Engine { sqlite, postgres };
enum class Access { read, write };

// A parameter or a cell. Booleans are stored as integers 0/1 on both engines.
class Value {
 public:
  using Variant = std::variant<std::monostate, std::int64_t, double, std::string>;
  Value() = default;
  Value(std::nullptr_t) {}
  Value(std::nullopt_t) {}
  Value(int v) : v_(static_cast<std::int64_t>(v)) {}
  Value(long v) : v_(static_cast<std::int64_t>(v)) {}
  Value(long long v) : v_(static_cast<std::int64_t>(v)) {}
  Value(unsigned v) : v_(static_cast<std::int64_t>(v)) {}
  Value(bool v) : v_(static_cast<std::int64_t>(v ? 1 : 0)) {}
  Value(double v) : v_(v) {}
  Value(std::string v) : v_(std::move(v)) {}
  Value(std::string_view v) : v_(std::string(v)) {}
  Value(const char* v) : v_(std::string(v)) {}
  template <typename T>
  Value(const std::optional<T>& v) {
    if (v) *this = Value(*v);
  }

  bool is_null() const { return v_.index() == 0; }
  const Variant& get() const { return v_; }

 private:
  Variant v_;
};

using Params = std::vector<Value>;

// One result row. Accessors convert between the engines' representations (PostgreSQL answers
// text for some types); asking for a type a cell cannot be read as is a programmer error.
class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> cells)
      : columns_(std::move(columns)), cells_(std::move(cells)) {}
  std::size_t size() const { return cells_.size(); }
  bool is_null(std::size_t i) const { return cells_.at(i).is_null(); }
  std::int64_t int64(std::size_t i) const;  // 0 for NULL
  double real(std::size_t i) const;         // 0 for NULL
  bool boolean(std::size_t i) const;        // false for NULL
  std::string text(std::size_t i) const;    // "" for NULL
  std::optional<std::int64_t> opt_int64(std::size_t i) const;
  std::optional<double> opt_real(std::size_t i) const;
  std::optional<std::string> opt_text(std::size_t i) const;
  const Value& at(std::size_t i) const { return cells_.at(i); }
  std::size_t index_of(std::string_view column) const;  // throws std::out_of_range
  const std::vector<std::string>& columns() const { return *columns_; }

 private:
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Value> cells_;
};

struct QueryResult {
  std::vector<Row> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
};

// A driver's connection. Statements are prepared once per connection and cached by SQL text.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Result<QueryResult> execute(std::string_view sql, const Params& params) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  virtual Engine engine() const = 0;
};

struct PoolStats {
  int size = 0;
  int in_use = 0;
};

// The waits are bounded so that a locked table or a stuck transaction makes requests fail with
// db.busy (503) after a few seconds instead of holding every worker until it ends. 0 = no limit.
struct Options {
  int pool_size = 8;                // PostgreSQL connections, SQLite readers
  int busy_timeout_ms = 5000;       // SQLite: how long a statement waits for another process's lock
  int statement_timeout_ms = 5000;  // PostgreSQL: the longest a statement may run
  int lock_timeout_ms = 3000;       // PostgreSQL: the longest a statement waits for a lock
};

class Database;

// A borrowed connection; returns to the pool when destroyed.
class Lease {
 public:
  Lease(Database* owner, Connection* conn, Access access) : owner_(owner), conn_(conn), access_(access) {}
  Lease(Lease&& other) noexcept;
  Lease& operator=(Lease&&) = delete;
  Lease(const Lease&) = delete;
  ~Lease();
  Connection& connection() { return *conn_; }
  Access access() const { return access_; }

 private:
  Database* owner_;
  Connection* conn_;
  Access access_;
};

class Database {
 public:
  virtual ~Database() = default;
  // url: sqlite:///abs/path.db, sqlite://relative/path.db, sqlite::memory:, postgresql://...
  // Fails with ErrorKind::unavailable and one clear message when the database cannot be reached.
  static Result<std::unique_ptr<Database>> open(const std::string& url, const Options& options = {});

  virtual Engine engine() const = 0;
  virtual Result<Lease> acquire(Access access) = 0;
  virtual PoolStats stats() const = 0;
  // Health check: a trivial query on a pooled connection.
  virtual Status ping() = 0;
  // Whether a write could be committed now: fails with ErrorKind::unavailable ("db.read_only",
  // "db.unavailable", "db.busy") when the file or server cannot be written: a write transaction
  // that commits a one-page write on SQLite (nothing else shows a full disk or a read-only file)
  // and asks PostgreSQL whether it is read-only (a standby, or a database set read-only).
  // For readiness checks.
  Status check_writable();

 protected:
  friend class Lease;
  virtual void release(Connection* conn, Access access) = 0;
};

// A transaction: rolls back when destroyed unless commit() succeeded.
// A write transaction waits for the writers' lock when it begins (SQLite: BEGIN IMMEDIATE;
// PostgreSQL: the advisory lock of serialize_writers()), so whatever it reads before it writes
// cannot be changed by another writer before it commits: a check-then-write is never raced. The
// cost is small: nearly every write transaction appends to the audit chain and was serialised
// there anyway; only its reads before the first write now wait in the same queue. And since no
// transaction asks for the writers' lock while it holds row locks, the two cannot deadlock.
class Tx {
 public:
  // bounded: the statement and lock timeouts of Options apply. unbounded: none (PostgreSQL), for
  // work that may legitimately run or wait long, such as migrations.
  enum class Waits { bounded, unbounded };
  static Result<Tx> begin(Database& db, Access access, Waits waits = Waits::bounded);
  Tx(Tx&&) noexcept;
  Tx& operator=(Tx&&) = delete;
  ~Tx();

  Result<QueryResult> query(std::string_view sql, const Params& params = {});
  // The first row, or std::nullopt.
  Result<std::optional<Row>> one(std::string_view sql, const Params& params = {});
  // Rows affected.
  Result<std::int64_t> exec(std::string_view sql, const Params& params = {});
  // INSERT ... RETURNING id: the returned id.
  Result<std::int64_t> insert(std::string_view sql, const Params& params = {});
  Status commit();

  // Waits until no other write transaction runs, on any server, and holds that until this
  // transaction ends (PostgreSQL: one transaction-scoped advisory lock; SQLite has one writer
  // anyway). Every write transaction holds it from its start, so this only returns at once; the
  // audit chain and the data versions still ask, to state what they rely on. Re-entrant.
  Status serialize_writers();

  Engine engine() const;
  Access access() const { return lease_.access(); }
  Connection& connection() { return lease_.connection(); }

 private:
  Tx(Lease lease, bool writers_locked) : lease_(std::move(lease)), writers_locked_(writers_locked) {}
  Lease lease_;
  bool done_ = false;
  bool writers_locked_ = false;
};

// Typed errors a driver returns (Error::code):
//   "db.unique_violation"      ErrorKind::conflict
//   "db.foreign_key_violation" ErrorKind::conflict
//   "db.check_violation"       ErrorKind::unprocessable
//   "db.not_null_violation"    ErrorKind::unprocessable
//   "db.busy"                  ErrorKind::unavailable (lock or statement timeout, deadlock)
//   "db.read_only"             ErrorKind::unavailable (read-only file, standby, read-only database)
//   "db.unavailable"           ErrorKind::unavailable (connection failed or lost, I/O error, disk full)
//   "db.error"                 ErrorKind::internal (syntax and everything else)

// Parses "sqlite:///path", "sqlite://rel/path", "postgresql://..." / "postgres://...".
struct Url {
  Engine engine;
  std::string target;  // file path for SQLite, the libpq conninfo URI for PostgreSQL
};
Result<Url> parse_url(const std::string& url);

}  // namespace colo::db
