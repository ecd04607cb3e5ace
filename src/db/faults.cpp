#include "db/faults.hpp"

#include <cctype>

namespace colo::db {

namespace {

// The first word of a statement, upper case.
std::string verb_of(std::string_view sql) {
  std::size_t i = 0;
  while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
  std::string out;
  while (i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])))
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i++])));
  return out;
}

}  // namespace

class FaultyDatabase::Wrapped final : public Connection {
 public:
  Wrapped(FaultyDatabase* owner, Connection* inner, Access access) : owner_(owner), inner_(inner), access_(access) {}
  Result<QueryResult> execute(std::string_view sql, const Params& params) override {
    if (auto e = owner_->fault_for(sql, access_, false)) return std::move(*e);
    return inner_->execute(sql, params);
  }
  Status execute_script(std::string_view sql) override {
    if (auto e = owner_->fault_for(sql, access_, true)) return std::move(*e);
    return inner_->execute_script(sql);
  }
  Engine engine() const override { return inner_->engine(); }

 private:
  FaultyDatabase* owner_;
  Connection* inner_;
  Access access_;
};

FaultyDatabase::FaultyDatabase(std::unique_ptr<Database> inner)
    : inner_(std::move(inner)),
      error_{ErrorKind::unavailable, "db.unavailable", "injected fault: database or disk is full", {}} {}

FaultyDatabase::~FaultyDatabase() = default;

void FaultyDatabase::set_error(Error error) {
  std::lock_guard lock(mutex_);
  error_ = std::move(error);
}

void FaultyDatabase::fail_nth_statement(int n) {
  std::lock_guard lock(mutex_);
  countdown_ = n < 0 ? 0 : n;
}

void FaultyDatabase::fail_commits(bool on) {
  std::lock_guard lock(mutex_);
  fail_commits_ = on;
}

void FaultyDatabase::fail_writes(bool on) {
  std::lock_guard lock(mutex_);
  fail_writes_ = on;
}

void FaultyDatabase::clear() {
  std::lock_guard lock(mutex_);
  countdown_ = 0;
  fail_commits_ = fail_writes_ = false;
}

std::optional<Error> FaultyDatabase::fault_for(std::string_view sql, Access access, bool script) {
  const auto verb = verb_of(sql);
  // Beginning and ending a transaction are the Tx's business; a failed ROLLBACK would only leave
  // a connection in a transaction, which no real database does to its client.
  if (script && (verb == "BEGIN" || verb == "ROLLBACK")) return std::nullopt;
  std::lock_guard lock(mutex_);
  if (script && verb == "COMMIT") {
    if (fail_commits_ || (fail_writes_ && access == Access::write)) return error_;
    return std::nullopt;
  }
  ++statements_;
  if (countdown_ > 0 && --countdown_ == 0) return error_;
  if (fail_writes_ && access == Access::write && verb != "SELECT") return error_;
  return std::nullopt;
}

Result<Lease> FaultyDatabase::acquire(Access access) {
  COLO_TRY(auto inner, inner_->acquire(access));
  auto wrapped = std::make_unique<Wrapped>(this, &inner.connection(), inner.access());
  Connection* key = wrapped.get();
  const Access granted = inner.access();
  std::lock_guard lock(mutex_);
  borrowed_.emplace(key, std::pair<std::unique_ptr<Wrapped>, Lease>(std::move(wrapped), std::move(inner)));
  return Lease(this, key, granted);
}

void FaultyDatabase::release(Connection* conn, Access) {
  std::unique_ptr<Wrapped> wrapped;
  std::optional<Lease> inner;
  {
    std::lock_guard lock(mutex_);
    auto it = borrowed_.find(conn);
    if (it == borrowed_.end()) return;
    wrapped = std::move(it->second.first);
    inner.emplace(std::move(it->second.second));
    borrowed_.erase(it);
  }
  // The inner lease goes back to its pool here, outside the lock.
}

Status FaultyDatabase::ping() {
  COLO_TRY(auto tx, Tx::begin(*this, Access::read));
  COLO_TRY(auto r, tx.query("SELECT 1"));
  (void)r;
  return {};
}

}  // namespace colo::db
