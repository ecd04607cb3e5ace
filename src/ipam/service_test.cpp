// The IPAM service on a real database, SQLite and PostgreSQL, called directly: the next free
// addresses of a prefix and their allocation (all or none), a prefix's and a site's utilisation
// against hand-counted figures, and the assignment of pool addresses to a customer (R5.1.2) —
// including what a failing statement or COMMIT in the middle of an allocation leaves behind.
#include "ipam/service.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "auth/permissions.hpp"
#include "customers/service.hpp"
#include "db/faults.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "dcim/service.hpp"
#include "ipam/module.hpp"

namespace colo::ipam {
namespace {

Context as(const std::string& role) {
  auto p = std::make_shared<Principal>();
  p->user_id = 0;
  p->username = role;
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  return Context{p, "req", "test"};
}

// customers, dcim and ipam over one database (the plain one or a fault-injecting wrapper of it).
struct Services {
  Services(db::Database& db, const Clock& clock, const crypto::Key& key)
      : customers(db, clock, crypto::Sealer(key)),
        dcim(db, clock, customers),
        inventory(make_inventory(dcim, customers)),
        ipam(db, clock, *inventory) {}
  customers::Service customers;
  dcim::Service dcim;
  std::unique_ptr<Inventory> inventory;
  Service ipam;
};

class IpamServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    s_ = std::make_unique<Services>(db(), clock_, key_);
    customers::CustomerInput c;
    c.name = "Acme Cloud Technology";
    c.status = "active";
    acme_ = s_->customers.create(admin_, c).take().id;
    site_ = s_->dcim.save_site(admin_, std::nullopt, {"Test DC", "test-dc", "", std::nullopt, 10000}).take().id;
  }

  PrefixRecord make_prefix(const std::string& cidr, bool pool = false, std::optional<std::int64_t> customer = {}) {
    PrefixInput in;
    in.prefix = cidr;
    in.site_id = std::optional<std::int64_t>(site_);
    in.status = "active";
    in.is_pool = pool;
    if (customer) in.customer_id = std::optional<std::int64_t>(customer);
    auto made = s_->ipam.create_prefix(admin_, in);
    EXPECT_TRUE(made.ok()) << made.error().message;
    return std::move(made).take();
  }

  static std::vector<std::string> texts(const std::vector<IpAddressRecord>& v) {
    std::vector<std::string> out;
    for (const auto& a : v) out.push_back(a.address.to_string());
    return out;
  }

  std::int64_t count(const std::string& table) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one("SELECT COUNT(*) FROM " + table).take()->int64(0);
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  crypto::Key key_ = crypto::random_key();
  Context admin_ = as("admin");
  std::unique_ptr<Services> s_;
  std::int64_t acme_ = 0, site_ = 0;
};

// A /29 has six host addresses (.1-.6): allocation hands out the lowest free ones, skipping an
// address taken by hand, and refuses (changing nothing) when fewer than asked are left.
TEST_P(IpamServiceTest, AllocationTakesTheNextFreeAddressesAllOrNone) {
  auto p = make_prefix("192.0.2.0/29");
  auto next = s_->ipam.available_ips(admin_, p.id, 3).take();
  ASSERT_EQ(next.size(), 3u);
  EXPECT_EQ(next[0].to_string(), "192.0.2.1/29");
  EXPECT_EQ(next[2].to_string(), "192.0.2.3/29");

  AllocationInput two;
  two.count = 2;
  auto first = s_->ipam.allocate_ips(admin_, p.id, two).take();
  EXPECT_EQ(texts(first), (std::vector<std::string>{"192.0.2.1/29", "192.0.2.2/29"}));
  IpAddressInput by_hand;
  by_hand.address = "192.0.2.4/29";
  ASSERT_TRUE(s_->ipam.create_address(admin_, by_hand).ok());

  AllocationInput three;
  three.count = 3;
  auto second = s_->ipam.allocate_ips(admin_, p.id, three).take();
  EXPECT_EQ(texts(second), (std::vector<std::string>{"192.0.2.3/29", "192.0.2.5/29", "192.0.2.6/29"}));
  EXPECT_EQ(second[0].prefix_id, p.id);

  AllocationInput one;
  auto none = s_->ipam.allocate_ips(admin_, p.id, one);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "ipam.prefix.exhausted");
  EXPECT_EQ(count("ipam_ip_addresses"), 6);
  EXPECT_TRUE(s_->ipam.available_ips(admin_, p.id, 5).take().empty());
}

// Utilisation counts the addresses inside a prefix against its usable size (a pool counts its
// network and broadcast addresses too), and per site sums the top-level active prefixes.
TEST_P(IpamServiceTest, PrefixAndSiteUtilisationMatchHandCountedFigures) {
  auto hosts = make_prefix("192.0.2.0/28");          // 14 usable
  auto pool = make_prefix("198.51.100.0/30", true);  // 4 usable
  AllocationInput in;
  in.count = 7;
  ASSERT_TRUE(s_->ipam.allocate_ips(admin_, hosts.id, in).ok());
  in.count = 1;
  ASSERT_TRUE(s_->ipam.allocate_ips(admin_, pool.id, in).ok());

  auto h = s_->ipam.prefix(admin_, hosts.id).take();
  EXPECT_EQ(h.utilisation.used, 7u);
  EXPECT_EQ(h.utilisation.total, 14u);
  EXPECT_DOUBLE_EQ(h.utilisation.percent(), 50.0);
  auto q = s_->ipam.prefix(admin_, pool.id).take();
  EXPECT_EQ(q.utilisation.used, 1u);
  EXPECT_EQ(q.utilisation.total, 4u);

  auto site = s_->ipam.site_utilisation(admin_, site_).take();
  ASSERT_EQ(site.size(), 1u);
  EXPECT_EQ(site[0].family, Family::v4);
  EXPECT_EQ(site[0].prefixes, 2);
  EXPECT_EQ(site[0].utilisation.used, 8u);
  EXPECT_EQ(site[0].utilisation.total, 18u);
}

// Assignment to a customer takes only the site's unowned active pools, smallest first, and is all
// or none across them.
TEST_P(IpamServiceTest, AssignmentTakesTheCustomerPoolsAllOrNone) {
  make_prefix("192.0.2.0/29");                        // not a pool: never assigned from
  make_prefix("203.0.113.0/29", true, acme_);         // a customer's own pool: not assigned from
  auto small = make_prefix("198.51.100.0/30", true);  // 4
  auto large = make_prefix("198.51.100.8/29", true);  // 8
  EXPECT_EQ(s_->ipam.free_customer_ipv4(admin_, site_).take(), std::optional<std::int64_t>(12));

  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto got = s_->ipam.assign_ipv4_in(tx, admin_, site_, acme_, 6, "contract").take();
    ASSERT_TRUE(tx.commit().ok());
    ASSERT_EQ(got.size(), 6u);
    EXPECT_EQ(got[0].address.to_string(), "198.51.100.0/30");
    EXPECT_EQ(got[3].address.to_string(), "198.51.100.3/30");
    EXPECT_EQ(got[4].address.to_string(), "198.51.100.8/29");
    for (const auto& a : got) EXPECT_EQ(a.customer_id, std::optional<std::int64_t>(acme_));
    EXPECT_EQ(got[0].prefix_id, small.id);
    EXPECT_EQ(got[5].prefix_id, large.id);
  }
  EXPECT_EQ(s_->ipam.free_customer_ipv4(admin_, site_).take(), std::optional<std::int64_t>(6));
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto too_many = s_->ipam.assign_ipv4_in(tx, admin_, site_, acme_, 7, "contract");
    ASSERT_FALSE(too_many.ok());
    EXPECT_EQ(too_many.error().code, "ipam.assignment.exhausted");
  }
  EXPECT_EQ(count("ipam_ip_addresses"), 6);
}

// A failing statement anywhere in an allocation, or its failing COMMIT, leaves no address behind
// and answers the database's error.
TEST_P(IpamServiceTest, AFailedAllocationLeavesNoAddressBehind) {
  auto p = make_prefix("192.0.2.0/28");
  db::FaultyDatabase faulty(db::Database::open(test_db_->url).take());
  Services f(faulty, clock_, key_);
  AllocationInput in;
  in.count = 3;
  const auto audited = count("audit_log");
  faulty.fail_commits(true);
  auto r = f.ipam.allocate_ips(admin_, p.id, in);
  faulty.clear();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "db.unavailable");
  EXPECT_EQ(count("ipam_ip_addresses"), 0);
  EXPECT_EQ(count("audit_log"), audited);
  // Fail the first statement, then the second, ... until the allocation runs past the fault.
  for (int n = 1;; ++n) {
    ASSERT_LT(n, 200) << "the allocation never got past the injected fault";
    faulty.fail_nth_statement(n);
    const int start = faulty.statements();
    auto attempt = f.ipam.allocate_ips(admin_, p.id, in);
    const int ran = faulty.statements() - start;
    faulty.clear();
    if (attempt.ok()) {
      // The fault was never reached: every statement of the allocation failed once above.
      EXPECT_LT(ran, n) << "statement " << n << " failed and the allocation still succeeded";
      EXPECT_EQ(attempt->size(), 3u);
      break;
    }
    EXPECT_EQ(attempt.error().code, "db.unavailable") << "statement " << n;
    EXPECT_EQ(count("ipam_ip_addresses"), 0) << "statement " << n;
    EXPECT_EQ(count("audit_log"), audited) << "statement " << n;
  }
  EXPECT_EQ(count("ipam_ip_addresses"), 3);
}

COLO_INSTANTIATE_ENGINE_TEST(IpamServiceTest);

}  // namespace
}  // namespace colo::ipam
