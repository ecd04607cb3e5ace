#include "ipam/render.hpp"

#include "core/json.hpp"

namespace colo::ipam {

shape::Count count_of(u128 n) {
  constexpr u128 kExact = static_cast<u128>(1) << 53;
  if (n <= kExact) return static_cast<std::int64_t>(n);
  return to_decimal(n);
}

boost::json::value count_json(u128 n) {
  auto c = count_of(n);
  if (auto* i = std::get_if<std::int64_t>(&c)) return *i;
  return boost::json::string(std::get<std::string>(c));
}

boost::json::object utilisation_json(const Utilisation& u) {
  return shape::value_of(u, render::utilisation<shape::ValueWriter>);
}

boost::json::object vlan_json(const Vlan& v) {
  return shape::value_of(v, [](auto& w, const Vlan& x) { render::vlan(w, x); });
}

boost::json::object vlan_ref_json(const VlanRef& v) { return shape::value_of(v, render::vlan_ref<shape::ValueWriter>); }

boost::json::object interface_vlans_json(const InterfaceVlans& iv) {
  return shape::value_of(iv, render::interface_vlans<shape::ValueWriter>);
}

boost::json::object cable_json(const Cable& c) {
  return shape::value_of(c, [](auto& w, const Cable& x) { render::cable(w, x); });
}

boost::json::object prefix_json(const PrefixRecord& p, bool with_utilisation) {
  return shape::value_of(p, [&](auto& w, const PrefixRecord& x) { render::prefix(w, x, false, with_utilisation); });
}

boost::json::object address_json(const IpAddressRecord& a) {
  return shape::value_of(a, [](auto& w, const IpAddressRecord& x) { render::address(w, x); });
}

boost::json::object site_utilisation_json(const SiteUtilisation& s) {
  return shape::value_of(s, render::site_utilisation<shape::ValueWriter>);
}

}  // namespace colo::ipam
