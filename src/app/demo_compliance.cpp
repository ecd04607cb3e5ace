// Compliance demo data: at --scale large, five years of the records the compliance view measures
// (approved applications with their approval steps, complaints and their answers, maintenance
// work orders, the rooms' entry log, emergency plans and drills, change requests, breaches,
// disputes and contract-months of service levels), for the view's benchmark. Written in bulk, a
// few hundred rows per statement, straight into the modules' tables: going through the services
// one record at a time would take hours. Idempotent: nothing is written when the applications
// are there already.
#include <spdlog/spdlog.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "db/database.hpp"

namespace colo::app {

namespace {

constexpr int kYears = 5;
constexpr int kDays = 365 * kYears;
constexpr int kApplicationsPerYear = 1'000;
constexpr int kComplaintsPerYear = 4'000;
constexpr int kAssets = 400;  // each maintained monthly
constexpr int kEntriesPerDay = 400;
constexpr int kPlans = 10;
constexpr int kChangesPerYear = 500;
constexpr int kBreachesPerYear = 1'000;
constexpr int kDisputesPerYear = 200;
constexpr int kSlaContracts = 2'000;  // each measured every month
constexpr int kRowsPerStatement = 400;

constexpr std::string_view kMarker = "SELECT COUNT(*) FROM applications WHERE number LIKE 'AP-L-%'";
constexpr std::string_view kCustomers = "SELECT id, name FROM customers ORDER BY id LIMIT 50";
// The billing benchmark's contracts (written just before): none of them measured yet.
constexpr std::string_view kContracts =
    "SELECT id, customer_id, number FROM contracts WHERE number LIKE 'CT-L-%' ORDER BY id LIMIT 2000";

// Inserts `count` rows of `columns` values each, `row(i)` giving the values of row i.
Status bulk(db::Tx& tx, const std::string& head, std::size_t columns, int count,
            const std::function<db::Params(int)>& row) {
  for (int first = 0; first < count; first += kRowsPerStatement) {
    std::string sql = head + " VALUES ";
    db::Params params;
    for (int i = first; i < first + kRowsPerStatement && i < count; ++i) {
      auto values = row(i);
      if (values.size() != columns) return Error::internal("demo: a bulk row of the wrong width");
      sql += i == first ? "(" : ", (";
      for (std::size_t c = 0; c < columns; ++c) {
        sql += (c ? ", $" : "$") + std::to_string(params.size() + 1);
        params.push_back(std::move(values[c]));
      }
      sql += ")";
    }
    COLO_CHECK(tx.exec(sql, params));
  }
  return {};
}

// The ids of the rows just written whose `column` starts with `prefix`, in order.
Result<std::vector<std::int64_t>> ids_of(db::Tx& tx, const std::string& table, const std::string& column,
                                         const std::string& prefix) {
  COLO_TRY(auto res, tx.query("SELECT id FROM " + table + " WHERE " + column + " LIKE $1 ORDER BY id", {prefix + "%"}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

}  // namespace

Status load_compliance_demo(App& app, const std::string& scale) {
  if (scale != "large") return {};
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    COLO_TRY(auto n, tx.one(kMarker));
    if (n && n->int64(0) > 0) return {};
  }
  const auto now = app.clock().now();
  const auto today = app.clock().today();
  // An instant `days` ago at `hour` UTC, and a business date `days` ago.
  const auto at = [&](int days, int hour = 2) {
    return format_instant(now - std::chrono::hours(24 * days) + std::chrono::hours(hour) - std::chrono::hours(12));
  };
  const auto date = [&](int days) { return format_date(add_days(today, -days)); };
  COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::write, db::Tx::Waits::unbounded));
  std::vector<std::pair<std::int64_t, std::string>> customers;
  {
    COLO_TRY(auto res, tx.query(kCustomers));
    for (const auto& r : res.rows) customers.emplace_back(r.int64(0), r.text(1));
  }
  struct ContractRow {
    std::int64_t id, customer_id;
    std::string number;
  };
  std::vector<ContractRow> contracts;
  {
    COLO_TRY(auto res, tx.query(kContracts));
    for (const auto& r : res.rows) contracts.push_back({r.int64(0), r.int64(1), r.text(2)});
  }
  if (customers.empty() || contracts.empty()) return Error::internal("demo: no customers or contracts to measure");
  const auto customer = [&](int i) { return customers[static_cast<std::size_t>(i) % customers.size()]; };
  const auto contract = [&](int i) { return contracts[static_cast<std::size_t>(i) % contracts.size()]; };
  const auto number = [](const char* prefix, int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%07d", prefix, i + 1);
    return std::string(buf);
  };

  // Applications approved by business, technical and management (one in fifty by one person twice).
  const int applications = kApplicationsPerYear * kYears;
  COLO_CHECK(
      bulk(tx,
           "INSERT INTO applications (number, customer_id, customer_name, status, company, devices, space, "
           "extra_services, created_by, created_by_name, submitted_at, decided_at, created_at, updated_at)",
           14, applications, [&](int i) -> db::Params {
             const int days = i * kDays / applications;
             const auto [cid, cname] = customer(i);
             return {number("AP-L-", i), cid,         cname,       "contracted", cname, "[]", "units", "[]", 0, "demo",
                     at(days, 1),        at(days, 9), at(days, 1), at(days, 9)};
           }));
  COLO_TRY(auto application_ids, ids_of(tx, "applications", "number", "AP-L-"));
  static const char* kSteps[] = {"business_review", "technical_review", "management_review"};
  COLO_CHECK(bulk(tx,
                  "INSERT INTO workflow_transitions (object_type, object_id, action, from_state, to_state, actor_id, "
                  "actor, actor_roles, comment, at)",
                  10, static_cast<int>(application_ids.size()) * 3, [&](int k) -> db::Params {
                    const int i = k / 3, step = k % 3;
                    const int days = i * kDays / applications;
                    const std::int64_t actor = (i % 50 == 0 && step == 2) ? 1 : step + 1;
                    return {"application",
                            application_ids[static_cast<std::size_t>(i)],
                            "approve",
                            kSteps[step],
                            "x",
                            actor,
                            "demo",
                            "demo",
                            "",
                            at(days, 2 + step)};
                  }));

  // Complaints, answered within the limit but one in twenty a day late.
  const int complaints = kComplaintsPerYear * kYears;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO servicedesk_tickets (number, type, customer_id, title, impact, urgency, priority, "
                  "status, group_name, channel, raised_by_name, calendar, response_target_minutes, "
                  "resolution_target_minutes, response_due_at, resolution_due_at, complaint_state, answer_due, "
                  "created_at, updated_at)",
                  20, complaints, [&](int i) -> db::Params {
                    const int days = 15 + i * (kDays - 15) / complaints;
                    return {
                        number("TK-L-", i), "complaint", customer(i).first, "演示投诉",      3,        3,       "P4",
                        "closed",           "business",  "portal",          "demo",          "7x24",   60,      600,
                        at(days),           at(days),    "accepted",        date(days - 15), at(days), at(days)};
                  }));
  COLO_TRY(auto ticket_ids, ids_of(tx, "servicedesk_tickets", "number", "TK-L-"));
  COLO_CHECK(
      bulk(tx,
           "INSERT INTO servicedesk_complaint_answers (ticket_id, customer_id, body, answered_by_name, "
           "answered_at)",
           5, static_cast<int>(ticket_ids.size()), [&](int i) -> db::Params {
             const int days = 15 + i * (kDays - 15) / complaints;
             const int answered = i % 20 == 0 ? days - 16 : days - 5;
             return {ticket_ids[static_cast<std::size_t>(i)], customer(i).first, "演示答复", "demo", at(answered)};
           }));

  // UPS, generators and fire systems maintained monthly; one work order in thirty done late.
  static const char* kKinds[] = {"ups", "generator", "battery_string", "gas_suppression", "fire_detection"};
  COLO_CHECK(bulk(tx,
                  "INSERT INTO facility_assets (code, name, kind, model, serial, room_id, status, note, created_at, "
                  "updated_at)",
                  10, kAssets, [&](int i) -> db::Params {
                    return {number("AS-L-", i), "演示设施", kKinds[i % 5], "X",      "S", 1,
                            "in_service",       "",         at(kDays),     at(kDays)};
                  }));
  COLO_TRY(auto asset_ids, ids_of(tx, "facility_assets", "code", "AS-L-"));
  COLO_CHECK(
      tx.exec("INSERT INTO facility_maintenance_plans (name, asset_kind, every_n, unit, first_due, checklist, active, "
              "created_by, created_at) VALUES ('演示月检', 'ups', 1, 'months', $1, '[]', 1, 'demo', $2)",
              {date(kDays), at(kDays)}));
  COLO_TRY(auto plan, tx.one("SELECT MAX(id) FROM facility_maintenance_plans"));
  const std::int64_t plan_id = plan ? plan->int64(0) : 0;
  const int months = 12 * kYears;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO facility_work_orders (plan_id, asset_id, due_on, status, results, completed_at, "
                  "created_at)",
                  7, kAssets * months, [&](int k) -> db::Params {
                    const int asset = k / months, month = k % months;
                    const int due = 1 + month * 365 / 12;
                    const int done = k % 30 == 0 ? due - 3 : due;
                    return {
                        plan_id,     asset_ids[static_cast<std::size_t>(asset)], date(due), "closed", "{}", at(done, 6),
                        at(due + 30)};
                  }));

  // The rooms' doors: check-ins with their visit, refusals, and one in ten thousand let in without.
  const int entries = kEntriesPerDay * kDays;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO facility_entry_log (at, room_id, visit_id, person_id, customer_id, person_name, event, "
                  "actor)",
                  8, entries, [&](int i) -> db::Params {
                    const int days = i / kEntriesPerDay;
                    const bool refused = i % 97 == 0, unauthorised = i % 10'000 == 5;
                    return {at(days, i % 24),
                            1,
                            unauthorised ? db::Value() : db::Value(static_cast<std::int64_t>(i + 1)),
                            unauthorised ? db::Value() : db::Value(static_cast<std::int64_t>(i % 5'000 + 1)),
                            customer(i).first,
                            "演示访客",
                            refused ? "refused" : "check_in",
                            "desk"};
                  }));

  // Emergency plans drilled twice a year, but the last one not in the last year.
  COLO_CHECK(bulk(
      tx, "INSERT INTO facility_plans (scenario, title, owner, version, created_at, updated_at)", 6, kPlans,
      [&](int i) -> db::Params { return {"power_failure", number("演示预案-", i), "demo", 1, at(kDays), at(kDays)}; }));
  COLO_TRY(auto plan_ids, ids_of(tx, "facility_plans", "title", "演示预案-"));
  COLO_CHECK(bulk(tx,
                  "INSERT INTO facility_drills (plan_id, plan_version, title, scheduled_on, status, held_on, "
                  "participants, created_by, created_at)",
                  9, kPlans * kYears * 2, [&](int k) -> db::Params {
                    const int p = k / (kYears * 2), n = k % (kYears * 2);
                    const int days = 30 + n * 182 + (p == kPlans - 1 ? 365 : 0);
                    return {plan_ids[static_cast<std::size_t>(p)],
                            1,
                            "演示演练",
                            date(days),
                            "held",
                            date(days),
                            "[]",
                            "demo",
                            at(days)};
                  }));

  // Change requests approved before they start.
  const int changes = kChangesPerYear * kYears;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO facility_changes (number, title, reason, risk, rollback_plan, window_start, window_end, "
                  "rooms, racks, devices, feeds, computed_customers, customers, status, result, result_note, "
                  "started_at, closed_at, requested_by, created_at, updated_at)",
                  21, changes, [&](int i) -> db::Params {
                    const int days = 2 + i * (kDays - 2) / changes;
                    return {number("CHG-L-", i),
                            "演示变更",
                            "演示",
                            "low",
                            "回退",
                            at(days, 14),
                            at(days, 16),
                            "[]",
                            "[]",
                            "[]",
                            "[]",
                            "[]",
                            "[]",
                            "closed",
                            "successful",
                            "",
                            at(days, 14),
                            at(days, 16),
                            "demo",
                            at(days + 2),
                            at(days)};
                  }));
  COLO_TRY(auto change_ids, ids_of(tx, "facility_changes", "number", "CHG-L-"));
  COLO_CHECK(bulk(tx,
                  "INSERT INTO workflow_transitions (object_type, object_id, action, from_state, to_state, actor_id, "
                  "actor, actor_roles, comment, at)",
                  10, static_cast<int>(change_ids.size()), [&](int i) -> db::Params {
                    const int days = 2 + i * (kDays - 2) / changes;
                    return {"facility.change",
                            change_ids[static_cast<std::size_t>(i)],
                            "approve",
                            "submitted",
                            "approved",
                            2,
                            "demo",
                            "technical",
                            "",
                            at(days + 1)};
                  }));

  // Breaches of both sides, decided within days; disputes negotiated, then escalated.
  static const char* kBreachKinds[][2] = {
      {"customer", "non_payment"}, {"customer", "abuse"}, {"operator", "sla_failure"}, {"operator", "data_loss"}};
  const int breaches = kBreachesPerYear * kYears;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO breaches (number, customer_id, customer_name, contract_id, contract_number, party, "
                  "kind, clause, description, occurred_on, status, consequence, decided_by, decided_at, closed_at, "
                  "created_by, created_at, updated_at)",
                  18, breaches, [&](int i) -> db::Params {
                    const int days = 40 + i * (kDays - 40) / breaches;
                    const auto& c = contract(i);
                    const auto& kind = kBreachKinds[i % 4];
                    return {number("BR-L-", i),
                            c.customer_id,
                            customer(i).second,
                            c.id,
                            c.number,
                            kind[0],
                            kind[1],
                            "第九条",
                            "演示违约",
                            date(days),
                            "closed",
                            kind[1] == std::string("data_loss") ? "compensation" : "penalty",
                            "demo",
                            at(days - (i % 40 == 0 ? 35 : 3)),
                            at(days - 30),
                            "demo",
                            at(days),
                            at(days)};
                  }));
  const int disputes = kDisputesPerYear * kYears;
  COLO_CHECK(bulk(tx,
                  "INSERT INTO disputes (number, customer_id, customer_name, contract_id, contract_number, "
                  "source_type, raised_by, claim, amount_fen, status, forum_kind, forum_name, case_number, "
                  "escalated_at, legal_hold, created_by, created_at, updated_at)",
                  18, disputes, [&](int i) -> db::Params {
                    const int days = 60 + i * (kDays - 60) / disputes;
                    const auto& c = contract(i);
                    return {number("DS-L-", i),
                            c.customer_id,
                            customer(i).second,
                            c.id,
                            c.number,
                            "direct",
                            "customer",
                            "演示争议",
                            100'000,
                            "escalated",
                            "arbitration",
                            "上海仲裁委员会",
                            number("(演示)仲字第", i),
                            at(days - 30),
                            0,
                            "demo",
                            at(days),
                            at(days - 30)};
                  }));
  COLO_TRY(auto dispute_ids, ids_of(tx, "disputes", "number", "DS-L-"));
  COLO_CHECK(bulk(
      tx, "INSERT INTO dispute_entries (dispute_id, kind, on_date, summary, created_by, created_at)", 6,
      static_cast<int>(dispute_ids.size()), [&](int i) -> db::Params {
        const int days = 60 + i * (kDays - 60) / disputes;
        return {dispute_ids[static_cast<std::size_t>(i)], "meeting", date(days - 10), "协商", "demo", at(days - 10)};
      }));

  // Every month of the first contracts measured against its availability target.
  const int sla_contracts = std::min<int>(kSlaContracts, static_cast<int>(contracts.size()));
  COLO_CHECK(
      bulk(tx,
           "INSERT INTO service_level_credits (contract_id, customer_id, month, measured, availability_ppm, "
           "target_bp, month_fee_fen, uncapped_fen, cap_fen, computed_fen, amount_fen, computation, status, "
           "computed_at)",
           14, sla_contracts * months, [&](int k) -> db::Params {
             const int c = k / months, m = 1 + k % months;
             const auto& row = contracts[static_cast<std::size_t>(c)];
             const std::string month = format_date(add_months(today, -m)).substr(0, 7);
             return {row.id, row.customer_id, month,     1, k % 25 == 0 ? 998'000 : 999'950, 9'990, 100'000, 0, 0, 0, 0,
                     "{}",   "no_credit",     at(m * 30)};
           }));

  COLO_CHECK(tx.commit());
  spdlog::info("demo: five years of records for the compliance view ({} door entries)", entries);
  return {};
}

}  // namespace colo::app
