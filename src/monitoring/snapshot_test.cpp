// Reading an agent's answer: interface tables with 64-bit counters and the 32-bit fallback,
// ENTITY-SENSOR-MIB scale and precision, UPS-MIB, profile OIDs, garbage; matching to the ledger.
#include "monitoring/snapshot.hpp"

#include <gtest/gtest.h>

#include "monitoring/collect.hpp"

namespace colo::monitoring {
namespace {

using snmp::Kind;
using snmp::parse_oid;

snmp::Varbind vb(const std::string& oid, Kind kind, std::uint64_t u, std::string text = {}) {
  snmp::Varbind v{parse_oid(oid), {}};
  v.value.kind = kind;
  if (kind == Kind::integer)
    v.value.integer = static_cast<std::int64_t>(u);
  else
    v.value.unsigned_ = u;
  v.value.text = std::move(text);
  return v;
}

TEST(ReadSnapshot, InterfacesPreferHighCapacityCountersAndHighSpeed) {
  std::vector<snmp::Varbind> in = {
      vb("1.3.6.1.2.1.1.2.0", Kind::object_id, 0, "1.3.6.1.4.1.9.1.1"),
      vb("1.3.6.1.2.1.1.3.0", Kind::timeticks, 12345),
      vb("1.3.6.1.2.1.1.5.0", Kind::octets, 0, std::string("sw-01\0\0", 7)),
      vb("1.3.6.1.2.1.2.2.1.2.1", Kind::octets, 0, "GigabitEthernet1/0/1"),
      vb("1.3.6.1.2.1.2.2.1.5.1", Kind::gauge32, 4294967295u),
      vb("1.3.6.1.2.1.2.2.1.8.1", Kind::integer, 1),
      vb("1.3.6.1.2.1.2.2.1.10.1", Kind::counter32, 77),
      vb("1.3.6.1.2.1.31.1.1.1.6.1", Kind::counter64, 1ULL << 40),
      vb("1.3.6.1.2.1.31.1.1.1.15.1", Kind::gauge32, 10000),
      vb("1.3.6.1.2.1.31.1.1.1.1.1", Kind::octets, 0, "Gi1/0/1"),
      // Port 2 has only 32-bit counters.
      vb("1.3.6.1.2.1.2.2.1.10.2", Kind::counter32, 5),
      vb("1.3.6.1.2.1.2.2.1.16.2", Kind::counter32, 6),
      vb("1.3.6.1.2.1.2.2.1.5.2", Kind::gauge32, 100000000),
  };
  auto s = read_snapshot(in, {});
  EXPECT_EQ(s.sys_object_id, "1.3.6.1.4.1.9.1.1");
  EXPECT_EQ(s.sys_name, "sw-01");
  EXPECT_EQ(s.uptime, 12345u);
  ASSERT_EQ(s.interfaces.size(), 2u);
  const auto& a = s.interfaces[0];
  EXPECT_EQ(a.name, "Gi1/0/1");
  EXPECT_EQ(a.descr, "GigabitEthernet1/0/1");
  EXPECT_EQ(a.speed_bps, 10000000000ULL);
  ASSERT_TRUE(a.in_octets);
  EXPECT_EQ(a.in_octets->width, 64);
  EXPECT_EQ(a.in_octets->value, 1ULL << 40);
  EXPECT_EQ(a.oper_status, 1);
  const auto& b = s.interfaces[1];
  ASSERT_TRUE(b.in_octets && b.out_octets);
  EXPECT_EQ(b.in_octets->width, 32);
  EXPECT_EQ(b.out_octets->value, 6u);
  EXPECT_EQ(b.speed_bps, 100000000u);
}

TEST(ReadSnapshot, SensorsApplyScaleAndPrecision) {
  std::vector<snmp::Varbind> in = {
      // Sensor 10: celsius, units, precision 1, 235 -> 23.5 °C.
      vb("1.3.6.1.2.1.99.1.1.1.1.10", Kind::integer, 8),
      vb("1.3.6.1.2.1.99.1.1.1.2.10", Kind::integer, 9),
      vb("1.3.6.1.2.1.99.1.1.1.3.10", Kind::integer, 1),
      vb("1.3.6.1.2.1.99.1.1.1.4.10", Kind::integer, 235),
      // Sensor 11: %RH, milli, precision 0, 45500 -> 45.5 %.
      vb("1.3.6.1.2.1.99.1.1.1.1.11", Kind::integer, 9),
      vb("1.3.6.1.2.1.99.1.1.1.2.11", Kind::integer, 8),
      vb("1.3.6.1.2.1.99.1.1.1.3.11", Kind::integer, 0),
      vb("1.3.6.1.2.1.99.1.1.1.4.11", Kind::integer, 45500),
      // Sensor 12: volts, not polled.
      vb("1.3.6.1.2.1.99.1.1.1.1.12", Kind::integer, 4),
      vb("1.3.6.1.2.1.99.1.1.1.4.12", Kind::integer, 230),
      // Sensor 13: a scale outside the MIB's range is skipped.
      vb("1.3.6.1.2.1.99.1.1.1.1.13", Kind::integer, 8),
      vb("1.3.6.1.2.1.99.1.1.1.2.13", Kind::integer, 99),
      vb("1.3.6.1.2.1.99.1.1.1.4.13", Kind::integer, 20),
  };
  auto s = read_snapshot(in, {});
  ASSERT_EQ(s.sensors.size(), 2u);
  EXPECT_EQ(s.sensors[0].kind, "temperature");
  EXPECT_NEAR(s.sensors[0].value, 23.5, 1e-9);
  EXPECT_EQ(s.sensors[1].kind, "humidity");
  EXPECT_NEAR(s.sensors[1].value, 45.5, 1e-9);
}

TEST(ReadSnapshot, UpsAndProfileReadings) {
  std::vector<OidReading> profile = {{"pdu_power_watts", "outlet", parse_oid("1.3.6.1.4.1.99999.1.2"), 0.1}};
  std::vector<snmp::Varbind> in = {
      vb("1.3.6.1.2.1.33.1.4.1.0", Kind::integer, 5),      vb("1.3.6.1.2.1.33.1.2.3.0", Kind::integer, 12),
      vb("1.3.6.1.2.1.33.1.4.4.1.5.1", Kind::integer, 40), vb("1.3.6.1.2.1.33.1.4.4.1.5.2", Kind::integer, 60),
      vb("1.3.6.1.4.1.99999.1.2.3", Kind::integer, 1234),
  };
  auto s = read_snapshot(in, profile);
  EXPECT_EQ(s.ups_on_battery, true);
  EXPECT_EQ(s.ups_runtime_seconds, 720);
  EXPECT_EQ(s.ups_load_percent, 50);
  ASSERT_EQ(s.profile.size(), 1u);
  EXPECT_EQ(s.profile[0].label_value, "3");
  EXPECT_NEAR(s.profile[0].value, 123.4, 1e-9);
}

TEST(ReadSnapshot, GarbageIsCountedNotBelieved) {
  std::vector<snmp::Varbind> in = {
      vb("1.3.6.1.2.1.1.3.0", Kind::octets, 0, "not ticks"),  // wrong type
      vb("1.3.6.1.2.1.2.2.1.10.1", Kind::octets, 0, "12"),    // counter as a string
      vb("1.3.6.1.4.1.1.2.3", Kind::integer, 7),              // unknown OID
      vb("1.3.6.1.2.1.2.2.1.10", Kind::counter32, 7),         // column without an index
      vb("1.3.6.1.2.1.33.1.4.1.0", Kind::no_such_object, 0),  // not a UPS
  };
  auto s = read_snapshot(in, {});
  EXPECT_FALSE(s.uptime);
  ASSERT_EQ(s.interfaces.size(), 1u);
  EXPECT_FALSE(s.interfaces[0].in_octets);
  EXPECT_FALSE(s.ups_on_battery);
  EXPECT_EQ(s.ignored, 3);
}

TEST(MatchInterfaces, ByNameThenDescrIgnoringCaseAndEachLedgerNameOnce) {
  std::vector<InterfaceSnapshot> found(4);
  found[0].if_index = 1, found[0].name = "Gi1/0/1", found[0].descr = "GigabitEthernet1/0/1";
  found[1].if_index = 2, found[1].name = "x", found[1].descr = "ETH2";
  found[2].if_index = 3, found[2].name = "gi1/0/1";  // the same ledger name again
  found[3].if_index = 4, found[3].name = "Te9/9";
  auto m = match_interfaces(found, {{100, "gi1/0/1"}, {200, "eth2"}});
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].interface_id, 100);
  EXPECT_EQ(m[1].interface_id, 200);
  EXPECT_EQ(m[1].name, "ETH2");
  EXPECT_FALSE(m[2].interface_id);
  EXPECT_FALSE(m[3].interface_id);
  EXPECT_EQ(m[3].name, "Te9/9");
}

TEST(Collector, FirstPollGivesGaugesOnlyThenRatesInBitsWithLabels) {
  Collector c;
  DeviceLabels d{7, 3, 5, 9, {{1, 100}}};
  DeviceSnapshot s;
  s.uptime = 100;
  InterfaceSnapshot i;
  i.if_index = 1;
  i.oper_status = 1;
  i.speed_bps = 1000000000;
  i.in_octets = Counter{1000, 64};
  s.interfaces.push_back(i);
  std::vector<tsdb::Sample> out;
  c.collect(d, s, 0, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].metric, "if_oper_up");
  out.clear();
  s.uptime = 6100;
  s.interfaces[0].in_octets = Counter{1000 + 125000 * 60, 64};
  c.collect(d, s, 60000, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].metric, "if_in_bits_per_second");
  EXPECT_NEAR(out[1].value, 1000000, 1e-6);
  tsdb::Labels want = {{"customer_id", "9"},    {"device_id", "7"}, {"if_index", "1"},
                       {"interface_id", "100"}, {"rack_id", "5"},   {"room_id", "3"}};
  EXPECT_EQ(out[1].labels, want);
  // The agent restarted: no rate, counted.
  out.clear();
  s.uptime = 50;
  s.interfaces[0].in_octets = Counter{10, 64};
  auto counts = c.collect(d, s, 120000, out);
  EXPECT_EQ(counts.resets, 1);
  EXPECT_EQ(out.size(), 1u);
  c.forget(7);
  EXPECT_EQ(c.tracked(), 0u);
}

// Port rates reach the store in whole bits per second, stamped in whole seconds, while the rate
// itself is taken over the readings' milliseconds.
TEST(Collector, StampsWholeSecondsAndWholeBitsPerSecond) {
  Collector c;
  DeviceLabels d{7, std::nullopt, std::nullopt, std::nullopt, {}};
  DeviceSnapshot s;
  InterfaceSnapshot i;
  i.if_index = 1;
  i.in_octets = Counter{0, 64};
  i.in_errors = Counter{0, 32};
  s.interfaces.push_back(i);
  std::vector<tsdb::Sample> out;
  c.collect(d, s, 1'795'651'200'250, out);
  s.interfaces[0].in_octets = Counter{1'000'000, 64};
  s.interfaces[0].in_errors = Counter{1, 32};
  c.collect(d, s, 1'795'651'500'567, out);  // 300.317 s later
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].metric, "if_in_bits_per_second");
  EXPECT_EQ(out[0].t_ms, 1'795'651'500'000);
  EXPECT_EQ(out[0].value, 26639);  // 8,000,000 bits / 300.317 s = 26,638.6
  EXPECT_EQ(out[1].metric, "if_in_errors_per_second");
  EXPECT_DOUBLE_EQ(out[1].value, 1 / 300.317);  // not rounded: a few errors a poll are the signal
}

}  // namespace
}  // namespace colo::monitoring
