// The billing run's SQL (store_run.cpp): contracts to bill in batches with everything the run
// needs of them, read in a fixed number of queries per batch, and the run rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "billing/model.hpp"
#include "contracts/model.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::billing::store {

struct BatchVersion {
  Date from{};
  contracts::Terms terms;
};

// A contract as the run sees it.
struct BatchContract {
  std::int64_t id = 0;
  std::string number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string status;
  Date effective_date{}, end_date{};
  std::optional<Date> termination_date;
  std::vector<BatchVersion> versions;  // by effective_from, then version
  std::vector<Charge> charges;         // the ledger
  std::vector<PendingCharge> pending;  // unbilled
  std::optional<BuyerProfile> buyer;
  std::optional<std::int64_t> last_invoice_id;  // the newest invoice (a credit note refers to it)
  std::string error;                            // a version that cannot be read: the contract is skipped
};

// Up to `limit` contracts with id > after that the run bills (active and started by `horizon`,
// or ended without a final invoice), with their versions, charges, pending charges and buyers.
Result<std::vector<BatchContract>> batch_contracts(db::Tx& tx, std::int64_t after, Date horizon, int limit);

// Every charge of a batch's invoices, in one statement per kMaxParams parameters.
Status insert_charges(db::Tx& tx, const std::vector<Charge>& charges, const std::string& now);

// SQLite: a page cache of 64 MiB on the writing connection (from SQLite's default 2 MiB). A run
// walks every contract's versions, charges and invoices; with the default cache it re-reads the
// same pages from the operating system several times a batch, a third of the run's time on 100,000
// contracts. The setting stays with the pooled connection, which then uses it as the cache fills.
// Nothing on PostgreSQL.
Status widen_cache(db::Tx& tx);

// The cursor of the furthest unfinished run of the day (0 when none).
Result<std::int64_t> resume_from(db::Tx& tx, Date date);
Result<std::int64_t> insert_run(db::Tx& tx, const Run& r);
Status update_run(db::Tx& tx, const Run& r);
Result<std::optional<Run>> find_run(db::Tx& tx, std::int64_t id);
Result<std::pair<std::int64_t, std::vector<Run>>> list_runs(db::Tx& tx, const std::optional<std::string>& q,
                                                            const std::optional<std::string>& sort, std::int64_t limit,
                                                            std::int64_t offset);

}  // namespace colo::billing::store
