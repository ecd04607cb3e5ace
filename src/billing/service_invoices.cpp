// Invoices as read, credit notes (the only correction of an issued invoice), the fapiao number,
// and customers' buyer details.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>

#include "audit/audit.hpp"
#include "billing/ledger.hpp"
#include "billing/periods.hpp"
#include "billing/service.hpp"
#include "billing/store.hpp"
#include "billing/taxpayer_id.hpp"

namespace colo::billing {

namespace json = boost::json;

namespace {

bool overdue(const Invoice& inv, Date today) {
  return inv.kind == "invoice" && inv.outstanding_fen() > 0 && inv.due_date < today;
}

json::object audit_of(const Invoice& i) {
  return json::object{{"number", i.number},           {"kind", i.kind},
                      {"status", i.status},           {"total_fen", i.total_fen},
                      {"credited_fen", i.credited_fen}, {"paid_fen", i.paid_fen},
                      {"fapiao_number", i.fapiao_number ? json::value(*i.fapiao_number) : json::value(nullptr)}};
}

json::object audit_of(const BuyerProfile& p) {
  return json::object{{"name", p.name},
                      {"taxpayer_id", p.taxpayer_id},
                      {"address", p.address},
                      {"phone", p.phone},
                      {"bank_name", p.bank_name},
                      {"bank_account", p.bank_account},
                      {"invoice_email", p.invoice_email},
                      {"fapiao_type", p.fapiao_type}};
}

std::string trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

Result<std::pair<std::int64_t, std::vector<Invoice>>> Service::invoices(const Context& ctx, const InvoiceFilter& f) {
  if (!ctx.can("billing.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_invoices(tx, ctx, f, clock_.today());
}

Result<InvoiceDetail> Service::detail(db::Tx& tx, const Context& ctx, Invoice inv) {
  InvoiceDetail d;
  COLO_TRY(inv.lines, store::invoice_lines(tx, inv.id));
  if (inv.kind == "invoice") {
    COLO_TRY(d.credit_notes, store::credit_notes_of(tx, inv.id));
  } else if (inv.original_invoice_id) {
    COLO_TRY(auto orig, store::find_invoice(tx, ctx, *inv.original_invoice_id));
    d.original = std::move(orig);
  }
  d.overdue = overdue(inv, clock_.today());
  if (ctx.can("billing.write") && !ctx.tenant()) {
    if (inv.kind == "invoice" && inv.total_fen - inv.credited_fen > 0) d.actions.push_back("credit_note");
    if (!inv.fapiao_number) d.actions.push_back("record_fapiao");
  }
  d.invoice = std::move(inv);
  return d;
}

Result<InvoiceDetail> Service::invoice(const Context& ctx, std::int64_t id) {
  if (!ctx.can("billing.read")) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto inv, store::find_invoice(tx, ctx, id));
  if (!inv) return Error::not_found("Invoice");
  return detail(tx, ctx, std::move(*inv));
}

Result<InvoiceDetail> Service::credit_note(const Context& ctx, std::int64_t invoice_id, const CreditNoteInput& in) {
  if (!ctx.can("billing.write") || ctx.tenant()) return Error::forbidden();
  const auto reason = trimmed(in.reason);
  std::vector<FieldError> errors;
  if (reason.empty()) errors.push_back({"reason", "required", "A credit note needs a reason."});
  if (in.lines.empty() == !in.amount_fen)
    errors.push_back({"amount_fen", "billing.credit_note.lines_or_amount", "Give either lines or an amount."});
  if (in.amount_fen && *in.amount_fen <= 0)
    errors.push_back({"amount_fen", "billing.credit_note.positive", "The amount must be above zero."});
  for (std::size_t i = 0; i < in.lines.size(); ++i)
    if (in.lines[i].amount_fen <= 0)
      errors.push_back({"lines[" + std::to_string(i) + "].amount_fen", "billing.credit_note.positive",
                        "The amount must be above zero."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_invoice(tx, ctx, invoice_id));
  if (!found) return Error::not_found("Invoice");
  auto orig = std::move(*found);
  if (orig.kind != "invoice")
    return Error::conflict("billing.credit_note.of_credit_note", "A credit note cannot be credited.");
  COLO_TRY(orig.lines, store::invoice_lines(tx, orig.id));

  // What each original line can still give back, before tax.
  std::map<std::int64_t, std::int64_t> credit;  // line id -> amount before tax credited now
  auto left_of = [&](const InvoiceLine& l) { return l.amount_fen - l.credited_fen; };
  if (!in.lines.empty()) {
    for (std::size_t i = 0; i < in.lines.size(); ++i) {
      const auto& cl = in.lines[i];
      auto it = std::find_if(orig.lines.begin(), orig.lines.end(), [&](const auto& l) { return l.id == cl.line_id; });
      const auto field = "lines[" + std::to_string(i) + "]";
      if (it == orig.lines.end()) {
        errors.push_back({field + ".line_id", "billing.credit_note.unknown_line", "Not a line of this invoice."});
        continue;
      }
      if (credit[cl.line_id] + cl.amount_fen > left_of(*it))
        errors.push_back({field + ".amount_fen", "billing.credit_note.line_exceeded",
                          "More than is left un-credited on the line."});
      credit[cl.line_id] += cl.amount_fen;
    }
    if (!errors.empty())
      return Error::unprocessable("billing.credit_note.invalid", "The credit note is not valid.", std::move(errors));
  } else {
    // An amount including tax, taken from the last line backwards. A part of a line is turned
    // back into its amount before tax, so the credit note's total may differ from the amount asked
    // for by the fen that per-line tax rounding leaves.
    std::int64_t can = 0;
    for (const auto& l : orig.lines)
      if (left_of(l) > 0) can += left_of(l) + tax_for(left_of(l), l.tax_rate_bp);
    if (*in.amount_fen > can)
      return Error::unprocessable("billing.credit_note.exceeds_invoice",
                                  "The credit is more than is left un-credited on the invoice.");
    std::int64_t left = *in.amount_fen;
    for (auto it = orig.lines.rbegin(); it != orig.lines.rend() && left > 0; ++it) {
      const auto avail = left_of(*it);
      if (avail <= 0) continue;
      const auto avail_total = avail + tax_for(avail, it->tax_rate_bp);
      const auto portion = std::min(left, avail_total);
      const auto amount =
          portion == avail_total ? avail : std::min(avail, round_half_up_div(portion * 10000, 10000 + it->tax_rate_bp));
      if (amount <= 0) continue;
      credit[it->id] = amount;
      left -= amount + tax_for(amount, it->tax_rate_bp);
    }
  }

  Invoice cn;
  cn.kind = "credit_note";
  const auto today = clock_.today();
  const int year = static_cast<int>(today.year());
  COLO_TRY(auto n, store::next_number(tx, "CN", year));
  char number[32];
  std::snprintf(number, sizeof number, "CN-%04d-%06lld", year, static_cast<long long>(n));
  cn.number = number;
  cn.customer_id = orig.customer_id;
  cn.customer_name = orig.customer_name;
  cn.contract_id = orig.contract_id;
  cn.contract_number = orig.contract_number;
  cn.original_invoice_id = orig.id;
  cn.issue_date = cn.due_date = today;
  cn.period_start = orig.period_start;
  cn.period_end = orig.period_end;
  cn.currency = orig.currency;
  cn.reason = reason;
  cn.buyer = orig.buyer;
  cn.seller = orig.seller;
  cn.status = "issued";
  cn.created_by_name = ctx.principal->username;
  cn.created_at = cn.updated_at = now();
  int position = 1;
  std::map<std::int64_t, std::int64_t> line_credited;
  for (const auto& l : orig.lines) {
    auto c = credit.find(l.id);
    if (c == credit.end() || c->second <= 0) continue;
    InvoiceLine x;
    x.position = position++;
    x.kind = "credit_note";
    x.line_key = l.line_key;
    x.service = l.service;
    x.catalogue_item = l.catalogue_item;
    x.description = l.description;
    x.unit = l.unit;
    x.quantity_milli = l.quantity_milli;
    x.unit_price_fen = l.unit_price_fen;
    x.period_start = l.period_start;
    x.period_end = l.period_end;
    x.amount_fen = -c->second;
    x.tax_rate_bp = l.tax_rate_bp;
    x.tax_fen = tax_for(x.amount_fen, x.tax_rate_bp);
    x.total_fen = x.amount_fen + x.tax_fen;
    x.original_line_id = l.id;
    cn.subtotal_fen += x.amount_fen;
    cn.tax_fen += x.tax_fen;
    cn.total_fen += x.total_fen;
    line_credited[l.id] = l.credited_fen + c->second;
    cn.lines.push_back(std::move(x));
  }
  if (-cn.total_fen > orig.total_fen - orig.credited_fen)
    return Error::unprocessable("billing.credit_note.exceeds_invoice",
                                "The credit is more than is left un-credited on the invoice.");
  COLO_CHECK(store::insert_invoice(tx, cn));
  const auto before = audit_of(orig);
  orig.credited_fen += -cn.total_fen;
  orig.status = invoice_status(orig.kind, orig.total_fen, orig.paid_fen, orig.credited_fen);
  COLO_CHECK(store::update_credited(tx, orig, line_credited, cn.created_at));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing.invoice", std::to_string(cn.id), "credit_note", nullptr,
                            json::object{{"number", cn.number},
                                         {"original", orig.number},
                                         {"total_fen", cn.total_fen},
                                         {"reason", cn.reason}},
                            cn.customer_id}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing.invoice", std::to_string(orig.id), "credit", before, audit_of(orig),
                            orig.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, cn));
  COLO_CHECK(tx.commit());
  return d;
}

Result<InvoiceDetail> Service::record_fapiao(const Context& ctx, std::int64_t invoice_id, const std::string& number) {
  if (!ctx.can("billing.write") || ctx.tenant()) return Error::forbidden();
  const auto n = trimmed(number);
  if (n.size() != 20 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Error::validation(
        {{"fapiao_number", "billing.fapiao.number", "A fully digital fapiao number has 20 digits."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_invoice(tx, ctx, invoice_id));
  if (!found) return Error::not_found("Invoice");
  auto inv = std::move(*found);
  const auto before = audit_of(inv);
  const auto at = now();
  COLO_TRY(auto recorded, store::record_fapiao(tx, inv.id, n, ctx.principal->username, at));
  if (!recorded) return Error::conflict("billing.fapiao.recorded", "The invoice's fapiao number is already recorded.");
  inv.fapiao_number = n;
  inv.fapiao_recorded_at = at;
  inv.fapiao_recorded_by_name = ctx.principal->username;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing.invoice", std::to_string(inv.id), "record_fapiao", before, audit_of(inv),
                            inv.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, std::move(inv)));
  COLO_CHECK(tx.commit());
  return d;
}

Result<std::optional<BuyerProfile>> Service::profile(const Context& ctx, std::int64_t customer_id) {
  if (!ctx.can("billing.read") && !ctx.can("billing.profile.write")) return Error::forbidden();
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::find_profile(tx, customer_id);
}

Result<BuyerProfile> Service::put_profile(const Context& ctx, std::int64_t customer_id, BuyerProfile p) {
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  if (!ctx.can("billing.profile.write")) return Error::forbidden();
  p.customer_id = customer_id;
  p.name = trimmed(p.name);
  p.taxpayer_id = normalize_credit_code(p.taxpayer_id);
  p.address = trimmed(p.address);
  p.phone = trimmed(p.phone);
  p.bank_name = trimmed(p.bank_name);
  p.bank_account = trimmed(p.bank_account);
  p.invoice_email = trimmed(p.invoice_email);
  std::vector<FieldError> errors;
  if (p.name.empty()) errors.push_back({"name", "required", "The buyer's name is required."});
  if (!valid_credit_code(p.taxpayer_id))
    errors.push_back({"taxpayer_id", "billing.profile.taxpayer_id",
                      "Not a unified social credit code (18 characters with a valid check character)."});
  if (std::find(kFapiaoTypes.begin(), kFapiaoTypes.end(), p.fapiao_type) == kFapiaoTypes.end())
    errors.push_back({"fapiao_type", "invalid_choice", "Choose special or normal."});
  if (!p.invoice_email.empty() && p.invoice_email.find('@') == std::string::npos)
    errors.push_back({"invoice_email", "billing.profile.email", "Not an e-mail address."});
  // A special VAT fapiao (专票) carries the buyer's address, phone, bank and account.
  if (p.fapiao_type == "special") {
    if (p.address.empty()) errors.push_back({"address", "billing.profile.special_needs", "Required for a special fapiao."});
    if (p.phone.empty()) errors.push_back({"phone", "billing.profile.special_needs", "Required for a special fapiao."});
    if (p.bank_name.empty())
      errors.push_back({"bank_name", "billing.profile.special_needs", "Required for a special fapiao."});
    if (p.bank_account.empty())
      errors.push_back({"bank_account", "billing.profile.special_needs", "Required for a special fapiao."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  p.updated_by_name = ctx.principal->username;
  p.updated_at = now();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, store::find_profile(tx, customer_id));
  if (auto st = store::upsert_profile(tx, p); !st) {
    if (st.error().code == "db.foreign_key_violation") return Error::not_found("Customer");
    return st.error();
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing.profile", std::to_string(customer_id), before ? "update" : "create",
                            before ? json::value(audit_of(*before)) : json::value(nullptr), audit_of(p),
                            customer_id}));
  COLO_CHECK(tx.commit());
  return p;
}

}  // namespace colo::billing
