#include "dcim/rules.hpp"

#include <gtest/gtest.h>

namespace colo::dcim {
namespace {

// A 42U rack with a 2U full-depth server at U10-U11, a 1U half-depth front panel at U20, a 1U
// half-depth rear device at U25, a 0U PDU and a reservation of U30-U31 for customer 7.
const std::vector<Occupant> kOccupants = {
    {1, "srv-01", hu_of_u(10), 4, "front", true},
    {2, "panel-01", hu_of_u(20), 2, "front", false},
    {4, "rear-01", hu_of_u(25), 2, "rear", false},
    {3, "pdu-0u", 0, 0, "front", true},
};
const std::vector<Reserved> kReserved = {{9, 7, hu_of_u(30), 4}};

TEST(PlacementTest, R4_3_2_PlacementRules) {
  struct Case {
    const char* what;
    RackShape rack;
    Placement p;
    const char* code;  // "" = fits
  };
  const RackShape dedicated{42, "active", 7};
  const Case cases[] = {
      {"free units", {}, {hu_of_u(1), 2}, ""},
      {"top unit exactly", {}, {hu_of_u(42), 2}, ""},
      {"one unit beyond the top", {}, {hu_of_u(42), 4}, "dcim.placement.beyond_rack"},
      {"starting above the top", {}, {hu_of_u(43), 2}, "dcim.placement.beyond_rack"},
      {"below U1", {}, {hu_of_u(0.5), 2}, "dcim.placement.below_rack"},
      {"at zero", {}, {0, 2}, "dcim.placement.below_rack"},
      {"overlaps the server's upper unit", {}, {hu_of_u(11), 2}, "dcim.placement.overlap"},
      {"overlaps the server's upper half unit", {}, {hu_of_u(11.5), 2}, "dcim.placement.overlap"},
      {"touches the server from above", {}, {hu_of_u(12), 2}, ""},
      {"touches the server from below", {}, {hu_of_u(8), 4}, ""},
      {"spans the whole server", {}, {hu_of_u(9), 8}, "dcim.placement.overlap"},
      {"rear half-depth behind the full-depth server", {}, {hu_of_u(10), 2, "rear", false}, "dcim.placement.overlap"},
      {"rear half-depth behind the half-depth panel", {}, {hu_of_u(20), 2, "rear", false}, ""},
      {"rear full-depth behind the half-depth panel", {}, {hu_of_u(20), 2, "rear", true}, "dcim.placement.overlap"},
      {"front half-depth on the panel", {}, {hu_of_u(20), 2, "front", false}, "dcim.placement.overlap"},
      {"front half-depth before the rear device", {}, {hu_of_u(25), 2, "front", false}, ""},
      {"front full-depth before the rear device", {}, {hu_of_u(25), 2, "front", true}, "dcim.placement.overlap"},
      {"half-unit device in the gap", {}, {hu_of_u(12), 1}, ""},
      {"0U needs no units", {}, {0, 0}, ""},
      {"0U at any position is still nothing", {}, {hu_of_u(10), 0}, ""},
      {"reserved for someone else", {}, {hu_of_u(31), 2, "front", true, 8}, "dcim.placement.reserved"},
      {"reserved for the same customer", {}, {hu_of_u(31), 2, "front", true, 7}, ""},
      {"reserved, operator's device", {}, {hu_of_u(30), 2}, "dcim.placement.reserved"},
      {"next to the reservation", {}, {hu_of_u(32), 2, "front", true, 8}, ""},
      {"decommissioned rack", {42, "decommissioned"}, {hu_of_u(1), 2}, "dcim.placement.rack_unusable"},
      {"decommissioned rack takes no 0U either", {42, "decommissioned"}, {0, 0}, "dcim.placement.rack_unusable"},
      {"planned rack takes devices", {42, "planned"}, {hu_of_u(1), 2}, ""},
      {"small rack", {10, "active"}, {hu_of_u(10), 4}, "dcim.placement.beyond_rack"},
      {"moving the server up by one unit", {}, {hu_of_u(11), 4, "front", true, std::nullopt, 1}, ""},
      {"dedicated rack, its customer", dedicated, {hu_of_u(1), 2, "front", true, 7}, ""},
      {"dedicated rack, another customer",
       dedicated,
       {hu_of_u(1), 2, "front", true, 8},
       "dcim.placement.dedicated_rack"},
      {"dedicated rack, another customer's 0U", dedicated, {0, 0, "front", true, 8}, "dcim.placement.dedicated_rack"},
      {"dedicated rack, the operator's own device", dedicated, {hu_of_u(1), 2}, ""},
  };
  for (const auto& c : cases) {
    auto st = check_placement(c.rack, kOccupants, kReserved, c.p);
    if (std::string(c.code).empty()) {
      EXPECT_TRUE(st.ok()) << c.what << ": " << (st.ok() ? "" : st.error().message);
    } else {
      ASSERT_FALSE(st.ok()) << c.what;
      EXPECT_EQ(st.error().code, c.code) << c.what;
      // Units already taken or reserved are a conflict with the rack's state (409), the rest 422.
      const std::string code = c.code;
      const bool taken = code == "dcim.placement.overlap" || code == "dcim.placement.reserved";
      EXPECT_EQ(st.error().kind, taken ? ErrorKind::conflict : ErrorKind::unprocessable) << c.what;
    }
  }
}

TEST(PlacementTest, OverlapNamesTheBlockingDevice) {
  auto st = check_placement({}, kOccupants, kReserved, {hu_of_u(10), 2});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("srv-01"), std::string::npos);
  EXPECT_NE(st.error().message.find("U10–U11"), std::string::npos) << st.error().message;
  auto half = check_placement({}, {{5, "tiny", hu_of_u(12.5), 1, "front", true}}, {}, {hu_of_u(12), 2});
  ASSERT_FALSE(half.ok());
  EXPECT_NE(half.error().message.find("U12.5 "), std::string::npos) << half.error().message;
}

TEST(PlacementTest, UnitText) {
  EXPECT_EQ(u_text(hu_of_u(1)), "U1");
  EXPECT_EQ(u_text(hu_of_u(12.5)), "U12.5");
  EXPECT_EQ(hu_of_u(42), 84);
}

TEST(PowerTest, R4_1_2_RedundantLoadsMustFitOnEitherFeedAlone) {
  struct Case {
    const char* what;
    PowerState rack;
    std::int64_t draw;
    bool redundant;
    char feed;
    bool fits;
  };
  const Case cases[] = {
      {"redundant fits both", {5000, 5000, 4000, 4000}, 1000, true, 'A', true},
      {"redundant exactly at capacity", {5000, 5000, 4000, 4000}, 1000, true, 'B', true},
      {"redundant exceeds B only", {5000, 4500, 4000, 4000}, 1000, true, 'A', false},
      {"redundant exceeds A only", {4500, 5000, 4000, 4000}, 1000, true, 'B', false},
      {"single-corded on A fits although B is full", {5000, 4000, 4000, 4000}, 1000, false, 'A', true},
      {"single-corded on B does not fit", {5000, 4000, 0, 3500}, 1000, false, 'B', false},
      {"single-corded on A, no B feed at all", {5000, 0, 0, 0}, 1000, false, 'A', true},
      {"redundant with no B feed", {5000, 0, 0, 0}, 1000, true, 'A', false},
      {"no capacity at all", {0, 0, 0, 0}, 1, true, 'A', false},
      {"zero draw always fits", {0, 0, 0, 0}, 0, true, 'A', true},
      {"already over, more is refused", {1000, 1000, 1200, 1200}, 1, true, 'A', false},
  };
  for (const auto& c : cases) {
    auto st = check_power(c.rack, feed_load(c.draw, c.redundant, c.feed));
    EXPECT_EQ(st.ok(), c.fits) << c.what;
    if (!st.ok()) {
      EXPECT_EQ(st.error().code, "dcim.power.over_capacity") << c.what;
      EXPECT_EQ(st.error().kind, ErrorKind::unprocessable) << c.what;
    }
  }
}

TEST(PowerTest, FeedLoadCountsRedundantDrawOnBothSides) {
  EXPECT_EQ(feed_load(800, true, 'A').a_w, 800);
  EXPECT_EQ(feed_load(800, true, 'A').b_w, 800);
  EXPECT_EQ(feed_load(800, false, 'A').b_w, 0);
  EXPECT_EQ(feed_load(800, false, 'B').a_w, 0);
  EXPECT_EQ(feed_load(800, false, 'B').b_w, 800);
}

TEST(PowerTest, AmperageForAFeedOfTheWantedCapacity) {
  struct Case {
    std::int64_t watts;
    int voltage;
    const char* phase;
    int pct;
    int amps;
  };
  const Case cases[] = {
      {5888, 230, "single", 80, 32},  // exactly 230 x 32 x 0.8
      {5889, 230, "single", 80, 33},  // one watt more needs one amp more
      {8000, 230, "single", 80, 44},  // 8000 / 184 = 43.5
      {17736, 400, "three", 80, 32},  // 400 x 32 x sqrt 3 x 0.8 = 17736.2
      {0, 230, "single", 80, 1},      // never below one amp
      {24000, 230, "single", 100, 105},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(amperage_for(c.watts, c.voltage, c.phase, c.pct), c.amps) << c.watts;
    EXPECT_GE(feed_capacity_w(c.voltage, c.amps, c.phase, c.pct) + 1, c.watts) << c.watts;
  }
}

TEST(PowerTest, FeedCapacityFromVoltsAmpsPhaseAndLimit) {
  EXPECT_EQ(feed_capacity_w(230, 32, "single", 80), 5888);  // 230 x 32 x 0.8
  EXPECT_EQ(feed_capacity_w(230, 16, "single", 100), 3680);
  EXPECT_EQ(feed_capacity_w(400, 32, "three", 80), 17736);  // 400 x 32 x sqrt 3 x 0.8 = 17736.2
  EXPECT_EQ(feed_capacity_w(220, 1, "single", 1), 2);
}

TEST(WeightTest, RackWeightLimit) {
  EXPECT_TRUE(check_weight(1000, 900, 100).ok());
  EXPECT_TRUE(check_weight(1000, 1200, 0).ok()) << "a device of unknown weight adds nothing";
  auto st = check_weight(1000, 950, 60.5);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "dcim.placement.overweight");
  EXPECT_NE(st.error().message.find("1010.5 kg"), std::string::npos) << st.error().message;
}

}  // namespace
}  // namespace colo::dcim
