// The search over real tables on both engines: what it finds, in which order, and what a
// customer may not find.
#include "search/search.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::search {
namespace {

Context as(std::vector<std::string> permissions, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->username = "tester";
  for (auto& perm : permissions) p->permissions.insert(std::move(perm));
  p->customer_id = customer;
  Context ctx;
  ctx.principal = p;
  return ctx;
}

const std::vector<std::string> kEverything = {"dcim.read", "customers.read", "contracts.read", "applications.read",
                                              "ipam.read"};

TEST(SearchKinds, ARoleSearchesOnlyWhatItMayRead) {
  EXPECT_EQ(kinds_for(as(kEverything)), (std::vector<std::string>{"devices", "racks", "customers", "contracts",
                                                                  "applications", "addresses", "prefixes"}));
  EXPECT_EQ(kinds_for(as({"dcim.read"})), (std::vector<std::string>{"devices", "racks"}));
  EXPECT_EQ(kinds_for(as({"ipam.read", "contracts.read"})),
            (std::vector<std::string>{"contracts", "addresses", "prefixes"}));
  EXPECT_TRUE(kinds_for(as({})).empty());
}

class SearchTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!test_db_) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    const std::string t = "'2026-01-01T00:00:00Z'";
    for (const std::string& s : std::vector<std::string>{
             "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('Acme 艾克米', '', "
             "'active', " +
                 t + ", " + t + ")",
             "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('Zenith', '', 'active', " +
                 t + ", " + t + ")",
             "INSERT INTO dcim_sites (name, slug, created_at, updated_at) VALUES ('North', 'north', " + t + ", " + t +
                 ")",
             "INSERT INTO dcim_rooms (site_id, name, created_at, updated_at) VALUES (1, 'Hall', " + t + ", " + t + ")",
             "INSERT INTO dcim_racks (room_id, site_id, name, status, customer_id, created_at, updated_at) VALUES "
             "(1, 1, 'R-01', 'active', 1, " +
                 t + ", " + t + ")",
             "INSERT INTO dcim_racks (room_id, site_id, name, status, created_at, updated_at) VALUES "
             "(1, 1, 'R-02', 'active', " +
                 t + ", " + t + ")",
             "INSERT INTO dcim_device_types (manufacturer, model, slug, height_hu, content_hash, created_at, "
             "updated_at) VALUES ('Dell', 'R650', 'r650', 2, 'x', " +
                 t + ", " + t + ")",
             // Device 1 is Acme's with 10.0.0.1; device 2 is Zenith's with 10.0.0.10 and sorts first by name.
             "INSERT INTO dcim_devices (device_type_id, name, serial, asset_tag, role, status, customer_id, site_id, "
             "rack_id, created_at, updated_at) VALUES (1, 'web-1', 'SN-ACME', 'AT-1', 'server', 'active', 1, 1, 1, " +
                 t + ", " + t + ")",
             "INSERT INTO dcim_devices (device_type_id, name, serial, asset_tag, role, status, customer_id, site_id, "
             "rack_id, created_at, updated_at) VALUES (1, 'db-1', 'SN-ZEN', 'AT-2', 'server', 'active', 2, 1, 2, " +
                 t + ", " + t + ")",
             "INSERT INTO dcim_interfaces (device_id, name, type) VALUES (1, 'eth0', '1000base-t')",
             "INSERT INTO dcim_interfaces (device_id, name, type) VALUES (2, 'eth0', '1000base-t')",
             "INSERT INTO ipam_ip_addresses (family, address, mask_len, addr_key, status, customer_id, interface_id, "
             "created_at, updated_at) VALUES (4, '10.0.0.1/24', 24, 'k1', 'active', 1, 1, " +
                 t + ", " + t + ")",
             "INSERT INTO ipam_ip_addresses (family, address, mask_len, addr_key, status, customer_id, interface_id, "
             "created_at, updated_at) VALUES (4, '10.0.0.10/24', 24, 'k2', 'active', 2, 2, " +
                 t + ", " + t + ")",
         }) {
      auto tx = db::Tx::begin(db(), db::Access::write).take();
      auto st = tx.exec(s);
      ASSERT_TRUE(st.ok()) << st.error().message << "\n" << s;
      ASSERT_TRUE(tx.commit().ok());
    }
  }
  std::vector<Group> find(const Context& ctx, const std::string& q, int per_kind = 5) {
    auto r = search(db(), ctx, q, per_kind, now_);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? *r : std::vector<Group>{};
  }
  // A time after the demo rows were written and before the live reservation expires.
  Instant now_ = parse_instant("2026-06-01T00:00:00Z").value();
  static const Group* group(const std::vector<Group>& groups, const std::string& type) {
    for (const auto& g : groups)
      if (g.type == type) return &g;
    return nullptr;
  }
};

TEST_P(SearchTest, AnAddressFindsItsDeviceExactMatchFirst) {
  auto groups = find(as(kEverything), "10.0.0.1");
  const auto* devices = group(groups, "devices");
  ASSERT_NE(devices, nullptr);
  ASSERT_EQ(devices->hits.size(), 2u);
  EXPECT_EQ(devices->hits[0].title, "web-1");  // the exact address before db-1's 10.0.0.10
  EXPECT_EQ(devices->hits[0].subtitle, "North / R-01");
  const auto* addresses = group(groups, "addresses");
  ASSERT_NE(addresses, nullptr);
  EXPECT_EQ(addresses->hits[0].title, "10.0.0.1/24");
  EXPECT_EQ(addresses->hits[0].subtitle, "web-1 eth0");
  // Only one shown: the group says there is more.
  auto one = find(as(kEverything), "10.0.0.1", 1);
  ASSERT_NE(group(one, "devices"), nullptr);
  EXPECT_EQ(group(one, "devices")->hits.size(), 1u);
  EXPECT_TRUE(group(one, "devices")->more);
}

TEST_P(SearchTest, SerialAssetTagAndNameIgnoringCase) {
  EXPECT_EQ(group(find(as(kEverything), "sn-zen"), "devices")->hits.at(0).title, "db-1");
  EXPECT_EQ(group(find(as(kEverything), "at-1"), "devices")->hits.at(0).title, "web-1");
  EXPECT_EQ(group(find(as(kEverything), "r-0"), "racks")->hits.size(), 2u);
  EXPECT_EQ(group(find(as(kEverything), "艾克米"), "customers")->hits.at(0).id, 1);
  // % and _ match themselves.
  EXPECT_TRUE(find(as(kEverything), "%").empty());
}

TEST_P(SearchTest, ACustomerFindsOnlyItsOwn) {
  auto acme = as(kEverything, 1);
  auto groups = find(acme, "10.0.0.1");
  ASSERT_NE(group(groups, "devices"), nullptr);
  EXPECT_EQ(group(groups, "devices")->hits.size(), 1u);
  EXPECT_EQ(group(groups, "devices")->hits[0].title, "web-1");
  EXPECT_EQ(group(groups, "addresses")->hits.size(), 1u);
  EXPECT_TRUE(find(acme, "db-1").empty());
  EXPECT_TRUE(find(acme, "Zenith").empty());
  ASSERT_NE(group(find(acme, "R-0"), "racks"), nullptr);
  EXPECT_EQ(group(find(acme, "R-0"), "racks")->hits.size(), 1u);  // its own rack, not R-02
}

// The rack list shows a customer the racks it holds live reservations in; the search finds them too.
TEST_P(SearchTest, ACustomerFindsTheRacksItHoldsALiveReservationIn) {
  auto acme = as(kEverything, 1);
  auto reserve = [&](const std::string& expires, const char* released) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(
        tx.exec("INSERT INTO dcim_reservations (rack_id, customer_id, bottom_hu, height_hu, reason, expires_at, "
                "released_at, created_at) VALUES (2, 1, 1, 2, 'x', $1, $2, '2026-01-01T00:00:00Z')",
                {expires, released ? db::Value(released) : db::Value(nullptr)})
            .ok());
    ASSERT_TRUE(tx.commit().ok());
  };
  reserve("2026-03-01T00:00:00.000Z", nullptr);                     // expired by now_
  reserve("2027-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z");  // released
  EXPECT_EQ(group(find(acme, "R-02"), "racks"), nullptr);
  reserve("2027-01-01T00:00:00.000Z", nullptr);  // live
  ASSERT_NE(group(find(acme, "R-02"), "racks"), nullptr);
  EXPECT_EQ(group(find(acme, "R-02"), "racks")->hits.at(0).title, "R-02");
}

TEST_P(SearchTest, KindsWithoutPermissionAreNotSearched) {
  auto groups = find(as({"ipam.read"}), "10.0.0.1");
  EXPECT_EQ(group(groups, "devices"), nullptr);
  EXPECT_NE(group(groups, "addresses"), nullptr);
}

COLO_INSTANTIATE_ENGINE_TEST(SearchTest);

}  // namespace
}  // namespace colo::search
