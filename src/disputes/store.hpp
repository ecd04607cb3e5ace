// The disputes module's SQL: its own tables only (disputes, dispute_entries, dispute_deadlines,
// dispute_links, dispute_numbers). Every function runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "disputes/model.hpp"

namespace colo::disputes::store {

extern const db::ListSpec kDisputeList;

Result<std::int64_t> next_number(db::Tx& tx, int year);
Result<std::int64_t> insert_dispute(db::Tx& tx, const Dispute& d);
// Writes the case's mutable columns (status, forum, hold, outcome, ...).
Status update_dispute(db::Tx& tx, const Dispute& d);
Result<std::optional<Dispute>> find_dispute(db::Tx& tx, std::int64_t id);
Result<db::Counted<Dispute>> list_disputes(db::Tx& tx, const Context& ctx, const Filter& f);

Result<std::int64_t> insert_entry(db::Tx& tx, const Entry& e);
Result<std::vector<Entry>> entries_of(db::Tx& tx, std::int64_t dispute_id);

Result<std::int64_t> insert_deadline(db::Tx& tx, const Deadline& d);
Result<std::vector<Deadline>> deadlines_of(db::Tx& tx, std::int64_t dispute_id);
// Marks a deadline done; false when it is not the case's or already done.
Result<bool> complete_deadline(db::Tx& tx, std::int64_t dispute_id, std::int64_t deadline_id, const std::string& at);
Result<int> open_deadlines(db::Tx& tx, std::int64_t dispute_id);

// The new link's id; nullopt when the case already links the record.
Result<std::optional<std::int64_t>> insert_link(db::Tx& tx, const Link& l);
Result<std::vector<Link>> links_of(db::Tx& tx, std::int64_t dispute_id);
Result<std::optional<Link>> find_link(db::Tx& tx, std::int64_t dispute_id, std::int64_t link_id);
Status delete_link(db::Tx& tx, std::int64_t link_id);
// Whether another open case (not `except`), or a closed one whose payment plan is kept, links the
// record: either keeps a linked invoice paused.
Result<bool> linked_to_open_case(db::Tx& tx, const std::string& object_type, std::int64_t object_id,
                                 std::int64_t except);
// Ids of `object_type` records linked to a case under legal hold.
Result<std::vector<std::int64_t>> held_objects(db::Tx& tx, const std::string& object_type);

// ---- Payment plans ----

Status insert_plan(db::Tx& tx, std::int64_t dispute_id, const Plan& p, const std::string& at);
Result<std::optional<Plan>> find_plan(db::Tx& tx, std::int64_t dispute_id);
// Cases whose payment plan still keeps its invoices paused.
Result<std::vector<std::int64_t>> kept_plans(db::Tx& tx);
// Marks the plan lapsed; false when it had lapsed already (another run did it).
Result<bool> lapse_plan(db::Tx& tx, std::int64_t dispute_id, const std::string& at);

// ---- Breaches ----

extern const db::ListSpec kBreachList;

Result<std::int64_t> next_breach_number(db::Tx& tx, int year);
Result<std::int64_t> insert_breach(db::Tx& tx, const Breach& b);
// Writes the record's mutable columns (status, consequence and what it caused).
Status update_breach(db::Tx& tx, const Breach& b);
// A breach proposed from monitoring (b.overuse and b.detection_key set): its id, or nullopt when
// a breach with that key exists already (nothing is written).
Result<std::optional<std::int64_t>> insert_proposed_breach(db::Tx& tx, const Breach& b);
// The over-use breach of the contract and metric whose episode ended last (any status).
Result<std::optional<Breach>> latest_overuse(db::Tx& tx, std::int64_t contract_id, const std::string& metric);
// Where the over-use job's last run read up to (an instant), and recording it.
Result<std::optional<std::string>> overuse_covered_to(db::Tx& tx, const std::string& job);
Status set_overuse_covered_to(db::Tx& tx, const std::string& job, const std::string& to, const std::string& now);
Result<std::optional<Breach>> find_breach(db::Tx& tx, std::int64_t id);
Result<db::Counted<Breach>> list_breaches(db::Tx& tx, const Context& ctx, const BreachFilter& f);
Result<std::int64_t> insert_evidence(db::Tx& tx, const Evidence& e);
Result<std::vector<Evidence>> evidence_of(db::Tx& tx, std::int64_t breach_id);
// Breaches the dispute links that are not closed yet.
Result<int> open_linked_breaches(db::Tx& tx, std::int64_t dispute_id);

// ---- For the compliance view ----

struct BreachFact {
  std::int64_t id = 0;
  std::string number, party, kind, status, created_at;
  std::optional<std::string> consequence, decided_at;
};
// Breaches recorded in [from, to) (UTC instants).
Result<std::vector<BreachFact>> breaches_recorded(db::Tx& tx, const std::string& from, const std::string& to);

struct EscalationFact {
  std::int64_t id = 0;
  std::string number;
  bool negotiated = false;  // a negotiation entry dated on or before the escalation
  bool case_numbered = false;
};
// Disputes escalated in [from, to).
Result<std::vector<EscalationFact>> escalations(db::Tx& tx, const std::string& from, const std::string& to,
                                                const BusinessCalendar& calendar);

// The audit entry that recorded a compliance report with this SHA-256: its id and time.
Result<std::optional<std::pair<std::int64_t, std::string>>> recorded_report(db::Tx& tx, const std::string& sha256);

}  // namespace colo::disputes::store
