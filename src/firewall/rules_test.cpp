// The firewall's pure rules: reading ports and addresses, the customer's side inside its own
// networks, the risk table (R5.2.1) and the judgement of rules in force (R5.2.2).
#include "firewall/rules.hpp"

#include <gtest/gtest.h>

namespace colo::firewall {
namespace {

TEST(FirewallPorts, AreReadIntoSortedMergedRangesOrRefused) {
  struct Case {
    const char* text;
    const char* canonical;  // nullptr: refused with `code`
    const char* code;
  };
  const Case cases[] = {
      {"", "any", ""},
      {"any", "any", ""},
      {"443", "443", ""},
      {" 443 , 80 ", "80,443", ""},
      {"8000-8100,8050-8200", "8000-8200", ""},
      {"22,23,24", "22-24", ""},
      {"1-65535", "any", ""},
      {"0", nullptr, "firewall.port.out_of_range"},
      {"65536", nullptr, "firewall.port.out_of_range"},
      {"90-80", nullptr, "firewall.port.out_of_range"},
      {"http", nullptr, "firewall.port.malformed"},
      {"80,", nullptr, "firewall.port.malformed"},
      {"1e3", nullptr, "firewall.port.malformed"},
      {"-5", nullptr, "firewall.port.malformed"},
  };
  for (const auto& c : cases) {
    auto r = parse_ports(c.text);
    if (c.canonical) {
      ASSERT_TRUE(r.ok()) << c.text;
      EXPECT_EQ(format_ports(*r), c.canonical) << c.text;
    } else {
      ASSERT_FALSE(r.ok()) << c.text;
      EXPECT_EQ(r.error().code, c.code) << c.text;
    }
  }
}

TEST(FirewallEndpoints, AreCanonicalOrRefused) {
  EXPECT_EQ(canonical_endpoint("203.0.113.10").value(), "203.0.113.10/32");
  EXPECT_EQ(canonical_endpoint(" 203.0.113.0/24 ").value(), "203.0.113.0/24");
  EXPECT_EQ(canonical_endpoint("2001:DB8::/48").value(), "2001:db8::/48");
  EXPECT_EQ(canonical_endpoint("any").value(), "any");
  EXPECT_EQ(canonical_endpoint("0.0.0.0/0").value(), "0.0.0.0/0");
  for (const char* bad : {"203.0.113.300", "203.0.113.1/24", "10.1", "example.com", "203.0.113.0/33"}) {
    auto r = canonical_endpoint(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, "firewall.address.malformed") << bad;
  }
}

TEST(FirewallLines, NameEveryBadFieldAndRefuseAnyOnTheCustomersSide) {
  auto r = normalise_line({"sideways", "gre", "nowhere", "203.0.113.10", "99999"}, "lines/0");
  ASSERT_FALSE(r.ok());
  std::vector<std::string> fields;
  for (const auto& f : r.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"lines/0/direction", "lines/0/protocol", "lines/0/source", "lines/0/ports"}));

  r = normalise_line({"inbound", "tcp", "198.51.100.7", "any", "443"}, "lines/1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).field, "lines/1/destination");
  EXPECT_EQ(r.error().fields.at(0).code, "firewall.address.own_side_any");

  r = normalise_line({"outbound", "icmp", "203.0.113.10", "any", "80"}, "lines/2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).code, "firewall.port.not_for_icmp");

  auto ok = normalise_line({"outbound", "udp", "203.0.113.10", "0.0.0.0/0", "53"}, "x").take();
  EXPECT_EQ(ok.own_side(), "203.0.113.10/32");
  EXPECT_EQ(ok.remote_side(), "0.0.0.0/0");
}

TEST(FirewallNetworks, TheCustomersSideMustLieInsideItsOwnPrefixesOrAddresses) {
  const std::vector<std::string> networks = {"203.0.113.0/28", "198.51.100.9", "2001:db8:1::/48", "garbage"};
  struct Case {
    const char* endpoint;
    bool inside;
  };
  const Case cases[] = {{"203.0.113.5/32", true},    {"203.0.113.0/28", true},   {"203.0.113.0/27", false},
                        {"203.0.113.16/32", false},  {"198.51.100.9/32", true},  {"198.51.100.8/31", false},
                        {"2001:db8:1::5/128", true}, {"2001:db8:2::/48", false}, {"any", false},
                        {"0.0.0.0/0", false}};
  for (const auto& c : cases) EXPECT_EQ(inside_networks(c.endpoint, networks), c.inside) << c.endpoint;
}

TEST(FirewallRisk, TheTableFlagsAnyAnyManagementPortsAndWideRanges) {
  struct Case {
    LineInput line;
    const char* level;
    std::vector<std::string> flags;
  };
  const std::vector<Case> cases = {
      {{"inbound", "tcp", "198.51.100.0/24", "203.0.113.10", "443"}, "low", {}},
      {{"inbound", "tcp", "any", "203.0.113.10", "443"}, "low", {}},
      {{"inbound", "tcp", "any", "203.0.113.10", "22"}, "high", {"management_port_exposed"}},
      {{"inbound", "tcp", "0.0.0.0/0", "203.0.113.10", "3389"}, "high", {"management_port_exposed"}},
      {{"inbound", "tcp", "::/0", "2001:db8::1", "20-25"}, "high", {"management_port_exposed"}},
      {{"inbound", "udp", "any", "203.0.113.10", "161"}, "high", {"management_port_exposed"}},
      {{"inbound", "udp", "any", "203.0.113.10", "22"}, "low", {}},
      {{"inbound", "tcp", "any", "203.0.113.10", "161"}, "low", {}},
      {{"inbound", "tcp", "198.51.100.7", "203.0.113.10", "22"}, "low", {}},
      {{"inbound", "tcp", "198.51.100.7", "203.0.113.10", "1000-3000"}, "high", {"wide_port_range"}},
      {{"inbound", "tcp", "198.51.100.7", "203.0.113.10", "1000-1999"}, "low", {}},
      {{"inbound", "any", "198.51.100.7", "203.0.113.10", "any"}, "high", {"all_ports"}},
      {{"inbound", "icmp", "any", "203.0.113.10", "any"}, "low", {}},
      {{"inbound", "tcp", "10.0.0.0/8", "203.0.113.10", "443"}, "medium", {"wide_remote_network"}},
      {{"outbound", "tcp", "203.0.113.10", "any", "any"}, "high", {"management_port_exposed", "all_ports"}},
  };
  for (const auto& c : cases) {
    auto line = normalise_line(c.line, "l").take();
    auto risk = assess(line);
    EXPECT_EQ(risk.level, c.level) << match_key(0, line);
    EXPECT_EQ(risk.flags, c.flags) << match_key(0, line);
  }
  // any to any cannot be asked for (the customer's side is never any), but the rule stands for
  // rules that come from elsewhere.
  Line any_any{"inbound", "any", "any", "any", "any"};
  auto risk = assess(any_any);
  EXPECT_EQ(risk.level, "high");
  EXPECT_EQ(risk.flags.front(), "any_any");
  auto all =
      combine({{"low", {}}, {"medium", {"wide_remote_network"}}, {"high", {"all_ports", "wide_remote_network"}}});
  EXPECT_EQ(all.level, "high");
  EXPECT_EQ(all.flags, (std::vector<std::string>{"wide_remote_network", "all_ports"}));
}

TEST(FirewallCompliance, R5_2_2_RulesInForceAreReviewedAndRetiredByTheDayAfterTheirExpiry) {
  const std::string from = "2026-11-01T00:00:00.000Z", to = "2026-12-01T00:00:00.000Z";
  const std::string now = "2026-11-20T00:00:00.000Z";
  std::vector<RuleSpan> rules = {
      {1, "2026-10-01T00:00:00.000Z", std::nullopt, std::nullopt, "sec"},                // in force, no expiry
      {2, "2026-10-01T00:00:00.000Z", "2026-10-20T00:00:00.000Z", std::nullopt, "sec"},  // gone before
      {3, "2026-12-02T00:00:00.000Z", std::nullopt, std::nullopt, "sec"},                // after the period
      {4, "2026-11-02T00:00:00.000Z", std::nullopt, std::string("2026-11-10"), "sec"},   // still in force
      {5, "2026-11-02T00:00:00.000Z", "2026-11-11T00:01:00.000Z", std::string("2026-11-10"), "sec"},  // retired
      {6, "2026-11-02T00:00:00.000Z", std::nullopt, std::string("2026-11-19"), "sec"},                // due today: fine
      {7, "2026-11-02T00:00:00.000Z", std::nullopt, std::nullopt, ""},                                // never reviewed
      // Retired at 07:00 in Shanghai two days after its last day (23:00 UTC the day before): late,
      // though the UTC date is the day after its last.
      {8, "2026-11-02T00:00:00.000Z", "2026-11-11T23:00:00.000Z", std::string("2026-11-10"), "sec"},
  };
  const auto calendar = BusinessCalendar::in_zone("Asia/Shanghai").take();
  auto t = judge_rules(rules, from, to, now, calendar);
  EXPECT_EQ(t.total, 6);
  EXPECT_EQ(t.met, 3);
  EXPECT_EQ(t.failing, (std::vector<std::int64_t>{4, 7, 8}));
}

}  // namespace
}  // namespace colo::firewall
