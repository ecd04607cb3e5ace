// Hosting applications (托管申请, R3.1.1): what a customer asks for — company information, the
// devices to host and the service needs — and where it stands in the three-department approval.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "core/clock.hpp"

namespace colo::applications {

// The approval states (R3.1.2-R3.2.3). `returned` waits for the customer's changes and goes back
// to business review when resubmitted; `contracted` is set when the contract is activated.
inline const std::vector<std::string> kStates = {"draft",    "business_review", "technical_review", "management_review",
                                                 "approved", "contracted",      "returned",         "rejected",
                                                 "withdrawn"};
inline const std::vector<std::string> kSpaceKinds = {"units", "racks"};
inline const std::vector<std::string> kExtraServices = {"remote_hands", "data_backup"};

// One line of devices to host: a device type of the catalogue, or the customer's own figures.
struct DeviceLine {
  std::optional<std::int64_t> device_type_id;
  std::string label;  // the type's "Dell PowerEdge R650" or the customer's description
  int height_hu = 2;  // half units (a 2U server: 4)
  bool full_depth = true;
  std::int64_t power_w = 0;   // maximum draw of one device
  std::int64_t weight_g = 0;  // one device
  int count = 1;
  // The customer stated power_w for a catalogue type (required when the type has no figure);
  // otherwise a catalogue line takes the type's maximum draw.
  bool power_stated = false;
};

struct Needs {
  std::optional<std::int64_t> site_id, room_id;  // preference
  std::string space = "units";                   // units | racks (whole racks)
  int units = 0;                    // rack units wanted when space = units (0: as many as the devices take)
  int racks = 0;                    // whole racks wanted when space = racks
  std::int64_t power_w = 0;         // total power wanted (0: the devices' maximum draw)
  bool redundant = true;            // A+B feeds
  std::int64_t bandwidth_mbps = 0;  // committed bandwidth
  int ipv4_count = 0;
  std::optional<Date> start_date;
  int term_months = 0;
  std::vector<std::string> extra_services;  // remote_hands, data_backup
  std::string notes;
};

// The proposal the technical reviewer accepted, with the reservations it holds.
struct AcceptedPlacement {
  boost::json::value proposal;  // as answered by the feasibility endpoint
  std::vector<std::int64_t> reservation_ids;
  std::string accepted_at, accepted_by, expires_at;

  // The site the proposal places the devices at, when it names one.
  std::optional<std::int64_t> site_id() const {
    if (const auto* o = proposal.if_object())
      if (const auto* site = o->if_contains("site"); site && site->is_object())
        if (const auto* id = site->as_object().if_contains("id"); id && id->is_int64()) return id->as_int64();
    return std::nullopt;
  }
};

struct Application {
  std::int64_t id = 0;
  std::string number;  // APP-2026-000123
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string status = "draft";
  boost::json::value company;  // snapshot of the customer record when last saved
  std::vector<DeviceLine> devices;
  Needs needs;
  std::int64_t created_by = 0;
  std::string created_by_name;
  std::optional<std::string> submitted_at, decided_at;
  std::optional<std::int64_t> contract_id;
  std::optional<AcceptedPlacement> placement;
  std::string created_at, updated_at;
};

// A change from the API: absent fields stay as they are.
struct ApplicationInput {
  std::optional<std::int64_t> customer_id;  // staff creating for a customer
  std::optional<std::vector<DeviceLine>> devices;
  std::optional<std::optional<std::int64_t>> site_id, room_id;
  std::optional<std::string> space;
  std::optional<int> units, racks;
  std::optional<std::int64_t> power_w;
  std::optional<bool> redundant;
  std::optional<std::int64_t> bandwidth_mbps;
  std::optional<int> ipv4_count;
  std::optional<std::optional<Date>> start_date;
  std::optional<int> term_months;
  std::optional<std::vector<std::string>> extra_services;
  std::optional<std::string> notes;
};

struct ListFilter {
  std::optional<std::string> status;
  std::optional<std::int64_t> customer;
  std::optional<std::string> q;
  bool mine = false;
  bool pending_for_me = false;      // the caller's inbox: the review steps of their department
  std::optional<std::string> sort;  // none: newest first
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::applications
