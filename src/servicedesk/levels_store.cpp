#include "servicedesk/levels_store.hpp"

#include <boost/json.hpp>

#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"

namespace colo::servicedesk::levels_store {

namespace {

constexpr std::string_view kInsertOutage =
    "INSERT INTO service_level_outages (customer_id, contract_id, service, started_at, ended_at, cause, "
    "announced_maintenance, source, devices, recorded_by_name, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";

constexpr std::string_view kOutageColumns =
    "SELECT id, customer_id, contract_id, service, started_at, ended_at, cause, announced_maintenance, source, "
    "devices, recorded_by_name, created_at FROM service_level_outages ";

// A record naming no contract concerns every contract of the customer; one naming no service,
// every service. Text instants compare as instants on both engines.
constexpr std::string_view kOutagesBetween =
    "WHERE (CAST($1 AS BIGINT) IS NULL OR customer_id = $1) AND (CAST($2 AS BIGINT) IS NULL OR contract_id IS NULL OR "
    "contract_id = $2) "
    "AND (CAST($3 AS TEXT) IS NULL OR service IS NULL OR service = $3) AND started_at < $5 AND ended_at > $4 "
    "ORDER BY customer_id, started_at, id";

constexpr std::string_view kCoverMonth =
    "INSERT INTO service_level_coverage (customer_id, month, source, recorded_by_name, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id, month) DO NOTHING";

constexpr std::string_view kMonthCovered = "SELECT 1 FROM service_level_coverage WHERE customer_id = $1 AND month = $2";

constexpr std::string_view kCreditTable =
    "SELECT steps, cap_bp FROM service_level_credit_tables WHERE contract_id = $1";

constexpr std::string_view kSaveCreditTable =
    "INSERT INTO service_level_credit_tables (contract_id, customer_id, steps, cap_bp, updated_by_name, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (contract_id) DO UPDATE SET steps = excluded.steps, "
    "cap_bp = excluded.cap_bp, updated_by_name = excluded.updated_by_name, updated_at = excluded.updated_at";

constexpr std::string_view kCreditedContracts = "SELECT contract_id FROM service_level_credits WHERE month = $1";
constexpr std::string_view kAllCreditTables = "SELECT contract_id, steps, cap_bp FROM service_level_credit_tables";
constexpr std::string_view kCoveredCustomers = "SELECT customer_id FROM service_level_coverage WHERE month = $1";

// ON CONFLICT DO NOTHING: a second run of the month (or a racing server) leaves the first row.
constexpr std::string_view kInsertCreditsHead =
    "INSERT INTO service_level_credits (contract_id, customer_id, month, measured, availability_ppm, target_bp, "
    "month_fee_fen, uncapped_fen, cap_fen, computed_fen, amount_fen, computation, status, computed_at) VALUES ";
constexpr std::string_view kInsertCreditsTail = " ON CONFLICT (contract_id, month) DO NOTHING RETURNING contract_id";

constexpr std::string_view kCreditColumns =
    "SELECT id, contract_id, customer_id, month, measured, availability_ppm, target_bp, month_fee_fen, uncapped_fen, "
    "cap_fen, computed_fen, amount_fen, computation, status, adjust_reason, reviewed_by_name, reviewed_at, "
    "charge_id, computed_at, row_version FROM service_level_credits ";

constexpr std::string_view kReviewCredit =
    "UPDATE service_level_credits SET status = $2, amount_fen = $3, adjust_reason = $4, reviewed_by_name = $5, "
    "reviewed_at = $6, charge_id = $7, row_version = row_version + 1 "
    "WHERE id = $1 AND row_version = $8 AND status = 'pending_review'";

// Times are wall-clock minutes from raising; each target is the minutes from raising to the
// ticket's due time, which already counts its calendar and pauses, so "met" is "on time".
constexpr std::string_view kTicketFacts =
    "SELECT t.type, t.priority, t.created_at, t.first_response_at, t.response_due_at, t.resolved_at, "
    "t.resolution_due_at, t.satisfaction, (SELECT MIN(a.answered_at) FROM servicedesk_complaint_answers a "
    "WHERE a.ticket_id = t.id) FROM servicedesk_tickets t "
    "WHERE t.created_at >= $1 AND t.created_at < $2 AND (CAST($3 AS BIGINT) IS NULL OR t.customer_id = $3)";

std::string devices_json(const std::vector<OutageDevice>& ds) {
  boost::json::array a;
  for (const auto& d : ds) a.push_back(boost::json::object{{"id", d.id}, {"name", d.name}});
  return boost::json::serialize(a);
}

std::vector<OutageDevice> devices_of(const std::string& text) {
  std::vector<OutageDevice> out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.as_array()) {
    if (!e.is_object()) continue;
    const auto& o = e.as_object();
    OutageDevice d;
    if (auto* id = o.if_contains("id"); id && id->is_int64()) d.id = id->as_int64();
    if (auto* n = o.if_contains("name"); n && n->is_string()) d.name = std::string(n->as_string());
    out.push_back(std::move(d));
  }
  return out;
}

Result<Outage> outage_of(const db::Row& r) {
  db::Cursor c(r);
  Outage o;
  o.id = c.int64();
  o.customer_id = c.int64();
  o.contract_id = c.opt_int64();
  o.service = c.opt_text();
  auto s = parse_instant(c.text());
  auto e = parse_instant(c.text());
  if (!s || !e) return Error::internal("stored outage instant is malformed");
  o.started_at = *s;
  o.ended_at = *e;
  o.cause = c.text();
  o.announced_maintenance = c.boolean();
  o.source = c.text();
  o.devices = devices_of(c.text());
  o.recorded_by_name = c.text();
  o.created_at = c.text();
  c.finish();
  return o;
}

Credit credit_of(const db::Row& r) {
  db::Cursor c(r);
  Credit k;
  k.id = c.int64();
  k.contract_id = c.int64();
  k.customer_id = c.int64();
  k.month = c.text();
  k.measured = c.boolean();
  k.availability_ppm = c.opt_int64();
  k.target_bp = c.int32();
  k.month_fee_fen = c.int64();
  k.uncapped_fen = c.int64();
  k.cap_fen = c.int64();
  k.computed_fen = c.int64();
  k.amount_fen = c.int64();
  k.computation = c.text();
  k.status = c.text();
  k.adjust_reason = c.opt_text();
  k.reviewed_by_name = c.opt_text();
  k.reviewed_at = c.opt_text();
  k.charge_id = c.opt_int64();
  k.computed_at = c.text();
  k.row_version = c.int32();
  c.finish();
  return k;
}

Result<CreditTable> table_of(const std::string& steps, std::int64_t cap_bp) {
  CreditTable t;
  boost::system::error_code ec;
  auto v = boost::json::parse(steps, ec);
  if (ec || !v.is_array()) return Error::internal("stored credit table is malformed");
  for (const auto& e : v.as_array()) {
    const auto* o = e.if_object();
    if (!o || !o->contains("below_bp") || !o->contains("credit_bp"))
      return Error::internal("stored credit table is malformed");
    t.steps.push_back({static_cast<int>(o->at("below_bp").to_number<std::int64_t>()),
                       static_cast<int>(o->at("credit_bp").to_number<std::int64_t>())});
  }
  t.cap_bp = static_cast<int>(cap_bp);
  return t;
}

std::optional<std::int64_t> minutes_between(const std::optional<std::string>& from,
                                            const std::optional<std::string>& to) {
  if (!from || !to) return std::nullopt;
  auto a = parse_instant(*from), b = parse_instant(*to);
  if (!a || !b || *b < *a) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::minutes>(*b - *a).count();
}

// Whether `done` came by `due`, to the instant; unknown when either is missing.
std::optional<bool> on_time(const std::optional<std::string>& done, const std::optional<std::string>& due) {
  if (!done || !due) return std::nullopt;
  auto a = parse_instant(*done), b = parse_instant(*due);
  if (!a || !b) return std::nullopt;
  return *a <= *b;
}

}  // namespace

Result<std::int64_t> insert_outage(db::Tx& tx, const Outage& o, const std::string& now) {
  return tx.insert(kInsertOutage,
                   {o.customer_id, o.contract_id, o.service, format_instant(o.started_at), format_instant(o.ended_at),
                    o.cause, o.announced_maintenance, o.source, devices_json(o.devices), o.recorded_by_name, now});
}

Status cover_month(db::Tx& tx, std::int64_t customer_id, const std::string& month, const std::string& source,
                   const std::string& by, const std::string& now) {
  COLO_CHECK(tx.exec(kCoverMonth, {customer_id, month, source, by, now}));
  return {};
}

Result<bool> month_covered(db::Tx& tx, std::int64_t customer_id, const std::string& month) {
  COLO_TRY(auto row, tx.one(kMonthCovered, {customer_id, month}));
  return row.has_value();
}

Result<std::vector<Outage>> outages_between(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                            std::optional<std::int64_t> contract_id,
                                            const std::optional<std::string>& service, Instant from, Instant to) {
  COLO_TRY(auto res, tx.query(std::string(kOutageColumns) + std::string(kOutagesBetween),
                              {customer_id, contract_id, service, format_instant(from), format_instant(to)}));
  std::vector<Outage> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    COLO_TRY(auto o, outage_of(r));
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<Outage>> outages_of(db::Tx& tx, const std::vector<std::int64_t>& customers, Instant from,
                                       Instant to) {
  std::vector<Outage> out;
  if (customers.empty()) return out;
  db::Params p{format_instant(from), format_instant(to)};
  std::string sql(kOutageColumns);
  sql += "WHERE started_at < $2 AND ended_at > $1 AND customer_id IN (" + db::in_list(p, customers) +
         ") ORDER BY customer_id, started_at, id";
  COLO_TRY(auto res, tx.query(sql, p));
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    COLO_TRY(auto o, outage_of(r));
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::optional<CreditTable>> credit_table(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one(kCreditTable, {contract_id}));
  if (!row) return std::optional<CreditTable>{};
  COLO_TRY(auto t, table_of(row->text(0), row->int64(1)));
  return std::optional<CreditTable>(std::move(t));
}

Status save_credit_table(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, const CreditTable& t,
                         const std::string& by, const std::string& now) {
  boost::json::array steps;
  for (const auto& s : t.steps)
    steps.push_back(boost::json::object{{"below_bp", s.below_bp}, {"credit_bp", s.credit_bp}});
  COLO_CHECK(tx.exec(kSaveCreditTable, {contract_id, customer_id, boost::json::serialize(steps), t.cap_bp, by, now}));
  return {};
}

Result<std::set<std::int64_t>> credited_contracts(db::Tx& tx, const std::string& month) {
  COLO_TRY(auto res, tx.query(kCreditedContracts, {month}));
  std::set<std::int64_t> out;
  for (const auto& r : res.rows) out.insert(r.int64(0));
  return out;
}

Result<std::map<std::int64_t, CreditTable>> credit_tables(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kAllCreditTables));
  std::map<std::int64_t, CreditTable> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto t, table_of(r.text(1), r.int64(2)));
    out.emplace(r.int64(0), std::move(t));
  }
  return out;
}

Result<std::set<std::int64_t>> covered_customers(db::Tx& tx, const std::string& month) {
  COLO_TRY(auto res, tx.query(kCoveredCustomers, {month}));
  std::set<std::int64_t> out;
  for (const auto& r : res.rows) out.insert(r.int64(0));
  return out;
}

Result<std::set<std::int64_t>> insert_credits(db::Tx& tx, const std::vector<Credit>& credits) {
  // 200 rows of 14 parameters a statement: well under both engines' parameter limits.
  constexpr std::size_t kBatch = 200;
  std::set<std::int64_t> out;
  for (std::size_t start = 0; start < credits.size(); start += kBatch) {
    const std::size_t end = std::min(credits.size(), start + kBatch);
    std::string sql(kInsertCreditsHead);
    db::Params p;
    p.reserve((end - start) * 14);
    for (std::size_t i = start; i < end; ++i) {
      const auto& c = credits[i];
      sql += i == start ? "(" : ", (";
      for (int k = 0; k < 14; ++k) sql += (k ? ", $" : "$") + std::to_string(p.size() + k + 1);
      sql += ")";
      for (db::Value v :
           {db::Value(c.contract_id), db::Value(c.customer_id), db::Value(c.month), db::Value(c.measured),
            db::Value(c.availability_ppm), db::Value(c.target_bp), db::Value(c.month_fee_fen),
            db::Value(c.uncapped_fen), db::Value(c.cap_fen), db::Value(c.computed_fen), db::Value(c.amount_fen),
            db::Value(c.computation), db::Value(c.status), db::Value(c.computed_at)})
        p.push_back(std::move(v));
    }
    sql += kInsertCreditsTail;
    COLO_TRY(auto res, tx.query(sql, p));
    for (const auto& r : res.rows) out.insert(r.int64(0));
  }
  return out;
}

Result<std::optional<Credit>> find_credit(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kCreditColumns) + "WHERE id = $1", {id}));
  if (!row) return std::optional<Credit>{};
  return std::optional<Credit>(credit_of(*row));
}

Result<std::vector<Credit>> credits(db::Tx& tx, const std::string& month, std::optional<std::int64_t> customer_id) {
  COLO_TRY(
      auto res,
      tx.query(std::string(kCreditColumns) +
                   "WHERE month = $1 AND (CAST($2 AS BIGINT) IS NULL OR customer_id = $2) ORDER BY customer_id, id",
               {month, customer_id}));
  std::vector<Credit> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(credit_of(r));
  return out;
}

Result<bool> review_credit(db::Tx& tx, const Credit& c, int row_version) {
  COLO_TRY(auto n, tx.exec(kReviewCredit, {c.id, c.status, c.amount_fen, c.adjust_reason, c.reviewed_by_name,
                                           c.reviewed_at, c.charge_id, row_version}));
  return n == 1;
}

Result<std::vector<TicketFacts>> ticket_facts(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                              const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kTicketFacts, {from, to, customer_id}));
  std::vector<TicketFacts> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    TicketFacts f;
    f.type = c.text();
    f.priority = c.text();
    auto created = c.opt_text();
    auto responded = c.opt_text();
    auto response_due = c.opt_text();
    auto resolved = c.opt_text();
    auto resolution_due = c.opt_text();
    f.satisfaction = c.opt_int32();
    auto answered = c.opt_text();
    c.finish();
    f.response_minutes = minutes_between(created, responded);
    f.response_target_minutes = minutes_between(created, response_due).value_or(0);
    f.resolution_minutes = minutes_between(created, resolved);
    f.resolution_target_minutes = minutes_between(created, resolution_due).value_or(0);
    f.response_on_time = on_time(responded, response_due);
    f.resolution_on_time = on_time(resolved, resolution_due);
    if (f.type == "complaint") f.complaint_answer_minutes = minutes_between(created, answered);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace colo::servicedesk::levels_store
