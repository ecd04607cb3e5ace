// Billing demo data: the demo contracts' invoices (a billing run for today), and, at --scale
// large, 100,000 active contracts for the billing run's benchmark. Those are written in bulk, a
// few thousand rows per statement, straight into the contracts' tables: the contracts service
// drafts one contract from one approved application at a time, which would take an hour here. The
// large set is left unbilled so that the benchmark (or the server's daily run) times the run.
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "app/services.hpp"
#include "billing/service.hpp"
#include "contracts/model.hpp"
#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "db/database.hpp"

namespace colo::app {

namespace {

constexpr int kLargeContracts = 100'000;
constexpr int kRowsPerStatement = 500;

constexpr std::string_view kCountBulk = "SELECT COUNT(*) FROM contracts WHERE number LIKE 'CT-L-%'";
constexpr std::string_view kCustomers = "SELECT id, name FROM customers ORDER BY id LIMIT 50";
constexpr std::string_view kContractIds =
    "SELECT id, customer_id FROM contracts WHERE number LIKE 'CT-L-%' AND id > $1 "
    "ORDER BY id LIMIT $2";

contracts::Terms bulk_terms(Date start, int variant) {
  contracts::Terms t;
  t.effective_date = start;
  t.end_date = add_days(add_months(start, 12), -1);
  contracts::LineItem rack;
  rack.service = "rack_space";
  rack.description = "机柜空间 4U";
  rack.quantity = 1 + variant % 4;
  rack.unit_price_fen = 30000;
  rack.unit = "U";
  contracts::LineItem power;
  power.service = "power";
  power.description = "电力 1 kW";
  power.quantity = 1;
  power.unit_price_fen = 150000;
  power.unit = "kW";
  t.line_items = {rack, power};
  return t;
}

Status load_large_contracts(App& app) {
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    COLO_TRY(auto n, tx.one(kCountBulk));
    if (n && n->int64(0) >= kLargeContracts) return {};
  }
  std::vector<std::pair<std::int64_t, std::string>> customers;
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    COLO_TRY(auto res, tx.query(kCustomers));
    for (const auto& r : res.rows) customers.emplace_back(r.int64(0), r.text(1));
  }
  if (customers.empty()) return Error::internal("demo: no customers for the billing benchmark's contracts");
  const auto today = app.clock().today();
  const auto now = format_instant(app.clock().now());
  // Started on one of the last 28 days, so that the run bills a partial month and the next one.
  const auto start = [&](int i) { return add_days(today, -(i % 28)); };
  COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::write, db::Tx::Waits::unbounded));
  for (int first = 0; first < kLargeContracts; first += kRowsPerStatement) {
    std::string sql =
        "INSERT INTO contracts (number, customer_id, customer_name, operator_party, status, effective_date, end_date, "
        "term_months, auto_renew, notice_days, confidentiality_years, confidentiality_until, current_version, "
        "created_by, created_by_name, created_at, updated_at) VALUES ";
    db::Params params;
    for (int i = first; i < first + kRowsPerStatement && i < kLargeContracts; ++i) {
      const auto& [cid, cname] = customers[static_cast<std::size_t>(i) % customers.size()];
      const auto t = bulk_terms(start(i), i);
      char number[32];
      std::snprintf(number, sizeof number, "CT-L-%06d", i + 1);
      const auto n = params.size();
      sql += (i == first ? "(" : ", (");
      const auto at = [&](int k) { return "$" + std::to_string(n + static_cast<std::size_t>(k)); };
      sql += at(1) + ", " + at(2) + ", " + at(3) + ", " + at(4) + ", " + at(5) + ", " + at(6) + ", " + at(7) +
             ", 12, 0, 30, 3, " + at(8) + ", 1, 0, 'demo', " + at(9) + ", " + at(9) + ")";
      params.insert(params.end(),
                    {std::string(number), cid, cname, "演示运营方", "active", format_date(t.effective_date),
                     format_date(t.end_date), format_date(contracts::confidentiality_until(t)), now});
    }
    COLO_CHECK(tx.exec(sql, params));
  }
  // Their first version, in the same bulk.
  std::int64_t after = 0;
  for (;;) {
    COLO_TRY(auto res, tx.query(kContractIds, {after, kRowsPerStatement}));
    if (res.rows.empty()) break;
    std::string sql =
        "INSERT INTO contract_versions (contract_id, customer_id, version, effective_from, terms, reason, created_at) "
        "VALUES ";
    db::Params params;
    for (std::size_t r = 0; r < res.rows.size(); ++r) {
      const auto id = res.rows[r].int64(0);
      const auto i = static_cast<int>(id % 100'000);
      const auto t = bulk_terms(start(i), i);
      const auto n = params.size();
      sql += (r == 0 ? "($" : ", ($") + std::to_string(n + 1) + ", $" + std::to_string(n + 2) + ", 1, $" +
             std::to_string(n + 3) + ", $" + std::to_string(n + 4) + ", 'initial', $" + std::to_string(n + 5) + ")";
      params.insert(params.end(),
                    {id, res.rows[r].int64(1), format_date(t.effective_date), to_json(contracts::terms_json(t)), now});
      after = id;
    }
    COLO_CHECK(tx.exec(sql, params));
  }
  COLO_CHECK(tx.commit());
  spdlog::info("demo: {} active contracts for the billing benchmark", kLargeContracts);
  return {};
}

}  // namespace

Status load_billing_demo(App& app, const std::string& scale) {
  if (scale == "large") return load_large_contracts(app);
  // The demo contracts' invoices: what the daily run would have issued today (idempotent).
  COLO_TRY(auto run, app.services().billing->run_daily(app.clock().today(), "demo"));
  spdlog::info("demo: billing run, {} invoice(s)", run.invoices);
  return {};
}

}  // namespace colo::app
