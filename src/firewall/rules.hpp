// The pure rules of firewall requests: reading a rule line (addresses, prefixes, protocols and
// ports into canonical text), whether the customer's side lies inside the customer's own
// networks, the risk a line carries, and the R5.2.2 judgement of the rules in force. No database,
// no HTTP. Thread safety: all functions are re-entrant.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::firewall {

inline const std::vector<std::string> kDirections = {"inbound", "outbound"};
inline const std::vector<std::string> kProtocols = {"tcp", "udp", "icmp", "any"};
inline const std::vector<std::string> kRiskLevels = {"low", "medium", "high"};
// Flags the risk rules raise; each has a label "firewall.risk.<flag>" in the catalogue.
inline const std::vector<std::string> kRiskFlags = {"any_any", "management_port_exposed", "wide_port_range",
                                                    "wide_remote_network", "all_ports"};

// A line as typed: every field free text until normalise_line reads it.
struct LineInput {
  std::string direction;
  std::string protocol;
  std::string source;
  std::string destination;
  std::string ports;  // "" or "any": every port
};

// A line in canonical form: endpoints "any" or CIDR text (a single address keeps its full
// length: "203.0.113.10/32"), ports "any" or ascending, merged "22,80,8000-8100".
struct Line {
  std::string direction;
  std::string protocol;
  std::string source;
  std::string destination;
  std::string ports;

  // The customer's side: the destination of inbound traffic, the source of outbound.
  const std::string& own_side() const { return direction == "inbound" ? destination : source; }
  const std::string& remote_side() const { return direction == "inbound" ? source : destination; }
};

struct PortRange {
  int first = 0;
  int last = 0;
  friend bool operator==(const PortRange&, const PortRange&) = default;
};

// "any" (or "") -> nullopt meaning every port; "22", "80,443", "8000-8100", " 22 , 80-81 " ->
// sorted, merged ranges. Errors: firewall.port.malformed (not numbers and ranges),
// firewall.port.out_of_range (0 or above 65535, or a range that runs backwards).
Result<std::optional<std::vector<PortRange>>> parse_ports(std::string_view text);
std::string format_ports(const std::optional<std::vector<PortRange>>& ports);
std::int64_t port_count(const std::optional<std::vector<PortRange>>& ports);

// "any", "0.0.0.0/0" and "::/0" stay as typed ("any" is both families); an address or CIDR is
// canonical. Error firewall.address.malformed.
Result<std::string> canonical_endpoint(std::string_view text);

// Reads one line; field errors name `prefix` + "/direction" etc. (e.g. "lines/0/ports").
// ICMP has no ports: ports other than "any" are refused (firewall.port.not_for_icmp).
// The customer's side may not be "any" (firewall.address.own_side_any).
Result<Line> normalise_line(const LineInput& in, const std::string& prefix);

// Whether `endpoint` (canonical, not "any") lies inside one of `networks` (CIDR or address
// texts; malformed ones are ignored).
bool inside_networks(const std::string& endpoint, const std::vector<std::string>& networks);

// The risk rules. high: any source to any destination; a management port (TCP 22, 23, 3389,
// UDP 161) open to any remote address; more than kWidePortRange ports, or every port, of TCP or
// UDP. medium: a remote network wider than /16 (IPv4) or /32 (IPv6) that is not "any".
constexpr std::int64_t kWidePortRange = 1000;
struct Risk {
  std::string level = "low";
  std::vector<std::string> flags;
};
Risk assess(const Line& line);
// The highest level and every flag (once) of several lines.
Risk combine(const std::vector<Risk>& risks);

// One key per device and rule: two rules with the same key are the same rule.
std::string match_key(std::int64_t device_id, const Line& line);

// ---- R5.2.2: rules in force are reviewed and not expired ----
// A rule as the judgement needs it: dates are YYYY-MM-DD business dates, instants UTC text.
struct RuleSpan {
  std::int64_t id = 0;
  std::string added_at;                   // instant
  std::optional<std::string> removed_at;  // instant
  std::optional<std::string> expires_on;  // date: the last day it may be in force
  std::string reviewed_by;
};
// A rule counts in [from, to) (instants) when it was in force at some time in it. It meets the
// rule when a reviewer approved it and it was not in force after its expiry day (judged up to
// `to`, and up to `now` when that is earlier).
struct Tally {
  std::int64_t met = 0;
  std::int64_t total = 0;
  std::vector<std::int64_t> failing;  // rule ids
};
// Days are the calendar's business days.
Tally judge_rules(const std::vector<RuleSpan>& rules, const std::string& from, const std::string& to,
                  const std::string& now, const BusinessCalendar& calendar);

}  // namespace colo::firewall
