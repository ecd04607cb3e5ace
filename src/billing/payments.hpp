// Receivables (R8.2.1, R11.2.3): payments received and their allocation to invoices, the credit
// balance they leave and its refund, deposits (保证金) held per contract and released or offset at
// its end, the ageing of what is owed, and a customer's statement of account.
//
// Credit is applied by finance, not on its own: recording a payment allocates it (oldest open
// invoice first unless finance chooses), and what is left stays as the customer's credit balance
// until finance applies it to invoices issued later ("apply credit") or refunds it. An invoice is
// never paid behind finance's back, and a billing run never changes a payment.
//
// Thread safety: a PaymentsService is shared by all request threads; it holds no mutable state.
// Every check-then-write runs inside one write transaction, which holds the writers' lock.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "billing/payments_rules.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::customers {
class Service;
}

namespace colo::billing {

inline const std::vector<std::string> kPaymentStates = {"received", "reversed"};
inline const std::vector<std::string> kRefundSources = {"credit", "deposit"};
inline const std::vector<std::string> kStatementKinds = {"invoice", "credit_note",   "payment",       "reversal",
                                                         "refund",  "deposit_taken", "deposit_offset"};

struct Payment {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t amount_fen = 0;
  Date received_on{};
  std::string method = "bank_transfer";
  std::string bank_reference, payer_name, note;
  std::string status = "received";
  std::int64_t allocated_fen = 0, deposit_fen = 0, refunded_fen = 0;
  std::optional<std::string> reversal_reason, reversed_at, reversed_by_name;
  std::string created_by_name, created_at, updated_at;
  // What stays as credit: nothing once reversed.
  std::int64_t unallocated_fen() const {
    return status == "received" ? amount_fen - allocated_fen - deposit_fen - refunded_fen : 0;
  }
};

// Money on an invoice, from a payment or a deposit.
struct AllocationRow {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::int64_t invoice_id = 0;
  std::string invoice_number;
  std::optional<std::int64_t> payment_id, deposit_id;
  std::int64_t amount_fen = 0;
  std::string created_by_name, created_at;
  std::optional<std::string> reversed_at;
};

struct PaymentDetail {
  Payment payment;
  std::vector<AllocationRow> allocations;
};

// A payment to record: allocations absent = oldest open invoice first; present (even empty) = only
// those, the rest kept as credit.
struct RecordPayment {
  PaymentInput input;
  std::optional<std::vector<Allocation>> allocations;
};

// What a payment would do, before it is recorded.
struct PlannedAllocation {
  std::int64_t invoice_id = 0;
  std::string invoice_number;
  Date due_date{};
  std::int64_t outstanding_fen = 0;
  std::int64_t amount_fen = 0;
};
struct AllocationPreview {
  std::vector<PlannedAllocation> allocations;
  std::int64_t allocated_fen = 0;
  std::int64_t credit_fen = 0;  // left over, kept as credit
};

struct PaymentFilter {
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> status, method, q, sort;
  std::optional<Date> from, to;
  std::int64_t limit = 50, offset = 0;
};

struct Refund {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string source = "credit";
  std::optional<std::int64_t> deposit_id;
  std::int64_t amount_fen = 0;
  Date refunded_on{};
  std::string reference, note;
  std::string created_by_name, created_at;
};
struct RefundInput {
  std::int64_t customer_id = 0;
  std::int64_t amount_fen = 0;
  Date refunded_on{};
  std::string reference, note;
};

struct Deposit {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::optional<std::int64_t> payment_id;
  std::int64_t amount_fen = 0;
  Date received_on{};
  std::string reference, note;
  std::string status = "held";
  std::int64_t offset_fen = 0, released_fen = 0;
  std::optional<std::string> settled_on, settled_by_name;
  std::string created_by_name, created_at, updated_at;
};
struct DepositInput {
  std::int64_t contract_id = 0;
  std::int64_t amount_fen = 0;
  Date received_on{};
  std::optional<std::int64_t> payment_id;  // taken out of this payment's unallocated money
  std::string reference, note;
};
struct DepositSettleInput {
  std::string action;     // release | offset
  std::string reference;  // of the transfer paying back what is released
  std::string note;
  std::optional<Date> settled_on;  // default today
};
struct DepositFilter {
  std::optional<std::int64_t> customer_id, contract_id;
  std::optional<std::string> status;
};

// A customer's position: what it owes, what is overdue today, its credit and deposits held.
struct Balance {
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t outstanding_fen = 0, overdue_fen = 0, credit_fen = 0, deposits_held_fen = 0;
  std::int64_t open_invoices = 0;
};

struct AgeingRow {
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t current_fen = 0, d1_30_fen = 0, d31_60_fen = 0, d61_90_fen = 0, d90_plus_fen = 0, total_fen = 0;
  std::int64_t invoices = 0;
};
struct AgeingFilter {
  Date as_of{};
  // Set for a day before today (the service does): what each invoice owed at the end of as_of,
  // from the allocations made and the credit notes issued by then, instead of what it owes now.
  // end_of_day is the first instant after as_of in the business time zone.
  bool as_recorded_then = false;
  std::string end_of_day;
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};
struct AgeingReport {
  Date as_of{};
  std::int64_t count = 0;
  std::vector<AgeingRow> rows;
  AgeingRow totals;  // every customer of the filter, not just the page
};

// One line of a statement: debit raises what the customer owes, credit lowers it; balance after it.
struct StatementEntry {
  Date date{};
  std::string kind;  // one of kStatementKinds
  std::int64_t ref_id = 0;
  std::string reference;  // the invoice's number, the bank reference, the refund's reference
  std::int64_t debit_fen = 0, credit_fen = 0, balance_fen = 0;
};
struct Statement {
  std::int64_t customer_id = 0;
  std::string customer_name;
  Date from{}, to{};
  std::int64_t opening_fen = 0, closing_fen = 0;
  std::int64_t debit_fen = 0, credit_fen = 0;  // sums over the period
  std::vector<StatementEntry> entries;
};

// The settlement checklist's money items of a contract (R11.2.3), from the records.
// Each note is a catalogue key with its values (rendered in the reader's language) and the English
// sentence kept for logs.
struct MoneyItems {
  bool final_invoice_done = false;
  std::string final_invoice_note, final_invoice_key;
  MessageParams final_invoice_params;
  bool deposit_done = false;
  std::string deposit_note, deposit_key;
  MessageParams deposit_params;
};

// What payments need to know of a contract; src/app fills it from the contracts service.
struct ContractInfo {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string number;
  std::string status;  // draft | signed | active | expired | terminated
};
using ContractLookup = std::function<Result<ContractInfo>(const Context&, std::int64_t contract_id)>;

class PaymentsService {
 public:
  PaymentsService(db::Database& db, const Clock& clock, customers::Service& customers, ContractLookup contracts)
      : db_(db), clock_(clock), customers_(customers), contracts_(std::move(contracts)) {}

  // The business date today.
  Date today() const { return clock_.today(); }

  // A customer's own payments only; unknown and foreign ones are not found.
  Result<db::Counted<Payment>> list_payments(const Context& ctx, const PaymentFilter& f);
  Result<PaymentDetail> payment(const Context& ctx, std::int64_t id);
  // What record_payment would allocate; writes nothing. Its errors are record_payment's.
  Result<AllocationPreview> preview(const Context& ctx, const RecordPayment& in);
  // 422 billing.payment.invalid (amount not above zero or too large, a future date, no bank
  // reference for a transfer), 422 billing.payment.unknown_customer, 409
  // billing.payment.duplicate_reference, 422 billing.allocation.invalid (an invoice that is not
  // the customer's open invoice, more than it owes, more than the payment).
  Result<PaymentDetail> record_payment(const Context& ctx, const RecordPayment& in);
  // A bounced transfer: its allocations are undone, the invoices owe again. 409
  // billing.payment.reversed when already reversed, 409 billing.payment.in_use when part of it
  // was refunded or taken as a deposit; 422 billing.payment.reason without a reason.
  Result<PaymentDetail> reverse_payment(const Context& ctx, std::int64_t id, const std::string& reason);
  // Puts the customer's credit balance on its open invoices, oldest first (or only `invoice_id`);
  // the allocations made (none when there is no credit or nothing owed).
  Result<std::vector<AllocationRow>> apply_credit(const Context& ctx, std::int64_t customer_id,
                                                  std::optional<std::int64_t> invoice_id);

  Result<Balance> balance(const Context& ctx, std::int64_t customer_id);
  // 422 billing.refund.invalid (amount not above zero, a future date, no reference), 422
  // billing.refund.exceeds_credit when more than the credit balance.
  Result<Refund> refund(const Context& ctx, const RefundInput& in);
  Result<std::vector<Refund>> refunds(const Context& ctx, std::optional<std::int64_t> customer_id);

  Result<std::vector<Deposit>> deposits(const Context& ctx, const DepositFilter& f);
  Result<Deposit> deposit(const Context& ctx, std::int64_t id);
  // 422 billing.deposit.invalid; with a payment: the customer's own, standing, with that much
  // unallocated (422 billing.deposit.payment).
  Result<Deposit> receive_deposit(const Context& ctx, const DepositInput& in);
  // At the contract's end (409 billing.deposit.contract_live before): release pays it all back;
  // offset puts it on the contract's open invoices, oldest first, and pays back the rest. 409 billing.deposit.not_held
  // when already settled.
  Result<Deposit> settle_deposit(const Context& ctx, std::int64_t id, const DepositSettleInput& in);

  // Outstanding by days past due on as_of, per customer (a page) and in all (R8.2.1).
  Result<AgeingReport> ageing(const Context& ctx, const AgeingFilter& f);
  // Opening balance, every invoice, credit note, payment, reversal, credit refund and deposit
  // movement from..to with the running balance, and the closing balance.
  Result<Statement> statement(const Context& ctx, std::int64_t customer_id, Date from, Date to);

  // The settlement checklist's money items for a contract, inside the caller's transaction.
  Result<MoneyItems> money_items(db::Tx& tx, std::int64_t contract_id);

 private:
  Result<std::string> customer_name(db::Tx& tx, std::int64_t customer_id);
  // The allocations a payment would make (chosen or oldest first), checked; inside `tx`.
  Result<std::vector<Allocation>> plan(db::Tx& tx, std::int64_t customer_id, std::int64_t available_fen,
                                       const std::optional<std::vector<Allocation>>& chosen);
  // Writes one allocation and moves the invoice's paid amount.
  Status allocate(db::Tx& tx, const Context& ctx, std::int64_t customer_id, const Allocation& a,
                  std::optional<std::int64_t> payment_id, std::optional<std::int64_t> deposit_id,
                  const std::string& now);

  db::Database& db_;
  const Clock& clock_;
  customers::Service& customers_;
  ContractLookup contracts_;
};

}  // namespace colo::billing
