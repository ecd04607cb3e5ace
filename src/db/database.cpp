// Driver-independent parts of the storage seam: rows, leases, transactions, URL dispatch.
#include <charconv>
#include <cstdlib>
#include <stdexcept>

#include "db/database.hpp"
#include "db/drivers.hpp"

namespace colo::db {

namespace {

std::optional<std::int64_t> to_int64(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::optional<std::int64_t> {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return x;
        } else if constexpr (std::is_same_v<T, double>) {
          return static_cast<std::int64_t>(x);
        } else {
          if (x == "t" || x == "true") return 1;
          if (x == "f" || x == "false") return 0;
          std::int64_t n = 0;
          auto [p, ec] = std::from_chars(x.data(), x.data() + x.size(), n);
          if (ec != std::errc() || p != x.data() + x.size()) throw std::logic_error("cell is not an integer: " + x);
          return n;
        }
      },
      v.get());
}

std::optional<double> to_double(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::optional<double> {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<T, std::string>) {
          char* end = nullptr;
          double d = std::strtod(x.c_str(), &end);
          if (end != x.c_str() + x.size()) throw std::logic_error("cell is not a number: " + x);
          return d;
        } else {
          return static_cast<double>(x);
        }
      },
      v.get());
}

std::optional<std::string> to_text(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::optional<std::string> {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<T, std::string>) {
          return x;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(x);
        } else {
          char buf[64];
          auto [p, ec] = std::to_chars(buf, buf + sizeof buf, x);
          return std::string(buf, p);
        }
      },
      v.get());
}

}  // namespace

std::int64_t Row::int64(std::size_t i) const { return to_int64(at(i)).value_or(0); }
double Row::real(std::size_t i) const { return to_double(at(i)).value_or(0.0); }
bool Row::boolean(std::size_t i) const { return to_int64(at(i)).value_or(0) != 0; }
std::string Row::text(std::size_t i) const { return to_text(at(i)).value_or(""); }
std::optional<std::int64_t> Row::opt_int64(std::size_t i) const { return to_int64(at(i)); }
std::optional<double> Row::opt_real(std::size_t i) const { return to_double(at(i)); }
std::optional<std::string> Row::opt_text(std::size_t i) const { return to_text(at(i)); }

std::size_t Row::index_of(std::string_view column) const {
  for (std::size_t i = 0; i < columns_->size(); ++i)
    if ((*columns_)[i] == column) return i;
  throw std::out_of_range("no column " + std::string(column));
}

Lease::Lease(Lease&& other) noexcept : owner_(other.owner_), conn_(other.conn_), access_(other.access_) {
  other.owner_ = nullptr;
  other.conn_ = nullptr;
}

Lease::~Lease() {
  if (owner_ && conn_) owner_->release(conn_, access_);
}

Result<Url> parse_url(const std::string& url) {
  // Each connection to ":memory:" is its own database, so the driver runs it on one connection.
  if (url == "sqlite::memory:") return Url{Engine::sqlite, ":memory:"};
  if (url.rfind("sqlite://", 0) == 0) {
    std::string path = url.substr(9);
    if (path.empty()) return Error::invalid("db.url", "The SQLite URL has no file path: " + url);
    return Url{Engine::sqlite, path};
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return Url{Engine::postgres, url};
  return Error::invalid(
      "db.url", "Unsupported database URL '" + url + "': use sqlite:///path/colo.db or postgresql://user@host:port/db");
}

Result<std::unique_ptr<Database>> Database::open(const std::string& url, const Options& options) {
  COLO_TRY(auto parsed, parse_url(url));
  if (parsed.engine == Engine::sqlite) return open_sqlite(parsed.target, options);
  return open_postgres(parsed.target, options);
}

namespace {

// Any constant works; it only has to be the same on every server sharing the database.
constexpr const char* kBeginWrite = "BEGIN; SELECT pg_advisory_xact_lock(7261002)";
constexpr const char* kBeginWriteUnbounded =
    "BEGIN; SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0; SELECT pg_advisory_xact_lock(7261002)";
constexpr const char* kBeginReadUnbounded =
    "BEGIN READ ONLY; SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0";

}  // namespace

Result<Tx> Tx::begin(Database& db, Access access, Waits waits) {
  COLO_TRY(auto lease, db.acquire(access));
  const bool write = access == Access::write;
  const bool bounded = waits == Waits::bounded;
  const char* sql;
  if (lease.connection().engine() == Engine::sqlite)
    sql = write ? "BEGIN IMMEDIATE" : "BEGIN";
  else if (write)
    // One round trip; the lock is taken before the transaction reads anything, so every check it
    // makes holds until it commits.
    sql = bounded ? kBeginWrite : kBeginWriteUnbounded;
  else
    sql = bounded ? "BEGIN READ ONLY" : kBeginReadUnbounded;
  COLO_CHECK(lease.connection().execute_script(sql));
  return Tx(std::move(lease), write);
}

Tx::Tx(Tx&& other) noexcept
    : lease_(std::move(other.lease_)), done_(other.done_), writers_locked_(other.writers_locked_) {
  other.done_ = true;
}

Tx::~Tx() {
  if (!done_) (void)lease_.connection().execute_script("ROLLBACK");
}

Result<QueryResult> Tx::query(std::string_view sql, const Params& params) {
  auto res = lease_.connection().execute(sql, params);
  // A write in a read transaction is refused as "read-only" too, but that is a bug in the caller,
  // not a database that cannot be written.
  if (!res.ok() && res.error().is("db.read_only") && access() == Access::read)
    return Error{ErrorKind::internal,
                 "db.error",
                 "a read transaction cannot write [" + std::string(sql.substr(0, 200)) + "]",
                 {}};
  return res;
}

Result<std::optional<Row>> Tx::one(std::string_view sql, const Params& params) {
  COLO_TRY(auto res, query(sql, params));
  if (res.rows.empty()) return std::optional<Row>{};
  return std::optional<Row>(std::move(res.rows.front()));
}

Result<std::int64_t> Tx::exec(std::string_view sql, const Params& params) {
  COLO_TRY(auto res, query(sql, params));
  return res.affected;
}

Result<std::int64_t> Tx::insert(std::string_view sql, const Params& params) {
  COLO_TRY(auto res, query(sql, params));
  if (res.rows.size() != 1 || res.rows[0].size() != 1 || res.rows[0].is_null(0))
    return Error{ErrorKind::internal,
                 "db.error",
                 "INSERT ... RETURNING id must answer one row with one id, got " + std::to_string(res.rows.size()) +
                     " rows [" + std::string(sql.substr(0, 200)) + "]",
                 {}};
  return res.rows[0].int64(0);
}

Status Tx::commit() {
  if (done_) return Error{ErrorKind::internal, "db.error", "commit() on a finished transaction", {}};
  done_ = true;
  auto st = lease_.connection().execute_script("COMMIT");
  // A failed COMMIT can leave the transaction open (SQLite busy); never hand that to the next user.
  if (!st.ok()) (void)lease_.connection().execute_script("ROLLBACK");
  return st;
}

Status Tx::serialize_writers() {
  if (writers_locked_ || engine() != Engine::postgres) return {};
  COLO_CHECK(query("SELECT pg_advisory_xact_lock(7261002)"));
  writers_locked_ = true;
  return {};
}

Status Database::check_writable() {
  if (engine() == Engine::postgres) {
    // A standby, or a database set read-only (default_transaction_read_only), refuses every
    // write. Asked in a read transaction: a write one would queue behind the writers' lock, and
    // a readiness probe must not wait for the longest write in progress.
    COLO_TRY(auto tx, Tx::begin(*this, Access::read));
    COLO_TRY(auto row, tx.one("SELECT pg_is_in_recovery() OR current_setting('default_transaction_read_only') = 'on'"));
    if (row && row->boolean(0))
      return Error{ErrorKind::unavailable, "db.read_only", "The PostgreSQL database accepts no writes.", {}};
    return {};
  }
  COLO_TRY(auto tx, Tx::begin(*this, Access::write));
  {
    // Rewriting the header's user_version (unused by Colo) writes one page: that fails on a
    // read-only file or file system, a full disk or an I/O error, exactly like a real write.
    COLO_TRY(auto row, tx.one("PRAGMA user_version"));
    COLO_CHECK(tx.exec("PRAGMA user_version = " + std::to_string(row ? row->int64(0) : 0)));
  }
  return tx.commit();
}

Engine Tx::engine() const { return const_cast<Lease&>(lease_).connection().engine(); }

}  // namespace colo::db
