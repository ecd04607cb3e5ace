// Contracts (R3.2.3, R10.3, R11): drafted from an approved application, signed with the signed
// scan kept on disk, activated (the reserved units become planned devices), changed only by
// change agreements both sides agree to, renewed or expired by the daily job, terminated early
// for breach, and settled item by item. Every version of the terms is kept; the terms in force on
// any day can be asked for. Customers see only their own contracts.
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "contracts/ledger.hpp"
#include "contracts/model.hpp"
#include "contracts/money.hpp"
#include "contracts/price_list.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/file_seal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "workflow/workflow.hpp"

namespace colo::applications {
class Service;
}

namespace colo::contracts {

struct AmendmentView {
  Amendment amendment;
  std::vector<workflow::Step> timeline;
  std::vector<std::string> actions;  // what the caller may do now
};

struct Detail {
  Contract contract;                // terms: in force today (or the first version before it starts)
  std::optional<Date> as_of;        // when asked for a day
  std::optional<Version> in_force;  // the version in force on as_of (or today)
  std::vector<Version> versions;
  std::vector<AmendmentView> amendments;
  std::vector<SettlementItem> settlement;
  std::vector<TerminationRequest> termination_requests;
  std::vector<MoveOutTask> move_out_tasks;  // with the ledger's state of each device
  std::vector<std::string> actions;         // sign, activate, terminate, propose_amendment
};

// A customer's request to end its contract early, and business's answer to one.
struct TerminationRequestInput {
  std::string reason;
  Date desired_date{};
};
struct TerminationDecision {
  std::string action;        // accept | decline
  std::string comment;       // required to decline
  std::optional<Date> date;  // accept: the termination date, default today
};

struct ScanFile {
  std::filesystem::path path;
  std::string content;  // the plaintext (the file on disk is sealed, R6.2)
  std::string content_type;
  std::string file_name;  // ASCII, after the contract number
  std::optional<std::string> uploaded_name;
};

class Service {
 public:
  // Without a ledger (no inventory or IPAM), activation assigns no addresses and the settlement
  // items about the ledger show what was recorded, nothing more.
  // Without a price list, a line naming a catalogue item must give its own terms and price.
  Service(db::Database& db, const Clock& clock, applications::Service& applications, std::filesystem::path upload_dir,
          Ledger* ledger = nullptr, int address_grace_days = 30, const PriceList* price_list = nullptr)
      : db_(db),
        clock_(clock),
        applications_(applications),
        upload_dir_(std::move(upload_dir)),
        ledger_(ledger),
        address_grace_days_(address_grace_days),
        price_list_(price_list) {}

  // Billing's records of the final invoice and the deposit: once set, the money items of the
  // settlement checklist follow them instead of being ticked by hand. Set once, before the
  // service is shared between threads.
  void set_money_records(MoneyRecords records) { money_ = std::move(records); }

  Result<std::pair<std::int64_t, std::vector<Contract>>> list(const Context& ctx, const ListFilter& f);
  // not_found for unknown and foreign contracts; `as_of` picks the version in force that day.
  Result<Detail> get(const Context& ctx, std::int64_t id, std::optional<Date> as_of = std::nullopt);
  // From an approved application: 422 contracts.unknown_application, 409
  // contracts.application_not_approved / application_has_contract, 400 validation_failed
  // (end date before the start, no line items, ...).
  Result<Detail> create(const Context& ctx, const ContractInput& in);
  // A draft's terms (409 contracts.not_draft).
  Result<Detail> update(const Context& ctx, std::int64_t id, const ContractInput& in);
  // Draft -> signed with the signed scan (see check_scan and scan_file_name for its errors); 409
  // contracts.not_draft. `file_name` is the name it was uploaded under, kept to show and download.
  Result<Detail> sign(const Context& ctx, std::int64_t id, std::string_view content_type, std::string_view bytes,
                      const std::string& customer_signatory, std::optional<Date> signed_on,
                      std::string_view file_name = {});
  Result<ScanFile> scan(const Context& ctx, std::int64_t id);
  // Seals scans written from now on and opens them when read (R6.2); set once at start.
  void set_file_sealer(const crypto::FileSealer* sealer) { file_sealer_ = sealer; }
  // Signed -> active: the application's reserved units become planned devices and the IPv4
  // addresses it asked for are assigned from the site's pools for customers (409
  // contracts.not_signed, 409 contracts.already_active, 409 contracts.activation.no_addresses
  // changing nothing).
  Result<Detail> activate(const Context& ctx, std::int64_t id);
  // Early termination (R11.2.2): 409 contracts.not_live, 422 contracts.termination_in_future /
  // termination_after_end; opens the settlement checklist.
  Result<Detail> terminate(const Context& ctx, std::int64_t id, const Termination& t);
  // Closes or reopens a settlement item about money (R11.2.3): the caller needs contracts.settle
  // (finance); the items about the ledger follow it and are refused (409
  // contracts.settlement.from_ledger), and so are the money items once billing records them (409
  // contracts.settlement.from_billing).
  Result<Detail> settle(const Context& ctx, std::int64_t id, std::int64_t item_id, bool done,
                        std::optional<std::string> note);

  // Customers' requests to end a contract early (R11.2.2). Only the customer's own users ask
  // (403 contracts.termination_request.customer_only for staff, who terminate directly); 409
  // contracts.not_live, 409 contracts.termination_request.open when one is already open, 400
  // validation_failed for a desired date before today or after the contract's end.
  Result<std::vector<TerminationRequest>> termination_requests(const Context& ctx, std::int64_t id);
  Result<TerminationRequest> request_termination(const Context& ctx, std::int64_t id,
                                                 const TerminationRequestInput& in);
  // The same request opened inside the caller's transaction, by staff too (a dispute closed with
  // the outcome "termination" opens it for business to decide); the checks of request_termination
  // but its customer-only rule.
  Result<TerminationRequest> request_termination_in(db::Tx& tx, const Context& ctx, std::int64_t id,
                                                    const TerminationRequestInput& in);
  // Business's answer: accept terminates the contract with the customer as the initiating side
  // (the errors of terminate), decline needs a reason; 409 contracts.termination_request.decided.
  Result<Detail> decide_termination_request(const Context& ctx, std::int64_t id, std::int64_t request_id,
                                            const TerminationDecision& decision);

  Result<std::vector<AmendmentView>> amendments(const Context& ctx, std::int64_t id);
  // 409 contracts.not_live; 400 validation_failed (nothing changes, dates outside the contract, ...);
  // 422 contracts.line.unknown_catalogue_item / contracts.line.no_list_price for a line naming an
  // item the list lacks or does not price on the change's date. An operator's price change
  // (contracts/price_change.hpp) notifies the customer (the notification and when are kept on it)
  // and is refused with 422 contracts.price_change.notice_too_short ("earliest": the first day it
  // may take effect) when its date comes before the contract's notice period has run.
  Result<AmendmentView> propose(const Context& ctx, std::int64_t id, const AmendmentInput& in);
  // agree | reject (reason) | withdraw; only the other side agrees or rejects, only the proposer withdraws.
  // A price change agreed after its date is refused (409 contracts.price_change.date_passed); the
  // daily job lets it lapse.
  Result<AmendmentView> amendment_transition(const Context& ctx, std::int64_t id, std::int64_t amendment_id,
                                             const std::string& action, const std::string& comment);

  // Change agreements that raise a price (R8.3), pending unless a status is asked for; customers
  // see their own.
  Result<db::Counted<PriceChangeRow>> price_changes(const Context& ctx, const PriceChangeFilter& f);

  // The daily job (R11.2.1): agreed changes take effect, ended terms renew or expire, renewal
  // reminders go out at 60, 30 and 7 days, the addresses of ended contracts go back to their
  // pools once the grace period ([contracts] address_grace_days) has passed. Idempotent per day; each contract in its
  // own transaction, so one failure does not stop the others.
  Result<DailyReport> run_daily(Date today);

  // ---- For billing, inside its transaction; no tenancy (the caller checks ctx.sees). ----
  // The contract with the terms of the version in force on `day` (the first before it starts);
  // nullopt when there is no such contract.
  Result<std::optional<Contract>> contract_in(db::Tx& tx, std::int64_t id, Date day);
  // The devices the contract put into the ledger at activation.
  Result<std::vector<std::int64_t>> device_ids_in(db::Tx& tx, std::int64_t id);
  // Contracts in force on some day of [from, to] (of one customer, when given), walked along the
  // primary key after `after_id`; see store::in_force_after.
  Result<std::vector<Contract>> in_force_after(db::Tx& tx, Date from, Date to, std::optional<std::int64_t> customer_id,
                                               std::int64_t after_id, int limit);
  // The same for many contracts in one query: (contract id, device id) pairs.
  Result<std::vector<std::pair<std::int64_t, std::int64_t>>> device_ids_of(db::Tx& tx,
                                                                           const std::vector<std::int64_t>& ids);
  // The contracts that put the ledger device in (newest first); empty for a device no contract
  // placed. For facility's equipment slips, which ask billing about each.
  Result<std::vector<std::int64_t>> contract_ids_of_device(db::Tx& tx, std::int64_t device_id);

 private:
  Result<Contract> load_visible(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Detail> detail(db::Tx& tx, const Context& ctx, Contract c, std::optional<Date> as_of);
  Result<AmendmentView> amendment_view(db::Tx& tx, const Context& ctx, Amendment a);
  Status refresh_terms(db::Tx& tx, Contract& c, Date today);
  // Ends the contract: settlement list, open agreements and requests closed, and offboarding:
  // reservations released, planned devices out of the ledger, move-out tasks for installed
  // ones, its addresses due back after the grace period.
  Status end_contract(db::Tx& tx, const Context& ctx, Contract& c, const std::string& status);
  Status offboard(db::Tx& tx, const Context& ctx, const Contract& c);
  // The checks and writes of an early termination inside `tx` (no commit).
  Status terminate_in(db::Tx& tx, const Context& ctx, Contract& c, const Termination& t);
  // Sets the items about the ledger from what is still in it.
  Status derive_ledger_items(db::Tx& tx, const Context& ctx, const Contract& c, std::vector<SettlementItem>& items);
  // Sets the items about money from billing's records, when it keeps them.
  Status derive_money_items(db::Tx& tx, const Context& ctx, const Contract& c, std::vector<SettlementItem>& items);
  Status take_effect(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a, Date today);
  // The last day of an ended contract (its termination date or its end date).
  static Date last_day(const Contract& c);
  // An open change agreement of an ended contract: in effect if its date fell within the
  // contract, else lapsed with the reason in its timeline.
  Status close_for_end(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a);
  // Notifies the customer and/or the business department with the catalogue text `title_key`
  // (and `body_key`, else the person's own words in `body`), and publishes the event.
  Status tell(db::Tx& tx, const Contract& c, const std::string& topic, const std::string& title_key,
              const MessageParams& params, const std::string& body, bool customer, bool business,
              const std::string& body_key = {});
  Date today() const;
  // Lines naming a catalogue item: checked against the price list, and what they left out taken
  // from its entry on `day` (errors name `prefix` + index).
  Status fill_from_price_list(db::Tx& tx, std::vector<LineItem>& lines, Date day, const std::string& prefix);
  // An operator's price change the customer did not agree to before its date lapses.
  Status lapse_unagreed_price_change(db::Tx& tx, const Context& ctx, Contract& c, Amendment& a);

  db::Database& db_;
  const Clock& clock_;
  applications::Service& applications_;
  std::filesystem::path upload_dir_;
  const crypto::FileSealer* file_sealer_ = nullptr;
  Ledger* ledger_;
  int address_grace_days_;
  const PriceList* price_list_;
  MoneyRecords money_;
};

}  // namespace colo::contracts
