// Device configuration backups on both engines against a real sshd on loopback (R4.3.3): the
// first fetch records the host key and stores version 1; an unchanged configuration (volatile
// lines aside) stores no version; a change stores the next one with its diff and, with no
// approved change in force, alerts; a changed host key is refused, recorded and alerted until
// accepted; failures are recorded; bodies are masked unless revealed by a permission holder
// (audited); a customer sees only its own devices; the compliance measure follows the fetches.
#include "configs/service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "support/sshd_rig.hpp"

namespace colo::configs {
namespace {

Context staff(bool secrets = false) {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "zhang";
  p->roles = {"operations"};
  p->permissions = {"configs.read", "configs.write"};
  if (secrets) p->permissions.insert(kPermSecrets);
  return Context{p, "req", "test"};
}

Context customer(std::int64_t id) {
  auto p = std::make_shared<Principal>();
  p->user_id = 9;
  p->username = "tenant";
  p->roles = {"customer_admin"};
  p->permissions = {"configs.read"};
  p->customer_id = id;
  return Context{p, "req", "test"};
}

const std::string kV1 =
    "!\n! Last configuration change at 10:00:00 UTC Thu Nov 26 2026\nhostname core1\nenable secret 5 $1$abc$def\n"
    "snmp-server community S3cr3t RO\n!\nend\n";
const std::string kV1Again =
    "!\n! Last configuration change at 11:30:00 UTC Thu Nov 26 2026\nhostname core1\nenable secret 5 $1$abc$def\n"
    "snmp-server community S3cr3t RO\n!\nend\n";
const std::string kV2 =
    "!\n! Last configuration change at 12:00:00 UTC Thu Nov 26 2026\nhostname core1\nenable secret 5 $1$abc$def\n"
    "snmp-server community S3cr3t RO\ninterface Vlan10\n description users\n!\nend\n";

class ConfigsTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    rig_ = std::make_unique<testing::SshdRig>();
    ledger_[1] = {1, "core1", "switch", "Cisco", "Catalyst 9300", "127.0.0.1", 7, 1, 1};
    ledger_[2] = {2, "srv1", "server", "Dell", "R640", "127.0.0.2", 7, 1, 1};
    ledger_[3] = {3, "edge1", "router", "Acme", "X", "127.0.0.1", 8, 1, 2};
    Ports ports;
    ports.device = [this](db::Tx&, std::int64_t id) -> Result<std::optional<LedgerDevice>> {
      auto it = ledger_.find(id);
      if (it == ledger_.end()) return std::optional<LedgerDevice>{};
      return std::optional<LedgerDevice>(it->second);
    };
    ports.change_in_force = [this](const LedgerDevice&, Instant) -> Result<bool> { return change_in_force_; };
    svc_ = std::make_unique<Service>(db(), clock_, crypto::Sealer(crypto::random_key()), std::move(ports),
                                     Options{.pool = 4, .connect_timeout_ms = 2000, .command_timeout_ms = 1500});
  }

  ConfigDevice configure(std::int64_t id = 1) {
    DeviceInput in;
    in.port = rig_->port();
    in.username = rig_->user();
    in.private_key = rig_->client_key();
    in.interval_s = 3600;
    auto d = svc_->configure(staff(), id, in);
    EXPECT_TRUE(d.ok()) << d.error().code << " " << d.error().message;
    return d.ok() ? *d : ConfigDevice{};
  }

  std::int64_t notices(const std::string& topic) {
    auto tx = db::Tx::begin(db(), db::Access::read);
    auto r = tx->one("SELECT COUNT(*) FROM notifications WHERE topic = $1", {topic});
    return r.ok() && *r ? (*r)->int64(0) : -1;
  }
  std::int64_t audits(const std::string& action) {
    auto tx = db::Tx::begin(db(), db::Access::read);
    auto r = tx->one("SELECT COUNT(*) FROM audit_log WHERE action = $1", {action});
    return r.ok() && *r ? (*r)->int64(0) : -1;
  }

  ManualClock clock_{*parse_instant("2026-11-26T10:00:00Z")};
  std::unique_ptr<testing::SshdRig> rig_;
  std::map<std::int64_t, LedgerDevice> ledger_;
  bool change_in_force_ = false;
  std::unique_ptr<Service> svc_;
};

TEST_P(ConfigsTest, R4_3_3_VersionsAreStoredOnlyWhenTheConfigurationChanges) {
  auto d = configure();
  EXPECT_EQ(d.vendor, "cisco_ios");
  EXPECT_EQ(d.auth_method, "key");
  EXPECT_FALSE(d.host_key);

  rig_->set_config(kV1);
  auto f1 = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f1.ok()) << f1.error().message;
  EXPECT_EQ(f1->result, "ok") << f1->error;
  ASSERT_TRUE(f1->version_id);
  // First contact recorded the host key, audited.
  auto after = svc_->device(staff(), 1);
  ASSERT_TRUE(after.ok()) << after.error().code << " " << after.error().message;
  EXPECT_EQ(after->host_key, rig_->host_key());
  EXPECT_EQ(audits("host_key_recorded"), 1);
  EXPECT_EQ(after->version_count, 1);

  // Only the volatile stamp differs: no new version.
  rig_->set_config(kV1Again);
  clock_.advance(std::chrono::hours(1));
  auto f2 = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f2.ok()) << f2.error().code << " " << f2.error().message;
  EXPECT_EQ(f2->result, "unchanged");
  EXPECT_FALSE(f2->version_id);

  // A real change: version 2, outside any change, alerted.
  rig_->set_config(kV2);
  clock_.advance(std::chrono::hours(1));
  auto f3 = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f3.ok()) << f3.error().code << " " << f3.error().message;
  EXPECT_EQ(f3->result, "ok");
  auto versions = svc_->versions(staff(), {.device = 1});
  ASSERT_TRUE(versions.ok()) << versions.error().code << " " << versions.error().message;
  ASSERT_EQ(versions->first, 2);
  EXPECT_EQ(versions->second[0].number, 2);
  EXPECT_TRUE(versions->second[0].outside_change);
  EXPECT_FALSE(versions->second[1].outside_change);         // the baseline is no change
  EXPECT_EQ(notices("configs.changed_outside_change"), 2);  // operations and security

  auto diff = svc_->diff(staff(), *f1->version_id, *f3->version_id);
  ASSERT_TRUE(diff.ok()) << diff.error().code << " " << diff.error().message;
  EXPECT_EQ(diff->diff.added, 3);  // the interface, its description (and the new stamp)
  EXPECT_EQ(diff->diff.removed, 1);
  EXPECT_NE(diff->unified.find("+interface Vlan10\n"), std::string::npos);
  EXPECT_NE(diff->unified.find("--- v1\n+++ v2\n"), std::string::npos);

  // Every fetch is recorded.
  auto fetches = svc_->fetches(staff(), {.device = 1});
  ASSERT_TRUE(fetches.ok()) << fetches.error().code << " " << fetches.error().message;
  EXPECT_EQ(fetches->first, 3);
}

TEST_P(ConfigsTest, R4_3_3_AChangeWithinAnApprovedChangeRaisesNoAlert) {
  configure();
  rig_->set_config(kV1);
  ASSERT_EQ(svc_->fetch_now(staff(), 1)->result, "ok");
  change_in_force_ = true;
  rig_->set_config(kV2);
  auto f = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f.ok()) << f.error().code << " " << f.error().message;
  EXPECT_EQ(f->result, "ok");
  auto v = svc_->version(staff(), *f->version_id);
  ASSERT_TRUE(v.ok()) << v.error().code << " " << v.error().message;
  EXPECT_FALSE(v->outside_change);
  EXPECT_EQ(notices("configs.changed_outside_change"), 0);
}

TEST_P(ConfigsTest, R4_3_3_AChangedHostKeyIsRefusedRecordedAndAlertedUntilAccepted) {
  configure();
  rig_->set_config(kV1);
  ASSERT_EQ(svc_->fetch_now(staff(), 1)->result, "ok");
  const auto first = rig_->host_key();
  rig_->replace_host_key();
  rig_->set_config(kV2);
  auto f = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f.ok()) << f.error().code << " " << f.error().message;
  EXPECT_EQ(f->result, "failed");
  EXPECT_EQ(f->failure, "host_key_changed");
  auto d = svc_->device(staff(), 1);
  EXPECT_EQ(d->host_key, first);  // never replaced silently
  EXPECT_EQ(d->host_key_pending, rig_->host_key());
  EXPECT_EQ(d->version_count, 1);
  EXPECT_EQ(notices("configs.host_key_changed"), 2);
  EXPECT_EQ(audits("host_key_refused"), 1);
  // Refused again: recorded, not alerted twice for the same key.
  ASSERT_EQ(svc_->fetch_now(staff(), 1)->failure, "host_key_changed");
  EXPECT_EQ(notices("configs.host_key_changed"), 2);

  // Accepting asks for the key presented.
  auto wrong = svc_->accept_host_key(staff(), 1, first);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, "configs.host_key.mismatch");
  auto accepted = svc_->accept_host_key(staff(), 1, rig_->host_key());
  ASSERT_TRUE(accepted.ok()) << accepted.error().code << " " << accepted.error().message;
  EXPECT_EQ(accepted->host_key, rig_->host_key());
  EXPECT_FALSE(accepted->host_key_pending);
  EXPECT_EQ(audits("accept_host_key"), 1);
  auto again = svc_->accept_host_key(staff(), 1, rig_->host_key());
  EXPECT_EQ(again.error().code, "configs.host_key.not_pending");
  EXPECT_EQ(svc_->fetch_now(staff(), 1)->result, "ok");
}

TEST_P(ConfigsTest, FailuresAreRecordedWithTheirKind) {
  DeviceInput in;
  in.port = rig_->port();
  in.username = rig_->user();
  in.private_key = rig_->stranger_key();
  {
    auto c = svc_->configure(staff(), 1, in);
    ASSERT_TRUE(c.ok()) << c.error().code << " " << c.error().message;
  }
  auto f = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f.ok()) << f.error().code << " " << f.error().message;
  EXPECT_EQ(f->result, "failed");
  EXPECT_EQ(f->failure, "auth");
  in.private_key = rig_->client_key();
  {
    auto c = svc_->configure(staff(), 1, in);
    ASSERT_TRUE(c.ok()) << c.error().code << " " << c.error().message;
  }
  rig_->set_slow(true);
  auto slow = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(slow.ok()) << slow.error().code << " " << slow.error().message;
  EXPECT_EQ(slow->failure, "timeout");
  auto d = svc_->device(staff(), 1);
  EXPECT_EQ(d->last_result, "failed");
  EXPECT_EQ(d->version_count, 0);
  EXPECT_FALSE(d->last_success_at);
}

TEST_P(ConfigsTest, R4_3_3_SecretsAreMaskedUnlessAHolderRevealsThemAudited) {
  configure();
  rig_->set_config(kV1);
  auto f = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f.ok()) << f.error().code << " " << f.error().message;
  auto masked = svc_->version(staff(), *f->version_id);
  ASSERT_TRUE(masked.ok()) << masked.error().code << " " << masked.error().message;
  EXPECT_TRUE(masked->masked);
  EXPECT_EQ(masked->body.find("S3cr3t"), std::string::npos);
  EXPECT_NE(masked->body.find("snmp-server community ****** RO"), std::string::npos);
  EXPECT_EQ(svc_->version(staff(), *f->version_id, true).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(audits("read_secrets"), 0);
  auto clear = svc_->version(staff(true), *f->version_id, true);
  ASSERT_TRUE(clear.ok()) << clear.error().code << " " << clear.error().message;
  EXPECT_NE(clear->body.find("S3cr3t"), std::string::npos);
  EXPECT_EQ(audits("read_secrets"), 1);
}

TEST_P(ConfigsTest, R4_3_3_ACustomerSeesOnlyItsOwnDevicesMasked) {
  configure();
  rig_->set_config(kV1);
  auto f = svc_->fetch_now(staff(), 1);
  ASSERT_TRUE(f.ok()) << f.error().code << " " << f.error().message;
  auto own = svc_->version(customer(7), *f->version_id);
  ASSERT_TRUE(own.ok()) << own.error().code << " " << own.error().message;
  EXPECT_EQ(own->body.find("S3cr3t"), std::string::npos);
  EXPECT_EQ(svc_->version(customer(7), *f->version_id, true).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->version(customer(8), *f->version_id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->device(customer(8), 1).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->devices(customer(8), {})->first, 0);
  EXPECT_EQ(svc_->devices(customer(7), {})->first, 1);
}

TEST_P(ConfigsTest, BadSettingsChangeNothing) {
  DeviceInput in;
  in.username = "x";
  in.password = "y";
  EXPECT_EQ(svc_->configure(staff(), 2, in).error().code, "configs.device.not_network");
  EXPECT_EQ(svc_->configure(staff(), 3, in).error().code, "configs.device.no_vendor");
  EXPECT_EQ(svc_->configure(staff(), 99, in).error().kind, ErrorKind::not_found);
  in.password.reset();
  EXPECT_EQ(svc_->configure(staff(), 1, in).error().code, "validation_failed");
  EXPECT_EQ(svc_->devices(staff(), {})->first, 0);
}

TEST_P(ConfigsTest, R4_3_3_TheScheduledRunFetchesTheDueDevicesAndTheComplianceMeasureFollows) {
  configure(1);
  rig_->set_config(kV1);
  auto r = svc_->run_due();
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->devices, 1);
  EXPECT_EQ(r->ok, 1);
  // Claimed until its next slot: a second run now fetches nothing.
  EXPECT_EQ(svc_->run_due()->devices, 0);
  clock_.advance(std::chrono::hours(1));
  EXPECT_EQ(svc_->run_due()->unchanged, 1);

  // Backed up at 10:00 and 11:00 with an hourly interval: met until 12:15, not by 14:00.
  const Instant from = *parse_instant("2026-11-26T10:00:00Z");
  clock_.set(*parse_instant("2026-11-26T12:10:00Z"));
  auto c = svc_->backup_compliance(from, *parse_instant("2026-11-26T12:10:00Z"));
  ASSERT_TRUE(c.ok()) << c.error().code << " " << c.error().message;
  EXPECT_EQ(c->period.total, 1);
  EXPECT_EQ(c->period.met, 1);
  clock_.set(*parse_instant("2026-11-26T14:00:00Z"));
  c = svc_->backup_compliance(from, *parse_instant("2026-11-26T14:00:00Z"));
  EXPECT_EQ(c->period.met, 0);
  EXPECT_EQ(c->period.failing, std::vector<std::int64_t>{1});
}

// A configuration fetched by hand restarts the schedule's interval: the next scheduled pass does
// not fetch the same text again minutes later; a failed manual fetch leaves the schedule alone.
TEST_P(ConfigsTest, R4_3_3_AManualFetchRestartsTheInterval) {
  configure(1);
  rig_->set_config(kV1);
  ASSERT_EQ(svc_->fetch_now(staff(), 1)->result, "ok");
  EXPECT_EQ(svc_->device(staff(), 1)->next_fetch_at, "2026-11-26T11:00:00.000Z");
  EXPECT_EQ(svc_->run_due()->devices, 0);
  clock_.advance(std::chrono::minutes(59));
  EXPECT_EQ(svc_->run_due()->devices, 0);
  clock_.advance(std::chrono::minutes(1));
  EXPECT_EQ(svc_->run_due()->unchanged, 1);
}

// A device that never finishes its answer holds one thread of the pool only: the other device,
// claimed after it, is fetched and recorded while the slow one still waits for its timeout.
TEST_P(ConfigsTest, ASlowDeviceDoesNotHoldBackTheOthers) {
  configure(1);  // claimed first: same slot, lower id
  testing::SshdRig fast;
  fast.set_config(kV1);
  DeviceInput in;
  in.vendor = "juniper_junos";
  in.port = fast.port();
  in.username = fast.user();
  in.private_key = fast.client_key();
  ASSERT_TRUE(svc_->configure(staff(), 3, in).ok());
  rig_->set_slow(true);
  auto r = svc_->run_due();
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->devices, 2);
  EXPECT_EQ(r->ok, 1);
  EXPECT_EQ(r->failed, 1);
  auto fetches = svc_->fetches(staff(), {.sort = "at"});
  ASSERT_TRUE(fetches.ok());
  ASSERT_EQ(fetches->first, 2);
  // Recorded in the order they ended: the fast device first, though claimed second.
  auto by_id = fetches->second;
  std::sort(by_id.begin(), by_id.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  EXPECT_EQ(by_id[0].device_id, 3);
  EXPECT_EQ(by_id[0].result, "ok");
  EXPECT_EQ(by_id[1].device_id, 1);
  EXPECT_EQ(by_id[1].failure, "timeout");
  EXPECT_NE(fast.typed().find("show configuration | display set | no-more\nexit\n"), std::string::npos);
}

COLO_INSTANTIATE_ENGINE_TEST(ConfigsTest);

}  // namespace
}  // namespace colo::configs
