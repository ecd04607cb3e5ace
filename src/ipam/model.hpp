// The network part of the inventory (R5.1.2): VLANs, the VLAN mode of interfaces, cables
// between interfaces, IP prefixes and IP addresses. Plain structs and the allowed values.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ipam/ip.hpp"

namespace colo::ipam {

inline const std::vector<std::string> kVlanStatuses = {"active", "reserved", "deprecated"};
inline const std::vector<std::string> kPrefixStatuses = {"container", "active", "reserved", "deprecated"};
inline const std::vector<std::string> kAddressStatuses = {"active", "reserved", "deprecated", "dhcp"};
inline const std::vector<std::string> kAddressRoles = {"loopback", "secondary", "anycast", "vip",
                                                       "vrrp",     "hsrp",      "glbp",    "carp"};
inline const std::vector<std::string> kInterfaceModes = {"access", "tagged", "tagged-all"};
inline const std::vector<std::string> kCableTypes = {"cat6", "cat6a", "mmf-om4", "smf-os2", "dac", "power"};
inline const std::vector<std::string> kCableStatuses = {"planned", "connected", "decommissioned"};

constexpr int kMinVid = 1;
constexpr int kMaxVid = 4094;
// At most this many addresses per allocation or available-ips answer.
constexpr std::int64_t kMaxAllocation = 256;

// A field a PATCH may set, clear (null) or leave alone (absent).
template <typename T>
using Patch = std::optional<std::optional<T>>;

// ---- VLANs ----

struct Vlan {
  std::int64_t id = 0;
  int vid = 0;
  std::string name;
  std::optional<std::int64_t> site_id;  // nullopt: a global VLAN
  std::string status;
  std::optional<std::int64_t> customer_id;
  std::string description;
  std::string created_at;
  std::string updated_at;
};

struct VlanInput {
  std::optional<int> vid;
  std::optional<std::string> name;
  Patch<std::int64_t> site_id;
  std::optional<std::string> status;
  Patch<std::int64_t> customer_id;
  std::optional<std::string> description;
};

struct VlanFilter {
  std::optional<std::int64_t> site_id;
  bool global_only = false;  // site=null
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> status;
  std::optional<int> vid;
  std::optional<std::string> q;
  std::optional<std::string> sort;  // allowed keys, "-" for descending; none: the list's own order
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// ---- Interface VLAN mode ----

struct VlanRef {
  std::int64_t id = 0;
  int vid = 0;
  std::string name;
  std::optional<std::int64_t> site_id;
};

struct InterfaceVlans {
  std::int64_t interface_id = 0;
  std::optional<std::string> mode;  // nullopt: no 802.1Q mode
  std::optional<VlanRef> untagged;
  std::vector<VlanRef> tagged;
};

struct InterfaceVlansInput {
  std::optional<std::string> mode;
  std::optional<std::int64_t> untagged_vlan_id;
  std::vector<std::int64_t> tagged_vlan_ids;
};

// ---- Cables ----

// One end of a cable as the inventory names it.
struct CableEnd {
  std::int64_t interface_id = 0;
  std::string interface_name;
  std::int64_t device_id = 0;
  std::string device_name;
};

struct Cable {
  std::int64_t id = 0;
  CableEnd a;
  CableEnd b;
  std::string type;
  std::string status;
  std::string label;
  std::optional<double> length_m;
  std::string colour;  // six lower-case hex digits or ""
  std::string created_at;
  std::string updated_at;
};

struct CableInput {
  std::optional<std::int64_t> a_interface_id;
  std::optional<std::int64_t> b_interface_id;
  std::optional<std::string> type;
  std::optional<std::string> status;
  std::optional<std::string> label;
  Patch<double> length_m;
  std::optional<std::string> colour;
};

struct CableFilter {
  std::optional<std::int64_t> device_id;
  std::optional<std::int64_t> interface_id;
  std::optional<std::string> type;
  std::optional<std::string> status;
  std::optional<std::string> q;  // label
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// ---- Prefixes and addresses ----

// Used and usable addresses of a prefix or a site. For containers `used` counts the addresses
// covered by child prefixes and `total` every address of the prefix, as NetBox does.
struct Utilisation {
  u128 used = 0;
  u128 total = 0;
  double percent() const {  // 0..100, two decimals
    if (total == 0) return 0.0;
    return std::round(to_double(used) / to_double(total) * 10000.0) / 100.0;
  }
};

struct PrefixRecord {
  std::int64_t id = 0;
  Prefix prefix;
  std::optional<std::int64_t> site_id;
  std::optional<std::int64_t> vlan_id;
  std::optional<std::int64_t> customer_id;
  std::string status;
  bool is_pool = false;
  std::string description;
  std::string created_at;
  std::string updated_at;
  Utilisation utilisation;
};

struct PrefixInput {
  std::optional<std::string> prefix;  // CIDR text, parsed by the service
  Patch<std::int64_t> site_id;
  Patch<std::int64_t> vlan_id;
  Patch<std::int64_t> customer_id;
  std::optional<std::string> status;
  std::optional<bool> is_pool;
  std::optional<std::string> description;
};

struct PrefixFilter {
  std::optional<std::int64_t> site_id;
  std::optional<std::int64_t> vlan_id;
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> status;
  std::optional<Family> family;
  std::optional<std::string> q;
  std::optional<std::string> within;    // CIDR: prefixes strictly inside it
  std::optional<std::string> contains;  // address or CIDR: prefixes containing it
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct IpAddressRecord {
  std::int64_t id = 0;
  AddressWithMask address;
  std::string status;
  std::optional<std::string> role;
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> interface_id;
  std::string dns_name;
  std::string description;
  std::optional<std::int64_t> prefix_id;  // the most specific prefix containing it
  std::string created_at;
  std::string updated_at;
  // Names of the interface it is assigned to and that interface's device (lists and reads
  // fill them from the inventory; empty when unassigned).
  std::string interface_name;
  std::optional<std::int64_t> device_id;
  std::string device_name;
};

struct IpAddressInput {
  std::optional<std::string> address;     // "203.0.113.10/24"; without a mask the prefix's length
  std::optional<std::int64_t> prefix_id;  // when given, the address must lie inside it
  std::optional<std::string> status;
  Patch<std::string> role;
  Patch<std::int64_t> customer_id;
  Patch<std::int64_t> interface_id;
  std::optional<std::string> dns_name;
  std::optional<std::string> description;
};

struct IpAddressFilter {
  std::optional<std::int64_t> site_id;  // inside a prefix of the site
  std::optional<std::int64_t> vlan_id;  // inside a prefix of the VLAN
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> interface_id;
  std::optional<std::int64_t> prefix_id;  // inside this prefix
  std::optional<std::string> status;
  std::optional<std::string> role;
  std::optional<Family> family;
  std::optional<std::string> q;
  std::optional<std::string> within;  // CIDR
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct AllocationInput {
  std::int64_t count = 1;
  Patch<std::int64_t> customer_id;  // absent: the prefix's customer; null: none
  std::string status = "active";
  std::optional<std::string> role;
  std::string dns_name;
  std::string description;
};

struct SiteUtilisation {
  std::int64_t site_id = 0;
  Family family = Family::v4;
  std::int64_t prefixes = 0;
  Utilisation utilisation;
};

}  // namespace colo::ipam
