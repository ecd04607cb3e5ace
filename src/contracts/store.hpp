// The contracts module's SQL: contracts, contract_numbers, contract_versions,
// contract_amendments, contract_reminders, contract_settlement_items and
// contract_termination_requests, contract_resources and contract_move_out_tasks, nothing else.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "contracts/model.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::contracts::store {

// Gap-free per year (the counter row is incremented in the caller's write transaction).
Result<std::int64_t> next_number(db::Tx& tx, int year);

Result<std::int64_t> insert(db::Tx& tx, const Contract& c);
Status update(db::Tx& tx, const Contract& c);
Result<std::optional<Contract>> find(db::Tx& tx, std::int64_t id);
Result<std::optional<std::int64_t>> find_by_application(db::Tx& tx, std::int64_t application_id);
Result<std::pair<std::int64_t, std::vector<Contract>>> list(db::Tx& tx, const Context& ctx, const ListFilter& f,
                                                            Date today);

Status insert_version(db::Tx& tx, const Contract& c, const Version& v);
// Replaces the terms of a version (a draft's only version).
Status update_version(db::Tx& tx, std::int64_t contract_id, const Version& v);
Result<std::vector<Version>> versions(db::Tx& tx, std::int64_t contract_id);
// Gives each contract the line items and service levels of the version it mirrors
// (current_version), in one query: lists carry only the mirrored columns of the terms, and the
// month-end SLA computation reads its targets from a list.
Status fill_line_items(db::Tx& tx, std::vector<Contract>& contracts);

Result<int> next_amendment_number(db::Tx& tx, std::int64_t contract_id);
Result<std::int64_t> insert_amendment(db::Tx& tx, const Amendment& a);
Status update_amendment(db::Tx& tx, const Amendment& a);
Result<std::optional<Amendment>> find_amendment(db::Tx& tx, std::int64_t contract_id, std::int64_t id);
Result<std::vector<Amendment>> amendments(db::Tx& tx, std::int64_t contract_id);
// Operators' price changes the customer has not agreed to whose effective date is before `day`:
// {contract id, amendment id}.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> price_changes_unagreed(db::Tx& tx, Date day);
// The price changes report (kPriceChangeList), confined to the caller's customer.
Result<db::Counted<PriceChangeRow>> price_changes(db::Tx& tx, const Context& ctx, const PriceChangeFilter& f);
// Agreed amendments taking effect on or before `day`: {contract id, amendment id}.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> amendments_due(db::Tx& tx, Date day);

Status insert_settlement_item(db::Tx& tx, const Contract& c, int position, const std::string& kind,
                              const std::string& now);
Result<std::vector<SettlementItem>> settlement(db::Tx& tx, std::int64_t contract_id);
Result<std::optional<SettlementItem>> find_settlement_item(db::Tx& tx, std::int64_t contract_id, std::int64_t id);
Status update_settlement_item(db::Tx& tx, const SettlementItem& item);

Status insert_resource(db::Tx& tx, const Contract& c, const std::string& kind, std::int64_t ref_id,
                       const std::string& label, const std::string& now);
Result<std::vector<Resource>> resources(db::Tx& tx, std::int64_t contract_id);
// Contracts that were in force (active, expired or terminated) on some day of [from, to] (of one
// customer, when given), after `after_id` along the primary key, `limit` of them, with the line
// items and service levels of their current version.
Result<std::vector<Contract>> in_force_after(db::Tx& tx, Date from, Date to, std::optional<std::int64_t> customer_id,
                                             std::int64_t after_id, int limit);
// (contract id, device id) of the device resources of the contracts, in one query.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> device_resources_of(db::Tx& tx,
                                                                               const std::vector<std::int64_t>& ids);
Status update_resource(db::Tx& tx, const Resource& r);
// The contracts holding the resource, newest first.
Result<std::vector<std::int64_t>> contracts_of_resource(db::Tx& tx, const std::string& kind, std::int64_t ref_id);
// Addresses whose release is due on or before `day` and not yet released: {contract id, resource id}.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> releases_due(db::Tx& tx, Date day);

Status insert_move_out_task(db::Tx& tx, const Contract& c, std::int64_t device_id, const std::string& device_name,
                            const std::string& now);
Result<std::vector<MoveOutTask>> move_out_tasks(db::Tx& tx, std::int64_t contract_id);

Result<std::int64_t> insert_termination_request(db::Tx& tx, const TerminationRequest& r);
// Stores the answer if the request is still open; false when another answer came first (on
// PostgreSQL the row lock makes the second writer see the first one's status).
Result<bool> answer_termination_request(db::Tx& tx, const TerminationRequest& r);
Result<std::vector<TerminationRequest>> termination_requests(db::Tx& tx, std::int64_t contract_id);
Result<std::optional<TerminationRequest>> find_termination_request(db::Tx& tx, std::int64_t contract_id,
                                                                   std::int64_t id);

Result<std::set<int>> reminders_sent(db::Tx& tx, std::int64_t contract_id, Date end_date);
Status insert_reminder(db::Tx& tx, std::int64_t contract_id, Date end_date, int days, const std::string& now);

// Active contracts whose term ends on or before `day`, by id.
Result<std::vector<std::int64_t>> active_ending_by(db::Tx& tx, Date day);

}  // namespace colo::contracts::store
