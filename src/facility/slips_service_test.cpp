// Equipment slips on both engines with fake ledger and billing ports: moving out a device of a
// contract billing holds waits for finance's release (the contract taken from the ledger, not from
// the requester), a hold arising after approval stops completion, and completion changes the
// ledger in the same transaction as the slip (a failing ledger change leaves the slip approved).
#include <gtest/gtest.h>

#include <map>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "facility/service.hpp"

namespace colo::facility {
namespace {

Context person(std::optional<std::int64_t> customer) {
  auto p = std::make_shared<Principal>();
  p->user_id = customer ? 2 : 1;
  p->username = customer ? "tenant" : "noc";
  p->roles = {customer ? "customer_admin" : "operations"};
  p->customer_id = customer;
  return Context{p, "req", "test"};
}

class SlipsServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    {
      auto tx = db::Tx::begin(db(), db::Access::write).take();
      ASSERT_TRUE(tx.exec("CREATE TABLE test_ledger (device_id BIGINT NOT NULL, state TEXT NOT NULL)").ok());
      ASSERT_TRUE(tx.commit().ok());
    }
    Premises p;
    p.rack_room = [](std::int64_t, std::int64_t) -> Result<std::optional<std::int64_t>> {
      return std::optional<std::int64_t>{};
    };
    p.room_exists = [](std::int64_t) -> Result<bool> { return true; };
    p.device_owner = [this](db::Tx&, std::int64_t id) -> Result<std::optional<std::optional<std::int64_t>>> {
      if (!owners_.count(id)) return std::optional<std::optional<std::int64_t>>{};
      return std::optional<std::optional<std::int64_t>>(owners_[id]);
    };
    p.set_device_state = [this](db::Tx& tx, const Context&, std::int64_t id, const std::string& state) -> Status {
      if (fail_ledger_) return Error::unprocessable("dcim.test", "the ledger refuses");
      // Written in the caller's transaction, as dcim does: it commits or rolls back with the slip.
      COLO_CHECK(tx.exec("INSERT INTO test_ledger (device_id, state) VALUES ($1, $2)", {id, state}));
      return {};
    };
    p.device_contracts = [this](db::Tx&, std::int64_t id) -> Result<std::vector<std::int64_t>> {
      return contracts_[id];
    };
    p.needs_finance_release = [this](db::Tx&, std::int64_t contract) -> Result<bool> {
      return held_contracts_.count(contract) > 0;
    };
    svc_ = std::make_unique<Service>(db(), clock_, crypto::Sealer(crypto::random_key()), p);
  }
  SlipInput out_slip(std::int64_t device, std::int64_t contract) {
    SlipInput in;
    in.direction = "out";
    in.planned_on = "2026-12-01";
    in.items = {SlipItem{0, device, "", "server", contract}};
    return in;
  }
  std::int64_t ledger_writes() {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one("SELECT COUNT(*) FROM test_ledger").take()->int64(0);
  }
  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};
  std::map<std::int64_t, std::optional<std::int64_t>> owners_{{10, 7}, {11, 8}, {12, 7}, {13, 7}};
  // Device 13 was placed by contract 500 and later by 502: the older one still counts.
  std::map<std::int64_t, std::vector<std::int64_t>> contracts_{{10, {500}}, {11, {503}}, {12, {501}}, {13, {502, 500}}};
  std::map<std::int64_t, bool> held_contracts_{{500, true}};
  bool fail_ledger_ = false;
  std::unique_ptr<Service> svc_;
};

TEST_P(SlipsServiceTest, MovingOutADeviceOfAHeldContractWaitsForFinancesRelease) {
  auto s = svc_->request_slip(person(7), out_slip(10, 500)).take();
  s = svc_->decide_slip(person(std::nullopt), s.id, true).take();
  EXPECT_TRUE(s.needs_release);
  auto early = svc_->complete_slip(person(std::nullopt), s.id);
  ASSERT_FALSE(early.ok());
  EXPECT_TRUE(early.error().is("facility.slip.release_required"));
  EXPECT_EQ(ledger_writes(), 0);
  s = svc_->release_slip(person(std::nullopt), s.id).take();
  auto done = svc_->complete_slip(person(std::nullopt), s.id);
  ASSERT_TRUE(done.ok()) << done.error().code << ": " << done.error().message;
  EXPECT_EQ(done->status, "completed");
  EXPECT_EQ(ledger_writes(), 1);

  // A contract billing does not hold: no release needed, and none can be given.
  auto free = svc_->request_slip(person(7), out_slip(12, 501)).take();
  free = svc_->decide_slip(person(std::nullopt), free.id, true).take();
  EXPECT_FALSE(free.needs_release);
  EXPECT_TRUE(svc_->release_slip(person(std::nullopt), free.id).error().is("facility.slip.nothing_to_release"));
}

TEST_P(SlipsServiceTest, AnotherCustomersDeviceIsRefusedAndALedgerFailureLeavesTheSlipApproved) {
  auto foreign = svc_->request_slip(person(7), out_slip(11, 501));
  ASSERT_FALSE(foreign.ok());
  EXPECT_TRUE(foreign.error().is("facility.slip.foreign_device"));
  EXPECT_EQ(svc_->slips(person(std::nullopt), {}).take().first, 0);

  auto s = svc_->request_slip(person(7), out_slip(12, 501)).take();
  svc_->decide_slip(person(std::nullopt), s.id, true).take();
  fail_ledger_ = true;
  EXPECT_FALSE(svc_->complete_slip(person(std::nullopt), s.id).ok());
  EXPECT_EQ(svc_->slip(person(std::nullopt), s.id).take().status, "approved");
  fail_ledger_ = false;
  EXPECT_EQ(svc_->complete_slip(person(std::nullopt), s.id).take().status, "completed");
  // A customer sees its slip; another customer does not.
  EXPECT_TRUE(svc_->slip(person(7), s.id).ok());
  EXPECT_EQ(svc_->slip(person(8), s.id).error().kind, ErrorKind::not_found);
}

TEST_P(SlipsServiceTest, TheContractComesFromTheLedgerNotFromTheRequester) {
  // The requester names contract 501, in good standing; the ledger holds device 10 under 500.
  auto s = svc_->request_slip(person(7), out_slip(10, 501)).take();
  ASSERT_EQ(s.items.size(), 1u);
  EXPECT_EQ(s.items[0].contract_id, 500);
  EXPECT_TRUE(svc_->decide_slip(person(std::nullopt), s.id, true).take().needs_release);
  // An older contract of the device that billing holds counts as well.
  auto older = svc_->request_slip(person(7), out_slip(13, 502)).take();
  EXPECT_EQ(older.items[0].contract_id, 502);
  EXPECT_TRUE(svc_->decide_slip(person(std::nullopt), older.id, true).take().needs_release);
  // Moving in never waits for finance.
  auto in = out_slip(10, 0);
  in.direction = "in";
  auto moving_in = svc_->request_slip(person(7), in).take();
  EXPECT_FALSE(svc_->decide_slip(person(std::nullopt), moving_in.id, true).take().needs_release);
}

TEST_P(SlipsServiceTest, AHoldArisingAfterApprovalStopsCompletionUntilFinanceReleases) {
  auto s = svc_->request_slip(person(7), out_slip(12, 501)).take();
  EXPECT_FALSE(svc_->decide_slip(person(std::nullopt), s.id, true).take().needs_release);
  held_contracts_[501] = true;  // an invoice went overdue
  auto early = svc_->complete_slip(person(std::nullopt), s.id);
  ASSERT_FALSE(early.ok());
  EXPECT_TRUE(early.error().is("facility.slip.release_required"));
  EXPECT_EQ(ledger_writes(), 0);
  auto waiting = svc_->slip(person(std::nullopt), s.id).take();
  EXPECT_TRUE(waiting.needs_release);
  EXPECT_EQ(waiting.status, "approved");
  // Paying later does not undo the hold: finance's release is what lets the devices go.
  held_contracts_.erase(501);
  EXPECT_TRUE(svc_->complete_slip(person(std::nullopt), s.id).error().is("facility.slip.release_required"));
  svc_->release_slip(person(std::nullopt), s.id).take();
  EXPECT_EQ(svc_->complete_slip(person(std::nullopt), s.id).take().status, "completed");
  EXPECT_EQ(ledger_writes(), 1);
}

}  // namespace

// The entry log's and the visit list's days are business days (R4.2.1: auditors filter by the day
// they worked): an entry at 01:00 on 27 November in Shanghai (17:00 UTC on the 26th) is the 27th's.
TEST_P(SlipsServiceTest, R4_2_1_EntryLogDaysAreBusinessDays) {
  clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").take()));
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(tx.exec("INSERT INTO facility_entry_log (at, room_id, customer_id, person_name, event, actor) VALUES "
                        "('2026-11-26T17:00:00.000Z', 1, 7, '张三', 'check_in', 'desk')")
                    .ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  auto on = [&](const char* day) {
    EntryFilter f;
    f.from_day = f.to_day = parse_date(day);
    return svc_->entries(person(std::nullopt), f).take().first;
  };
  EXPECT_EQ(on("2026-11-27"), 1);
  EXPECT_EQ(on("2026-11-26"), 0);
}

COLO_INSTANTIATE_ENGINE_TEST(SlipsServiceTest);

}  // namespace colo::facility
