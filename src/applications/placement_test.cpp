// The placement search (R3.2.1): table tests over plain racks.
#include "applications/placement.hpp"

#include <gtest/gtest.h>

namespace colo::applications {
namespace {

constexpr std::int64_t kCustomer = 7;
constexpr std::int64_t kOther = 8;

RackCapacity rack(std::int64_t id, std::int64_t site = 1, std::int64_t room = 10) {
  RackCapacity r;
  r.id = id;
  r.name = "R" + std::to_string(id);
  r.site_id = site;
  r.room_id = room;
  r.u_height = 42;
  r.power_a_w = 5000;
  r.power_b_w = 5000;
  r.max_weight_g = 1'000'000;
  return r;
}

// Occupies U`from`..U`to` (inclusive) on the given faces.
void occupy(RackCapacity& r, int from_u, int to_u, bool front = true, bool rear = true) {
  UnitSpan s{from_u * 2, (to_u - from_u + 1) * 2};
  if (front) r.front.push_back(s);
  if (rear) r.rear.push_back(s);
}

PlacementItem item(int units, std::int64_t watts = 400, bool full_depth = true, std::int64_t kg = 20,
                   std::size_t line = 0, int copy = 1) {
  return PlacementItem{line, copy, "server", units * 2, full_depth, watts, kg * 1000};
}

PlacementRequest request(std::vector<PlacementItem> items) {
  PlacementRequest req;
  req.customer_id = kCustomer;
  req.items = std::move(items);
  return req;
}

TEST(Placement, R3_2_1_OneDeviceGoesToTheBottomOfAnEmptyRack) {
  auto p = find_placement(request({item(2)}), {rack(1)});
  ASSERT_TRUE(p.feasible);
  ASSERT_EQ(p.placed.size(), 1u);
  EXPECT_EQ(p.placed[0].rack_id, 1);
  EXPECT_EQ(p.placed[0].bottom_hu, 2);
  EXPECT_EQ(p.placed[0].height_hu, 4);
  EXPECT_EQ(p.placed[0].face, "both");
  EXPECT_EQ(p.placed[0].feed, "A+B");
  EXPECT_EQ(p.placed[0].load_a_w, 400);
  EXPECT_EQ(p.placed[0].load_b_w, 400);
  EXPECT_EQ(p.site_id, 1);
  EXPECT_EQ(p.racks, std::vector<std::int64_t>{1});
}

TEST(Placement, R3_2_1_BestFitTakesTheSmallestGapThatHoldsTheDevice) {
  auto r = rack(1);
  occupy(r, 1, 10);
  occupy(r, 14, 30);  // gap U11-U13 (3U), then U31-U42 (12U)
  auto p = find_placement(request({item(2)}), {r});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.placed[0].bottom_hu, 22);  // U11
}

TEST(Placement, R3_2_1_FullDepthNeedsBothFacesHalfDepthUsesTheFreeFace) {
  auto r = rack(1);
  r.u_height = 4;
  occupy(r, 1, 2, /*front=*/true, /*rear=*/false);  // half-depth device at the front of U1-U2
  occupy(r, 3, 4);                                  // full-depth device U3-U4
  auto full = find_placement(request({item(2)}), {r});
  EXPECT_FALSE(full.feasible);
  ASSERT_EQ(full.unplaced.size(), 1u);
  EXPECT_EQ(full.unplaced[0].code, "applications.placement.no_space");
  EXPECT_NE(full.unplaced[0].message.find("both faces"), std::string::npos);

  auto half = find_placement(request({item(2, 400, /*full_depth=*/false)}), {r});
  ASSERT_TRUE(half.feasible);
  EXPECT_EQ(half.placed[0].face, "rear");
  EXPECT_EQ(half.placed[0].bottom_hu, 2);
}

TEST(Placement, R3_2_1_RedundantDeviceNeedsItsFullDrawOnEachFeedAlone) {
  auto r = rack(1);
  r.power_a_w = 1000;
  r.power_b_w = 1000;
  r.allocated_b_w = 700;  // 300 W left on B
  auto redundant = find_placement(request({item(1, 500)}), {r});
  EXPECT_FALSE(redundant.feasible);
  ASSERT_EQ(redundant.unplaced.size(), 1u);
  EXPECT_EQ(redundant.unplaced[0].code, "applications.placement.no_power");
  EXPECT_NE(redundant.unplaced[0].message.find("feed B"), std::string::npos);

  auto single = request({item(1, 500)});
  single.redundant = false;
  auto p = find_placement(single, {r});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.placed[0].feed, "A");
  EXPECT_EQ(p.placed[0].load_a_w, 500);
  EXPECT_EQ(p.placed[0].load_b_w, 0);
}

TEST(Placement, R3_2_1_PowerIsConsumedAcrossTheDevicesOfOneProposal) {
  auto r = rack(1);
  r.power_a_w = 1000;
  r.power_b_w = 1000;
  auto p = find_placement(request({item(1, 400), item(1, 400), item(1, 400)}), {r});
  EXPECT_FALSE(p.feasible);
  EXPECT_EQ(p.placed.size(), 2u);
  ASSERT_EQ(p.unplaced.size(), 1u);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.no_power");
}

TEST(Placement, R3_2_1_RackWeightLimitHolds) {
  auto r = rack(1);
  r.max_weight_g = 500'000;
  r.weight_g = 480'000;
  auto p = find_placement(request({item(2, 400, true, 30)}), {r});
  EXPECT_FALSE(p.feasible);
  ASSERT_EQ(p.unplaced.size(), 1u);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.too_heavy");
  EXPECT_NE(p.unplaced[0].message.find("30.0 kg"), std::string::npos);
}

TEST(Placement, R3_2_1_OthersReservationsBlockTheApplicantsOwnDoNot) {
  auto r = rack(1);
  r.u_height = 2;
  r.reservations.push_back({2, 4, kOther});
  EXPECT_FALSE(find_placement(request({item(1)}), {r}).feasible);
  r.reservations[0].customer_id = kCustomer;
  auto p = find_placement(request({item(1)}), {r});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.placed[0].bottom_hu, 2);
}

TEST(Placement, R3_2_1_AnotherCustomersDedicatedRackAndInactiveRacksAreNotCandidates) {
  auto dedicated = rack(1);
  dedicated.owner = kOther;
  auto planned = rack(2);
  planned.usable = false;
  auto p = find_placement(request({item(1)}), {dedicated, planned});
  EXPECT_FALSE(p.feasible);
  ASSERT_EQ(p.unplaced.size(), 1u);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.no_racks");
}

TEST(Placement, R3_2_1_PrefersRacksTheCustomerAlreadyUses) {
  auto shared = rack(1);
  auto mine = rack(2);
  mine.used_by_customer = true;
  occupy(mine, 1, 30);  // 12U free
  auto dedicated = rack(3);
  dedicated.owner = kCustomer;
  occupy(dedicated, 1, 40);  // 2U free
  // The empty shared rack would fit best-of-all by space; the customer's racks come first.
  auto p = find_placement(request({item(2, 400, true, 20, 0), item(4, 400, true, 20, 1)}), {shared, mine, dedicated});
  ASSERT_TRUE(p.feasible);
  ASSERT_EQ(p.placed.size(), 2u);
  for (const auto& pl : p.placed) EXPECT_NE(pl.rack_id, 1);
  // A single 2U device: the dedicated rack's 2U gap is the tightest of the customer's racks.
  auto q = find_placement(request({item(2)}), {shared, mine, dedicated});
  ASSERT_TRUE(q.feasible);
  EXPECT_EQ(q.placed[0].rack_id, 3);  // opening rule: the smallest rack that takes everything left
}

TEST(Placement, R3_2_1_UsesAsFewRacksAsPossible) {
  // Ten racks with 8U free each and one with 30U free: six 4U devices fit in the big one alone.
  std::vector<RackCapacity> racks;
  for (int i = 1; i <= 10; ++i) {
    auto r = rack(i);
    occupy(r, 1, 34);
    racks.push_back(r);
  }
  auto big = rack(11);
  occupy(big, 1, 12);
  racks.push_back(big);
  std::vector<PlacementItem> items;
  for (int i = 0; i < 6; ++i) items.push_back(item(4, 300, true, 20, 0, i + 1));
  auto p = find_placement(request(items), racks);
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.racks, std::vector<std::int64_t>{11});
  for (const auto& pl : p.placed) EXPECT_EQ(pl.rack_id, 11);
}

TEST(Placement, R3_2_1_OpensTheSmallestRackThatTakesEverythingLeft) {
  auto roomy = rack(1);  // 42U free
  auto snug = rack(2);
  occupy(snug, 1, 38);  // 4U free: exactly the request
  auto p = find_placement(request({item(2, 300, true, 20, 0, 1), item(2, 300, true, 20, 0, 2)}), {roomy, snug});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.racks, std::vector<std::int64_t>{2});
}

TEST(Placement, R3_2_1_SplitsAcrossRacksWhenOneIsNotEnough) {
  auto a = rack(1);
  occupy(a, 1, 38);  // 4U free
  auto b = rack(2);
  occupy(b, 1, 38);
  auto p = find_placement(request({item(4, 300, true, 20, 0, 1), item(4, 300, true, 20, 0, 2)}), {a, b});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.racks.size(), 2u);
}

TEST(Placement, R3_2_1_PreferredRoomAndSiteRestrictTheSearch) {
  auto in_room = rack(1, 1, 10);
  occupy(in_room, 1, 41);  // 1U free
  auto other_room = rack(2, 1, 11);
  auto req = request({item(2)});
  req.room_id = 10;
  auto p = find_placement(req, {in_room, other_room});
  EXPECT_FALSE(p.feasible);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.no_space");
  EXPECT_NE(p.unplaced[0].message.find("preferred room"), std::string::npos);
  req.room_id.reset();
  req.site_id = 1;
  p = find_placement(req, {in_room, other_room});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.placed[0].rack_id, 2);
  req.site_id = 2;
  p = find_placement(req, {in_room, other_room});
  EXPECT_FALSE(p.feasible);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.no_racks");
}

TEST(Placement, R3_2_1_WithoutPreferenceOneSiteHoldsAllAndTheCustomersSiteComesFirst) {
  auto s1 = rack(1, 1, 10);
  auto s2 = rack(2, 2, 20);
  s2.used_by_customer = true;
  occupy(s2, 1, 30);
  auto p = find_placement(request({item(2), item(2)}), {s1, s2});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.site_id, 2);
  // When the customer's site is full, another site takes the whole request.
  occupy(s2, 31, 42);
  p = find_placement(request({item(2), item(2)}), {s1, s2});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.site_id, 1);
}

TEST(Placement, R3_2_1_WholeRacksAreEmptyRacksAndHoldTheDevices) {
  auto empty1 = rack(1);
  auto empty2 = rack(2);
  auto busy = rack(3);
  occupy(busy, 1, 1);
  auto req = request({item(2), item(2)});
  req.whole_racks = 2;
  auto p = find_placement(req, {busy, empty1, empty2});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.whole_racks, (std::vector<std::int64_t>{1, 2}));
  for (const auto& pl : p.placed) EXPECT_NE(pl.rack_id, 3);
  req.whole_racks = 3;
  p = find_placement(req, {busy, empty1, empty2});
  EXPECT_FALSE(p.feasible);
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_NE(p.problems[0].find("Only 2 empty rack"), std::string::npos);
}

TEST(Placement, R3_2_1_PowerOnlyAllowanceTakesNoUnits) {
  auto r = rack(1);
  r.u_height = 1;
  occupy(r, 1, 1);
  auto p = find_placement(request({PlacementItem{0, 1, "power allowance", 0, true, 2000, 0}}), {r});
  ASSERT_TRUE(p.feasible);
  EXPECT_EQ(p.placed[0].face, "none");
  EXPECT_EQ(p.placed[0].load_a_w, 2000);
}

TEST(Placement, R3_2_1_EveryItemThatDoesNotFitHasAReason) {
  auto r = rack(1);
  r.u_height = 3;
  auto p = find_placement(request({item(2, 100, true, 1, 0), item(2, 100, true, 1, 1), item(1, 100, true, 1, 2)}), {r});
  EXPECT_FALSE(p.feasible);
  EXPECT_EQ(p.placed.size() + p.unplaced.size(), 3u);
  for (const auto& u : p.unplaced) {
    EXPECT_FALSE(u.code.empty());
    EXPECT_FALSE(u.message.empty());
  }
}

TEST(Placement, NoRacksAtAllIsAReasonForEveryItem) {
  auto p = find_placement(request({item(1), item(1)}), {});
  EXPECT_FALSE(p.feasible);
  ASSERT_EQ(p.unplaced.size(), 2u);
  EXPECT_EQ(p.unplaced[0].code, "applications.placement.no_racks");
}

TEST(Placement, ULabels) {
  EXPECT_EQ(u_label(2), "U1");
  EXPECT_EQ(u_label(3), "U1.5");
  EXPECT_EQ(u_label(84), "U42");
}

TEST(Placement, AContractedLineEntersTheLedgerUnderTheRoleItsDescriptionNames) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"应用服务器 2U", "server"},
      {"Dell PowerEdge R650", "server"},
      {"接入交换机 1U", "switch"},
      {"服务器接入交换机", "switch"},
      {"Cisco Nexus 93180YC-FX Switch", "switch"},
      {"核心路由器", "router"},
      {"Juniper MX204 ROUTER", "router"},
      {"下一代防火墙", "firewall"},
      {"分布式存储节点 4U", "storage"},
      {"APC PDU 0U", "pdu"},
      {"", "server"},
  };
  for (const auto& [label, role] : cases) EXPECT_EQ(device_role_for(label), role) << label;
}

}  // namespace
}  // namespace colo::applications
