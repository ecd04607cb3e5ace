#include "billing/payments_rules.hpp"

#include <algorithm>
#include <set>

namespace colo::billing {

std::vector<FieldError> validate_payment(const PaymentInput& in, Date today) {
  std::vector<FieldError> errors;
  if (in.amount_fen <= 0)
    errors.push_back({"amount_fen", "too_small", "The amount must be more than zero."});
  else if (in.amount_fen > kMaxAmountFen)
    errors.push_back({"amount_fen", "out_of_range", "The amount is larger than any payment taken."});
  if (in.received_on > today) errors.push_back({"received_on", "in_future", "The money cannot arrive in the future."});
  if (std::find(kPaymentMethods.begin(), kPaymentMethods.end(), in.method) == kPaymentMethods.end())
    errors.push_back({"method", "invalid_choice", "Not a payment method."});
  // A transfer is matched to the bank statement by its reference; cash and cheques may have none.
  if (in.method == "bank_transfer" && in.bank_reference.empty())
    errors.push_back({"bank_reference", "required", "A bank transfer needs its bank reference."});
  return errors;
}

namespace {
void oldest_first(std::vector<OpenInvoice>& open) {
  std::stable_sort(open.begin(), open.end(), [](const OpenInvoice& a, const OpenInvoice& b) {
    if (a.due_date != b.due_date) return a.due_date < b.due_date;
    return a.number < b.number;
  });
}
}  // namespace

std::vector<Allocation> allocate_oldest_first(std::vector<OpenInvoice> open, std::int64_t amount_fen) {
  oldest_first(open);
  std::vector<Allocation> out;
  for (const auto& inv : open) {
    if (amount_fen <= 0) break;
    if (inv.outstanding_fen <= 0) continue;
    auto take = std::min(amount_fen, inv.outstanding_fen);
    out.push_back({inv.id, take});
    amount_fen -= take;
  }
  return out;
}

Result<std::vector<Allocation>> check_chosen_allocations(const std::vector<OpenInvoice>& open,
                                                         const std::vector<Allocation>& chosen,
                                                         std::int64_t available_fen) {
  std::vector<FieldError> errors;
  std::set<std::int64_t> seen;
  std::int64_t total = 0;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const auto& a = chosen[i];
    const auto at = "allocations/" + std::to_string(i);
    const auto inv = std::find_if(open.begin(), open.end(), [&](const OpenInvoice& o) { return o.id == a.invoice_id; });
    if (inv == open.end()) {
      errors.push_back({at + "/invoice_id", "billing.allocation.not_open",
                        "Not an open invoice of this customer (a credit note or a paid invoice takes no money)."});
      continue;
    }
    if (!seen.insert(a.invoice_id).second) {
      errors.push_back({at + "/invoice_id", "duplicate", "The invoice is chosen twice."});
      continue;
    }
    if (a.amount_fen <= 0 || a.amount_fen > kMaxAmountFen) {
      errors.push_back({at + "/amount_fen", "too_small", "The amount must be more than zero."});
      continue;
    }
    if (a.amount_fen > inv->outstanding_fen) {
      errors.push_back(FieldError{at + "/amount_fen",
                                  "billing.allocation.over_outstanding",
                                  "More than the invoice still owes.",
                                  {{"number", inv->number}, {"outstanding", std::to_string(inv->outstanding_fen)}}});
      continue;
    }
    total += a.amount_fen;
  }
  if (errors.empty() && total > available_fen)
    errors.push_back(FieldError{"allocations",
                                "billing.allocation.over_available",
                                "The allocations add up to more than the money available.",
                                {{"available", std::to_string(available_fen)}}});
  if (!errors.empty())
    return Error::unprocessable("billing.allocation.invalid", "The allocations cannot be made.", std::move(errors));
  return chosen;
}

std::optional<std::vector<Draw>> draw_from(const std::vector<Pot>& pots, std::int64_t amount_fen) {
  std::vector<Draw> out;
  for (const auto& p : pots) {
    if (amount_fen == 0) break;
    if (p.available_fen <= 0) continue;
    auto take = std::min(amount_fen, p.available_fen);
    out.push_back({p.id, take});
    amount_fen -= take;
  }
  if (amount_fen > 0) return std::nullopt;
  return out;
}

Result<std::string> deposit_next_state(std::string_view state, std::string_view action) {
  if (std::find(kDepositActions.begin(), kDepositActions.end(), action) == kDepositActions.end())
    return Error::unprocessable("billing.deposit.unknown_action", "Release or offset a deposit.",
                                {{"action", "invalid_choice", "Not a deposit action."}});
  if (state != "held")
    return Error::conflict("billing.deposit.not_held", "The deposit has already been released or offset.");
  return std::string(action == "release" ? "released" : "offset");
}

DepositSettlement settle_deposit(std::int64_t held_fen, std::string_view action, std::vector<OpenInvoice> open) {
  DepositSettlement s;
  if (action == "offset") {
    s.offsets = allocate_oldest_first(std::move(open), held_fen);
    for (const auto& a : s.offsets) s.offset_fen += a.amount_fen;
  }
  s.released_fen = held_fen - s.offset_fen;
  s.state = s.offset_fen > 0 ? "offset" : "released";
  return s;
}

std::string_view ageing_bucket(Date due_date, Date as_of) {
  const int late = days_between(due_date, as_of);
  if (late <= 0) return "current";
  if (late <= 30) return "d1_30";
  if (late <= 60) return "d31_60";
  if (late <= 90) return "d61_90";
  return "d90_plus";
}

}  // namespace colo::billing
