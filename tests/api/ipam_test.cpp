// IPAM through the real server on SQLite and PostgreSQL (R5.1.2): VLANs, prefixes, addresses,
// the search for and allocation of free addresses, cables, interface VLAN modes, utilisation,
// tenancy and the audit trail.
//
// Tests share one server per engine (with the demo data), so every test works in its own
// address range (10.<n>.0.0/16, fd00:<n>::/32) and VLAN ids.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json.hpp>
#include <set>
#include <thread>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Ipam : public ApiTest {
 protected:
  // A number no other test of this process uses: its address space and VLAN ids.
  static int unique() {
    static std::atomic<int> n{100};
    return ++n;
  }
  static std::string v4(int n, const std::string& rest) { return "10." + std::to_string(n) + "." + rest; }
  static std::string v6(int n, const std::string& rest) { return "fd00:" + std::to_string(n) + rest; }

  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }

  // POSTs and expects 201; answers the created object.
  json::object created(HttpClient& c, const std::string& path, const json::object& body) {
    auto r = c.send_json("POST", path, body);
    EXPECT_EQ(r.status, 201) << path << " " << json::serialize(body) << " -> " << r.body;
    if (r.status != 201) return {};
    return r.json().as_object();
  }

  static std::vector<std::string> addresses_of(const json::value& array) {
    std::vector<std::string> out;
    for (const auto& a : array.as_array()) out.emplace_back(a.at("address").as_string());
    return out;
  }

  // Interfaces that no live cable uses, on `count` different devices; taken for this test only.
  std::vector<std::int64_t> free_interfaces(std::size_t count) {
    static std::set<std::int64_t> handed_out;
    auto admin = as("admin");
    const auto interfaces = admin.get("/api/v1/dcim/interfaces?limit=1000").json();
    const auto cables = admin.get("/api/v1/dcim/cables?limit=1000").json();
    std::set<std::int64_t> cabled;
    for (const auto& c : cables.at("results").as_array()) {
      if (c.at("status").as_string() == "decommissioned") continue;
      cabled.insert(c.at("a_interface").at("id").as_int64());
      cabled.insert(c.at("b_interface").at("id").as_int64());
    }
    std::vector<std::int64_t> out;
    std::set<std::int64_t> devices;
    for (const auto& i : interfaces.at("results").as_array()) {
      const auto id = i.at("id").as_int64();
      const auto device = i.at("device").at("id").as_int64();
      if (cabled.count(id) || handed_out.count(id) || devices.count(device)) continue;
      out.push_back(id);
      devices.insert(device);
      handed_out.insert(id);
      if (out.size() == count) break;
    }
    EXPECT_EQ(out.size(), count) << "not enough free interfaces in the demo data";
    return out;
  }

  // A demo switch port (cabled by the demo) and its site, read from the management VLAN the demo
  // put on it.
  std::pair<std::int64_t, std::int64_t> demo_switch_port() {
    auto admin = as("admin");
    const auto cables = admin.get("/api/v1/dcim/cables?limit=1000&status=connected").json();
    for (const auto& c : cables.at("results").as_array()) {
      const auto port = c.at("a_interface").at("id").as_int64();
      const auto vlans = admin.get("/api/v1/ipam/interfaces/" + std::to_string(port) + "/vlans").json();
      if (vlans.at("untagged_vlan").is_object() && vlans.at("untagged_vlan").at("site").is_int64())
        return {port, vlans.at("untagged_vlan").at("site").as_int64()};
    }
    ADD_FAILURE() << "the demo has no switch port with a VLAN";
    return {0, 0};
  }
};

TEST_P(Ipam, R5_1_2_PrefixesAreStrictCidrWithoutDuplicates) {
  auto c = as("technical");
  const int n = unique();
  auto bad = c.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", v4(n, "1.3/24")}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json().at("code").as_string(), "ipam.prefix.host_bits_set");
  EXPECT_NE(bad.json().at("detail").as_string().find(v4(n, "1.0/24")), std::string::npos) << bad.body;
  EXPECT_EQ(bad.json().at("errors").as_array()[0].at("field").as_string(), "prefix");
  for (const std::string& malformed : {v4(n, "1.0/33"), v4(n, "1.0"), std::string("10.1.2/24"), std::string("x/8")}) {
    auto r = c.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", malformed}});
    EXPECT_EQ(r.status, 400) << malformed;
    EXPECT_EQ(r.json().at("code").as_string(), "ipam.prefix.malformed") << malformed;
  }
  auto mapped = c.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", "::ffff:10.0.0.0/104"}});
  EXPECT_EQ(mapped.status, 400);
  EXPECT_EQ(mapped.json().at("code").as_string(), "ipam.prefix.v4_mapped");

  auto p4 = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/24")}, {"description", "test"}});
  EXPECT_EQ(p4.at("prefix").as_string(), v4(n, "1.0/24"));
  EXPECT_EQ(p4.at("family").as_int64(), 4);
  EXPECT_EQ(p4.at("status").as_string(), "active");
  auto p6 = created(c, "/api/v1/ipam/prefixes", {{"prefix", "FD00:" + std::to_string(n) + ":0:0::/48"}});
  EXPECT_EQ(p6.at("prefix").as_string(), v6(n, "::/48"));
  EXPECT_EQ(p6.at("family").as_int64(), 6);

  auto dup = c.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", v4(n, "1.0/24")}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.json().at("code").as_string(), "ipam.prefix.duplicate");
  // The same network with another length is a different (nested) prefix.
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/25")}});
  // Changing a prefix into an existing one is a conflict as well.
  auto other = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "2.0/24")}});
  auto clash = c.send_json("PATCH", "/api/v1/ipam/prefixes/" + std::to_string(other.at("id").as_int64()),
                           json::object{{"prefix", v4(n, "1.0/24")}});
  EXPECT_EQ(clash.status, 409);
  auto unknown =
      c.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", v4(n, "3.0/24")}, {"colour", "x"}});
  EXPECT_EQ(unknown.status, 400);
}

TEST_P(Ipam, R5_1_2_NestedPrefixesListWithinAndContainerUtilisation) {
  auto c = as("technical");
  const int n = unique();
  auto top = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/16")}, {"status", "container"}});
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/24")}});
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "2.0/24")}});
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.128/25")}});
  auto within = c.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16"));
  ASSERT_EQ(within.status, 200) << within.body;
  EXPECT_EQ(within.json().at("count").as_int64(), 3);
  auto results = within.json().at("results").as_array();
  // Default order: by network, then length (a tree read top-down).
  EXPECT_EQ(results[0].at("prefix").as_string(), v4(n, "1.0/24"));
  EXPECT_EQ(results[1].at("prefix").as_string(), v4(n, "1.128/25"));
  EXPECT_EQ(results[2].at("prefix").as_string(), v4(n, "2.0/24"));
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes?within=" + v4(n, "1.0/24")).json().at("count").as_int64(), 1);
  auto containing = c.get("/api/v1/ipam/prefixes?contains=" + v4(n, "1.200"));
  EXPECT_EQ(containing.json().at("count").as_int64(), 3);  // the /16, /24 and /25
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16") + "&sort=-prefix&limit=1")
                .json()
                .at("results")
                .as_array()[0]
                .at("prefix")
                .as_string(),
            v4(n, "2.0/24"));
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16") + "&family=6").json().at("count").as_int64(), 0);
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0.1/16")).status, 400);
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes?sort=colour").status, 400);
  auto brief = c.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16") + "&brief=true").json();
  EXPECT_FALSE(brief.at("results").as_array()[0].as_object().contains("utilisation"));
  // A container is used by its direct children: two /24s of a /16 (the /25 is inside one).
  auto u = c.get("/api/v1/ipam/prefixes/" + std::to_string(top.at("id").as_int64())).json().at("utilisation");
  EXPECT_EQ(u.at("used").as_int64(), 512);
  EXPECT_EQ(u.at("total").as_int64(), 65536);
  EXPECT_DOUBLE_EQ(u.at("percent").as_double(), 0.78);
}

TEST_P(Ipam, R5_1_2_DuplicateAddressIs409AndOutsideThePrefixIs422) {
  auto c = as("technical");
  const int n = unique();
  auto p = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/24")}});
  const auto pid = p.at("id").as_int64();
  auto a = created(c, "/api/v1/ipam/ip-addresses",
                   {{"address", v4(n, "0.10/24")}, {"dns_name", "web1.example.com"}, {"role", "vip"}});
  EXPECT_EQ(a.at("address").as_string(), v4(n, "0.10/24"));
  EXPECT_EQ(a.at("prefix").as_int64(), pid);
  EXPECT_EQ(a.at("status").as_string(), "active");
  EXPECT_EQ(a.at("role").as_string(), "vip");
  // The same host with another mask is still the same address.
  auto dup = c.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", v4(n, "0.10/25")}});
  EXPECT_EQ(dup.status, 409) << dup.body;
  EXPECT_EQ(dup.json().at("code").as_string(), "ipam.address.duplicate");
  auto outside =
      c.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", v4(n, "1.5/24")}, {"prefix", pid}});
  EXPECT_EQ(outside.status, 422) << outside.body;
  EXPECT_EQ(outside.json().at("code").as_string(), "ipam.address.outside_prefix");
  auto no_prefix = c.send_json("POST", "/api/v1/ipam/ip-addresses",
                               json::object{{"address", v4(n, "0.11/24")}, {"prefix", 999999999}});
  EXPECT_EQ(no_prefix.status, 422);
  // Without a mask the address takes its prefix's length.
  auto bare = created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "0.12")}, {"prefix", pid}});
  EXPECT_EQ(bare.at("address").as_string(), v4(n, "0.12/24"));
  auto found = created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "0.13")}});
  EXPECT_EQ(found.at("address").as_string(), v4(n, "0.13/24"));
  for (const std::string& malformed : {v4(n, "0.300/24"), v4(n, "0.14/33"), std::string("fe80::1%eth0/64")}) {
    auto r = c.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", malformed}});
    EXPECT_EQ(r.status, 400) << malformed;
  }
  auto mapped =
      c.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", "::ffff:" + v4(n, "0.20/128")}});
  EXPECT_EQ(mapped.status, 400);
  // IPv6 text is canonical (RFC 5952), and duplicates are found whatever the spelling.
  auto six = created(c, "/api/v1/ipam/ip-addresses", {{"address", "FD00:" + std::to_string(n) + ":0:0:0:0:0:1/64"}});
  EXPECT_EQ(six.at("address").as_string(), v6(n, "::1/64"));
  EXPECT_EQ(c.send_json("POST", "/api/v1/ipam/ip-addresses", json::object{{"address", v6(n, ":0::0:1/64")}}).status,
            409);
  // Updates keep the rule: moving an address onto another is a conflict.
  auto moved = c.send_json("PATCH", "/api/v1/ipam/ip-addresses/" + std::to_string(bare.at("id").as_int64()),
                           json::object{{"address", v4(n, "0.10/24")}});
  EXPECT_EQ(moved.status, 409);
  auto ok = c.send_json("PATCH", "/api/v1/ipam/ip-addresses/" + std::to_string(bare.at("id").as_int64()),
                        json::object{{"address", v4(n, "0.50/24")}, {"status", "reserved"}, {"role", nullptr}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("status").as_string(), "reserved");
  // Lists filter by prefix, family and text.
  auto in_prefix = c.get("/api/v1/ipam/ip-addresses?prefix=" + std::to_string(pid));
  EXPECT_EQ(in_prefix.json().at("count").as_int64(), 3);
  EXPECT_EQ(c.get("/api/v1/ipam/ip-addresses?q=web1.example").json().at("count").as_int64(), 1);
  EXPECT_EQ(c.get("/api/v1/ipam/ip-addresses?within=" + v6(n, "::/32") + "&family=6").json().at("count").as_int64(), 1);
  EXPECT_EQ(c.request("DELETE", "/api/v1/ipam/ip-addresses/" + std::to_string(a.at("id").as_int64())).status, 204);
  EXPECT_EQ(c.get("/api/v1/ipam/ip-addresses/" + std::to_string(a.at("id").as_int64())).status, 404);
}

TEST_P(Ipam, R5_1_2_NextFreeIpv4SkipsNetworkBroadcastAndUsedAddresses) {
  auto c = as("technical");
  const int n = unique();
  auto p = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/29")}});
  const std::string base = "/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64()) + "/available-ips";
  for (const char* host : {"0.1", "0.2", "0.4"})
    created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, host) + "/29"}});
  auto free = c.get(base + "?limit=10");
  ASSERT_EQ(free.status, 200) << free.body;
  EXPECT_EQ(addresses_of(free.json()), (std::vector<std::string>{v4(n, "0.3/29"), v4(n, "0.5/29"), v4(n, "0.6/29")}));
  EXPECT_EQ(addresses_of(c.get(base + "?limit=1").json()), (std::vector<std::string>{v4(n, "0.3/29")}));

  auto two = c.send_json("POST", base, json::object{{"count", 2}, {"description", "two"}});
  ASSERT_EQ(two.status, 201) << two.body;
  EXPECT_EQ(addresses_of(two.json()), (std::vector<std::string>{v4(n, "0.3/29"), v4(n, "0.5/29")}));
  EXPECT_EQ(two.json().as_array()[0].at("description").as_string(), "two");
  // All or nothing: two asked, one free.
  auto too_many = c.send_json("POST", base, json::object{{"count", 2}});
  EXPECT_EQ(too_many.status, 409);
  EXPECT_EQ(too_many.json().at("code").as_string(), "ipam.prefix.exhausted");
  EXPECT_EQ(addresses_of(c.get(base).json()), (std::vector<std::string>{v4(n, "0.6/29")}));
  EXPECT_EQ(c.send_json("POST", base, json::object{}).status, 201);  // count defaults to 1
  EXPECT_TRUE(c.get(base).json().as_array().empty());
  auto u = c.get("/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64())).json().at("utilisation");
  EXPECT_EQ(u.at("used").as_int64(), 6);
  EXPECT_EQ(u.at("total").as_int64(), 6);
  EXPECT_DOUBLE_EQ(u.at("percent").as_double(), 100.0);

  // A /31 has no network or broadcast address (RFC 3021); a pool uses every address.
  auto p31 = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/31")}});
  EXPECT_EQ(
      addresses_of(c.get("/api/v1/ipam/prefixes/" + std::to_string(p31.at("id").as_int64()) + "/available-ips").json()),
      (std::vector<std::string>{v4(n, "1.0/31"), v4(n, "1.1/31")}));
  auto pool = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "2.0/30")}, {"is_pool", true}});
  EXPECT_EQ(c.get("/api/v1/ipam/prefixes/" + std::to_string(pool.at("id").as_int64()) + "/available-ips")
                .json()
                .as_array()
                .size(),
            4u);
  EXPECT_EQ(c.get(base + "?limit=0").status, 400);
  EXPECT_EQ(c.get(base + "?limit=257").status, 400);
  EXPECT_EQ(c.send_json("POST", base, json::object{{"count", 0}}).status, 400);
}

TEST_P(Ipam, R5_1_2_NextFreeIpv6SkipsTheSubnetRouterAnycastAddress) {
  auto c = as("technical");
  const int n = unique();
  auto p = created(c, "/api/v1/ipam/prefixes", {{"prefix", v6(n, ":1::/64")}});
  const std::string base = "/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64()) + "/available-ips";
  EXPECT_EQ(addresses_of(c.get(base + "?limit=3").json()),
            (std::vector<std::string>{v6(n, ":1::1/64"), v6(n, ":1::2/64"), v6(n, ":1::3/64")}));
  created(c, "/api/v1/ipam/ip-addresses", {{"address", v6(n, ":1::2/64")}});
  created(c, "/api/v1/ipam/ip-addresses", {{"address", v6(n, ":1::ffff/64")}});
  auto got = c.send_json("POST", base, json::object{{"count", 3}, {"status", "dhcp"}});
  ASSERT_EQ(got.status, 201) << got.body;
  EXPECT_EQ(addresses_of(got.json()),
            (std::vector<std::string>{v6(n, ":1::1/64"), v6(n, ":1::3/64"), v6(n, ":1::4/64")}));
  EXPECT_EQ(got.json().as_array()[0].at("status").as_string(), "dhcp");
  EXPECT_EQ(addresses_of(c.get(base + "?limit=1").json()), (std::vector<std::string>{v6(n, ":1::5/64")}));
  // Totals beyond 2^53 are exact decimal strings.
  auto u = c.get("/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64())).json().at("utilisation");
  EXPECT_EQ(u.at("used").as_int64(), 5);
  EXPECT_EQ(u.at("total").as_string(), "18446744073709551615");
  EXPECT_EQ(u.at("percent").as_double(), 0.0);
  // A /127 point-to-point link uses both addresses.
  auto p127 = created(c, "/api/v1/ipam/prefixes", {{"prefix", v6(n, ":2::/127")}});
  EXPECT_EQ(addresses_of(
                c.get("/api/v1/ipam/prefixes/" + std::to_string(p127.at("id").as_int64()) + "/available-ips").json()),
            (std::vector<std::string>{v6(n, ":2::/127"), v6(n, ":2::1/127")}));
}

TEST_P(Ipam, R5_1_2_ConcurrentAllocationsNeverHandOutTheSameAddress) {
  const int n = unique();
  auto admin = as("technical");
  auto p = created(admin, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/24")}});
  const std::string base = "/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64()) + "/available-ips";
  constexpr int kThreads = 6, kRounds = 4, kCount = 3;
  std::vector<HttpClient> clients;
  for (int i = 0; i < kThreads; ++i) clients.push_back(as("technical"));
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::vector<int>> statuses(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r) {
        auto res = clients[t].send_json("POST", base, json::object{{"count", kCount}});
        statuses[t].push_back(res.status);
        if (res.status == 201)
          for (const auto& a : addresses_of(res.json())) got[t].push_back(a);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::set<std::string> all;
  std::size_t total = 0;
  for (int t = 0; t < kThreads; ++t) {
    for (int s : statuses[t]) EXPECT_EQ(s, 201);
    total += got[t].size();
    all.insert(got[t].begin(), got[t].end());
  }
  EXPECT_EQ(total, static_cast<std::size_t>(kThreads * kRounds * kCount));
  EXPECT_EQ(all.size(), total) << "an address was handed out twice";
  // And they are exactly the first free ones: .1 to .72.
  EXPECT_TRUE(all.count(v4(n, "0.1/24")));
  EXPECT_TRUE(all.count(v4(n, "0.72/24")));
  EXPECT_EQ(admin.get("/api/v1/ipam/ip-addresses?prefix=" + std::to_string(p.at("id").as_int64()))
                .json()
                .at("count")
                .as_int64(),
            kThreads * kRounds * kCount);
}

TEST_P(Ipam, R5_1_2_VlansHaveUniqueVidsPerSiteAndGlobally) {
  auto c = as("technical");
  const int vid = 3000 + unique();
  auto v = created(c, "/api/v1/ipam/vlans", {{"vid", vid}, {"name", "test-global"}});
  EXPECT_TRUE(v.at("site").is_null());
  EXPECT_EQ(v.at("status").as_string(), "active");
  auto dup = c.send_json("POST", "/api/v1/ipam/vlans", json::object{{"vid", vid}, {"name", "again"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.json().at("code").as_string(), "ipam.vlan.duplicate_vid");
  for (int bad : {0, 4095, -1}) {
    auto r = c.send_json("POST", "/api/v1/ipam/vlans", json::object{{"vid", bad}, {"name", "bad"}});
    EXPECT_EQ(r.status, 400) << bad;
  }
  EXPECT_EQ(c.send_json("POST", "/api/v1/ipam/vlans", json::object{{"vid", vid + 1}}).status, 400);  // name
  EXPECT_EQ(
      c.send_json("POST", "/api/v1/ipam/vlans", json::object{{"vid", vid + 1}, {"name", "x"}, {"site", 999999999}})
          .status,
      422);
  const std::string path = "/api/v1/ipam/vlans/" + std::to_string(v.at("id").as_int64());
  auto renamed = c.send_json("PATCH", path, json::object{{"name", "renamed"}, {"status", "reserved"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json().at("name").as_string(), "renamed");
  auto listed = c.get("/api/v1/ipam/vlans?vid=" + std::to_string(vid) + "&site=null");
  EXPECT_EQ(listed.json().at("count").as_int64(), 1);
  EXPECT_EQ(c.get("/api/v1/ipam/vlans?q=RENAMED&vid=" + std::to_string(vid)).json().at("count").as_int64(), 1);
  // In use by a prefix: kept until the prefix lets go.
  const int n = unique();
  auto p = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/24")}, {"vlan", v.at("id")}});
  created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "0.9/24")}});
  const std::string by_vlan = "/api/v1/ipam/ip-addresses?vlan=" + std::to_string(v.at("id").as_int64());
  EXPECT_EQ(c.get(by_vlan).json().at("count").as_int64(), 1);
  auto busy = c.request("DELETE", path);
  EXPECT_EQ(busy.status, 409);
  EXPECT_EQ(busy.json().at("code").as_string(), "ipam.vlan.in_use");
  ASSERT_EQ(c.send_json("PATCH", "/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64()),
                        json::object{{"vlan", nullptr}})
                .status,
            200);
  EXPECT_EQ(c.get(by_vlan).json().at("count").as_int64(), 0);
  EXPECT_EQ(c.request("DELETE", path).status, 204);
  EXPECT_EQ(c.get(path).status, 404);
}

TEST_P(Ipam, R6_2_2_CustomersSeeOnlyTheirOwnNetworkObjects) {
  auto tech = as("technical");
  const int n = unique();
  const auto acme = customer_of("acme.admin");
  auto p = created(tech, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/24")}, {"customer", acme}});
  auto a = created(tech, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "0.5/24")}, {"customer", acme}});
  auto v = created(tech, "/api/v1/ipam/vlans", {{"vid", 3000 + n}, {"name", "acme-private"}, {"customer", acme}});
  auto operator_owned = created(tech, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/24")}});
  const std::string prefix_path = "/api/v1/ipam/prefixes/" + std::to_string(p.at("id").as_int64());
  const std::string address_path = "/api/v1/ipam/ip-addresses/" + std::to_string(a.at("id").as_int64());
  const std::string vlan_path = "/api/v1/ipam/vlans/" + std::to_string(v.at("id").as_int64());

  auto own = as("acme.user");
  EXPECT_EQ(own.get(prefix_path).status, 200);
  EXPECT_EQ(own.get(address_path).status, 200);
  EXPECT_EQ(own.get(vlan_path).status, 200);
  EXPECT_EQ(own.get(prefix_path + "/available-ips").status, 200);
  EXPECT_EQ(own.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16")).json().at("count").as_int64(), 1);
  EXPECT_EQ(own.get("/api/v1/ipam/prefixes/" + std::to_string(operator_owned.at("id").as_int64())).status, 404);

  auto other = as("zenith.admin");
  for (const auto& path : {prefix_path, address_path, vlan_path, prefix_path + "/available-ips"}) {
    auto r = other.get(path);
    EXPECT_EQ(r.status, 404) << path << ": " << r.body;
  }
  EXPECT_EQ(other.get("/api/v1/ipam/prefixes?within=" + v4(n, "0.0/16")).json().at("count").as_int64(), 0);
  EXPECT_EQ(other.get("/api/v1/ipam/ip-addresses?within=" + v4(n, "0.0/16")).json().at("count").as_int64(), 0);
  EXPECT_EQ(other.get("/api/v1/ipam/vlans?vid=" + std::to_string(3000 + n)).json().at("count").as_int64(), 0);
  // Asking for A's rows by filter does not widen the view either.
  EXPECT_EQ(other.get("/api/v1/ipam/prefixes?customer=" + std::to_string(acme)).json().at("count").as_int64(), 0);
  // Customers never write the network inventory.
  auto write = own.send_json("POST", "/api/v1/ipam/prefixes", json::object{{"prefix", v4(n, "2.0/24")}});
  EXPECT_EQ(write.status, 403);
  EXPECT_EQ(own.send_json("POST", prefix_path + "/available-ips", json::object{}).status, 403);
  EXPECT_EQ(own.request("DELETE", address_path).status, 403);
}

TEST_P(Ipam, R6_1_3_EveryWriteIsAudited) {
  auto c = as("technical");
  const int n = unique();
  auto p = created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/24")}});
  const auto id = std::to_string(p.at("id").as_int64());
  ASSERT_EQ(c.send_json("PATCH", "/api/v1/ipam/prefixes/" + id, json::object{{"description", "changed"}}).status, 200);
  auto allocated = c.send_json("POST", "/api/v1/ipam/prefixes/" + id + "/available-ips", json::object{{"count", 2}});
  ASSERT_EQ(allocated.status, 201);
  ASSERT_EQ(c.request("DELETE", "/api/v1/ipam/prefixes/" + id).status, 204);
  auto admin = as("admin");
  auto log = admin.get("/api/v1/audit?object_type=ipam.prefix&object_id=" + id);
  ASSERT_EQ(log.status, 200) << log.body;
  std::multiset<std::string> actions;
  const auto entries = log.json();
  for (const auto& e : entries.at("results").as_array()) actions.insert(std::string(e.at("action").as_string()));
  EXPECT_EQ(actions, (std::multiset<std::string>{"create", "update", "delete"}));
  auto addr_id = std::to_string(allocated.json().as_array()[0].at("id").as_int64());
  const auto addr_log = admin.get("/api/v1/audit?object_type=ipam.ip_address&object_id=" + addr_id).json();
  ASSERT_EQ(addr_log.at("results").as_array().size(), 1u);
  EXPECT_EQ(addr_log.at("results").as_array()[0].at("action").as_string(), "allocate");
}

TEST_P(Ipam, R5_1_2_OneCablePerInterfaceAndDecommissioningFreesBothEnds) {
  auto c = as("operations");
  auto ports = free_interfaces(3);
  ASSERT_EQ(ports.size(), 3u);
  const auto x = ports[0], y = ports[1], z = ports[2];
  auto cable = created(c, "/api/v1/dcim/cables",
                       {{"a_interface", x},
                        {"b_interface", y},
                        {"type", "cat6"},
                        {"label", "T-1"},
                        {"length_m", 2.5},
                        {"colour", "#2F6FD0"}});
  ASSERT_FALSE(cable.empty());
  EXPECT_EQ(cable.at("status").as_string(), "connected");
  EXPECT_EQ(cable.at("colour").as_string(), "2f6fd0");
  EXPECT_DOUBLE_EQ(cable.at("length_m").as_double(), 2.5);
  EXPECT_EQ(cable.at("a_interface").at("id").as_int64(), x);
  EXPECT_FALSE(cable.at("a_interface").at("name").as_string().empty());
  EXPECT_FALSE(cable.at("a_interface").at("device").at("name").as_string().empty());
  EXPECT_FALSE(cable.at("b_interface").at("device").at("name").as_string().empty());
  const std::string path = "/api/v1/dcim/cables/" + std::to_string(cable.at("id").as_int64());

  for (const auto& [a, b] : {std::pair{x, z}, std::pair{z, y}}) {
    auto taken = c.send_json("POST", "/api/v1/dcim/cables",
                             json::object{{"a_interface", a}, {"b_interface", b}, {"type", "cat6"}});
    EXPECT_EQ(taken.status, 409) << taken.body;
    EXPECT_EQ(taken.json().at("code").as_string(), "dcim.cable.end_in_use");
  }
  auto self =
      c.send_json("POST", "/api/v1/dcim/cables", json::object{{"a_interface", z}, {"b_interface", z}, {"type", "dac"}});
  EXPECT_EQ(self.status, 422);
  EXPECT_EQ(self.json().at("code").as_string(), "dcim.cable.same_interface");
  auto unknown = c.send_json("POST", "/api/v1/dcim/cables",
                             json::object{{"a_interface", z}, {"b_interface", 999999999}, {"type", "dac"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.json().at("code").as_string(), "dcim.cable.unknown_interface");
  EXPECT_EQ(
      c.send_json("POST", "/api/v1/dcim/cables", json::object{{"a_interface", z}, {"b_interface", x}, {"type", "cat9"}})
          .status,
      400);
  EXPECT_EQ(c.send_json("POST", "/api/v1/dcim/cables",
                        json::object{{"a_interface", z}, {"b_interface", x}, {"type", "dac"}, {"colour", "blue"}})
                .status,
            400);
  EXPECT_EQ(c.get("/api/v1/dcim/cables?interface=" + std::to_string(x)).json().at("count").as_int64(), 1);

  // Decommissioning keeps the record and frees both ends.
  ASSERT_EQ(c.request("DELETE", path).status, 204);
  EXPECT_EQ(c.get(path).json().at("status").as_string(), "decommissioned");
  EXPECT_EQ(c.request("DELETE", path).status, 204);  // again: nothing changes
  auto again = created(c, "/api/v1/dcim/cables", {{"a_interface", x}, {"b_interface", z}, {"type", "smf-os2"}});
  ASSERT_FALSE(again.empty());
  // Bringing the old cable back needs its ends: x is taken again.
  auto revive = c.send_json("PATCH", path, json::object{{"status", "planned"}});
  EXPECT_EQ(revive.status, 409) << revive.body;
  // Moving the new cable's end frees the old one.
  auto moved = c.send_json("PATCH", "/api/v1/dcim/cables/" + std::to_string(again.at("id").as_int64()),
                           json::object{{"b_interface", y}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json().at("b_interface").at("id").as_int64(), y);
  EXPECT_EQ(
      c.get("/api/v1/dcim/cables?interface=" + std::to_string(z) + "&status=connected").json().at("count").as_int64(),
      0);
  EXPECT_EQ(c.get("/api/v1/dcim/cables?interface=" + std::to_string(x) + "&brief=true").json().at("count").as_int64(),
            2);
  // Customers read cables on their devices, and write none.
  EXPECT_EQ(as("acme.admin")
                .send_json("POST", "/api/v1/dcim/cables",
                           json::object{{"a_interface", z}, {"b_interface", y}, {"type", "cat6"}})
                .status,
            403);
}

TEST_P(Ipam, R6_2_2_CustomersSeeCablesOnTheirOwnDevicesOnly) {
  auto acme = as("acme.admin");
  const auto mine = acme.get("/api/v1/dcim/cables?limit=1000").json();
  ASSERT_GT(mine.at("count").as_int64(), 0) << "the demo cables an acme server";
  const auto first = mine.at("results").as_array()[0];
  const std::string path = "/api/v1/dcim/cables/" + std::to_string(first.at("id").as_int64());
  EXPECT_EQ(acme.get(path).status, 200);
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get(path).status, 404);
  const auto theirs = zenith.get("/api/v1/dcim/cables?limit=1000").json();
  for (const auto& c : theirs.at("results").as_array()) EXPECT_NE(c.at("id").as_int64(), first.at("id").as_int64());
  const auto all = as("admin").get("/api/v1/dcim/cables?limit=1").json().at("count").as_int64();
  EXPECT_LT(mine.at("count").as_int64(), all);
  // The server's interface and its VLANs are A's too.
  const auto server_port = std::to_string(first.at("b_interface").at("id").as_int64());
  EXPECT_EQ(acme.get("/api/v1/ipam/interfaces/" + server_port + "/vlans").status, 200);
  EXPECT_EQ(zenith.get("/api/v1/ipam/interfaces/" + server_port + "/vlans").status, 404);
}

TEST_P(Ipam, R5_1_2_InterfaceVlanModesFollowTheRules) {
  auto c = as("technical");
  const auto [port, site] = demo_switch_port();
  ASSERT_GT(port, 0);
  const int base = 3000 + unique();
  auto here = created(c, "/api/v1/ipam/vlans", {{"vid", base}, {"name", "here"}, {"site", site}});
  auto here2 = created(c, "/api/v1/ipam/vlans", {{"vid", base + 1}, {"name", "here2"}, {"site", site}});
  auto global = created(c, "/api/v1/ipam/vlans", {{"vid", base + 2}, {"name", "global"}});
  // A VLAN of another site: any site but this one that the demo gave VLANs.
  std::int64_t elsewhere = 0, other_site = 0;
  const auto mgmt_vlans = c.get("/api/v1/ipam/vlans?vid=10&limit=100").json();
  for (const auto& v : mgmt_vlans.at("results").as_array()) {
    if (v.at("site").is_int64() && v.at("site").as_int64() != site) {
      elsewhere = v.at("id").as_int64();
      other_site = v.at("site").as_int64();
    }
  }
  const std::string path = "/api/v1/ipam/interfaces/" + std::to_string(port) + "/vlans";
  const auto id = [](const json::object& o) { return o.at("id").as_int64(); };

  auto access = c.send_json("PUT", path, json::object{{"mode", "access"}, {"untagged_vlan", id(here)}});
  ASSERT_EQ(access.status, 200) << access.body;
  EXPECT_EQ(access.json().at("mode").as_string(), "access");
  EXPECT_EQ(access.json().at("untagged_vlan").at("vid").as_int64(), base);
  EXPECT_TRUE(access.json().at("tagged_vlans").as_array().empty());
  struct Bad {
    json::object body;
    int status;
  };
  const Bad bad[] = {
      {{{"mode", "access"}}, 400},  // no untagged
      {{{"mode", "access"}, {"untagged_vlan", id(here)}, {"tagged_vlans", json::array{id(here2)}}}, 400},
      {{{"mode", "tagged-all"}, {"tagged_vlans", json::array{id(here2)}}}, 400},         // none listed
      {{{"mode", "tagged"}, {"tagged_vlans", json::array{id(here2), id(here2)}}}, 400},  // twice
      {{{"mode", "tagged"}, {"untagged_vlan", id(here)}, {"tagged_vlans", json::array{id(here)}}}, 400},
      {{{"untagged_vlan", id(here)}}, 400},  // no mode
      {{{"mode", "trunk"}}, 400},
      {{{"mode", "tagged"}, {"tagged_vlans", json::array{999999999}}}, 422},  // unknown
  };
  for (const auto& b : bad) {
    auto r = c.send_json("PUT", path, b.body);
    EXPECT_EQ(r.status, b.status) << json::serialize(b.body) << " -> " << r.body;
  }
  if (elsewhere) {
    auto r = c.send_json("PUT", path, json::object{{"mode", "tagged"}, {"tagged_vlans", json::array{elsewhere}}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.json().at("code").as_string(), "ipam.interface.vlan_site");
  }
  // The refused requests changed nothing.
  EXPECT_EQ(c.get(path).json().at("mode").as_string(), "access");
  auto tagged = c.send_json(
      "PUT", path,
      json::object{
          {"mode", "tagged"}, {"untagged_vlan", id(here)}, {"tagged_vlans", json::array{id(global), id(here2)}}});
  ASSERT_EQ(tagged.status, 200) << tagged.body;
  auto list = tagged.json().at("tagged_vlans").as_array();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].at("vid").as_int64(), base + 1);  // ordered by VID
  EXPECT_EQ(list[1].at("vid").as_int64(), base + 2);
  // A VLAN on an interface stays until the interface lets go of it; it cannot move sites.
  EXPECT_EQ(c.request("DELETE", "/api/v1/ipam/vlans/" + std::to_string(id(global))).status, 409);
  if (elsewhere) {
    auto move =
        c.send_json("PATCH", "/api/v1/ipam/vlans/" + std::to_string(id(global)), json::object{{"site", other_site}});
    EXPECT_EQ(move.status, 422) << move.body;
  }
  auto all = c.send_json("PUT", path, json::object{{"mode", "tagged-all"}, {"untagged_vlan", id(here)}});
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_TRUE(all.json().at("tagged_vlans").as_array().empty());
  auto none = c.send_json("PUT", path, json::object{{"mode", nullptr}});
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(none.json().at("mode").is_null());
  EXPECT_TRUE(none.json().at("untagged_vlan").is_null());
  EXPECT_EQ(c.request("DELETE", "/api/v1/ipam/vlans/" + std::to_string(id(global))).status, 204);
  EXPECT_EQ(c.get("/api/v1/ipam/interfaces/999999999/vlans").status, 404);
}

TEST_P(Ipam, R5_1_2_SiteUtilisationSumsActiveTopLevelPrefixes) {
  auto c = as("technical");
  const auto [port, site] = demo_switch_port();
  ASSERT_GT(site, 0);
  const int n = unique();
  const std::string url = "/api/v1/ipam/utilisation?site=" + std::to_string(site);
  auto v4_of = [&](const json::value& page) {
    for (const auto& r : page.at("results").as_array())
      if (r.at("family").as_int64() == 4) return r.as_object();
    return json::object{};
  };
  const auto before = v4_of(c.get(url).json());
  ASSERT_FALSE(before.empty()) << "the demo gives every site a public IPv4 prefix";
  EXPECT_EQ(before.at("site").as_int64(), site);
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/28")}, {"site", site}});  // +14
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "0.0/29")}, {"site", site}});  // nested
  created(c, "/api/v1/ipam/prefixes", {{"prefix", v4(n, "1.0/24")}, {"site", site}, {"status", "reserved"}});
  created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "0.3/28")}});
  created(c, "/api/v1/ipam/ip-addresses", {{"address", v4(n, "1.3/24")}});  // in the reserved one
  EXPECT_EQ(c.get("/api/v1/ipam/ip-addresses?within=" + v4(n, "0.0/16") + "&site=" + std::to_string(site))
                .json()
                .at("count")
                .as_int64(),
            2);
  const auto after = v4_of(c.get(url).json());
  EXPECT_EQ(after.at("prefixes").as_int64(), before.at("prefixes").as_int64() + 1);
  EXPECT_EQ(after.at("total").as_int64(), before.at("total").as_int64() + 14);
  EXPECT_EQ(after.at("used").as_int64(), before.at("used").as_int64() + 1);
  EXPECT_GT(after.at("percent").as_double(), 0.0);
  // Without a site filter every site is listed; customers see only their own prefixes' figures.
  EXPECT_GE(c.get("/api/v1/ipam/utilisation").json().at("count").as_int64(), 1);
  auto acme = as("acme.user").get("/api/v1/ipam/utilisation");
  ASSERT_EQ(acme.status, 200);
  EXPECT_EQ(c.get("/api/v1/ipam/utilisation?site=abc").status, 400);
}

COLO_INSTANTIATE_API_TEST(Ipam);

}  // namespace
}  // namespace colo::testing
