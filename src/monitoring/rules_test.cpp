// Alert rules: hysteresis (a noisy signal fires once and recovers once), durations and sample
// counts before firing and recovering, idempotent re-evaluation, and the defaults from the ledger.
#include "monitoring/rules.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace colo::monitoring {
namespace {

constexpr std::int64_t kMin = 60'000;
constexpr std::int64_t kT0 = 1'700'000'000'000;

// One value a minute from kT0.
std::vector<tsdb::Point> minutes(const std::vector<double>& values) {
  std::vector<tsdb::Point> out;
  for (std::size_t i = 0; i < values.size(); ++i) out.push_back({kT0 + static_cast<std::int64_t>(i) * kMin, values[i]});
  return out;
}

Rule hot(double fire_at, double recover_at, std::int64_t fire_for, std::int64_t recover_for) {
  Rule r;
  r.key = "test.hot";
  r.metric = "sensor_temperature_celsius";
  r.direction = Direction::above;
  r.fire_at = fire_at;
  r.recover_at = recover_at;
  r.fire_for_ms = fire_for;
  r.recover_for_ms = recover_for;
  return r;
}

struct Case {
  std::string name;
  Rule rule;
  std::vector<double> values;
  // Minute index of each event, + for fired, - for recovered (minute 0 is written +0 / -0 never
  // occurs in these cases).
  std::vector<int> events;
};

// A signal that climbs over 27 °C, wobbles around 27 while hot, and cools down with a wobble at 26.
const std::vector<double> kNoisy = {25,   25,   27.5, 27.2, 27.6, 27.3, 26.8, 27.4, 26.5, 27.1, 26.9,
                                    27.3, 25.9, 25.5, 26.4, 25.8, 25.7, 25.6, 25.5, 26.9, 26.2, 26.95};

TEST(Rules, Table) {
  Rule down = device_down_rule(12, 3);
  Rule cold = hot(18, 19, 2 * kMin, 2 * kMin);
  cold.direction = Direction::below;
  const Case cases[] = {
      {"noisy signal with hysteresis fires once and recovers once", hot(27, 26, 3 * kMin, 3 * kMin), kNoisy, {5, -18}},
      // The same signal with no gap and no durations flaps: what the hysteresis is for.
      {"the same signal without hysteresis flaps", hot(27, 27, 0, 0), kNoisy, {2, -6, 7, -8, 9, -10, 11, -12}},
      {"a recovered value while pending starts the duration over",
       hot(27, 26, 3 * kMin, 0),
       {28, 28, 28, 25.5, 28, 28, 28},
       {}},
      {"pending long enough fires on the sample that completes the duration",
       hot(27, 26, 3 * kMin, 0),
       {28, 28, 28, 25.5, 28, 28, 28, 28},
       {7}},
      {"a value between the thresholds does not restart the wait before firing",
       hot(27, 26, 3 * kMin, 0),
       {28, 26.8, 28, 26.9, 28},
       {4}},
      {"without the gap the same wobble never fires", hot(27, 27, 3 * kMin, 0), {28, 26.8, 28, 26.9, 28}, {}},
      {"between the thresholds the alert keeps firing", hot(27, 26, 0, 0), {28, 26.5, 26.9, 26.1, 26}, {1000, -4}},
      {"device down after three failed checks in a row, up on the first success",
       down,
       {1, 0, 0, 1, 0, 0, 0, 0, 1, 1},
       {6, -8}},
      {"below: too cold for two minutes, recovered two minutes above the margin",
       cold,
       {20, 17.5, 17.9, 17.2, 18.5, 19.2, 19.5, 19.4, 20},
       {3, -7}},
      {"a missing value neither fires nor recovers", hot(27, 26, 0, 0), {26, NAN, 26}, {}},
  };
  for (const auto& c : cases) {
    auto [state, events] = evaluate(c.rule, RuleState{}, minutes(c.values));
    std::vector<int> got;
    for (const auto& e : events) {
      int minute = static_cast<int>((e.t_ms - kT0) / kMin);
      // Minute 0 firing is written 1000 in the table so that its sign is visible.
      int m = minute == 0 ? 1000 : minute;
      got.push_back(e.transition == Transition::fired ? m : -m);
    }
    EXPECT_EQ(got, c.events) << c.name;
  }
}

TEST(Rules, EvaluatingTheSameSamplesAgainChangesNothing) {
  Rule r = hot(27, 26, 3 * kMin, 3 * kMin);
  auto points = minutes(kNoisy);
  auto [state, events] = evaluate(r, RuleState{}, points);
  ASSERT_EQ(events.size(), 2u);
  auto [again, none] = evaluate(r, state, points);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(again.phase, state.phase);
  EXPECT_EQ(again.last_t_ms, state.last_t_ms);
  // Evaluated in two halves, the same events as in one pass.
  std::vector<tsdb::Point> first(points.begin(), points.begin() + 10), second(points.begin() + 10, points.end());
  auto [mid, e1] = evaluate(r, RuleState{}, first);
  auto [end, e2] = evaluate(r, mid, second);
  ASSERT_EQ(e1.size(), 1u);
  ASSERT_EQ(e2.size(), 1u);
  EXPECT_EQ(e1[0].transition, Transition::fired);
  EXPECT_EQ(e2[0].transition, Transition::recovered);
  EXPECT_EQ(end.phase, Phase::ok);
}

TEST(Rules, AnOlderSampleIsIgnored) {
  Rule r = hot(27, 26, 0, 0);
  auto [s, t] = step(r, RuleState{}, {kT0, 25});
  auto [s2, t2] = step(r, s, {kT0 - kMin, 30});
  EXPECT_EQ(t2, Transition::none);
  EXPECT_EQ(s2.phase, Phase::ok);
  EXPECT_EQ(s2.last_t_ms, kT0);
}

TEST(Rules, CheckRejectsARecoveryThresholdPastTheFiringOne) {
  Rule r = hot(27, 28, 0, 0);
  auto errors = check_rule(r);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "recover_at");
  EXPECT_EQ(errors[0].code, "monitoring.rule.recovery_past_threshold");
  r.direction = Direction::below;
  EXPECT_TRUE(check_rule(r).empty());
  r.fire_samples = 0;
  r.recover_for_ms = -1;
  EXPECT_EQ(check_rule(r).size(), 2u);
  EXPECT_TRUE(check_rule(hot(27, 26, kMin, kMin)).empty());
}

TEST(Rules, MatchesNeedsTheMetricAndEveryMatcher) {
  Rule r = device_down_rule(12, 3);
  EXPECT_TRUE(matches(r, "device_up", {{"device_id", "12"}, {"room_id", "4"}}));
  EXPECT_FALSE(matches(r, "device_up", {{"device_id", "13"}}));
  EXPECT_FALSE(matches(r, "device_rtt_seconds", {{"device_id", "12"}}));
}

TEST(Rules, RoomDefaultsFollowTheRoomLimits) {
  auto rules = room_rules(RoomLimits{4, 18, 27, 20, 80});
  ASSERT_EQ(rules.size(), 4u);
  EXPECT_EQ(rules[0].key, "room.4.temperature.high");
  EXPECT_EQ(rules[0].fire_at, 27);
  EXPECT_EQ(rules[0].recover_at, 26);
  EXPECT_EQ(rules[1].key, "room.4.temperature.low");
  EXPECT_EQ(rules[1].direction, Direction::below);
  EXPECT_EQ(rules[1].fire_at, 18);
  EXPECT_EQ(rules[1].recover_at, 19);
  EXPECT_EQ(rules[2].fire_at, 80);
  EXPECT_EQ(rules[3].fire_at, 20);
  for (const auto& r : rules) {
    EXPECT_TRUE(check_rule(r).empty()) << r.key;
    EXPECT_TRUE(matches(r, r.metric, {{"rack_id", "9"}, {"room_id", "4"}})) << r.key;
  }
}

TEST(Rules, FeedPowerWarnsAtEightyAndIsCriticalAtNinetyFivePercent) {
  auto rules = feed_power_rules(9, "A", 10'000);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0].severity, Severity::warning);
  EXPECT_DOUBLE_EQ(rules[0].fire_at, 8'000);
  EXPECT_EQ(rules[1].severity, Severity::critical);
  EXPECT_DOUBLE_EQ(rules[1].fire_at, 9'500);
  EXPECT_TRUE(matches(rules[0], "pdu_power_watts", {{"feed", "A"}, {"rack_id", "9"}}));
  EXPECT_FALSE(matches(rules[0], "pdu_power_watts", {{"feed", "B"}, {"rack_id", "9"}}));
  auto [state, events] = evaluate(rules[1], RuleState{}, minutes({9'000, 9'600, 9'600, 9'600, 9'600, 9'600, 9'600}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].t_ms, kT0 + 6 * kMin);
}

TEST(Rules, UtilisationAboveALevelForAPeriod) {
  auto rules = utilisation_rules(12, 3, 1e9, 0.8, 10 * kMin);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0].metric, "if_in_bits_per_second");
  EXPECT_DOUBLE_EQ(rules[0].fire_at, 8e8);
  EXPECT_DOUBLE_EQ(rules[0].recover_at, 7e8);
  EXPECT_EQ(rules[0].fire_for_ms, 10 * kMin);
  EXPECT_TRUE(check_rule(interface_down_rule(12, 3)).empty());
}

// The thresholds of the ledger's rules come from RuleDefaults ([monitoring] rule_* keys): each
// figure changed reaches the rule it belongs to, and the rules stay evaluable.
TEST(Rules, LedgerRuleThresholdsComeFromTheDefaults) {
  RuleDefaults d;
  d.room_fire_ms = 2 * kMin;
  d.room_recover_ms = 3 * kMin;
  d.temperature_margin_c = 2;
  d.humidity_margin_pct = 10;
  d.power_warning = 0.70;
  d.power_critical = 0.90;
  d.power_recover_gap = 0.10;
  d.power_for_ms = 1 * kMin;
  d.interface_down_samples = 4;
  auto room = room_rules(RoomLimits{4, 18, 27, 20, 80}, d);
  EXPECT_EQ(room[0].recover_at, 25);
  EXPECT_EQ(room[1].recover_at, 20);
  EXPECT_EQ(room[2].recover_at, 70);
  EXPECT_EQ(room[3].recover_at, 30);
  EXPECT_EQ(room[0].fire_for_ms, 2 * kMin);
  EXPECT_EQ(room[3].recover_for_ms, 3 * kMin);
  auto power = feed_power_rules(9, "A", 10'000, d);
  EXPECT_DOUBLE_EQ(power[0].fire_at, 7'000);
  EXPECT_DOUBLE_EQ(power[0].recover_at, 6'000);
  EXPECT_DOUBLE_EQ(power[1].fire_at, 9'000);
  EXPECT_DOUBLE_EQ(power[1].recover_at, 8'000);
  EXPECT_EQ(power[1].fire_for_ms, 1 * kMin);
  EXPECT_EQ(interface_down_rule(12, 3, d.interface_down_samples).fire_samples, 4);
  auto util = utilisation_rules(12, 3, 1e9, 0.95, 5 * kMin, 0.05);
  EXPECT_DOUBLE_EQ(util[1].fire_at, 9.5e8);
  EXPECT_DOUBLE_EQ(util[1].recover_at, 9e8);
  for (const auto& rules : {room, power, util})
    for (const auto& r : rules) EXPECT_TRUE(check_rule(r).empty()) << r.key;
  // The defaults are the documented ones.
  const RuleDefaults std_defaults;
  EXPECT_EQ(room_rules(RoomLimits{4, 18, 27, 20, 80}, std_defaults)[0].recover_at, 26);
  EXPECT_EQ(interface_down_rule(12, 3, std_defaults.interface_down_samples).fire_samples, 2);
  EXPECT_DOUBLE_EQ(std_defaults.utilisation_level, 0.90);
}

TEST(Rules, NamesRoundTrip) {
  for (auto p : {Phase::ok, Phase::pending, Phase::firing, Phase::recovering}) EXPECT_EQ(parse_phase(to_string(p)), p);
  for (auto s : {Severity::info, Severity::warning, Severity::critical}) EXPECT_EQ(parse_severity(to_string(s)), s);
  EXPECT_EQ(parse_direction("sideways"), std::nullopt);
}

}  // namespace
}  // namespace colo::monitoring
