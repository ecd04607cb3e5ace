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

struct Options {
  int pool_size = 8;           // PostgreSQL connections, SQLite readers
  int busy_timeout_ms = 5000;  // SQLite
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

 protected:
  friend class Lease;
  virtual void release(Connection* conn, Access access) = 0;
};

// A transaction: rolls back when destroyed unless commit() succeeded.
// Write transactions on SQLite take the write lock at begin (BEGIN IMMEDIATE).
class Tx {
 public:
  static Result<Tx> begin(Database& db, Access access);
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

  // Waits until no other audited write transaction runs, on any server, and holds that until this
  // transaction ends (PostgreSQL: one transaction-scoped advisory lock; SQLite has one writer
  // anyway). The audit chain and the data versions take it before they write, so the two are
  // always locked in the same order and never deadlock each other. Re-entrant.
  Status serialize_writers();

  Engine engine() const;
  Access access() const { return lease_.access(); }
  Connection& connection() { return lease_.connection(); }

 private:
  explicit Tx(Lease lease) : lease_(std::move(lease)) {}
  Lease lease_;
  bool done_ = false;
};

// Typed errors a driver returns (Error::code):
//   "db.unique_violation"      ErrorKind::conflict
//   "db.foreign_key_violation" ErrorKind::conflict
//   "db.check_violation"       ErrorKind::unprocessable
//   "db.not_null_violation"    ErrorKind::unprocessable
//   "db.busy"                  ErrorKind::unavailable (lock timeout)
//   "db.unavailable"           ErrorKind::unavailable (connection failed or lost)
//   "db.error"                 ErrorKind::internal (syntax and everything else)

// Parses "sqlite:///path", "sqlite://rel/path", "postgresql://..." / "postgres://...".
struct Url {
  Engine engine;
  std::string target;  // file path for SQLite, the libpq conninfo URI for PostgreSQL
};
Result<Url> parse_url(const std::string& url);

}  // namespace colo::db
