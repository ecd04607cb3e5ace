// The service desk's SQL: the servicedesk_* tables and nothing else.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/count_cache.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "servicedesk/business_time.hpp"
#include "servicedesk/model.hpp"

namespace colo::servicedesk {

// GET /api/v1/servicedesk/tickets: `q` over the number and title; customers see their own.
extern const db::ListSpec kTicketList;

struct TicketFilter {
  std::optional<std::string> status, type, priority, group, q, sort;
  std::optional<std::int64_t> assignee_id, customer_id;
  std::optional<bool> breached;
  std::optional<std::string> due_before;  // resolution due strictly before this instant
  bool open_only = false;
  std::int64_t limit = 50, offset = 0;
};

// GET /api/v1/servicedesk/maintenance: `q` over the number and title; customers see the
// maintenance announced to them.
extern const db::ListSpec kMaintenanceList;

struct MaintenanceFilter {
  std::optional<std::string> status, q, sort;
  std::optional<std::string> ends_after;  // only windows ending after this instant (upcoming)
  std::int64_t limit = 50, offset = 0;
};

namespace store {

// The next number of `kind` ("TK", "MW") in `year`, gap-free inside the caller's transaction.
Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year);

Result<std::int64_t> insert_ticket(db::Tx& tx, const Ticket& t);
// Writes the mutable columns and bumps row_version.
Status update_ticket(db::Tx& tx, const Ticket& t);
// Takes the row lock on PostgreSQL (a no-op write) so that a check and its write see one state.
Status lock_ticket(db::Tx& tx, std::int64_t id);
Result<std::optional<Ticket>> find(db::Tx& tx, std::int64_t id);
Result<std::optional<Ticket>> find_by_alert(db::Tx& tx, const std::string& alert_id);
Result<std::optional<Ticket>> find_by_number(db::Tx& tx, const std::string& number);
// One page of the queue; the count is reused while no ticket changed (db::CountCache), since on
// a large desk it costs far more than the page.
Result<db::Counted<Ticket>> list(db::Tx& tx, db::CountCache& counts, const Context& ctx, const TicketFilter& f);
// Open tickets whose clocks may still need a warning or an escalation step.
Result<std::vector<Ticket>> open_for_sla(db::Tx& tx);

Status insert_object(db::Tx& tx, std::int64_t ticket_id, std::int64_t customer_id, const TicketObject& o);
Result<std::int64_t> insert_comment(db::Tx& tx, std::int64_t customer_id, const Comment& c);
Result<std::vector<Comment>> comments(db::Tx& tx, std::int64_t ticket_id, bool with_internal);
Result<std::int64_t> insert_event(db::Tx& tx, std::int64_t customer_id, const Event& e);
Result<std::vector<Event>> events(db::Tx& tx, std::int64_t ticket_id, bool with_internal);
Result<std::int64_t> insert_attachment(db::Tx& tx, std::int64_t customer_id, const Attachment& a);
Result<std::vector<Attachment>> attachments(db::Tx& tx, std::int64_t ticket_id, bool with_internal);
Result<std::optional<Attachment>> find_attachment(db::Tx& tx, std::int64_t ticket_id, std::int64_t id);

Status open_pause(db::Tx& tx, std::int64_t ticket_id, const std::string& at);
Status close_pause(db::Tx& tx, std::int64_t ticket_id, const std::string& at);
// Every pause of the ticket; a running one ends at `now`.
Result<std::vector<Interval>> pauses(db::Tx& tx, std::int64_t ticket_id, Instant now);

// Holidays and make-up working days.
Result<std::map<Date, DayKind>> calendar_days(db::Tx& tx);
// Replaces the exceptions of `year` by `days`.
Status replace_calendar_year(db::Tx& tx, int year,
                             const std::vector<std::pair<Date, std::pair<DayKind, std::string>>>& days,
                             const std::string& at);

Result<std::optional<Targets>> targets(db::Tx& tx, std::int64_t contract_id);
Status save_targets(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, const Targets& t,
                    const std::string& by, const std::string& at);

Result<std::int64_t> insert_answer(db::Tx& tx, std::int64_t customer_id, const ComplaintAnswer& a);
Result<std::vector<ComplaintAnswer>> answers(db::Tx& tx, std::int64_t ticket_id);
Status set_verdict(db::Tx& tx, std::int64_t answer_id, const std::string& verdict, const std::string& comment,
                   const std::string& at);

// Count of tickets by a condition, for the home cards.
Result<std::int64_t> count_breached_since(db::Tx& tx, const std::string& since);
Result<std::int64_t> count_open_complaints(db::Tx& tx);

Result<std::int64_t> insert_maintenance(db::Tx& tx, const Maintenance& m);
Status insert_maintenance_object(db::Tx& tx, std::int64_t maintenance_id, const TicketObject& o,
                                 std::optional<std::int64_t> customer_id);
Status insert_maintenance_customer(db::Tx& tx, std::int64_t maintenance_id, std::int64_t customer_id,
                                   const std::string& notified_at);
Status set_maintenance_status(db::Tx& tx, std::int64_t id, const std::string& status, const std::string& at);
// With its objects and customers; nullopt when unknown.
Result<std::optional<Maintenance>> find_maintenance(db::Tx& tx, std::int64_t id);
// The affected devices and racks of one customer.
Result<std::vector<TicketObject>> maintenance_objects_of(db::Tx& tx, std::int64_t maintenance_id,
                                                         std::int64_t customer_id);
Result<db::Counted<Maintenance>> list_maintenance(db::Tx& tx, const Context& ctx, const MaintenanceFilter& f);
// The maintenance of `customer_id` overlapping [from, to), not cancelled, oldest first.
Result<std::vector<MaintenanceWindow>> maintenance_windows(db::Tx& tx, std::int64_t customer_id, Instant from,
                                                           Instant to);
// The same for many customers in one query (each window once per customer it was announced to).
Result<std::vector<MaintenanceWindow>> maintenance_windows_of(db::Tx& tx, const std::vector<std::int64_t>& customers,
                                                              Instant from, Instant to);

}  // namespace store
}  // namespace colo::servicedesk
