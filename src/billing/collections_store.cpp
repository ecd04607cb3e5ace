#include "billing/collections_store.hpp"

#include "db/cursor.hpp"
#include "db/page.hpp"

namespace colo::billing::collections_store {

const db::ListSpec kPenaltyList{.search = {"i.number", "i.customer_name", "i.contract_number"},
                                .sorts = {{"invoice", "i.number"},
                                          {"due_date", "i.due_date"},
                                          {"customer", "i.customer_name"},
                                          {"accrued", "s.accrued_exact"},
                                          {"updated_at", "s.updated_at"}},
                                .default_order = "i.due_date, s.invoice_id",
                                .tiebreak = "s.invoice_id",
                                .tenant_column = "s.customer_id"};

const db::ListSpec kReminderList{.search = {"i.number", "i.customer_name"},
                                 .sorts = {{"sent_at", "r.sent_at"},
                                           {"invoice", "i.number"},
                                           {"due_date", "r.due_date"},
                                           {"offset_days", "r.offset_days"}},
                                 .default_order = "r.id DESC",
                                 .tiebreak = "r.id",
                                 .tenant_column = "r.customer_id"};

const db::ListSpec kSuspensionList{.search = {"s.contract_number", "s.customer_name"},
                                   .sorts = {{"id", "s.id"},
                                             {"status", "s.status"},
                                             {"contract", "s.contract_number"},
                                             {"customer", "s.customer_name"},
                                             {"created_at", "s.created_at"},
                                             {"updated_at", "s.updated_at"}},
                                   .default_order = "s.id DESC",
                                   .tiebreak = "s.id",
                                   .tenant_column = "s.customer_id"};

namespace {

// An invoice that can be overdue: an invoice (not a credit note) with something left to pay.
#define COLO_OUTSTANDING "(i.total_fen - i.paid_fen - i.credited_fen)"
#define COLO_OPEN_INVOICE "i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND " COLO_OUTSTANDING " > 0"

// The invoice with its collection state (NULLs before the first accrual) and open charge.
constexpr std::string_view kPenaltyColumns =
    "SELECT i.id, i.number, i.customer_id, i.customer_name, i.contract_id, i.contract_number, i.due_date, i.status, "
    "i.total_fen, " COLO_OUTSTANDING
    ", s.bp_per_day, s.cap_bp, s.accrued_exact, s.cap_base_fen, s.accrued_through, "
    "s.waived_fen, s.billed_fen, s.open_charge_id, c.amount_fen, s.paused, s.paused_reason, s.updated_at ";
constexpr std::string_view kPenaltyFrom =
    "FROM billing_invoices i LEFT JOIN billing_collection_states s ON s.invoice_id = i.id "
    "LEFT JOIN billing_pending_charges c ON c.id = s.open_charge_id ";
// Lists start from the states: only invoices that have been overdue.
constexpr std::string_view kPenaltyListFrom =
    "FROM billing_collection_states s JOIN billing_invoices i ON i.id = s.invoice_id "
    "LEFT JOIN billing_pending_charges c ON c.id = s.open_charge_id";

constexpr std::string_view kSaveState =
    "INSERT INTO billing_collection_states (invoice_id, customer_id, contract_id, bp_per_day, cap_bp, accrued_exact, "
    "cap_base_fen, accrued_through, waived_fen, billed_fen, open_charge_id, paused, paused_reason, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (invoice_id) DO UPDATE SET "
    "bp_per_day = $4, cap_bp = $5, accrued_exact = $6, cap_base_fen = $7, accrued_through = $8, waived_fen = $9, "
    "billed_fen = $10, open_charge_id = $11, paused = $12, paused_reason = $13, updated_at = $14";

constexpr std::string_view kChargeState =
    "SELECT amount_fen, invoice_id, cancelled_at FROM billing_pending_charges WHERE id = $1";
constexpr std::string_view kSetChargeAmount =
    "UPDATE billing_pending_charges SET amount_fen = $2 WHERE id = $1 AND invoice_id IS NULL AND cancelled_at IS NULL";
constexpr std::string_view kCancelCharge =
    "UPDATE billing_pending_charges SET cancelled_at = $2 WHERE id = $1 AND invoice_id IS NULL AND cancelled_at IS "
    "NULL";

constexpr std::string_view kInsertWaiver =
    "INSERT INTO billing_penalty_waivers (invoice_id, customer_id, amount_fen, reason, created_by, created_by_name, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kWaivers =
    "SELECT id, invoice_id, customer_id, amount_fen, reason, created_by, created_by_name, created_at "
    "FROM billing_penalty_waivers WHERE invoice_id = $1 ORDER BY id";

constexpr std::string_view kInsertReminder =
    "INSERT INTO billing_reminders (invoice_id, customer_id, offset_days, reminder_date, due_date, outstanding_fen, "
    "penalty_fen, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (invoice_id, offset_days) DO NOTHING";
constexpr std::string_view kReminderColumns =
    "SELECT r.id, r.invoice_id, i.number, r.customer_id, r.offset_days, r.reminder_date, r.due_date, "
    "r.outstanding_fen, r.penalty_fen, r.sent_at FROM billing_reminders r JOIN billing_invoices i ON i.id = "
    "r.invoice_id";

constexpr std::string_view kOverdueOf =
    "SELECT COALESCE(SUM(" COLO_OUTSTANDING
    "), 0), COUNT(*), MIN(i.due_date) FROM billing_invoices i "
    "LEFT JOIN billing_collection_states s ON s.invoice_id = i.id WHERE " COLO_OPEN_INVOICE
    " AND i.contract_id = $1 AND i.due_date < $2 AND ($3 = 0 OR COALESCE(s.paused, 0) = 0)";
constexpr std::string_view kUnbilledPenaltyOf =
    "SELECT accrued_exact, waived_fen, billed_fen FROM billing_collection_states WHERE contract_id = $1";
constexpr std::string_view kContractsToSuspend =
    "SELECT i.contract_id FROM billing_invoices i LEFT JOIN billing_collection_states s ON s.invoice_id = i.id "
    "WHERE " COLO_OPEN_INVOICE
    " AND i.due_date < $1 AND COALESCE(s.paused, 0) = 0 GROUP BY i.contract_id "
    "HAVING MIN(i.due_date) <= $2 AND NOT EXISTS (SELECT 1 FROM billing_suspensions x WHERE x.open_contract_id = "
    "i.contract_id) ORDER BY i.contract_id";

constexpr std::string_view kSuspensionColumns =
    "SELECT s.id, s.contract_id, s.contract_number, s.customer_id, s.customer_name, s.reason, s.evidence, s.status, "
    "s.stop_power, s.stop_ports, s.stop_access, s.overdue_fen, s.oldest_due_date, s.proposed_by, s.proposed_by_name, "
    "s.created_at, s.updated_at, s.suspended_at, s.lifted_at FROM billing_suspensions s";
constexpr std::string_view kInsertSuspension =
    "INSERT INTO billing_suspensions (contract_id, contract_number, customer_id, customer_name, open_contract_id, "
    "reason, evidence, status, stop_power, stop_ports, stop_access, overdue_fen, oldest_due_date, proposed_by, "
    "proposed_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $1, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
    "$14, $15, $15) RETURNING id";
constexpr std::string_view kUpdateSuspension =
    "UPDATE billing_suspensions SET status = $2, open_contract_id = $3, stop_power = $4, stop_ports = $5, "
    "stop_access = $6, updated_at = $7, suspended_at = $8, lifted_at = $9 WHERE id = $1";
constexpr std::string_view kSettledSuspensions =
    "SELECT s.id FROM billing_suspensions s WHERE s.status = $1 AND s.reason = 'non_payment' AND NOT EXISTS "
    "(SELECT 1 FROM billing_invoices i WHERE i.contract_id = s.contract_id AND " COLO_OPEN_INVOICE
    " AND i.due_date < $2) ORDER BY s.id";
constexpr std::string_view kInsertSuspensionDevice =
    "INSERT INTO billing_suspension_devices (suspension_id, device_id, device_name, previous_status) VALUES ($1, $2, "
    "$3, $4)";
constexpr std::string_view kDeviceRestored =
    "UPDATE billing_suspension_devices SET restored_at = $3 WHERE suspension_id = $1 AND device_id = $2";
constexpr std::string_view kSuspensionDevices =
    "SELECT device_id, device_name, previous_status, restored_at FROM billing_suspension_devices WHERE "
    "suspension_id = $1 ORDER BY device_id";

#undef COLO_OPEN_INVOICE
#undef COLO_OUTSTANDING

std::optional<Date> opt_date(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return parse_date(*s);
}

Penalty penalty_of(const db::Row& r) {
  db::Cursor c(r);
  Penalty p;
  p.invoice_id = c.int64();                            // i.id
  p.invoice_number = c.text();                         // i.number
  p.customer_id = c.int64();                           // i.customer_id
  p.customer_name = c.text();                          // i.customer_name
  p.contract_id = c.int64();                           // i.contract_id
  p.contract_number = c.text();                        // i.contract_number
  p.due_date = parse_date(c.text()).value_or(Date{});  // i.due_date
  p.invoice_status = c.text();                         // i.status
  p.total_fen = c.int64();                             // i.total_fen
  p.outstanding_fen = c.int64();                       // outstanding
  p.bp_per_day = c.int32();                            // s.bp_per_day
  p.cap_bp = c.int32();                                // s.cap_bp
  p.accrued_exact = c.int64();                         // s.accrued_exact
  p.cap_base_fen = c.int64();                          // s.cap_base_fen
  p.accrued_through = opt_date(c.opt_text());          // s.accrued_through
  p.waived_fen = c.int64();                            // s.waived_fen
  p.billed_fen = c.int64();                            // s.billed_fen
  p.open_charge_id = c.opt_int64();                    // s.open_charge_id
  const auto charge_fen = c.int64();                   // c.amount_fen
  p.open_charge_fen = p.open_charge_id ? charge_fen : 0;
  p.paused = c.boolean();      // s.paused
  p.paused_reason = c.text();  // s.paused_reason
  p.updated_at = c.text();     // s.updated_at
  c.finish();
  return p;
}

Waiver waiver_of(const db::Row& r) {
  db::Cursor c(r);
  Waiver w;
  w.id = c.int64();
  w.invoice_id = c.int64();
  w.customer_id = c.int64();
  w.amount_fen = c.int64();
  w.reason = c.text();
  w.created_by = c.int64();
  w.created_by_name = c.text();
  w.created_at = c.text();
  c.finish();
  return w;
}

Reminder reminder_of(const db::Row& r) {
  db::Cursor c(r);
  Reminder m;
  m.id = c.int64();
  m.invoice_id = c.int64();
  m.invoice_number = c.text();
  m.customer_id = c.int64();
  m.offset_days = c.int32();
  m.reminder_date = parse_date(c.text()).value_or(Date{});
  m.due_date = parse_date(c.text()).value_or(Date{});
  m.outstanding_fen = c.int64();
  m.penalty_fen = c.int64();
  m.sent_at = c.text();
  c.finish();
  return m;
}

Suspension suspension_of(const db::Row& r) {
  db::Cursor c(r);
  Suspension s;
  s.id = c.int64();
  s.contract_id = c.int64();
  s.contract_number = c.text();
  s.customer_id = c.int64();
  s.customer_name = c.text();
  s.reason = c.text();
  s.evidence = c.text();
  s.status = c.text();
  s.stop_power = c.boolean();
  s.stop_ports = c.boolean();
  s.stop_access = c.boolean();
  s.overdue_fen = c.int64();
  s.oldest_due_date = opt_date(c.opt_text());
  s.proposed_by = c.int64();
  s.proposed_by_name = c.text();
  s.created_at = c.text();
  s.updated_at = c.text();
  s.suspended_at = c.opt_text();
  s.lifted_at = c.opt_text();
  c.finish();
  return s;
}

db::Value opt_date_value(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return format_date(*d);
}

}  // namespace

Result<std::optional<Penalty>> find_penalty(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto row,
           tx.one(std::string(kPenaltyColumns) + std::string(kPenaltyFrom) + "WHERE i.id = $1 AND i.kind = 'invoice'",
                  {invoice_id}));
  if (!row) return std::optional<Penalty>{};
  return std::optional<Penalty>(penalty_of(*row));
}

Result<std::vector<Penalty>> overdue_invoices(db::Tx& tx, Date day, std::int64_t after_id, int limit) {
  static const std::string sql = std::string(kPenaltyColumns) + std::string(kPenaltyFrom) +
                                 "WHERE i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND "
                                 "i.total_fen - i.paid_fen - i.credited_fen > 0 AND i.due_date < $1 AND i.id > $2 "
                                 "ORDER BY i.id LIMIT $3";
  COLO_TRY(auto res, tx.query(sql, {format_date(day), after_id, limit}));
  std::vector<Penalty> out;
  for (const auto& r : res.rows) out.push_back(penalty_of(r));
  return out;
}

Result<std::vector<Penalty>> unsettled_penalties(db::Tx& tx, std::int64_t after_id, int limit) {
  // Something accrued that is neither waived nor on an invoice yet (fen rounding aside: the
  // service decides), or an open charge to look after.
  static const std::string sql = std::string(kPenaltyColumns) + std::string(kPenaltyFrom) +
                                 "WHERE s.invoice_id IS NOT NULL AND (s.open_charge_id IS NOT NULL OR "
                                 "s.accrued_exact > (s.waived_fen + s.billed_fen) * 10000) AND i.id > $1 "
                                 "ORDER BY i.id LIMIT $2";
  COLO_TRY(auto res, tx.query(sql, {after_id, limit}));
  std::vector<Penalty> out;
  for (const auto& r : res.rows) out.push_back(penalty_of(r));
  return out;
}

Status save_state(db::Tx& tx, const Penalty& p) {
  COLO_CHECK(tx.exec(kSaveState, {p.invoice_id, p.customer_id, p.contract_id, p.bp_per_day, p.cap_bp, p.accrued_exact,
                                  p.cap_base_fen, opt_date_value(p.accrued_through), p.waived_fen, p.billed_fen,
                                  p.open_charge_id, p.paused ? 1 : 0, p.paused_reason, p.updated_at}));
  return {};
}

Result<std::pair<std::int64_t, std::vector<Penalty>>> list_penalties(db::Tx& tx, const Context& ctx,
                                                                     const PenaltyFilter& f) {
  db::ListSql sql(kPenaltyList);
  sql.tenant(ctx);
  if (f.customer) sql.add("s.customer_id = ?", *f.customer);
  if (f.contract) sql.add("s.contract_id = ?", *f.contract);
  if (f.waivable && *f.waivable) sql.raw("s.accrued_exact >= (s.waived_fen + s.billed_fen) * 10000 + 5000");
  sql.search(f.q);
  return db::list_page<Penalty>(tx, sql, std::string("SELECT COUNT(*) ") + std::string(kPenaltyListFrom),
                                std::string(kPenaltyColumns) + std::string(kPenaltyListFrom), f.sort, f.limit, f.offset,
                                penalty_of);
}

Result<std::optional<ChargeState>> charge_state(db::Tx& tx, std::int64_t charge_id) {
  COLO_TRY(auto row, tx.one(kChargeState, {charge_id}));
  if (!row) return std::optional<ChargeState>{};
  db::Cursor c(*row);
  ChargeState s;
  s.amount_fen = c.int64();
  s.billed = c.opt_int64().has_value();
  s.cancelled = c.opt_text().has_value();
  c.finish();
  return std::optional<ChargeState>(s);
}

Result<bool> set_charge_amount(db::Tx& tx, std::int64_t charge_id, std::int64_t amount_fen) {
  COLO_TRY(auto n, tx.exec(kSetChargeAmount, {charge_id, amount_fen}));
  return n == 1;
}

Result<bool> cancel_charge(db::Tx& tx, std::int64_t charge_id, const std::string& now) {
  COLO_TRY(auto n, tx.exec(kCancelCharge, {charge_id, now}));
  return n == 1;
}

Result<std::int64_t> insert_waiver(db::Tx& tx, const Waiver& w) {
  return tx.insert(kInsertWaiver, {w.invoice_id, w.customer_id, w.amount_fen, w.reason, w.created_by, w.created_by_name,
                                   w.created_at});
}

Result<std::vector<Waiver>> waivers(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto res, tx.query(kWaivers, {invoice_id}));
  std::vector<Waiver> out;
  for (const auto& r : res.rows) out.push_back(waiver_of(r));
  return out;
}

Result<std::vector<Penalty>> awaiting_reminders(db::Tx& tx, Date due_by, int last_offset) {
  static const std::string sql =
      std::string(kPenaltyColumns) + std::string(kPenaltyFrom) +
      "WHERE i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND "
      "i.total_fen - i.paid_fen - i.credited_fen > 0 AND i.due_date <= $1 AND COALESCE(s.paused, 0) = 0 "
      "AND NOT EXISTS (SELECT 1 FROM billing_reminders r WHERE r.invoice_id = i.id AND "
      "r.offset_days = $2) "
      "ORDER BY i.id";
  COLO_TRY(auto res, tx.query(sql, {format_date(due_by), last_offset}));
  std::vector<Penalty> out;
  for (const auto& r : res.rows) out.push_back(penalty_of(r));
  return out;
}

Result<std::vector<std::pair<std::int64_t, int>>> sent_offsets(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::vector<std::pair<std::int64_t, int>> out;
  if (ids.empty()) return out;
  db::Params params;
  const auto in = db::in_list(params, ids);
  COLO_TRY(auto res,
           tx.query("SELECT invoice_id, offset_days FROM billing_reminders WHERE invoice_id IN (" + in + ")", params));
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), static_cast<int>(r.int64(1)));
  return out;
}

Result<bool> insert_reminder(db::Tx& tx, const Reminder& r) {
  COLO_TRY(auto n, tx.exec(kInsertReminder, {r.invoice_id, r.customer_id, r.offset_days, format_date(r.reminder_date),
                                             format_date(r.due_date), r.outstanding_fen, r.penalty_fen, r.sent_at}));
  return n == 1;
}

Result<std::vector<Reminder>> reminders_of(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto res,
           tx.query(std::string(kReminderColumns) + " WHERE r.invoice_id = $1 ORDER BY r.offset_days", {invoice_id}));
  std::vector<Reminder> out;
  for (const auto& r : res.rows) out.push_back(reminder_of(r));
  return out;
}

Result<std::pair<std::int64_t, std::vector<Reminder>>> list_reminders(db::Tx& tx, const Context& ctx,
                                                                      const ReminderFilter& f) {
  db::ListSql sql(kReminderList);
  sql.tenant(ctx);
  if (f.customer) sql.add("r.customer_id = ?", *f.customer);
  if (f.invoice) sql.add("r.invoice_id = ?", *f.invoice);
  sql.search(f.q);
  return db::list_page<Reminder>(
      tx, sql, "SELECT COUNT(*) FROM billing_reminders r JOIN billing_invoices i ON i.id = r.invoice_id",
      kReminderColumns, f.sort, f.limit, f.offset, reminder_of);
}

Result<Overdue> overdue_of(db::Tx& tx, std::int64_t contract_id, Date day, bool skip_paused) {
  COLO_TRY(auto row, tx.one(kOverdueOf, {contract_id, format_date(day), skip_paused ? 1 : 0}));
  Overdue o;
  if (!row) return o;
  db::Cursor c(*row);
  o.fen = c.int64();
  o.invoices = c.int32();
  o.oldest_due_date = opt_date(c.opt_text());
  c.finish();
  return o;
}

Result<std::int64_t> unbilled_penalty_of(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query(kUnbilledPenaltyOf, {contract_id}));
  std::int64_t sum = 0;
  for (const auto& r : res.rows) sum += waivable_fen(exact_to_fen(r.int64(0)), r.int64(1), r.int64(2));
  return sum;
}

Result<std::vector<std::int64_t>> contracts_to_suspend(db::Tx& tx, Date day, Date due_on_or_before) {
  COLO_TRY(auto res, tx.query(kContractsToSuspend, {format_date(day), format_date(due_on_or_before)}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<std::int64_t> insert_suspension(db::Tx& tx, const Suspension& s) {
  return tx.insert(kInsertSuspension,
                   {s.contract_id, s.contract_number, s.customer_id, s.customer_name, s.reason, s.evidence, s.status,
                    s.stop_power ? 1 : 0, s.stop_ports ? 1 : 0, s.stop_access ? 1 : 0, s.overdue_fen,
                    opt_date_value(s.oldest_due_date), s.proposed_by, s.proposed_by_name, s.created_at});
}

Status update_suspension(db::Tx& tx, const Suspension& s) {
  db::Value open = suspension_open(s.status) ? db::Value(s.contract_id) : db::Value(nullptr);
  COLO_CHECK(tx.exec(kUpdateSuspension, {s.id, s.status, open, s.stop_power ? 1 : 0, s.stop_ports ? 1 : 0,
                                         s.stop_access ? 1 : 0, s.updated_at, s.suspended_at, s.lifted_at}));
  return {};
}

Result<std::optional<Suspension>> find_suspension(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kSuspensionColumns) + " WHERE s.id = $1", {id}));
  if (!row) return std::optional<Suspension>{};
  return std::optional<Suspension>(suspension_of(*row));
}

Result<std::optional<Suspension>> open_suspension(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one(std::string(kSuspensionColumns) + " WHERE s.open_contract_id = $1", {contract_id}));
  if (!row) return std::optional<Suspension>{};
  return std::optional<Suspension>(suspension_of(*row));
}

Result<std::vector<std::int64_t>> settled_suspensions(db::Tx& tx, const std::string& status, Date day) {
  COLO_TRY(auto res, tx.query(kSettledSuspensions, {status, format_date(day)}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<std::pair<std::int64_t, std::vector<Suspension>>> list_suspensions(db::Tx& tx, const Context& ctx,
                                                                          const SuspensionFilter& f) {
  db::ListSql sql(kSuspensionList);
  sql.tenant(ctx);
  if (f.customer) sql.add("s.customer_id = ?", *f.customer);
  if (f.contract) sql.add("s.contract_id = ?", *f.contract);
  if (f.status) sql.add("s.status = ?", *f.status);
  if (f.reason) sql.add("s.reason = ?", *f.reason);
  sql.search(f.q);
  return db::list_page<Suspension>(tx, sql, "SELECT COUNT(*) FROM billing_suspensions s", kSuspensionColumns, f.sort,
                                   f.limit, f.offset, suspension_of);
}

Status insert_suspension_device(db::Tx& tx, std::int64_t suspension_id, const SuspensionDevice& d) {
  COLO_CHECK(tx.exec(kInsertSuspensionDevice, {suspension_id, d.device_id, d.device_name, d.previous_status}));
  return {};
}

Status mark_device_restored(db::Tx& tx, std::int64_t suspension_id, std::int64_t device_id, const std::string& now) {
  COLO_CHECK(tx.exec(kDeviceRestored, {suspension_id, device_id, now}));
  return {};
}

Result<std::vector<SuspensionDevice>> suspension_devices(db::Tx& tx, std::int64_t suspension_id) {
  COLO_TRY(auto res, tx.query(kSuspensionDevices, {suspension_id}));
  std::vector<SuspensionDevice> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    SuspensionDevice d;
    d.device_id = c.int64();
    d.device_name = c.text();
    d.previous_status = c.text();
    d.restored_at = c.opt_text();
    c.finish();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace colo::billing::collections_store
