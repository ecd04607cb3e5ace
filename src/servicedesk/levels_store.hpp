// SQL of the service-level tables (migration 0028): outages, covered months, credit tables,
// credits, and the month's ticket facts read from the service desk's own tickets.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/list.hpp"
#include "servicedesk/levels.hpp"

namespace colo::servicedesk {
// Management's per-customer breakdown of a month (GET /api/v1/servicedesk/levels/report/customers).
extern const db::ListSpec kQualityList;
}  // namespace colo::servicedesk

namespace colo::servicedesk::levels_store {

Result<std::int64_t> insert_outage(db::Tx& tx, const Outage& o, const std::string& now);
Status cover_month(db::Tx& tx, std::int64_t customer_id, const std::string& month, const std::string& source,
                   const std::string& by, const std::string& now);
Result<bool> month_covered(db::Tx& tx, std::int64_t customer_id, const std::string& month);
// Outages of the customer that concern the contract (or every contract when none) and the service
// (or every service when none), overlapping [from, to).
Result<std::vector<Outage>> outages_between(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                            std::optional<std::int64_t> contract_id,
                                            const std::optional<std::string>& service, Instant from, Instant to);
// The outages of many customers overlapping [from, to), in one query (customer, start order).
Result<std::vector<Outage>> outages_of(db::Tx& tx, const std::vector<std::int64_t>& customers, Instant from,
                                       Instant to);

Result<std::optional<CreditTable>> credit_table(db::Tx& tx, std::int64_t contract_id);
Status save_credit_table(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, const CreditTable& t,
                         const std::string& by, const std::string& now);

// The month-end job's reads for the whole month, and its writes in batches.
Result<std::set<std::int64_t>> credited_contracts(db::Tx& tx, const std::string& month);
Result<std::map<std::int64_t, CreditTable>> credit_tables(db::Tx& tx);
Result<std::set<std::int64_t>> covered_customers(db::Tx& tx, const std::string& month);
// Inserts each credit unless its contract's month is already there; the contracts inserted.
Result<std::set<std::int64_t>> insert_credits(db::Tx& tx, const std::vector<Credit>& credits);
Result<std::optional<Credit>> find_credit(db::Tx& tx, std::int64_t id);
Result<std::vector<Credit>> credits(db::Tx& tx, const std::string& month, std::optional<std::int64_t> customer_id);
// Sets the review when the row is still at `row_version` and pending; whether it did.
Result<bool> review_credit(db::Tx& tx, const Credit& c, int row_version);

// The month's tickets (raised in [from, to)) of one customer or all.
Result<std::vector<TicketFacts>> ticket_facts(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                              const std::string& from, const std::string& to);

// The next gap-free number of `kind` in `year` (servicedesk_numbers), inside the writer's transaction.
Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year);

Result<std::int64_t> insert_claim(db::Tx& tx, const Claim& c);
Result<std::optional<Claim>> find_claim(db::Tx& tx, std::int64_t id);
Result<std::vector<Claim>> claims(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                  const std::optional<std::string>& status);
Result<bool> update_claim(db::Tx& tx, const Claim& c, int row_version);

Result<std::int64_t> insert_action(db::Tx& tx, const ImprovementAction& a);
Result<std::optional<ImprovementAction>> find_action(db::Tx& tx, std::int64_t id);
Result<std::vector<ImprovementAction>> actions(db::Tx& tx, std::optional<std::string> due_before);
Result<std::int64_t> count_overdue(db::Tx& tx, const std::string& today);
Result<bool> update_action(db::Tx& tx, const ImprovementAction& a, int row_version);
// The action columns and row reader, and each action's tickets filled in one query (the report's
// reads share them).
std::string_view action_columns();
Result<ImprovementAction> action_row(const db::Row& r);
Status action_tickets(db::Tx& tx, std::vector<ImprovementAction>& actions);

// ---- The monthly service-quality report (report_store.cpp) ----
Result<std::optional<std::string>> customer_name(db::Tx& tx, std::int64_t customer_id);
// Fills contracts, contracts_measured, contracts_met, credit_granted_fen and credit_pending_fen
// from the month's credit rows (of one customer, or all).
Status credit_totals(db::Tx& tx, const std::string& month, std::optional<std::int64_t> customer_id, QualityReport& out);
// Actions open at some time in [from, to), by due date; a customer's: linked to its tickets.
Result<std::vector<ImprovementAction>> actions_of_month(db::Tx& tx, const std::string& from, const std::string& to,
                                                        std::optional<std::int64_t> customer_id);
// Management's breakdown of the month (tickets raised in [from, to), the month's credit rows).
Result<db::Counted<CustomerQuality>> customer_quality(db::Tx& tx, const Context& ctx, const std::string& from,
                                                      const std::string& to, const QualityFilter& f);

}  // namespace colo::servicedesk::levels_store
