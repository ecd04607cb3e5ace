// The vulnerability management module's plain records (R5.2.3): consents to scanning, scans and
// what they saw, findings with their history, schedules, and security assessments.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::vulns {

inline const std::vector<std::string> kConsentSources = {"portal", "signed"};
inline const std::vector<std::string> kProfiles = {"top", "full", "service"};
inline const std::vector<std::string> kScanKinds = {"nmap", "nmap_import", "openvas_import"};
inline const std::vector<std::string> kScanStatuses = {"running", "done", "failed"};
inline const std::vector<std::string> kSeverities = {"critical", "high", "medium", "low", "info"};
inline const std::vector<std::string> kFindingStatuses = {"open", "acknowledged", "fixed", "verified", "accepted"};
inline const std::vector<std::string> kFindingActions = {"found",    "acknowledged", "fixed",    "verified",
                                                         "reopened", "accepted",     "assigned", "seen"};
// What the caller may do with a finding now.
inline const std::vector<std::string> kFindingSteps = {"acknowledge", "fix", "accept", "assign"};
inline const std::vector<std::string> kProtocols = {"tcp", "udp"};
inline const std::vector<std::string> kAssessmentStatuses = {"open", "closed"};
inline const std::vector<std::string> kItemKinds = {"finding", "action"};
inline const std::vector<std::string> kItemStatuses = {"open", "done"};

struct Consent {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string granted_by, granted_on;
  std::vector<std::string> scope;  // canonical CIDRs
  std::string valid_from, valid_until;
  std::string source = "portal";
  std::string document;
  std::optional<std::string> file_hash, file_type;  // the signed document uploaded
  std::optional<std::string> revoked_at;
  std::string created_by, created_at;
};

// The signed document of a consent, as stored.
struct ConsentFile {
  std::string path, content_type, file_name;
};

struct ConsentInput {
  std::int64_t customer_id = 0;  // a customer principal's own, whatever it sends
  std::string granted_by, granted_on;
  std::vector<std::string> scope;
  std::string valid_from, valid_until;
  std::string source = "portal";
  std::string document;
};

struct AllowedPort {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string protocol = "tcp";
  int port = 0;
  std::string note;
  std::string created_by, created_at;
};

struct Schedule {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::vector<std::string> targets;
  std::string profile = "top";
  std::optional<std::string> ports;
  int interval_days = 30;
  std::string next_run_on;
  bool active = true;
  std::string created_by, created_at, updated_at;
};

struct ScheduleInput {
  std::int64_t customer_id = 0;
  std::vector<std::string> targets;
  std::string profile = "top";
  std::optional<std::string> ports;
  int interval_days = 30;
  std::optional<std::string> first_run_on;  // default today
  bool active = true;
};

struct Scan {
  std::int64_t id = 0;
  std::string number;  // SCN-2026-000001
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> schedule_id;
  std::string kind = "nmap";
  std::vector<std::string> targets;
  std::optional<std::string> profile, ports;
  std::string status = "done";
  std::int64_t hosts_up = 0, open_ports = 0;
  std::int64_t findings_new = 0, findings_closed = 0, findings_reopened = 0;
  std::optional<std::string> error;
  std::string started_at, finished_at, created_by;
};

struct ScanPort {
  std::string host, protocol;
  int port = 0;
  std::string service, product, version;
};

struct ScanInput {
  std::int64_t customer_id = 0;
  std::vector<std::string> targets;
  std::string profile = "top";
  std::optional<std::string> ports;  // nmap's -p list ("22,80,8000-8100"); default by profile
};

struct Finding {
  std::int64_t id = 0;
  std::string number;  // VUL-2026-000001
  std::int64_t customer_id = 0;
  std::string host, protocol;
  int port = 0;
  std::string plugin, title, detail;
  std::optional<std::int64_t> cvss_tenths;
  std::string severity, status = "open", due_on, owner;
  std::optional<std::string> acknowledged_by, acknowledged_at, risk_reason, risk_approved_by;
  std::int64_t first_scan_id = 0, last_scan_id = 0;
  std::string first_seen_at, last_seen_at;
  std::optional<std::string> closed_at;
  std::string updated_at;
  bool overdue = false;  // computed when read
};

struct FindingEvent {
  std::int64_t id = 0;
  std::int64_t finding_id = 0;
  std::string action, status, note;
  std::optional<std::int64_t> scan_id;
  std::string actor, at;
};

struct FindingDetail {
  Finding finding;
  std::vector<FindingEvent> history;
  std::vector<std::string> actions;
};

struct FindingFilter {
  std::optional<std::int64_t> customer, scan;
  std::optional<std::string> severity, status, host, q, sort;
  std::optional<bool> overdue;
  std::int64_t limit = 50, offset = 0;
};

struct ScanFilter {
  std::optional<std::int64_t> customer, schedule;
  std::optional<std::string> kind, status, q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct ScanDetail {
  Scan scan;
  std::vector<ScanPort> ports;
};

struct CustomerFilter {
  std::optional<std::int64_t> customer;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct Assessment {
  std::int64_t id = 0;
  std::string number;                       // SA-2026-000001
  std::optional<std::int64_t> customer_id;  // none: the operator itself
  std::string title, scope, assessed_on, assessor;
  std::string status = "open";
  std::string summary;
  std::optional<std::string> closed_at;
  std::string created_by, created_at, updated_at;
  std::int64_t open_items = 0, overdue_items = 0;  // computed when read
};

struct AssessmentItem {
  std::int64_t id = 0;
  std::int64_t assessment_id = 0;
  std::string kind = "finding";
  std::string title;
  std::string severity = "medium";
  std::string owner, due_on;
  std::string status = "open";
  std::optional<std::string> resolution, closed_at;
  std::string created_by, created_at;
  bool overdue = false;
};

struct AssessmentDetail {
  Assessment assessment;
  std::vector<AssessmentItem> items;
};

struct AssessmentInput {
  std::optional<std::int64_t> customer_id;
  std::string title, scope, assessed_on, assessor, summary;
};

struct ItemInput {
  std::string kind = "finding";
  std::string title, severity = "medium", owner, due_on;
};

struct AssessmentFilter {
  std::optional<std::int64_t> customer;
  std::optional<bool> operator_only;
  std::optional<std::string> status, q, sort;
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::vulns
