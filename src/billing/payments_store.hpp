// Receivables' SQL: billing_payments, billing_allocations, billing_refunds and billing_deposits,
// and the reads of billing_invoices that allocation, ageing and statements need. Every function
// works in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "billing/payments.hpp"
#include "db/list.hpp"

namespace colo::billing::payments_store {

extern const db::ListSpec kPaymentList;
extern const db::ListSpec kAgeingList;

// The customer's invoices that still owe something (not credit notes, not void), oldest due first;
// only those of `contract_id` when given.
Result<std::vector<OpenInvoice>> open_invoices(db::Tx& tx, std::int64_t customer_id,
                                               std::optional<std::int64_t> contract_id = std::nullopt);

Result<std::int64_t> insert_payment(db::Tx& tx, const Payment& p);
Result<std::optional<Payment>> find_payment(db::Tx& tx, std::int64_t id);
Result<std::optional<Payment>> payment_by_reference(db::Tx& tx, std::int64_t customer_id, const std::string& ref);
Result<db::Counted<Payment>> list_payments(db::Tx& tx, const Context& ctx, const PaymentFilter& f);
Status update_payment_amounts(db::Tx& tx, const Payment& p);
Status mark_reversed(db::Tx& tx, const Payment& p, Date reversed_on);
// Standing payments of a customer with money left on them, oldest received first.
Result<std::vector<Payment>> payments_with_credit(db::Tx& tx, std::int64_t customer_id);

Result<std::int64_t> insert_allocation(db::Tx& tx, const AllocationRow& a);
// With the invoice's number, oldest first.
Result<std::vector<AllocationRow>> allocations_of_payment(db::Tx& tx, std::int64_t payment_id);
Status reverse_allocation(db::Tx& tx, std::int64_t id, const std::string& now);

Result<std::int64_t> insert_refund(db::Tx& tx, const Refund& r, const std::string& draws_json);
Result<std::vector<Refund>> refunds(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> customer_id);

Result<std::int64_t> insert_deposit(db::Tx& tx, const Deposit& d);
Result<std::optional<Deposit>> find_deposit(db::Tx& tx, std::int64_t id);
Result<std::vector<Deposit>> deposits(db::Tx& tx, const Context& ctx, const DepositFilter& f);
Status update_deposit_settlement(db::Tx& tx, const Deposit& d);

// The customer's outstanding, overdue (due before `today`) and open invoice count; its credit and
// deposits held.
Result<Balance> balance(db::Tx& tx, std::int64_t customer_id, Date today);

Result<AgeingReport> ageing(db::Tx& tx, const Context& ctx, const AgeingFilter& f);

// Every entry of the customer's account up to `to` (oldest first; the caller splits the opening).
Result<std::vector<StatementEntry>> account_entries(db::Tx& tx, std::int64_t customer_id, Date to);

// The contract's latest final invoice: number and status, if any.
Result<std::optional<std::pair<std::string, std::string>>> final_invoice(db::Tx& tx, std::int64_t contract_id);

}  // namespace colo::billing::payments_store
