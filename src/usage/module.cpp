#include "usage/module.hpp"

#include "contracts/service.hpp"
#include "customers/service.hpp"

namespace colo::usage {

namespace {

class ServiceOwners final : public Owners {
 public:
  ServiceOwners(customers::Service& customers, contracts::Service& contracts)
      : customers_(customers), contracts_(contracts) {}

  Result<std::optional<ContractInfo>> contract(std::int64_t id) override {
    auto d = contracts_.get(system_context("usage"), id);
    if (!d.ok()) {
      if (d.error().kind == ErrorKind::not_found) return std::optional<ContractInfo>{};
      return std::move(d).error();
    }
    return std::optional<ContractInfo>(ContractInfo{d->contract.id, d->contract.number, d->contract.customer_id});
  }

  Result<std::map<std::int64_t, std::string>> customer_names(db::Tx& tx,
                                                             const std::vector<std::int64_t>& ids) override {
    return customers_.names(tx, ids);
  }

 private:
  customers::Service& customers_;
  contracts::Service& contracts_;
};

}  // namespace

std::unique_ptr<Owners> make_owners(customers::Service& customers, contracts::Service& contracts) {
  return std::make_unique<ServiceOwners>(customers, contracts);
}

}  // namespace colo::usage
