#include "ipam/ip.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace colo::ipam {
namespace {

u128 pow2(int n) { return static_cast<u128>(1) << n; }

TEST(IpAddressTest, ParsesAndWritesCanonicalText) {
  struct Case {
    const char* in;
    const char* out;
    Family family;
  };
  const Case cases[] = {
      {"0.0.0.0", "0.0.0.0", Family::v4},
      {"203.0.113.10", "203.0.113.10", Family::v4},
      {"255.255.255.255", "255.255.255.255", Family::v4},
      {"::", "::", Family::v6},
      {"::1", "::1", Family::v6},
      {"1::", "1::", Family::v6},
      {"2001:db8::1", "2001:db8::1", Family::v6},
      {"2001:DB8::A", "2001:db8::a", Family::v6},                              // lower case
      {"2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1", Family::v6},  // leading zeros
      {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", Family::v6},               // first longest run
      {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1", Family::v6},                     // longest run wins
      {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1", Family::v6},            // one zero: no ::
      {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0", Family::v6},
      {"::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7", Family::v6},
      {"fe80::1:2", "fe80::1:2", Family::v6},
      {"::ffff:192.0.2.1", "::ffff:192.0.2.1", Family::v6},  // IPv4-mapped keeps the quad
      {"::ffff:c000:0201", "::ffff:192.0.2.1", Family::v6},
      {"0:0:0:0:0:ffff:102:304", "::ffff:1.2.3.4", Family::v6},
      {"::1.2.3.4", "::102:304", Family::v6},  // deprecated compatible form
      {"::0.0.0.2", "::2", Family::v6},
      {"::c000:201", "::c000:201", Family::v6},
      {"64:ff9b::1.2.3.4", "64:ff9b::102:304", Family::v6},
      {"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", Family::v6},
  };
  for (const auto& c : cases) {
    auto a = Address::parse(c.in);
    ASSERT_TRUE(a) << c.in;
    EXPECT_EQ(a->to_string(), c.out) << c.in;
    EXPECT_EQ(a->family(), c.family) << c.in;
    // The canonical text parses back to the same address.
    EXPECT_EQ(Address::parse(a->to_string()), a) << c.in;
  }
}

TEST(IpAddressTest, RejectsMalformedText) {
  for (const char* in :
       {"",         " 1.2.3.4",     "1.2.3.4 ",     "1.2.3",         "1.2.3.4.5", "256.1.1.1", "01.2.3.4",
        "1.2.3.04", "0x1.2.3.4",    "1.2.3.4/24",   "a.b.c.d",       "1::2::3",   ":::",       "1:2:3:4:5:6:7:8:9",
        "gggg::",   "fe80::1%eth0", "::ffff:1.2.3", "2001:db8::/32", "12345::",   "[::1]"}) {
    EXPECT_FALSE(Address::parse(in)) << in;
  }
  EXPECT_FALSE(Address::parse(std::string(60, '1')));
}

TEST(IpAddressTest, KeysSortLikeAddressesAndMapIpv4) {
  struct Case {
    const char* in;
    const char* key;
  };
  const Case cases[] = {
      {"0.0.0.0", "00000000000000000000ffff00000000"},
      {"1.2.3.4", "00000000000000000000ffff01020304"},
      {"255.255.255.255", "00000000000000000000ffffffffffff"},
      {"::", "00000000000000000000000000000000"},
      {"2001:db8::1", "20010db8000000000000000000000001"},
      {"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffffffffffffffffffffffffffffffff"},
  };
  for (const auto& c : cases) {
    auto a = Address::parse(c.in);
    ASSERT_TRUE(a) << c.in;
    EXPECT_EQ(a->key(), c.key) << c.in;
    EXPECT_EQ(Address::from_key(c.key), a) << c.in;
  }
  // Text order of keys is address order within a family.
  std::vector<std::string> ordered = {"10.0.0.1", "10.0.0.2", "10.0.0.10", "10.0.1.0", "192.168.0.1"};
  for (std::size_t i = 1; i < ordered.size(); ++i)
    EXPECT_LT(Address::parse(ordered[i - 1])->key(), Address::parse(ordered[i])->key());
  // A key inside ::ffff:0:0/96 decodes as IPv4.
  EXPECT_EQ(Address::from_key("00000000000000000000ffffc0000201")->to_string(), "192.0.2.1");
  for (const char* bad : {"", "0000", "0000000000000000000000000000000g", "00000000000000000000FFFF01020304"})
    EXPECT_FALSE(Address::from_key(bad)) << bad;
  EXPECT_TRUE(Address::parse("::ffff:1.2.3.4")->is_v4_mapped());
  EXPECT_FALSE(Address::parse("1.2.3.4")->is_v4_mapped());
  EXPECT_FALSE(Address::parse("::1.2.3.4")->is_v4_mapped());
}

TEST(IpAddressTest, NextAndPreviousStopAtTheEnds) {
  struct Case {
    const char* in;
    const char* next;
    const char* prev;
  };
  const Case cases[] = {
      {"1.2.3.4", "1.2.3.5", "1.2.3.3"},
      {"1.2.3.255", "1.2.4.0", "1.2.3.254"},
      {"0.0.0.0", "0.0.0.1", nullptr},
      {"255.255.255.255", nullptr, "255.255.255.254"},
      {"2001:db8::ffff", "2001:db8::1:0", "2001:db8::fffe"},
      {"::", "::1", nullptr},
      {"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", nullptr, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"},
  };
  for (const auto& c : cases) {
    auto a = *Address::parse(c.in);
    auto n = a.next();
    auto p = a.prev();
    if (c.next) {
      ASSERT_TRUE(n) << c.in;
      EXPECT_EQ(n->to_string(), c.next);
    } else {
      EXPECT_FALSE(n) << c.in;
    }
    if (c.prev) {
      ASSERT_TRUE(p) << c.in;
      EXPECT_EQ(p->to_string(), c.prev);
    } else {
      EXPECT_FALSE(p) << c.in;
    }
  }
  EXPECT_LT(*Address::parse("255.255.255.255"), *Address::parse("::"));  // IPv4 before IPv6
}

TEST(IpPrefixTest, ParsesStrictCidr) {
  struct Case {
    const char* in;
    const char* canonical;
    const char* last;
  };
  const Case cases[] = {
      {"203.0.113.0/24", "203.0.113.0/24", "203.0.113.255"},
      {"10.0.0.0/8", "10.0.0.0/8", "10.255.255.255"},
      {"0.0.0.0/0", "0.0.0.0/0", "255.255.255.255"},
      {"192.0.2.7/32", "192.0.2.7/32", "192.0.2.7"},
      {"192.0.2.6/31", "192.0.2.6/31", "192.0.2.7"},
      {"2001:DB8::/32", "2001:db8::/32", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"},
      {"2001:db8:0:0::/48", "2001:db8::/48", "2001:db8:0:ffff:ffff:ffff:ffff:ffff"},
      {"2001:db8::/64", "2001:db8::/64", "2001:db8::ffff:ffff:ffff:ffff"},
      {"::/0", "::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
      {"2001:db8::1/128", "2001:db8::1/128", "2001:db8::1"},
  };
  for (const auto& c : cases) {
    auto p = Prefix::parse(c.in);
    ASSERT_TRUE(p.ok()) << c.in << ": " << p.error().message;
    EXPECT_EQ(p->to_string(), c.canonical) << c.in;
    EXPECT_EQ(p->last().to_string(), c.last) << c.in;
  }
}

TEST(IpPrefixTest, RejectsMalformedAndHostBits) {
  for (const char* in :
       {"", "203.0.113.0", "203.0.113.0/", "203.0.113.0/33", "203.0.113.0/024", "203.0.113.0/-1", "203.0.113.0/+24",
        "203.0.113.0/24/1", "/24", "203.0.113.0 /24", "2001:db8::/129", "2001:db8::/1280", "x/8"}) {
    auto p = Prefix::parse(in);
    ASSERT_FALSE(p.ok()) << in;
    EXPECT_EQ(p.error().code, "ipam.prefix.malformed") << in;
    EXPECT_EQ(p.error().kind, ErrorKind::invalid);
  }
  struct Case {
    const char* in;
    const char* meant;
  };
  for (const Case& c : {Case{"203.0.113.10/24", "203.0.113.0/24"}, Case{"10.1.0.0/8", "10.0.0.0/8"},
                        Case{"2001:db8::1/64", "2001:db8::/64"}, Case{"192.0.2.1/31", "192.0.2.0/31"}}) {
    auto p = Prefix::parse(c.in);
    ASSERT_FALSE(p.ok()) << c.in;
    EXPECT_EQ(p.error().code, "ipam.prefix.host_bits_set") << c.in;
    EXPECT_NE(p.error().message.find(c.meant), std::string::npos) << p.error().message;
  }
}

TEST(IpPrefixTest, Containment) {
  auto p = [](const char* s) { return *Prefix::parse(s); };
  auto a = [](const char* s) { return *Address::parse(s); };
  EXPECT_TRUE(p("203.0.113.0/24").contains(a("203.0.113.0")));
  EXPECT_TRUE(p("203.0.113.0/24").contains(a("203.0.113.255")));
  EXPECT_FALSE(p("203.0.113.0/24").contains(a("203.0.114.0")));
  EXPECT_FALSE(p("203.0.113.0/24").contains(a("203.0.112.255")));
  EXPECT_FALSE(p("0.0.0.0/0").contains(a("::1")));  // families never mix
  EXPECT_TRUE(p("::/0").contains(a("::1")));
  EXPECT_TRUE(p("2001:db8::/32").contains(a("2001:db8:ffff::1")));
  EXPECT_FALSE(p("2001:db8::/32").contains(a("2001:db9::")));
  EXPECT_TRUE(p("10.0.0.0/8").contains(p("10.1.0.0/16")));
  EXPECT_TRUE(p("10.0.0.0/8").contains(p("10.0.0.0/8")));
  EXPECT_FALSE(p("10.1.0.0/16").contains(p("10.0.0.0/8")));
  EXPECT_FALSE(p("10.0.0.0/8").contains(p("11.0.0.0/16")));
  EXPECT_TRUE(p("10.1.0.0/16").overlaps(p("10.0.0.0/8")));
  EXPECT_FALSE(p("10.1.0.0/16").overlaps(p("10.2.0.0/16")));
  EXPECT_EQ(Prefix::of(a("203.0.113.77"), 26).to_string(), "203.0.113.64/26");
  EXPECT_EQ(Prefix::of(a("2001:db8:1:2:3::"), 48).to_string(), "2001:db8:1::/48");
  // The IPv4-mapped block shares the key space with IPv4.
  EXPECT_TRUE(p("::/0").overlaps_v4_mapped());
  EXPECT_TRUE(p("::/80").overlaps_v4_mapped());
  EXPECT_TRUE(p("::ffff:0:0/96").overlaps_v4_mapped());
  EXPECT_TRUE(p("::ffff:192.0.2.0/120").overlaps_v4_mapped());
  EXPECT_FALSE(p("::/96").overlaps_v4_mapped());
  EXPECT_FALSE(p("2001:db8::/32").overlaps_v4_mapped());
  EXPECT_FALSE(p("0.0.0.0/0").overlaps_v4_mapped());
}

TEST(IpPrefixTest, UsableRangesSkipNetworkBroadcastAndAnycast) {
  struct Case {
    const char* prefix;
    bool pool;
    const char* first;
    const char* last;
    u128 count;
  };
  const Case cases[] = {
      {"203.0.113.0/24", false, "203.0.113.1", "203.0.113.254", 254},
      {"203.0.113.0/24", true, "203.0.113.0", "203.0.113.255", 256},
      {"203.0.113.0/30", false, "203.0.113.1", "203.0.113.2", 2},
      {"203.0.113.0/31", false, "203.0.113.0", "203.0.113.1", 2},  // RFC 3021
      {"203.0.113.9/32", false, "203.0.113.9", "203.0.113.9", 1},
      {"10.0.0.0/16", false, "10.0.0.1", "10.0.255.254", 65534},
      {"0.0.0.0/0", false, "0.0.0.1", "255.255.255.254", pow2(32) - 2},
      {"2001:db8::/64", false, "2001:db8::1", "2001:db8::ffff:ffff:ffff:ffff", pow2(64) - 1},
      {"2001:db8::/64", true, "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", pow2(64)},
      {"2001:db8::/126", false, "2001:db8::1", "2001:db8::3", 3},
      {"2001:db8::/127", false, "2001:db8::", "2001:db8::1", 2},
      {"2001:db8::1/128", false, "2001:db8::1", "2001:db8::1", 1},
      {"2001:db8::/48", false, "2001:db8::1", "2001:db8:0:ffff:ffff:ffff:ffff:ffff", pow2(80) - 1},
      {"::/0", false, "::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ~static_cast<u128>(0)},
      {"::/0", true, "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ~static_cast<u128>(0)},  // saturates
  };
  for (const auto& c : cases) {
    auto p = *Prefix::parse(c.prefix);
    EXPECT_EQ(p.first_usable(c.pool).to_string(), c.first) << c.prefix;
    EXPECT_EQ(p.last_usable(c.pool).to_string(), c.last) << c.prefix;
    EXPECT_TRUE(p.usable_count(c.pool) == c.count) << c.prefix << " " << to_decimal(p.usable_count(c.pool));
  }
}

TEST(IpNumbersTest, DecimalAndDouble) {
  EXPECT_EQ(to_decimal(0), "0");
  EXPECT_EQ(to_decimal(254), "254");
  EXPECT_EQ(to_decimal(pow2(64)), "18446744073709551616");
  EXPECT_EQ(to_decimal(pow2(80) - 1), "1208925819614629174706175");
  EXPECT_EQ(to_decimal(~static_cast<u128>(0)), "340282366920938463463374607431768211455");
  EXPECT_DOUBLE_EQ(to_double(254), 254.0);
  EXPECT_DOUBLE_EQ(to_double(pow2(64)), 18446744073709551616.0);
  EXPECT_NEAR(to_double(pow2(80)) / 1.2089258196146292e24, 1.0, 1e-12);
}

TEST(IpAddressWithMaskTest, ParsesInterfaceAddresses) {
  struct Case {
    const char* in;
    std::optional<int> dflt;
    const char* out;
    const char* subnet;
  };
  const Case cases[] = {
      {"203.0.113.10/24", std::nullopt, "203.0.113.10/24", "203.0.113.0/24"},
      {"203.0.113.10", std::nullopt, "203.0.113.10/32", "203.0.113.10/32"},
      {"203.0.113.10", 24, "203.0.113.10/24", "203.0.113.0/24"},
      {"203.0.113.10", 99, "203.0.113.10/32", "203.0.113.10/32"},  // default out of range
      {"2001:DB8::10/64", std::nullopt, "2001:db8::10/64", "2001:db8::/64"},
      {"2001:db8::10", 48, "2001:db8::10/48", "2001:db8::/48"},
      {"2001:db8::10", std::nullopt, "2001:db8::10/128", "2001:db8::10/128"},
  };
  for (const auto& c : cases) {
    auto r = parse_address_with_mask(c.in, c.dflt);
    ASSERT_TRUE(r.ok()) << c.in;
    EXPECT_EQ(r->to_string(), c.out) << c.in;
    EXPECT_EQ(r->subnet().to_string(), c.subnet) << c.in;
  }
  for (const char* in :
       {"", "203.0.113.10/33", "203.0.113.10/", "203.0.113.10/08", "x/24", "2001:db8::1/129", "203.0.113.0/24/24"}) {
    auto r = parse_address_with_mask(in);
    ASSERT_FALSE(r.ok()) << in;
    EXPECT_EQ(r.error().code, "ipam.address.malformed") << in;
  }
}

TEST(IpFreeSpaceTest, FreeRangesFromSortedUsedValues) {
  struct Case {
    u128 first, last;
    std::vector<u128> used;
    std::size_t max;
    std::vector<std::pair<u128, u128>> want;
  };
  const Case cases[] = {
      {1, 254, {}, 10, {{1, 254}}},
      {1, 254, {1, 2, 3}, 10, {{4, 254}}},
      {1, 254, {5}, 10, {{1, 4}, {6, 254}}},
      {1, 254, {254}, 10, {{1, 253}}},
      {1, 254, {0, 255, 300}, 10, {{1, 254}}},     // outside the range: ignored
      {1, 4, {1, 2, 3, 4}, 10, {}},                // full
      {1, 10, {2, 4, 6, 8}, 2, {{1, 1}, {3, 3}}},  // capped
      {1, 10, {2, 4, 6, 8}, 10, {{1, 1}, {3, 3}, {5, 5}, {7, 7}, {9, 10}}},
      {7, 7, {}, 10, {{7, 7}}},
      {7, 7, {7}, 10, {}},
      {5, 4, {}, 10, {}},  // empty range
  };
  for (const auto& c : cases) {
    auto got = free_ranges(c.first, c.last, c.used, c.max);
    ASSERT_EQ(got.size(), c.want.size()) << to_decimal(c.first) << "-" << to_decimal(c.last);
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_TRUE(got[i].first == c.want[i].first);
      EXPECT_TRUE(got[i].last == c.want[i].second);
    }
  }
  // At the very top of the IPv6 space nothing overflows.
  const u128 top = ~static_cast<u128>(0);
  auto r = free_ranges(top - 2, top, {top - 1}, 10);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_TRUE(r[0].first == top - 2 && r[0].last == top - 2);
  EXPECT_TRUE(r[1].first == top && r[1].last == top);
  EXPECT_TRUE(free_ranges(top - 1, top, {top - 1, top}, 10).empty());
}

TEST(IpFreeSpaceTest, TakeAddressesWalksRangesInOrder) {
  auto net = *Prefix::parse("203.0.113.0/24");
  auto base = net.network().value();
  std::vector<FreeRange> ranges = {{base + 1, base + 2}, {base + 5, base + 5}, {base + 9, base + 254}};
  std::vector<std::string> got;
  for (auto& a : take_addresses(Family::v4, ranges, 5)) got.push_back(a.to_string());
  EXPECT_EQ(got,
            (std::vector<std::string>{"203.0.113.1", "203.0.113.2", "203.0.113.5", "203.0.113.9", "203.0.113.10"}));
  EXPECT_TRUE(take_addresses(Family::v4, ranges, 0).empty());
  EXPECT_EQ(take_addresses(Family::v4, {}, 5).size(), 0u);
  // A range at the top of the space ends without wrapping.
  const u128 top = ~static_cast<u128>(0);
  auto v6 = take_addresses(Family::v6, {{top - 1, top}}, 10);
  ASSERT_EQ(v6.size(), 2u);
  EXPECT_EQ(v6[1].to_string(), "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
}

// The range walk agrees with a brute-force scan on random used sets.
TEST(IpFreeSpaceTest, AgreesWithBruteForce) {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    u128 first = rng() % 50, last = first + rng() % 60;
    std::set<u128> used;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) used.insert(rng() % 120);
    std::vector<u128> sorted(used.begin(), used.end());
    std::size_t limit = 1 + rng() % 20;
    auto got = take_addresses(Family::v4, free_ranges(first, last, sorted, limit), limit);
    std::vector<u128> want;
    for (u128 v = first; v <= last && want.size() < limit; ++v)
      if (!used.count(v)) want.push_back(v);
    ASSERT_EQ(got.size(), want.size()) << round;
    for (std::size_t i = 0; i < want.size(); ++i) EXPECT_TRUE(got[i].value() == want[i]) << round;
  }
}

}  // namespace
}  // namespace colo::ipam
