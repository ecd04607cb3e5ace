// Reading scan reports: nmap's XML output (-oX) and OpenVAS/GVM XML reports, with expat. A
// document type declaration with a DTD or entities is refused (nmap's bare one is accepted). Pure: text in,
// records out; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::vulns {

struct ReportPort {
  std::string host, protocol;
  int port = 0;
  std::string service, product, version;
};

struct ReportResult {
  std::string host, protocol;
  int port = 0;  // 0 for "general/tcp"
  std::string oid, name, description;
  std::optional<std::int64_t> cvss_tenths;
};

struct Report {
  std::string kind;                   // nmap, openvas
  std::vector<std::string> hosts;     // hosts the report scanned and found up
  std::vector<ReportPort> ports;      // open ports (nmap)
  std::vector<ReportResult> results;  // vulnerability results (OpenVAS)
  std::string scanned_tcp_ports;      // nmap's <scaninfo services=...> for TCP ("1-1000,8080")
};

// 422 vulns.report.malformed when not well-formed XML, declares a DTD or entities, or is not an nmap run.
Result<Report> parse_nmap_xml(std::string_view xml);
// 422 vulns.report.malformed when not well-formed XML, declares a DTD or entities, or is not a GVM report.
Result<Report> parse_openvas_xml(std::string_view xml);

}  // namespace colo::vulns
