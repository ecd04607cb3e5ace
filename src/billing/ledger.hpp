// Billing's functions other modules call inside their own write transactions: leaving a charge
// for a contract's next invoice, moving an invoice's paid amount, asking whether a contract's final
// invoice is out. They write only billing's tables and never commit.
#pragma once

#include <cstdint>

#include "billing/model.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::billing {

// The status an invoice has with these amounts: credited once credit notes cover what is left,
// paid once payments and credits cover it with some payment, partially_paid with some payment,
// issued otherwise. Credit notes themselves stay issued.
std::string invoice_status(const std::string& kind, std::int64_t total_fen, std::int64_t paid_fen,
                           std::int64_t credited_fen);

// Leaves a charge for the contract's next invoice (the next billing run puts it on as a line).
// 422 billing.pending_charge.invalid (unknown kind, no description, amount and quantity × unit
// price disagreeing, a tax rate out of range), 404 for an unknown contract or one of another
// customer. created_at empty: now. The charge's id.
Result<std::int64_t> add_pending_charge(db::Tx& tx, const PendingCharge& charge);

// Moves the invoice's paid amount by delta_fen (negative: a refund or an allocation undone) and
// sets its status. 404 for an unknown invoice; 422 billing.payment.exceeds_outstanding when the
// paid amount would pass what is left after credit notes, 422 billing.payment.negative when it
// would drop below zero; 409 billing.invoice.credit_note for a credit note.
Result<Invoice> apply_payment(db::Tx& tx, std::int64_t invoice_id, std::int64_t delta_fen);

// Whether the contract's final invoice has been issued (the settlement checklist, R11.2.3).
Result<bool> final_invoice_issued(db::Tx& tx, std::int64_t contract_id);

}  // namespace colo::billing
