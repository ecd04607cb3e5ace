// GET /api/v1/billing/invoices/{id}/pdf: an invoice or credit note as the Chinese (or English)
// statement-style PDF of src/documents, in the reader's language (R8.2.2).
#include <cstdio>

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

}  // namespace

void add_pdf_routes(http::Router& router, Service& svc) {
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
