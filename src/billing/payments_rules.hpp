// Pure rules of receivables (R8.2.1): validating a payment, allocating money to invoices (oldest
// first or chosen), drawing refunds from the credit balance, the deposit's states, and the ageing
// buckets. No database, no HTTP; the payments service applies them inside one write transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::billing {

// How a payment reached the operator.
inline const std::vector<std::string> kPaymentMethods = {"bank_transfer", "cash", "cheque", "other"};

// The largest single amount taken (100 million yuan): anything above is a typing error, and it
// keeps every sum of a customer's amounts far inside 64 bits.
inline constexpr std::int64_t kMaxAmountFen = 10'000'000'000;

// What finance types in for a payment.
struct PaymentInput {
  std::int64_t customer_id = 0;
  std::int64_t amount_fen = 0;
  Date received_on{};
  std::string method;
  std::string bank_reference;
  std::string payer_name;
  std::string note;
};

// Field errors of a payment (empty when valid): an amount > 0 and not above kMaxAmountFen, a date
// not after `today`, a known method, a bank reference for a bank transfer.
std::vector<FieldError> validate_payment(const PaymentInput& in, Date today);

// An invoice that can still take money, as allocation sees it.
struct OpenInvoice {
  std::int64_t id = 0;
  std::string number;
  Date due_date{};
  std::int64_t outstanding_fen = 0;
};

// Money put on one invoice.
struct Allocation {
  std::int64_t invoice_id = 0;
  std::int64_t amount_fen = 0;
};

// Oldest open invoice first (by due date, then number): each invoice takes what it still owes
// until `amount_fen` is spent. Invoices owing nothing are skipped. The sum of the result is
// min(amount_fen, total outstanding); what is left over stays as credit.
std::vector<Allocation> allocate_oldest_first(std::vector<OpenInvoice> open, std::int64_t amount_fen);

// Checks finance's chosen allocations against the customer's open invoices and the money
// available: each amount > 0, each invoice one of `open` (another customer's invoice or a credit
// note is not among them: the error names the field), at most once, never more than it owes, and
// in all never more than `available_fen`. Field errors point at "allocations/<i>/...".
Result<std::vector<Allocation>> check_chosen_allocations(const std::vector<OpenInvoice>& open,
                                                         const std::vector<Allocation>& chosen,
                                                         std::int64_t available_fen);

// A source of money with something left on it (a payment's unallocated amount), as a refund or
// an application of credit draws from it.
struct Pot {
  std::int64_t id = 0;
  std::int64_t available_fen = 0;
};
struct Draw {
  std::int64_t pot_id = 0;
  std::int64_t amount_fen = 0;
};

// Takes `amount_fen` from the pots in the order given (oldest payment first); nullopt when they
// hold less than that in all.
std::optional<std::vector<Draw>> draw_from(const std::vector<Pot>& pots, std::int64_t amount_fen);

// Deposits (保证金): received and held for a contract, then at its end either released (paid
// back to the customer) or offset against its open invoices, the rest released.
inline const std::vector<std::string> kDepositStates = {"held", "released", "offset"};
inline const std::vector<std::string> kDepositActions = {"release", "offset"};

// The state after `action` on a deposit in `state`; 409 billing.deposit.not_held when the deposit
// is already released or offset, 422 for an unknown action.
Result<std::string> deposit_next_state(std::string_view state, std::string_view action);

// How a held deposit is settled at a contract's end: what goes onto which open invoice (oldest
// first) and what is paid back. An "offset" with nothing to offset against releases it all.
struct DepositSettlement {
  std::vector<Allocation> offsets;
  std::int64_t offset_fen = 0;
  std::int64_t released_fen = 0;
  std::string state;  // offset when anything was offset, else released
};
DepositSettlement settle_deposit(std::int64_t held_fen, std::string_view action, std::vector<OpenInvoice> open);

// Ageing buckets of an amount by days past its due date on a day: the due date itself and before
// is current; 1-30, 31-60, 61-90 and more than 90 days past due.
inline const std::vector<std::string> kAgeingBuckets = {"current", "d1_30", "d31_60", "d61_90", "d90_plus"};
std::string_view ageing_bucket(Date due_date, Date as_of);

}  // namespace colo::billing
