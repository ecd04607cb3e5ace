#include "billing/payments_store.hpp"

#include "db/cursor.hpp"
#include "db/page.hpp"

namespace colo::billing::payments_store {

// A customer sees only its own payments.
const db::ListSpec kPaymentList{.search = {"p.bank_reference", "p.payer_name", "p.customer_name", "p.note"},
                                .sorts = {{"received_on", "p.received_on"},
                                          {"amount", "p.amount_fen"},
                                          {"customer", "p.customer_name"},
                                          {"status", "p.status"},
                                          {"created_at", "p.created_at"}},
                                .default_order = "p.received_on DESC, p.id DESC",
                                .tiebreak = "p.id",
                                .tenant_column = "p.customer_id"};

// One row per customer owing something; the sort names are the report's own columns.
const db::ListSpec kAgeingList{.search = {"i.customer_name"},
                               .sorts = {{"customer", "customer_name"},
                                         {"total", "total_fen"},
                                         {"current", "current_fen"},
                                         {"d1_30", "d1_30_fen"},
                                         {"d31_60", "d31_60_fen"},
                                         {"d61_90", "d61_90_fen"},
                                         {"d90_plus", "d90_plus_fen"}},
                               .default_order = "total_fen DESC, customer_id",
                               .tiebreak = "customer_id",
                               .tenant_column = "i.customer_id"};

namespace {

// An invoice owes something while it is issued or partly paid; credit notes and void ones never.
constexpr std::string_view kOpenInvoiceWhere =
    "i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') AND i.total_fen - i.paid_fen - i.credited_fen > 0";

constexpr std::string_view kOpenInvoices =
    "SELECT i.id, i.number, i.due_date, i.total_fen - i.paid_fen - i.credited_fen FROM billing_invoices i "
    "WHERE i.customer_id = $1 AND i.kind = 'invoice' AND i.status IN ('issued', 'partially_paid') "
    "AND i.total_fen - i.paid_fen - i.credited_fen > 0 AND ($2 = 0 OR i.contract_id = $2) "
    "ORDER BY i.due_date, i.number";

constexpr std::string_view kPaymentColumns =
    "SELECT p.id, p.customer_id, p.customer_name, p.amount_fen, p.received_on, p.method, p.bank_reference, "
    "p.payer_name, p.note, p.status, p.allocated_fen, p.deposit_fen, p.refunded_fen, p.reversal_reason, "
    "p.reversed_at, p.reversed_by_name, p.created_by_name, p.created_at, p.updated_at FROM billing_payments p";
constexpr std::string_view kPaymentCount = "SELECT COUNT(*) FROM billing_payments p";
constexpr std::string_view kInsertPayment =
    "INSERT INTO billing_payments (customer_id, customer_name, amount_fen, received_on, method, bank_reference, "
    "payer_name, note, status, allocated_fen, deposit_fen, refunded_fen, created_by_name, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id";
constexpr std::string_view kPaymentById = " WHERE p.id = $1";
constexpr std::string_view kPaymentByReference = " WHERE p.customer_id = $1 AND p.bank_reference = $2";
constexpr std::string_view kPaymentsWithCredit =
    " WHERE p.customer_id = $1 AND p.status = 'received' "
    "AND p.amount_fen - p.allocated_fen - p.deposit_fen - p.refunded_fen > 0 ORDER BY p.received_on, p.id";
constexpr std::string_view kUpdatePaymentAmounts =
    "UPDATE billing_payments SET allocated_fen = $2, deposit_fen = $3, refunded_fen = $4, updated_at = $5 "
    "WHERE id = $1";
constexpr std::string_view kMarkReversed =
    "UPDATE billing_payments SET status = 'reversed', allocated_fen = 0, reversal_reason = $2, reversed_on = $3, "
    "reversed_at = $4, reversed_by_name = $5, updated_at = $4 WHERE id = $1";

constexpr std::string_view kInsertAllocation =
    "INSERT INTO billing_allocations (customer_id, invoice_id, payment_id, deposit_id, amount_fen, created_by_name, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kAllocationsOfPayment =
    "SELECT a.id, a.customer_id, a.invoice_id, i.number, a.payment_id, a.deposit_id, a.amount_fen, "
    "a.created_by_name, a.created_at, a.reversed_at FROM billing_allocations a "
    "JOIN billing_invoices i ON i.id = a.invoice_id WHERE a.payment_id = $1 ORDER BY a.id";
constexpr std::string_view kReverseAllocation = "UPDATE billing_allocations SET reversed_at = $2 WHERE id = $1";

constexpr std::string_view kInsertRefund =
    "INSERT INTO billing_refunds (customer_id, customer_name, source, deposit_id, amount_fen, refunded_on, "
    "reference, note, draws, created_by_name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
    "RETURNING id";
constexpr std::string_view kRefundColumns =
    "SELECT r.id, r.customer_id, r.customer_name, r.source, r.deposit_id, r.amount_fen, r.refunded_on, r.reference, "
    "r.note, r.created_by_name, r.created_at FROM billing_refunds r WHERE 1 = 1";
constexpr std::string_view kRefundOrder = " ORDER BY r.refunded_on DESC, r.id DESC LIMIT 1000";

constexpr std::string_view kDepositColumns =
    "SELECT d.id, d.customer_id, d.customer_name, d.contract_id, d.contract_number, d.payment_id, d.amount_fen, "
    "d.received_on, d.reference, d.note, d.status, d.offset_fen, d.released_fen, d.settled_on, d.settled_by_name, "
    "d.created_by_name, d.created_at, d.updated_at FROM billing_deposits d WHERE 1 = 1";
constexpr std::string_view kDepositOrder = " ORDER BY d.received_on DESC, d.id DESC LIMIT 1000";
constexpr std::string_view kInsertDeposit =
    "INSERT INTO billing_deposits (customer_id, customer_name, contract_id, contract_number, payment_id, amount_fen, "
    "received_on, reference, note, status, created_by_name, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'held', $10, $11, $11) RETURNING id";
constexpr std::string_view kUpdateDepositSettlement =
    "UPDATE billing_deposits SET status = $2, offset_fen = $3, released_fen = $4, settled_on = $5, "
    "settled_by_name = $6, updated_at = $7 WHERE id = $1 AND status = 'held'";

constexpr std::string_view kInvoiceBalance =
    "SELECT CAST(COALESCE(SUM(i.total_fen - i.paid_fen - i.credited_fen), 0) AS BIGINT), "
    "CAST(COALESCE(SUM(CASE WHEN i.due_date < $2 THEN i.total_fen - i.paid_fen - i.credited_fen ELSE 0 END), 0) "
    "AS BIGINT), COUNT(*) FROM billing_invoices i WHERE i.customer_id = $1 AND i.kind = 'invoice' "
    "AND i.status IN ('issued', 'partially_paid') AND i.total_fen - i.paid_fen - i.credited_fen > 0";
constexpr std::string_view kCreditBalance =
    "SELECT CAST(COALESCE(SUM(amount_fen - allocated_fen - deposit_fen - refunded_fen), 0) AS BIGINT) "
    "FROM billing_payments WHERE customer_id = $1 AND status = 'received'";
constexpr std::string_view kDepositsHeld =
    "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM billing_deposits WHERE customer_id = $1 "
    "AND status = 'held'";

// Every movement of a customer's account: debits raise what it owes, credits lower it. A deposit
// received on its own never passes through the account; one taken out of a payment does (the
// payment's credit moves to the deposit), and one offset against invoices comes back as a credit.
// Movements of one day in the order they happen: what is billed, what is paid, a deposit taken
// from a payment before it is offset, a payment's reversal after the payment.
constexpr std::string_view kAccountEntries =
    "SELECT day, kind, ref_id, reference, debit_fen, credit_fen FROM ("
    "SELECT issue_date AS day, 'invoice' AS kind, id AS ref_id, number AS reference, total_fen AS debit_fen, "
    "0 AS credit_fen FROM billing_invoices WHERE customer_id = $1 AND kind = 'invoice' AND status <> 'void' "
    "AND issue_date <= $2 "
    "UNION ALL SELECT issue_date, 'credit_note', id, number, 0, ABS(total_fen) FROM billing_invoices "
    "WHERE customer_id = $1 AND kind = 'credit_note' AND status <> 'void' AND issue_date <= $2 "
    "UNION ALL SELECT received_on, 'payment', id, bank_reference, 0, amount_fen FROM billing_payments "
    "WHERE customer_id = $1 AND received_on <= $2 "
    "UNION ALL SELECT reversed_on, 'reversal', id, bank_reference, amount_fen, 0 FROM billing_payments "
    "WHERE customer_id = $1 AND status = 'reversed' AND reversed_on <= $2 "
    "UNION ALL SELECT refunded_on, 'refund', id, reference, amount_fen, 0 FROM billing_refunds "
    "WHERE customer_id = $1 AND source = 'credit' AND refunded_on <= $2 "
    "UNION ALL SELECT received_on, 'deposit_taken', id, contract_number, amount_fen, 0 FROM billing_deposits "
    "WHERE customer_id = $1 AND payment_id IS NOT NULL AND received_on <= $2 "
    "UNION ALL SELECT settled_on, 'deposit_offset', id, contract_number, 0, offset_fen FROM billing_deposits "
    "WHERE customer_id = $1 AND offset_fen > 0 AND settled_on <= $2"
    ") e ORDER BY day, CASE kind WHEN 'invoice' THEN 1 WHEN 'credit_note' THEN 2 WHEN 'payment' THEN 3 WHEN "
    "'deposit_taken' THEN 4 WHEN 'deposit_offset' THEN 5 WHEN 'reversal' THEN 6 ELSE 7 END, ref_id";

constexpr std::string_view kFinalInvoice =
    "SELECT number, status FROM billing_invoices WHERE contract_id = $1 AND kind = 'invoice' AND is_final = 1 "
    "AND status <> 'void' ORDER BY id DESC LIMIT 1";

Date date_of(const std::string& s) { return parse_date(s).value_or(Date{}); }

Payment payment_from(const db::Row& r) {
  db::Cursor c(r);
  Payment p;
  p.id = c.int64();
  p.customer_id = c.int64();
  p.customer_name = c.text();
  p.amount_fen = c.int64();
  p.received_on = date_of(c.text());
  p.method = c.text();
  p.bank_reference = c.text();
  p.payer_name = c.text();
  p.note = c.text();
  p.status = c.text();
  p.allocated_fen = c.int64();
  p.deposit_fen = c.int64();
  p.refunded_fen = c.int64();
  p.reversal_reason = c.opt_text();
  p.reversed_at = c.opt_text();
  p.reversed_by_name = c.opt_text();
  p.created_by_name = c.text();
  p.created_at = c.text();
  p.updated_at = c.text();
  c.finish();
  return p;
}

AllocationRow allocation_from(const db::Row& r) {
  db::Cursor c(r);
  AllocationRow a;
  a.id = c.int64();
  a.customer_id = c.int64();
  a.invoice_id = c.int64();
  a.invoice_number = c.text();
  a.payment_id = c.opt_int64();
  a.deposit_id = c.opt_int64();
  a.amount_fen = c.int64();
  a.created_by_name = c.text();
  a.created_at = c.text();
  a.reversed_at = c.opt_text();
  c.finish();
  return a;
}

Refund refund_from(const db::Row& r) {
  db::Cursor c(r);
  Refund x;
  x.id = c.int64();
  x.customer_id = c.int64();
  x.customer_name = c.text();
  x.source = c.text();
  x.deposit_id = c.opt_int64();
  x.amount_fen = c.int64();
  x.refunded_on = date_of(c.text());
  x.reference = c.text();
  x.note = c.text();
  x.created_by_name = c.text();
  x.created_at = c.text();
  c.finish();
  return x;
}

Deposit deposit_from(const db::Row& r) {
  db::Cursor c(r);
  Deposit d;
  d.id = c.int64();
  d.customer_id = c.int64();
  d.customer_name = c.text();
  d.contract_id = c.int64();
  d.contract_number = c.text();
  d.payment_id = c.opt_int64();
  d.amount_fen = c.int64();
  d.received_on = date_of(c.text());
  d.reference = c.text();
  d.note = c.text();
  d.status = c.text();
  d.offset_fen = c.int64();
  d.released_fen = c.int64();
  d.settled_on = c.opt_text();
  d.settled_by_name = c.opt_text();
  d.created_by_name = c.text();
  d.created_at = c.text();
  d.updated_at = c.text();
  c.finish();
  return d;
}

AgeingRow ageing_from(const db::Row& r) {
  db::Cursor c(r);
  AgeingRow a;
  a.customer_id = c.int64();
  a.customer_name = c.text();
  a.current_fen = c.int64();
  a.d1_30_fen = c.int64();
  a.d31_60_fen = c.int64();
  a.d61_90_fen = c.int64();
  a.d90_plus_fen = c.int64();
  a.total_fen = c.int64();
  a.invoices = c.int64();
  c.finish();
  return a;
}

template <typename T, typename F>
Result<std::vector<T>> rows_of(db::Tx& tx, std::string_view sql, const db::Params& params, F&& from) {
  COLO_TRY(auto result, tx.query(sql, params));
  std::vector<T> out;
  out.reserve(result.rows.size());
  for (const auto& r : result.rows) out.push_back(from(r));
  return out;
}

}  // namespace

Result<std::vector<OpenInvoice>> open_invoices(db::Tx& tx, std::int64_t customer_id,
                                               std::optional<std::int64_t> contract_id) {
  return rows_of<OpenInvoice>(tx, kOpenInvoices, {customer_id, contract_id.value_or(0)}, [](const db::Row& r) {
    db::Cursor c(r);
    OpenInvoice o;
    o.id = c.int64();
    o.number = c.text();
    o.due_date = date_of(c.text());
    o.outstanding_fen = c.int64();
    c.finish();
    return o;
  });
}

Result<std::int64_t> insert_payment(db::Tx& tx, const Payment& p) {
  return tx.insert(kInsertPayment, {p.customer_id, p.customer_name, p.amount_fen, format_date(p.received_on), p.method,
                                    p.bank_reference, p.payer_name, p.note, p.status, p.allocated_fen, p.deposit_fen,
                                    p.refunded_fen, p.created_by_name, p.created_at});
}

Result<std::optional<Payment>> find_payment(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kPaymentColumns) + std::string(kPaymentById), {id}));
  if (!row) return std::optional<Payment>{};
  return std::optional<Payment>(payment_from(*row));
}

Result<std::optional<Payment>> payment_by_reference(db::Tx& tx, std::int64_t customer_id, const std::string& ref) {
  COLO_TRY(auto row, tx.one(std::string(kPaymentColumns) + std::string(kPaymentByReference), {customer_id, ref}));
  if (!row) return std::optional<Payment>{};
  return std::optional<Payment>(payment_from(*row));
}

Result<db::Counted<Payment>> list_payments(db::Tx& tx, const Context& ctx, const PaymentFilter& f) {
  db::ListSql sql(kPaymentList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer_id) sql.add("p.customer_id = ?", *f.customer_id);
  if (f.status) sql.add("p.status = ?", *f.status);
  if (f.method) sql.add("p.method = ?", *f.method);
  if (f.from) sql.add("p.received_on >= ?", format_date(*f.from));
  if (f.to) sql.add("p.received_on <= ?", format_date(*f.to));
  return db::list_page<Payment>(tx, sql, kPaymentCount, kPaymentColumns, f.sort, f.limit, f.offset, payment_from);
}

Status update_payment_amounts(db::Tx& tx, const Payment& p) {
  COLO_TRY(auto n,
           tx.exec(kUpdatePaymentAmounts, {p.id, p.allocated_fen, p.deposit_fen, p.refunded_fen, p.updated_at}));
  if (n != 1) return Error::not_found("Payment");
  return {};
}

Status mark_reversed(db::Tx& tx, const Payment& p, Date reversed_on) {
  COLO_TRY(auto n, tx.exec(kMarkReversed,
                           {p.id, p.reversal_reason, format_date(reversed_on), p.reversed_at, p.reversed_by_name}));
  if (n != 1) return Error::not_found("Payment");
  return {};
}

Result<std::vector<Payment>> payments_with_credit(db::Tx& tx, std::int64_t customer_id) {
  return rows_of<Payment>(tx, std::string(kPaymentColumns) + std::string(kPaymentsWithCredit), {customer_id},
                          payment_from);
}

Result<std::int64_t> insert_allocation(db::Tx& tx, const AllocationRow& a) {
  return tx.insert(kInsertAllocation, {a.customer_id, a.invoice_id, a.payment_id, a.deposit_id, a.amount_fen,
                                       a.created_by_name, a.created_at});
}

Result<std::vector<AllocationRow>> allocations_of_payment(db::Tx& tx, std::int64_t payment_id) {
  return rows_of<AllocationRow>(tx, kAllocationsOfPayment, {payment_id}, allocation_from);
}

Status reverse_allocation(db::Tx& tx, std::int64_t id, const std::string& now) {
  COLO_CHECK(tx.exec(kReverseAllocation, {id, now}));
  return {};
}

Result<std::int64_t> insert_refund(db::Tx& tx, const Refund& r, const std::string& draws_json) {
  return tx.insert(kInsertRefund,
                   {r.customer_id, r.customer_name, r.source, r.deposit_id, r.amount_fen, format_date(r.refunded_on),
                    r.reference, r.note, draws_json, r.created_by_name, r.created_at});
}

Result<std::vector<Refund>> refunds(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> customer_id) {
  std::string sql(kRefundColumns);
  db::Params params;
  if (auto t = ctx.tenant()) customer_id = *t;
  if (customer_id) sql += " AND r.customer_id = " + db::bind(params, *customer_id);
  sql += kRefundOrder;
  return rows_of<Refund>(tx, sql, params, refund_from);
}

Result<std::int64_t> insert_deposit(db::Tx& tx, const Deposit& d) {
  return tx.insert(kInsertDeposit,
                   {d.customer_id, d.customer_name, d.contract_id, d.contract_number, d.payment_id, d.amount_fen,
                    format_date(d.received_on), d.reference, d.note, d.created_by_name, d.created_at});
}

Result<std::optional<Deposit>> find_deposit(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDepositColumns) + " AND d.id = $1", {id}));
  if (!row) return std::optional<Deposit>{};
  return std::optional<Deposit>(deposit_from(*row));
}

Result<std::vector<Deposit>> deposits(db::Tx& tx, const Context& ctx, const DepositFilter& f) {
  std::string sql(kDepositColumns);
  db::Params params;
  auto customer = f.customer_id;
  if (auto t = ctx.tenant()) {
    if (customer && *customer != *t) return std::vector<Deposit>{};
    customer = *t;
  }
  if (customer) sql += " AND d.customer_id = " + db::bind(params, *customer);
  if (f.contract_id) sql += " AND d.contract_id = " + db::bind(params, *f.contract_id);
  if (f.status) sql += " AND d.status = " + db::bind(params, *f.status);
  sql += kDepositOrder;
  return rows_of<Deposit>(tx, sql, params, deposit_from);
}

Status update_deposit_settlement(db::Tx& tx, const Deposit& d) {
  COLO_TRY(auto n, tx.exec(kUpdateDepositSettlement, {d.id, d.status, d.offset_fen, d.released_fen, d.settled_on,
                                                      d.settled_by_name, d.updated_at}));
  if (n != 1) return Error::conflict("billing.deposit.not_held", "The deposit has already been released or offset.");
  return {};
}

Result<Balance> balance(db::Tx& tx, std::int64_t customer_id, Date today) {
  Balance b;
  b.customer_id = customer_id;
  COLO_TRY(auto inv, tx.one(kInvoiceBalance, {customer_id, format_date(today)}));
  if (inv) {
    b.outstanding_fen = inv->int64(0);
    b.overdue_fen = inv->int64(1);
    b.open_invoices = inv->int64(2);
  }
  COLO_TRY(auto credit, tx.one(kCreditBalance, {customer_id}));
  if (credit) b.credit_fen = credit->int64(0);
  COLO_TRY(auto held, tx.one(kDepositsHeld, {customer_id}));
  if (held) b.deposits_held_fen = held->int64(0);
  return b;
}

Result<AgeingReport> ageing(db::Tx& tx, const Context& ctx, const AgeingFilter& f) {
  db::ListSql sql(kAgeingList);
  // Days past due compare as dates: due on or after as_of is current, due on or after as_of - 30
  // is 1-30 days late, and so on; the boundaries are computed here so that both engines compare
  // text dates only.
  const auto as_of = sql.arg(format_date(f.as_of));
  const auto d30 = sql.arg(format_date(add_days(f.as_of, -30)));
  const auto d60 = sql.arg(format_date(add_days(f.as_of, -60)));
  const auto d90 = sql.arg(format_date(add_days(f.as_of, -90)));
  // Invoices as they stood at the end of as_of: every invoice issued by then and not void (one
  // paid since was open then), with what was allocated to it and credited on it by then (an
  // allocation reversed later still counted then; one reversed by then no longer did).
  std::string invoices = "billing_invoices i";
  if (f.as_recorded_then) {
    const auto end = sql.arg(f.end_of_day);
    invoices =
        "(SELECT i0.id, i0.customer_id, i0.customer_name, i0.kind, i0.status, i0.issue_date, i0.due_date, "
        "i0.total_fen, COALESCE(a.fen, 0) AS paid_fen, COALESCE(c.fen, 0) AS credited_fen FROM billing_invoices i0 "
        "LEFT JOIN (SELECT invoice_id, SUM(amount_fen) AS fen FROM billing_allocations WHERE created_at < " +
        end + " AND (reversed_at IS NULL OR reversed_at >= " + end +
        ") GROUP BY invoice_id) a ON a.invoice_id = i0.id "
        "LEFT JOIN (SELECT original_invoice_id, SUM(ABS(total_fen)) AS fen FROM billing_invoices WHERE kind = "
        "'credit_note' AND status <> 'void' AND issue_date <= " +
        as_of + " GROUP BY original_invoice_id) c ON c.original_invoice_id = i0.id WHERE i0.kind = 'invoice' AND " +
        "i0.status <> 'void' AND i0.issue_date <= " + as_of + ") i";
    sql.raw("i.total_fen - i.paid_fen - i.credited_fen > 0");
  } else {
    sql.raw(kOpenInvoiceWhere);
  }
  sql.raw("i.issue_date <= " + as_of);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer_id) sql.add("i.customer_id = ?", *f.customer_id);
  const std::string o = "i.total_fen - i.paid_fen - i.credited_fen";
  auto bucket = [&](const std::string& when) {
    return "CAST(SUM(CASE WHEN " + when + " THEN " + o + " ELSE 0 END) AS BIGINT)";
  };
  const std::string sums = bucket("i.due_date >= " + as_of) + " AS current_fen, " +
                           bucket("i.due_date < " + as_of + " AND i.due_date >= " + d30) + " AS d1_30_fen, " +
                           bucket("i.due_date < " + d30 + " AND i.due_date >= " + d60) + " AS d31_60_fen, " +
                           bucket("i.due_date < " + d60 + " AND i.due_date >= " + d90) + " AS d61_90_fen, " +
                           bucket("i.due_date < " + d90) + " AS d90_plus_fen, CAST(SUM(" + o +
                           ") AS BIGINT) AS total_fen, COUNT(*) AS invoices";
  COLO_TRY(auto order, db::order_by(kAgeingList, f.sort));
  const std::string grouped = "SELECT i.customer_id AS customer_id, MAX(i.customer_name) AS customer_name, " + sums +
                              " FROM " + invoices + sql.where() + " GROUP BY i.customer_id";
  AgeingReport report;
  report.as_of = f.as_of;
  COLO_TRY(auto page, db::counted_page<AgeingRow>(tx, "SELECT COUNT(*) FROM (" + grouped + ") g",
                                                  "SELECT * FROM (" + grouped + ") g" + order, sql.params(), f.limit,
                                                  f.offset, ageing_from));
  report.count = page.first;
  report.rows = std::move(page.second);
  COLO_TRY(auto totals, tx.one("SELECT 0, '', " + sums + " FROM " + invoices + sql.where(), sql.params()));
  if (totals) {
    report.totals = ageing_from(*totals);
    report.totals.customer_name.clear();
  }
  return report;
}

Result<std::vector<StatementEntry>> account_entries(db::Tx& tx, std::int64_t customer_id, Date to) {
  return rows_of<StatementEntry>(tx, kAccountEntries, {customer_id, format_date(to)}, [](const db::Row& r) {
    db::Cursor c(r);
    StatementEntry e;
    e.date = date_of(c.text());
    e.kind = c.text();
    e.ref_id = c.int64();
    e.reference = c.text();
    e.debit_fen = c.int64();
    e.credit_fen = c.int64();
    c.finish();
    return e;
  });
}

Result<std::optional<std::pair<std::string, std::string>>> final_invoice(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one(kFinalInvoice, {contract_id}));
  if (!row) return std::optional<std::pair<std::string, std::string>>{};
  return std::optional<std::pair<std::string, std::string>>(std::pair{row->text(0), row->text(1)});
}

}  // namespace colo::billing::payments_store
