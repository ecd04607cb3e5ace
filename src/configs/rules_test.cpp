// Device configuration backups' pure rules (R4.3.3): vendor command sets with the pager off,
// what of a CLI's answer is the configuration, volatile lines ignored when comparing, secrets
// masked per vendor, and the line diff between versions.
#include "configs/rules.hpp"

#include <gtest/gtest.h>

#include "configs/diff.hpp"

namespace colo::configs {
namespace {

TEST(ConfigRules, R4_3_3_EachVendorTurnsThePagerOffThenPrintsTheRunningConfiguration) {
  struct Case {
    const char* vendor;
    std::vector<std::string> commands;
  } cases[] = {
      {"cisco_ios", {"terminal length 0", "show running-config", "exit"}},
      {"cisco_nxos", {"terminal length 0", "show running-config", "exit"}},
      {"huawei_vrp", {"screen-length 0 temporary", "display current-configuration", "quit"}},
      {"h3c_comware", {"screen-length disable", "display current-configuration", "quit"}},
      {"juniper_junos", {"show configuration | display set | no-more", "exit"}},
  };
  for (const auto& c : cases) EXPECT_EQ(commands_for(c.vendor), c.commands) << c.vendor;
  EXPECT_TRUE(commands_for("mikrotik").empty());
  for (const auto& v : kVendors) EXPECT_FALSE(commands_for(v).empty()) << v;
}

TEST(ConfigRules, TheVendorFollowsTheManufacturer) {
  struct Case {
    const char* manufacturer;
    const char* model;
    std::optional<std::string> vendor;
  } cases[] = {
      {"Cisco", "Catalyst 9300", "cisco_ios"},
      {"Cisco Systems", "Nexus 93180YC", "cisco_nxos"},
      {"cisco", "N9K-C93180YC-EX", "cisco_nxos"},
      {"Huawei", "CE6881", "huawei_vrp"},
      {"华为", "S5735", "huawei_vrp"},
      {"New H3C", "S6850", "h3c_comware"},
      {"Juniper Networks", "MX204", "juniper_junos"},
      {"Dell", "PowerEdge R640", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(vendor_from_manufacturer(c.manufacturer, c.model), c.vendor) << c.manufacturer;
}

TEST(ConfigRules, TheConfigurationIsTheAnswerWithoutEchoesPromptsAndBanners) {
  const std::string cisco =
      "Router#terminal length 0\r\nRouter#show running-config\r\nBuilding configuration...\r\n\r\n"
      "Current configuration : 1234 bytes\r\n!\r\nhostname Router\r\n!\r\nend\r\n\r\nRouter#exit\r\n";
  EXPECT_EQ(extract_config(cisco, "cisco_ios"), "!\nhostname Router\n!\nend\n");
  const std::string huawei =
      "<HUAWEI>screen-length 0 temporary\nInfo: The configuration takes effect on the current user terminal "
      "interface only.\n<HUAWEI>display current-configuration\n#\nsysname HUAWEI\n#\nreturn\n<HUAWEI>quit\n";
  EXPECT_EQ(extract_config(huawei, "huawei_vrp"),
            "Info: The configuration takes effect on the current user terminal interface only.\n#\nsysname "
            "HUAWEI\n#\nreturn\n");
  const std::string junos =
      "admin@mx> show configuration | display set | no-more\nset system host-name mx\n\n{master:0}\nadmin@mx> "
      "exit\n";
  EXPECT_EQ(extract_config(junos, "juniper_junos"), "set system host-name mx\n");
  // Canned answers without echoes (no terminal) are kept whole.
  EXPECT_EQ(extract_config("hostname A\nend\n", "cisco_ios"), "hostname A\nend\n");
}

TEST(ConfigRules, R4_3_3_VolatileLinesAreIgnoredWhenComparingVersions) {
  const std::string a =
      "!\n! Last configuration change at 10:01:02 UTC Thu Nov 26 2026 by admin\n! NVRAM config last updated at "
      "09:00:00 UTC Wed Nov 25 2026\nntp clock-period 36028822\nhostname R1\n";
  const std::string b =
      "!\n! Last configuration change at 11:11:11 UTC Thu Nov 26 2026 by ops\n! NVRAM config last updated at "
      "10:00:00 UTC Thu Nov 26 2026\nntp clock-period 36028799\nhostname R1   \r\n";
  EXPECT_EQ(normalise(a), normalise(b));
  EXPECT_EQ(normalise(a), "!\nhostname R1\n");
  EXPECT_NE(normalise(a), normalise("!\nhostname R2\n"));
  EXPECT_EQ(normalise("## Last changed: 2026-11-26 10:00:00 CST\nset system host-name mx\n"),
            "set system host-name mx\n");
  EXPECT_EQ(normalise("!Time: Thu Nov 26 10:00:00 2026\n!Command: show running-config\n"),
            "!Command: show running-config\n");
  EXPECT_EQ(normalise("#\n!Last configuration was updated at 2026-11-26 10:00:00+08:00\nsysname S\n"),
            "#\nsysname S\n");
}

TEST(ConfigRules, R4_3_3_SecretsAreMaskedForEachVendor) {
  struct Case {
    const char* line;
    const char* masked;
  } cases[] = {
      {"enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "enable secret 5 ******"},
      {"username admin privilege 15 password 7 0822455D0A16", "username admin privilege 15 password 7 ******"},
      {"username ops secret 9 $9$nhEmQVczB7dQCO$3bR", "username ops secret 9 ******"},
      {"snmp-server community S3cr3t RO", "snmp-server community ****** RO"},
      {"tacacs-server key 7 045802150C2E", "tacacs-server key 7 ******"},
      {" key-string 7 110A1016141D", " key-string 7 ******"},
      {"key chain OSPF", "key chain OSPF"},
      {"service password-encryption", "service password-encryption"},
      {" local-user admin password irreversible-cipher $1a$abc$def",
       " local-user admin password "
       "irreversible-cipher ******"},
      {"snmp-agent community read cipher %^%#abc%^%#", "snmp-agent community read cipher ******"},
      {" pre-shared-key cipher %^%#xyz%^%#", " pre-shared-key cipher ******"},
      {" password hash $h$6$Zx", " password hash ******"},
      {"set system root-authentication encrypted-password \"$6$abc$def\"",
       "set system root-authentication encrypted-password \"******\""},
      {"set protocols ospf area 0 interface ge-0/0/0 authentication md5 1 key \"$9$Hk5FCtOIhrp0\"",
       "set protocols ospf area 0 interface ge-0/0/0 authentication md5 1 key \"******\""},
      {"    encrypted-password \"$6$abc\"; ## SECRET-DATA", "    encrypted-password \"******\"; ## SECRET-DATA"},
      {"    authentication-key \"$9$xyz\";", "    authentication-key \"******\";"},
      {"interface GigabitEthernet0/1", "interface GigabitEthernet0/1"},
  };
  for (const auto& c : cases) EXPECT_EQ(mask_secrets(c.line), std::string(c.masked) + "\n") << c.line;
  // Lines stay where they are, so that masked versions diff as the clear ones do.
  const std::string config = "hostname R\nenable secret 5 X\n!\nend\n";
  EXPECT_EQ(split_lines(mask_secrets(config)).size(), split_lines(config).size());
}

std::string lines(std::initializer_list<const char*> ls) {
  std::string out;
  for (auto l : ls) out += std::string(l) + "\n";
  return out;
}

TEST(ConfigDiff, R4_3_3_TheDiffIsTheShortestEditAsDiffUWritesIt) {
  const auto a = lines({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"});
  const auto b = lines({"a", "b", "c", "D", "e", "f", "g", "h", "i", "j", "k"});
  auto d = diff_lines(a, b);
  EXPECT_EQ(d.added, 2);
  EXPECT_EQ(d.removed, 1);
  // Six unchanged lines between two changes (twice the context) keep them in one hunk ...
  EXPECT_EQ(unified(d, "v1", "v2"),
            "--- v1\n+++ v2\n@@ -1,10 +1,11 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n i\n j\n+k\n");
  // ... seven split them.
  const auto a2 = lines({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"});
  const auto b2 = lines({"a", "b", "c", "D", "e", "f", "g", "h", "i", "j", "k", "l"});
  EXPECT_EQ(unified(diff_lines(a2, b2), "v1", "v2"),
            "--- v1\n+++ v2\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n");
  EXPECT_EQ(unified(diff_lines(a, a), "v1", "v2"), "");
  EXPECT_EQ(unified(diff_lines("", "x\n"), "a", "b"), "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n");
  EXPECT_EQ(unified(diff_lines("x\n", ""), "a", "b"), "--- a\n+++ b\n@@ -1,1 +0,0 @@\n-x\n");
}

// Applying the script to the old side gives the new one, and its length is the edit distance.
TEST(ConfigDiff, TheEditScriptRebuildsTheNewSideWithTheFewestEdits) {
  struct Case {
    std::string a, b;
    int distance;
  } cases[] = {
      {"abcabba", "cbabac", 5}, {"", "abc", 3},           {"abc", "", 3},    {"abc", "abc", 0},
      {"xaxbx", "abc", 4},      {"abcdef", "fedcba", 10}, {"aaaa", "aa", 2}, {"ab", "ba", 2},
  };
  for (const auto& c : cases) {
    std::vector<std::string> sa, sb;
    for (char ch : c.a) sa.emplace_back(1, ch);
    for (char ch : c.b) sb.emplace_back(1, ch);
    std::vector<std::string_view> va(sa.begin(), sa.end()), vb(sb.begin(), sb.end());
    auto script = edit_script(va, vb);
    std::string rebuilt;
    int edits = 0;
    std::size_t x = 0, y = 0;
    for (char k : script) {
      if (k == ' ') {
        ASSERT_EQ(va[x], vb[y]);
        rebuilt += std::string(va[x]);
        ++x;
        ++y;
      } else if (k == '-') {
        ++x;
        ++edits;
      } else {
        rebuilt += std::string(vb[y]);
        ++y;
        ++edits;
      }
    }
    EXPECT_EQ(x, va.size()) << c.a << " " << c.b;
    EXPECT_EQ(rebuilt, c.b) << c.a << " " << c.b;
    EXPECT_EQ(edits, c.distance) << c.a << " " << c.b;
  }
}

}  // namespace
}  // namespace colo::configs
