// Shared by the monitoring service and poller tests: a ledger of their own (the Inventory port),
// principals, and a sink that records what it is given.
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include "core/context.hpp"
#include "monitoring/inventory.hpp"
#include "tsdb/sample.hpp"

namespace colo::monitoring::testing {

class FakeInventory final : public Inventory {
 public:
  std::map<std::int64_t, LedgerDevice> devices_;
  std::vector<LedgerPort> ports_;

  Result<std::vector<LedgerDevice>> devices(db::Tx&, const std::vector<std::int64_t>& ids) override {
    std::vector<LedgerDevice> out;
    for (auto id : ids)
      if (auto it = devices_.find(id); it != devices_.end()) out.push_back(it->second);
    return out;
  }
  Result<std::vector<LedgerPort>> interfaces(db::Tx&, const std::vector<std::int64_t>& device_ids) override {
    std::vector<LedgerPort> out;
    for (const auto& p : ports_)
      for (auto id : device_ids)
        if (p.device_id == id) out.push_back(p);
    return out;
  }
};

class RecordingSink final : public tsdb::Sink {
 public:
  Status write(std::vector<tsdb::Sample> samples) override {
    std::lock_guard lock(mutex_);
    for (auto& s : samples) samples_.push_back(std::move(s));
    return {};
  }
  std::vector<tsdb::Sample> samples() {
    std::lock_guard lock(mutex_);
    return samples_;
  }

 private:
  std::mutex mutex_;
  std::vector<tsdb::Sample> samples_;
};

inline Context staff() {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "noc";
  p->roles = {"operations"};
  return Context{p, "req", "test"};
}

inline Context customer_user(std::int64_t customer_id) {
  auto p = std::make_shared<Principal>();
  p->user_id = 2;
  p->username = "tenant";
  p->roles = {"customer_admin"};
  p->customer_id = customer_id;
  return Context{p, "req", "test"};
}

}  // namespace colo::monitoring::testing
