// Facility access (R4.2.1): the people each customer allows on site, their visits with a code
// for the front desk, and the entry/exit log per room. Plain structs; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace colo::facility {

inline const std::vector<std::string> kPersonStatuses = {"pending", "approved", "rejected"};
inline const std::vector<std::string> kIdTypes = {"resident_id", "passport", "hk_macao_permit", "taiwan_permit",
                                                  "other"};
inline const std::vector<std::string> kVisitStatuses = {"requested",  "approved",    "rejected",
                                                        "checked_in", "checked_out", "cancelled"};
inline const std::vector<std::string> kEntryEvents = {"check_in", "check_out", "refused"};
inline const std::vector<std::string> kRefusalReasons = {"not_approved", "person_not_authorised", "outside_window",
                                                         "room_not_granted"};

// One authorised person. The ID number and phone are sealed at rest; answers carry them masked
// (id_number_masked, phone_masked) and only a reveal, audited, opens them.
struct Person {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string name, id_type, id_number_masked, phone_masked, company;
  std::vector<std::int64_t> rooms, racks;
  std::string valid_from, valid_to;  // business dates, both included
  std::string status = "pending";
  std::optional<std::string> decided_by, decided_at;
  std::string created_by, created_at;
};

struct PersonInput {
  std::optional<std::int64_t> customer_id;  // staff name it; a customer's own is implied
  std::string name, id_type, id_number, phone, company;
  std::vector<std::int64_t> rooms, racks;
  std::string valid_from, valid_to;
};

struct PersonIdentity {
  std::int64_t id = 0;
  std::string id_type, id_number, phone;
};

struct PersonFilter {
  std::optional<std::string> q, sort, status;
  std::optional<std::int64_t> customer;
  std::int64_t limit = 50, offset = 0;
};

struct Visit {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::string starts_at, ends_at;  // instants, UTC
  std::vector<std::int64_t> rooms, racks;
  std::string purpose, carried;
  std::string status = "requested";
  std::optional<std::string> code;  // once approved
  std::string requested_by;
  std::optional<std::string> decided_by, decided_at;
  std::optional<std::string> checked_in_at, checked_out_at, escort;
  std::optional<std::int64_t> checked_in_room;
  std::string created_at;
};

struct VisitInput {
  std::optional<std::int64_t> customer_id;
  std::int64_t person_id = 0;
  std::string starts_at, ends_at;
  std::vector<std::int64_t> rooms, racks;
  std::string purpose, carried;
};

struct VisitFilter {
  std::optional<std::string> q, sort, status;
  std::optional<Date> day;                      // visits whose window touches this business day
  std::optional<std::string> day_from, day_to;  // the day's instants, set by the service
  std::optional<std::int64_t> customer, person;
  std::int64_t limit = 50, offset = 0;
};

struct EntryLog {
  std::int64_t id = 0;
  std::string at;
  std::optional<std::int64_t> room_id, visit_id, person_id, customer_id;
  std::string person_name;
  std::string event;
  std::optional<std::string> reason, code, escort;
  std::string actor;
};

struct EntryFilter {
  std::optional<std::string> q, sort, event;
  std::optional<Date> from_day, to_day;  // business days, both included
  std::optional<std::string> from, to;   // their instants [from, to), set by the service
  std::optional<std::int64_t> room, customer, visit;
  std::int64_t limit = 50, offset = 0;
};

inline const std::vector<std::string> kSlipDirections = {"in", "out"};
inline const std::vector<std::string> kSlipStatuses = {"requested", "approved", "rejected", "completed", "cancelled"};

// One device on an equipment slip: a ledger device, or a new one known by its serial number.
struct SlipItem {
  std::int64_t id = 0;
  std::optional<std::int64_t> device_id;
  std::string serial, description;
  std::optional<std::int64_t> contract_id;
};

// An equipment slip (设备出入库): devices moving in or out, approved before it happens.
struct Slip {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string direction, status = "requested", planned_on, note;
  bool needs_release = false;
  std::optional<std::string> released_by, released_at;
  std::string requested_by;
  std::optional<std::string> decided_by, decided_at, completed_by, completed_at;
  std::string created_at;
  std::vector<SlipItem> items;
};

struct SlipInput {
  std::optional<std::int64_t> customer_id;
  std::string direction, planned_on, note;
  std::vector<SlipItem> items;
};

struct SlipFilter {
  std::optional<std::string> q, sort, status, direction;
  std::optional<std::int64_t> customer;
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::facility
