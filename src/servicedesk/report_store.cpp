// SQL of the monthly service-quality report: the month's contracts as the month-end computation
// measured them, the credits granted, the improvement actions open during the month, and
// management's per-customer breakdown aggregated in the database, one page at a time.
#include <algorithm>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk {

const db::ListSpec kQualityList{.search = {"c.name"},
                                // No commas inside a sort: they separate its columns.
                                .sorts = {{"customer", "c.name"},
                                          {"tickets", "CASE WHEN t.tickets IS NULL THEN 0 ELSE t.tickets END"},
                                          {"complaints", "CASE WHEN t.complaints IS NULL THEN 0 ELSE t.complaints END"},
                                          {"credit", "CASE WHEN k.granted IS NULL THEN 0 ELSE k.granted END"}},
                                .default_order = "c.name, c.id",
                                .tiebreak = "c.id",
                                .tenant_column = "c.id"};

namespace levels_store {

namespace {

constexpr std::string_view kCustomerName = "SELECT name FROM customers WHERE id = $1";

// The month's credit rows summed: contracts computed, measured, meeting their target (the stored
// availability is rounded down to whole ppm, so ppm >= bp * 100 is exactly "at least the target"),
// and the amounts finance granted or has still to review.
constexpr std::string_view kCreditTotals =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN measured = 1 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN measured = 1 AND availability_ppm >= target_bp * 100 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN status IN ('approved', 'adjusted') THEN amount_fen ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN status = 'pending_review' THEN computed_fen ELSE 0 END), 0) "
    "FROM service_level_credits WHERE month = $1 AND (CAST($2 AS BIGINT) IS NULL OR customer_id = $2)";

// Open at some time in [from, to): raised before its end and not closed before its start. A
// customer's are those linked to one of its tickets.
constexpr std::string_view kActionsOfMonth =
    "WHERE created_at < $2 AND (closed_at IS NULL OR closed_at >= $1) AND (CAST($3 AS BIGINT) IS NULL OR id IN "
    "(SELECT l.action_id FROM service_level_action_tickets l JOIN servicedesk_tickets t ON t.id = l.ticket_id "
    "WHERE t.customer_id = $3)) ORDER BY due_date, id";

// One row per customer with tickets raised in the month or a credit row for it. "On time" compares
// the instants (the indicators' averages count whole minutes).
constexpr std::string_view kQualityFrom =
    " FROM customers c "
    "LEFT JOIN (SELECT x.customer_id, COUNT(*) AS tickets, "
    "SUM(CASE WHEN x.first_response_at IS NOT NULL THEN 1 ELSE 0 END) AS responded, "
    "SUM(CASE WHEN x.first_response_at IS NOT NULL AND x.first_response_at <= x.response_due_at THEN 1 ELSE 0 END) "
    "AS response_met, "
    "SUM(CASE WHEN x.resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS resolved, "
    "SUM(CASE WHEN x.resolved_at IS NOT NULL AND x.resolved_at <= x.resolution_due_at THEN 1 ELSE 0 END) "
    "AS resolution_met, "
    "SUM(CASE WHEN x.type = 'complaint' THEN 1 ELSE 0 END) AS complaints, "
    "SUM(CASE WHEN x.type = 'complaint' AND EXISTS (SELECT 1 FROM servicedesk_complaint_answers a "
    "WHERE a.ticket_id = x.id) THEN 1 ELSE 0 END) AS answered, "
    "SUM(CASE WHEN x.satisfaction BETWEEN 1 AND 5 THEN 1 ELSE 0 END) AS surveys, "
    "SUM(CASE WHEN x.satisfaction BETWEEN 1 AND 5 THEN x.satisfaction ELSE 0 END) AS score "
    "FROM servicedesk_tickets x WHERE x.created_at >= {from} AND x.created_at < {to} GROUP BY x.customer_id) t "
    "ON t.customer_id = c.id "
    "LEFT JOIN (SELECT customer_id, COUNT(*) AS contracts, SUM(CASE WHEN measured = 1 THEN 1 ELSE 0 END) AS measured, "
    "SUM(CASE WHEN measured = 1 AND availability_ppm >= target_bp * 100 THEN 1 ELSE 0 END) AS met, "
    "SUM(CASE WHEN status IN ('approved', 'adjusted') THEN amount_fen ELSE 0 END) AS granted "
    "FROM service_level_credits WHERE month = {month} GROUP BY customer_id) k ON k.customer_id = c.id";

constexpr std::string_view kQualityColumns =
    "SELECT c.id, c.name, COALESCE(t.tickets, 0), COALESCE(t.responded, 0), COALESCE(t.response_met, 0), "
    "COALESCE(t.resolved, 0), COALESCE(t.resolution_met, 0), COALESCE(t.complaints, 0), COALESCE(t.answered, 0), "
    "COALESCE(t.surveys, 0), COALESCE(t.score, 0), COALESCE(k.contracts, 0), COALESCE(k.measured, 0), "
    "COALESCE(k.met, 0), COALESCE(k.granted, 0)";

constexpr std::string_view kQualityRows = "(t.customer_id IS NOT NULL OR k.customer_id IS NOT NULL)";

std::string replaced(std::string s, std::string_view key, const std::string& with) {
  for (auto at = s.find(key); at != std::string::npos; at = s.find(key, at + with.size()))
    s.replace(at, key.size(), with);
  return s;
}

CustomerQuality quality_of(const db::Row& r) {
  db::Cursor c(r);
  CustomerQuality q;
  q.customer_id = c.int64();
  q.customer_name = c.text();
  q.tickets = c.int64();
  q.responded = c.int64();
  q.response_met = c.int64();
  q.resolved = c.int64();
  q.resolution_met = c.int64();
  q.complaints = c.int64();
  q.complaints_answered = c.int64();
  q.surveys = c.int64();
  const auto score = c.int64();
  q.contracts = c.int64();
  q.measured = c.int64();
  q.met = c.int64();
  q.credit_fen = c.int64();
  c.finish();
  // The average score x10 rounded half up, as the indicators round it.
  if (q.surveys > 0) q.satisfaction_tenths = (score * 10 * 2 + q.surveys) / (2 * q.surveys);
  return q;
}

}  // namespace

Result<std::optional<std::string>> customer_name(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto row, tx.one(kCustomerName, {customer_id}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Status credit_totals(db::Tx& tx, const std::string& month, std::optional<std::int64_t> customer_id,
                     QualityReport& out) {
  COLO_TRY(auto row, tx.one(kCreditTotals, {month, customer_id}));
  if (!row) return {};
  db::Cursor c(*row);
  out.contracts = c.int64();
  out.contracts_measured = c.int64();
  out.contracts_met = c.int64();
  out.credit_granted_fen = c.int64();
  out.credit_pending_fen = c.int64();
  c.finish();
  return {};
}

Result<std::vector<ImprovementAction>> actions_of_month(db::Tx& tx, const std::string& from, const std::string& to,
                                                        std::optional<std::int64_t> customer_id) {
  COLO_TRY(auto res, tx.query(std::string(action_columns()) + std::string(kActionsOfMonth), {from, to, customer_id}));
  std::vector<ImprovementAction> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto a, action_row(r));
    out.push_back(std::move(a));
  }
  COLO_CHECK(action_tickets(tx, out));
  return out;
}

Result<db::Counted<CustomerQuality>> customer_quality(db::Tx& tx, const Context& ctx, const std::string& from,
                                                      const std::string& to, const QualityFilter& f) {
  db::ListSql sql(kQualityList);
  std::string joins(kQualityFrom);
  joins = replaced(joins, "{from}", sql.arg(from));
  joins = replaced(joins, "{to}", sql.arg(to));
  joins = replaced(joins, "{month}", sql.arg(f.month));
  sql.raw(kQualityRows);
  sql.tenant(ctx);
  sql.search(f.q);
  return db::list_page<CustomerQuality>(tx, sql, "SELECT COUNT(*)" + joins, std::string(kQualityColumns) + joins,
                                        f.sort, f.limit, f.offset, quality_of);
}

}  // namespace levels_store
}  // namespace colo::servicedesk
