// The poller end to end on both engines: devices configured through the service, polled from a
// real snmpsim (a 48-port switch, a UPS) and fping, one device at an address nobody answers, a
// TCP check to a closed port; samples land in a recording sink with the ledger's labels.
#include "monitoring/poller.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "monitoring/test_support.hpp"
#include "snmp/rig.hpp"

namespace colo::monitoring {
namespace {

namespace rig = colo::testing::snmp;
namespace fs = std::filesystem;
using testing::staff;

class Agents : public ::testing::Environment {
 public:
  static rig::SnmpSim* sim;
  void SetUp() override {
    std::string tmp = (fs::temp_directory_path() / ("colo-poller-" + std::to_string(getpid()))).string();
    fs::create_directories(tmp);
    rig::write_switch_record(tmp + "/switch.snmprec", 48, 1250000);
    sim = new rig::SnmpSim({tmp + "/switch.snmprec", rig::data_dir() + "/ups.snmprec"});
    fs::remove_all(tmp);
  }
  void TearDown() override {
    delete sim;
    sim = nullptr;
  }
};
rig::SnmpSim* Agents::sim = nullptr;
const auto* const kAgents = ::testing::AddGlobalTestEnvironment(new Agents);

const tsdb::Sample* find(const std::vector<tsdb::Sample>& samples, const std::string& metric,
                         std::vector<std::pair<std::string, std::string>> want) {
  for (const auto& s : samples) {
    if (s.metric != metric) continue;
    bool all = true;
    for (const auto& w : want) all = all && std::find(s.labels.begin(), s.labels.end(), w) != s.labels.end();
    if (all) return &s;
  }
  return nullptr;
}

class PollerTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    inventory_.devices_[10] = {10, "sw-01", "active", "127.0.0.1", 7, 1, 2};
    inventory_.devices_[11] = {11, "ups-01", "active", "127.0.0.1", std::nullopt, 1, 3};
    // TEST-NET-3 (RFC 5737): nothing answers there.
    inventory_.devices_[12] = {12, "gone-quiet", "active", "203.0.113.1", std::nullopt, 1, 3};
    inventory_.ports_ = {{501, 10, "Te1/0/1"}, {502, 10, "Te1/0/2"}};
    svc_ = std::make_unique<Service>(db(), clock_, inventory_, crypto::Sealer(crypto::random_key()));
  }
  void configure(std::int64_t id, const std::string& community) {
    DeviceSettingsInput in;
    in.snmp_version = "v2c";
    in.secret = SnmpSecret{community, "", "", ""};
    in.snmp_port = Agents::sim->port();
    svc_->configure(staff(), id, in).take();
  }
  SystemClock clock_;
  testing::FakeInventory inventory_;
  std::unique_ptr<Service> svc_;
};

TEST_P(PollerTest, PollsSnmpPingAndChecksIntoTheSinkWithLedgerLabels) {
  configure(10, "switch");
  configure(11, "ups");
  configure(12, "switch");
  // A closed TCP port on the switch's address.
  svc_->add_check(staff(), 10, {"tcp", 9, {}, {}, {}}).take();

  testing::RecordingSink sink;
  PollerOptions o;
  o.snmp_timeout_ms = 300;
  o.snmp_retries = 0;
  o.ping_timeout_ms = 300;
  o.ping_retries = 0;
  Poller poller(*svc_, sink, clock_, o);
  ASSERT_TRUE(poller.poll_once(true).ok());
  auto samples = sink.samples();

  // The switch: rates on the second poll, labelled with the ledger interface its name matched.
  const auto* out = find(samples, "if_out_bits_per_second", {{"device_id", "10"}, {"interface_id", "502"}});
  ASSERT_NE(out, nullptr);
  EXPECT_GT(out->value, 0);
  const auto* up = find(samples, "if_oper_up", {{"device_id", "10"}, {"if_index", "1"}, {"customer_id", "7"}});
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->value, 1);
  EXPECT_NE(find(samples, "if_oper_up", {{"device_id", "10"}, {"if_index", "30"}}), nullptr);  // unmatched
  EXPECT_EQ(svc_->device(staff(), 10).take().matched, 2);
  // The UPS.
  ASSERT_NE(find(samples, "ups_on_battery", {{"device_id", "11"}}), nullptr);
  // Reachability: the loopback answers, TEST-NET does not.
  const auto* reachable = find(samples, "device_up", {{"device_id", "10"}});
  ASSERT_NE(reachable, nullptr);
  EXPECT_EQ(reachable->value, 1);
  EXPECT_NE(find(samples, "device_rtt_seconds", {{"device_id", "10"}}), nullptr);
  const auto* silent = find(samples, "device_up", {{"device_id", "12"}});
  ASSERT_NE(silent, nullptr);
  EXPECT_EQ(silent->value, 0);
  // The check of a closed port is down.
  const auto* check = find(samples, "check_up", {{"device_id", "10"}, {"kind", "tcp"}});
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->value, 0);
  // The silent device failed both SNMP rounds without holding up the others, and says so.
  EXPECT_EQ(poller.stats().snmp_timeouts.load(), 2u);
  EXPECT_EQ(poller.stats().snmp_polls.load(), 6u);
  EXPECT_EQ(svc_->device(staff(), 12).take().last_error, "SNMP: no answer");
  EXPECT_FALSE(svc_->device(staff(), 10).take().last_error);
  EXPECT_EQ(poller.stats().samples.load(), samples.size());
}

TEST_P(PollerTest, RunsOnItsScheduleUntilStopped) {
  DeviceSettingsInput fast;
  fast.snmp_version = "v2c";
  fast.secret = SnmpSecret{"ups", "", "", ""};
  fast.snmp_port = Agents::sim->port();
  fast.snmp_interval_s = 30;
  fast.ping_interval_s = 10;
  svc_->configure(staff(), 11, fast).take();
  testing::RecordingSink sink;
  Poller poller(*svc_, sink, clock_, {});
  std::stop_source stop;
  std::thread runner([&] { poller.run(stop.get_token()); });
  // Each device's first slot lies within one interval; wait for the SNMP poll and the ping.
  for (int i = 0; i < 400 && (poller.stats().snmp_polls.load() == 0 || poller.stats().pings.load() == 0); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  stop.request_stop();
  runner.join();
  EXPECT_GE(poller.stats().snmp_polls.load(), 1u);
  EXPECT_GE(poller.stats().pings.load(), 1u);
  EXPECT_EQ(poller.stats().devices.load(), 1u);
  EXPECT_NE(find(sink.samples(), "ups_load_percent", {{"device_id", "11"}}), nullptr);
}

COLO_INSTANTIATE_ENGINE_TEST(PollerTest);

}  // namespace
}  // namespace colo::monitoring
