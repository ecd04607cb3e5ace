// The firewall service on both engines: requests judged against the customer's own networks and
// devices, review turning requests into the rule set in force with its history, races between
// reviews, tenancy, the expiry job and the R5.2.2 measure.
#include "firewall/service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "audit/audit.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::firewall {
namespace {

Context person(std::string name, std::vector<std::string> perms, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = std::move(name);
  for (auto& x : perms) p->permissions.insert(x);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

Context customer(std::int64_t id) { return person("tenant", {"firewall.read", "firewall.request"}, id); }
Context security() { return person("sec", {"firewall.read", "firewall.review"}); }
Context staff() { return person("noc", {"firewall.read", "firewall.request"}); }

class FirewallTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    // The customers the notices go to (ids 1 and 2 in a fresh database).
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    for (const char* name : {"甲公司", "乙公司"})
      ASSERT_TRUE(tx.exec("INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ($1, '', "
                          "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                          {name})
                      .ok());
    ASSERT_TRUE(tx.commit().ok());
    Ports ports;
    ports.device = [](std::int64_t id) -> Result<std::optional<DeviceRef>> {
      if (id == 10) return std::optional<DeviceRef>(DeviceRef{10, "web-01", 1, "甲公司"});
      if (id == 20) return std::optional<DeviceRef>(DeviceRef{20, "db-02", 2, "乙公司"});
      if (id == 30) return std::optional<DeviceRef>(DeviceRef{30, "core-sw", std::nullopt, ""});
      return std::optional<DeviceRef>{};
    };
    ports.customer_networks = [](std::int64_t id) -> Result<std::vector<std::string>> {
      if (id == 1) return std::vector<std::string>{"203.0.113.0/28", "198.51.100.9"};
      return std::vector<std::string>{"192.0.2.0/24"};
    };
    svc_ = std::make_unique<Service>(db(), clock_, std::move(ports), Options{.max_expiry_days = 90, .notice_days = 7});
  }

  RequestInput open(std::string ports = "443", std::optional<std::string> expires = std::nullopt) {
    RequestInput in;
    in.action = "open";
    in.device_id = 10;
    in.reason = "网站对外服务";
    in.expires_on = std::move(expires);
    in.lines.push_back({"inbound", "tcp", "any", "203.0.113.5", std::move(ports)});
    return in;
  }
  Request approve(std::int64_t id) { return svc_->review(security(), id, {"approve", "low", "已审核"}).take(); }
  std::int64_t rules_in_force(const Context& ctx) { return svc_->rules(ctx, {}).take().first; }

  // 2026-09-21 (Asia/Shanghai and UTC alike at this hour).
  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  std::unique_ptr<Service> svc_;
};

TEST_P(FirewallTest, R5_2_1_ARequestIsNumberedRatedAndReviewedIntoTheRulesInForce) {
  auto r = svc_->create(customer(1), open("22")).take();
  EXPECT_EQ(r.number, "FW-2026-000001");
  EXPECT_EQ(r.status, "submitted");
  EXPECT_EQ(r.customer_name, "甲公司");
  EXPECT_EQ(r.risk_level, "high");
  EXPECT_EQ(r.risk_flags, (std::vector<std::string>{"management_port_exposed"}));
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_EQ(r.lines[0].line.destination, "203.0.113.5/32");
  EXPECT_EQ(rules_in_force(staff()), 0) << "nothing in force before the review";

  auto done = svc_->review(security(), r.id, {"approve", "medium", "仅限运维时段"}).take();
  EXPECT_EQ(done.status, "approved");
  EXPECT_EQ(done.review_risk_level, "medium");
  EXPECT_EQ(done.reviewed_by, "sec");
  auto rules = svc_->rules(customer(1), {}).take();
  ASSERT_EQ(rules.first, 1);
  EXPECT_EQ(rules.second[0].added_request_number, "FW-2026-000001");
  EXPECT_EQ(rules.second[0].risk_level, "medium");

  // Closing removes it from the set in force; the history keeps it with both requests.
  RequestInput close;
  close.action = "close";
  close.device_id = 10;
  close.reason = "不再需要";
  close.rule_ids = {rules.second[0].id};
  auto c = svc_->create(customer(1), close).take();
  EXPECT_EQ(c.lines.at(0).rule_id, rules.second[0].id);
  approve(c.id);
  EXPECT_EQ(rules_in_force(customer(1)), 0);
  RuleFilter history;
  history.in_force = false;
  auto all = svc_->rules(customer(1), history).take();
  ASSERT_EQ(all.first, 1);
  EXPECT_EQ(all.second[0].removed_request_number, c.number);
  EXPECT_EQ(all.second[0].removed_reason, "closed");
  EXPECT_TRUE(all.second[0].removed_at.has_value());
  EXPECT_TRUE(audit::verify(db()).take().first_broken_id == std::nullopt);
}

TEST_P(FirewallTest, BadInputIsRefusedWithItsFieldAndNothingIsWritten) {
  struct Case {
    std::function<void(RequestInput&)> change;
    const char* code;
    const char* field;
  };
  const std::vector<Case> cases = {
      {[](RequestInput& in) { in.lines[0].ports = "70000"; }, "validation_failed", "lines/0/ports"},
      {[](RequestInput& in) { in.lines[0].source = "10.0.0.300"; }, "validation_failed", "lines/0/source"},
      {[](RequestInput& in) { in.lines[0].protocol = "gre"; }, "validation_failed", "lines/0/protocol"},
      {[](RequestInput& in) { in.lines.clear(); }, "validation_failed", "lines"},
      {[](RequestInput& in) { in.reason.clear(); }, "validation_failed", "reason"},
      {[](RequestInput& in) { in.expires_on = "2026-09-21"; }, "validation_failed", "expires_on"},
      {[](RequestInput& in) { in.expires_on = "2027-09-21"; }, "validation_failed", "expires_on"},
      {[](RequestInput& in) { in.lines[0].destination = "203.0.113.16"; }, "firewall.address.outside_customer",
       "lines/0/destination"},
      {[](RequestInput& in) { in.lines[0].destination = "203.0.113.0/24"; }, "firewall.address.outside_customer",
       "lines/0/destination"},
      {[](RequestInput& in) { in.device_id = 20; }, "firewall.request.unknown_device", "device_id"},
      {[](RequestInput& in) { in.device_id = 99; }, "firewall.request.unknown_device", "device_id"},
  };
  for (const auto& c : cases) {
    auto in = open();
    c.change(in);
    auto r = svc_->create(customer(1), in);
    ASSERT_FALSE(r.ok()) << c.field;
    EXPECT_EQ(r.error().code, c.code) << c.field;
    ASSERT_FALSE(r.error().fields.empty()) << c.field;
    EXPECT_EQ(r.error().fields[0].field, c.field);
  }
  auto in = open();
  in.device_id = 30;
  auto r = svc_->create(staff(), in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "firewall.request.device_without_customer");
  EXPECT_EQ(svc_->requests(staff(), {}).take().first, 0) << "nothing written";
  // Inside its own: an address IPAM gives the customer, outbound.
  in = open();
  in.lines[0] = {"outbound", "udp", "198.51.100.9", "any", "53"};
  EXPECT_TRUE(svc_->create(customer(1), in).ok());
}

TEST_P(FirewallTest, ACustomerSeesOnlyItsOwnRequestsAndRules) {
  auto mine = svc_->create(customer(1), open()).take();
  auto in = open();
  in.device_id = 20;
  in.lines[0].destination = "192.0.2.10";
  auto theirs = svc_->create(staff(), in).take();
  approve(mine.id);
  approve(theirs.id);
  EXPECT_EQ(svc_->requests(customer(1), {}).take().first, 1);
  EXPECT_EQ(svc_->requests(staff(), {}).take().first, 2);
  auto r = svc_->request(customer(1), theirs.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::not_found);
  auto rules = svc_->rules(customer(1), {}).take();
  ASSERT_EQ(rules.first, 1);
  EXPECT_EQ(rules.second[0].customer_id, 1);
  // Closing another customer's rule is not possible from here.
  RequestInput close;
  close.action = "close";
  close.device_id = 10;
  close.reason = "x";
  close.rule_ids = {svc_->rules(customer(2), {}).take().second.at(0).id};
  auto c = svc_->create(customer(1), close);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "firewall.request.unknown_rule");
}

TEST_P(FirewallTest, OfTwoReviewsOrTwoConflictingRequestsOneWinsAndTheOtherGets409) {
  auto a = svc_->create(customer(1), open()).take();
  auto b = svc_->create(customer(1), open()).take();  // the same rule, asked twice
  std::atomic<int> won{0}, decided{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&] {
      auto r = svc_->review(security(), a.id, {"approve", "low", "ok"});
      if (r.ok())
        ++won;
      else if (r.error().is("firewall.request.decided"))
        ++decided;
      else
        ++other;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(won, 1);
  EXPECT_EQ(decided, 3);
  EXPECT_EQ(other, 0);
  auto second = svc_->review(security(), b.id, {"approve", "low", "ok"});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, "firewall.rule.duplicate");
  EXPECT_EQ(second.error().kind, ErrorKind::conflict);
  EXPECT_EQ(svc_->request(staff(), b.id).take().status, "submitted") << "the loser changed nothing";
  EXPECT_EQ(rules_in_force(staff()), 1);

  // Two close requests of the same rule, approved at once: one closes it, the other gets 409.
  auto rule = svc_->rules(staff(), {}).take().second.at(0).id;
  RequestInput close;
  close.action = "close";
  close.device_id = 10;
  close.reason = "x";
  close.rule_ids = {rule};
  auto c1 = svc_->create(customer(1), close).take();
  auto c2 = svc_->create(customer(1), close).take();
  std::atomic<int> ok{0}, gone{0};
  std::thread t1([&] { (svc_->review(security(), c1.id, {"approve", "low", "ok"}).ok() ? ok : gone)++; });
  std::thread t2([&] { (svc_->review(security(), c2.id, {"approve", "low", "ok"}).ok() ? ok : gone)++; });
  t1.join();
  t2.join();
  EXPECT_EQ(ok, 1);
  EXPECT_EQ(gone, 1);
  EXPECT_EQ(rules_in_force(staff()), 0);
}

TEST_P(FirewallTest, ExpiredRulesAreRetiredAndCustomersToldAheadOnce) {
  auto r = svc_->create(customer(1), open("443", "2026-09-30")).take();
  approve(r.id);
  auto later = svc_->create(customer(1), open("8443", "2026-12-01")).take();
  approve(later.id);
  RuleFilter soon;
  soon.expiring_within = 10;
  EXPECT_EQ(svc_->rules(staff(), soon).take().first, 1) << "the expiring report";

  auto run = svc_->run_expiry(*parse_date("2026-09-25")).take();
  EXPECT_EQ(run.retired, 0);
  EXPECT_EQ(run.notified, 1);
  EXPECT_EQ(svc_->run_expiry(*parse_date("2026-09-26")).take().notified, 0) << "told once";
  EXPECT_EQ(svc_->run_expiry(*parse_date("2026-09-30")).take().retired, 0) << "its last day is still in force";
  run = svc_->run_expiry(*parse_date("2026-10-01")).take();
  EXPECT_EQ(run.retired, 1);
  auto in_force = svc_->rules(customer(1), {}).take();
  ASSERT_EQ(in_force.first, 1);
  EXPECT_EQ(in_force.second[0].line.ports, "8443");
  RuleFilter history;
  history.in_force = false;
  auto all = svc_->rules(staff(), history).take();
  ASSERT_EQ(all.first, 2);
  bool expired = false;
  for (const auto& x : all.second)
    if (x.removed_reason == std::optional<std::string>("expired")) expired = true;
  EXPECT_TRUE(expired);
}

TEST_P(FirewallTest, R5_2_2_TheMeasureCountsRulesInForceAndFailsThoseKeptPastTheirExpiry) {
  auto r = svc_->create(customer(1), open("443", "2026-09-25")).take();
  approve(r.id);
  auto other = svc_->create(customer(1), open("8443")).take();
  approve(other.id);
  // Ten days on and the expiry job never ran: the first rule is in force past its expiry.
  clock_.advance(std::chrono::hours(24 * 10));
  const auto from = *parse_instant("2026-09-01T00:00:00Z"), to = *parse_instant("2026-10-01T00:00:00Z");
  auto m = svc_->rules_in_force_measure(from, to).take();
  EXPECT_EQ(m.total, 2);
  EXPECT_EQ(m.met, 1);
  ASSERT_EQ(m.failing.size(), 1u);
  EXPECT_EQ(m.previous_total, 0);
  // The period after holds it too (in force into it, past its expiry) and compares with this one.
  svc_->run_expiry(clock_.today()).take();
  auto next = svc_->rules_in_force_measure(to, *parse_instant("2026-11-01T00:00:00Z")).take();
  EXPECT_EQ(next.total, 2);
  EXPECT_EQ(next.met, 1);
  EXPECT_EQ(next.previous_total, m.total);
  EXPECT_EQ(next.previous_met, m.met);
}

COLO_INSTANTIATE_ENGINE_TEST(FirewallTest);

}  // namespace
}  // namespace colo::firewall
