#include "dcim/library.hpp"

#include <gtest/gtest.h>

namespace colo::dcim {
namespace {

TEST(LibraryTest, ParsesANetBoxDeviceType) {
  auto t = parse_device_type(R"(---
manufacturer: Dell
model: PowerEdge R650
slug: dell-poweredge-r650
part_number: R650
u_height: 1
is_full_depth: true
weight: 21.5
weight_unit: kg
power-ports:
  - name: Power 1
    type: iec-60320-c14
    maximum_draw: 800
    allocated_draw: 350
  - name: Power 2
    type: iec-60320-c14
    maximum_draw: 800
interfaces:
  - name: Gig-E 1
    type: 1000base-t
  - name: NIC 1
    type: 25gbase-x-sfp28
  - name: iDRAC9
    type: 1000base-t
    mgmt_only: true
  - name: Gig-E 1
    type: 1000base-t
)");
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->manufacturer, "Dell");
  EXPECT_EQ(t->model, "PowerEdge R650");
  EXPECT_EQ(t->part_number, "R650");
  EXPECT_EQ(t->height_hu, 2);
  EXPECT_TRUE(t->full_depth);
  EXPECT_EQ(t->max_power_w, 800) << "a redundant device runs from one supply";
  EXPECT_EQ(t->typical_power_w, 350);
  EXPECT_EQ(t->power_ports, 2);
  ASSERT_TRUE(t->weight_kg);
  EXPECT_DOUBLE_EQ(*t->weight_kg, 21.5);
  ASSERT_EQ(t->interfaces.size(), 3u) << "a repeated name is kept once";
  EXPECT_EQ(t->interfaces[1].speed_mbps, 25000);
  EXPECT_TRUE(t->interfaces[2].mgmt_only);
}

TEST(LibraryTest, HeightsWeightsAndDefaults) {
  struct Case {
    const char* yaml;
    int height_hu;
    std::optional<double> weight_kg;
    bool full_depth;
  };
  const Case cases[] = {
      {"manufacturer: A\nmodel: m\nu_height: 0.5\n", 1, std::nullopt, true},
      {"manufacturer: A\nmodel: m\nu_height: 0\nis_full_depth: false\n", 0, std::nullopt, false},
      {"manufacturer: A\nmodel: m\n", 2, std::nullopt, true},
      {"manufacturer: A\nmodel: m\nu_height: 2.0\nweight: 10\nweight_unit: lb\n", 4, 4.54, true},
      {"manufacturer: A\nmodel: m\nweight: 1500\nweight_unit: g\n", 2, 1.5, true},
      {"manufacturer: A\nmodel: m\nweight: 16\nweight_unit: oz\n", 2, 0.45, true},
  };
  for (const auto& c : cases) {
    auto t = parse_device_type(c.yaml);
    ASSERT_TRUE(t.ok()) << c.yaml << t.error().message;
    EXPECT_EQ(t->height_hu, c.height_hu) << c.yaml;
    EXPECT_EQ(t->full_depth, c.full_depth) << c.yaml;
    ASSERT_EQ(t->weight_kg.has_value(), c.weight_kg.has_value()) << c.yaml;
    if (c.weight_kg) {
      EXPECT_NEAR(*t->weight_kg, *c.weight_kg, 0.005) << c.yaml;
    }
  }
}

TEST(LibraryTest, RejectsWhatCannotBeAType) {
  const char* bad[] = {
      "manufacturer: A\n",                            // no model
      "- a\n- b\n",                                   // not a mapping
      "manufacturer: A\nmodel: m\nu_height: 1.25\n",  // not a half unit
      "manufacturer: A\nmodel: m\nu_height: -1\n",    // negative
      "manufacturer: A\nmodel: m\nu_height: abc\n",   // not a number
      "manufacturer: [A]\nmodel: m\n",                // not a scalar
      "manufacturer: A\nmodel: m\nweight: 1\nweight_unit: stone\n",
      "manufacturer: A\nmodel: [unclosed\n",  // YAML syntax
  };
  for (const char* y : bad) {
    auto t = parse_device_type(y);
    EXPECT_FALSE(t.ok()) << y;
    if (!t.ok()) {
      EXPECT_EQ(t.error().code, "dcim.import.invalid");
    }
  }
}

TEST(LibraryTest, InterfaceSpeeds) {
  EXPECT_EQ(interface_speed_mbps("1000base-t"), 1000);
  EXPECT_EQ(interface_speed_mbps("100base-tx"), 100);
  EXPECT_EQ(interface_speed_mbps("2.5gbase-t"), 2500);
  EXPECT_EQ(interface_speed_mbps("10gbase-x-sfpp"), 10000);
  EXPECT_EQ(interface_speed_mbps("400gbase-x-qsfpdd"), 400000);
  EXPECT_EQ(interface_speed_mbps("1.6tbase-x-osfp"), 1600000);
  EXPECT_EQ(interface_speed_mbps("virtual"), std::nullopt);
  EXPECT_EQ(interface_speed_mbps("ieee802.11ac"), std::nullopt);
}

TEST(LibraryTest, HashChangesWithContent) {
  auto a = parse_device_type("manufacturer: A\nmodel: m\nu_height: 1\n").take();
  auto b = a;
  EXPECT_EQ(device_type_hash(a), device_type_hash(b));
  b.interfaces.push_back({"eth0", "1000base-t", false, 1000});
  EXPECT_NE(device_type_hash(a), device_type_hash(b));
  EXPECT_EQ(slugify("Dell PowerEdge R650"), "dell-poweredge-r650");
  EXPECT_EQ(slugify("  --A__b--  "), "a-b");
}

// yaml-cpp would carry invalid bytes and noncharacters into names; such a document is refused
// with the line of the first one.
TEST(LibraryTest, TextThatIsNotValidIsRefusedWithItsLine) {
  struct Case {
    std::string yaml;
    const char* message;
  };
  const Case cases[] = {
      {"manufacturer: Dell\nmodel: R\xFF"
       "650\n",
       "line 2: the text contains invalid UTF-8 (byte 0xFF)"},
      {"manufacturer: Dell\nmodel: R650\ncomments: \xEF\xBF\xBE\n",
       "line 3: the text contains the noncharacter U+FFFE"},
      {"manufacturer: \"Dell\x01\"\nmodel: R650\n", "line 1: the text contains the control character U+0001"},
  };
  for (const auto& c : cases) {
    auto t = parse_device_type(c.yaml);
    ASSERT_FALSE(t.ok()) << c.message;
    EXPECT_EQ(t.error().code, "dcim.import.invalid");
    EXPECT_EQ(t.error().message, c.message);
  }
}

}  // namespace
}  // namespace colo::dcim
