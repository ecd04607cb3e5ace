#include "ipam/render.hpp"

#include "core/json.hpp"

namespace colo::ipam {

boost::json::value count_json(u128 n) {
  constexpr u128 kExact = static_cast<u128>(1) << 53;
  if (n <= kExact) return static_cast<std::int64_t>(n);
  return boost::json::string(to_decimal(n));
}

boost::json::object utilisation_json(const Utilisation& u) {
  return {{"used", count_json(u.used)}, {"total", count_json(u.total)}, {"percent", u.percent()}};
}

boost::json::object vlan_json(const Vlan& v) {
  return {{"id", v.id},
          {"vid", v.vid},
          {"name", v.name},
          {"site", nullable(v.site_id)},
          {"status", v.status},
          {"customer", nullable(v.customer_id)},
          {"description", v.description},
          {"created_at", v.created_at},
          {"updated_at", v.updated_at}};
}

boost::json::object vlan_ref_json(const VlanRef& v) {
  return {{"id", v.id}, {"vid", v.vid}, {"name", v.name}, {"site", nullable(v.site_id)}};
}

boost::json::object interface_vlans_json(const InterfaceVlans& iv) {
  boost::json::array tagged;
  for (const auto& t : iv.tagged) tagged.push_back(vlan_ref_json(t));
  return {{"interface", iv.interface_id},
          {"mode", nullable(iv.mode)},
          {"untagged_vlan", iv.untagged ? boost::json::value(vlan_ref_json(*iv.untagged)) : nullptr},
          {"tagged_vlans", std::move(tagged)}};
}

namespace {

boost::json::object end_json(const CableEnd& e) {
  boost::json::value device_name =
      e.device_name.empty() ? boost::json::value(nullptr) : boost::json::value(e.device_name);
  boost::json::value interface_name =
      e.interface_name.empty() ? boost::json::value(nullptr) : boost::json::value(e.interface_name);
  return {{"id", e.interface_id},
          {"name", interface_name},
          {"device", boost::json::object{{"id", e.device_id}, {"name", device_name}}}};
}

}  // namespace

boost::json::object cable_json(const Cable& c) {
  return {{"id", c.id},
          {"a_interface", end_json(c.a)},
          {"b_interface", end_json(c.b)},
          {"type", c.type},
          {"status", c.status},
          {"label", c.label},
          {"length_m", nullable(c.length_m)},
          {"colour", c.colour},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

boost::json::object prefix_json(const PrefixRecord& p, bool with_utilisation) {
  boost::json::object o{{"id", p.id},
                        {"prefix", p.prefix.to_string()},
                        {"family", static_cast<int>(p.prefix.family())},
                        {"site", nullable(p.site_id)},
                        {"vlan", nullable(p.vlan_id)},
                        {"customer", nullable(p.customer_id)},
                        {"status", p.status},
                        {"is_pool", p.is_pool},
                        {"description", p.description},
                        {"created_at", p.created_at},
                        {"updated_at", p.updated_at}};
  if (with_utilisation) o["utilisation"] = utilisation_json(p.utilisation);
  return o;
}

boost::json::object address_json(const IpAddressRecord& a) {
  return {{"id", a.id},
          {"address", a.address.to_string()},
          {"family", static_cast<int>(a.address.address.family())},
          {"status", a.status},
          {"role", nullable(a.role)},
          {"customer", nullable(a.customer_id)},
          {"interface", nullable(a.interface_id)},
          {"dns_name", a.dns_name},
          {"description", a.description},
          {"prefix", nullable(a.prefix_id)},
          {"assigned",
           a.device_id ? boost::json::value(boost::json::object{
                             {"interface", boost::json::object{{"id", *a.interface_id}, {"name", a.interface_name}}},
                             {"device", boost::json::object{{"id", *a.device_id}, {"name", a.device_name}}}})
                       : boost::json::value(nullptr)},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

boost::json::object site_utilisation_json(const SiteUtilisation& s) {
  auto o = utilisation_json(s.utilisation);
  o["site"] = s.site_id;
  o["family"] = static_cast<int>(s.family);
  o["prefixes"] = s.prefixes;
  return o;
}

}  // namespace colo::ipam
