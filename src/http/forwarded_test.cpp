#include "http/forwarded.hpp"

#include <gtest/gtest.h>

namespace colo::http {
namespace {

TrustedProxies trust(std::vector<std::string> entries) { return TrustedProxies::parse(entries).take(); }

TEST(IpAddressTest, ParsesBothFamiliesAndReadsMappedV4AsV4) {
  struct Case {
    const char* text;
    const char* canonical;  // nullptr: refused
  };
  const Case cases[] = {
      {"192.0.2.1", "192.0.2.1"},
      {"2001:DB8::1", "2001:db8::1"},
      {"[2001:db8::1]", "2001:db8::1"},
      {"::ffff:10.1.2.3", "10.1.2.3"},
      {"::1", "::1"},
      {"192.0.2.1:8080", nullptr},
      {"[2001:db8::1]:443", nullptr},
      {"unknown", nullptr},
      {"", nullptr},
      {"256.1.1.1", nullptr},
      {"1.2.3", nullptr},
      {"fe80::1%eth0", nullptr},
      {" 192.0.2.1", nullptr},
      {"_hidden", nullptr},
      {"1.2.3.4\n", nullptr},
  };
  for (const auto& c : cases) {
    auto a = IpAddress::parse(c.text);
    if (!c.canonical) {
      EXPECT_FALSE(a) << c.text;
    } else {
      ASSERT_TRUE(a) << c.text;
      EXPECT_EQ(a->to_string(), c.canonical) << c.text;
    }
  }
}

TEST(TrustedProxiesTest, AddressesAndNetworksOfBothFamilies) {
  auto t = trust({"10.0.0.0/8", "192.0.2.7", "fd00::/8", " ::1 ", "172.16.0.0/12"});
  struct Case {
    const char* address;
    bool trusted;
  };
  const Case cases[] = {
      {"10.200.3.4", true},
      {"11.0.0.1", false},
      {"192.0.2.7", true},
      {"192.0.2.8", false},
      {"fd12::5", true},
      {"fe00::1", false},
      {"::1", true},
      {"::2", false},
      {"172.31.255.255", true},
      {"172.32.0.0", false},
      {"::ffff:10.0.0.1", true},
  };
  for (const auto& c : cases) EXPECT_EQ(t.contains(*IpAddress::parse(c.address)), c.trusted) << c.address;
  EXPECT_TRUE(trust({"0.0.0.0/0"}).contains(*IpAddress::parse("203.0.113.9")));
  EXPECT_FALSE(trust({"0.0.0.0/0"}).contains(*IpAddress::parse("2001:db8::1"))) << "a v4 network holds no v6";
}

TEST(TrustedProxiesTest, RefusesWhatIsNeitherAnAddressNorANetwork) {
  for (const char* bad : {"proxy.internal", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8x", "10.0.0.0/-1", "*"}) {
    auto r = TrustedProxies::parse({bad});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, "config.trusted_proxies");
    EXPECT_NE(r.error().message.find(bad), std::string::npos) << r.error().message;
  }
  EXPECT_TRUE(TrustedProxies::parse({}).take().empty());
  EXPECT_TRUE(TrustedProxies::parse({"", " "}).take().empty());
}

TEST(ResolveClientTest, Table) {
  const auto proxies = trust({"127.0.0.1", "10.0.0.0/8", "fd00::/8"});
  struct Case {
    const char* name;
    const char* peer;
    std::vector<std::string_view> xff;
    std::optional<std::string_view> proto;
    const char* address;
    bool secure;
  };
  const Case cases[] = {
      {"no headers from a proxy", "127.0.0.1", {}, std::nullopt, "127.0.0.1", false},
      {"untrusted peer: spoofed client ignored", "203.0.113.5", {"198.51.100.1"}, "https", "203.0.113.5", false},
      {"untrusted peer inside a list of trusted-looking hops",
       "203.0.113.5",
       {"10.0.0.1, 127.0.0.1"},
       std::nullopt,
       "203.0.113.5",
       false},
      {"one proxy", "127.0.0.1", {"198.51.100.1"}, "https", "198.51.100.1", true},
      {"proto http", "127.0.0.1", {"198.51.100.1"}, "http", "198.51.100.1", false},
      {"proto is case-insensitive", "127.0.0.1", {"198.51.100.1"}, "HTTPS", "198.51.100.1", true},
      {"client-written entries left of the real client are ignored",
       "127.0.0.1",
       {"6.6.6.6, 7.7.7.7, 198.51.100.1"},
       std::nullopt,
       "198.51.100.1",
       false},
      {"chain of trusted proxies",
       "127.0.0.1",
       {"198.51.100.1, 10.1.1.1, 10.2.2.2"},
       std::nullopt,
       "198.51.100.1",
       false},
      {"chain spread over several header lines",
       "10.0.0.9",
       {"6.6.6.6, 198.51.100.1", "10.1.1.1"},
       std::nullopt,
       "198.51.100.1",
       false},
      {"a client pretending to be a proxy stays the client",
       "127.0.0.1",
       {"10.9.9.9, 198.51.100.1"},
       std::nullopt,
       "198.51.100.1",
       false},
      {"every hop trusted: the left-most", "127.0.0.1", {"10.1.1.1, 10.2.2.2"}, std::nullopt, "10.1.1.1", false},
      {"IPv6 client through an IPv6 proxy", "fd00::1", {"2001:DB8::7"}, "https", "2001:db8::7", true},
      {"IPv6 client in brackets", "127.0.0.1", {"[2001:db8::7]"}, std::nullopt, "2001:db8::7", false},
      {"mapped v4 peer", "::ffff:127.0.0.1", {"198.51.100.1"}, std::nullopt, "198.51.100.1", false},
      {"garbage right-most: the proxy itself", "127.0.0.1", {"198.51.100.1, unknown"}, "https", "127.0.0.1", true},
      {"garbage behind a trusted hop: that hop", "127.0.0.1", {"<script>, 10.1.1.1"}, std::nullopt, "10.1.1.1", false},
      {"an address with a port is not an address",
       "127.0.0.1",
       {"198.51.100.1:5555"},
       std::nullopt,
       "127.0.0.1",
       false},
      {"empty elements are skipped", "127.0.0.1", {" , 198.51.100.1 ,, "}, std::nullopt, "198.51.100.1", false},
      {"right-most proto wins", "127.0.0.1", {"198.51.100.1"}, "https, http", "198.51.100.1", false},
      {"right-most proto wins (https)", "127.0.0.1", {"198.51.100.1"}, "http,https", "198.51.100.1", true},
      {"proto garbage", "127.0.0.1", {}, "https-ish", "127.0.0.1", false},
      {"peer that is not an address", "cli", {"198.51.100.1"}, "https", "cli", false},
  };
  for (const auto& c : cases) {
    auto o = resolve_client(c.peer, false, c.xff, c.proto, proxies);
    EXPECT_EQ(o.address, c.address) << c.name;
    EXPECT_EQ(o.secure, c.secure) << c.name;
  }
}

TEST(ResolveClientTest, TlsFromAnUntrustedPeerStaysSecure) {
  auto o = resolve_client("203.0.113.5", true, {}, "http", trust({"127.0.0.1"}));
  EXPECT_TRUE(o.secure);
}

TEST(ResolveForwardedTest, RewritesTheRequestOnlyForTrustedPeers) {
  Request r;
  r.remote_addr = "127.0.0.1";
  r.headers = {{"x-forwarded-for", "198.51.100.1"}, {"x-forwarded-proto", "https"}};
  Request untouched = r;
  resolve_forwarded(untouched, TrustedProxies{});
  EXPECT_EQ(untouched.remote_addr, "127.0.0.1");
  EXPECT_FALSE(untouched.secure);
  resolve_forwarded(r, trust({"127.0.0.1"}));
  EXPECT_EQ(r.remote_addr, "198.51.100.1");
  EXPECT_TRUE(r.secure);
}

}  // namespace
}  // namespace colo::http
