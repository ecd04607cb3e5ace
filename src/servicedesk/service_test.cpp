// The SLA job and the monitoring hook on SQLite and PostgreSQL, at chosen moments: a warning at
// 80 % of the target, the breach escalated to the group and later to management, each step
// recorded once however often the job runs; time waiting for the customer does not count;
// working-hours tickets fall due on the next working day; an alert opens one incident only.
#include "servicedesk/service.hpp"

#include <gtest/gtest.h>

#include "auth/permissions.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::servicedesk {
namespace {

Context person(std::int64_t id, const std::string& role, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = id;
  p->username = role + "-" + std::to_string(id);
  p->roles = {role};
  p->permissions = auth::permissions_for(p->roles);
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

Instant at(const char* s) { return *parse_instant(s); }

class SlaJobTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    customer_ = tx.insert(
                      "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES "
                      "('艾克米', '北京', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id")
                    .take();
    ASSERT_TRUE(tx.commit().ok());
    clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").take()));
    Directory dir;
    dir.object = [](const Context&, const std::string&, std::int64_t) -> Result<std::optional<ObjectInfo>> {
      return std::optional<ObjectInfo>{};
    };
    dir.contract = [](const Context&, std::int64_t) -> Result<std::optional<ContractInfo>> {
      return std::optional<ContractInfo>{};
    };
    dir.staff_user = [](std::int64_t) -> Result<std::optional<std::string>> { return std::optional<std::string>{}; };
    svc_ = std::make_unique<Service>(db(), clock_, Settings{}, std::move(dir), "/tmp");
  }

  std::vector<std::string> timeline(std::int64_t id) {
    std::vector<std::string> keys;
    for (const auto& e : svc_->get(ops_, id).take().events) keys.push_back(e.key);
    return keys;
  }

  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }

  // Monday 2026-11-23 10:00 in Beijing.
  ManualClock clock_{at("2026-11-23T02:00:00Z")};
  std::int64_t customer_ = 0;
  std::unique_ptr<Service> svc_;
  Context ops_ = person(1, "operations");
};

TEST_P(SlaJobTest, WarnsAtEightyPercentEscalatesOnBreachThenToManagementEachStepOnce) {
  TicketInput in;
  in.customer_id = customer_;
  in.title = "核心交换机故障";
  in.impact = 1;
  in.urgency = 1;  // P1: respond in 30 minutes, resolve in 4 hours (7x24 without a contract)
  auto d = svc_->create(ops_, in).take();
  const auto id = d.ticket.id;
  EXPECT_EQ(d.ticket.priority, "P1");
  EXPECT_EQ(d.ticket.response_due_at, "2026-11-23T02:30:00.000Z");
  EXPECT_EQ(d.ticket.resolution_due_at, "2026-11-23T06:00:00.000Z");

  clock_.advance(std::chrono::minutes(23));  // 77 % of the response target
  EXPECT_EQ(svc_->run_sla().take().warned, 0);
  clock_.advance(std::chrono::minutes(1));  // 80 %
  auto first = svc_->run_sla().take();
  EXPECT_EQ(first.warned, 1);
  EXPECT_EQ(svc_->run_sla().take().warned, 0);  // idempotent
  clock_.advance(std::chrono::minutes(6));      // the response target is missed
  auto breach = svc_->run_sla().take();
  EXPECT_EQ(breach.breached, 1);
  EXPECT_EQ(svc_->run_sla().take().breached, 0);
  clock_.advance(std::chrono::minutes(60));  // still unanswered an hour later: management
  EXPECT_EQ(svc_->run_sla().take().escalated, 1);
  EXPECT_EQ(svc_->run_sla().take().escalated, 0);
  auto keys = timeline(id);
  for (const char* k : {"servicedesk.timeline.response_warned", "servicedesk.timeline.response_breached",
                        "servicedesk.timeline.response_escalated"})
    EXPECT_EQ(std::count(keys.begin(), keys.end(), k), 1) << k;
  auto t = svc_->get(ops_, id).take().ticket;
  EXPECT_TRUE(t.breached);
  EXPECT_EQ(t.response_stage, 3);
  // Management was told, once.
  EXPECT_EQ(count("SELECT COUNT(*) FROM notifications WHERE role = 'management' AND title_key = "
                  "'notice.servicedesk.escalated'"),
            1);
  // The customer sees the breach but not the internal warning or escalation.
  auto customer_view = svc_->get(person(9, "customer_user", customer_), id).take();
  std::vector<std::string> seen;
  for (const auto& e : customer_view.events) seen.push_back(e.key);
  EXPECT_NE(std::find(seen.begin(), seen.end(), "servicedesk.timeline.response_breached"), seen.end());
  EXPECT_EQ(std::find(seen.begin(), seen.end(), "servicedesk.timeline.response_warned"), seen.end());
  EXPECT_EQ(std::find(seen.begin(), seen.end(), "servicedesk.timeline.response_escalated"), seen.end());
}

TEST_P(SlaJobTest, TimeWaitingForTheCustomerDoesNotCountAndMovesTheDueTime) {
  TicketInput in;
  in.customer_id = customer_;
  in.title = "远程重启";
  in.impact = 1;
  in.urgency = 1;
  const auto id = svc_->create(ops_, in).take().ticket.id;
  ASSERT_TRUE(svc_->act(ops_, id, {Action::assign}).ok());
  ASSERT_TRUE(svc_->act(ops_, id, {Action::start}).ok());  // the response clock stops here
  clock_.advance(std::chrono::minutes(60));
  ASSERT_TRUE(svc_->act(ops_, id, {Action::wait}).ok());
  clock_.advance(std::chrono::hours(5));  // far beyond the 4 h target, but paused
  EXPECT_EQ(svc_->run_sla().take().breached, 0);
  auto d = svc_->act(ops_, id, {Action::customer_reply}).take();
  EXPECT_EQ(d.resolution.elapsed_minutes, 60);
  // Due 4 h after raising plus the 5 h paused.
  EXPECT_EQ(d.ticket.resolution_due_at, "2026-11-23T11:00:00.000Z");
  EXPECT_FALSE(d.resolution.paused);
  auto keys = timeline(id);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "servicedesk.timeline.wait"), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), "servicedesk.timeline.customer_reply"), keys.end());
}

TEST_P(SlaJobTest, WorkingHoursTicketsFallDueOnTheNextWorkingDayAfterAHoliday) {
  // 2026-09-30 (Wednesday) 17:30 in Beijing, the eve of the National Day holiday.
  clock_.set(at("2026-09-30T09:30:00Z"));
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(
        tx.exec("INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
                "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
                "confidentiality_until, current_version, created_by, created_by_name, created_at, updated_at) "
                "VALUES ('CT-2026-900001', $1, '艾克米', '运营方', 'active', '2026-01-01', '2026-12-31', 12, 0, "
                "30, 3, '2029-12-31', 1, 1, 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                {customer_})
            .ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  const auto contract = count("SELECT id FROM contracts WHERE number = 'CT-2026-900001'");
  Targets t = default_targets(30, Settings{});
  t.calendar = "working_hours";
  // The contract's own targets, stored as PUT /servicedesk/contracts/{id}/targets stores them.
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(store::save_targets(tx, contract, customer_, t, "admin", "2026-09-01T00:00:00Z").ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  // A directory that knows this contract.
  Directory dir;
  dir.object = [](const Context&, const std::string&, std::int64_t) -> Result<std::optional<ObjectInfo>> {
    return std::optional<ObjectInfo>{};
  };
  dir.contract = [this](const Context&, std::int64_t) -> Result<std::optional<ContractInfo>> {
    return std::optional<ContractInfo>(ContractInfo{customer_, "CT-2026-900001", 30});
  };
  dir.staff_user = [](std::int64_t) -> Result<std::optional<std::string>> { return std::optional<std::string>{}; };
  Service svc(db(), clock_, Settings{}, std::move(dir), "/tmp");
  TicketInput in;
  in.customer_id = customer_;
  in.contract_id = contract;
  in.title = "机柜门禁故障";
  in.impact = 1;
  in.urgency = 1;  // P1: 30 minutes to respond, 4 working hours to resolve
  auto d = svc.create(ops_, in).take();
  EXPECT_EQ(d.ticket.calendar, "working_hours");
  // 30 minutes left on the 30th; the holiday runs to 7 October; due 8 October 09:00 + 3.5 h.
  EXPECT_EQ(d.ticket.response_due_at, "2026-09-30T10:00:00.000Z");
  EXPECT_EQ(d.ticket.resolution_due_at, "2026-10-08T04:30:00.000Z");
}

TEST_P(SlaJobTest, AnAlertOpensOneIncidentHoweverOftenItFires) {
  auto open = [&] {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto t = svc_->open_from_alert(tx, customer_, "alert-42", "PDU A 路断电", {}, 1, 1).take();
    EXPECT_TRUE(tx.commit().ok());
    return t;
  };
  auto a = open();
  auto b = open();
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.channel, "alert");
  EXPECT_EQ(count("SELECT COUNT(*) FROM servicedesk_tickets WHERE alert_id = 'alert-42'"), 1);
}

TEST_P(SlaJobTest, MaintenanceWindowsOfACustomerAreWhatAvailabilityExcludes) {
  Directory dir;
  dir.object = [this](const Context&, const std::string&, std::int64_t id) -> Result<std::optional<ObjectInfo>> {
    return std::optional<ObjectInfo>(ObjectInfo{customer_, "web-" + std::to_string(id)});
  };
  dir.contract = [](const Context&, std::int64_t) -> Result<std::optional<ContractInfo>> {
    return std::optional<ContractInfo>{};
  };
  dir.staff_user = [](std::int64_t) -> Result<std::optional<std::string>> { return std::optional<std::string>{}; };
  Service svc(db(), clock_, Settings{}, std::move(dir), "/tmp");
  MaintenanceInput in;
  in.title = "核心交换机升级";
  in.starts_at = at("2026-11-27T16:00:00Z");  // 86 hours ahead
  in.ends_at = at("2026-11-27T18:00:00Z");
  in.objects = {{"device", 7}};
  auto m = svc.announce_maintenance(ops_, in).take();
  EXPECT_EQ(m.number, "MW-2026-000001");
  ASSERT_EQ(m.customer_ids, std::vector<std::int64_t>{customer_});
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto windows = svc.maintenance_windows(tx, customer_, at("2026-11-01T00:00:00Z"), at("2026-12-01T00:00:00Z")).take();
  ASSERT_EQ(windows.size(), 1u);
  EXPECT_EQ(windows[0].starts_at, in.starts_at);
  EXPECT_FALSE(windows[0].emergency);
  // Outside the period, or for another customer: nothing.
  EXPECT_TRUE(
      svc.maintenance_windows(tx, customer_, at("2026-12-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).take().empty());
  EXPECT_TRUE(svc.maintenance_windows(tx, customer_ + 1, at("2026-11-01T00:00:00Z"), at("2026-12-01T00:00:00Z"))
                  .take()
                  .empty());
}

COLO_INSTANTIATE_ENGINE_TEST(SlaJobTest);

}  // namespace
}  // namespace colo::servicedesk
