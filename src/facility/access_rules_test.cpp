// The desk's check-in rule (R4.2.1: only authorised people enter, within their window, into the
// rooms granted), visit codes and masking.
#include "facility/access_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace colo::facility {
namespace {

CheckInFacts allowed() {
  CheckInFacts f;
  f.visit_status = "approved";
  f.person_status = "approved";
  f.person_valid_from = "2026-01-01";
  f.person_valid_to = "2026-12-31";
  f.today = "2026-06-01";
  f.now = "2026-06-01T09:30:00.000Z";
  f.starts_at = "2026-06-01T09:00:00.000Z";
  f.ends_at = "2026-06-01T12:00:00.000Z";
  f.room_id = 7;
  f.visit_rooms = {3, 7};
  return f;
}

TEST(CheckIn, R4_2_1_RefusesEachMissingConditionWithItsReason) {
  struct Case {
    const char* name;
    void (*change)(CheckInFacts&);
    std::optional<std::string> reason;
  };
  const Case cases[] = {
      {"all holds", [](CheckInFacts&) {}, std::nullopt},
      {"window start is inside", [](CheckInFacts& f) { f.now = f.starts_at; }, std::nullopt},
      {"window end is inside", [](CheckInFacts& f) { f.now = f.ends_at; }, std::nullopt},
      {"last valid day", [](CheckInFacts& f) { f.today = f.person_valid_to; }, std::nullopt},
      {"visit only requested", [](CheckInFacts& f) { f.visit_status = "requested"; }, "not_approved"},
      {"visit already in", [](CheckInFacts& f) { f.visit_status = "checked_in"; }, "not_approved"},
      {"person pending", [](CheckInFacts& f) { f.person_status = "pending"; }, "person_not_authorised"},
      {"person rejected", [](CheckInFacts& f) { f.person_status = "rejected"; }, "person_not_authorised"},
      {"person expired", [](CheckInFacts& f) { f.today = "2027-01-01"; }, "person_not_authorised"},
      {"person not yet valid", [](CheckInFacts& f) { f.today = "2025-12-31"; }, "person_not_authorised"},
      {"too early", [](CheckInFacts& f) { f.now = "2026-06-01T08:59:59.999Z"; }, "outside_window"},
      {"too late", [](CheckInFacts& f) { f.now = "2026-06-01T12:00:00.001Z"; }, "outside_window"},
      {"another room", [](CheckInFacts& f) { f.room_id = 4; }, "room_not_granted"},
  };
  for (const auto& c : cases) {
    auto f = allowed();
    c.change(f);
    EXPECT_EQ(check_in_refusal(f), c.reason) << c.name;
  }
}

TEST(VisitCode, CodesHaveTheirShapeAndDoNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    auto code = new_visit_code();
    ASSERT_EQ(code.size(), kCodeLength);
    EXPECT_EQ(normalise_code(code), code);
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), 2000u);
}

TEST(VisitCode, TypedCodesAreNormalisedOrRefused) {
  EXPECT_EQ(normalise_code("abcd-efgh 23"), "ABCDEFGH23");
  EXPECT_EQ(normalise_code("ABCDEFGH2"), std::nullopt);    // too short
  EXPECT_EQ(normalise_code("ABCDEFGH230"), std::nullopt);  // 0 is not in the alphabet
  EXPECT_EQ(normalise_code("ABCDEFGHI3"), std::nullopt);   // nor is I
  EXPECT_EQ(normalise_code(""), std::nullopt);
}

TEST(Mask, KeepsOnlyTheTailOfLongValues) {
  EXPECT_EQ(mask_tail("110101199001011234"), "**************1234");
  EXPECT_EQ(mask_tail("13800138000"), "*******8000");
  EXPECT_EQ(mask_tail("12345678"), "********");
  EXPECT_EQ(mask_tail(""), "");
}

}  // namespace
}  // namespace colo::facility
