// Invoices, credit notes and their lines; numbers; buyer profiles.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <span>

#include "billing/lists.hpp"
#include "billing/store.hpp"
#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "db/tenant.hpp"

namespace colo::billing::store {

// Declared in billing/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kInvoiceList{.search = {"i.number", "i.customer_name", "i.contract_number"},
                                .sorts = {{"id", "i.id"},
                                          {"number", "i.number"},
                                          {"issue_date", "i.issue_date"},
                                          {"due_date", "i.due_date"},
                                          {"total", "i.total_fen"},
                                          {"outstanding", "i.total_fen - i.paid_fen - i.credited_fen"},
                                          {"customer", "i.customer_name"},
                                          {"status", "i.status"}},
                                .default_order = "i.id DESC",
                                .tiebreak = "i.id",
                                .tenant_column = "i.customer_id"};

namespace {

constexpr std::string_view kNextNumber =
    "INSERT INTO billing_numbers (series, year, last_value) VALUES ($1, $2, 1) "
    "ON CONFLICT (series, year) DO UPDATE SET last_value = billing_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kReserveNumbers =
    "INSERT INTO billing_numbers (series, year, last_value) VALUES ($1, $2, $3) "
    "ON CONFLICT (series, year) DO UPDATE SET last_value = billing_numbers.last_value + $3 RETURNING last_value";

// Followed by one "($1, ..., $26)" per invoice; the ids come back with the numbers, which are
// unique, since neither engine promises RETURNING's rows in the order of VALUES.
constexpr std::string_view kInsertInvoices =
    "INSERT INTO billing_invoices (number, kind, customer_id, customer_name, contract_id, contract_number, "
    "original_invoice_id, run_id, status, is_final, issue_date, due_date, period_start, period_end, currency, "
    "subtotal_fen, tax_fen, total_fen, paid_fen, credited_fen, reason, buyer, seller, created_by_name, created_at, "
    "updated_at) VALUES ";
constexpr std::size_t kInvoiceColumnsCount = 26;
constexpr std::string_view kInsertInvoicesReturning = " RETURNING id, number";

// Followed by one "($1, ..., $21)" per line; the ids come back with (invoice, position).
constexpr std::string_view kInsertLines =
    "INSERT INTO billing_invoice_lines (invoice_id, position, kind, line_key, service, catalogue_item, description, "
    "unit, quantity_milli, unit_price_fen, period_start, period_end, days, period_days, amount_fen, tax_rate_bp, "
    "tax_fen, total_fen, original_line_id, pending_charge_id, note) VALUES ";
constexpr std::size_t kLineColumnsCount = 21;
constexpr std::string_view kInsertLinesReturning = " RETURNING id, invoice_id, position";

constexpr std::string_view kInvoiceColumns =
    "SELECT i.id, i.number, i.kind, i.customer_id, i.customer_name, i.contract_id, i.contract_number, "
    "i.original_invoice_id, i.run_id, i.status, i.is_final, i.issue_date, i.due_date, i.period_start, i.period_end, "
    "i.currency, i.subtotal_fen, i.tax_fen, i.total_fen, i.paid_fen, i.credited_fen, i.reason, i.buyer, i.seller, "
    "i.fapiao_number, i.fapiao_recorded_at, i.fapiao_recorded_by_name, i.created_by_name, i.created_at, "
    "i.updated_at FROM billing_invoices i ";

constexpr std::string_view kLineColumns =
    "SELECT l.id, l.invoice_id, l.position, l.kind, l.line_key, l.service, l.catalogue_item, l.description, l.unit, "
    "l.quantity_milli, l.unit_price_fen, l.period_start, l.period_end, l.days, l.period_days, l.amount_fen, "
    "l.tax_rate_bp, l.tax_fen, l.total_fen, l.credited_fen, l.original_line_id, l.pending_charge_id, l.note "
    "FROM billing_invoice_lines l ";

constexpr std::string_view kUpdatePaid =
    "UPDATE billing_invoices SET paid_fen = $2, status = $3, updated_at = $4 WHERE id = $1";
constexpr std::string_view kUpdateCredited =
    "UPDATE billing_invoices SET credited_fen = $2, status = $3, updated_at = $4 WHERE id = $1";
constexpr std::string_view kUpdateLineCredited = "UPDATE billing_invoice_lines SET credited_fen = $2 WHERE id = $1";
constexpr std::string_view kRecordFapiao =
    "UPDATE billing_invoices SET fapiao_number = $2, fapiao_recorded_by_name = $3, fapiao_recorded_at = $4, "
    "updated_at = $4 WHERE id = $1 AND fapiao_number IS NULL";
constexpr std::string_view kHasFinal = "SELECT 1 FROM billing_invoices WHERE contract_id = $1 AND is_final = 1 LIMIT 1";

constexpr std::string_view kInsertPending =
    "INSERT INTO billing_pending_charges (customer_id, contract_id, kind, description, quantity_milli, unit, "
    "unit_price_fen, amount_fen, tax_rate_bp, source_type, source_id, created_by_name, created_at) VALUES ($1, $2, "
    "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kPendingColumns =
    "SELECT id, customer_id, contract_id, kind, description, quantity_milli, unit, unit_price_fen, amount_fen, "
    "tax_rate_bp, source_type, source_id, created_by_name, created_at, invoice_id, invoice_line_id, cancelled_at "
    "FROM billing_pending_charges ";
constexpr std::string_view kMarkPendingBilled =
    "UPDATE billing_pending_charges SET invoice_id = $2, invoice_line_id = $3 WHERE id = $1 AND invoice_id IS NULL";

constexpr std::string_view kFindProfile =
    "SELECT customer_id, name, taxpayer_id, address, phone, bank_name, bank_account, invoice_email, fapiao_type, "
    "updated_by_name, updated_at FROM billing_profiles WHERE customer_id = $1";
constexpr std::string_view kUpsertProfile =
    "INSERT INTO billing_profiles (customer_id, name, taxpayer_id, address, phone, bank_name, bank_account, "
    "invoice_email, fapiao_type, updated_by_name, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
    "ON CONFLICT (customer_id) DO UPDATE SET name = $2, taxpayer_id = $3, address = $4, phone = $5, bank_name = $6, "
    "bank_account = $7, invoice_email = $8, fapiao_type = $9, updated_by_name = $10, updated_at = $11";

Result<Date> date_of(const std::string& s) {
  auto d = parse_date(s);
  if (!d) return Error::internal("stored date is malformed: " + s);
  return *d;
}

std::optional<Date> opt_date(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return parse_date(*s);
}

std::string text_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

BuyerProfile buyer_from_json(const std::string& s) {
  BuyerProfile b;
  auto v = json::parse(s);
  if (!v.is_object()) return b;
  const auto& o = v.as_object();
  b.name = text_of(o, "name");
  b.taxpayer_id = text_of(o, "taxpayer_id");
  b.address = text_of(o, "address");
  b.phone = text_of(o, "phone");
  b.bank_name = text_of(o, "bank_name");
  b.bank_account = text_of(o, "bank_account");
  b.invoice_email = text_of(o, "invoice_email");
  b.fapiao_type = text_of(o, "fapiao_type");
  return b;
}

std::string buyer_json(const BuyerProfile& b) {
  return to_json(json::object{{"name", b.name},
                              {"taxpayer_id", b.taxpayer_id},
                              {"address", b.address},
                              {"phone", b.phone},
                              {"bank_name", b.bank_name},
                              {"bank_account", b.bank_account},
                              {"invoice_email", b.invoice_email},
                              {"fapiao_type", b.fapiao_type}});
}

Seller seller_from_json(const std::string& s) {
  Seller out;
  auto v = json::parse(s);
  if (!v.is_object()) return out;
  const auto& o = v.as_object();
  out.name = text_of(o, "name");
  out.taxpayer_id = text_of(o, "taxpayer_id");
  out.address_phone = text_of(o, "address_phone");
  out.bank_account = text_of(o, "bank_account");
  return out;
}

std::string seller_json(const Seller& s) {
  return to_json(json::object{{"name", s.name},
                              {"taxpayer_id", s.taxpayer_id},
                              {"address_phone", s.address_phone},
                              {"bank_account", s.bank_account}});
}

Result<Invoice> invoice_of(const db::Row& r) {
  db::Cursor c(r);
  Invoice i;
  i.id = c.int64();
  i.number = c.text();
  i.kind = c.text();
  i.customer_id = c.int64();
  i.customer_name = c.text();
  i.contract_id = c.int64();
  i.contract_number = c.text();
  i.original_invoice_id = c.opt_int64();
  i.run_id = c.opt_int64();
  i.status = c.text();
  i.is_final = c.boolean();
  COLO_TRY(i.issue_date, date_of(c.text()));
  COLO_TRY(i.due_date, date_of(c.text()));
  COLO_TRY(i.period_start, date_of(c.text()));
  COLO_TRY(i.period_end, date_of(c.text()));
  i.currency = c.text();
  i.subtotal_fen = c.int64();
  i.tax_fen = c.int64();
  i.total_fen = c.int64();
  i.paid_fen = c.int64();
  i.credited_fen = c.int64();
  i.reason = c.text();
  i.buyer = buyer_from_json(c.text());
  i.buyer.customer_id = i.customer_id;
  i.seller = seller_from_json(c.text());
  i.fapiao_number = c.opt_text();
  i.fapiao_recorded_at = c.opt_text();
  i.fapiao_recorded_by_name = c.opt_text();
  i.created_by_name = c.text();
  i.created_at = c.text();
  i.updated_at = c.text();
  c.finish();
  return i;
}

InvoiceLine line_of(const db::Row& r) {
  db::Cursor c(r);
  InvoiceLine l;
  l.id = c.int64();
  l.invoice_id = c.int64();
  l.position = c.int32();
  l.kind = c.text();
  l.line_key = c.text();
  l.service = c.text();
  l.catalogue_item = c.opt_text();
  l.description = c.text();
  l.unit = c.text();
  l.quantity_milli = c.int64();
  l.unit_price_fen = c.int64();
  l.period_start = opt_date(c.opt_text());
  l.period_end = opt_date(c.opt_text());
  l.days = c.opt_int32();
  l.period_days = c.opt_int32();
  l.amount_fen = c.int64();
  l.tax_rate_bp = c.int32();
  l.tax_fen = c.int64();
  l.total_fen = c.int64();
  l.credited_fen = c.int64();
  l.original_line_id = c.opt_int64();
  l.pending_charge_id = c.opt_int64();
  l.note = c.text();
  c.finish();
  return l;
}

PendingCharge pending_of(const db::Row& r) {
  db::Cursor c(r);
  PendingCharge p;
  p.id = c.int64();
  p.customer_id = c.int64();
  p.contract_id = c.int64();
  p.kind = c.text();
  p.description = c.text();
  p.quantity_milli = c.int64();
  p.unit = c.text();
  p.unit_price_fen = c.opt_int64();
  p.amount_fen = c.int64();
  p.tax_rate_bp = c.int32();
  p.source_type = c.text();
  p.source_id = c.opt_int64();
  p.created_by_name = c.text();
  p.created_at = c.text();
  p.invoice_id = c.opt_int64();
  p.invoice_line_id = c.opt_int64();
  p.cancelled_at = c.opt_text();
  c.finish();
  return p;
}

// "($n+1, ..., $n+columns)", after a comma unless it is the statement's first row.
std::string values_tuple(bool first, std::size_t n, std::size_t columns) {
  std::string t = first ? "(" : ", (";
  for (std::size_t c = 1; c <= columns; ++c) t += "$" + std::to_string(n + c) + (c < columns ? ", " : ")");
  return t;
}

db::Value opt_date_value(const std::optional<Date>& d) {
  if (!d) return {};
  return format_date(*d);
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, const std::string& series, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {series, year}));
  if (!row) return Error::internal("billing_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> reserve_numbers(db::Tx& tx, const std::string& series, int year, std::int64_t count) {
  COLO_TRY(auto row, tx.one(kReserveNumbers, {series, year, count}));
  if (!row) return Error::internal("billing_numbers: no value returned");
  return row->int64(0);
}

Status insert_invoice(db::Tx& tx, Invoice& i) { return insert_invoices(tx, std::span<Invoice>(&i, 1)); }

Status insert_invoices(db::Tx& tx, std::span<Invoice> invoices) {
  std::map<std::string, Invoice*, std::less<>> by_number;
  for (std::size_t start = 0; start < invoices.size(); start += kMaxParams / kInvoiceColumnsCount) {
    const auto end = std::min(invoices.size(), start + kMaxParams / kInvoiceColumnsCount);
    std::string sql(kInsertInvoices);
    db::Params params;
    params.reserve((end - start) * kInvoiceColumnsCount);
    for (std::size_t k = start; k < end; ++k) {
      const auto& i = invoices[k];
      sql += values_tuple(k == start, params.size(), kInvoiceColumnsCount);
      params.insert(params.end(), {i.number,
                                   i.kind,
                                   i.customer_id,
                                   i.customer_name,
                                   i.contract_id,
                                   i.contract_number,
                                   i.original_invoice_id,
                                   i.run_id,
                                   i.status,
                                   i.is_final,
                                   format_date(i.issue_date),
                                   format_date(i.due_date),
                                   format_date(i.period_start),
                                   format_date(i.period_end),
                                   i.currency,
                                   i.subtotal_fen,
                                   i.tax_fen,
                                   i.total_fen,
                                   std::int64_t{0},
                                   std::int64_t{0},
                                   i.reason,
                                   buyer_json(i.buyer),
                                   seller_json(i.seller),
                                   i.created_by_name,
                                   i.created_at,
                                   i.created_at});
      by_number[invoices[k].number] = &invoices[k];
    }
    sql += kInsertInvoicesReturning;
    COLO_TRY(auto ids, tx.query(sql, params));
    if (ids.rows.size() != end - start) return Error::internal("billing_invoices: ids not returned");
    for (const auto& r : ids.rows) {
      auto it = by_number.find(r.text(1));
      if (it == by_number.end()) return Error::internal("billing_invoices: unknown number returned");
      it->second->id = r.int64(0);
    }
  }

  // Every line of every invoice in as few statements as the parameter limit allows: the billing
  // run writes a hundred thousand invoices at a time.
  std::vector<InvoiceLine*> lines;
  for (auto& i : invoices)
    for (auto& l : i.lines) {
      l.invoice_id = i.id;
      lines.push_back(&l);
    }
  std::map<std::pair<std::int64_t, int>, InvoiceLine*> by_position;
  for (auto* l : lines) by_position[{l->invoice_id, l->position}] = l;
  for (std::size_t start = 0; start < lines.size(); start += kMaxParams / kLineColumnsCount) {
    const auto end = std::min(lines.size(), start + kMaxParams / kLineColumnsCount);
    std::string sql(kInsertLines);
    db::Params params;
    params.reserve((end - start) * kLineColumnsCount);
    for (std::size_t k = start; k < end; ++k) {
      const auto& l = *lines[k];
      sql += values_tuple(k == start, params.size(), kLineColumnsCount);
      params.insert(params.end(), {l.invoice_id,
                                   l.position,
                                   l.kind,
                                   l.line_key,
                                   l.service,
                                   l.catalogue_item,
                                   l.description,
                                   l.unit,
                                   l.quantity_milli,
                                   l.unit_price_fen,
                                   opt_date_value(l.period_start),
                                   opt_date_value(l.period_end),
                                   l.days,
                                   l.period_days,
                                   l.amount_fen,
                                   l.tax_rate_bp,
                                   l.tax_fen,
                                   l.total_fen,
                                   l.original_line_id,
                                   l.pending_charge_id,
                                   l.note});
    }
    sql += kInsertLinesReturning;
    COLO_TRY(auto ids, tx.query(sql, params));
    if (ids.rows.size() != end - start) return Error::internal("billing_invoice_lines: ids not returned");
    for (const auto& r : ids.rows) {
      auto it = by_position.find({r.int64(1), static_cast<int>(r.int64(2))});
      if (it == by_position.end()) return Error::internal("billing_invoice_lines: unknown line returned");
      it->second->id = r.int64(0);
    }
  }
  return {};
}

Result<std::optional<Invoice>> find_invoice(db::Tx& tx, const Context& ctx, std::int64_t id) {
  db::Params params{id};
  const auto tenant = db::tenant_filter(ctx, "i.customer_id", params);
  COLO_TRY(auto row, tx.one(std::string(kInvoiceColumns) + "WHERE i.id = $1" + tenant, params));
  if (!row) return std::optional<Invoice>{};
  COLO_TRY(auto inv, invoice_of(*row));
  return std::optional<Invoice>{std::move(inv)};
}

Result<std::optional<Invoice>> find_invoice(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kInvoiceColumns) + "WHERE i.id = $1", {id}));
  if (!row) return std::optional<Invoice>{};
  COLO_TRY(auto inv, invoice_of(*row));
  return std::optional<Invoice>{std::move(inv)};
}

Result<std::vector<InvoiceLine>> invoice_lines(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto res, tx.query(std::string(kLineColumns) + "WHERE l.invoice_id = $1 ORDER BY l.position", {invoice_id}));
  std::vector<InvoiceLine> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(line_of(r));
  return out;
}

Result<std::pair<std::int64_t, std::vector<Invoice>>> list_invoices(db::Tx& tx, const Context& ctx,
                                                                    const InvoiceFilter& f, Date today) {
  db::ListSql sql(kInvoiceList);
  sql.tenant(ctx);
  if (f.customer) sql.add("i.customer_id = ?", *f.customer);
  if (f.contract) sql.add("i.contract_id = ?", *f.contract);
  if (f.status) sql.add("i.status = ?", *f.status);
  if (f.kind) sql.add("i.kind = ?", *f.kind);
  if (f.overdue) {
    // Overdue: an invoice with something left to pay after its due date.
    if (*f.overdue) {
      sql.raw("i.kind = 'invoice' AND i.total_fen - i.paid_fen - i.credited_fen > 0");
      sql.add("i.due_date < ?", format_date(today));
    } else {
      sql.add("NOT (i.kind = 'invoice' AND i.total_fen - i.paid_fen - i.credited_fen > 0 AND i.due_date < ?)",
              format_date(today));
    }
  }
  if (f.issued_from) sql.add("i.issue_date >= ?", format_date(*f.issued_from));
  if (f.issued_to) sql.add("i.issue_date <= ?", format_date(*f.issued_to));
  sql.search(f.q);
  return db::list_page<Invoice>(tx, sql, "SELECT COUNT(*) FROM billing_invoices i", kInvoiceColumns, f.sort, f.limit,
                                f.offset, invoice_of);
}

Result<std::vector<Invoice>> credit_notes_of(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto res,
           tx.query(std::string(kInvoiceColumns) + "WHERE i.original_invoice_id = $1 ORDER BY i.id", {invoice_id}));
  std::vector<Invoice> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto i, invoice_of(r));
    out.push_back(std::move(i));
  }
  return out;
}

Status update_paid(db::Tx& tx, std::int64_t id, std::int64_t paid_fen, const std::string& status,
                   const std::string& now) {
  COLO_CHECK(tx.exec(kUpdatePaid, {id, paid_fen, status, now}));
  return {};
}

Status update_credited(db::Tx& tx, const Invoice& invoice, const std::map<std::int64_t, std::int64_t>& line_credits,
                       const std::string& now) {
  COLO_CHECK(tx.exec(kUpdateCredited, {invoice.id, invoice.credited_fen, invoice.status, now}));
  for (const auto& [line_id, credited] : line_credits) COLO_CHECK(tx.exec(kUpdateLineCredited, {line_id, credited}));
  return {};
}

Result<bool> record_fapiao(db::Tx& tx, std::int64_t id, const std::string& number, const std::string& by,
                           const std::string& now) {
  COLO_TRY(auto n, tx.exec(kRecordFapiao, {id, number, by, now}));
  return n == 1;
}

Result<bool> has_final_invoice(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one(kHasFinal, {contract_id}));
  return row.has_value();
}

Result<std::int64_t> insert_pending_charge(db::Tx& tx, const PendingCharge& c) {
  return tx.insert(kInsertPending,
                   {c.customer_id, c.contract_id, c.kind, c.description, c.quantity_milli, c.unit, c.unit_price_fen,
                    c.amount_fen, c.tax_rate_bp, c.source_type, c.source_id, c.created_by_name, c.created_at});
}

Result<std::vector<PendingCharge>> open_pending_charges(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query(std::string(kPendingColumns) +
                                  "WHERE contract_id = $1 AND invoice_id IS NULL AND cancelled_at IS NULL ORDER BY id",
                              {contract_id}));
  std::vector<PendingCharge> out;
  for (const auto& r : res.rows) out.push_back(pending_of(r));
  return out;
}

Result<std::vector<PendingCharge>> open_pending_charges_between(db::Tx& tx, std::int64_t first, std::int64_t last) {
  COLO_TRY(auto res, tx.query(std::string(kPendingColumns) +
                                  "WHERE contract_id >= $1 AND contract_id <= $2 AND invoice_id IS NULL AND "
                                  "cancelled_at IS NULL ORDER BY contract_id, id",
                              {first, last}));
  std::vector<PendingCharge> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(pending_of(r));
  return out;
}

Result<std::vector<PendingCharge>> pending_charges(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query(std::string(kPendingColumns) + "WHERE contract_id = $1 ORDER BY id", {contract_id}));
  std::vector<PendingCharge> out;
  for (const auto& r : res.rows) out.push_back(pending_of(r));
  return out;
}

Status mark_pending_billed(db::Tx& tx, std::int64_t charge_id, std::int64_t invoice_id, std::int64_t line_id) {
  COLO_TRY(auto n, tx.exec(kMarkPendingBilled, {charge_id, invoice_id, line_id}));
  if (n != 1) return Error::conflict("billing.pending_charge.billed", "The charge is already on an invoice.");
  return {};
}

Result<std::optional<BuyerProfile>> find_profile(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto row, tx.one(kFindProfile, {customer_id}));
  if (!row) return std::optional<BuyerProfile>{};
  db::Cursor c(*row);
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
  p.updated_by_name = c.text();
  p.updated_at = c.text();
  c.finish();
  return std::optional<BuyerProfile>{std::move(p)};
}

Status upsert_profile(db::Tx& tx, const BuyerProfile& p) {
  COLO_CHECK(
      tx.exec(kUpsertProfile, {p.customer_id, p.name, p.taxpayer_id, p.address, p.phone, p.bank_name, p.bank_account,
                               p.invoice_email, p.fapiao_type, p.updated_by_name, p.updated_at}));
  return {};
}

}  // namespace colo::billing::store
