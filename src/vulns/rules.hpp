// Pure rules of vulnerability management (R5.2.3): what a scan may target, severity from CVSS,
// remediation deadlines, the finding's steps, what a rescan does to earlier findings, and the
// measure of "scans on schedule and findings fixed by their deadline". No database, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace colo::vulns {

// ---- Targets and scope ----

// An address ("192.0.2.10") or a CIDR ("192.0.2.0/28") in canonical CIDR text ("192.0.2.10/32").
// 422 field error vulns.target.malformed otherwise.
Result<std::string> canonical_target(std::string_view text);
// Whether `target` (canonical CIDR) lies inside one of `cidrs` (canonical CIDRs).
bool covered_by(const std::string& target, const std::vector<std::string>& cidrs);
// Whether an address (text) lies inside one of the targets.
bool address_in(const std::string& address, const std::vector<std::string>& targets);
// The largest target a scan accepts, in addresses (a /22 of IPv4): scans stay small and bounded.
inline constexpr int kMinIpv4TargetLength = 22;
inline constexpr int kMinIpv6TargetLength = 120;
bool target_small_enough(const std::string& target);

// A consent is in force on `today` when not revoked and today is within [valid_from, valid_until].
struct ConsentWindow {
  std::string valid_from, valid_until;
  bool revoked = false;
  std::vector<std::string> scope;
};
bool consent_in_force(const ConsentWindow& c, const std::string& today);

// nmap's port list: numbers 1–65535 and ranges "a-b" (a <= b), comma-separated, at most 64 items.
bool valid_port_list(std::string_view text);
// The ports of a -p list or of nmap's <scaninfo services="...">, as [first, last] ranges.
std::vector<std::pair<int, int>> port_ranges(std::string_view text);
bool port_in(int port, const std::vector<std::pair<int, int>>& ranges);

// The nmap command line of a scan: TCP connect scan (-sT, no raw sockets, no root), no ping (-Pn:
// loopback and filtered hosts still get scanned), XML to `out_file`. Profiles: top (the 100 most
// common ports), full (all 65535), service (top 100 with version detection). `ports` overrides
// the profile's port set.
std::vector<std::string> nmap_args(const std::string& nmap, const std::string& profile,
                                   const std::optional<std::string>& ports, const std::vector<std::string>& targets,
                                   const std::string& out_file, int host_timeout_s);

// ---- Severity and deadlines ----

// CVSS base score in tenths (0–100) to severity: critical >= 9.0, high >= 7.0, medium >= 4.0,
// low >= 0.1, info 0.0.
std::string severity_of(std::int64_t cvss_tenths);
// "7.5" or "10" or "0.0" to tenths; nullopt when not a score in 0–10.
std::optional<std::int64_t> parse_cvss(std::string_view text);
// An open port the customer did not declare: no CVSS, judged medium.
inline constexpr const char* kUndeclaredPortSeverity = "medium";
inline constexpr const char* kOpenPortPlugin = "open-port";

struct DeadlineDays {
  int critical = 7, high = 30, medium = 90, low = 180, info = 365;
};
int days_for(const DeadlineDays& d, const std::string& severity);
Date due_date(Date found_on, const std::string& severity, const DeadlineDays& d);

// ---- Findings ----

// Not closed: still to be fixed (fixed is a claim waiting for a rescan).
bool finding_open(const std::string& status);
// Open past its due date (a claimed fix not yet verified stays overdue).
bool finding_overdue(const std::string& status, const std::string& due_on, const std::string& today);
// A step by a person: acknowledge (open -> acknowledged), fix (open/acknowledged -> fixed, a
// claim), accept (open/acknowledged -> accepted risk, reason and approval). 409
// vulns.finding.step otherwise. Verification and reopening come only from rescans.
Result<std::string> step_to(const std::string& status, const std::string& step);
std::vector<std::string> steps_for(const std::string& status, bool can_respond, bool can_manage);

// What a scan does to a finding it could have seen (its host and port were scanned).
enum class Reconcile { none, seen, reopen, verify };
// seen: still there (open, acknowledged, accepted stay as they are); reopen: seen again after
// fixed or verified; verify: not seen any more while not closed (open, acknowledged, fixed) —
// the rescan proves it fixed.
Reconcile reconcile(const std::string& status, bool seen, bool covered);

// ---- Compliance: scans on schedule and findings fixed by their deadline (R5.2.3) ----

struct ScheduleFact {
  std::int64_t id = 0;
  std::string label;  // the customer and targets, for the failing list
  int interval_days = 30;
  std::string active_from;             // the schedule's creation date (business date)
  std::vector<std::string> run_dates;  // dates of completed scans of the schedule, ascending
};
struct FindingFact {
  std::int64_t id = 0;
  std::string number, status, due_on;
  std::optional<std::string> closed_on;  // date verified or accepted
};
struct ClauseMeasure {
  std::int64_t met = 0, total = 0;
  std::int64_t previous_met = 0, previous_total = 0;
  std::vector<std::pair<std::int64_t, std::string>> failing;  // (id, number or label)
};
// A schedule meets the rule in [from, to) when no gap in it (from its start or the period's, to
// each run, to the period's end or `today` if earlier) exceeds its interval by more than a day.
bool schedule_kept(const ScheduleFact& s, const std::string& from, const std::string& to, const std::string& today);
// A finding due in [from, to) meets the rule when verified or accepted on or before its due date.
bool finding_kept(const FindingFact& f);
// Both, for [from, to) and the period of the same length before it.
ClauseMeasure measure_r5_2_3(const std::vector<ScheduleFact>& schedules, const std::vector<FindingFact>& findings,
                             Date from, Date to, Date today);

}  // namespace colo::vulns
