#include "app/firewall.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>

#include "customers/service.hpp"
#include "dcim/service.hpp"
#include "firewall/routes.hpp"
#include "firewall/service.hpp"
#include "ipam/service.hpp"
#include "scheduler/scheduler.hpp"

namespace colo::app {

firewall::Service& add_firewall(App& app, dcim::Service& dcim, ipam::Service& ipam, customers::Service& customers) {
  firewall::Ports ports;
  // The module judges who may ask by the device's owner, so it reads devices without tenancy and
  // applies its own check (a customer's foreign device answers as unknown).
  ports.device = [&dcim, &customers](std::int64_t id) -> Result<std::optional<firewall::DeviceRef>> {
    const auto ctx = system_context("firewall");
    auto d = dcim.device(ctx, id);
    if (!d.ok()) {
      if (d.error().kind == ErrorKind::not_found) return std::optional<firewall::DeviceRef>{};
      return std::move(d).error();
    }
    firewall::DeviceRef ref{d->id, d->name, d->customer_id, ""};
    if (d->customer_id) {
      COLO_TRY(auto c, customers.get(ctx, *d->customer_id));
      ref.customer_name = c.name;
    }
    return std::optional<firewall::DeviceRef>(std::move(ref));
  };
  ports.customer_networks = [&ipam](std::int64_t customer_id) -> Result<std::vector<std::string>> {
    const auto ctx = system_context("firewall");
    std::vector<std::string> out;
    ipam::PrefixFilter pf;
    pf.customer_id = customer_id;
    pf.limit = 1000;
    COLO_TRY(auto prefixes, ipam.list_prefixes(ctx, pf));
    for (const auto& p : prefixes.second) out.push_back(p.prefix.to_string());
    ipam::IpAddressFilter af;
    af.customer_id = customer_id;
    af.limit = 1000;
    COLO_TRY(auto addresses, ipam.list_addresses(ctx, af));
    for (const auto& a : addresses.second) out.push_back(a.address.address.to_string());
    return out;
  };
  firewall::Options options{.max_expiry_days = app.config().firewall_max_expiry_days,
                            .notice_days = app.config().firewall_notice_days};
  auto& svc = app.own<firewall::Service>(app.db(), app.clock(), std::move(ports), options);
  firewall::add_routes(app.router(), svc);
  app.services().firewall = &svc;
  app.add_background([&app, &svc](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{firewall::kExpiryJob,
                                [&svc](Date day) -> Status {
                                  COLO_TRY(auto r, svc.run_expiry(day));
                                  if (r.retired > 0 || r.notified > 0)
                                    spdlog::info("firewall: {} rules expired, {} expiry notices sent", r.retired,
                                                 r.notified);
                                  return {};
                                }}},
                              scheduler::holder_name());
  });
  return svc;
}

Status run_firewall_expiry(App& app, const std::string& date) {
  auto day = date.empty() ? std::optional<Date>(app.clock().today()) : parse_date(date);
  if (!day) return Error::invalid("cli", "--date must be YYYY-MM-DD, got '" + date + "'");
  COLO_TRY(auto r, app.services().firewall->run_expiry(*day));
  std::printf("retired %lld expired firewall rules, told customers of %lld expiring ones\n",
              static_cast<long long>(r.retired), static_cast<long long>(r.notified));
  return {};
}

}  // namespace colo::app
