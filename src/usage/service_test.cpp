// What billing reads: Service::measure inside the caller's transaction, on SQLite and PostgreSQL.
// A contract's ports are summed per slot before the percentile, business dates are converted in
// the business time zone (a slot before the day's start in Shanghai belongs to the day before),
// meters of other contracts do not count, figures are thousandths rounded half up, and a
// shortfall of samples is reported.
#include <gtest/gtest.h>

#include <memory>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "usage/rules.hpp"
#include "usage/service.hpp"

namespace colo::usage {
namespace {

// The contracts and customers as the test database has them, without the other modules.
class TableOwners final : public Owners {
 public:
  explicit TableOwners(db::Database& db) : db_(db) {}
  Result<std::optional<ContractInfo>> contract(std::int64_t id) override {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto row, tx.one("SELECT id, number, customer_id FROM contracts WHERE id = $1", {id}));
    if (!row) return std::optional<ContractInfo>{};
    return std::optional<ContractInfo>(ContractInfo{row->int64(0), row->text(1), row->int64(2)});
  }
  Result<std::map<std::int64_t, std::string>> customer_names(db::Tx& tx, const std::vector<std::int64_t>&) override {
    COLO_TRY(auto res, tx.query("SELECT id, name FROM customers"));
    std::map<std::int64_t, std::string> out;
    for (const auto& r : res.rows) out.emplace(r.int64(0), r.text(1));
    return out;
  }

 private:
  db::Database& db_;
};

class Measure : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    owners_ = std::make_unique<TableOwners>(db());
    svc_ = std::make_unique<Service>(db(), clock_, *owners_, *store_);
    clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").value()));
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    customer_ = tx.insert(
                      "INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ('天顶', '', "
                      "'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id")
                    .take();
    for (const char* number : {"CT-2026-000001", "CT-2026-000002"})
      contracts_.push_back(
          tx.insert("INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, "
                    "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, "
                    "confidentiality_until, current_version, created_by, created_by_name, created_at, updated_at) "
                    "VALUES ($1, $2, '天顶', 'Colo', 'active', '2026-01-01', '2026-12-31', 12, 0, 30, 3, "
                    "'2029-01-01', 1, 1, 'test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') "
                    "RETURNING id",
                    {number, customer_})
              .take());
    ASSERT_TRUE(tx.commit().ok());
  }

  Meter meter(const std::string& kind, std::optional<std::int64_t> contract) {
    MeterInput in;
    in.customer_id = customer_;
    in.contract_id = contract;
    in.kind = kind;
    in.name = kind + "-" + std::to_string(++n_);
    return svc_->create(staff_, in).take();
  }

  Figure measure(const std::string& metric, const std::string& basis, const char* from, const char* to,
                 std::optional<std::int64_t> contract = std::nullopt) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto f = svc_->measure(tx, {contract.value_or(contracts_[0]), metric, basis, *parse_date(from), *parse_date(to)});
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message);
    return f.ok() ? *f : Figure{};
  }

  ManualClock clock_{*parse_instant("2026-11-20T00:00:00Z")};
  // Built in SetUp, once the database exists.
  std::unique_ptr<TableOwners> owners_;
  std::unique_ptr<UsageStore> store_ = make_block_store(clock_);
  std::unique_ptr<Service> svc_;
  Context staff_ = system_context("test");
  std::int64_t customer_ = 0;
  std::vector<std::int64_t> contracts_;
  int n_ = 0;
};

TEST_P(Measure, AContractsPortsAreSummedPerSlotInItsBusinessDays) {
  const auto a = meter("bandwidth", contracts_[0]), b = meter("bandwidth", contracts_[0]);
  const auto other = meter("bandwidth", contracts_[1]);
  // Business day 2026-11-10 in Shanghai runs from 2026-11-09T16:00Z to 2026-11-10T16:00Z.
  const auto start = epoch_seconds(*parse_instant("2026-11-09T16:00:00Z"));
  SampleBatch sa, sb, so;
  std::vector<std::int64_t> in(288), out(288);
  for (int s = 0; s < 288; ++s) {
    const auto t = from_epoch_seconds(start + 300LL * s);
    const std::int64_t ia = 1'000'000 + 12'345LL * s, oa = 3'000'000 - 777LL * s;
    const std::int64_t ib = (s * 37 % 288) * 100'001LL, ob = 5'000'500;
    sa.rates.push_back({t, ia, oa, false});
    sb.rates.push_back({t, ib, ob, false});
    so.rates.push_back({t, 9'000'000'000, 9'000'000'000, false});
    in[static_cast<std::size_t>(s)] = ia + ib;
    out[static_cast<std::size_t>(s)] = oa + ob;
  }
  // The slot before the day starts in Shanghai is the day before's, however large.
  sa.rates.push_back({from_epoch_seconds(start - 300), 9'000'000'000, 9'000'000'000, false});
  ASSERT_TRUE(svc_->write(staff_, a.id, sa).ok());
  ASSERT_TRUE(svc_->write(staff_, b.id, sb).ok());
  ASSERT_TRUE(svc_->write(staff_, other.id, so).ok());

  const auto p = percentiles(in, out);
  for (const auto& basis : kBases) {
    auto f = measure(kMetricBandwidthP95, basis, "2026-11-10", "2026-11-10");
    EXPECT_EQ(f.milli, milli_mbps(*basis_value(p, basis))) << basis;
    EXPECT_EQ(f.samples, 288) << basis;
    EXPECT_EQ(f.expected, 288) << basis;
    EXPECT_EQ(f.note, "") << basis;
  }
  // Two days, one of them empty: the same samples, twice the expected, and a note.
  auto two = measure(kMetricBandwidthP95, "max", "2026-11-10", "2026-11-11");
  EXPECT_EQ(two.samples, 288);
  EXPECT_EQ(two.expected, 576);
  EXPECT_EQ(two.milli, milli_mbps(p.max));
  EXPECT_NE(two.note, "");
  // The other contract is billed on its own port only.
  auto theirs = measure(kMetricBandwidthP95, "in", "2026-11-10", "2026-11-10", contracts_[1]);
  EXPECT_EQ(theirs.milli, 9'000'000);
}

TEST_P(Measure, EnergyIsTheIncreaseSinceTheLastReadingBeforeThePeriod) {
  const auto pdu = meter("power", contracts_[0]);
  SampleBatch s;
  // Readings at Shanghai midnights (16:00Z), one reset on the second day.
  s.readings = {{*parse_instant("2026-11-09T16:00:00Z"), 100'000},
                {*parse_instant("2026-11-10T04:00:00Z"), 112'345},
                {*parse_instant("2026-11-10T10:00:00Z"), 500},
                {*parse_instant("2026-11-10T16:00:00Z"), 1'500}};
  ASSERT_TRUE(svc_->write(staff_, pdu.id, s).ok());
  // 11-10 runs from 11-09T16:00Z (inclusive) to 11-10T16:00Z: 12,345 Wh, then a reset to 500.
  auto day = measure(kMetricPowerKwh, "", "2026-11-10", "2026-11-10");
  EXPECT_EQ(day.milli, 12'345 + 500);
  // 11-11 starts with the base 500 and the reading 1,500 at its first instant.
  auto next = measure(kMetricPowerKwh, "", "2026-11-11", "2026-11-11");
  EXPECT_EQ(next.milli, 1'000);
  EXPECT_EQ(next.samples, 1);
}

TEST_P(Measure, AQueryItCannotAnswerIsRefused) {
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto metric = svc_->measure(tx, {contracts_[0], "water", "in", *parse_date("2026-11-01"), *parse_date("2026-11-30")});
  ASSERT_FALSE(metric.ok());
  EXPECT_TRUE(metric.error().is("usage.query.invalid"));
  auto basis = svc_->measure(
      tx, {contracts_[0], kMetricBandwidthP95, "avg", *parse_date("2026-11-01"), *parse_date("2026-11-30")});
  ASSERT_FALSE(basis.ok());
  auto backwards =
      svc_->measure(tx, {contracts_[0], kMetricPowerKwh, "", *parse_date("2026-11-30"), *parse_date("2026-11-01")});
  ASSERT_FALSE(backwards.ok());
  // A contract without meters measures zero, every sample missing.
  auto empty = svc_->measure(
      tx, {contracts_[1], kMetricBandwidthP95, "in", *parse_date("2026-11-01"), *parse_date("2026-11-30")});
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->milli, 0);
  EXPECT_EQ(empty->samples, 0);
  EXPECT_EQ(empty->expected, 30 * 288);
}

COLO_INSTANTIATE_ENGINE_TEST(Measure);

}  // namespace
}  // namespace colo::usage
