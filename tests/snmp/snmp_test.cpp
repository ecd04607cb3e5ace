// The poller against real agents: snmpsim serving a recorded 48-port switch, a UPS, a room sensor,
// a PDU and an agent answering nonsense; snmpd with an SNMPv3 authPriv user; and a UDP port that
// never answers.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// clang-format off
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
// clang-format on

#include <chrono>
#include <cmath>
#include <filesystem>
#include <memory>

#include "monitoring/collect.hpp"
#include "monitoring/snapshot.hpp"
#include "snmp/rig.hpp"

namespace colo::monitoring {
namespace {

namespace rig = colo::testing::snmp;
namespace fs = std::filesystem;

// One snmpsim for the whole binary: starting it indexes the data files.
class Agents : public ::testing::Environment {
 public:
  static rig::SnmpSim* sim;
  void SetUp() override {
    std::string tmp = (fs::temp_directory_path() / ("colo-switch-" + std::to_string(getpid()))).string();
    fs::create_directories(tmp);
    rig::write_switch_record(tmp + "/switch.snmprec", 48, 1250000);
    std::string d = rig::data_dir();
    sim = new rig::SnmpSim({tmp + "/switch.snmprec", d + "/ups.snmprec", d + "/sensor.snmprec", d + "/pdu.snmprec",
                            d + "/garbage.snmprec"});
    fs::remove_all(tmp);
  }
  void TearDown() override {
    delete sim;
    sim = nullptr;
  }
};
rig::SnmpSim* Agents::sim = nullptr;
const auto* const kAgents = ::testing::AddGlobalTestEnvironment(new Agents);

snmp::Target target(const std::string& community) {
  snmp::Target t;
  t.host = "127.0.0.1";
  t.port = Agents::sim->port();
  t.credentials.community = community;
  return t;
}

const std::vector<OidReading> kPduProfile = {
    {"pdu_power_watts", "feed", snmp::parse_oid("1.3.6.1.4.1.318.1.1.26.6.3.1.7"), 10},  // hundredths of kW
    {"pdu_power_watts", "outlet", snmp::parse_oid("1.3.6.1.4.1.318.1.1.26.9.4.3.1.7"), 1},
};

// Sets a value on snmpsim (its writecache variation) the way an agent's counters would move.
void set_value(const std::string& community, const std::string& oid_text, u_char type, std::uint64_t value) {
  netsnmp_session s;
  snmp_sess_init(&s);
  std::string peer = "udp:127.0.0.1:" + std::to_string(Agents::sim->port());
  s.peername = peer.data();
  s.version = SNMP_VERSION_2c;
  std::string c = community;
  s.community = reinterpret_cast<u_char*>(c.data());
  s.community_len = c.size();
  void* sess = snmp_sess_open(&s);
  ASSERT_NE(sess, nullptr);
  auto* pdu = snmp_pdu_create(SNMP_MSG_SET);
  auto o = snmp::parse_oid(oid_text);
  std::vector<oid> name(o.begin(), o.end());
  if (type == ASN_COUNTER64) {
    counter64 v{value >> 32, value & 0xffffffffu};
    snmp_pdu_add_variable(pdu, name.data(), name.size(), type, &v, sizeof v);
  } else {
    long v = static_cast<long>(value);
    snmp_pdu_add_variable(pdu, name.data(), name.size(), type, &v, sizeof v);
  }
  netsnmp_pdu* reply = nullptr;
  int rc = snmp_sess_synch_response(sess, pdu, &reply);
  EXPECT_EQ(rc, STAT_SUCCESS);
  if (reply) {
    EXPECT_EQ(reply->errstat, SNMP_ERR_NOERROR) << oid_text;
    snmp_free_pdu(reply);
  }
  snmp_sess_close(sess);
}

const tsdb::Sample* find(const std::vector<tsdb::Sample>& samples, const std::string& metric, const std::string& label,
                         const std::string& value) {
  for (const auto& s : samples) {
    if (s.metric != metric) continue;
    for (const auto& [k, v] : s.labels)
      if (k == label && v == value) return &s;
  }
  return nullptr;
}

TEST(SnmpPoll, DiscoversThe48PortSwitchAndMatchesItsInterfacesToTheLedger) {
  snmp::Engine engine;
  auto answer = engine.poll({device_request(target("switch"), {})});
  ASSERT_EQ(answer[0].outcome, snmp::Outcome::ok) << answer[0].detail;
  auto snap = read_snapshot(answer[0].varbinds, {});
  EXPECT_EQ(snap.sys_name, "sw-test-01");
  EXPECT_EQ(snap.sys_object_id, "1.3.6.1.4.1.9.1.2494");
  EXPECT_TRUE(snap.uptime);
  ASSERT_EQ(snap.interfaces.size(), 48u);
  EXPECT_EQ(snap.interfaces[0].name, "Te1/0/1");
  EXPECT_EQ(snap.interfaces[0].descr, "TenGigabitEthernet1/0/1");
  EXPECT_EQ(snap.interfaces[0].alias, "uplink 1");
  EXPECT_EQ(snap.interfaces[0].speed_bps, 10000000000ULL);
  EXPECT_EQ(snap.interfaces[11].oper_status, 2);
  EXPECT_EQ(snap.interfaces[5].in_octets->width, 64);
  EXPECT_EQ(snap.interfaces[47].in_octets->width, 32);  // no ifHC counters on the last port
  EXPECT_EQ(snap.ignored, 0);
  // GETBULK: far fewer requests than the 48 × 14 values a walk by GETNEXT would take.
  EXPECT_LT(answer[0].requests, 48);

  auto m = match_interfaces(snap.interfaces, {{501, "Te1/0/1"}, {502, "TenGigabitEthernet1/0/2"}, {503, "Gi9/9"}});
  ASSERT_EQ(m.size(), 48u);
  EXPECT_EQ(m[0].interface_id, 501);
  EXPECT_EQ(m[1].interface_id, 502);
  int unmatched = 0;
  for (const auto& x : m) unmatched += x.interface_id ? 0 : 1;
  EXPECT_EQ(unmatched, 46);
}

TEST(SnmpPoll, RatesAcrossA32BitWrapAndNoRateAcrossAReset) {
  snmp::Engine engine;
  Collector collector;
  DeviceLabels device{1, {}, {}, {}, {}};
  auto poll = [&](std::int64_t t_ms) {
    auto answer = engine.poll({device_request(target("switch"), {})});
    EXPECT_EQ(answer[0].outcome, snmp::Outcome::ok) << answer[0].detail;
    std::vector<tsdb::Sample> out;
    auto counts = collector.collect(device, read_snapshot(answer[0].varbinds, {}), t_ms, out);
    return std::make_pair(out, counts);
  };
  set_value("switch", "1.3.6.1.2.1.1.3.0", ASN_TIMETICKS, 360000);
  set_value("switch", "1.3.6.1.2.1.2.2.1.10.48", ASN_COUNTER, 4294967000u);
  set_value("switch", "1.3.6.1.2.1.31.1.1.1.6.1", ASN_COUNTER64, 1000);
  poll(0);

  // The 32-bit counter wrapped: 296 octets to the top, 500 after it, in 60 s.
  set_value("switch", "1.3.6.1.2.1.1.3.0", ASN_TIMETICKS, 366000);
  set_value("switch", "1.3.6.1.2.1.2.2.1.10.48", ASN_COUNTER, 500);
  set_value("switch", "1.3.6.1.2.1.31.1.1.1.6.1", ASN_COUNTER64, 1000 + 7500000);
  auto [second, counts2] = poll(60000);
  const auto* wrapped = find(second, "if_in_bits_per_second", "if_index", "48");
  ASSERT_NE(wrapped, nullptr);
  // In whole bits per second, as the poller writes rates.
  EXPECT_EQ(wrapped->value, std::round((4294967296.0 - 4294967000.0 + 500) * 8 / 60));
  const auto* port1 = find(second, "if_in_bits_per_second", "if_index", "1");
  ASSERT_NE(port1, nullptr);
  EXPECT_NEAR(port1->value, 1000000, 1e-6);
  EXPECT_EQ(counts2.resets, 0);

  // The agent restarted: sysUpTime went back, so no port has a rate for this interval, even the
  // one whose counter happens to be higher than before.
  set_value("switch", "1.3.6.1.2.1.1.3.0", ASN_TIMETICKS, 500);
  set_value("switch", "1.3.6.1.2.1.31.1.1.1.6.1", ASN_COUNTER64, 90000000);
  auto [third, counts3] = poll(120000);
  EXPECT_EQ(find(third, "if_in_bits_per_second", "if_index", "1"), nullptr);
  EXPECT_EQ(find(third, "if_in_bits_per_second", "if_index", "48"), nullptr);
  EXPECT_GE(counts3.resets, 48);
  EXPECT_NE(find(third, "if_oper_up", "if_index", "1"), nullptr);

  // And the next interval has rates again, from the readings after the restart.
  set_value("switch", "1.3.6.1.2.1.1.3.0", ASN_TIMETICKS, 6500);
  set_value("switch", "1.3.6.1.2.1.31.1.1.1.6.1", ASN_COUNTER64, 90000000 + 750000);
  auto [fourth, counts4] = poll(180000);
  const auto* after = find(fourth, "if_in_bits_per_second", "if_index", "1");
  ASSERT_NE(after, nullptr);
  EXPECT_NEAR(after->value, 100000, 1e-6);
}

TEST(SnmpPoll, UpsSensorAndPduReadings) {
  snmp::Engine engine;
  auto answers = engine.poll({device_request(target("ups"), {}, false), device_request(target("sensor"), {}, false),
                              device_request(target("pdu"), kPduProfile, false)});
  for (const auto& a : answers) ASSERT_EQ(a.outcome, snmp::Outcome::ok) << a.detail;
  Collector c;
  std::vector<tsdb::Sample> out;
  c.collect({10, {}, {}, {}, {}}, read_snapshot(answers[0].varbinds, {}), 0, out);
  c.collect({11, {}, {}, {}, {}}, read_snapshot(answers[1].varbinds, {}), 0, out);
  c.collect({12, {}, {}, {}, {}}, read_snapshot(answers[2].varbinds, kPduProfile), 0, out);
  ASSERT_NE(find(out, "ups_on_battery", "device_id", "10"), nullptr);
  EXPECT_EQ(find(out, "ups_on_battery", "device_id", "10")->value, 1);
  EXPECT_EQ(find(out, "ups_runtime_seconds", "device_id", "10")->value, 17 * 60);
  EXPECT_NEAR(find(out, "ups_load_percent", "device_id", "10")->value, 43, 1e-9);
  const auto* t = find(out, "sensor_temperature_celsius", "sensor", "1");
  ASSERT_NE(t, nullptr);
  EXPECT_GE(t->value, 20.0);  // the recorded sensor swings between 20.0 and 27.0 °C
  EXPECT_LE(t->value, 27.0);
  ASSERT_NE(find(out, "sensor_humidity_percent", "sensor", "2"), nullptr);
  EXPECT_EQ(find(out, "sensor_humidity_percent", "sensor", "2")->value, 48);
  ASSERT_NE(find(out, "pdu_power_watts", "feed", "1"), nullptr);
  EXPECT_EQ(find(out, "pdu_power_watts", "feed", "1")->value, 1230);
  EXPECT_EQ(find(out, "pdu_power_watts", "outlet", "2")->value, 305);
}

TEST(SnmpPoll, AnAgentAnsweringGarbageYieldsNothingBelievedAndNoCrash) {
  snmp::Engine engine;
  auto answer = engine.poll({device_request(target("garbage"), {})});
  ASSERT_EQ(answer[0].outcome, snmp::Outcome::ok) << answer[0].detail;
  auto snap = read_snapshot(answer[0].varbinds, {});
  EXPECT_FALSE(snap.uptime);
  EXPECT_TRUE(snap.sys_object_id.empty());
  EXPECT_TRUE(snap.sensors.empty());
  ASSERT_EQ(snap.interfaces.size(), 1u);
  EXPECT_FALSE(snap.interfaces[0].in_octets);
  EXPECT_FALSE(snap.interfaces[0].out_octets);
  EXPECT_GT(snap.ignored, 0);
  Collector c;
  std::vector<tsdb::Sample> out;
  c.collect({20, {}, {}, {}, {}}, snap, 0, out);
  c.collect({20, {}, {}, {}, {}}, snap, 60000, out);
  EXPECT_TRUE(out.empty());
  // An unknown community is not answered at all by snmpsim: a timeout, not an error for the rest.
  snmp::Target unknown = target("no-such-community");
  unknown.timeout_ms = 300;
  unknown.retries = 0;
  EXPECT_EQ(engine.poll({device_request(unknown, {})})[0].outcome, snmp::Outcome::timeout);
}

TEST(SnmpPoll, ASilentAgentDoesNotDelayTheOthers) {
  // A bound UDP socket that never answers.
  int hole = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(hole, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  socklen_t len = sizeof a;
  getsockname(hole, reinterpret_cast<sockaddr*>(&a), &len);

  snmp::Target silent = target("switch");
  silent.port = ntohs(a.sin_port);
  silent.timeout_ms = 3000;
  silent.retries = 1;
  std::vector<snmp::Request> requests = {device_request(silent, {})};
  for (int i = 0; i < 5; ++i) {
    requests.push_back(device_request(target("switch"), {}));
    requests.push_back(device_request(target("ups"), {}, false));
    requests.push_back(device_request(target("sensor"), {}, false));
  }
  snmp::Engine engine;
  auto answers = engine.poll(requests);
  close(hole);
  ASSERT_EQ(answers[0].outcome, snmp::Outcome::timeout) << answers[0].detail;
  // The silent agent was given two attempts of 3 s; each other agent was done before its first
  // attempt ran out, because they were all in flight together.
  EXPECT_GE(answers[0].elapsed_ms, 2 * silent.timeout_ms);
  for (std::size_t i = 1; i < answers.size(); ++i) {
    EXPECT_EQ(answers[i].outcome, snmp::Outcome::ok) << answers[i].detail;
    EXPECT_LT(answers[i].elapsed_ms, silent.timeout_ms) << i;
  }
}

TEST(SnmpPoll, ManyAgentsInFlightAllAnswered) {
  snmp::EngineOptions o;
  o.max_in_flight = 16;
  snmp::Engine engine(o);
  std::vector<snmp::Request> requests;
  for (int i = 0; i < 60; ++i) requests.push_back(device_request(target(i % 2 ? "pdu" : "sensor"), kPduProfile, false));
  auto answers = engine.poll(requests);
  for (const auto& a : answers) EXPECT_EQ(a.outcome, snmp::Outcome::ok) << a.detail;
}

TEST(SnmpPoll, V3AuthPrivAgainstSnmpd) {
  rig::Snmpd agent("colo-poller", "colo-auth-pass", "colo-priv-pass");
  snmp::Target t;
  t.host = "127.0.0.1";
  t.port = agent.port();
  t.credentials = {snmp::Version::v3, {}, "colo-poller", "colo-auth-pass", "colo-priv-pass"};
  snmp::Engine engine;
  auto answer = engine.poll({device_request(t, {})});
  ASSERT_EQ(answer[0].outcome, snmp::Outcome::ok) << answer[0].detail;
  auto snap = read_snapshot(answer[0].varbinds, {});
  EXPECT_EQ(snap.sys_name, "snmpd-test");
  EXPECT_EQ(snap.sys_object_id, "1.3.6.1.4.1.8072.3.2.10");
  EXPECT_FALSE(snap.interfaces.empty());  // the loopback at least
  // Polled again: the engine id is known, the answer the same.
  EXPECT_EQ(engine.poll({device_request(t, {})})[0].outcome, snmp::Outcome::ok);

  // A silent v3 agent: its engine id discovery (synchronous inside net-snmp) is cut short, and the
  // next poll does not ask it again, so it cannot hold up the others for its whole timeout.
  int hole = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(hole, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  socklen_t len = sizeof a;
  getsockname(hole, reinterpret_cast<sockaddr*>(&a), &len);
  snmp::Target silent = t;
  silent.port = ntohs(a.sin_port);
  silent.timeout_ms = 5000;
  auto started = std::chrono::steady_clock::now();
  auto both = engine.poll({device_request(silent, {}), device_request(t, {})});
  auto took = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(both[0].outcome, snmp::Outcome::timeout);
  EXPECT_EQ(both[1].outcome, snmp::Outcome::ok) << both[1].detail;
  EXPECT_LT(took, std::chrono::milliseconds(silent.timeout_ms));
  started = std::chrono::steady_clock::now();
  EXPECT_EQ(engine.poll({device_request(silent, {})})[0].outcome, snmp::Outcome::timeout);
  EXPECT_LT(std::chrono::steady_clock::now() - started,
            std::chrono::milliseconds(snmp::EngineOptions{}.v3_discovery_timeout_ms));
  close(hole);

  // A wrong privacy passphrase is not answered with data.
  snmp::Target wrong = t;
  wrong.credentials.priv_pass = "not-the-priv-pass";
  wrong.timeout_ms = 500;
  wrong.retries = 0;
  EXPECT_NE(engine.poll({device_request(wrong, {})})[0].outcome, snmp::Outcome::ok);
}

}  // namespace
}  // namespace colo::monitoring
