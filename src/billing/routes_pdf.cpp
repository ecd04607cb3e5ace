// GET /api/v1/billing/invoices/{id}/pdf: an invoice or credit note as the Chinese (or English)
// statement-style PDF of src/documents, in the reader's language (R8.2.2); and
// GET /api/v1/billing/customers/{id}/statement/pdf: a customer's monthly statement of account.
#include <algorithm>
#include <cstdio>

#include "billing/payments.hpp"
#include "billing/routes.hpp"
#include "billing/service.hpp"
#include "documents/pdf.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "i18n/catalogue.hpp"

namespace colo::billing {

namespace {

// 95.370 -> "95.37", 8.000 -> "8": a measured quantity with the decimals it has.
std::string quantity_text(std::int64_t milli) {
  const bool negative = milli < 0;
  const auto v = negative ? -milli : milli;
  std::string s = std::to_string(v / 1000);
  if (auto frac = v % 1000; frac != 0) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(frac));
    std::string f(buf);
    while (f.back() == '0') f.pop_back();
    s += f;
  }
  return negative ? "-" + s : s;
}

documents::Party party(const std::string& name, const std::string& tax_id, const std::string& address_phone,
                       const std::string& bank_account) {
  return {name, tax_id, address_phone, bank_account};
}

documents::Invoice document_of(const InvoiceDetail& d, const std::string& lang) {
  const Invoice& inv = d.invoice;
  documents::Invoice doc;
  doc.language = lang;
  doc.kind = inv.kind == "credit_note" ? documents::InvoiceKind::credit_note : documents::InvoiceKind::invoice;
  doc.number = inv.number;
  doc.issue_date = inv.issue_date;
  doc.due_date = inv.due_date;
  doc.period_from = inv.period_start;
  doc.period_to = inv.period_end;
  doc.contract_number = inv.contract_number;
  if (d.original) doc.original_invoice = d.original->number;
  doc.seller = party(inv.seller.name, inv.seller.taxpayer_id, inv.seller.address_phone, inv.seller.bank_account);
  const auto& b = inv.buyer;
  doc.buyer = party(b.name.empty() ? inv.customer_name : b.name, b.taxpayer_id,
                    b.address + (b.address.empty() || b.phone.empty() ? "" : " ") + b.phone,
                    b.bank_name + (b.bank_name.empty() || b.bank_account.empty() ? "" : " ") + b.bank_account);
  for (const auto& l : inv.lines) {
    documents::InvoiceLine line;
    line.description = l.description;
    line.unit = i18n::render_or(lang, "unit." + l.unit, {}, l.unit);
    line.quantity = quantity_text(l.quantity_milli);
    line.unit_price = l.unit_price_fen;
    line.amount = l.amount_fen;
    line.tax_rate_bp = l.tax_rate_bp;
    line.tax = l.tax_fen;
    line.total = l.total_fen;
    doc.lines.push_back(std::move(line));
  }
  doc.total_amount = inv.subtotal_fen;
  doc.total_tax = inv.tax_fen;
  doc.total = inv.total_fen;
  doc.paid = inv.paid_fen + inv.credited_fen;
  doc.due = inv.kind == "credit_note" ? 0 : inv.outstanding_fen();
  if (inv.kind == "credit_note" && !inv.reason.empty()) doc.remarks.push_back(inv.reason);
  if (inv.kind != "credit_note") {
    if (inv.outstanding_fen() <= 0 && inv.total_fen > 0)
      doc.stamp = documents::Stamp::paid;
    else if (d.overdue)
      doc.stamp = documents::Stamp::overdue;
  }
  return doc;
}

// Every kind of movement payments' statement knows has its own printed label; a kind added
// there later prints as an adjustment rather than failing the document.
documents::StatementEntryKind entry_kind(const std::string& kind) {
  using K = documents::StatementEntryKind;
  static const std::vector<std::pair<std::string, K>> kinds = {{"invoice", K::invoice},
                                                               {"credit_note", K::credit_note},
                                                               {"payment", K::payment},
                                                               {"reversal", K::reversal},
                                                               {"refund", K::refund},
                                                               {"deposit_taken", K::deposit_taken},
                                                               {"deposit_offset", K::deposit_offset},
                                                               {"penalty", K::penalty}};
  for (const auto& [name, k] : kinds)
    if (name == kind) return k;
  return K::adjustment;
}

documents::Statement statement_document(const Statement& s, const std::optional<BuyerProfile>& profile,
                                        const Seller& seller, const AgeingRow& ageing, Date issued,
                                        const std::string& lang) {
  documents::Statement doc;
  doc.language = lang;
  doc.issue_date = issued;
  doc.period_from = s.from;
  doc.period_to = s.to;
  doc.seller = party(seller.name, seller.taxpayer_id, seller.address_phone, seller.bank_account);
  doc.customer.name = profile && !profile->name.empty() ? profile->name : s.customer_name;
  if (profile) {
    doc.customer.tax_id = profile->taxpayer_id;
    doc.customer.address_and_phone =
        profile->address + (profile->address.empty() || profile->phone.empty() ? "" : " ") + profile->phone;
    doc.customer.bank_and_account = profile->bank_name +
                                    (profile->bank_name.empty() || profile->bank_account.empty() ? "" : " ") +
                                    profile->bank_account;
  }
  doc.opening_balance = s.opening_fen;
  for (const auto& e : s.entries)
    doc.entries.push_back({e.date, entry_kind(e.kind), e.reference, "", e.debit_fen, e.credit_fen});
  doc.ageing = {ageing.current_fen, ageing.d1_30_fen, ageing.d31_60_fen, ageing.d61_90_fen, ageing.d90_plus_fen};
  return doc;
}

// "2026-11" -> 2026-11-01 .. 2026-11-30; nothing for anything else.
std::optional<std::pair<Date, Date>> month_of(const std::string& month) {
  if (month.size() != 7 || month[4] != '-') return std::nullopt;
  auto first = parse_date(month + "-01");
  if (!first) return std::nullopt;
  return std::pair{*first, add_days(add_months(*first, 1), -1)};
}

std::string reader_language(const http::Request& req, const std::optional<std::string>& asked) {
  return asked ? *asked : req.lang;
}

}  // namespace

void add_pdf_routes(http::Router& router, Service& svc, PaymentsService& payments) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/billing/customers/{id}/statement/pdf",
       .handler =
           [&svc, &payments](http::Request& req) {
             const auto id = http::id_param(req);
             http::QueryReader q(req);
             auto month = q.string("month", 7);
             auto lang = q.choice("lang", {"zh-CN", "en-US"});
             std::optional<std::pair<Date, Date>> period;
             if (month) {
               period = month_of(*month);
               if (!period) q.error("month", "invalid", "Expected a month as YYYY-MM.");
             }
             q.finish();
             const auto& ctx = http::context_of(req);
             const Date today = payments.today();
             if (!period) period = month_of(format_date(today).substr(0, 7));
             auto s = payments.statement(ctx, id, period->first, period->second).take();
             AgeingFilter f;
             f.as_of = std::min(period->second, today);
             f.customer_id = id;
             f.limit = 1;
             auto ageing = payments.ageing(ctx, f).take();
             auto profile = svc.profile(ctx, id).take();
             auto pdf = documents::render_pdf(statement_document(s, profile, svc.settings().seller,
                                                                 ageing.rows.empty() ? AgeingRow{} : ageing.rows[0],
                                                                 today, reader_language(req, lang)))
                            .take();
             const std::string file = "statement-" + format_date(period->first).substr(0, 7) + ".pdf";
             http::Response r;
             r.status = 200;
             r.body = std::move(pdf);
             r.set_header("Content-Type", "application/pdf");
             r.set_header("Content-Disposition", http::content_disposition("inline", file, file));
             r.set_header("Cache-Control", "private, no-store");
             return r;
           },
       .summary = "A customer's monthly statement of account as a PDF (对账单): opening balance, every movement, "
                  "closing balance and the ageing of what is owed, in the reader's language.",
       .tag = "billing",
       .permission = "billing.read",
       .query = {{"month", "string", "The month (YYYY-MM); default: the current month so far."},
                 {"lang", "string", "zh-CN or en-US (default: Accept-Language)"}},
       .response_type = "application/pdf"});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/billing/invoices/{id}/pdf",
       .handler =
           [&svc](http::Request& req) {
             auto d = svc.invoice(http::context_of(req), http::id_param(req)).take();
             // A link opened from the console names its language; otherwise Accept-Language.
             std::string lang = req.lang;
             if (auto q = req.query_param("lang"); q && (*q == "zh-CN" || *q == "en-US")) lang = *q;
             auto pdf = documents::render_pdf(document_of(d, lang)).take();
             http::Response r;
             r.status = 200;
             r.body = std::move(pdf);
             r.set_header("Content-Type", "application/pdf");
             r.set_header("Content-Disposition",
                          http::content_disposition("inline", d.invoice.number + ".pdf", d.invoice.number + ".pdf"));
             r.set_header("Cache-Control", "private, no-store");
             return r;
           },
       .summary = "The invoice or credit note as a PDF statement in the reader's language (lang=zh-CN|en-US, else "
                  "Accept-Language).",

       .tag = "billing",
       .permission = "billing.read",
       .query = {{"lang", "string", "zh-CN or en-US (default: Accept-Language)"}},
       .response_type = "application/pdf"});
}

}  // namespace colo::billing
