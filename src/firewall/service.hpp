// Firewall and access requests (R5.2.1, R5.2.2): a customer (or staff for it) asks to open or
// close addresses and ports on one of the customer's devices; security reviews each request with
// a risk level and note; an approved request changes the rule set in force of that customer and
// device, and every rule keeps when and by which request it was added and removed. A daily job
// retires expired rules and tells customers ahead. Customers see only their own requests and rules.
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
#pragma once

#include <functional>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "firewall/model.hpp"

namespace colo::firewall {

inline constexpr const char* kExpiryJob = "firewall-expiry";

// A device as the requests need it (from dcim and customers, through the composition root).
struct DeviceRef {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> customer_id;  // the owner; none for the operator's own devices
  std::string customer_name;
};

struct Ports {
  // The device, or nullopt when it does not exist. Called outside the module's transactions.
  std::function<Result<std::optional<DeviceRef>>(std::int64_t device_id)> device;
  // The customer's own networks in IPAM: its prefixes and addresses, as CIDR or address text.
  std::function<Result<std::vector<std::string>>(std::int64_t customer_id)> customer_networks;
};

struct Options {
  int max_expiry_days = 365;  // the latest expiry a request may ask for, in days from today
  int notice_days = 7;        // customers are told this many days before a rule expires
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Ports ports, Options options)
      : db_(db), clock_(clock), ports_(std::move(ports)), options_(options) {}

  // firewall.request. 400 validation_failed (fields: action, device_id, reason, expires_on,
  // lines[i].*, rule_ids); 422 firewall.request.unknown_device (absent or another customer's),
  // firewall.request.device_without_customer, firewall.address.outside_customer (the customer's
  // side is not inside its prefixes or addresses in IPAM), firewall.rule.already_in_force,
  // firewall.request.unknown_rule (close: not a rule of this device), firewall.rule.not_in_force.
  Result<Request> create(const Context& ctx, const RequestInput& in);
  // With its lines; not_found for another customer's.
  Result<Request> request(const Context& ctx, std::int64_t id);
  Result<db::Counted<Request>> requests(const Context& ctx, const RequestFilter& f);
  // firewall.review. 409 firewall.request.decided (already approved or rejected: the second of two
  // reviews), firewall.rule.duplicate (approving would add a rule another request already put in
  // force), firewall.rule.not_in_force (a close whose rule went meanwhile). Nothing is written
  // on any error.
  Result<Request> review(const Context& ctx, std::int64_t id, const Review& review);
  // The rule set in force (or with the removed ones: its history), per customer and device.
  Result<db::Counted<Rule>> rules(const Context& ctx, RuleFilter f);

  // The daily job for `today`: retires rules whose last day is before it and tells customers of
  // rules expiring within notice_days (once per rule). Idempotent per day.
  Result<ExpiryRun> run_expiry(Date today);

  // R5.2.2 "rules in force reviewed and not expired" for [from, to) and the period of the same
  // length before it.
  Result<RulesInForceMeasure> rules_in_force_measure(Instant from, Instant to);

 private:
  Result<Request> load(db::Tx& tx, const Context& ctx, std::int64_t id);
  db::Database& db_;
  const Clock& clock_;
  Ports ports_;
  Options options_;
};

}  // namespace colo::firewall
