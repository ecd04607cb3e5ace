// The billing run's reads and writes: the contracts to bill in batches (with their versions, in the
// one place billing reads the contracts' tables, for speed), the charges ledger, pending charges,
// buyer profiles of a batch, and the run rows.
#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "billing/lists.hpp"
#include "billing/store.hpp"
#include "billing/store_run.hpp"
#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::billing::store {

// Declared in billing/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kRunList{
    .search = {"r.run_date", "r.status", "r.origin"},
    .sorts = {{"id", "r.id"}, {"run_date", "r.run_date"}, {"status", "r.status"}, {"started_at", "r.started_at"}},
    .default_order = "r.id DESC",
    .tiebreak = "r.id"};

namespace {

// Active contracts that have started by the horizon, and ended ones still without their final
// invoice; by id after the run's cursor. The status is compared through COALESCE (it is never
// NULL) so that no engine reads it from its index: SQLite otherwise walks every active contract
// through contracts_status_end and sorts them for each batch of 500, the greater part of a run
// over 100,000 contracts, where walking the primary key from the cursor stops after the batch.
constexpr std::string_view kBatchContracts =
    "SELECT c.id, c.number, c.customer_id, c.customer_name, c.status, c.effective_date, c.end_date, "
    "c.termination_date FROM contracts c WHERE c.id > $1 AND c.effective_date <= $2 AND (COALESCE(c.status, '') = "
    "'active' OR (COALESCE(c.status, '') IN ('expired', 'terminated') AND NOT EXISTS (SELECT 1 FROM billing_invoices "
    "i WHERE i.contract_id = c.id AND i.is_final = 1))) ORDER BY c.id LIMIT $3";

// Every version of the contracts in [$1, $2]: one query per batch, not one per contract.
constexpr std::string_view kBatchVersions =
    "SELECT v.contract_id, v.version, v.effective_from, v.terms FROM contract_versions v "
    "WHERE v.contract_id >= $1 AND v.contract_id <= $2 ORDER BY v.contract_id, v.effective_from, v.version";

constexpr std::string_view kBatchCharges =
    "SELECT contract_id, line_key, period_start, period_end, revision, amount_fen, invoice_id, invoice_line_id "
    "FROM billing_charges WHERE contract_id >= $1 AND contract_id <= $2 ORDER BY contract_id, id";

constexpr std::string_view kBatchProfiles =
    "SELECT p.customer_id, p.name, p.taxpayer_id, p.address, p.phone, p.bank_name, p.bank_account, "
    "p.invoice_email, p.fapiao_type FROM billing_profiles p WHERE p.customer_id IN (SELECT c.customer_id FROM "
    "contracts c WHERE c.id >= $1 AND c.id <= $2)";

constexpr std::string_view kLastInvoices =
    "SELECT i.contract_id, MAX(i.id) FROM billing_invoices i WHERE i.contract_id >= $1 AND i.contract_id <= $2 AND "
    "i.kind = 'invoice' GROUP BY i.contract_id";

// Followed by one "($1, ..., $9)" per charge.
constexpr std::string_view kInsertCharges =
    "INSERT INTO billing_charges (contract_id, line_key, period_start, revision, period_end, amount_fen, invoice_id, "
    "invoice_line_id, created_at) VALUES ";

constexpr std::string_view kInsertRun =
    "INSERT INTO billing_runs (run_date, status, origin, last_contract_id, started_by_name, started_at) VALUES ($1, "
    "'running', $2, $3, $4, $5) RETURNING id";

constexpr std::string_view kUpdateRun =
    "UPDATE billing_runs SET status = $2, contracts_seen = $3, contracts_billed = $4, invoices = $5, "
    "credit_notes = $6, total_fen = $7, last_contract_id = $8, notes = $9, errors = $10, finished_at = $11 "
    "WHERE id = $1";

// Where an unfinished run of the same day stopped: every contract up to it was committed.
constexpr std::string_view kWideCache = "PRAGMA cache_size = -65536";

constexpr std::string_view kResumeFrom =
    "SELECT MAX(last_contract_id) FROM billing_runs WHERE run_date = $1 AND status <> 'completed'";

constexpr std::string_view kRunColumns =
    "SELECT r.id, r.run_date, r.status, r.origin, r.contracts_seen, r.contracts_billed, r.invoices, r.credit_notes, "
    "r.total_fen, r.last_contract_id, r.notes, r.errors, r.started_by_name, r.started_at, r.finished_at "
    "FROM billing_runs r ";

Result<Date> date_of(const std::string& s) {
  auto d = parse_date(s);
  if (!d) return Error::internal("stored date is malformed: " + s);
  return *d;
}

std::vector<std::string> strings_of(const std::string& text) {
  std::vector<std::string> out;
  auto v = json::parse(text);
  if (!v.is_array()) return out;
  for (const auto& e : v.as_array())
    if (e.is_string()) out.emplace_back(e.as_string());
  return out;
}

std::string strings_json(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return to_json(a);
}

Result<Run> run_of(const db::Row& r) {
  db::Cursor c(r);
  Run run;
  run.id = c.int64();
  COLO_TRY(run.run_date, date_of(c.text()));
  run.status = c.text();
  run.origin = c.text();
  run.contracts_seen = c.int32();
  run.contracts_billed = c.int32();
  run.invoices = c.int32();
  run.credit_notes = c.int32();
  run.total_fen = c.int64();
  run.last_contract_id = c.int64();
  run.notes = strings_of(c.text());
  run.errors = strings_of(c.text());
  run.started_by_name = c.text();
  run.started_at = c.text();
  run.finished_at = c.opt_text();
  c.finish();
  return run;
}

}  // namespace

Result<std::vector<BatchContract>> batch_contracts(db::Tx& tx, std::int64_t after, Date horizon, int limit) {
  COLO_TRY(auto res, tx.query(kBatchContracts, {after, format_date(horizon), limit}));
  std::vector<BatchContract> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    BatchContract b;
    b.id = c.int64();
    b.number = c.text();
    b.customer_id = c.int64();
    b.customer_name = c.text();
    b.status = c.text();
    COLO_TRY(b.effective_date, date_of(c.text()));
    COLO_TRY(b.end_date, date_of(c.text()));
    if (auto t = c.opt_text()) {
      COLO_TRY(auto td, date_of(*t));
      b.termination_date = td;
    }
    c.finish();
    out.push_back(std::move(b));
  }
  if (out.empty()) return out;
  const auto first = out.front().id, last = out.back().id;
  std::map<std::int64_t, BatchContract*> by_id;
  for (auto& b : out) by_id[b.id] = &b;

  COLO_TRY(auto versions, tx.query(kBatchVersions, {first, last}));
  for (const auto& r : versions.rows) {
    db::Cursor c(r);
    const auto id = c.int64();
    const auto version = c.int32();
    const auto from = c.text();
    const auto terms_text = c.text();
    c.finish();
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    auto& b = *it->second;
    auto from_date = parse_date(from);
    json::error_code ec;
    auto parsed = json::parse(terms_text, ec);
    if (!from_date || ec) {
      b.error = "version " + std::to_string(version) + " cannot be read";
      continue;
    }
    auto terms = contracts::terms_from_json(parsed);
    if (!terms) {
      b.error = "version " + std::to_string(version) + ": " + terms.error().message;
      continue;
    }
    b.versions.push_back({*from_date, std::move(*terms)});
  }

  COLO_TRY(auto charges, tx.query(kBatchCharges, {first, last}));
  for (const auto& r : charges.rows) {
    db::Cursor c(r);
    Charge ch;
    ch.contract_id = c.int64();
    ch.line_key = c.text();
    COLO_TRY(ch.period_start, date_of(c.text()));
    COLO_TRY(ch.period_end, date_of(c.text()));
    ch.revision = c.int32();
    ch.amount_fen = c.int64();
    ch.invoice_id = c.int64();
    ch.invoice_line_id = c.int64();
    c.finish();
    if (auto it = by_id.find(ch.contract_id); it != by_id.end()) it->second->charges.push_back(std::move(ch));
  }

  COLO_TRY(auto pending, open_pending_charges_between(tx, first, last));
  for (auto& p : pending) {
    if (auto it = by_id.find(p.contract_id); it != by_id.end()) it->second->pending.push_back(std::move(p));
  }

  COLO_TRY(auto profiles, tx.query(kBatchProfiles, {first, last}));
  std::map<std::int64_t, BuyerProfile> buyers;
  for (const auto& r : profiles.rows) {
    db::Cursor c(r);
    BuyerProfile p;
    p.customer_id = c.int64();
    p.name = c.text();
    p.taxpayer_id = c.text();
    p.address = c.text();
    p.phone = c.text();
    p.bank_name = c.text();
    p.bank_account = c.text();
    p.invoice_email = c.text();
    p.fapiao_type = c.text();
    c.finish();
    buyers[p.customer_id] = std::move(p);
  }
  COLO_TRY(auto last_invoices, tx.query(kLastInvoices, {first, last}));
  for (const auto& r : last_invoices.rows)
    if (auto it = by_id.find(r.int64(0)); it != by_id.end()) it->second->last_invoice_id = r.int64(1);
  for (auto& b : out)
    if (auto it = buyers.find(b.customer_id); it != buyers.end()) b.buyer = it->second;
  return out;
}

Status insert_charges(db::Tx& tx, const std::vector<Charge>& charges, const std::string& now) {
  constexpr std::size_t kColumns = 9;
  for (std::size_t start = 0; start < charges.size(); start += kMaxParams / kColumns) {
    const auto end = std::min(charges.size(), start + kMaxParams / kColumns);
    std::string sql(kInsertCharges);
    db::Params params;
    params.reserve((end - start) * kColumns);
    for (std::size_t k = start; k < end; ++k) {
      const auto& c = charges[k];
      sql += k == start ? "(" : ", (";
      for (std::size_t n = 1; n <= kColumns; ++n)
        sql += "$" + std::to_string(params.size() + n) + (n < kColumns ? ", " : ")");
      params.insert(params.end(), {c.contract_id, c.line_key, format_date(c.period_start), c.revision,
                                   format_date(c.period_end), c.amount_fen, c.invoice_id, c.invoice_line_id, now});
    }
    COLO_CHECK(tx.exec(sql, params));
  }
  return {};
}

Status widen_cache(db::Tx& tx) {
  if (tx.engine() != db::Engine::sqlite) return {};
  COLO_CHECK(tx.exec(kWideCache));
  return {};
}

Result<std::int64_t> resume_from(db::Tx& tx, Date date) {
  COLO_TRY(auto row, tx.one(kResumeFrom, {format_date(date)}));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> insert_run(db::Tx& tx, const Run& r) {
  return tx.insert(kInsertRun,
                   {format_date(r.run_date), r.origin, r.last_contract_id, r.started_by_name, r.started_at});
}

Status update_run(db::Tx& tx, const Run& r) {
  COLO_CHECK(tx.exec(kUpdateRun,
                     {r.id, r.status, r.contracts_seen, r.contracts_billed, r.invoices, r.credit_notes, r.total_fen,
                      r.last_contract_id, strings_json(r.notes), strings_json(r.errors), r.finished_at}));
  return {};
}

Result<std::optional<Run>> find_run(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRunColumns) + "WHERE r.id = $1", {id}));
  if (!row) return std::optional<Run>{};
  COLO_TRY(auto run, run_of(*row));
  return std::optional<Run>{std::move(run)};
}

Result<std::pair<std::int64_t, std::vector<Run>>> list_runs(db::Tx& tx, const std::optional<std::string>& q,
                                                            const std::optional<std::string>& sort, std::int64_t limit,
                                                            std::int64_t offset) {
  db::ListSql sql(kRunList);
  sql.search(q);
  return db::list_page<Run>(tx, sql, "SELECT COUNT(*) FROM billing_runs r", kRunColumns, sort, limit, offset, run_of);
}

}  // namespace colo::billing::store
