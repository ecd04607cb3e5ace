// The service-level service on SQLite and PostgreSQL: recorded outages give the month's
// availability (never 100 % for a month nobody measured), the month-end job computes one credit per
// contract and month however often it runs, finance reviews it once and only then does billing
// get a negative charge, and customers see only their own computation.
#include "servicedesk/levels.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::servicedesk {
namespace {

Instant at(const char* s) { return *parse_instant(s); }

Context person(std::int64_t id, std::vector<std::string> permissions, std::optional<std::int64_t> customer = {}) {
  auto p = std::make_shared<Principal>();
  p->user_id = id;
  p->username = "user-" + std::to_string(id);
  p->roles = {customer ? "customer_user" : "staff"};
  p->permissions = {permissions.begin(), permissions.end()};
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

class ServiceLevelsTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    const char* now = "2026-10-01T00:00:00.000Z";
    auto customer = [&](const char* name) {
      return tx
          .insert(
              "INSERT INTO customers (name, address, status, created_at, updated_at) "
              "VALUES ($1, '', 'active', $2, $2) RETURNING id",
              {name, now})
          .take();
    };
    acme_ = customer("Acme");
    zenith_ = customer("Zenith");
    auto contract = [&](const char* number, std::int64_t customer_id) {
      return tx
          .insert(
              "INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
              "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
              "confidentiality_until, current_version, created_by, created_by_name, created_at, updated_at) "
              "VALUES ($1, $2, 'x', 'op', 'active', '2026-01-01', '2026-12-31', 12, 0, 30, 3, '2029-01-01', 1, "
              "1, 'admin', $3, $3) RETURNING id",
              {number, customer_id, now})
          .take();
    };
    acme_ct_ = contract("CT-2026-000001", acme_);
    zenith_ct_ = contract("CT-2026-000002", zenith_);
    ASSERT_TRUE(tx.commit().ok());
    acme_user_ = person(3, {"servicedesk.read"}, acme_);

    Ports ports;
    ports.contract = [this](const Context& ctx, std::int64_t id) -> Result<std::optional<ContractRef>> {
      std::int64_t owner = id == acme_ct_ ? acme_ : id == zenith_ct_ ? zenith_ : 0;
      if (!owner || !ctx.sees(owner)) return std::optional<ContractRef>{};
      return std::optional<ContractRef>(ContractRef{owner, "CT"});
    };
    ports.contracts_in = [this](Date, Date, std::optional<std::int64_t>) -> Result<std::vector<ContractMonth>> {
      ++contract_reads_;
      return std::vector<ContractMonth>{
          {acme_ct_, acme_, "CT-2026-000001", 9990, {{"rack", 1000000}, {"bandwidth", 500000}}},
          {zenith_ct_, zenith_, "CT-2026-000002", 9990, {{"rack", 800000}}}};
    };
    ports.charge = [this](db::Tx& tx, const Charge& c) -> Result<std::int64_t> {
      charges_.push_back(c);
      // Proves the charge is written in the review's own transaction.
      EXPECT_TRUE(tx.one("SELECT 1").ok());
      return static_cast<std::int64_t>(100 + charges_.size());
    };
    ports_ = ports;
    svc_ = std::make_unique<ServiceLevels>(db(), clock_, ports);
  }

  Outage outage(std::int64_t customer, std::optional<std::int64_t> contract, const char* from, const char* to,
                bool announced = false, std::optional<std::string> service = {}) {
    Outage o;
    o.customer_id = customer;
    o.contract_id = contract;
    o.service = service;
    o.started_at = at(from);
    o.ended_at = at(to);
    o.cause = "power";
    o.announced_maintenance = announced;
    return o;
  }

  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }

  ManualClock clock_{at("2026-12-01T02:00:00Z")};
  std::unique_ptr<ServiceLevels> svc_;
  Ports ports_;
  std::int64_t acme_ = 0, zenith_ = 0, acme_ct_ = 0, zenith_ct_ = 0;
  int contract_reads_ = 0;
  std::vector<Charge> charges_;
  Context noc_ = person(1, {"servicedesk.read", "servicedesk.write"});
  Context finance_ = person(2, {"servicedesk.read", "service_levels.review"});
  Context acme_user_;
};

TEST_P(ServiceLevelsTest, R7_1_2_AnUnmeasuredMonthIsNotFullAvailabilityAndEarnsNoCredit) {
  // Zenith has neither outages nor coverage; Acme's month is imported with one long outage.
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T10:00:00Z")};  // 600 minutes
  ASSERT_EQ(svc_->import_outages(noc_, im).take(), 1);

  auto report = svc_->run_month_end(finance_, "2026-11").take();
  EXPECT_EQ(report.contracts, 2);
  EXPECT_EQ(report.computed, 2);
  EXPECT_EQ(report.unmeasured, 1);
  EXPECT_EQ(report.with_credit, 1);

  auto credits = svc_->credits(finance_, "2026-11", std::nullopt).take();
  ASSERT_EQ(credits.size(), 2u);
  const auto& acme = credits[0].customer_id == acme_ ? credits[0] : credits[1];
  const auto& zenith = credits[0].customer_id == acme_ ? credits[1] : credits[0];
  EXPECT_FALSE(zenith.measured);
  EXPECT_EQ(zenith.availability_ppm, std::nullopt);
  EXPECT_EQ(zenith.computed_fen, 0);
  EXPECT_EQ(zenith.status, "no_credit");
  // 600 of 43,200 minutes: 98.61 %, below 99 %: 25 % of each service's fee (both are the contract's).
  EXPECT_TRUE(acme.measured);
  EXPECT_EQ(acme.availability_ppm, 986111);
  EXPECT_EQ(acme.month_fee_fen, 1500000);
  EXPECT_EQ(acme.computed_fen, 250000 + 125000);
  EXPECT_EQ(acme.cap_fen, 750000);
  EXPECT_EQ(acme.status, "pending_review");
}

TEST_P(ServiceLevelsTest, R7_1_2_AnnouncedMaintenanceAndAnotherServicesOutageDoNotCount) {
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T10:00:00Z", true),
                outage(acme_, acme_ct_, "2026-11-06T00:00:00Z", "2026-11-06T01:00:00Z", false, "bandwidth")};
  ASSERT_TRUE(svc_->import_outages(noc_, im).ok());
  ASSERT_TRUE(svc_->run_month_end(finance_, "2026-11").ok());
  auto credits = svc_->credits(acme_user_, "2026-11", std::nullopt).take();
  ASSERT_EQ(credits.size(), 1u);  // the customer sees its own computation only
  EXPECT_EQ(credits[0].customer_id, acme_);
  // Rack: nothing counted; bandwidth: 60 of 42,600 minutes (the window is not promised time) =
  // 99.859 %, below 99.9 %: 10 % of 5,000.00 yuan.
  EXPECT_EQ(credits[0].computed_fen, 50000);
  EXPECT_NE(credits[0].computation.find("\"service\":\"bandwidth\""), std::string::npos);
}

TEST_P(ServiceLevelsTest, R9_2_1_TheMonthEndJobIsIdempotentPerContractMonth) {
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T10:00:00Z")};
  ASSERT_TRUE(svc_->import_outages(noc_, im).ok());
  ASSERT_TRUE(svc_->run_month_end(finance_, "2026-11").ok());
  // Outages recorded later change nothing already computed; a second run computes nothing.
  ASSERT_TRUE(svc_->record_outage(noc_, outage(acme_, acme_ct_, "2026-11-20T00:00:00Z", "2026-11-25T00:00:00Z")).ok());
  auto again = svc_->run_month_end(finance_, "2026-11").take();
  EXPECT_EQ(again.computed, 0);
  EXPECT_EQ(again.already, 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM service_level_credits"), 2);
  EXPECT_EQ(count("SELECT MAX(computed_fen) FROM service_level_credits"), 375000);
}

TEST_P(ServiceLevelsTest, R9_2_1_FinanceReviewsOnceAndOnlyThenBillingGetsANegativeCharge) {
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T10:00:00Z")};
  ASSERT_TRUE(svc_->import_outages(noc_, im).ok());
  ASSERT_TRUE(svc_->run_month_end(finance_, "2026-11").ok());
  EXPECT_TRUE(charges_.empty());
  auto credits = svc_->credits(finance_, "2026-11", acme_).take();
  ASSERT_EQ(credits.size(), 1u);
  const auto id = credits[0].id;

  // An adjustment needs its reason; the NOC may not review; nothing changes either way.
  Review no_reason;
  no_reason.amount_fen = 300000;
  EXPECT_EQ(svc_->review_credit(finance_, id, no_reason).error().kind, ErrorKind::invalid);
  EXPECT_EQ(svc_->review_credit(noc_, id, {}).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(charges_.empty());

  Review adjust;
  adjust.amount_fen = 300000;
  adjust.reason = "客户同意按实际影响时长计算";
  auto reviewed = svc_->review_credit(finance_, id, adjust).take();
  EXPECT_EQ(reviewed.status, "adjusted");
  EXPECT_EQ(reviewed.amount_fen, 300000);
  EXPECT_EQ(reviewed.computed_fen, 375000);
  ASSERT_EQ(charges_.size(), 1u);
  EXPECT_EQ(charges_[0].amount_fen, -300000);
  EXPECT_EQ(charges_[0].kind, "sla_credit");
  EXPECT_EQ(charges_[0].contract_id, acme_ct_);
  EXPECT_EQ(reviewed.charge_id, 101);

  // A second review is refused and passes nothing more to billing.
  auto twice = svc_->review_credit(finance_, id, {});
  ASSERT_FALSE(twice.ok());
  EXPECT_TRUE(twice.error().is("service_levels.credit.reviewed"));
  EXPECT_EQ(charges_.size(), 1u);
  EXPECT_EQ(svc_->credit(finance_, id).take().status, "adjusted");

  // A month without a credit has nothing to review.
  auto zenith = svc_->credits(finance_, "2026-11", zenith_).take();
  auto none = svc_->review_credit(finance_, zenith.at(0).id, {});
  ASSERT_FALSE(none.ok());
  EXPECT_TRUE(none.error().is("service_levels.credit.no_credit"));
}

TEST_P(ServiceLevelsTest, ACustomerSeesNoOtherCustomersCreditTableOrCredit) {
  ASSERT_TRUE(svc_->run_month_end(finance_, "2026-11").ok());
  auto zenith = svc_->credits(finance_, "2026-11", zenith_).take();
  EXPECT_EQ(svc_->credit(acme_user_, zenith.at(0).id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->credit_table(acme_user_, zenith_ct_).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->credit_table(acme_user_, acme_ct_).take(), default_credit_table());
  EXPECT_EQ(svc_->credits(acme_user_, "2026-11", zenith_).take().at(0).customer_id, acme_);
}

TEST_P(ServiceLevelsTest, R9_2_1_AContractsOwnCreditTableIsValidatedAndUsed) {
  CreditTable bad{{{9900, 1000}, {9990, 2500}}, 5000};
  auto refused = svc_->set_credit_table(finance_, acme_ct_, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(refused.error().is("servicedesk.credit_table.invalid"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM service_level_credit_tables"), 0);

  CreditTable own{{{9999, 500}}, 1000};
  ASSERT_TRUE(svc_->set_credit_table(finance_, acme_ct_, own).ok());
  EXPECT_EQ(svc_->credit_table(noc_, acme_ct_).take(), own);
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T00:10:00Z")};
  ASSERT_TRUE(svc_->import_outages(noc_, im).ok());
  ASSERT_TRUE(svc_->run_month_end(finance_, "2026-11").ok());
  auto c = svc_->credits(finance_, "2026-11", acme_).take().at(0);
  // 10 minutes: 99.977 % < 99.99 %: 5 % of 15,000.00 = 750.00, under the 10 % cap of 1,500.00.
  EXPECT_EQ(c.computed_fen, 75000);
  EXPECT_EQ(c.cap_fen, 150000);
}

TEST_P(ServiceLevelsTest, BadOutagesAreRefusedAndWriteNothing) {
  auto backwards = svc_->record_outage(noc_, outage(acme_, acme_ct_, "2026-11-05T10:00:00Z", "2026-11-05T09:00:00Z"));
  ASSERT_FALSE(backwards.ok());
  EXPECT_TRUE(backwards.error().is("servicedesk.outage.invalid"));
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-13";
  auto bad_month = svc_->import_outages(noc_, im);
  ASSERT_FALSE(bad_month.ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM service_level_outages"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM service_level_coverage"), 0);
  EXPECT_EQ(svc_->record_outage(acme_user_, outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T01:00:00Z"))
                .error()
                .kind,
            ErrorKind::forbidden);
}

TEST_P(ServiceLevelsTest, R7_1_2_IndicatorsOfTheMonthFromTickets) {
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto ticket = [&](const char* number, std::int64_t customer, const char* type, const char* created,
                      std::optional<std::string> responded, const char* response_due, std::optional<int> score) {
      ASSERT_TRUE(tx.exec("INSERT INTO servicedesk_tickets (number, type, customer_id, title, impact, urgency, "
                          "priority, status, group_name, channel, raised_by_name, calendar, "
                          "response_target_minutes, resolution_target_minutes, response_due_at, "
                          "resolution_due_at, first_response_at, satisfaction, created_at, updated_at) VALUES "
                          "($1, $2, $3, 't', 1, 1, 'P1', 'closed', 'operations', 'staff', 'x', '7x24', 30, 240, "
                          "$4, '2026-12-31T00:00:00.000Z', $5, $6, $7, $7)",
                          {number, type, customer, response_due, responded, score, created})
                      .ok());
    };
    ticket("TK-1", acme_, "incident", "2026-11-02T00:00:00.000Z", "2026-11-02T00:20:00.000Z",
           "2026-11-02T00:30:00.000Z", 5);
    ticket("TK-2", acme_, "complaint", "2026-11-03T00:00:00.000Z", "2026-11-03T01:00:00.000Z",
           "2026-11-03T00:30:00.000Z", 3);
    ticket("TK-3", zenith_, "incident", "2026-11-04T00:00:00.000Z", std::nullopt, "2026-11-04T00:30:00.000Z",
           std::nullopt);
    ticket("TK-4", acme_, "incident", "2026-10-04T00:00:00.000Z", std::nullopt, "2026-10-04T00:30:00.000Z",
           std::nullopt);  // another month
    // Answered 30 s after its due time: late, although in whole minutes it took its 30.
    ticket("TK-5", acme_, "incident", "2026-11-05T00:00:00.000Z", "2026-11-05T00:30:30.000Z",
           "2026-11-05T00:30:00.000Z", std::nullopt);
    ASSERT_TRUE(tx.commit().ok());
  }
  auto acme = svc_->indicators(acme_user_, "2026-11", zenith_).take();  // the customer's own, whatever it asks
  EXPECT_EQ(acme.customer_id, acme_);
  EXPECT_EQ(acme.tickets.tickets, 3);
  EXPECT_EQ(acme.tickets.responded, 3);
  EXPECT_EQ(acme.tickets.response_met, 1);
  EXPECT_EQ(acme.tickets.complaints, 1);
  EXPECT_EQ(acme.tickets.satisfaction_tenths, 40);
  EXPECT_FALSE(acme.availability.measured);
  auto all = svc_->indicators(noc_, "2026-11", std::nullopt).take();
  EXPECT_EQ(all.tickets.tickets, 4);
  EXPECT_EQ(all.tickets.by_type.at("incident"), 3);
}

TEST_P(ServiceLevelsTest, R9_2_2_AnAgreedCompensationReachesBillingOnceAsANegativeCharge) {
  ClaimInput in;
  in.contract_id = acme_ct_;
  in.description = "存储阵列故障导致 3 天备份数据丢失";
  in.evidence = "故障报告 FR-11-05；客户数据恢复费用发票";
  in.claimed_fen = 2000000;
  // A customer claims only on its own contract.
  Context customer = person(3, {"servicedesk.read", "servicedesk.create"}, acme_);
  in.contract_id = zenith_ct_;
  EXPECT_EQ(svc_->create_claim(customer, in).error().kind, ErrorKind::not_found);
  in.contract_id = acme_ct_;
  auto claim = svc_->create_claim(customer, in).take();
  EXPECT_EQ(claim.number, "CL-2026-000001");
  EXPECT_EQ(claim.customer_id, acme_);
  EXPECT_EQ(claim.status, "submitted");

  // Agreeing before assessing is refused; the customer may not decide.
  ClaimDecision agree{"agree", std::nullopt, 1500000, std::nullopt};
  EXPECT_TRUE(svc_->decide_claim(finance_, claim.id, agree).error().is("service_levels.claim.bad_transition"));
  EXPECT_EQ(svc_->decide_claim(customer, claim.id, agree).error().kind, ErrorKind::forbidden);
  ClaimDecision assess{"assess", std::string("确认数据丢失，按实际恢复费用赔偿"), 1500000, std::nullopt};
  EXPECT_EQ(svc_->decide_claim(finance_, claim.id, assess).take().status, "assessed");
  EXPECT_TRUE(charges_.empty());
  auto agreed = svc_->decide_claim(finance_, claim.id, {"agree", std::nullopt, std::nullopt, std::nullopt}).take();
  EXPECT_EQ(agreed.status, "agreed");
  EXPECT_EQ(agreed.agreed_fen, 1500000);
  ASSERT_EQ(charges_.size(), 1u);
  EXPECT_EQ(charges_[0].kind, "compensation");
  EXPECT_EQ(charges_[0].amount_fen, -1500000);
  EXPECT_TRUE(svc_->decide_claim(finance_, claim.id, agree).error().is("service_levels.claim.decided"));
  EXPECT_EQ(charges_.size(), 1u);
  EXPECT_EQ(svc_->claims(customer, std::nullopt).take().size(), 1u);
  EXPECT_TRUE(svc_->claims(person(4, {"servicedesk.read"}, zenith_), std::nullopt).take().empty());
}

TEST_P(ServiceLevelsTest, R7_3_ImprovementActionsAreVerifiedBeforeClosingAndFlaggedWhenOverdue) {
  ImprovementAction in;
  in.title = "更换 A 区 UPS 电池组";
  in.owner_name = "张工";
  in.due_date = *parse_date("2026-12-05");
  auto a = svc_->create_action(noc_, in).take();
  EXPECT_EQ(a.number, "IA-2026-000001");
  EXPECT_EQ(svc_->overdue_actions(noc_).take(), 0);
  EXPECT_EQ(svc_->create_action(acme_user_, in).error().kind, ErrorKind::forbidden);
  in.due_date = *parse_date("2026-11-30");
  EXPECT_EQ(svc_->create_action(noc_, in).error().kind, ErrorKind::invalid);  // due in the past

  ASSERT_TRUE(svc_->step_action(noc_, a.id, {"start", std::nullopt, std::nullopt}).ok());
  EXPECT_TRUE(svc_->step_action(noc_, a.id, {"close", std::nullopt, std::nullopt})
                  .error()
                  .is("service_levels.action.bad_transition"));
  EXPECT_EQ(svc_->step_action(noc_, a.id, {"verify", std::nullopt, std::nullopt}).error().kind, ErrorKind::invalid);

  clock_.set(at("2026-12-07T02:00:00Z"));  // two days past due
  EXPECT_EQ(svc_->overdue_actions(noc_).take(), 1);
  auto overdue = svc_->actions(noc_, true).take();
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_TRUE(overdue[0].overdue);

  ASSERT_TRUE(svc_->step_action(noc_, a.id, {"verify", std::string("连续 7 天无告警"), std::nullopt}).ok());
  auto closed = svc_->step_action(noc_, a.id, {"close", std::nullopt, std::nullopt}).take();
  EXPECT_EQ(closed.status, "closed");
  EXPECT_FALSE(closed.overdue);
  EXPECT_EQ(svc_->overdue_actions(noc_).take(), 0);
  EXPECT_TRUE(
      svc_->step_action(noc_, a.id, {"start", std::nullopt, std::nullopt}).error().is("service_levels.action.closed"));
}

TEST_P(ServiceLevelsTest, R7_1_2_AMonitoringPortReplacesTheRecordsAndIsAskedPerService) {
  // Monitoring measured 500 minutes down of 43,200 for Acme's bandwidth only and has no data for Zenith.
  std::vector<OutageQuery> asked;
  Ports ports = ports_;
  ports.availability = [&asked, this](db::Tx&, const OutageQuery& q) -> Result<Availability> {
    asked.push_back(q);
    if (q.customer_id != acme_) return Availability{};
    return Availability{43200, q.service == "bandwidth" ? 500 : 0, 0, true};
  };
  ServiceLevels monitored(db(), clock_, ports);
  auto report = monitored.run_month_end(finance_, "2026-11").take();
  EXPECT_EQ(report.unmeasured, 1);
  auto acme = monitored.credits(finance_, "2026-11", acme_).take().at(0);
  EXPECT_EQ(acme.computed_fen, 125000);  // below 99 %: 25 % of the bandwidth's 5,000.00
  ASSERT_FALSE(asked.empty());
  EXPECT_EQ(asked.front().from, *parse_date("2026-11-01"));
  EXPECT_EQ(asked.front().to, *parse_date("2026-11-30"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM service_level_outages"), 0);
}

TEST_P(ServiceLevelsTest, R7_1_2_AnnouncedMaintenanceNoticesAreExcludedAndEmergencyMaintenanceIsNot) {
  // Two outages of ten hours; the service desk announced maintenance over the first and carried
  // out emergency maintenance during the second.
  OutageImport im;
  im.customer_id = acme_;
  im.month = "2026-11";
  im.outages = {outage(acme_, acme_ct_, "2026-11-05T00:00:00Z", "2026-11-05T10:00:00Z"),
                outage(acme_, acme_ct_, "2026-11-12T00:00:00Z", "2026-11-12T10:00:00Z")};
  ASSERT_TRUE(svc_->import_outages(noc_, im).ok());
  Ports ports = ports_;
  ports.maintenance = [this](db::Tx&, std::int64_t customer, Instant,
                             Instant) -> Result<std::vector<MaintenanceWindow>> {
    if (customer != acme_) return std::vector<MaintenanceWindow>{};
    return std::vector<MaintenanceWindow>{{1, at("2026-11-05T00:00:00Z"), at("2026-11-05T10:00:00Z"), false},
                                          {2, at("2026-11-12T00:00:00Z"), at("2026-11-12T10:00:00Z"), true}};
  };
  ServiceLevels with_notices(db(), clock_, ports);
  ASSERT_TRUE(with_notices.run_month_end(finance_, "2026-11").ok());
  auto c = with_notices.credits(finance_, "2026-11", acme_).take().at(0);
  // 600 minutes down of 43,200 - 600 promised: 98.59 %, below 99 %: 25 % of 15,000.00.
  EXPECT_EQ(c.availability_ppm, 985915);
  EXPECT_EQ(c.computed_fen, 375000);
  // The same through the availability port the indicators use.
  auto ind = ServiceLevels(db(), clock_, ports).indicators(noc_, "2026-11", acme_).take();
  EXPECT_EQ(ind.availability.maintenance_minutes, 600);
  EXPECT_EQ(ind.availability.outage_minutes, 600);
}

// Working-hour SLA clocks count only Chinese working days: the 2026 days shipped with the schema are
// exactly the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025,
// published by Xinhua): every holiday and every make-up working day (调休), and nothing else.
TEST_P(ServiceLevelsTest, The2026HolidaysAndMakeUpWorkingDaysAreThoseOfTheStateCouncilsNotice) {
  std::vector<std::pair<std::string, std::string>> expected;
  auto holidays = [&](const char* from, int days) {
    for (int i = 0; i < days; ++i) expected.emplace_back(format_date(add_days(*parse_date(from), i)), "holiday");
  };
  auto workday = [&](const char* day) { expected.emplace_back(day, "workday"); };
  holidays("2026-01-01", 3);  // 元旦: 1 to 3 January; 4 January worked
  workday("2026-01-04");
  holidays("2026-02-15", 9);  // 春节: 15 to 23 February; 14 and 28 February worked
  workday("2026-02-14");
  workday("2026-02-28");
  holidays("2026-04-04", 3);  // 清明节: 4 to 6 April
  holidays("2026-05-01", 5);  // 劳动节: 1 to 5 May; 9 May worked
  workday("2026-05-09");
  holidays("2026-06-19", 3);  // 端午节: 19 to 21 June
  holidays("2026-09-25", 3);  // 中秋节: 25 to 27 September
  holidays("2026-10-01", 7);  // 国庆节: 1 to 7 October; 20 September and 10 October worked
  workday("2026-09-20");
  workday("2026-10-10");
  std::sort(expected.begin(), expected.end());
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto res = tx.query(
                   "SELECT day, kind FROM servicedesk_calendar_days WHERE day >= '2026-01-01' AND day <= '2026-12-31' "
                   "ORDER BY day")
                 .take();
  std::vector<std::pair<std::string, std::string>> loaded;
  for (const auto& row : res.rows) loaded.emplace_back(row.text(0), row.text(1));
  EXPECT_EQ(loaded, expected);
}

COLO_INSTANTIATE_ENGINE_TEST(ServiceLevelsTest);

}  // namespace
}  // namespace colo::servicedesk
