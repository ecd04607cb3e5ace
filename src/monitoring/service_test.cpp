// The monitoring service on both engines: credentials sealed at rest and never in the audit log,
// validation, tenancy, checks, discovery records, and what the poller is given.
#include "monitoring/service.hpp"

#include <gtest/gtest.h>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "monitoring/test_support.hpp"

namespace colo::monitoring {
namespace {

using testing::customer_user;
using testing::staff;

class MonitoringServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    inventory_.devices_[10] = {10, "sw-01", "active", "192.0.2.10", 7, 1, 2};
    inventory_.devices_[11] = {11, "sw-02", "active", "192.0.2.11", 8, 1, 3};
    inventory_.devices_[12] = {12, "no-address", "active", "", std::nullopt, 1, 3};
    inventory_.ports_ = {{501, 10, "Te1/0/1"}, {502, 10, "Te1/0/2"}};
    svc_ = std::make_unique<Service>(db(), clock_, inventory_, crypto::Sealer(key_));
  }
  DeviceSettingsInput v3(std::string auth = "auth-pass-1", std::string priv = "priv-pass-1") {
    DeviceSettingsInput in;
    in.snmp_version = "v3";
    in.secret = SnmpSecret{"", "poller", std::move(auth), std::move(priv)};
    return in;
  }
  DeviceSettingsInput v2c(std::string community) {
    DeviceSettingsInput in;
    in.snmp_version = "v2c";
    in.secret = SnmpSecret{std::move(community), "", "", ""};
    return in;
  }
  std::string dump(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto res = tx.query(sql).take();
    std::string all;
    for (const auto& r : res.rows)
      for (std::size_t i = 0; i < r.size(); ++i) all += r.text(i) + "|";
    return all;
  }
  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  crypto::Key key_ = crypto::random_key();
  testing::FakeInventory inventory_;
  std::unique_ptr<Service> svc_;
};

TEST_P(MonitoringServiceTest, CredentialsAreSealedAtRestNeverAuditedAndOpenedOnlyForThePoller) {
  auto d = svc_->configure(staff(), 10, v3("secret-auth-77", "secret-priv-88")).take();
  EXPECT_TRUE(d.credentials_set);
  EXPECT_EQ(d.snmp_version, "v3");
  EXPECT_EQ(d.device_name, "sw-01");
  EXPECT_EQ(d.customer_id, 7);
  EXPECT_EQ(d.snmp_interval_s, kDefaultSnmpIntervalS);
  svc_->configure(staff(), 11, v2c("community-xyz")).take();
  auto stored = dump("SELECT snmp_sealed FROM monitoring_devices");
  auto audited = dump("SELECT before_json, after_json FROM audit_log");
  for (const char* secret : {"secret-auth-77", "secret-priv-88", "community-xyz", "poller"}) {
    EXPECT_EQ(stored.find(secret), std::string::npos) << secret;
    EXPECT_EQ(audited.find(secret), std::string::npos) << secret;
  }
  auto targets = svc_->poll_targets().take();
  ASSERT_EQ(targets.size(), 2u);
  ASSERT_TRUE(targets[0].credentials);
  EXPECT_EQ(targets[0].credentials->version, snmp::Version::v3);
  EXPECT_EQ(targets[0].credentials->auth_pass, "secret-auth-77");
  EXPECT_EQ(targets[0].credentials->priv_pass, "secret-priv-88");
  EXPECT_EQ(targets[1].credentials->community, "community-xyz");
  EXPECT_EQ(targets[0].ledger.mgmt_address, "192.0.2.10");

  // Sealed with another key, the secrets do not open: the device is left out and says why.
  Service other(db(), clock_, inventory_, crypto::Sealer(crypto::random_key()));
  EXPECT_TRUE(other.poll_targets().take().empty());
  EXPECT_TRUE(svc_->device(staff(), 10).take().last_error);
}

TEST_P(MonitoringServiceTest, BadSettingsAreRefusedAndChangeNothing) {
  auto r = svc_->configure(staff(), 10, v3("short", "priv-pass-1"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "validation_failed");
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_EQ(r.error().fields[0].field, "snmp/auth_pass");
  r = svc_->configure(staff(), 10, v2c("has space"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields[0].field, "snmp/community");
  DeviceSettingsInput no_secret;
  no_secret.snmp_version = "v2c";
  EXPECT_FALSE(svc_->configure(staff(), 10, no_secret).ok());
  auto bad_interval = v2c("public");
  bad_interval.ping_interval_s = 1;
  EXPECT_FALSE(svc_->configure(staff(), 10, bad_interval).ok());
  r = svc_->configure(staff(), 12, v2c("public"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "monitoring.device.no_mgmt_address");
  EXPECT_EQ(svc_->configure(staff(), 999, v2c("public")).error().kind, ErrorKind::not_found);
  EXPECT_EQ(dump("SELECT COUNT(*) FROM monitoring_devices"), "0|");

  // A configured v2c device switched to v3 needs v3 credentials; the stored ones stay.
  svc_->configure(staff(), 10, v2c("public")).take();
  DeviceSettingsInput to_v3;
  to_v3.snmp_version = "v3";
  EXPECT_FALSE(svc_->configure(staff(), 10, to_v3).ok());
  EXPECT_EQ(svc_->poll_targets().take()[0].credentials->community, "public");
  // Intervals change without repeating the secret.
  DeviceSettingsInput slower;
  slower.snmp_interval_s = 600;
  EXPECT_EQ(svc_->configure(staff(), 10, slower).take().snmp_interval_s, 600);
  EXPECT_EQ(svc_->poll_targets().take()[0].credentials->community, "public");
}

TEST_P(MonitoringServiceTest, CustomersSeeTheirOwnDevicesOnlyAndChangeNothing) {
  svc_->configure(staff(), 10, v2c("public")).take();
  svc_->configure(staff(), 11, v2c("public")).take();
  auto [count, rows] = svc_->devices(customer_user(7), {}).take();
  EXPECT_EQ(count, 1);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].device_id, 10);
  EXPECT_TRUE(svc_->device(customer_user(7), 10).ok());
  EXPECT_EQ(svc_->device(customer_user(7), 11).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->configure(customer_user(7), 10, v2c("mine")).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->remove(customer_user(7), 10).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->devices(staff(), {}).take().first, 2);
}

TEST_P(MonitoringServiceTest, ChecksAreValidatedAndLimited) {
  svc_->configure(staff(), 10, v2c("public")).take();
  auto tcp = svc_->add_check(staff(), 10, {"tcp", 22, std::nullopt, std::nullopt, std::nullopt}).take();
  EXPECT_EQ(tcp.port, 22);
  EXPECT_EQ(tcp.interval_s, kDefaultPingIntervalS);
  EXPECT_FALSE(svc_->add_check(staff(), 10, {"tcp", 70000, {}, {}, {}}).ok());
  auto bad_url = svc_->add_check(staff(), 10, {"http", {}, "ftp://x", {}, {}});
  ASSERT_FALSE(bad_url.ok());
  EXPECT_EQ(bad_url.error().fields[0].code, "monitoring.check.bad_url");
  EXPECT_EQ(svc_->add_check(staff(), 11, {"tcp", 22, {}, {}, {}}).error().kind, ErrorKind::not_found);
  for (int i = 1; i < 20; ++i) svc_->add_check(staff(), 10, {"http", {}, "https://example.net/", {}, {}}).take();
  auto too_many = svc_->add_check(staff(), 10, {"tcp", 443, {}, {}, {}});
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.error().code, "monitoring.check.too_many");
  EXPECT_EQ(svc_->poll_targets().take()[0].checks.size(), 20u);
  svc_->remove_check(staff(), tcp.id).take();
  EXPECT_EQ(svc_->device(staff(), 10).take().checks.size(), 19u);
  EXPECT_EQ(svc_->remove_check(staff(), tcp.id).error().kind, ErrorKind::not_found);
}

TEST_P(MonitoringServiceTest, DiscoveryRecordsMatchedAndUnmatchedInterfacesAndFeedsTheLabels) {
  svc_->configure(staff(), 10, v2c("public")).take();
  DeviceSnapshot snap;
  snap.sys_object_id = "1.3.6.1.4.1.318.1.3.4.6";
  snap.sys_name = "sw-01.example";
  snap.interfaces.resize(3);
  snap.interfaces[0].if_index = 1, snap.interfaces[0].name = "Te1/0/1";
  snap.interfaces[1].if_index = 2, snap.interfaces[1].name = "te1/0/2", snap.interfaces[1].speed_bps = 10000000000ULL;
  snap.interfaces[2].if_index = 3, snap.interfaces[2].name = "mgmt0";
  auto matched = svc_->record_discovery(10, snap).take();
  EXPECT_EQ(matched, (std::map<std::uint32_t, std::int64_t>{{1, 501}, {2, 502}}));
  auto d = svc_->device(staff(), 10).take();
  EXPECT_EQ(d.sys_name, "sw-01.example");
  EXPECT_EQ(d.matched, 2);
  EXPECT_EQ(d.unmatched, 1);
  ASSERT_EQ(d.interfaces.size(), 3u);
  EXPECT_EQ(d.interfaces[1].speed_bps, 10000000000LL);
  EXPECT_FALSE(d.interfaces[2].interface_id);
  auto targets = svc_->poll_targets().take();
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].interfaces.at(2), 502);
  // The APC profile applies to the sysObjectID found: PDU power by feed and outlet.
  EXPECT_EQ(targets[0].profile.size(), 2u);
  // Discovery of a device removed meanwhile records nothing.
  svc_->remove(staff(), 10).take();
  EXPECT_TRUE(svc_->record_discovery(10, snap).take().empty());
  EXPECT_EQ(dump("SELECT COUNT(*) FROM monitoring_interfaces"), "0|");
}

TEST_P(MonitoringServiceTest, DevicesGoneFromTheLedgerOrItsAddressAreNotPolledAndRenamesFollow) {
  svc_->configure(staff(), 10, v2c("public")).take();
  svc_->configure(staff(), 11, v2c("public")).take();
  inventory_.devices_.erase(11);
  inventory_.devices_[10].name = "sw-01-renamed";
  inventory_.devices_[10].customer_id = 9;
  auto targets = svc_->poll_targets().take();
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].ledger.id, 10);
  auto d = svc_->device(staff(), 10).take();
  EXPECT_EQ(d.device_name, "sw-01-renamed");
  EXPECT_EQ(d.customer_id, 9);
  inventory_.devices_[10].mgmt_address.clear();
  EXPECT_TRUE(svc_->poll_targets().take().empty());
}

COLO_INSTANTIATE_ENGINE_TEST(MonitoringServiceTest);

}  // namespace
}  // namespace colo::monitoring
