// The contracts' Ledger port over dcim::Service and ipam::Service, and the contracts' daily job.
#include "contracts/module.hpp"

#include <cstdio>

#include "contracts/service.hpp"
#include "dcim/service.hpp"
#include "ipam/service.hpp"

namespace colo::contracts {

namespace {

// The ledger port over the inventory and IPAM services (their transactions are the caller's).
class ServiceLedger final : public Ledger {
 public:
  ServiceLedger(dcim::Service* dcim, ipam::Service* ipam) : dcim_(dcim), ipam_(ipam) {}

  Result<std::vector<LedgerDevice>> devices(db::Tx& tx, const Context& ctx,
                                            const std::vector<std::int64_t>& ids) override {
    std::vector<LedgerDevice> out;
    if (!dcim_) return out;
    for (auto id : ids) {
      auto d = dcim_->device_info(tx, ctx, id);
      if (!d.ok()) {
        if (d.error().kind == ErrorKind::not_found) continue;
        return std::move(d).error();
      }
      out.push_back(LedgerDevice{d->id, d->name, d->status});
    }
    return out;
  }

  Result<std::vector<LedgerAddress>> addresses(db::Tx& tx, const std::vector<std::int64_t>& ids) override {
    std::vector<LedgerAddress> out;
    if (!ipam_) return out;
    COLO_TRY(auto found, ipam_->addresses_in(tx, ids));
    for (const auto& a : found) out.push_back(LedgerAddress{a.id, a.address.to_string(), a.customer_id});
    return out;
  }

  Result<std::vector<LedgerAddress>> assign_ipv4(db::Tx& tx, const Context& ctx, std::int64_t site_id,
                                                 std::int64_t customer_id, std::int64_t count,
                                                 const std::string& description) override {
    if (!ipam_) return Error::conflict("ipam.assignment.exhausted", "IP address management is not configured.");
    COLO_TRY(auto assigned, ipam_->assign_ipv4_in(tx, ctx, site_id, customer_id, count, description));
    std::vector<LedgerAddress> out;
    for (const auto& a : assigned) out.push_back(LedgerAddress{a.id, a.address.to_string(), a.customer_id});
    return out;
  }

  Status retire_planned_device(db::Tx& tx, const Context& ctx, std::int64_t id) override {
    if (!dcim_) return {};
    dcim::DeviceInput in;
    in.status = std::string("decommissioned");
    in.rack_id = std::optional<std::int64_t>{};
    COLO_CHECK(dcim_->update_device(tx, ctx, id, in));
    return {};
  }

  Status release_address(db::Tx& tx, const Context& ctx, std::int64_t id) override {
    if (!ipam_) return {};
    return ipam_->release_address_in(tx, ctx, id);
  }

 private:
  dcim::Service* dcim_;
  ipam::Service* ipam_;
};

}  // namespace

std::unique_ptr<Ledger> make_ledger(dcim::Service* dcim, ipam::Service* ipam) {
  return std::make_unique<ServiceLedger>(dcim, ipam);
}

scheduler::DailyJob daily_job(Service& contracts) {
  return {kDailyJob, [&contracts](Date day) -> Status {
            COLO_TRY(auto report, contracts.run_daily(day));
            (void)report;
            return {};
          }};
}

Status run_job(Service& contracts, const Clock& clock, const std::string& job, const std::string& date) {
  if (job != kDailyJob) return Error::invalid("jobs.unknown", "unknown job '" + job + "'");
  Date day = clock.today();
  if (!date.empty()) {
    auto parsed = parse_date(date);
    if (!parsed) return Error::invalid("jobs.date", "--date takes YYYY-MM-DD");
    day = *parsed;
  }
  COLO_TRY(auto report, contracts.run_daily(day));
  std::printf(
      "contracts-daily %s: %d reminder(s), %d renewed, %d expired, %d change(s) in effect, "
      "%d address(es) returned, %d price change(s) lapsed, %zu error(s)\n",
      format_date(report.day).c_str(), report.reminders, report.renewed, report.expired, report.amendments_effective,
      report.addresses_released, report.price_changes_lapsed, report.errors.size());
  for (const auto& e : report.errors) std::printf("  error: %s\n", e.c_str());
  if (!report.errors.empty()) return Error::internal("contracts-daily finished with errors");
  return {};
}

}  // namespace colo::contracts
