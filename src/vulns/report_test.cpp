// Reading nmap and OpenVAS/GVM XML reports: canned reports as the tools write them, and what is
// refused (not XML, a DOCTYPE with entities, another kind of document).
#include "vulns/report.hpp"

#include <gtest/gtest.h>

namespace colo::vulns {
namespace {

const char* kNmap = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nmaprun>
<?xml-stylesheet href="file:///usr/bin/../share/nmap/nmap.xsl" type="text/xsl"?>
<nmaprun scanner="nmap" args="nmap -sT -Pn -oX - 192.0.2.10 192.0.2.11" start="1767225600" version="7.93" xmloutputversion="1.05">
<scaninfo type="connect" protocol="tcp" numservices="1000" services="1,3-4,6-7,9,13,17,19-26,8080"/>
<verbose level="0"/>
<host starttime="1767225600" endtime="1767225601"><status state="up" reason="user-set" reason_ttl="0"/>
<address addr="192.0.2.10" addrtype="ipv4"/>
<hostnames></hostnames>
<ports><extraports state="closed" count="997"><extrareasons reason="conn-refused" count="997"/></extraports>
<port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="ssh" product="OpenSSH" version="9.2p1 Debian 2" method="probed" conf="10"/></port>
<port protocol="tcp" portid="25"><state state="filtered" reason="no-response" reason_ttl="0"/><service name="smtp" method="table" conf="3"/></port>
<port protocol="tcp" portid="8080"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="http-proxy" method="table" conf="3"/></port>
</ports>
<times srtt="50" rttvar="50" to="100000"/>
</host>
<host starttime="1767225600" endtime="1767225601"><status state="down" reason="no-response" reason_ttl="0"/>
<address addr="192.0.2.11" addrtype="ipv4"/>
</host>
<host><status state="up" reason="user-set"/><address addr="2001:db8::5" addrtype="ipv6"/><address addr="00:11:22:33:44:55" addrtype="mac"/>
<ports><port protocol="udp" portid="53"><state state="open"/><service name="domain"/></port></ports></host>
<runstats><finished time="1767225601" timestr="Thu Jan  1 08:00:01 2026" elapsed="0.52" summary="Nmap done" exit="success"/><hosts up="2" down="1" total="3"/></runstats>
</nmaprun>
)";

const char* kOpenvas = R"(<?xml version="1.0" encoding="UTF-8"?>
<report id="f0fdf522-276d-4893-9274-fb8699dc2270" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>admin</name></owner>
  <name>2026-01-01T00:00:00Z</name>
  <report id="f0fdf522-276d-4893-9274-fb8699dc2270">
    <scan_run_status>Done</scan_run_status>
    <results start="1" max="100">
      <result id="1e3a0b39-8b9c-4c2b-9c1f-7f1c2f3e0a01">
        <name>OpenSSH Multiple Vulnerabilities</name>
        <owner><name>admin</name></owner>
        <host>192.0.2.10<asset asset_id="a1"/><hostname>web1</hostname></host>
        <port>22/tcp</port>
        <nvt oid="1.3.6.1.4.1.25623.1.0.150001">
          <type>nvt</type>
          <name>OpenSSH Multiple Vulnerabilities</name>
          <family>General</family>
          <cvss_base>9.8</cvss_base>
          <tags>cvss_base_vector=AV:N/AC:L/Au:N/C:C/I:C/A:C|summary=...</tags>
        </nvt>
        <threat>High</threat>
        <severity>9.8</severity>
        <description>Installed version: 8.2p1 &amp; fixed in 9.3p2</description>
      </result>
      <result id="2">
        <name>TLS/SSL Weak Cipher Suites</name>
        <host>192.0.2.10</host>
        <port>443/tcp</port>
        <nvt oid="1.3.6.1.4.1.25623.1.0.103440"><name>SSL/TLS: Report Weak Cipher Suites</name><cvss_base>5.0</cvss_base></nvt>
        <severity></severity>
        <description>Weak ciphers offered.</description>
      </result>
      <result id="3">
        <name>OS Detection Consolidation and Reporting</name>
        <host>192.0.2.12</host>
        <port>general/tcp</port>
        <nvt oid="1.3.6.1.4.1.25623.1.0.105937"><name>OS Detection Consolidation and Reporting</name><cvss_base>0.0</cvss_base></nvt>
        <severity>0.0</severity>
        <description>Best matching OS: Debian 12</description>
      </result>
    </results>
    <host><ip>192.0.2.10</ip><start>2026-01-01T00:00:00Z</start></host>
    <host><ip>192.0.2.13</ip></host>
  </report>
</report>
)";

TEST(VulnsReport, NmapOpenPortsOfHostsUpWithTheirServices) {
  auto r = parse_nmap_xml(kNmap);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().kind, "nmap");
  EXPECT_EQ(r.value().hosts, (std::vector<std::string>{"192.0.2.10", "2001:db8::5"}));
  ASSERT_EQ(r.value().ports.size(), 3u);  // the filtered port is not open
  const auto& ssh = r.value().ports[0];
  EXPECT_EQ(ssh.host, "192.0.2.10");
  EXPECT_EQ(ssh.protocol, "tcp");
  EXPECT_EQ(ssh.port, 22);
  EXPECT_EQ(ssh.service, "ssh");
  EXPECT_EQ(ssh.product, "OpenSSH");
  EXPECT_EQ(ssh.version, "9.2p1 Debian 2");
  EXPECT_EQ(r.value().ports[1].port, 8080);
  EXPECT_EQ(r.value().ports[2].host, "2001:db8::5");  // the IP address, not the MAC
  EXPECT_EQ(r.value().ports[2].protocol, "udp");
  EXPECT_EQ(r.value().scanned_tcp_ports, "1,3-4,6-7,9,13,17,19-26,8080");
}

TEST(VulnsReport, OpenvasResultsWithTheirCvssAndTheHostsScanned) {
  auto r = parse_openvas_xml(kOpenvas);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& rep = r.value();
  EXPECT_EQ(rep.kind, "openvas");
  ASSERT_EQ(rep.results.size(), 3u);
  EXPECT_EQ(rep.results[0].host, "192.0.2.10");
  EXPECT_EQ(rep.results[0].port, 22);
  EXPECT_EQ(rep.results[0].protocol, "tcp");
  EXPECT_EQ(rep.results[0].oid, "1.3.6.1.4.1.25623.1.0.150001");
  EXPECT_EQ(rep.results[0].name, "OpenSSH Multiple Vulnerabilities");
  EXPECT_EQ(rep.results[0].cvss_tenths, 98);
  EXPECT_EQ(rep.results[0].description, "Installed version: 8.2p1 & fixed in 9.3p2");
  // An empty <severity> falls back to the NVT's CVSS base.
  EXPECT_EQ(rep.results[1].cvss_tenths, 50);
  EXPECT_EQ(rep.results[1].name, "SSL/TLS: Report Weak Cipher Suites");
  EXPECT_EQ(rep.results[2].port, 0);  // general/tcp
  EXPECT_EQ(rep.results[2].cvss_tenths, 0);
  EXPECT_EQ(rep.hosts, (std::vector<std::string>{"192.0.2.10", "192.0.2.12", "192.0.2.13"}));
}

TEST(VulnsReport, WhatIsNotAReportIsRefused) {
  const char* cases[][2] = {
      {"nmap", "not xml at all"},
      {"nmap", "<nmaprun><host>"},  // cut off
      {"nmap", "<report/>"},        // an OpenVAS report given as nmap
      {"openvas", "<nmaprun/>"},
      {"nmap", R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
<nmaprun><host><status state="up"/><address addr="&lol2;" addrtype="ipv4"/></host></nmaprun>)"},
      {"openvas", R"(<!DOCTYPE r SYSTEM "file:///etc/passwd"><report/>)"},
      {"nmap", "<nmaprun><host><status state=\"up\"/></host></nmaprun>"},  // a host without an address
  };
  for (const auto& c : cases) {
    auto r = std::string(c[0]) == "nmap" ? parse_nmap_xml(c[1]) : parse_openvas_xml(c[1]);
    ASSERT_FALSE(r.ok()) << c[1];
    EXPECT_EQ(r.error().code, "vulns.report.malformed") << c[1];
  }
}

}  // namespace
}  // namespace colo::vulns
