// The firewall module's SQL: its own tables only (firewall_requests, firewall_request_lines,
// firewall_rules, firewall_numbers). Every function runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "firewall/model.hpp"

namespace colo::firewall::store {

extern const db::ListSpec kRequestList;
extern const db::ListSpec kRuleList;

Result<std::int64_t> next_number(db::Tx& tx, int year);
Result<std::int64_t> insert_request(db::Tx& tx, const Request& r);
Status insert_line(db::Tx& tx, const RequestLine& l);
Result<std::optional<Request>> find_request(db::Tx& tx, std::int64_t id);
Result<std::vector<RequestLine>> lines_of(db::Tx& tx, std::int64_t request_id);
// Records the decision of a request still submitted; false when it was decided meanwhile.
Result<bool> decide(db::Tx& tx, const Request& r);
Result<db::Counted<Request>> list_requests(db::Tx& tx, const Context& ctx, const RequestFilter& f);

Result<std::int64_t> insert_rule(db::Tx& tx, const Rule& r, const std::string& match_key);
Result<std::optional<Rule>> find_rule(db::Tx& tx, std::int64_t id);
// The rule in force with this key, if any.
Result<std::optional<std::int64_t>> in_force_with_key(db::Tx& tx, const std::string& match_key);
// Takes a rule out of force; false when it was not in force any more.
Result<bool> remove_rule(db::Tx& tx, std::int64_t id, std::optional<std::int64_t> request_id, const std::string& at,
                         const std::string& reason);
// `expires_before`: the rules in force whose last day is before or on it (already set).
Result<db::Counted<Rule>> list_rules(db::Tx& tx, const Context& ctx, const RuleFilter& f);
// Rules in force whose last day is before `day` (the expiry job retires them).
Result<std::vector<Rule>> expired_on(db::Tx& tx, const std::string& day);
// Rules in force whose last day is on or before `until`, not yet notified.
Result<std::vector<Rule>> to_notify(db::Tx& tx, const std::string& until);
Status mark_notified(db::Tx& tx, std::int64_t id, const std::string& at);
// Rules in force at some time in [from, to).
Result<std::vector<RuleSpan>> spans(db::Tx& tx, const std::string& from, const std::string& to);

}  // namespace colo::firewall::store
