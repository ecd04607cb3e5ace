// IPAM's Inventory port over dcim::Service and customers::Service.
#include "ipam/module.hpp"

#include "customers/service.hpp"
#include "dcim/service.hpp"

namespace colo::ipam {

namespace {

InterfaceInfo info_of(const dcim::Interface& i) {
  return InterfaceInfo{i.id, i.name, i.device_id, i.device_name, i.customer_id, i.site_id};
}

// What IPAM reads of interfaces, devices, sites and customers, through their modules' services.
class ServiceInventory final : public Inventory {
 public:
  ServiceInventory(dcim::Service& dcim, customers::Service& customers) : dcim_(dcim), customers_(customers) {}

  Result<std::optional<InterfaceInfo>> interface(db::Tx& tx, const Context&, std::int64_t id, bool) override {
    COLO_TRY(auto found, dcim_.interfaces_by_id(tx, {id}));
    if (found.empty()) return std::optional<InterfaceInfo>{};
    return std::optional<InterfaceInfo>(info_of(found.front()));
  }
  Result<std::vector<InterfaceInfo>> interfaces(db::Tx& tx, const Context&,
                                                const std::vector<std::int64_t>& ids) override {
    std::vector<InterfaceInfo> out;
    if (ids.empty()) return out;
    COLO_TRY(auto found, dcim_.interfaces_by_id(tx, ids));
    for (const auto& i : found) out.push_back(info_of(i));
    return out;
  }
  Result<std::vector<std::int64_t>> customer_devices(db::Tx& tx, const Context&, std::int64_t customer_id) override {
    return dcim_.customer_devices(tx, customer_id);
  }
  Result<bool> site_exists(db::Tx& tx, const Context&, std::int64_t id) override { return dcim_.site_exists(tx, id); }
  Result<bool> customer_exists(db::Tx& tx, std::int64_t id) override {
    COLO_TRY(auto found, customers_.find(tx, id));
    return found.has_value();
  }

 private:
  dcim::Service& dcim_;
  customers::Service& customers_;
};

}  // namespace

std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers) {
  return std::make_unique<ServiceInventory>(dcim, customers);
}

}  // namespace colo::ipam
