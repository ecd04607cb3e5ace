// The committed rate behind a ledger interface, on both engines: the active bandwidth meter linked
// to the interface names the contract, whose BW-COMMIT-MBPS lines in force today give the commit;
// retired and power meters, meters without a contract and contracts without such a line give none.
#include <gtest/gtest.h>

#include "app/monitoring_wiring.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "usage/store.hpp"

namespace colo::app {
namespace {

class CommitTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    customer_ = tx.insert(
                      "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('甲公司', '', "
                      "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id")
                    .take();
    for (int i = 0; i < 2; ++i)
      contracts_.push_back(
          tx.insert("INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
                    "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
                    "confidentiality_until, current_version, created_by, created_by_name, created_at, updated_at) "
                    "VALUES ($1, $2, 'customer', 'operator', 'active', '2026-01-01', '2026-12-31', 12, 0, 30, 3, "
                    "'2030-01-01', 1, 1, 'test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') "
                    "RETURNING id",
                    {"CT-2026-00000" + std::to_string(i + 1), customer_})
              .take());
    ASSERT_TRUE(tx.commit().ok());
  }

  void meter(const std::string& name, const std::string& kind, std::optional<std::int64_t> contract,
             std::int64_t interface_id, const std::string& status = "active") {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    usage::Meter m;
    m.customer_id = customer_;
    m.contract_id = contract;
    m.kind = kind;
    m.name = name;
    m.interface_id = interface_id;
    m.status = status;
    m.created_at = m.updated_at = "2026-11-01T00:00:00.000Z";
    ASSERT_TRUE(usage::store::insert(tx, m).ok());
    ASSERT_TRUE(tx.commit().ok());
  }

  std::optional<double> commit_of(std::int64_t interface_id) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto r = committed_bps(contract_in_, clock_)(tx, interface_id);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? *r : std::nullopt;
  }

  static contracts::LineItem line(const char* item, std::int64_t included) {
    contracts::LineItem l;
    l.catalogue_item = item;
    l.included_quantity = included;
    return l;
  }

  // The terms in force: the first contract commits 300 + 200 Mbit/s (two lines), the second
  // sells bandwidth without a commit line.
  ContractIn contract_in_ = [this](db::Tx&, std::int64_t id, Date day) -> Result<std::optional<contracts::Contract>> {
    days_.push_back(day);
    contracts::Contract c;
    c.id = id;
    c.status = id == ended_ ? "terminated" : "active";
    if (id == contracts_.at(0))
      c.terms.line_items = {line("RACK-42U", 0), line(kCommitCatalogueItem, 300), line(kCommitCatalogueItem, 200)};
    else
      c.terms.line_items = {line("BW-95-MBPS", 100)};
    return std::optional<contracts::Contract>(c);
  };
  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};
  std::int64_t customer_ = 0;
  std::vector<std::int64_t> contracts_;
  std::vector<Date> days_;
  std::int64_t ended_ = 0;
};

TEST_P(CommitTest, TheActiveBandwidthMetersContractGivesTheCommit) {
  meter("CORE-SW-01 xe-1", "bandwidth", contracts_[0], 41);
  meter("CORE-SW-01 xe-1 old", "bandwidth", contracts_[1], 41, "retired");
  meter("PDU-03", "power", contracts_[1], 42);
  meter("CORE-SW-01 xe-2", "bandwidth", contracts_[1], 43);
  meter("CORE-SW-01 xe-3", "bandwidth", std::nullopt, 44);

  EXPECT_EQ(commit_of(41), std::optional<double>(5e8));
  ASSERT_FALSE(days_.empty());
  EXPECT_EQ(days_.back(), clock_.today());
  EXPECT_EQ(commit_of(42), std::nullopt);  // a power meter
  EXPECT_EQ(commit_of(43), std::nullopt);  // no commit line
  EXPECT_EQ(commit_of(44), std::nullopt);  // no contract
  EXPECT_EQ(commit_of(99), std::nullopt);  // no meter
  ended_ = contracts_[0];
  EXPECT_EQ(commit_of(41), std::nullopt);  // the contract has ended
}

COLO_INSTANTIATE_ENGINE_TEST(CommitTest);

}  // namespace
}  // namespace colo::app
