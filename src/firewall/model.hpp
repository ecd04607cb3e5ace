// Plain records of the firewall module: requests to open or close access, their lines, and the
// rules in force (with the history of the removed ones).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "firewall/rules.hpp"

namespace colo::firewall {

inline const std::vector<std::string> kActions = {"open", "close"};
inline const std::vector<std::string> kStatuses = {"submitted", "approved", "rejected"};
inline const std::vector<std::string> kDecisions = {"approve", "reject"};
inline const std::vector<std::string> kRemovedReasons = {"closed", "expired"};

struct RequestLine {
  std::int64_t id = 0;
  std::int64_t request_id = 0;
  Line line;
  std::vector<std::string> risk_flags;
  std::optional<std::int64_t> rule_id;  // close: the rule removed
};

struct Request {
  std::int64_t id = 0;
  std::string number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t device_id = 0;
  std::string device_name;
  std::string action;
  std::string reason;
  std::optional<std::string> expires_on;
  std::string risk_level;
  std::vector<std::string> risk_flags;
  std::string status;
  std::optional<std::string> review_risk_level;
  std::optional<std::string> review_note;
  std::optional<std::string> reviewed_by;
  std::optional<std::string> reviewed_at;
  std::string created_by;
  std::string created_at;
  std::string updated_at;
  std::vector<RequestLine> lines;  // filled for one request, empty in lists
};

struct Rule {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t device_id = 0;
  std::string device_name;
  Line line;
  std::string risk_level;
  std::optional<std::string> expires_on;
  std::int64_t added_request_id = 0;
  std::string added_request_number;
  std::string added_at;
  std::string reviewed_by;
  std::optional<std::int64_t> removed_request_id;
  std::optional<std::string> removed_request_number;
  std::optional<std::string> removed_at;
  std::optional<std::string> removed_reason;
};

struct RequestInput {
  std::string action;  // open, close
  std::int64_t device_id = 0;
  std::string reason;
  std::optional<std::string> expires_on;  // open only
  std::vector<LineInput> lines;           // open
  std::vector<std::int64_t> rule_ids;     // close
};

struct Review {
  std::string decision;  // approve, reject
  std::string risk_level;
  std::string note;
};

struct RequestFilter {
  std::optional<std::string> q;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> device_id;
  std::optional<std::string> status;
  std::optional<std::string> action;
  std::optional<std::string> risk_level;
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct RuleFilter {
  std::optional<std::string> q;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> device_id;
  bool in_force = true;                         // false: the removed ones too (history)
  std::optional<std::string> expires_before;    // date: in force and expiring on or before it
  std::optional<std::int64_t> expiring_within;  // days from today (the service turns it into a date)
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// What the expiry job did on one day.
struct ExpiryRun {
  std::int64_t retired = 0;
  std::int64_t notified = 0;
};

// R5.2.2 over a period and the one before it, for the compliance view.
struct RulesInForceMeasure {
  std::int64_t met = 0;
  std::int64_t total = 0;
  std::int64_t previous_met = 0;
  std::int64_t previous_total = 0;
  std::vector<std::int64_t> failing;  // rule ids failing in the period
};

}  // namespace colo::firewall
