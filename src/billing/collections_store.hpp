// Collections' SQL: billing_collection_states, billing_penalty_waivers, billing_reminders,
// billing_suspensions and billing_suspension_devices; it reads billing_invoices (overdue amounts)
// and keeps the one open late-fee charge of each invoice in billing_pending_charges up to date.
// Every function works in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "billing/collections.hpp"
#include "db/list.hpp"

namespace colo::billing::collections_store {

extern const db::ListSpec kPenaltyList;
extern const db::ListSpec kReminderList;
extern const db::ListSpec kSuspensionList;

// An invoice's penalty (zero when it never accrued); nullopt for an unknown invoice or a credit note.
Result<std::optional<Penalty>> find_penalty(db::Tx& tx, std::int64_t invoice_id);
// Invoices overdue on `day` (outstanding, due before it), after `after_id`, by id.
Result<std::vector<Penalty>> overdue_invoices(db::Tx& tx, Date day, std::int64_t after_id, int limit);
// Penalties with something still open to bill (an accrued amount not yet on an invoice), by id.
Result<std::vector<Penalty>> unsettled_penalties(db::Tx& tx, std::int64_t after_id, int limit);
Status save_state(db::Tx& tx, const Penalty& p);
Result<std::pair<std::int64_t, std::vector<Penalty>>> list_penalties(db::Tx& tx, const Context& ctx,
                                                                     const PenaltyFilter& f);

// The open late-fee charge: its amount and whether a billing run has put it on an invoice.
struct ChargeState {
  std::int64_t amount_fen = 0;
  bool billed = false, cancelled = false;
};
Result<std::optional<ChargeState>> charge_state(db::Tx& tx, std::int64_t charge_id);
// Changes the amount of a charge not yet billed; false when it was billed meanwhile.
Result<bool> set_charge_amount(db::Tx& tx, std::int64_t charge_id, std::int64_t amount_fen);
Result<bool> cancel_charge(db::Tx& tx, std::int64_t charge_id, const std::string& now);

Result<std::int64_t> insert_waiver(db::Tx& tx, const Waiver& w);
Result<std::vector<Waiver>> waivers(db::Tx& tx, std::int64_t invoice_id);

// Invoices still outstanding, due on or before `due_by` (the first reminder's day has come), that
// have not had the reminder of offset `last_offset` (the last one) yet; none while in dispute (paused).
Result<std::vector<Penalty>> awaiting_reminders(db::Tx& tx, Date due_by, int last_offset);
// The offsets already sent per invoice.
Result<std::vector<std::pair<std::int64_t, int>>> sent_offsets(db::Tx& tx, const std::vector<std::int64_t>& ids);
// Inserts the reminder unless one for the invoice and offset exists; true when inserted.
Result<bool> insert_reminder(db::Tx& tx, const Reminder& r);
Result<std::vector<Reminder>> reminders_of(db::Tx& tx, std::int64_t invoice_id);
Result<std::pair<std::int64_t, std::vector<Reminder>>> list_reminders(db::Tx& tx, const Context& ctx,
                                                                      const ReminderFilter& f);

// The contract's overdue invoices on `day` (paused ones included unless `skip_paused`).
struct Overdue {
  std::int64_t fen = 0;
  int invoices = 0;
  std::optional<Date> oldest_due_date;
};
Result<Overdue> overdue_of(db::Tx& tx, std::int64_t contract_id, Date day, bool skip_paused);
// Accrued penalty of the contract's invoices neither waived nor billed, in fen (rounded per invoice).
Result<std::int64_t> unbilled_penalty_of(db::Tx& tx, std::int64_t contract_id);
// Contracts with an invoice (not paused) overdue since `due_on_or_before` or earlier and no open
// suspension.
Result<std::vector<std::int64_t>> contracts_to_suspend(db::Tx& tx, Date day, Date due_on_or_before);

Result<std::int64_t> insert_suspension(db::Tx& tx, const Suspension& s);
Status update_suspension(db::Tx& tx, const Suspension& s);
Result<std::optional<Suspension>> find_suspension(db::Tx& tx, std::int64_t id);
Result<std::optional<Suspension>> open_suspension(db::Tx& tx, std::int64_t contract_id);
// Open non-payment suspensions in `status` whose contract has nothing overdue on `day`.
Result<std::vector<std::int64_t>> settled_suspensions(db::Tx& tx, const std::string& status, Date day);
Result<std::pair<std::int64_t, std::vector<Suspension>>> list_suspensions(db::Tx& tx, const Context& ctx,
                                                                          const SuspensionFilter& f);
Status insert_suspension_device(db::Tx& tx, std::int64_t suspension_id, const SuspensionDevice& d);
Status mark_device_restored(db::Tx& tx, std::int64_t suspension_id, std::int64_t device_id, const std::string& now);
Result<std::vector<SuspensionDevice>> suspension_devices(db::Tx& tx, std::int64_t suspension_id);

}  // namespace colo::billing::collections_store
