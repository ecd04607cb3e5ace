// A Database that wraps another and makes chosen statements fail, for tests of what callers do
// when the database fails: the Nth statement from now, every COMMIT, or every write (as a
// read-only file, a full disk or a standby would refuse them). Everything else is passed through.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "db/database.hpp"

namespace colo::db {

class FaultyDatabase final : public Database {
 public:
  explicit FaultyDatabase(std::unique_ptr<Database> inner);
  ~FaultyDatabase() override;

  // The error a failed statement answers; by default what a full disk gives (db.unavailable).
  void set_error(Error error);
  // Fails the n-th statement executed from now on (1: the next one), once; 0 turns it off.
  void fail_nth_statement(int n);
  // Fails every COMMIT while on (the transaction is rolled back).
  void fail_commits(bool on);
  // Fails every statement of a write transaction that is not a SELECT, and its COMMIT, while on.
  void fail_writes(bool on);
  // Turns every fault off.
  void clear();
  // Statements executed through this database so far (BEGIN, COMMIT and ROLLBACK not counted).
  int statements() const { return statements_.load(); }

  Engine engine() const override { return inner_->engine(); }
  Result<Lease> acquire(Access access) override;
  PoolStats stats() const override { return inner_->stats(); }
  Status ping() override;

 protected:
  void release(Connection* conn, Access access) override;

 private:
  class Wrapped;
  friend class Wrapped;
  // The injected error for this statement, if any.
  std::optional<Error> fault_for(std::string_view sql, Access access, bool script);

  std::unique_ptr<Database> inner_;
  mutable std::mutex mutex_;
  Error error_;
  int countdown_ = 0;  // statements until the injected failure; 0: none
  bool fail_commits_ = false;
  bool fail_writes_ = false;
  std::atomic<int> statements_{0};
  std::map<Connection*, std::pair<std::unique_ptr<Wrapped>, Lease>> borrowed_;
};

}  // namespace colo::db
