#include "ipam/demo.hpp"

#include <cstdio>

#include "ipam/service.hpp"

namespace colo::ipam {

namespace {

// Documentation ranges (RFC 5737, RFC 3849): never routed, safe in any demo.
const char* const kSiteV4[] = {"203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"};
const char* const kSiteV6[] = {"2001:db8:100::/48", "2001:db8:200::/48", "2001:db8:300::/48"};
constexpr int kMgmtVid = 10;
constexpr int kFirstCustomerVid = 100;

bool conflict(const Error& e) { return e.kind == ErrorKind::conflict; }

Result<Vlan> ensure_vlan(Service& svc, const Context& ctx, std::int64_t site, int vid, const std::string& name,
                         std::optional<std::int64_t> customer, const std::string& description) {
  VlanFilter f;
  f.site_id = site;
  f.vid = vid;
  COLO_TRY(auto found, svc.list_vlans(ctx, f));
  if (!found.second.empty()) return found.second.front();
  VlanInput in;
  in.vid = vid;
  in.name = name;
  in.site_id = std::optional<std::int64_t>(site);
  in.customer_id = customer;
  in.description = description;
  return svc.create_vlan(ctx, in);
}

Result<PrefixRecord> ensure_prefix(Service& svc, const Context& ctx, const std::string& cidr, PrefixInput in) {
  PrefixFilter f;
  f.contains = cidr;
  f.limit = 1000;
  COLO_TRY(auto found, svc.list_prefixes(ctx, f));
  for (const auto& p : found.second)
    if (p.prefix.to_string() == cidr) return p;
  in.prefix = cidr;
  return svc.create_prefix(ctx, in);
}

Status ensure_address(Service& svc, const Context& ctx, IpAddressInput in) {
  auto r = svc.create_address(ctx, in);
  if (!r.ok() && !conflict(r.error())) return std::move(r).error();
  return {};
}

// The n-th /64 of a /48: 2001:db8:100::/48, 0x12 -> 2001:db8:100:12::/64.
std::string subnet64(const Prefix& p48, unsigned n) {
  u128 v = p48.network().value() | (static_cast<u128>(n) << 64);
  return Address(Family::v6, v).to_string() + "/64";
}

}  // namespace

Status load_demo(Service& svc, const Context& ctx, const DemoInput& input) {
  const std::size_t sites = std::min<std::size_t>(input.sites.size(), 3);
  for (std::size_t i = 0; i < sites; ++i) {
    const auto& site = input.sites[i];
    const auto site_id = site.id;
    COLO_TRY(auto mgmt, ensure_vlan(svc, ctx, site_id, kMgmtVid, "mgmt", std::nullopt, "带外管理"));
    std::vector<Vlan> customer_vlans;
    for (std::size_t k = 0; k < input.customer_ids.size(); ++k) {
      COLO_TRY(auto v,
               ensure_vlan(svc, ctx, site_id, kFirstCustomerVid + static_cast<int>(k),
                           "cust-" + std::to_string(input.customer_ids[k]), input.customer_ids[k], "客户接入 VLAN"));
      customer_vlans.push_back(v);
    }

    // IPv4: the site's public /24; the gateway; a /28 per customer with two addresses each.
    PrefixInput v4;
    v4.site_id = std::optional<std::int64_t>(site_id);
    v4.status = "active";
    v4.description = site.name + " 公网 IPv4";
    COLO_TRY(auto p24, ensure_prefix(svc, ctx, kSiteV4[i], v4));
    IpAddressInput gw;
    gw.address = Address(Family::v4, p24.prefix.network().value() + 1).to_string() + "/24";
    gw.role = std::optional<std::string>("vrrp");
    gw.dns_name = "gw." + site.slug + ".colo.example";
    gw.description = "默认网关";
    COLO_CHECK(ensure_address(svc, ctx, gw));
    // IPv6: the site's /48 as a container, a /64 for management and one per customer.
    PrefixInput v6;
    v6.site_id = std::optional<std::int64_t>(site_id);
    v6.status = "container";
    v6.description = site.name + " IPv6";
    COLO_TRY(auto p48, ensure_prefix(svc, ctx, kSiteV6[i], v6));
    PrefixInput mgmt64;
    mgmt64.site_id = std::optional<std::int64_t>(site_id);
    mgmt64.vlan_id = std::optional<std::int64_t>(mgmt.id);
    mgmt64.description = "管理网";
    COLO_CHECK(ensure_prefix(svc, ctx, subnet64(p48.prefix, 0x10), mgmt64));

    for (std::size_t k = 0; k < input.customer_ids.size() && k < 8; ++k) {
      const auto customer = input.customer_ids[k];
      PrefixInput c28;
      c28.site_id = std::optional<std::int64_t>(site_id);
      c28.vlan_id = std::optional<std::int64_t>(customer_vlans[k].id);
      c28.customer_id = std::optional<std::int64_t>(customer);
      c28.description = "客户服务器";
      const u128 base = p24.prefix.network().value() + 64 + 16 * static_cast<u128>(k);
      COLO_TRY(auto p28, ensure_prefix(svc, ctx, Address(Family::v4, base).to_string() + "/28", c28));
      for (unsigned host = 1; host <= 2; ++host) {
        IpAddressInput a;
        a.address = Address(Family::v4, base + host).to_string() + "/28";
        a.prefix_id = p28.id;
        a.customer_id = std::optional<std::int64_t>(customer);
        a.dns_name = "srv" + std::to_string(host) + ".c" + std::to_string(customer) + "." + site.slug + ".colo.example";
        COLO_CHECK(ensure_address(svc, ctx, a));
      }
      PrefixInput c64 = c28;
      c64.description = "客户服务器 (IPv6)";
      COLO_TRY(auto p64, ensure_prefix(svc, ctx, subnet64(p48.prefix, 0x100 + static_cast<unsigned>(k)), c64));
      IpAddressInput a6;
      a6.address = Address(Family::v6, p64.prefix.network().value() + 0x10).to_string() + "/64";
      a6.customer_id = std::optional<std::int64_t>(customer);
      COLO_CHECK(ensure_address(svc, ctx, a6));
    }

    // Cables from servers to their switch, access ports in the owner's VLAN, trunks to uplinks.
    int cable_no = 0;
    for (const auto& link : site.links) {
      char label[64];
      std::snprintf(label, sizeof label, "%s-tor1-%02d", site.slug.c_str(), ++cable_no);
      CableInput cable;
      cable.a_interface_id = link.switch_interface;
      cable.b_interface_id = link.server_interface;
      cable.type = "cat6a";
      cable.status = "connected";
      cable.label = label;
      cable.length_m = std::optional<double>(3.0);
      cable.colour = "2f6fd0";
      auto made = svc.create_cable(ctx, cable);
      if (!made.ok() && !conflict(made.error())) return std::move(made).error();
      InterfaceVlansInput mode;
      mode.mode = "access";
      mode.untagged_vlan_id = mgmt.id;
      for (std::size_t k = 0; k < input.customer_ids.size(); ++k)
        if (link.customer_id == input.customer_ids[k]) mode.untagged_vlan_id = customer_vlans[k].id;
      COLO_CHECK(svc.set_interface_vlans(ctx, link.switch_interface, mode));
    }
    for (auto uplink : site.uplinks) {
      InterfaceVlansInput trunk;
      trunk.mode = "tagged-all";
      trunk.untagged_vlan_id = mgmt.id;
      COLO_CHECK(svc.set_interface_vlans(ctx, uplink, trunk));
    }
  }
  return {};
}

Status ensure_customer_pools(Service& ipam, const Context& ctx) {
  PrefixFilter f;
  f.family = Family::v4;
  f.status = "active";
  f.limit = 1000;
  COLO_TRY(auto page, ipam.list_prefixes(ctx, f));
  for (const auto& p : page.second) {
    if (p.prefix.length() != 24 || p.customer_id || !p.site_id || p.is_pool) continue;
    const auto pool = Address(Family::v4, p.prefix.network().value() + 192).to_string() + "/26";
    bool exists = false;
    for (const auto& q : page.second) exists = exists || q.prefix.to_string() == pool;
    if (exists) continue;
    PrefixInput in;
    in.prefix = pool;
    in.site_id = std::optional<std::int64_t>(*p.site_id);
    in.status = "active";
    in.is_pool = true;
    in.description = "客户合同地址池";
    COLO_CHECK(ipam.create_prefix(ctx, in));
  }
  return {};
}

}  // namespace colo::ipam
