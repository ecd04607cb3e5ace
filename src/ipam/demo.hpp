// Demo network data: per demo site a public IPv4 /24 from the documentation ranges, an IPv6 /48
// from 2001:db8::/32, a management VLAN and one VLAN per customer, customer addresses, and a few
// cables between switches and servers. Idempotent: what exists is left as it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"

namespace colo::ipam {

class Service;

// A server port and the switch port it should be cabled to.
struct DemoLink {
  std::int64_t server_interface = 0;
  std::int64_t switch_interface = 0;
  std::optional<std::int64_t> customer_id;  // the server's owner: its port goes into its VLAN
};

struct DemoSite {
  std::int64_t id = 0;
  std::string slug;  // for DNS names: "bj1"
  std::string name;  // for descriptions: "北京亦庄数据中心"
  std::vector<DemoLink> links;
  std::vector<std::int64_t> uplinks;  // switch ports that carry every VLAN
};

struct DemoInput {
  std::vector<DemoSite> sites;             // at most three get address space
  std::vector<std::int64_t> customer_ids;  // the demo customers
};

Status load_demo(Service& service, const Context& ctx, const DemoInput& input);

// A /26 pool for customers (the upper quarter) in each site's public IPv4 /24, where contracts'
// addresses are assigned from at activation; idempotent.
Status ensure_customer_pools(Service& service, const Context& ctx);

}  // namespace colo::ipam
