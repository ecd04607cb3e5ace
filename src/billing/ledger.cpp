#include "billing/ledger.hpp"

#include <algorithm>

#include "billing/store.hpp"

namespace colo::billing {

namespace {

constexpr std::string_view kContractOwner = "SELECT customer_id FROM contracts WHERE id = $1";

}  // namespace

std::string invoice_status(const std::string& kind, std::int64_t total_fen, std::int64_t paid_fen,
                           std::int64_t credited_fen) {
  if (kind == "credit_note") return "issued";
  const auto outstanding = total_fen - paid_fen - credited_fen;
  if (outstanding > 0) return paid_fen > 0 ? "partially_paid" : "issued";
  // Nothing left: paid if money came in, else the credit notes cleared it.
  return paid_fen > 0 ? "paid" : (credited_fen > 0 ? "credited" : "paid");
}

Result<std::int64_t> add_pending_charge(db::Tx& tx, const PendingCharge& in) {
  std::vector<FieldError> errors;
  if (std::find(kPendingKinds.begin(), kPendingKinds.end(), in.kind) == kPendingKinds.end())
    errors.push_back({"kind", "billing.pending_charge.kind", "Unknown kind of charge."});
  if (in.description.empty())
    errors.push_back({"description", "billing.pending_charge.description", "A charge needs a description."});
  if (in.quantity_milli <= 0)
    errors.push_back({"quantity_milli", "billing.pending_charge.quantity", "The quantity must be above zero."});
  if (in.tax_rate_bp < 0 || in.tax_rate_bp > 10000)
    errors.push_back({"tax_rate_bp", "billing.pending_charge.tax_rate", "The tax rate must be 0 to 10000 bp."});
  if (in.unit_price_fen) {
    // quantity × unit price, to the fen, half up; the amount must say the same.
    const auto product = in.quantity_milli * *in.unit_price_fen;
    const auto expected = product >= 0 ? (product + 500) / 1000 : -((-product + 500) / 1000);
    if (expected != in.amount_fen)
      errors.push_back({"amount_fen", "billing.pending_charge.amount", "The amount is not quantity × unit price."});
  }
  if (!errors.empty())
    return Error::unprocessable("billing.pending_charge.invalid", "The charge is not valid.", std::move(errors));
  COLO_TRY(auto owner, tx.one(kContractOwner, {in.contract_id}));
  if (!owner || owner->int64(0) != in.customer_id) return Error::not_found("Contract");
  PendingCharge c = in;
  if (c.created_at.empty()) c.created_at = format_instant(SystemClock().now());
  return store::insert_pending_charge(tx, c);
}

Result<Invoice> apply_payment(db::Tx& tx, std::int64_t invoice_id, std::int64_t delta_fen) {
  COLO_TRY(auto found, store::find_invoice(tx, invoice_id));
  if (!found) return Error::not_found("Invoice");
  auto inv = std::move(*found);
  if (inv.kind != "invoice")
    return Error::conflict("billing.invoice.credit_note", "A credit note takes no payments.");
  const auto paid = inv.paid_fen + delta_fen;
  if (paid < 0) return Error::unprocessable("billing.payment.negative", "The paid amount would drop below zero.");
  if (paid > inv.total_fen - inv.credited_fen)
    return Error::unprocessable("billing.payment.exceeds_outstanding", "The payment is more than is left to pay.");
  inv.paid_fen = paid;
  inv.status = invoice_status(inv.kind, inv.total_fen, inv.paid_fen, inv.credited_fen);
  inv.updated_at = format_instant(SystemClock().now());
  COLO_CHECK(store::update_paid(tx, inv.id, inv.paid_fen, inv.status, inv.updated_at));
  return inv;
}

Result<bool> final_invoice_issued(db::Tx& tx, std::int64_t contract_id) {
  return store::has_final_invoice(tx, contract_id);
}

}  // namespace colo::billing
