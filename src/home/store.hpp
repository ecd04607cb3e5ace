// The home pages' SQL: counts, ages and per-bucket aggregates over the applications, contracts
// and ledger tables, read-only and grouped in SQL (one statement per figure, never one per row).
// Customer-owned rows are confined by db::tenant_filter wherever a customer may see the figure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/context.hpp"
#include "db/database.hpp"
#include "home/trend.hpp"

namespace colo::home::store {

// A count under a key, with the oldest instant behind it when asked for.
struct Count {
  std::string key;
  std::int64_t count = 0;
  std::string oldest;  // instant, "" when none
};

// ---- applications and contracts
Result<std::vector<Count>> applications_by_status(db::Tx& tx, const Context& ctx);
struct AppRow {
  std::int64_t id = 0;
  std::string number, status, updated_at;
};
Result<std::vector<AppRow>> recent_applications(db::Tx& tx, const Context& ctx, int limit);
Result<std::vector<std::int64_t>> applications_submitted_per(db::Tx& tx, const Context& ctx,
                                                             const std::vector<Bucket>& buckets);
Result<std::vector<std::int64_t>> contracts_signed_per(db::Tx& tx, const Context& ctx,
                                                       const std::vector<Bucket>& buckets);

// Active contracts ending on or after `today`: how many end within each horizon (days), and of
// those ending within the last horizon how many renew themselves.
struct Expiring {
  std::vector<std::int64_t> within;  // per horizon
  std::int64_t auto_renew = 0, manual = 0;
};
Result<Expiring> contracts_expiring(db::Tx& tx, const Context& ctx, Date today, const std::vector<int>& horizons);
struct ContractDue {
  std::int64_t id = 0;
  std::string number, customer_name, end_date;
  bool auto_renew = false;
  int notice_days = 0;
};
Result<std::vector<ContractDue>> contracts_ending(db::Tx& tx, const Context& ctx, Date today, Date until, int limit);

// The terms JSON of the first version of every contract signed in a bucket: {bucket index, terms}
// (the terms hold the term's months too).
struct SignedTerms {
  std::size_t bucket = 0;
  std::string terms;
};
Result<std::vector<SignedTerms>> contracts_signed_terms(db::Tx& tx, const Context& ctx,
                                                        const std::vector<Bucket>& buckets);
// Signed or active contracts with the terms of their version in force.
struct ContractTerms {
  std::int64_t id = 0;
  std::string number, status, end_date, terms;
};
Result<std::vector<ContractTerms>> contracts_in_force(db::Tx& tx, const Context& ctx);

// Waiting decisions: applications per review state (oldest: when it entered that state), open
// termination requests and change agreements proposed by customers (keys termination_requests,
// amendments).
Result<std::vector<Count>> waiting_decisions(db::Tx& tx);

// Applications in technical review, oldest first, with when they got there.
struct QueueItem {
  std::int64_t id = 0;
  std::string number, customer_name, space;
  std::int64_t units = 0, racks = 0, power_w = 0;
  std::string since;
  bool proposal_accepted = false;
};
Result<std::pair<std::int64_t, std::vector<QueueItem>>> feasibility_queue(db::Tx& tx, int limit);

// ---- the ledger
Result<std::vector<std::pair<std::int64_t, std::string>>> room_sites(db::Tx& tx);  // room id, site name
// Half units taken by racked devices now, and the net half units racked (minus removed) per bucket.
Result<std::int64_t> occupied_hu(db::Tx& tx, const Context& ctx);
Result<std::vector<std::int64_t>> racked_delta_hu_per(db::Tx& tx, const Context& ctx,
                                                      const std::vector<Bucket>& buckets);
// Devices racked and removed per bucket.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> racked_removed_per(db::Tx& tx,
                                                                              const std::vector<Bucket>& buckets);

struct DeviceWork {
  std::int64_t id = 0;
  std::string name, rack_name;
  std::optional<std::int64_t> bottom_hu;
  std::string customer_name;
};
// Planned devices (to be installed), oldest first.
Result<std::pair<std::int64_t, std::vector<DeviceWork>>> devices_to_install(db::Tx& tx, int limit);
struct MoveOut {
  std::int64_t device_id = 0, contract_id = 0;
  std::string device_name, contract_number, rack_name, created_at;
};
// Move-out tasks whose device is still in the ledger and not decommissioned, oldest first.
Result<std::pair<std::int64_t, std::vector<MoveOut>>> move_outs_open(db::Tx& tx, int limit);
// Devices whose latest maintenance record is due on or before `until`, and devices in maintenance.
Result<std::int64_t> maintenance_due(db::Tx& tx, Date until);
Result<std::int64_t> devices_in_maintenance(db::Tx& tx);

// A customer's racks (as its rack list shows them, reservations running at `now` included),
// devices in service and addresses.
struct Services {
  std::int64_t racks = 0, devices = 0, addresses = 0;
};
Result<Services> services(db::Tx& tx, const Context& ctx, const std::string& now);

}  // namespace colo::home::store
