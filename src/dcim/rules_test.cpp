#include "dcim/rules.hpp"

#include <gtest/gtest.h>

namespace colo::dcim {
namespace {

// A 42U rack with a 2U full-depth server at U10-U11, a 1U half-depth front panel at U20 and a
// reservation of U30-U31 for customer 7.
const std::vector<Occupant> kOccupants = {
    {1, "srv-01", hu_of_u(10), 4, "front", true},
    {2, "panel-01", hu_of_u(20), 2, "front", false},
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
  const Case cases[] = {
      {"free units", {}, {hu_of_u(1), 2}, ""},
      {"top unit exactly", {}, {hu_of_u(42), 2}, ""},
      {"one unit beyond the top", {}, {hu_of_u(42), 4}, "dcim.placement.beyond_rack"},
      {"below U1", {}, {hu_of_u(0.5), 2}, "dcim.placement.below_rack"},
      {"overlaps the server's upper unit", {}, {hu_of_u(11), 2}, "dcim.placement.overlap"},
      {"touches the server from above", {}, {hu_of_u(12), 2}, ""},
      {"touches the server from below", {}, {hu_of_u(8), 4}, ""},
      {"rear half-depth behind the full-depth server", {}, {hu_of_u(10), 2, "rear", false}, "dcim.placement.overlap"},
      {"rear half-depth behind the half-depth panel", {}, {hu_of_u(20), 2, "rear", false}, ""},
      {"rear full-depth behind the half-depth panel", {}, {hu_of_u(20), 2, "rear", true}, "dcim.placement.overlap"},
      {"front half-depth on the panel", {}, {hu_of_u(20), 2, "front", false}, "dcim.placement.overlap"},
      {"half-unit device in the gap", {}, {hu_of_u(12), 1}, ""},
      {"0U needs no units", {}, {0, 0}, ""},
      {"reserved for someone else", {}, {hu_of_u(31), 2, "front", true, 8}, "dcim.placement.reserved"},
      {"reserved for the same customer", {}, {hu_of_u(31), 2, "front", true, 7}, ""},
      {"reserved, no owner", {}, {hu_of_u(30), 2}, "dcim.placement.reserved"},
      {"decommissioned rack", {42, "decommissioned"}, {hu_of_u(1), 2}, "dcim.placement.rack_unusable"},
      {"small rack", {10, "active"}, {hu_of_u(10), 4}, "dcim.placement.beyond_rack"},
      {"moving the server up by one unit", {}, {hu_of_u(11), 4, "front", true, std::nullopt, 1}, ""},
  };
  for (const auto& c : cases) {
    auto st = check_placement(c.rack, kOccupants, kReserved, c.p);
    if (std::string(c.code).empty()) {
      EXPECT_TRUE(st.ok()) << c.what << ": " << (st.ok() ? "" : st.error().message);
    } else {
      ASSERT_FALSE(st.ok()) << c.what;
      EXPECT_EQ(st.error().code, c.code) << c.what;
      EXPECT_EQ(st.error().kind, ErrorKind::unprocessable) << c.what;
    }
  }
}

TEST(PlacementTest, OverlapNamesTheBlockingDevice) {
  auto st = check_placement({}, kOccupants, kReserved, {hu_of_u(10), 2});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("srv-01"), std::string::npos);
  EXPECT_NE(st.error().message.find("U10–U11"), std::string::npos) << st.error().message;
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
      {"redundant exceeds B only", {5000, 4500, 4000, 4000}, 1000, true, 'A', false},
      {"single-corded on A fits although B is full", {5000, 4000, 4000, 4000}, 1000, false, 'A', true},
      {"single-corded on B does not fit", {5000, 4000, 0, 3500}, 1000, false, 'B', false},
      {"no capacity at all", {0, 0, 0, 0}, 1, true, 'A', false},
      {"zero draw always fits", {0, 0, 0, 0}, 0, true, 'A', true},
  };
  for (const auto& c : cases) {
    auto st = check_power(c.rack, feed_load(c.draw, c.redundant, c.feed));
    EXPECT_EQ(st.ok(), c.fits) << c.what;
    if (!st.ok()) EXPECT_EQ(st.error().code, "dcim.power.over_capacity");
  }
}

}  // namespace
}  // namespace colo::dcim
