// Patrol inspection rules (R4.2.2) as tables: routes, schedules in the business zone, how far out
// a failed reading is, and what counts as on time.
#include "facility/inspections_rules.hpp"

#include <gtest/gtest.h>

namespace colo::facility {
namespace {

Instant at(const char* s) { return *parse_instant(s); }

const ChecklistItem kTemp{"temp", "回风温度", "reading", "°C", 18, 27};

Checkpoint point(std::string key, std::string qr) {
  return {std::move(key), "A01 机房", "room", 1, std::move(qr), {kTemp}};
}

TEST(PatrolRoute, R4_2_2_ARouteNeedsUniqueCheckpointsAndCodesAndValidItems) {
  EXPECT_TRUE(route_errors({point("a", "QR-A"), point("b", "QR-B")}).empty());
  struct Case {
    std::vector<Checkpoint> route;
    std::string field, code;
  };
  auto bad_unit = point("a", "QR-A");
  bad_unit.items[0].unit = "furlongs";
  auto no_items = point("a", "QR-A");
  no_items.items.clear();
  auto bad_kind = point("a", "QR-A");
  bad_kind.kind = "cloud";
  auto inverted = point("a", "QR-A");
  inverted.items[0].min = 30;
  const Case cases[] = {
      {{}, "checkpoints", "required"},
      {{point("a", "QR-A"), point("a", "QR-B")}, "checkpoints/1/key", "facility.checklist.duplicate_key"},
      {{point("a", "QR-A"), point("b", "QR-A")}, "checkpoints/1/qr", "facility.patrol.qr_duplicate"},
      {{point("a", "")}, "checkpoints/0/qr", "required"},
      {{bad_unit}, "checkpoints/0/items/0/unit", "facility.checklist.unknown_unit"},
      {{no_items}, "checkpoints/0/items", "required"},
      {{bad_kind}, "checkpoints/0/kind", "invalid_choice"},
      {{inverted}, "checkpoints/0/items/0/max", "facility.checklist.range_inverted"},
  };
  for (const auto& c : cases) {
    auto errors = route_errors(c.route);
    ASSERT_FALSE(errors.empty()) << c.field;
    EXPECT_EQ(errors.front().field, c.field);
    EXPECT_EQ(errors.front().code, c.code) << c.field;
  }
}

TEST(PatrolSchedule, R4_2_2_AScheduleWithoutANextDateIsRefused) {
  struct Case {
    std::string kind;
    int every;
    std::string at;
    int weekday, grace;
    std::string field;  // empty: valid
  };
  const Case cases[] = {
      {"every_hours", 2, "", 0, 30, ""},
      {"every_hours", 0, "", 0, 30, "every_hours"},
      {"every_hours", -4, "", 0, 30, "every_hours"},
      {"daily", 0, "08:00", 0, 60, ""},
      {"daily", 0, "24:00", 0, 60, "at_time"},
      {"daily", 0, "8:00", 0, 60, "at_time"},
      {"weekly", 0, "09:30", 1, 0, ""},
      {"weekly", 0, "09:30", 0, 0, "weekday"},
      {"weekly", 0, "09:30", 8, 0, "weekday"},
      {"monthly", 0, "09:30", 1, 0, "kind"},
      {"daily", 0, "08:00", 0, -1, "grace_minutes"},
      {"daily", 0, "08:00", 0, 1441, "grace_minutes"},
  };
  for (const auto& c : cases) {
    auto errors = patrol_schedule_errors(c.kind, c.every, c.at, c.weekday, c.grace);
    if (c.field.empty()) {
      EXPECT_TRUE(errors.empty()) << c.kind << " " << c.at;
    } else {
      ASSERT_EQ(errors.size(), 1u) << c.kind << " " << c.at;
      EXPECT_EQ(errors[0].field, c.field);
      if (c.field != "grace_minutes") {
        EXPECT_EQ(errors[0].code, "facility.patrol.no_next_date");
      }
    }
  }
}

TEST(PatrolSchedule, R4_2_2_RoundsFallDueAtLocalTimesOfTheBusinessZone) {
  auto shanghai = BusinessCalendar::in_zone("Asia/Shanghai").take();
  // Every 2 hours from 2026-11-26 00:00 Shanghai (= 25th 16:00 UTC).
  PatrolSchedule every2{"every_hours", 2, "", 0, *parse_date("2026-11-26"), 30};
  auto times = round_due_times(every2, shanghai, at("2026-11-26T01:00:00Z"), at("2026-11-26T06:00:00Z"));
  ASSERT_EQ(times.size(), 2u);                                      // 06:00Z is the end, not inside
  EXPECT_EQ(format_instant(times[0]), "2026-11-26T02:00:00.000Z");  // 10:00 Shanghai
  EXPECT_EQ(format_instant(times[1]), "2026-11-26T04:00:00.000Z");
  // Nothing before the schedule starts.
  EXPECT_TRUE(round_due_times(every2, shanghai, at("2026-11-20T00:00:00Z"), at("2026-11-25T15:59:59Z")).empty());
  EXPECT_EQ(
      format_instant(round_due_times(every2, shanghai, at("2026-11-01T00:00:00Z"), at("2026-11-26T00:00:00Z"))[0]),
      "2026-11-25T16:00:00.000Z");

  // Daily at 08:00 Shanghai is 00:00 UTC: two days in [25th 12:00Z, 27th 12:00Z).
  PatrolSchedule daily{"daily", 0, "08:00", 0, *parse_date("2026-11-01"), 60};
  times = round_due_times(daily, shanghai, at("2026-11-25T12:00:00Z"), at("2026-11-27T12:00:00Z"));
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(format_instant(times[0]), "2026-11-26T00:00:00.000Z");
  EXPECT_EQ(format_instant(times[1]), "2026-11-27T00:00:00.000Z");
  // The end is exclusive, the start inclusive.
  EXPECT_EQ(round_due_times(daily, shanghai, at("2026-11-26T00:00:00Z"), at("2026-11-27T00:00:00Z")).size(), 1u);

  // Weekly on Monday 09:30 Shanghai: 2026-11-30 is a Monday.
  PatrolSchedule weekly{"weekly", 0, "09:30", 1, *parse_date("2026-11-01"), 0};
  times = round_due_times(weekly, shanghai, at("2026-11-26T00:00:00Z"), at("2026-12-10T00:00:00Z"));
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(format_instant(times[0]), "2026-11-30T01:30:00.000Z");
  EXPECT_EQ(format_instant(times[1]), "2026-12-07T01:30:00.000Z");
}

TEST(PatrolFinding, R4_2_2_TheFurtherOutTheHigherThePriority) {
  struct Case {
    ChecklistItem item;
    Answer answer;
    int severity;
  };
  ChecklistItem low_only{"p", "压力", "reading", "MPa", 4.0, {}};
  ChecklistItem check{"door", "门禁正常", "check", "", {}, {}};
  const Case cases[] = {
      {kTemp, {"temp", {}, 27.5, "°C", ""}, 3},  // 0.5 beyond a width of 9: within a tenth
      {kTemp, {"temp", {}, 30, "°C", ""}, 2},    // 3 beyond: within a half
      {kTemp, {"temp", {}, 40, "°C", ""}, 1},    // 13 beyond
      {kTemp, {"temp", {}, 15, "°C", ""}, 2},    // 3 below
      {low_only, {"p", {}, 3.8, "MPa", ""}, 3},  // 0.2 under a bound of 4
      {low_only, {"p", {}, 1.0, "MPa", ""}, 1}, {check, {"door", false, {}, {}, ""}, 2},
  };
  for (const auto& c : cases) EXPECT_EQ(finding_severity(c.item, c.answer), c.severity) << c.item.key;
}

TEST(PatrolOnTime, R4_2_2_OnTimeMeansSubmittedByTheDeadline) {
  auto deadline = at("2026-11-26T02:30:00Z");
  EXPECT_TRUE(on_time(at("2026-11-26T02:30:00Z"), deadline));
  EXPECT_TRUE(on_time(at("2026-11-26T01:00:00Z"), deadline));
  EXPECT_FALSE(on_time(at("2026-11-26T02:30:01Z"), deadline));
  EXPECT_FALSE(on_time(std::nullopt, deadline));
}

}  // namespace
}  // namespace colo::facility
