// Plain structs of infrastructure assets and their maintenance (R4.1.2, R4.1.3): the operator's
// power, cooling and fire equipment, plans with a schedule and a checklist template, and the work
// orders generated from them. Staff only: no customer owns any of these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "facility/maintenance_rules.hpp"

namespace colo::facility {

struct Asset {
  std::int64_t id = 0;
  std::string code, name, kind, model, serial;
  std::int64_t room_id = 0;
  std::optional<std::int64_t> power_feed_id;
  std::optional<std::string> installed_on;  // date
  std::string status = "in_service", note;
  std::string created_at, updated_at;
};

// Create: code, name, kind and room required. Update: what is given changes; a power feed or
// installation date given as null is cleared (clear_* set).
struct AssetInput {
  std::optional<std::string> code, name, kind, model, serial, status, note, installed_on;
  std::optional<std::int64_t> room_id, power_feed_id;
  bool clear_power_feed = false, clear_installed_on = false;
};

struct AssetFilter {
  std::optional<std::string> q, sort, kind, status;
  std::optional<std::int64_t> room, power_feed;
  std::int64_t limit = 50, offset = 0;
};

struct Plan {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> asset_id;   // one asset …
  std::optional<std::string> asset_kind;  // … or every asset of a kind
  int every = 0;
  std::string unit;
  std::string first_due;
  std::vector<ChecklistItem> checklist;
  bool active = true;
  std::string created_by, created_at;
};

struct PlanInput {
  std::string name;
  std::optional<std::int64_t> asset_id;
  std::optional<std::string> asset_kind;
  int every = 0;
  std::string unit, first_due;
  std::vector<ChecklistItem> checklist;
};

struct PlanFilter {
  std::optional<std::string> q, sort, kind;
  std::optional<std::int64_t> asset;
  std::optional<bool> active;
  std::int64_t limit = 50, offset = 0;
};

struct PhotoInfo {
  std::int64_t id = 0;
  std::string item_key, content_type;
  std::int64_t size_bytes = 0;
  std::string uploaded_by, uploaded_at;
};

struct WorkOrder {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string plan_name;
  std::int64_t asset_id = 0;
  std::string asset_code, asset_name, asset_kind;
  std::string due_on, status = "open";
  std::optional<std::string> assignee;
  std::vector<Answer> results;
  std::optional<std::string> completed_by, completed_at, signed_by, signed_at, next_due_on;
  std::string created_at;
  bool overdue = false;  // not closed and due before today
  // Detail only.
  std::vector<ChecklistItem> checklist;
  std::vector<PhotoInfo> photos;
};

struct WorkOrderFilter {
  std::optional<std::string> q, sort, status, assignee, kind, due_from, due_to;
  std::optional<std::int64_t> asset, plan;
  std::optional<bool> overdue;
  std::int64_t limit = 50, offset = 0;
};

struct Photo {
  PhotoInfo info;
  std::string bytes;
};

}  // namespace colo::facility
