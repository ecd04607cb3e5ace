// The applications service on a real database, SQLite and PostgreSQL, called directly: a
// customer's application created and submitted, the three departments' decisions with separation
// of duties (R3.1.2-R3.2.3), the feasibility proposal whose acceptance reserves the units and
// whose replacement or rejection gives them back — and that a failing statement or COMMIT in the
// middle of an acceptance or an approval leaves every table as it was.
#include "applications/service.hpp"

#include <gtest/gtest.h>

#include "applications/hosting_world_test.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::applications {
namespace {

using hosting_test::person;

class ApplicationsServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    uploads_ = std::filesystem::temp_directory_path() / ("colo-apps-" + crypto::random_token(8));
    h_ = std::make_unique<hosting_test::Hosting>(db(), clock_, key_, uploads_);
    site_ = hosting_test::make_site(*h_, admin_);
    customer_ = person(5, "customer_user", site_.customer);
  }
  void TearDown() override {
    std::error_code ec;
    if (!uploads_.empty()) std::filesystem::remove_all(uploads_, ec);
  }

  std::int64_t submitted(Service& s) {
    auto created = s.create(customer_, hosting_test::application_input(site_, clock_.today()));
    EXPECT_TRUE(created.ok()) << created.error().message;
    auto id = created->application.id;
    auto r = s.transition(customer_, id, "submit", "");
    EXPECT_TRUE(r.ok()) << r.error().message;
    return id;
  }
  std::int64_t in_technical_review(Service& s) {
    auto id = submitted(s);
    auto r = s.transition(business_, id, "approve", "");
    EXPECT_TRUE(r.ok()) << r.error().message;
    return id;
  }

  // The reservations of the customer that are still held.
  std::vector<std::int64_t> held() {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    std::vector<std::int64_t> out;
    for (const auto& r : tx.query("SELECT id FROM dcim_reservations WHERE released_at IS NULL ORDER BY id").take().rows)
      out.push_back(r.int64(0));
    return out;
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  crypto::Key key_ = crypto::random_key();
  std::filesystem::path uploads_;
  std::unique_ptr<hosting_test::Hosting> h_;
  hosting_test::Site site_;
  Context admin_ = person(1, "admin");
  Context business_ = person(2, "business");
  Context technical_ = person(3, "technical");
  Context management_ = person(4, "management");
  Context customer_;
};

TEST_P(ApplicationsServiceTest, ACustomerCreatesAndSubmitsItsApplication) {
  auto& s = h_->applications;
  auto created = s.create(customer_, hosting_test::application_input(site_, clock_.today())).take();
  const auto& a = created.application;
  EXPECT_EQ(a.status, "draft");
  EXPECT_EQ(a.customer_id, site_.customer);
  EXPECT_EQ(a.number.rfind("APP-2026-", 0), 0u) << a.number;
  ASSERT_EQ(a.devices.size(), 1u);
  EXPECT_EQ(a.devices[0].count, 2);
  EXPECT_EQ(a.needs.room_id, std::optional<std::int64_t>(site_.room));
  EXPECT_TRUE(created.editable);

  auto after = s.transition(customer_, a.id, "submit", "").take();
  EXPECT_EQ(after.application.status, "business_review");
  EXPECT_TRUE(after.application.submitted_at.has_value());
  EXPECT_FALSE(after.editable);
  ASSERT_EQ(after.timeline.size(), 1u);
  EXPECT_EQ(after.timeline[0].action, "submit");
  // Read back as stored: the same as answered.
  auto again = s.get(customer_, a.id).take();
  EXPECT_EQ(again.application.status, "business_review");
  EXPECT_EQ(again.application.number, a.number);
  EXPECT_EQ(again.application.needs.ipv4_count, 2);
  // Another customer's users do not see it.
  auto other = person(6, "customer_user", site_.customer + 1000);
  EXPECT_EQ(s.get(other, a.id).error().kind, ErrorKind::not_found);
}

TEST_P(ApplicationsServiceTest, ThreeDepartmentsDecideInTurnAndNoOneApprovesTwoSteps) {
  auto& s = h_->applications;
  auto id = submitted(s);
  // Not technical's step yet.
  EXPECT_FALSE(s.transition(technical_, id, "approve", "").ok());
  ASSERT_EQ(s.transition(business_, id, "approve", "").take().application.status, "technical_review");
  auto early = s.transition(technical_, id, "approve", "");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "applications.feasibility_not_accepted");
  ASSERT_TRUE(s.accept_feasibility(technical_, id).ok());
  ASSERT_EQ(s.transition(technical_, id, "approve", "").take().application.status, "management_review");
  // One person holding both roles approved the business step: not the management step too.
  auto both = person(2, "management");
  auto twice = s.transition(both, id, "approve", "");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "applications.separation_of_duties");
  auto done = s.transition(management_, id, "approve", "").take();
  EXPECT_EQ(done.application.status, "approved");
  EXPECT_TRUE(done.application.decided_at.has_value());
  ASSERT_EQ(done.timeline.size(), 4u);
  EXPECT_EQ(done.timeline[3].from_state, "management_review");
  // The accepted units stay reserved for the contract.
  EXPECT_EQ(held(), done.application.placement->reservation_ids);
}

TEST_P(ApplicationsServiceTest, BusinessReturnsAnApplicationAndTheCustomerResubmitsIt) {
  auto& s = h_->applications;
  auto id = submitted(s);
  auto no_reason = s.transition(business_, id, "return", "");
  ASSERT_FALSE(no_reason.ok());
  ASSERT_EQ(s.transition(business_, id, "return", "Say which rooms you prefer.").take().application.status, "returned");
  ApplicationInput change;
  change.notes = "Hall 1 please";
  auto edited = s.update(customer_, id, change).take();
  EXPECT_EQ(edited.application.needs.notes, "Hall 1 please");
  ASSERT_EQ(s.transition(customer_, id, "submit", "").take().application.status, "business_review");
  ASSERT_EQ(s.transition(business_, id, "reject", "Out of scope.").take().application.status, "rejected");
  auto closed = s.update(customer_, id, change);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, "applications.not_editable");
}

// Accepting a proposal reserves its units; accepting again gives the first ones back; rejecting
// the application gives back the rest.
TEST_P(ApplicationsServiceTest, FeasibilityAcceptanceReservesAndRejectionReleases) {
  auto& s = h_->applications;
  auto id = in_technical_review(s);
  auto f = s.feasibility(technical_, id).take();
  EXPECT_TRUE(f.feasible);
  EXPECT_EQ(f.ipv4_free, std::optional<std::int64_t>(8));
  EXPECT_EQ(f.ipv4_status, "ok");
  EXPECT_FALSE(s.accept_feasibility(customer_, id).ok());
  EXPECT_TRUE(held().empty());

  auto first = s.accept_feasibility(technical_, id).take().application.placement->reservation_ids;
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(held(), first);
  auto second = s.accept_feasibility(technical_, id).take().application.placement->reservation_ids;
  ASSERT_FALSE(second.empty());
  EXPECT_EQ(held(), second);
  for (auto r : first) EXPECT_EQ(std::count(second.begin(), second.end(), r), 0);

  auto rejected = s.transition(technical_, id, "reject", "Not enough cooling.").take();
  EXPECT_EQ(rejected.application.status, "rejected");
  EXPECT_TRUE(held().empty());
  auto late = s.accept_feasibility(technical_, id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "applications.not_in_technical_review");
}

// A failing statement or COMMIT in the middle of accepting a proposal or of an approval answers
// the database's error and leaves every table (application, reservations, timeline, audit,
// notifications, outbox) as it was; once the database works the same operation goes through.
TEST_P(ApplicationsServiceTest, AFailureInAcceptanceOrApprovalLeavesNothingHalfWritten) {
  db::FaultyDatabase faulty(db::Database::open(test_db_->url).take());
  hosting_test::Hosting f(faulty, clock_, key_, uploads_);
  auto id = in_technical_review(h_->applications);
  hosting_test::expect_all_or_nothing(faulty, db(), [&] { return f.applications.accept_feasibility(technical_, id); });
  EXPECT_FALSE(held().empty());
  hosting_test::expect_all_or_nothing(faulty, db(),
                                      [&] { return f.applications.transition(technical_, id, "approve", ""); });
  hosting_test::expect_all_or_nothing(faulty, db(),
                                      [&] { return f.applications.transition(management_, id, "approve", ""); });
  EXPECT_EQ(h_->applications.get(admin_, id).take().application.status, "approved");
}

COLO_INSTANTIATE_ENGINE_TEST(ApplicationsServiceTest);

}  // namespace
}  // namespace colo::applications
