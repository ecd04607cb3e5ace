// R12.1 as measured from the records: a dispute counts as negotiated before escalation when a
// negotiation entry is dated on or before the escalation's business day (Asia/Shanghai), not its
// UTC date; on both engines.
#include <gtest/gtest.h>

#include "core/business_calendar.hpp"
#include "core/clock.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "disputes/store.hpp"

namespace colo::disputes {
namespace {

class DisputeStoreTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
  }

  // A dispute escalated at `escalated_at` with one negotiation entry dated `entry_on` (none when empty).
  void dispute(int n, const std::string& escalated_at, const std::string& entry_on) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(tx.exec("INSERT INTO disputes (id, number, customer_id, customer_name, contract_id, contract_number, "
                        "source_type, raised_by, claim, amount_fen, status, case_number, escalated_at, legal_hold, "
                        "created_by, created_at, updated_at) VALUES ($1, $2, 1, 'c', 1, 'CT-1', 'direct', "
                        "'customer', 'claim', 0, 'escalated', 'A-1', $3, 0, 'business', $3, $3)",
                        {n, "DS-" + std::to_string(n), escalated_at})
                    .ok());
    if (!entry_on.empty())
      ASSERT_TRUE(tx.exec("INSERT INTO dispute_entries (dispute_id, kind, on_date, summary, created_by, created_at) "
                          "VALUES ($1, 'meeting', $2, 'talks', 'business', $3)",
                          {n, entry_on, escalated_at})
                      .ok());
    ASSERT_TRUE(tx.commit().ok());
  }
};

TEST_P(DisputeStoreTest, R12_1_NegotiationIsJudgedOnTheBusinessDayOfTheEscalation) {
  // 23:30 in Shanghai on 26 November is 15:30 UTC the same day; 00:30 on the 27th is 16:30 UTC on
  // the 26th. A meeting on the 27th came before an escalation at 00:30 Shanghai time that day.
  dispute(1, "2026-11-26T15:30:00.000Z", "2026-11-26");
  dispute(2, "2026-11-26T16:30:00.000Z", "2026-11-27");
  dispute(3, "2026-11-26T16:30:00.000Z", "2026-11-28");  // dated after: not negotiated first
  dispute(4, "2026-11-26T16:30:00.000Z", "");            // no entry at all
  const auto calendar = BusinessCalendar::in_zone("Asia/Shanghai").take();
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto facts = store::escalations(tx, "2026-11-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z", calendar);
  ASSERT_TRUE(facts.ok()) << facts.error().message;
  ASSERT_EQ(facts->size(), 4u);
  EXPECT_TRUE((*facts)[0].negotiated);
  EXPECT_TRUE((*facts)[1].negotiated);
  EXPECT_FALSE((*facts)[2].negotiated);
  EXPECT_FALSE((*facts)[3].negotiated);
  EXPECT_TRUE((*facts)[0].case_numbered);
}

COLO_INSTANTIATE_ENGINE_TEST(DisputeStoreTest);

}  // namespace
}  // namespace colo::disputes
