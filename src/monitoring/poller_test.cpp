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
  // /metrics: every poll's duration in the histogram of its kind, nothing left in flight.
  const std::string text = render_poll_durations(poller.stats());
  EXPECT_NE(text.find("# TYPE colo_poller_poll_duration_seconds histogram"), std::string::npos);
  EXPECT_NE(text.find("colo_poller_poll_duration_seconds_count{kind=\"snmp\"} 6\n"), std::string::npos) << text;
  EXPECT_NE(text.find("colo_poller_poll_duration_seconds_count{kind=\"tcp\"} 1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("colo_poller_poll_duration_seconds_count{kind=\"http\"} 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("colo_poller_poll_duration_seconds_bucket{kind=\"snmp\",le=\"+Inf\"} 6\n"), std::string::npos);
  EXPECT_EQ(
      poller.stats().ping_durations.in_bucket[PollDurations::kBuckets].load() +
          [&] {
            std::uint64_t n = 0;
            for (int b = 0; b < PollDurations::kBuckets; ++b) n += poller.stats().ping_durations.in_bucket[b].load();
            return n;
          }(),
      poller.stats().pings.load());
  // The silent device's timeouts (300 ms, no retry) are in the buckets above 250 ms.
  EXPECT_GE(poller.stats().snmp_durations.in_bucket[6].load() + poller.stats().snmp_durations.in_bucket[7].load(), 2u);
  EXPECT_EQ(poller.stats().in_flight.load(), 0);
}

// Late and dropped polls as /metrics counts them: late past the bound, and one dropped slot for
// each whole interval the poll came after its own.
TEST(SlotMiss, CountsLateAndSkippedSlots) {
  struct Case {
    std::int64_t late_ms, interval_ms, late_after_ms;
    bool late;
    std::uint64_t dropped;
  } cases[] = {{0, 60'000, 5000, false, 0},     {5000, 60'000, 5000, false, 0},  {5001, 60'000, 5000, true, 0},
               {59'999, 60'000, 5000, true, 0}, {60'000, 60'000, 5000, true, 1}, {185'000, 60'000, 5000, true, 3},
               {100, 300'000, 0, true, 0},      {400'000, 0, 5000, true, 0}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.late_ms);
    auto m = slot_miss(c.late_ms, c.interval_ms, c.late_after_ms);
    EXPECT_EQ(m.late, c.late);
    EXPECT_EQ(m.dropped, c.dropped);
  }
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
