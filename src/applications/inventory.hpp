// What applications need from the rest of Colo, behind one seam: the device catalogue, sites and
// rooms, rack capacity, reservations and planned devices (dcim), free addresses (ipam) and the
// customer record. module.cpp implements it over those modules' services, so the applications
// store reads no other module's tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "applications/placement.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::applications {

struct DeviceTypeInfo {
  std::int64_t id = 0;
  std::string label;  // "Dell PowerEdge R650"
  int height_hu = 2;
  bool full_depth = true;
  std::int64_t max_power_w = 0;
  std::int64_t weight_g = 0;
};

struct SiteInfo {
  std::int64_t id = 0;
  std::string name;
  std::int64_t uplink_mbps = 0;  // 0: not configured
};

struct RoomInfo {
  std::int64_t id = 0;
  std::string name;
  std::int64_t site_id = 0;
};

struct RackInfo {
  std::int64_t id = 0;
  std::string name;
  int u_height = 42;
  std::int64_t room_id = 0, site_id = 0;
  std::string room_name, site_name;
};

// A device to enter into the ledger as planned when a contract is activated.
struct PlannedDevice {
  std::int64_t customer_id = 0;
  std::optional<std::int64_t> device_type_id;  // nullopt: the customer's own figures below
  std::string label;
  int height_hu = 0;
  bool full_depth = true;
  std::int64_t power_w = 0;
  std::string name;
  std::int64_t rack_id = 0;
  int bottom_hu = 0;
  std::string face;  // front | rear | both
  bool redundant = true;
  std::string feed = "A";
  std::string role = "server";  // the ledger's device role (device_role_for the label)
};

class Inventory {
 public:
  virtual ~Inventory() = default;
  // The company information of a customer for the application's snapshot, read in its own
  // transaction (call it before opening a write transaction); not_found when unknown.
  virtual Result<boost::json::value> company(const Context& ctx, std::int64_t customer_id) = 0;
  virtual Result<std::optional<DeviceTypeInfo>> device_type(db::Tx& tx, std::int64_t id) = 0;
  virtual Result<std::optional<SiteInfo>> site(db::Tx& tx, std::int64_t id) = 0;
  virtual Result<std::optional<RoomInfo>> room(db::Tx& tx, std::int64_t id) = 0;
  // Every rack of the scope with its occupancy, reservations, power and weight; used_by_customer
  // set where `customer_id` has devices or reservations.
  virtual Result<std::vector<RackCapacity>> racks(db::Tx& tx, std::int64_t customer_id,
                                                  std::optional<std::int64_t> site_id,
                                                  std::optional<std::int64_t> room_id) = 0;
  // Reserves units for the customer inside `tx`; the reservation's id.
  virtual Result<std::int64_t> reserve(db::Tx& tx, const Context& ctx, std::int64_t rack_id, std::int64_t customer_id,
                                       int bottom_hu, int height_hu, Instant expires_at, const std::string& reason) = 0;
  // Releases a reservation inside `tx`; one already released or expired is left alone.
  virtual Status release(db::Tx& tx, const Context& ctx, std::int64_t reservation_id) = 0;
  // Enters a planned device inside `tx`; its id.
  virtual Result<std::int64_t> create_device(db::Tx& tx, const Context& ctx, const PlannedDevice& device) = 0;
  // Free IPv4 addresses at a site (ipam) in its pools for customers, which activation assigns
  // from; read in its own transaction; nullopt when the site has no IPv4 plan.
  virtual Result<std::optional<std::int64_t>> free_ipv4(const Context& ctx, std::int64_t site_id) = 0;
};

}  // namespace colo::applications
