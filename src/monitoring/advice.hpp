// Optimisation advice (R5.3.3): for a month, per customer and for operations, the ports whose 95th
// percentile is above 80 % of their speed, the ports that carried next to nothing, the power
// feeds near their capacity at the 95th percentile, and the rooms whose temperature or humidity
// rules fired; each with a suggested action (a catalogue text, rendered in the reader's language).
//
// advise() is pure; monthly_advice() gathers its inputs from the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/error.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "monitoring/availability.hpp"
#include "tsdb/store.hpp"

namespace colo::monitoring {

struct PortUsage {
  std::int64_t device_id = 0, if_index = 0;
  std::string name;  // device name / interface name
  std::optional<std::int64_t> customer_id;
  double speed_bps = 0;
  std::optional<double> p95_bps;  // of max(in, out) per five minutes; nullopt when not measured
};

struct FeedPower {
  std::int64_t rack_id = 0;
  std::string name;  // rack name / feed
  std::optional<std::int64_t> customer_id;
  double capacity_w = 0;
  std::optional<double> p95_w;
};

struct RoomExcursions {
  std::int64_t room_id = 0;
  std::string name;
  int alerts = 0;  // temperature or humidity alerts fired in the month
};

struct AdviceLevels {
  double port_hot = 0.80;    // of speed, at the 95th percentile
  double port_idle = 0.001;  // of speed, at the 95th percentile
  double feed_near = 0.80;   // of capacity, at the 95th percentile
};

struct Advice {
  std::string kind;  // port.hot, port.idle, feed.near_limit, room.out_of_range
  std::string subject;
  std::optional<std::int64_t> customer_id;
  double figure = 0;       // percent of speed or capacity; alerts for rooms
  std::string action_key;  // "advice.port.hot"
  MessageParams params;
  // What the advice is about, so that a page can link to it: the device of a port, the rack of a
  // feed, the room.
  std::string object_type;  // device, rack, room
  std::int64_t object_id = 0;
  std::optional<std::int64_t> if_index;  // ports only
};
inline const std::vector<std::string> kAdviceObjects = {"device", "rack", "room"};
inline const std::vector<std::string> kAdviceKinds = {"port.hot", "port.idle", "feed.near_limit", "room.out_of_range"};

// In the order of the inputs, hot before idle; unmeasured ports and feeds give no advice.
std::vector<Advice> advise(const std::vector<PortUsage>& ports, const std::vector<FeedPower>& feeds,
                           const std::vector<RoomExcursions>& rooms, AdviceLevels levels = {});

// The 95th percentile of the values (the ceil(0.95 n)-th smallest); nullopt when empty.
std::optional<double> p95(std::vector<double> values);

// Advice for [from, to): a customer principal's own ports and feeds only (and no rooms);
// `customer` narrows staff's answer to one customer.
Result<std::vector<Advice>> monthly_advice(db::Database& db, tsdb::Store& store, const Context& ctx,
                                           std::optional<std::int64_t> customer, Interval period);

}  // namespace colo::monitoring
