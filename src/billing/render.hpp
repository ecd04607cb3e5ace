// JSON of billing, written once as shapes (core/shape.hpp): the API's answers and their schemas.
#pragma once

#include "billing/model.hpp"
#include "billing/service.hpp"
#include "core/shape.hpp"

namespace colo::billing::render {

inline const shape::Values kCurrencies = {"CNY"};

template <typename W>
void buyer(W& w, const BuyerProfile& b) {
  w.field("name", b.name);
  w.field("taxpayer_id", b.taxpayer_id);
  w.field("address", b.address);
  w.field("phone", b.phone);
  w.field("bank_name", b.bank_name);
  w.field("bank_account", b.bank_account);
  w.field("invoice_email", b.invoice_email);
  w.field("fapiao_type", b.fapiao_type, kFapiaoTypes);
}

template <typename W>
void profile(W& w, const BuyerProfile& b) {
  w.field("customer_id", b.customer_id);
  buyer(w, b);
  w.field("updated_by", b.updated_by_name);
  w.field("updated_at", b.updated_at);
}

template <typename W>
void seller(W& w, const Seller& s) {
  w.field("name", s.name);
  w.field("taxpayer_id", s.taxpayer_id);
  w.field("address_phone", s.address_phone);
  w.field("bank_account", s.bank_account);
}

inline std::optional<std::string> opt_date(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return format_date(*d);
}

template <typename W>
void line(W& w, const InvoiceLine& l) {
  w.field("id", l.id);
  w.field("position", l.position);
  w.field("kind", l.kind, kLineKinds);
  w.field("line_key", l.line_key);
  w.field("service", l.service);
  w.field("catalogue_item", l.catalogue_item);
  w.field("description", l.description);
  w.field("unit", l.unit);
  w.field("quantity_milli", l.quantity_milli);
  w.field("unit_price_fen", l.unit_price_fen);
  w.field("period_start", opt_date(l.period_start));
  w.field("period_end", opt_date(l.period_end));
  w.field("days", l.days);
  w.field("period_days", l.period_days);
  w.field("amount_fen", l.amount_fen);
  w.field("tax_rate_bp", l.tax_rate_bp);
  w.field("tax_fen", l.tax_fen);
  w.field("total_fen", l.total_fen);
  w.field("credited_fen", l.credited_fen);
  w.field("original_line_id", l.original_line_id);
  w.field("pending_charge_id", l.pending_charge_id);
  w.field("note", l.note);
}

// An invoice as listed (no lines).
template <typename W>
void invoice(W& w, const Invoice& i) {
  w.field("id", i.id);
  w.field("number", i.number);
  w.field("kind", i.kind, kInvoiceKinds);
  shape::ref(w, "customer", i.customer_id, i.customer_name);
  w.object("contract", "InvoiceContractRef", [&] {
    w.field("id", i.contract_id);
    w.field("number", i.contract_number);
  });
  w.field("original_invoice_id", i.original_invoice_id);
  w.field("run_id", i.run_id);
  w.field("status", i.status, kInvoiceStates);
  w.field("is_final", i.is_final);
  w.field("issue_date", format_date(i.issue_date));
  w.field("due_date", format_date(i.due_date));
  w.field("period_start", format_date(i.period_start));
  w.field("period_end", format_date(i.period_end));
  w.field("currency", i.currency, kCurrencies);
  w.field("subtotal_fen", i.subtotal_fen);
  w.field("tax_fen", i.tax_fen);
  w.field("total_fen", i.total_fen);
  w.field("paid_fen", i.paid_fen);
  w.field("credited_fen", i.credited_fen);
  w.field("outstanding_fen", i.outstanding_fen());
  w.field("reason", i.reason);
  w.field("fapiao_number", i.fapiao_number);
  w.field("fapiao_recorded_at", i.fapiao_recorded_at);
  w.field("fapiao_recorded_by", i.fapiao_recorded_by_name);
  w.field("created_by", i.created_by_name);
  w.field("created_at", i.created_at);
}

inline const shape::Values kInvoiceActions = {"credit_note", "record_fapiao"};

template <typename W>
void detail(W& w, const InvoiceDetail& d) {
  invoice(w, d.invoice);
  w.object("buyer", "InvoiceBuyer", [&] { buyer(w, d.invoice.buyer); });
  w.object("seller", "InvoiceSeller", [&] { seller(w, d.invoice.seller); });
  w.array("lines", "InvoiceLine", d.invoice.lines, [&](const InvoiceLine& l) { line(w, l); });
  w.array("credit_notes", "Invoice", d.credit_notes, [&](const Invoice& i) { invoice(w, i); });
  w.nullable_object("original", "Invoice", d.original, [&](const Invoice& i) { invoice(w, i); });
  w.field("overdue", d.overdue);
  w.strings("actions", d.actions, kInvoiceActions);
}

template <typename W>
void run(W& w, const Run& r) {
  w.field("id", r.id);
  w.field("run_date", format_date(r.run_date));
  w.field("status", r.status, kRunStates);
  w.field("origin", r.origin, kRunOrigins);
  w.field("contracts_seen", r.contracts_seen);
  w.field("contracts_billed", r.contracts_billed);
  w.field("invoices", r.invoices);
  w.field("credit_notes", r.credit_notes);
  w.field("total_fen", r.total_fen);
  w.field("last_contract_id", r.last_contract_id);
  w.strings("notes", r.notes);
  w.strings("errors", r.errors);
  w.field("started_by", r.started_by_name);
  w.field("started_at", r.started_at);
  w.field("finished_at", r.finished_at);
}

template <typename W>
void contract_bill(W& w, const ContractBill& b) {
  w.object("contract", "InvoiceContractRef", [&] {
    w.field("id", b.contract_id);
    w.field("number", b.contract_number);
  });
  shape::ref(w, "customer", b.customer_id, b.customer_name);
  w.field("kind", b.kind, kInvoiceKinds);
  w.field("is_final", b.is_final);
  w.array("lines", "InvoiceLine", b.lines, [&](const InvoiceLine& l) { line(w, l); });
  w.field("subtotal_fen", b.subtotal_fen);
  w.field("tax_fen", b.tax_fen);
  w.field("total_fen", b.total_fen);
  w.strings("notes", b.notes);
}

template <typename W>
void preview(W& w, const Preview& p) {
  w.field("date", format_date(p.date));
  w.field("count", p.count);
  w.field("total_fen", p.total_fen);
  w.array("contracts", "ContractBill", p.contracts, [&](const ContractBill& b) { contract_bill(w, b); });
  w.strings("notes", p.notes);
  w.strings("errors", p.errors);
}

}  // namespace colo::billing::render
