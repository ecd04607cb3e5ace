// Test support for the applications and contracts service tests: every service the hosting flow
// touches (customers, dcim, ipam, applications, contracts), wired as the composition root wires
// them, over one database — the test's own or a fault-injecting wrapper of it — and the people
// who act on an application, one per department.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "applications/module.hpp"
#include "applications/service.hpp"
#include "auth/permissions.hpp"
#include "contracts/module.hpp"
#include "contracts/service.hpp"
#include "core/crypto.hpp"
#include "customers/service.hpp"
#include "db/database.hpp"
#include "db/faults.hpp"
#include "dcim/service.hpp"
#include "ipam/module.hpp"
#include "ipam/service.hpp"

namespace colo::hosting_test {

// A person with the permissions of `role`; user ids differ per person (separation of duties).
inline Context person(std::int64_t user_id, const std::string& role, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = user_id;
  p->username = role + "-" + std::to_string(user_id);
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

struct Hosting {
  Hosting(db::Database& db, const Clock& clock, const crypto::Key& key, const std::filesystem::path& uploads)
      : customers(db, clock, crypto::Sealer(key)),
        dcim(db, clock, customers),
        ipam_inventory(ipam::make_inventory(dcim, customers)),
        ipam(db, clock, *ipam_inventory),
        inventory(applications::make_inventory(dcim, customers, &ipam)),
        applications(db, clock, *inventory),
        ledger(contracts::make_ledger(&dcim, &ipam)),
        contracts(db, clock, applications, uploads, ledger.get()) {}
  customers::Service customers;
  dcim::Service dcim;
  std::unique_ptr<ipam::Inventory> ipam_inventory;
  ipam::Service ipam;
  std::unique_ptr<applications::Inventory> inventory;
  applications::Service applications;
  std::unique_ptr<contracts::Ledger> ledger;
  contracts::Service contracts;
};

// The shared infrastructure of a test: a customer, a site with an uplink, a room of two empty
// 42U racks (10 kW per feed) and a pool of customer addresses.
struct Site {
  std::int64_t customer = 0, site = 0, room = 0;
  std::vector<std::int64_t> racks;
};

inline Site make_site(Hosting& h, const Context& admin) {
  Site s;
  customers::CustomerInput c;
  c.name = "Acme Cloud Technology";
  c.status = "active";
  s.customer = h.customers.create(admin, c).take().id;
  s.site = h.dcim.save_site(admin, std::nullopt, {"Test DC", "test-dc", "", std::nullopt, 10000}).take().id;
  dcim::RoomInput room;
  room.site_id = s.site;
  room.name = "Hall 1";
  s.room = h.dcim.save_room(admin, std::nullopt, room).take().id;
  for (int i = 1; i <= 2; ++i) {
    dcim::RackInput r;
    r.room_id = s.room;
    r.name = "R" + std::to_string(i);
    r.row_name = "A01";
    r.u_height = 42;
    r.power_a_w = 10000;
    r.power_b_w = 10000;
    s.racks.push_back(h.dcim.save_rack(admin, std::nullopt, r).take().id);
  }
  ipam::PrefixInput pool;
  pool.prefix = "198.51.100.0/29";
  pool.site_id = std::optional<std::int64_t>(s.site);
  pool.status = "active";
  pool.is_pool = true;
  EXPECT_TRUE(h.ipam.create_prefix(admin, pool).ok());
  return s;
}

// `count` 2U servers of the customer's own description in the room, from `start` for a year,
// with `ipv4` addresses.
inline applications::ApplicationInput application_input(const Site& s, Date start, int count = 2, int ipv4 = 2) {
  applications::ApplicationInput in;
  applications::DeviceLine line;
  line.label = "Customer server 2U";
  line.height_hu = 4;
  line.power_w = 500;
  line.weight_g = 25500;
  line.count = count;
  in.devices = std::vector<applications::DeviceLine>{line};
  in.room_id = std::optional<std::int64_t>(s.room);
  in.space = "units";
  in.power_w = 1500;
  in.redundant = true;
  in.bandwidth_mbps = 100;
  in.ipv4_count = ipv4;
  in.start_date = std::optional<Date>(start);
  in.term_months = 12;
  in.extra_services = std::vector<std::string>{"remote_hands"};
  return in;
}

// Every row of the tables the hosting flow writes, as text: equal before and after an operation
// when it left nothing behind.
inline std::string tables_state(db::Database& db) {
  static const std::vector<std::string> kTables = {"applications",
                                                   "dcim_reservations",
                                                   "dcim_devices",
                                                   "ipam_ip_addresses",
                                                   "workflow_transitions",
                                                   "audit_log",
                                                   "notify_outbox",
                                                   "notifications",
                                                   "contracts",
                                                   "contract_versions",
                                                   "contract_amendments",
                                                   "contract_resources",
                                                   "contract_settlement_items",
                                                   "contract_termination_requests",
                                                   "contract_move_out_tasks"};
  auto tx = db::Tx::begin(db, db::Access::read).take();
  std::string out;
  for (const auto& table : kTables) {
    out += "[" + table + "]\n";
    for (const auto& row : tx.query("SELECT * FROM " + table + " ORDER BY id").take().rows) {
      for (std::size_t i = 0; i < row.size(); ++i)
        out += std::visit(
                   [](const auto& v) -> std::string {
                     using T = std::decay_t<decltype(v)>;
                     if constexpr (std::is_same_v<T, std::monostate>)
                       return "NULL";
                     else if constexpr (std::is_same_v<T, std::string>)
                       return v;
                     else
                       return std::to_string(v);
                   },
                   row.at(i).get()) +
               "|";
      out += "\n";
    }
  }
  return out;
}

// Runs `op` (over services built on `faulty`) with a failing COMMIT, then with its first, second,
// ... statement failing, until it runs past the fault: each failed run must answer the injected
// error and leave every table as it was. The last run succeeds; a fault that was swallowed (the
// run went on past it) fails the test.
template <class Op>
void expect_all_or_nothing(db::FaultyDatabase& faulty, db::Database& plain, Op&& op) {
  const auto before = tables_state(plain);
  faulty.fail_commits(true);
  auto failed = op();
  faulty.clear();
  ASSERT_FALSE(failed.ok()) << "the COMMIT failed but the operation succeeded";
  EXPECT_EQ(failed.error().code, "db.unavailable") << failed.error().message;
  EXPECT_EQ(tables_state(plain), before) << "a failed COMMIT left rows behind";
  for (int n = 1;; ++n) {
    ASSERT_LT(n, 1000) << "the operation never got past the injected fault";
    faulty.fail_nth_statement(n);
    const int start = faulty.statements();
    auto r = op();
    const int ran = faulty.statements() - start;
    faulty.clear();
    if (r.ok()) {
      EXPECT_LT(ran, n) << "statement " << n << " failed and the operation still succeeded";
      return;
    }
    EXPECT_EQ(r.error().code, "db.unavailable") << "statement " << n << ": " << r.error().message;
    EXPECT_EQ(tables_state(plain), before) << "statement " << n << " failed and left rows behind";
  }
}

}  // namespace colo::hosting_test
