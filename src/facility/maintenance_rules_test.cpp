// The maintenance rules (R4.1.2, R4.1.3): due dates of schedules in days and months, which dates
// the daily job generates, checklist templates, and readings in the wrong unit or out of the
// physically possible range.
#include "facility/maintenance_rules.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace colo::facility {
namespace {

Date d(std::string_view s) { return *parse_date(s); }

std::vector<std::string> texts(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  for (auto x : dates) out.push_back(format_date(x));
  return out;
}

// Work orders, patrol rounds and rectification orders take photos through the same check.
TEST(MaintenanceRules, APhotoIsAJpegOrPngByItsTypeAndItsBytesWithinTheLimit) {
  const std::string jpeg = "\xFF\xD8\xFF\xE0 jpeg body";
  const std::string png = "\x89PNG\r\n\x1A\n png body";
  EXPECT_TRUE(check_photo("image/jpeg", jpeg, 1024).ok());
  EXPECT_TRUE(check_photo("image/png", png, 1024).ok());
  // A declared type the bytes do not bear out, another type, nothing at all.
  EXPECT_EQ(check_photo("image/png", jpeg, 1024).error().code, "facility.photo.type");
  EXPECT_EQ(check_photo("image/gif", "GIF89a", 1024).error().code, "facility.photo.type");
  EXPECT_EQ(check_photo("image/jpeg", "", 1024).error().code, "facility.photo.type");
  auto big = check_photo("image/jpeg", jpeg + std::string(3 * 1024 * 1024, 'x'), 2 * 1024 * 1024);
  EXPECT_EQ(big.error().code, "facility.photo.too_large");
  EXPECT_EQ(big.error().kind, ErrorKind::unprocessable);
}

TEST(MaintenanceRules, MonthlySchedulesCountFromTheFirstDueDateAndKeepMonthEnds) {
  Schedule monthly{1, "months", d("2026-01-31")};
  struct Case {
    std::int64_t k;
    const char* due;
  } cases[] = {{0, "2026-01-31"}, {1, "2026-02-28"}, {2, "2026-03-31"}, {13, "2027-02-28"}, {25, "2028-02-29"}};
  for (const auto& c : cases) EXPECT_EQ(format_date(nth_due(monthly, c.k)), c.due) << c.k;
  EXPECT_EQ(format_date(next_due_after(monthly, d("2026-02-28"))), "2026-03-31");
  EXPECT_EQ(format_date(next_due_after(monthly, d("2025-06-01"))), "2026-01-31");

  Schedule quarterly{3, "months", d("2026-01-15")};
  EXPECT_EQ(format_date(next_due_after(quarterly, d("2026-01-15"))), "2026-04-15");
  EXPECT_EQ(format_date(next_due_after(quarterly, d("2026-12-31"))), "2027-01-15");
  Schedule fortnightly{14, "days", d("2026-11-02")};
  EXPECT_EQ(format_date(next_due_after(fortnightly, d("2026-11-15"))), "2026-11-16");
  EXPECT_EQ(format_date(next_due_after(fortnightly, d("2026-11-16"))), "2026-11-30");
}

TEST(MaintenanceRules, TheJobGeneratesFromTheLatestDueDateUpToTheHorizonAndNeverTwice) {
  Schedule monthly{1, "months", d("2026-01-10")};
  // A new plan whose first date has passed: the latest due date on or before today is still owed.
  EXPECT_EQ(texts(due_dates(monthly, std::nullopt, d("2026-03-20"), d("2026-05-19"))),
            (std::vector<std::string>{"2026-03-10", "2026-04-10", "2026-05-10"}));
  // Already generated up to May: only what is new in the horizon.
  EXPECT_EQ(texts(due_dates(monthly, d("2026-05-10"), d("2026-03-21"), d("2026-06-20"))),
            (std::vector<std::string>{"2026-06-10"}));
  EXPECT_TRUE(due_dates(monthly, d("2026-06-10"), d("2026-03-22"), d("2026-06-21")).empty());
  // A plan that starts in the future generates nothing until its first date is in the horizon.
  Schedule yearly{12, "months", d("2027-06-01")};
  EXPECT_TRUE(due_dates(yearly, std::nullopt, d("2026-11-26"), d("2026-12-26")).empty());
  EXPECT_EQ(texts(due_dates(yearly, std::nullopt, d("2027-05-20"), d("2027-06-19"))),
            (std::vector<std::string>{"2027-06-01"}));
  // On the due day itself.
  Schedule daily{1, "days", d("2026-11-26")};
  EXPECT_EQ(texts(due_dates(daily, std::nullopt, d("2026-11-26"), d("2026-11-27"))),
            (std::vector<std::string>{"2026-11-26", "2026-11-27"}));
}

TEST(MaintenanceRules, AScheduleWithoutANextDateIsRefused) {
  EXPECT_FALSE(schedule_error(1, "months"));
  EXPECT_FALSE(schedule_error(3660, "days"));
  for (auto [every, unit] : std::vector<std::pair<int, const char*>>{
           {0, "months"}, {-1, "days"}, {121, "months"}, {3661, "days"}, {1, "weeks"}, {1, ""}}) {
    auto e = schedule_error(every, unit);
    ASSERT_TRUE(e) << every << unit;
    EXPECT_EQ(e->code, "facility.plan.no_next_date");
  }
}

std::vector<ChecklistItem> generator_checklist() {
  return {{"started", "机组启动正常", "check", "", {}, {}},
          {"voltage", "输出电压", "reading", "V", 380, 420},
          {"frequency", "输出频率", "reading", "Hz", 49.5, 50.5},
          {"panel", "控制面板照片", "photo", "", {}, {}}};
}

TEST(MaintenanceRules, TemplatesNeedUniqueKeysKnownUnitsAndPossibleRanges) {
  EXPECT_TRUE(template_errors(generator_checklist()).empty());
  struct Case {
    ChecklistItem bad;
    const char* field;
    const char* code;
  } cases[] = {
      {{"started", "dup", "check", "", {}, {}}, "checklist/4/key", "facility.checklist.duplicate_key"},
      {{"x", "x", "reading", "furlongs", {}, {}}, "checklist/4/unit", "facility.checklist.unknown_unit"},
      {{"x", "x", "reading", "%RH", 0, 140}, "checklist/4/max", "facility.reading.impossible"},
      {{"x", "x", "reading", "°C", 30, 20}, "checklist/4/max", "facility.checklist.range_inverted"},
      {{"x", "", "check", "", {}, {}}, "checklist/4/label", "required"},
  };
  for (const auto& c : cases) {
    auto items = generator_checklist();
    items.push_back(c.bad);
    auto errors = template_errors(items);
    ASSERT_EQ(errors.size(), 1u) << c.code;
    EXPECT_EQ(errors[0].field, c.field);
    EXPECT_EQ(errors[0].code, c.code);
  }
  EXPECT_EQ(template_errors({}).at(0).code, "required");
}

TEST(MaintenanceRules, ReadingsInAnotherUnitOrOutsidePhysicsAreRefused) {
  auto items = generator_checklist();
  EXPECT_TRUE(answer_errors(items, {{"started", true, {}, {}, ""}, {"voltage", {}, 400.0, "V", ""}}).empty());
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    Answer answer;
    const char* field;
    const char* code;
  } cases[] = {
      {{"voltage", {}, 0.4, "kV", ""}, "results/0/unit", "facility.reading.wrong_unit"},
      {{"voltage", {}, 400.0, {}, ""}, "results/0/unit", "facility.reading.wrong_unit"},
      {{"voltage", {}, -5.0, "V", ""}, "results/0/value", "facility.reading.impossible"},
      {{"frequency", {}, 5000.0, "Hz", ""}, "results/0/value", "facility.reading.impossible"},
      {{"frequency", {}, nan, "Hz", ""}, "results/0/value", "facility.reading.impossible"},
      {{"voltage", {}, {}, "V", ""}, "results/0/value", "required"},
      {{"started", {}, {}, {}, ""}, "results/0/ok", "required"},
      {{"oil", true, {}, {}, ""}, "results/0/key", "facility.checklist.unknown_item"},
  };
  for (const auto& c : cases) {
    auto errors = answer_errors(items, {c.answer});
    ASSERT_EQ(errors.size(), 1u) << c.code;
    EXPECT_EQ(errors[0].field, c.field);
    EXPECT_EQ(errors[0].code, c.code);
  }
  auto twice = answer_errors(items, {{"started", true, {}, {}, ""}, {"started", false, {}, {}, ""}});
  ASSERT_EQ(twice.size(), 1u);
  EXPECT_EQ(twice[0].code, "facility.checklist.duplicate_key");
}

TEST(MaintenanceRules, FailedItemsAndWhatIsStillMissing) {
  auto items = generator_checklist();
  EXPECT_TRUE(failed(items[0], {"started", false, {}, {}, ""}));
  EXPECT_FALSE(failed(items[0], {"started", true, {}, {}, ""}));
  EXPECT_FALSE(failed(items[1], {"voltage", {}, 380.0, "V", ""}));  // bounds included
  EXPECT_FALSE(failed(items[1], {"voltage", {}, 420.0, "V", ""}));
  EXPECT_TRUE(failed(items[1], {"voltage", {}, 421.0, "V", ""}));
  EXPECT_TRUE(failed(items[2], {"frequency", {}, 49.0, "Hz", ""}));
  EXPECT_EQ(missing_items(items, {{"started", true, {}, {}, ""}}, {}),
            (std::vector<std::string>{"voltage", "frequency", "panel"}));
  EXPECT_TRUE(
      missing_items(items,
                    {{"started", true, {}, {}, ""}, {"voltage", {}, 400.0, "V", ""}, {"frequency", {}, 50.0, "Hz", ""}},
                    {"panel"})
          .empty());
}

}  // namespace
}  // namespace colo::facility
