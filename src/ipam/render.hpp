// JSON shapes of IPAM objects, shared by the API answers and the audit log's before/after.
//
// Counts of addresses (utilisation) are JSON integers while exact in JavaScript (up to 2^53)
// and decimal strings beyond: an IPv6 /64 holds 2^64 addresses, more than a double carries
// exactly. `percent` is always a number.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "ipam/model.hpp"

namespace colo::ipam {

boost::json::value count_json(u128 n);
boost::json::object utilisation_json(const Utilisation& u);

boost::json::object vlan_json(const Vlan& v);
boost::json::object vlan_ref_json(const VlanRef& v);
boost::json::object interface_vlans_json(const InterfaceVlans& iv);
boost::json::object cable_json(const Cable& c);
// with_utilisation: false for the audit log (a computed figure, not a property).
boost::json::object prefix_json(const PrefixRecord& p, bool with_utilisation = true);
boost::json::object address_json(const IpAddressRecord& a);
boost::json::object site_utilisation_json(const SiteUtilisation& s);

}  // namespace colo::ipam
