// The billing module's SQL: billing_numbers, billing_runs, billing_invoices, billing_invoice_lines,
// billing_charges, billing_profiles and billing_pending_charges; and, in one named query for the
// bulk run, the contracts' versions (store_run.cpp). Every function works in the caller's
// transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "billing/model.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::billing::store {

// The next number of a series ("INV" or "CN") in a year, gap-free: the counter row is incremented
// in the caller's write transaction, so a rolled-back invoice gives its number back.
Result<std::int64_t> next_number(db::Tx& tx, const std::string& series, int year);
// Takes `count` numbers at once (a billing run's batch); the last of them. The caller uses every
// one in the same transaction.
Result<std::int64_t> reserve_numbers(db::Tx& tx, const std::string& series, int year, std::int64_t count);

// Inserts the invoice and its lines; fills in the ids (invoice.id, each line's id and invoice_id).
Status insert_invoice(db::Tx& tx, Invoice& invoice);
// The same for many invoices (a billing run's batch) in a few multi-row statements: the invoices,
// then all their lines, each split only where a statement would pass kMaxParams parameters.
Status insert_invoices(db::Tx& tx, std::span<Invoice> invoices);

// Parameters in one multi-row INSERT: SQLite takes at most 32,766 (PostgreSQL 65,535).
inline constexpr std::size_t kMaxParams = 32'000;
// Without lines; for a customer principal only its own (nullopt for another's).
Result<std::optional<Invoice>> find_invoice(db::Tx& tx, const Context& ctx, std::int64_t id);
Result<std::optional<Invoice>> find_invoice(db::Tx& tx, std::int64_t id);
Result<std::vector<InvoiceLine>> invoice_lines(db::Tx& tx, std::int64_t invoice_id);
Result<std::pair<std::int64_t, std::vector<Invoice>>> list_invoices(db::Tx& tx, const Context& ctx,
                                                                    const InvoiceFilter& f, Date today);
// Credit notes of an invoice.
Result<std::vector<Invoice>> credit_notes_of(db::Tx& tx, std::int64_t invoice_id);
// Changes paid_fen and status (payments).
Status update_paid(db::Tx& tx, std::int64_t id, std::int64_t paid_fen, const std::string& status,
                   const std::string& now);
// Changes credited_fen and status of an invoice, and credited_fen of its lines (credit notes).
Status update_credited(db::Tx& tx, const Invoice& invoice, const std::map<std::int64_t, std::int64_t>& line_credits,
                       const std::string& now);
// Records the fapiao number if none is recorded; false when one already was.
Result<bool> record_fapiao(db::Tx& tx, std::int64_t id, const std::string& number, const std::string& by,
                           const std::string& now);
// Whether the contract has its final invoice.
Result<bool> has_final_invoice(db::Tx& tx, std::int64_t contract_id);

Result<std::int64_t> insert_pending_charge(db::Tx& tx, const PendingCharge& c);
// Unbilled, not cancelled charges of a contract, oldest first.
Result<std::vector<PendingCharge>> open_pending_charges(db::Tx& tx, std::int64_t contract_id);
// The unbilled, uncancelled charges of the contracts with ids in [first, last], by contract and id
// (the billing run reads a batch at once).
Result<std::vector<PendingCharge>> open_pending_charges_between(db::Tx& tx, std::int64_t first, std::int64_t last);
Result<std::vector<PendingCharge>> pending_charges(db::Tx& tx, std::int64_t contract_id);
Status mark_pending_billed(db::Tx& tx, std::int64_t charge_id, std::int64_t invoice_id, std::int64_t line_id);

Result<std::optional<BuyerProfile>> find_profile(db::Tx& tx, std::int64_t customer_id);
Status upsert_profile(db::Tx& tx, const BuyerProfile& p);

}  // namespace colo::billing::store
