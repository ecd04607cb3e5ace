#include "monitoring/module.hpp"

#include "dcim/service.hpp"

namespace colo::monitoring {

namespace {

class DcimInventory final : public Inventory {
 public:
  explicit DcimInventory(dcim::Service& dcim) : dcim_(dcim) {}

  Result<std::vector<LedgerDevice>> devices(db::Tx& tx, const std::vector<std::int64_t>& ids) override {
    COLO_TRY(auto found, dcim_.devices_by_id(tx, ids));
    std::vector<LedgerDevice> out;
    out.reserve(found.size());
    for (const auto& d : found)
      out.push_back({d.id, d.name, d.status, d.mgmt_address, d.customer_id, d.room_id, d.rack_id});
    return out;
  }
  Result<std::vector<LedgerPort>> interfaces(db::Tx& tx, const std::vector<std::int64_t>& device_ids) override {
    COLO_TRY(auto found, dcim_.interfaces_of_devices(tx, device_ids));
    std::vector<LedgerPort> out;
    out.reserve(found.size());
    for (const auto& i : found) out.push_back({i.id, i.device_id, i.name});
    return out;
  }

 private:
  dcim::Service& dcim_;
};

}  // namespace

std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim) { return std::make_unique<DcimInventory>(dcim); }

}  // namespace colo::monitoring
