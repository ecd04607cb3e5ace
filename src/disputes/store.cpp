#include "disputes/store.hpp"

#include "db/cursor.hpp"

namespace colo::disputes::store {

const db::ListSpec kDisputeList{
    .search = {"d.number", "d.customer_name", "d.contract_number", "d.claim", "d.case_number", "d.source_number"},
    .sorts = {{"created_at", "d.created_at"},
              {"updated_at", "d.updated_at"},
              {"number", "d.number"},
              {"status", "d.status"},
              {"amount_fen", "d.amount_fen"},
              {"hearing_date", "d.hearing_date"},
              {"customer", "d.customer_name"}},
    .default_order = "d.created_at DESC, d.id DESC",
    .tiebreak = "d.id",
    .tenant_column = "d.customer_id"};

namespace {

constexpr std::string_view kNextNumber =
    "INSERT INTO dispute_numbers (year, last_value) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last_value = "
    "dispute_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kDisputeCols =
    "SELECT d.id, d.number, d.customer_id, d.customer_name, d.contract_id, d.contract_number, d.source_type, "
    "d.source_id, d.source_number, d.raised_by, d.claim, d.amount_fen, d.status, d.forum_kind, d.forum_name, "
    "d.case_number, d.hearing_date, d.escalated_at, d.legal_hold, d.hold_reason, d.outcome, d.outcome_amount_fen, "
    "d.outcome_note, d.credit_charge_id, d.closed_at, d.created_by, d.created_at, d.updated_at, "
    "d.termination_request_id FROM disputes d";
constexpr std::string_view kDisputeCount = "SELECT COUNT(*) FROM disputes d";
constexpr std::string_view kInsertDispute =
    "INSERT INTO disputes (number, customer_id, customer_name, contract_id, contract_number, source_type, source_id, "
    "source_number, raised_by, claim, amount_fen, status, legal_hold, created_by, created_at, updated_at) VALUES ($1, "
    "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $13, $14, $14) RETURNING id";
constexpr std::string_view kUpdateDispute =
    "UPDATE disputes SET status = $2, forum_kind = $3, forum_name = $4, case_number = $5, hearing_date = $6, "
    "escalated_at = $7, legal_hold = $8, hold_reason = $9, outcome = $10, outcome_amount_fen = $11, outcome_note = "
    "$12, credit_charge_id = $13, closed_at = $14, updated_at = $15, termination_request_id = $16 WHERE id = $1";

constexpr std::string_view kInsertEntry =
    "INSERT INTO dispute_entries (dispute_id, kind, on_date, summary, amount_fen, created_by, created_at) VALUES ($1, "
    "$2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kEntries =
    "SELECT id, dispute_id, kind, on_date, summary, amount_fen, created_by, created_at FROM dispute_entries WHERE "
    "dispute_id = $1 ORDER BY on_date, id";

constexpr std::string_view kInsertDeadline =
    "INSERT INTO dispute_deadlines (dispute_id, title, due_date, created_by, created_at) VALUES ($1, $2, $3, $4, $5) "
    "RETURNING id";
constexpr std::string_view kDeadlines =
    "SELECT id, dispute_id, title, due_date, done_at, created_by, created_at FROM dispute_deadlines WHERE dispute_id = "
    "$1 ORDER BY due_date, id";
constexpr std::string_view kCompleteDeadline =
    "UPDATE dispute_deadlines SET done_at = $3 WHERE id = $2 AND dispute_id = $1 AND done_at IS NULL";
constexpr std::string_view kOpenDeadlines =
    "SELECT COUNT(*) FROM dispute_deadlines WHERE dispute_id = $1 AND done_at IS NULL";

constexpr std::string_view kLinkCols =
    "SELECT id, dispute_id, object_type, object_id, label, created_at FROM dispute_links";
constexpr std::string_view kInsertLink =
    "INSERT INTO dispute_links (dispute_id, object_type, object_id, label, created_at) VALUES ($1, $2, $3, $4, $5) "
    "ON CONFLICT (dispute_id, object_type, object_id) DO NOTHING RETURNING id";
constexpr std::string_view kDeleteLink = "DELETE FROM dispute_links WHERE id = $1";
constexpr std::string_view kLinkedToOpenCase =
    "SELECT 1 FROM dispute_links l JOIN disputes d ON d.id = l.dispute_id WHERE l.object_type = $1 AND l.object_id = "
    "$2 AND d.id <> $3 AND (d.status IN ('negotiating', 'escalated') OR EXISTS (SELECT 1 FROM dispute_plans p WHERE "
    "p.dispute_id = d.id AND p.lapsed_at IS NULL)) LIMIT 1";
constexpr std::string_view kHeldObjects =
    "SELECT DISTINCT l.object_id FROM dispute_links l JOIN disputes d ON d.id = l.dispute_id WHERE l.object_type = $1 "
    "AND d.legal_hold = 1 ORDER BY l.object_id";

constexpr std::string_view kInsertPlan =
    "INSERT INTO dispute_plans (dispute_id, paid_base_fen, created_at) VALUES ($1, $2, $3)";
constexpr std::string_view kInsertInstalment =
    "INSERT INTO dispute_instalments (dispute_id, seq, due_date, amount_fen) VALUES ($1, $2, $3, $4) RETURNING id";
constexpr std::string_view kPlan = "SELECT paid_base_fen, lapsed_at FROM dispute_plans WHERE dispute_id = $1";
constexpr std::string_view kInstalments =
    "SELECT seq, due_date, amount_fen FROM dispute_instalments WHERE dispute_id = $1 ORDER BY seq";
constexpr std::string_view kKeptPlans =
    "SELECT dispute_id FROM dispute_plans WHERE lapsed_at IS NULL ORDER BY dispute_id";
constexpr std::string_view kLapsePlan =
    "UPDATE dispute_plans SET lapsed_at = $2 WHERE dispute_id = $1 AND lapsed_at IS NULL";

Dispute dispute_from(const db::Row& r) {
  db::Cursor c(r);
  Dispute d;
  d.id = c.int64();
  d.number = c.text();
  d.customer_id = c.int64();
  d.customer_name = c.text();
  d.contract_id = c.int64();
  d.contract_number = c.text();
  d.source_type = c.text();
  d.source_id = c.opt_int64();
  d.source_number = c.opt_text();
  d.raised_by = c.text();
  d.claim = c.text();
  d.amount_fen = c.int64();
  d.status = c.text();
  d.forum_kind = c.opt_text();
  d.forum_name = c.opt_text();
  d.case_number = c.opt_text();
  d.hearing_date = c.opt_text();
  d.escalated_at = c.opt_text();
  d.legal_hold = c.boolean();
  d.hold_reason = c.opt_text();
  d.outcome = c.opt_text();
  d.outcome_amount_fen = c.opt_int64();
  d.outcome_note = c.opt_text();
  d.credit_charge_id = c.opt_int64();
  d.closed_at = c.opt_text();
  d.created_by = c.text();
  d.created_at = c.text();
  d.updated_at = c.text();
  d.termination_request_id = c.opt_int64();
  c.finish();
  return d;
}

Entry entry_from(const db::Row& r) {
  db::Cursor c(r);
  Entry e;
  e.id = c.int64();
  e.dispute_id = c.int64();
  e.kind = c.text();
  e.on_date = c.text();
  e.summary = c.text();
  e.amount_fen = c.opt_int64();
  e.created_by = c.text();
  e.created_at = c.text();
  c.finish();
  return e;
}

Deadline deadline_from(const db::Row& r) {
  db::Cursor c(r);
  Deadline d;
  d.id = c.int64();
  d.dispute_id = c.int64();
  d.title = c.text();
  d.due_date = c.text();
  d.done_at = c.opt_text();
  d.created_by = c.text();
  d.created_at = c.text();
  c.finish();
  return d;
}

Link link_from(const db::Row& r) {
  db::Cursor c(r);
  Link l;
  l.id = c.int64();
  l.dispute_id = c.int64();
  l.object_type = c.text();
  l.object_id = c.int64();
  l.label = c.text();
  l.created_at = c.text();
  c.finish();
  return l;
}

template <typename T, typename F>
Result<std::vector<T>> rows_of(db::Tx& tx, std::string_view sql, const db::Params& params, F from) {
  COLO_TRY(auto res, tx.query(sql, params));
  std::vector<T> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(from(r));
  return out;
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  if (!row) return Error::internal("dispute_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_dispute(db::Tx& tx, const Dispute& d) {
  return tx.insert(kInsertDispute, {d.number, d.customer_id, d.customer_name, d.contract_id, d.contract_number,
                                    d.source_type, d.source_id, d.source_number, d.raised_by, d.claim, d.amount_fen,
                                    d.status, d.created_by, d.created_at});
}

Status update_dispute(db::Tx& tx, const Dispute& d) {
  COLO_CHECK(tx.exec(kUpdateDispute,
                     {d.id, d.status, d.forum_kind, d.forum_name, d.case_number, d.hearing_date, d.escalated_at,
                      d.legal_hold ? 1 : 0, d.hold_reason, d.outcome, d.outcome_amount_fen, d.outcome_note,
                      d.credit_charge_id, d.closed_at, d.updated_at, d.termination_request_id}));
  return {};
}

Result<std::optional<Dispute>> find_dispute(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDisputeCols) + " WHERE d.id = $1", {id}));
  if (!row) return std::optional<Dispute>{};
  return std::optional<Dispute>(dispute_from(*row));
}

Result<db::Counted<Dispute>> list_disputes(db::Tx& tx, const Context& ctx, const Filter& f) {
  db::ListSql sql(kDisputeList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("d.customer_id = ?", *f.customer);
  if (f.contract) sql.add("d.contract_id = ?", *f.contract);
  if (f.status) sql.add("d.status = ?", *f.status);
  if (f.source_type) sql.add("d.source_type = ?", *f.source_type);
  if (f.open) sql.raw(*f.open ? "d.status IN ('negotiating', 'escalated')" : "d.status IN ('resolved', 'withdrawn')");
  return db::list_page<Dispute>(tx, sql, kDisputeCount, kDisputeCols, f.sort, f.limit, f.offset, dispute_from);
}

Result<std::int64_t> insert_entry(db::Tx& tx, const Entry& e) {
  return tx.insert(kInsertEntry,
                   {e.dispute_id, e.kind, e.on_date, e.summary, e.amount_fen, e.created_by, e.created_at});
}

Result<std::vector<Entry>> entries_of(db::Tx& tx, std::int64_t dispute_id) {
  return rows_of<Entry>(tx, kEntries, {dispute_id}, entry_from);
}

Result<std::int64_t> insert_deadline(db::Tx& tx, const Deadline& d) {
  return tx.insert(kInsertDeadline, {d.dispute_id, d.title, d.due_date, d.created_by, d.created_at});
}

Result<std::vector<Deadline>> deadlines_of(db::Tx& tx, std::int64_t dispute_id) {
  return rows_of<Deadline>(tx, kDeadlines, {dispute_id}, deadline_from);
}

Result<bool> complete_deadline(db::Tx& tx, std::int64_t dispute_id, std::int64_t deadline_id, const std::string& at) {
  COLO_TRY(auto n, tx.exec(kCompleteDeadline, {dispute_id, deadline_id, at}));
  return n == 1;
}

Result<int> open_deadlines(db::Tx& tx, std::int64_t dispute_id) {
  COLO_TRY(auto row, tx.one(kOpenDeadlines, {dispute_id}));
  return row ? static_cast<int>(row->int64(0)) : 0;
}

Result<std::optional<std::int64_t>> insert_link(db::Tx& tx, const Link& l) {
  COLO_TRY(auto row, tx.one(kInsertLink, {l.dispute_id, l.object_type, l.object_id, l.label, l.created_at}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<std::vector<Link>> links_of(db::Tx& tx, std::int64_t dispute_id) {
  return rows_of<Link>(tx, std::string(kLinkCols) + " WHERE dispute_id = $1 ORDER BY id", {dispute_id}, link_from);
}

Result<std::optional<Link>> find_link(db::Tx& tx, std::int64_t dispute_id, std::int64_t link_id) {
  COLO_TRY(auto row, tx.one(std::string(kLinkCols) + " WHERE id = $1 AND dispute_id = $2", {link_id, dispute_id}));
  if (!row) return std::optional<Link>{};
  return std::optional<Link>(link_from(*row));
}

Status delete_link(db::Tx& tx, std::int64_t link_id) {
  COLO_CHECK(tx.exec(kDeleteLink, {link_id}));
  return {};
}

Result<bool> linked_to_open_case(db::Tx& tx, const std::string& object_type, std::int64_t object_id,
                                 std::int64_t except) {
  COLO_TRY(auto row, tx.one(kLinkedToOpenCase, {object_type, object_id, except}));
  return row.has_value();
}

Result<std::vector<std::int64_t>> held_objects(db::Tx& tx, const std::string& object_type) {
  COLO_TRY(auto res, tx.query(kHeldObjects, {object_type}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

// ---- Payment plans ----

Status insert_plan(db::Tx& tx, std::int64_t dispute_id, const Plan& p, const std::string& at) {
  COLO_TRY(auto n, tx.exec(kInsertPlan, {dispute_id, p.paid_base_fen, at}));
  (void)n;
  for (const auto& i : p.instalments) {
    COLO_TRY(auto id, tx.insert(kInsertInstalment, {dispute_id, std::int64_t{i.seq}, i.due_date, i.amount_fen}));
    (void)id;
  }
  return {};
}

Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t dispute_id) {
  COLO_TRY(auto row, tx.one(kPlan, {dispute_id}));
  if (!row) return std::optional<Plan>{};
  Plan p;
  {
    db::Cursor c(*row);
    p.paid_base_fen = c.int64();
    p.lapsed_at = c.opt_text();
    c.finish();
  }
  COLO_TRY(auto res, tx.query(kInstalments, {dispute_id}));
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Instalment i;
    i.seq = static_cast<int>(c.int64());
    i.due_date = c.text();
    i.amount_fen = c.int64();
    c.finish();
    p.total_fen += i.amount_fen;
    p.instalments.push_back(std::move(i));
  }
  return std::optional<Plan>(std::move(p));
}

Result<std::vector<std::int64_t>> kept_plans(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kKeptPlans, {}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<bool> lapse_plan(db::Tx& tx, std::int64_t dispute_id, const std::string& at) {
  COLO_TRY(auto n, tx.exec(kLapsePlan, {dispute_id, at}));
  return n == 1;
}

}  // namespace colo::disputes::store
