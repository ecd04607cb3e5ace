// The SQL of breach records and their evidence.
#include "db/cursor.hpp"
#include "disputes/store.hpp"

namespace colo::disputes::store {

const db::ListSpec kBreachList{
    .search = {"b.number", "b.customer_name", "b.contract_number", "b.clause", "b.description"},
    .sorts = {{"occurred_on", "b.occurred_on"},
              {"created_at", "b.created_at"},
              {"number", "b.number"},
              {"status", "b.status"},
              {"kind", "b.kind"},
              {"customer", "b.customer_name"}},
    .default_order = "b.occurred_on DESC, b.id DESC",
    .tiebreak = "b.id",
    .tenant_column = "b.customer_id"};

namespace {

constexpr std::string_view kNextNumber =
    "INSERT INTO breach_numbers (year, last_value) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last_value = "
    "breach_numbers.last_value + 1 RETURNING last_value";
constexpr std::string_view kBreachCols =
    "SELECT b.id, b.number, b.customer_id, b.customer_name, b.contract_id, b.contract_number, b.party, b.kind, "
    "b.clause, b.description, b.occurred_on, b.status, b.consequence, b.consequence_amount_fen, b.consequence_note, "
    "b.charge_id, b.suspension_id, b.decided_by, b.decided_at, b.closed_at, b.created_by, b.created_at, b.updated_at, "
    "b.detection_key, b.overuse_metric, b.overuse_first_slot, b.overuse_last_slot, b.overuse_peak, b.overuse_limit, "
    "b.dismissed_reason FROM breaches b";
constexpr std::string_view kBreachCount = "SELECT COUNT(*) FROM breaches b";
constexpr std::string_view kInsertBreach =
    "INSERT INTO breaches (number, customer_id, customer_name, contract_id, contract_number, party, kind, clause, "
    "description, occurred_on, status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
    "$9, $10, $11, $12, $13, $13) RETURNING id";
constexpr std::string_view kUpdateBreach =
    "UPDATE breaches SET status = $2, consequence = $3, consequence_amount_fen = $4, consequence_note = $5, charge_id "
    "= $6, suspension_id = $7, decided_by = $8, decided_at = $9, closed_at = $10, updated_at = $11, "
    "overuse_last_slot = $12, overuse_peak = $13, dismissed_reason = $14 WHERE id = $1";
// A proposal whose key is taken already (the job run again, or another server's run) inserts
// nothing and answers no row.
constexpr std::string_view kInsertProposed =
    "INSERT INTO breaches (number, customer_id, customer_name, contract_id, contract_number, party, kind, clause, "
    "description, occurred_on, status, created_by, created_at, updated_at, detection_key, overuse_metric, "
    "overuse_first_slot, overuse_last_slot, overuse_peak, overuse_limit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
    "$10, $11, $12, $13, $13, $14, $15, $16, $17, $18, $19) ON CONFLICT (detection_key) DO NOTHING RETURNING id";
constexpr std::string_view kInsertEvidence =
    "INSERT INTO breach_evidence (breach_id, object_type, object_id, label, created_by, created_at) VALUES ($1, $2, "
    "$3, $4, $5, $6) RETURNING id";
constexpr std::string_view kEvidence =
    "SELECT id, breach_id, object_type, object_id, label, created_by, created_at FROM breach_evidence WHERE breach_id "
    "= $1 ORDER BY id";
constexpr std::string_view kOpenLinkedBreaches =
    "SELECT COUNT(*) FROM dispute_links l JOIN breaches b ON b.id = l.object_id WHERE l.dispute_id = $1 AND "
    "l.object_type = 'breach' AND b.status <> 'closed'";

Breach breach_from(const db::Row& r) {
  db::Cursor c(r);
  Breach b;
  b.id = c.int64();
  b.number = c.text();
  b.customer_id = c.int64();
  b.customer_name = c.text();
  b.contract_id = c.int64();
  b.contract_number = c.text();
  b.party = c.text();
  b.kind = c.text();
  b.clause = c.text();
  b.description = c.text();
  b.occurred_on = c.text();
  b.status = c.text();
  b.consequence = c.opt_text();
  b.consequence_amount_fen = c.opt_int64();
  b.consequence_note = c.opt_text();
  b.charge_id = c.opt_int64();
  b.suspension_id = c.opt_int64();
  b.decided_by = c.opt_text();
  b.decided_at = c.opt_text();
  b.closed_at = c.opt_text();
  b.created_by = c.text();
  b.created_at = c.text();
  b.updated_at = c.text();
  b.detection_key = c.opt_text();
  auto metric = c.opt_text();
  auto first = c.opt_int64();
  auto last = c.opt_int64();
  auto peak = c.opt_int64();
  auto limit = c.opt_int64();
  if (metric && first && last && peak && limit) b.overuse = Overuse{*metric, *first, *last, *peak, *limit};
  b.dismissed_reason = c.opt_text();
  c.finish();
  return b;
}

Evidence evidence_from(const db::Row& r) {
  db::Cursor c(r);
  Evidence e;
  e.id = c.int64();
  e.breach_id = c.int64();
  e.object_type = c.text();
  e.object_id = c.opt_int64();
  e.label = c.text();
  e.created_by = c.text();
  e.created_at = c.text();
  c.finish();
  return e;
}

}  // namespace

Result<std::int64_t> next_breach_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  if (!row) return Error::internal("breach_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_breach(db::Tx& tx, const Breach& b) {
  return tx.insert(kInsertBreach,
                   {b.number, b.customer_id, b.customer_name, b.contract_id, b.contract_number, b.party, b.kind,
                    b.clause, b.description, b.occurred_on, b.status, b.created_by, b.created_at});
}

Result<std::optional<std::int64_t>> insert_proposed_breach(db::Tx& tx, const Breach& b) {
  const auto& o = *b.overuse;
  COLO_TRY(auto row, tx.one(kInsertProposed,
                            {b.number, b.customer_id, b.customer_name, b.contract_id, b.contract_number, b.party,
                             b.kind, b.clause, b.description, b.occurred_on, b.status, b.created_by, b.created_at,
                             b.detection_key, o.metric, o.first_slot, o.last_slot, o.peak, o.limit}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Status update_breach(db::Tx& tx, const Breach& b) {
  std::optional<std::int64_t> last, peak;
  if (b.overuse) {
    last = b.overuse->last_slot;
    peak = b.overuse->peak;
  }
  COLO_CHECK(tx.exec(kUpdateBreach, {b.id, b.status, b.consequence, b.consequence_amount_fen, b.consequence_note,
                                     b.charge_id, b.suspension_id, b.decided_by, b.decided_at, b.closed_at,
                                     b.updated_at, last, peak, b.dismissed_reason}));
  return {};
}

Result<std::optional<Breach>> latest_overuse(db::Tx& tx, std::int64_t contract_id, const std::string& metric) {
  COLO_TRY(auto row, tx.one(std::string(kBreachCols) +
                                " WHERE b.contract_id = $1 AND b.overuse_metric = $2 ORDER BY b.overuse_last_slot "
                                "DESC, b.id DESC LIMIT 1",
                            {contract_id, metric}));
  if (!row) return std::optional<Breach>{};
  return std::optional<Breach>(breach_from(*row));
}

Result<std::optional<Breach>> find_breach(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kBreachCols) + " WHERE b.id = $1", {id}));
  if (!row) return std::optional<Breach>{};
  return std::optional<Breach>(breach_from(*row));
}

namespace {
constexpr std::string_view kOveruseCovered = "SELECT covered_to FROM overuse_runs WHERE name = $1";
constexpr std::string_view kSetOveruseCovered =
    "INSERT INTO overuse_runs (name, covered_to, ran_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET "
    "covered_to = excluded.covered_to, ran_at = excluded.ran_at";
}  // namespace

Result<std::optional<std::string>> overuse_covered_to(db::Tx& tx, const std::string& job) {
  COLO_TRY(auto row, tx.one(kOveruseCovered, {job}));
  if (!row) return std::optional<std::string>{};
  return std::optional<std::string>(row->text(0));
}

Status set_overuse_covered_to(db::Tx& tx, const std::string& job, const std::string& to, const std::string& now) {
  COLO_CHECK(tx.exec(kSetOveruseCovered, {job, to, now}));
  return {};
}

Result<db::Counted<Breach>> list_breaches(db::Tx& tx, const Context& ctx, const BreachFilter& f) {
  db::ListSql sql(kBreachList);
  sql.tenant(ctx);
  // A proposal is the operator's until a person confirms it: the customer never sees it.
  if (ctx.tenant()) sql.add("b.status <> ?", std::string("proposed"));
  sql.search(f.q);
  if (f.customer) sql.add("b.customer_id = ?", *f.customer);
  if (f.contract) sql.add("b.contract_id = ?", *f.contract);
  if (f.party) sql.add("b.party = ?", *f.party);
  if (f.kind) sql.add("b.kind = ?", *f.kind);
  if (f.status) sql.add("b.status = ?", *f.status);
  return db::list_page<Breach>(tx, sql, kBreachCount, kBreachCols, f.sort, f.limit, f.offset, breach_from);
}

Result<std::int64_t> insert_evidence(db::Tx& tx, const Evidence& e) {
  return tx.insert(kInsertEvidence, {e.breach_id, e.object_type, e.object_id, e.label, e.created_by, e.created_at});
}

Result<std::vector<Evidence>> evidence_of(db::Tx& tx, std::int64_t breach_id) {
  COLO_TRY(auto res, tx.query(kEvidence, {breach_id}));
  std::vector<Evidence> out;
  for (const auto& r : res.rows) out.push_back(evidence_from(r));
  return out;
}

Result<int> open_linked_breaches(db::Tx& tx, std::int64_t dispute_id) {
  COLO_TRY(auto row, tx.one(kOpenLinkedBreaches, {dispute_id}));
  return row ? static_cast<int>(row->int64(0)) : 0;
}

}  // namespace colo::disputes::store

namespace colo::disputes::store {

namespace {

// A proposal not yet reviewed, or dismissed on review, is no breach: R9's clauses count neither.
constexpr std::string_view kBreachesRecorded =
    "SELECT id, number, party, kind, status, created_at, consequence, decided_at FROM breaches WHERE created_at >= $1 "
    "AND created_at < $2 AND status <> 'proposed' AND dismissed_reason IS NULL ORDER BY id";
// The earliest negotiation entry's date beside the escalation instant: whether one came first is
// decided on the business calendar (an entry dated today in Shanghai before an escalation at
// 23:00 there is on time though the instant's UTC date is yesterday).
constexpr std::string_view kEscalations =
    "SELECT d.id, d.number, d.escalated_at, (SELECT MIN(e.on_date) FROM dispute_entries e WHERE e.dispute_id = "
    "d.id), CASE WHEN d.case_number IS NULL OR d.case_number = '' THEN 0 ELSE 1 END FROM disputes d WHERE "
    "d.escalated_at >= $1 AND d.escalated_at < $2 ORDER BY d.id";

}  // namespace

Result<std::vector<BreachFact>> breaches_recorded(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kBreachesRecorded, {from, to}));
  std::vector<BreachFact> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    BreachFact f;
    f.id = c.int64();
    f.number = c.text();
    f.party = c.text();
    f.kind = c.text();
    f.status = c.text();
    f.created_at = c.text();
    f.consequence = c.opt_text();
    f.decided_at = c.opt_text();
    c.finish();
    out.push_back(std::move(f));
  }
  return out;
}

Result<std::vector<EscalationFact>> escalations(db::Tx& tx, const std::string& from, const std::string& to,
                                                const BusinessCalendar& calendar) {
  COLO_TRY(auto res, tx.query(kEscalations, {from, to}));
  std::vector<EscalationFact> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    EscalationFact f;
    f.id = c.int64();
    f.number = c.text();
    const auto escalated_at = parse_instant(c.text());
    const auto earliest_entry = c.opt_text();
    f.negotiated = escalated_at && earliest_entry && *earliest_entry <= format_date(calendar.date_of(*escalated_at));
    f.case_numbered = c.boolean();
    c.finish();
    out.push_back(std::move(f));
  }
  return out;
}

constexpr std::string_view kRecordedReport =
    "SELECT id, at FROM audit_log WHERE object_type = 'compliance.report' AND object_id = $1 AND action = 'export' "
    "ORDER BY id LIMIT 1";

Result<std::optional<std::pair<std::int64_t, std::string>>> recorded_report(db::Tx& tx, const std::string& sha256) {
  COLO_TRY(auto res, tx.query(kRecordedReport, {sha256}));
  if (res.rows.empty()) return std::optional<std::pair<std::int64_t, std::string>>{};
  db::Cursor c(res.rows[0]);
  auto id = c.int64();
  auto at = c.text();
  c.finish();
  return std::optional<std::pair<std::int64_t, std::string>>(std::make_pair(id, at));
}

}  // namespace colo::disputes::store
