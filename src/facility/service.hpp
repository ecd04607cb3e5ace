// The facility module's operations (R4.2.1): customers' authorised people (personal data sealed
// with the data key, opened only for the roles that need it and audited), visits approved with a
// code, the front desk's check-in and check-out, and the entry/exit log with its retention.
//
// Thread-safety: every method opens its own transaction; the service is shared by the HTTP
// workers and the daily job.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "facility/model.hpp"

namespace colo::facility {

// What the facility module asks of the ledger (dcim), wired by the composition root.
struct Premises {
  // The room of a rack the customer may reach (dedicated to it or holding its devices); nullopt
  // when the rack is unknown or another customer's.
  std::function<Result<std::optional<std::int64_t>>(std::int64_t customer_id, std::int64_t rack_id)> rack_room;
  std::function<Result<bool>(std::int64_t room_id)> room_exists;
  // A ledger device's owner (nullopt: no such device), inside the caller's transaction.
  std::function<Result<std::optional<std::optional<std::int64_t>>>(db::Tx&, std::int64_t device_id)> device_owner;
  // Sets a ledger device's state ("installed" when it moved in, "decommissioned" when it moved
  // out) inside the caller's transaction, with the ledger's own rules and history.
  std::function<Status(db::Tx&, const Context&, std::int64_t device_id, const std::string& state)> set_device_state;
  // The contracts that put a ledger device in, newest first (contracts answers it from the
  // ledger, so the requester of a slip cannot name a contract in good standing instead).
  std::function<Result<std::vector<std::int64_t>>(db::Tx&, std::int64_t device_id)> device_contracts;
  // Whether moving out a device of this contract waits for finance's release (an active
  // suspension, an overdue balance). Billing answers it inside the caller's transaction.
  std::function<Result<bool>(db::Tx&, std::int64_t contract_id)> needs_finance_release;
};

struct Options {
  int entry_log_days = 400;  // [facility] entry_log_days; at least 365 (entry logs are kept a year)
};

// Ids of entry-log entries under a legal hold (a dispute case links them): retention keeps them.
using HeldEntries = std::function<Result<std::vector<std::int64_t>>(db::Tx&)>;

inline constexpr int kMinEntryLogDays = 365;

// What the desk sees after a lookup or a check-in: the visit and its person (masked).
struct DeskView {
  Visit visit;
  Person person;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Premises premises, Options options = {});

  // ---- authorised people
  Result<db::Counted<Person>> people(const Context& ctx, const PersonFilter& f);
  Result<Person> person(const Context& ctx, std::int64_t id);
  // A customer adds its own people; staff name the customer. Every addition waits for approval.
  Result<Person> add_person(const Context& ctx, const PersonInput& in);
  Result<Person> decide_person(const Context& ctx, std::int64_t id, bool approve);
  // The ID number and phone in clear; the read is audited.
  Result<PersonIdentity> reveal(const Context& ctx, std::int64_t id);

  // ---- visits
  Result<db::Counted<Visit>> visits(const Context& ctx, VisitFilter f);
  Result<Visit> visit(const Context& ctx, std::int64_t id);
  Result<Visit> request_visit(const Context& ctx, const VisitInput& in);
  // Approval gives the visit its code.
  Result<Visit> decide_visit(const Context& ctx, std::int64_t id, bool approve);
  Result<Visit> cancel_visit(const Context& ctx, std::int64_t id);

  // ---- the front desk
  Result<DeskView> lookup(const Context& ctx, const std::string& code);
  // Records the entry, or the refusal (logged and committed, then answered as an error).
  Result<DeskView> check_in(const Context& ctx, const std::string& code, std::int64_t room_id,
                            const std::string& escort);
  Result<DeskView> check_out(const Context& ctx, const std::string& code);

  // ---- equipment slips
  Result<db::Counted<Slip>> slips(const Context& ctx, const SlipFilter& f);
  Result<Slip> slip(const Context& ctx, std::int64_t id);
  Result<Slip> request_slip(const Context& ctx, const SlipInput& in);
  // Approval asks billing, for a slip moving devices out, whether finance must release it first:
  // about every contract the ledger holds each device under.
  Result<Slip> decide_slip(const Context& ctx, std::int64_t id, bool approve);
  Result<Slip> release_slip(const Context& ctx, std::int64_t id);
  // The devices moved: the ledger's devices change state in the same transaction. A slip moving
  // out devices whose contract fell into arrears or was suspended after approval is marked as
  // waiting for finance (committed) and answered 409 facility.slip.release_required.
  Result<Slip> complete_slip(const Context& ctx, std::int64_t id);

  Result<db::Counted<EntryLog>> entries(const Context& ctx, EntryFilter f);
  // The legal-hold port, set once at wiring before serving (disputes is built after facility).
  void set_held_entries(HeldEntries held) { held_entries_ = std::move(held); }
  // Deletes entries older than the retention, counted back from `today`, except those under a
  // legal hold; how many.
  Result<std::int64_t> purge_entries(Date today);

 private:
  Result<Person> load_person(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Visit> load_visit(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Slip> load_slip(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<DeskView> desk_view(db::Tx& tx, const Visit& v);
  // Whether billing holds any contract of the slip's ledger devices (only slips moving out).
  Result<bool> finance_hold(db::Tx& tx, const Slip& s);
  std::string actor(const Context& ctx) const;

  db::Database& db_;
  const Clock& clock_;
  crypto::Sealer sealer_;
  Premises premises_;
  Options options_;
  HeldEntries held_entries_;
};

}  // namespace colo::facility
