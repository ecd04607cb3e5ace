// JSON shapes of IPAM objects (core/shape.hpp), shared by the API answers, their schemas and the
// audit log's before/after.
//
// Counts of addresses (utilisation) are JSON integers while exact in JavaScript (up to 2^53)
// and decimal strings beyond: an IPv6 /64 holds 2^64 addresses, more than a double carries
// exactly. `percent` is always a number.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/shape.hpp"
#include "ipam/model.hpp"

namespace colo::ipam {

shape::Count count_of(u128 n);

namespace render {

inline std::optional<std::string> unless_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

template <typename W>
void utilisation(W& w, const Utilisation& u) {
  w.field("used", count_of(u.used));
  w.field("total", count_of(u.total));
  w.field("percent", u.percent());
}

template <typename W>
void vlan(W& w, const Vlan& v, bool brief = false) {
  w.field("id", v.id);
  w.field("vid", v.vid);
  w.field("name", v.name);
  w.when(!brief, [&] {
    w.field("site", v.site_id);
    w.field("status", v.status, kVlanStatuses);
    w.field("customer", v.customer_id);
    w.field("description", v.description);
    w.field("created_at", v.created_at);
    w.field("updated_at", v.updated_at);
  });
}

template <typename W>
void vlan_ref(W& w, const VlanRef& v) {
  w.field("id", v.id);
  w.field("vid", v.vid);
  w.field("name", v.name);
  w.field("site", v.site_id);
}

template <typename W>
void interface_vlans(W& w, const InterfaceVlans& iv) {
  w.field("interface", iv.interface_id);
  w.field("mode", iv.mode, kInterfaceModes);
  w.nullable_object("untagged_vlan", "VlanRef", iv.untagged, [&](const VlanRef& v) { vlan_ref(w, v); });
  w.array("tagged_vlans", "VlanRef", iv.tagged, [&](const VlanRef& v) { vlan_ref(w, v); });
}

template <typename W>
void cable_end(W& w, std::string_view key, const CableEnd& e) {
  w.object(key, "CableEnd", [&] {
    w.field("id", e.interface_id);
    w.field("name", unless_empty(e.interface_name));
    w.object("device", "", [&] {
      w.field("id", e.device_id);
      w.field("name", unless_empty(e.device_name));
    });
  });
}

template <typename W>
void cable(W& w, const Cable& c, bool brief = false) {
  w.field("id", c.id);
  w.when(!brief, [&] {
    cable_end(w, "a_interface", c.a);
    cable_end(w, "b_interface", c.b);
    w.field("type", c.type, kCableTypes);
  });
  w.field("status", c.status, kCableStatuses);
  w.field("label", c.label);
  w.when(!brief, [&] {
    w.field("length_m", c.length_m);
    w.field("colour", c.colour);
    w.field("created_at", c.created_at);
    w.field("updated_at", c.updated_at);
  });
}

// with_utilisation: false for the audit log (a computed figure, not a property).
template <typename W>
void prefix(W& w, const PrefixRecord& p, bool brief = false, bool with_utilisation = true) {
  w.field("id", p.id);
  w.field("prefix", p.prefix.to_string());
  w.field("family", static_cast<int>(p.prefix.family()));
  w.when(!brief, [&] {
    w.field("site", p.site_id);
    w.field("vlan", p.vlan_id);
    w.field("customer", p.customer_id);
    w.field("status", p.status, kPrefixStatuses);
    w.field("is_pool", p.is_pool);
    w.field("description", p.description);
    w.field("created_at", p.created_at);
    w.field("updated_at", p.updated_at);
  });
  w.when(!brief && with_utilisation,
         [&] { w.object("utilisation", "AddressUtilisation", [&] { utilisation(w, p.utilisation); }); });
}

template <typename W>
void address(W& w, const IpAddressRecord& a, bool brief = false) {
  w.field("id", a.id);
  w.field("address", a.address.to_string());
  w.field("family", static_cast<int>(a.address.address.family()));
  w.when(!brief, [&] {
    w.field("status", a.status, kAddressStatuses);
    w.field("role", a.role, kAddressRoles);
    w.field("customer", a.customer_id);
    w.field("interface", a.interface_id);
    w.field("dns_name", a.dns_name);
    w.field("description", a.description);
    w.field("prefix", a.prefix_id);
    // The interface it is assigned to and that interface's device (null when unassigned).
    w.nullable_object("assigned", "AddressAssignment", a.device_id.has_value(), [&] {
      w.object("interface", "", [&] {
        w.field("id", a.interface_id.value_or(0));
        w.field("name", a.interface_name);
      });
      w.object("device", "", [&] {
        w.field("id", a.device_id.value_or(0));
        w.field("name", a.device_name);
      });
    });
    w.field("created_at", a.created_at);
    w.field("updated_at", a.updated_at);
  });
}

template <typename W>
void free_address(W& w, const AddressWithMask& a) {
  w.field("address", a.to_string());
  w.field("family", static_cast<int>(a.address.family()));
}

template <typename W>
void site_utilisation(W& w, const SiteUtilisation& s) {
  utilisation(w, s.utilisation);
  w.field("site", s.site_id);
  w.field("family", static_cast<int>(s.family));
  w.field("prefixes", s.prefixes);
}

}  // namespace render

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
