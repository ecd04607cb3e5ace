// The disputes module's plain records (R12): a case, its negotiation log, its deadlines and the
// records it rests on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace colo::disputes {

inline const std::vector<std::string> kSourceTypes = {"direct", "complaint", "invoice", "breach"};
inline const std::vector<std::string> kRaisedBy = {"customer", "operator"};
inline const std::vector<std::string> kStatuses = {"negotiating", "escalated", "resolved", "withdrawn"};
inline const std::vector<std::string> kForumKinds = {"arbitration", "court"};
inline const std::vector<std::string> kOutcomes = {"credit", "payment_plan", "termination", "no_change", "withdrawn"};
inline const std::vector<std::string> kEntryKinds = {"meeting", "proposal", "document", "note", "hearing"};
// An entry of the facility entry log is linked by id (the log is the operator's record of the rooms).
inline const std::vector<std::string> kLinkTypes = {"invoice", "ticket", "breach", "entry"};
inline const std::vector<std::string> kActions = {"log",  "deadline", "link",    "escalate",
                                                  "case", "hold",     "release", "close"};

struct Dispute {
  std::int64_t id = 0;
  std::string number;  // DSP-2026-000001
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::string source_type = "direct";
  std::optional<std::int64_t> source_id;
  std::optional<std::string> source_number;
  std::string raised_by = "customer";
  std::string claim;
  std::int64_t amount_fen = 0;
  std::string status = "negotiating";
  std::optional<std::string> forum_kind, forum_name, case_number, hearing_date, escalated_at;
  bool legal_hold = false;
  std::optional<std::string> hold_reason;
  std::optional<std::string> outcome;
  std::optional<std::int64_t> outcome_amount_fen;
  std::optional<std::string> outcome_note;
  std::optional<std::int64_t> credit_charge_id;
  std::optional<std::int64_t> termination_request_id;  // opened by the outcome "termination"
  std::optional<std::string> closed_at;
  std::string created_by, created_at, updated_at;
};

struct Entry {
  std::int64_t id = 0;
  std::int64_t dispute_id = 0;
  std::string kind;
  std::string on_date;
  std::string summary;
  std::optional<std::int64_t> amount_fen;
  std::string created_by, created_at;
};

struct Deadline {
  std::int64_t id = 0;
  std::int64_t dispute_id = 0;
  std::string title;
  std::string due_date;
  std::optional<std::string> done_at;
  std::string created_by, created_at;
};

struct Link {
  std::int64_t id = 0;
  std::int64_t dispute_id = 0;
  std::string object_type;
  std::int64_t object_id = 0;
  std::string label;  // the record's business number (INV-…, TK-…)
  std::string created_at;
};

// One instalment of a payment plan agreed to close a case (R12): due on `due_date`.
struct Instalment {
  int seq = 0;  // 1, 2, … in due order
  std::string due_date;
  std::int64_t amount_fen = 0;
};

// The payment plan of a case closed with the outcome "payment_plan": the covered invoices stay
// paused in collections until `lapsed_at` (the first instalment found overdue).
struct Plan {
  std::vector<Instalment> instalments;
  std::int64_t total_fen = 0;
  std::int64_t paid_base_fen = 0;  // what the covered invoices had been paid when it was agreed
  std::optional<std::string> lapsed_at;
};

struct Detail {
  Dispute dispute;
  std::vector<Entry> entries;
  std::vector<Deadline> deadlines;
  std::vector<Link> links;
  std::vector<std::string> actions;  // what the caller may do now
  std::optional<Plan> plan;          // outcome payment_plan only
};

struct OpenInput {
  std::optional<std::int64_t> contract_id;  // required for direct; else taken from the source
  std::string source_type = "direct";
  std::optional<std::int64_t> source_id;
  std::string raised_by = "customer";
  std::string claim;
  std::int64_t amount_fen = 0;
  std::optional<std::string> respond_by;  // a first deadline: answer the claim by this date
};

struct EntryInput {
  std::string kind;
  std::string on_date;
  std::string summary;
  std::optional<std::int64_t> amount_fen;
};

struct EscalateInput {
  std::string forum_kind;
  std::string forum_name;
  std::optional<std::string> case_number, hearing_date;
};

struct CloseInput {
  std::string outcome;
  std::optional<std::int64_t> amount_fen;  // the credit, for outcome credit
  std::string note;
  std::optional<Date> end_date;  // termination: the contract's desired end (default today)
  std::vector<Instalment> plan;  // payment_plan: the instalments (seq is assigned in order)
};

struct Filter {
  std::optional<std::int64_t> customer, contract;
  std::optional<std::string> status, source_type, q, sort;
  std::optional<bool> open;
  std::int64_t limit = 50, offset = 0;
};

// ---- Breaches (R9) ----

inline const std::vector<std::string> kParties = {"customer", "operator"};
// The kinds of breach of each side: the customer's first, then the operator's.
inline const std::vector<std::string> kCustomerBreachKinds = {"non_payment", "over_use", "abuse", "prohibited_content"};
inline const std::vector<std::string> kOperatorBreachKinds = {"sla_failure", "data_loss", "unauthorised_disclosure"};
inline const std::vector<std::string> kBreachKinds = {
    "non_payment", "over_use", "abuse", "prohibited_content", "sla_failure", "data_loss", "unauthorised_disclosure"};
// "proposed": detected from monitoring (over-use), waiting for a person to confirm it (-> open)
// or dismiss it (-> closed); the customer never sees it.
inline const std::vector<std::string> kBreachStatuses = {"open", "decided", "closed", "proposed"};
// What an over-use is measured on: the contract's summed bandwidth rates or power draw.
inline const std::vector<std::string> kOveruseMetrics = {"bandwidth", "power"};
inline const std::vector<std::string> kConsequences = {"none", "penalty", "suspension", "compensation", "termination"};
inline const std::vector<std::string> kEvidenceTypes = {"ticket", "invoice", "alert", "entry", "document"};

// The figures of a breach detected from monitoring, stored as numbers (the pages render them in
// the reader's language and the business time zone). Slots are five-minute slots (Unix seconds
// / 300); the episode runs from first_slot's start to the end of last_slot.
struct Overuse {
  std::string metric;  // kOveruseMetrics
  std::int64_t first_slot = 0, last_slot = 0;
  std::int64_t peak = 0;   // bits per second | watts
  std::int64_t limit = 0;  // what the contract allows, in the same unit
  int minutes() const { return static_cast<int>((last_slot - first_slot + 1) * 5); }
};

struct Breach {
  std::int64_t id = 0;
  std::string number;  // BR-2026-000001
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::string party = "customer";
  std::string kind;
  std::string clause;
  std::string description;
  std::string occurred_on;
  std::string status = "open";
  std::optional<std::string> consequence;
  std::optional<std::int64_t> consequence_amount_fen;
  std::optional<std::string> consequence_note;
  std::optional<std::int64_t> charge_id, suspension_id;
  std::optional<std::string> decided_by, decided_at, closed_at;
  std::string created_by, created_at, updated_at;
  std::optional<std::string> detection_key;  // over-use detected from monitoring: contract, metric, first slot
  std::optional<Overuse> overuse;
  std::optional<std::string> dismissed_reason;  // a proposal dismissed on review: why
};

struct Evidence {
  std::int64_t id = 0;
  std::int64_t breach_id = 0;
  std::string object_type;
  std::optional<std::int64_t> object_id;
  std::string label;
  std::string created_by, created_at;
};

struct BreachDetail {
  Breach breach;
  std::vector<Evidence> evidence;
  std::vector<std::string> actions;  // evidence, decide, close; confirm, dismiss while proposed
};

struct BreachInput {
  std::int64_t contract_id = 0;
  std::string party = "customer";
  std::string kind;
  std::string clause;
  std::string description;
  std::string occurred_on;
};

struct EvidenceInput {
  std::string object_type;
  std::optional<std::int64_t> object_id;
  std::string label;  // what the document is; for records, filled from the record when empty
};

struct Consequence {
  std::string consequence;
  std::optional<std::int64_t> amount_fen;
  std::string note;
};

struct BreachFilter {
  std::optional<std::int64_t> customer, contract;
  std::optional<std::string> party, kind, status, q, sort;
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::disputes
