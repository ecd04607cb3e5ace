// The service desk's operations: tickets raised by customers (their own devices and racks only),
// staff, e-mail replies and monitoring alerts; comments and internal notes (never shown to a
// customer); status changes through the status machine (rules.hpp); SLA clocks in the contract's
// calendar with pauses while waiting for the customer; the periodic SLA job that warns and
// escalates once per step; complaints with their answers and the customer's verdict; the holiday
// calendar and per-contract targets. Every write is audited and recorded in the ticket timeline.
// Thread safety: shared by all request threads; holds no mutable state.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/file_seal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "servicedesk/business_time.hpp"
#include "servicedesk/model.hpp"
#include "servicedesk/rules.hpp"
#include "servicedesk/store.hpp"

namespace colo::servicedesk {

// What the service desk needs of other modules, set by src/app. Each answers nullopt for an
// object the caller may not see (a customer asking about another customer's device).
struct ObjectInfo {
  std::optional<std::int64_t> customer_id;
  std::string label;
};
struct ContractInfo {
  std::int64_t customer_id = 0;
  std::string number;
  int sla_response_minutes = 30;
};
struct Directory {
  std::function<Result<std::optional<ObjectInfo>>(const Context&, const std::string& kind, std::int64_t id)> object;
  std::function<Result<std::optional<ContractInfo>>(const Context&, std::int64_t id)> contract;
  // The name of an active staff user a ticket may be assigned to; nullopt for anyone else.
  std::function<Result<std::optional<std::string>>(std::int64_t user_id)> staff_user;
};

struct TicketInput {
  std::string type = "incident";
  std::optional<std::string> category;
  std::optional<std::int64_t> customer_id;  // staff name it; a customer's own is taken
  std::optional<std::int64_t> contract_id;
  std::string title, description;
  int impact = 3, urgency = 3;
  std::string group = "operations";
  std::vector<std::pair<std::string, std::int64_t>> objects;  // kind, id
};

// One SLA clock as the detail page shows it: business minutes spent and left, the due instant
// (moved by pauses), whether it is paused or stopped, and the escalation stage reached.
struct SlaClock {
  int target_minutes = 0;
  std::int64_t elapsed_minutes = 0;
  std::int64_t remaining_minutes = 0;  // negative once breached
  std::string due_at;
  bool paused = false, stopped = false;
  int stage = 0;
};

struct Detail {
  Ticket ticket;
  std::vector<Comment> comments;
  std::vector<Event> events;
  std::vector<Attachment> attachments;
  std::vector<ComplaintAnswer> answers;
  SlaClock response, resolution;
};

struct ActInput {
  Action action = Action::assign;
  std::optional<std::string> group;
  std::optional<std::int64_t> assignee_id;
  std::string comment;  // optional public words with the change
};

// A stored attachment for download.
struct AttachmentFile {
  std::filesystem::path path;
  std::string content;  // the plaintext (the file on disk is sealed, R6.2)
  std::string content_type, file_name;
};

struct MaintenanceInput {
  std::string title, description;
  Instant starts_at{}, ends_at{};
  bool emergency = false;
  std::optional<std::string> emergency_reason;
  std::vector<std::pair<std::string, std::int64_t>> objects;  // the devices and racks affected
};

// What the SLA job did in one run (each step once).
struct SlaReport {
  int warned = 0, breached = 0, escalated = 0;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Settings settings, Directory directory, std::filesystem::path files)
      : db_(db),
        clock_(clock),
        settings_(std::move(settings)),
        dir_(std::move(directory)),
        files_(std::move(files)),
        counts_(std::make_unique<db::CountCache>()) {}
  // Seals attachments written from now on and opens them when read (R6.2); set once at start.
  void set_file_sealer(const crypto::FileSealer* sealer) { file_sealer_ = sealer; }

  Result<db::Counted<Ticket>> list(const Context& ctx, const TicketFilter& f);
  // not_found for a foreign ticket; a customer's detail holds no internal note or step.
  Result<Detail> get(const Context& ctx, std::int64_t id);
  // 404 servicedesk.object.unknown for a device or rack the caller may not see (a foreign one),
  // 422 servicedesk.contract.other_customer when the contract is not the customer's.
  Result<Detail> create(const Context& ctx, const TicketInput& in);
  // A public comment or (staff only, 403 otherwise) an internal note. A customer's comment on a
  // ticket waiting for it starts the clocks again.
  Result<Detail> comment(const Context& ctx, std::int64_t id, const std::string& body, bool internal);
  // Staff move a ticket through the status machine; a customer may only close or reopen its own.
  Result<Detail> act(const Context& ctx, std::int64_t id, const ActInput& in);
  // Staff only: impact and urgency, hence priority and targets (the due times move).
  Result<Detail> reprioritise(const Context& ctx, std::int64_t id, int impact, int urgency);
  // Complaints (R7.2.2): staff answer; the customer accepts or disputes the latest answer.
  Result<Detail> answer(const Context& ctx, std::int64_t id, const std::string& body);
  Result<Detail> verdict(const Context& ctx, std::int64_t id, bool accepted, const std::string& comment);
  // The customer's 1-5 rating of a resolved or closed ticket.
  Result<Detail> rate(const Context& ctx, std::int64_t id, int score, const std::string& comment);
  // Attachments: size and type from [servicedesk]; a customer's are public.
  Result<Detail> attach(const Context& ctx, std::int64_t id, const std::string& content_type, std::string_view bytes,
                        const std::string& file_name, bool internal);
  Result<AttachmentFile> attachment(const Context& ctx, std::int64_t id, std::int64_t attachment_id);

  // The e-mail hook: a reply already parsed by the mail gateway, naming the ticket by number in
  // its subject. The sender must be a user of the ticket's customer (the gateway authenticates
  // the sender and calls with that user's context). Adds a public comment.
  Result<Detail> reply_by_email(const Context& ctx, const std::string& ticket_number, const std::string& body);
  // Monitoring opens an incident for an alert, once per alert id (a repeat answers the first).
  Result<Ticket> open_from_alert(db::Tx& tx, std::int64_t customer_id, const std::string& alert_id,
                                 const std::string& title, const std::vector<TicketObject>& objects, int impact,
                                 int urgency);
  // The ticket opened for `alert_id` (any status), inside the caller's transaction.
  Result<std::optional<Ticket>> alert_ticket(db::Tx& tx, const std::string& alert_id);
  // Monitoring's public comment on that ticket (the customer is told); conflict
  // servicedesk.ticket.closed on a closed ticket.
  Status comment_from_monitoring(db::Tx& tx, const Ticket& t, const std::string& body);

  // Holidays and make-up working days of one year (admin).
  Status load_calendar_year(const Context& ctx, int year,
                            const std::vector<std::pair<Date, std::pair<DayKind, std::string>>>& days);
  Result<std::map<Date, DayKind>> calendar_days();
  Status set_targets(const Context& ctx, std::int64_t contract_id, const Targets& t);
  Result<Targets> targets_of(const Context& ctx, std::int64_t contract_id);

  // Maintenance (item of R2.1 and R7.1): scheduled maintenance at least maintenance_notice_hours
  // ahead (422 servicedesk.maintenance.short_notice otherwise), emergency maintenance with its
  // reason; each customer owning an affected device or rack is notified in the portal and an
  // outbox event servicedesk.maintenance.announced is written for e-mail delivery.
  Result<Maintenance> announce_maintenance(const Context& ctx, const MaintenanceInput& in);
  Result<Maintenance> cancel_maintenance(const Context& ctx, std::int64_t id);
  // not_found for a maintenance not announced to the caller's customer.
  Result<Maintenance> maintenance(const Context& ctx, std::int64_t id);
  Result<db::Counted<Maintenance>> list_maintenance(const Context& ctx, const MaintenanceFilter& f);
  // For the service-level part: the maintenance of a customer overlapping [from, to) inside the
  // caller's transaction. Availability excludes the announced (not emergency) windows.
  Result<std::vector<MaintenanceWindow>> maintenance_windows(db::Tx& tx, std::int64_t customer_id, Instant from,
                                                             Instant to);
  Result<std::vector<MaintenanceWindow>> maintenance_windows_of(db::Tx& tx, const std::vector<std::int64_t>& customers,
                                                                Instant from, Instant to);

  // Warnings at warn_percent, breach and escalation to the group, then management; idempotent.
  Result<SlaReport> run_sla();

  const Settings& settings() const { return settings_; }
  Result<std::int64_t> breached_today();
  Result<std::int64_t> open_complaints();

 private:
  Result<Detail> detail_in(db::Tx& tx, const Context& ctx, Ticket t);
  Result<Ticket> load_visible(db::Tx& tx, const Context& ctx, std::int64_t id, bool lock);
  Result<WorkCalendar> calendar_in(db::Tx& tx, const std::string& kind);
  Status recompute_due(db::Tx& tx, Ticket& t);
  Status record(db::Tx& tx, const Context& ctx, const Ticket& t, bool internal, const std::string& key,
                const MessageParams& params);
  Result<Detail> finish(db::Tx& tx, const Context& ctx, Ticket& t, const std::string& action);
  Result<Ticket> insert_new(db::Tx& tx, const Context& ctx, Ticket t, const std::vector<TicketObject>& objects,
                            const Targets& targets);

  db::Database& db_;
  const Clock& clock_;
  Settings settings_;
  Directory dir_;
  std::filesystem::path files_;
  const crypto::FileSealer* file_sealer_ = nullptr;
  std::unique_ptr<db::CountCache> counts_;
};

}  // namespace colo::servicedesk
