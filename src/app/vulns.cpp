#include "app/vulns.hpp"

#include <filesystem>

#include "contracts/scan.hpp"
#include "customers/service.hpp"
#include "ipam/ip.hpp"
#include "ipam/service.hpp"
#include "vulns/routes.hpp"
#include "vulns/service.hpp"

namespace colo::app {

vulns::Service& add_vulns(App& app, customers::Service& customers, ipam::Service& ipam) {
  vulns::Ports ports;
  ports.customer = [&customers](std::int64_t id) -> Result<std::optional<std::string>> {
    auto c = customers.get(system_context("vulns"), id);
    if (!c.ok()) {
      if (c.error().kind == ErrorKind::not_found) return std::optional<std::string>{};
      return std::move(c).error();
    }
    return std::optional<std::string>(c.value().name);
  };
  // Inside an active prefix of the customer's, or (a single address) one of its own addresses.
  ports.owns = [&ipam](std::int64_t customer_id, const std::string& cidr) -> Result<bool> {
    const auto ctx = system_context("vulns");
    ipam::PrefixFilter pf;
    pf.customer_id = customer_id;
    pf.status = "active";
    pf.contains = cidr;
    pf.limit = 1;
    COLO_TRY(auto prefixes, ipam.list_prefixes(ctx, pf));
    if (prefixes.first > 0) return true;
    auto p = ipam::Prefix::parse(cidr);
    if (!p.ok() || p.value().host_bits() != 0) return false;
    ipam::IpAddressFilter af;
    af.customer_id = customer_id;
    af.within = cidr;
    af.limit = 1;
    COLO_TRY(auto addresses, ipam.list_addresses(ctx, af));
    return addresses.first > 0;
  };
  // Signed consents are checked and kept as contract scans are: by their bytes, under their hash.
  const std::filesystem::path files = std::filesystem::path(app.config().upload_dir) / "vulns";
  ports.store_file = [files](std::string_view type, std::string_view bytes) -> Result<std::string> {
    COLO_CHECK(contracts::check_scan(type, bytes));
    return contracts::store_scan(files, bytes);
  };
  ports.file_path = [files](const std::string& hash) { return contracts::scan_path(files, hash).string(); };
  const auto& c = app.config();
  vulns::Options options;
  options.deadlines = {c.vulns_deadline_days_critical, c.vulns_deadline_days_high, c.vulns_deadline_days_medium,
                       c.vulns_deadline_days_low, c.vulns_deadline_days_info};
  options.scanner = {c.vulns_nmap, c.vulns_scan_timeout_s, c.vulns_max_concurrent_scans};
  auto& svc = app.own<vulns::Service>(app.db(), app.clock(), std::move(ports), options);
  vulns::add_routes(app.router(), svc);
  app.services().vulns = &svc;
  return svc;
}

}  // namespace colo::app
