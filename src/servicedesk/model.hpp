// The service desk (服务台, R7, R2.1): tickets raised by customers, staff, e-mail replies and
// monitoring alerts; their SLA clocks in a contract's calendar; complaints (R7.2.2) and scheduled
// maintenance. Plain structs and enums only; rules are in priority.hpp, lifecycle.hpp and
// business_time.hpp, SQL in store.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace colo::db {
class Tx;
}

namespace colo::servicedesk {

// incident 故障, service_request 服务请求 (代维 and the rest), complaint 投诉, consultation 咨询,
// compensation 数据丢失赔偿 (R9.2.2; assessed by the service-level part).
inline const std::vector<std::string> kTypes = {"incident", "service_request", "complaint", "consultation",
                                                "compensation"};
inline const std::vector<std::string> kRequestCategories = {"remote_hands",  "cabling", "equipment_in",
                                                            "equipment_out", "reboot",  "installation"};
inline const std::vector<std::string> kStatuses = {"new",      "assigned", "in_progress", "waiting_for_customer",
                                                   "resolved", "closed"};
inline const std::vector<std::string> kGroups = {"operations", "technical", "business", "finance"};
inline const std::vector<std::string> kPriorities = {"P1", "P2", "P3", "P4"};
inline const std::vector<std::string> kChannels = {"portal", "staff", "email", "alert"};
inline const std::vector<std::string> kCalendars = {"7x24", "working_hours"};
inline const std::vector<std::string> kComplaintStates = {"acknowledged", "answered", "accepted", "disputed"};

// Impact and urgency are 1 (high) .. 3 (low); their matrix gives the priority (priority.hpp).
enum class Priority { P1 = 1, P2 = 2, P3 = 3, P4 = 4 };

// Escalation steps of one SLA clock, taken in order and recorded once each.
enum class Stage { none = 0, warned = 1, breached = 2, management = 3 };

// Minutes per priority, P1 first.
using PerPriority = std::array<int, 4>;

// A contract's service-desk terms (kept per contract in servicedesk_contract_targets; a contract
// without a row gets default_targets()).
struct Targets {
  std::string calendar = "7x24";  // one of kCalendars
  PerPriority response_minutes{};
  PerPriority resolution_minutes{};
};

struct TicketObject {
  std::string kind;  // device | rack
  std::int64_t ref_id = 0;
  std::string label;
};

struct Ticket {
  std::int64_t id = 0;
  std::string number;  // TK-2026-000001
  std::string type;
  std::optional<std::string> category;
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> contract_id;
  std::string title, description;
  int impact = 3, urgency = 3;
  std::string priority = "P4";
  std::string status = "new";
  std::string group = "operations";
  std::optional<std::int64_t> assignee_id;
  std::optional<std::string> assignee_name;
  std::string channel = "staff";
  std::optional<std::string> alert_id;
  std::string raised_by_name;
  std::string calendar = "7x24";
  int response_target_minutes = 0, resolution_target_minutes = 0;
  std::string response_due_at, resolution_due_at;
  std::optional<std::string> first_response_at, paused_since, resolved_at, closed_at;
  int reopen_count = 0;
  int response_stage = 0, resolution_stage = 0;
  bool breached = false;
  std::optional<std::string> escalated_at;
  std::optional<std::string> complaint_state, answer_due;
  bool dispute_flag = false;
  std::optional<int> satisfaction;
  std::optional<std::string> satisfaction_comment;
  int row_version = 1;
  std::string created_at, updated_at;
  std::vector<TicketObject> objects;
};

struct Comment {
  std::int64_t id = 0;
  std::int64_t ticket_id = 0;
  bool internal = false;
  std::string body;
  std::string author_name;
  bool by_customer = false;
  std::string created_at;
};

struct Attachment {
  std::int64_t id = 0;
  std::int64_t ticket_id = 0;
  std::optional<std::int64_t> comment_id;
  bool internal = false;
  std::string file_name, content_type;
  std::int64_t size = 0;
  std::string hash;
  std::string uploaded_by_name, created_at;
};

// One timeline step, by message key and JSON parameters.
struct Event {
  std::int64_t id = 0;
  std::int64_t ticket_id = 0;
  bool internal = false;
  std::string key;     // servicedesk.timeline.…
  std::string params;  // JSON object
  std::string actor_name, created_at;
};

struct ComplaintAnswer {
  std::int64_t id = 0;
  std::int64_t ticket_id = 0;
  std::string body, answered_by_name, answered_at;
  std::optional<std::string> verdict, verdict_comment, verdict_at;
};

struct Maintenance {
  std::int64_t id = 0;
  std::string number;  // MW-2026-000001
  std::string title, description;
  std::string starts_at, ends_at;
  bool emergency = false;
  std::optional<std::string> emergency_reason;
  std::string status = "scheduled";  // scheduled | cancelled | completed
  std::string announced_at, created_by_name, created_at, updated_at;
  std::vector<TicketObject> objects;
  std::vector<std::int64_t> customer_ids;
};

// An announced maintenance window of one customer, as availability excludes it (the service-level
// part reads these through maintenance_windows()).
struct MaintenanceWindow {
  std::int64_t maintenance_id = 0;
  Instant starts_at{}, ends_at{};
  bool emergency = false;
  std::int64_t customer_id = 0;  // the customer it was announced to
};

// Configuration ([servicedesk] in the TOML file).
struct Settings {
  int reopen_days = 7;
  int complaint_answer_days = 15;
  int maintenance_notice_hours = 72;
  std::int64_t attachment_max_bytes = 10 * 1024 * 1024;
  std::vector<std::string> attachment_types = {"image/png", "image/jpeg", "application/pdf", "text/plain"};
  PerPriority resolution_minutes = {4 * 60, 8 * 60, 24 * 60, 72 * 60};
  int warn_percent = 80;              // warn when this share of a target is spent
  int management_after_minutes = 60;  // after a breach, escalate to management this much later
};

}  // namespace colo::servicedesk
