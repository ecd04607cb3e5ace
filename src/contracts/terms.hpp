// Pure rules of contract terms: validation, change agreements, renewal, the version in force on a
// day, confidentiality, renewal reminders. No database, no HTTP.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include <boost/json/object.hpp>

#include "contracts/model.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::contracts {

// The last day of a term of `months` starting on `start` (2026-01-15 + 12 months -> 2027-01-14).
Date term_end(Date start, int months);

// Field errors of a set of terms (empty when valid): the end date after the start, at least one
// line item, amounts and rates in range.
std::vector<FieldError> validate_terms(const Terms& t);

// The terms after a change agreement.
Terms apply_changes(Terms t, const Changes& c);

// Field errors of a proposed change agreement against the terms it changes: it changes
// something, takes effect within the contract's period and not before today, and leaves valid terms.
std::vector<FieldError> validate_amendment(const Terms& current, const AmendmentInput& in, Date today);

// The next term: the day after the end, for term_months.
Terms renewed(const Terms& t);

// R10.3: the confidentiality obligation runs to this day, whatever becomes of the contract.
Date confidentiality_until(const Terms& t);

// The version in force on `day`: the latest effective_from on or before it (the highest version
// on a tie); nullptr before the first.
const Version* in_force(const std::vector<Version>& versions, Date day);

// Renewal reminders go out 60, 30 and 7 days before the end date, each once: the threshold due
// on `today`, or nullopt. A late run sends only the nearest threshold, never a stale one.
inline const std::vector<int> kReminderDays = {60, 30, 7};
std::optional<int> reminder_due(Date end_date, Date today, const std::set<int>& sent);

// What the terms cost, in the currency's minor unit: the monthly equivalent of every recurring
// line (a quarterly line counts a third, a yearly one a twelfth) and the total over the term
// (term_months of it). Each is summed exactly over twelfths and rounded half up once, at the end.
struct Amounts {
  std::int64_t monthly_fen = 0;
  std::int64_t total_fen = 0;
};
Amounts amounts(const Terms& t);

// JSON of terms and changes: how versions are stored and answered.
boost::json::object terms_json(const Terms& t);
Result<Terms> terms_from_json(const boost::json::value& v);
boost::json::object changes_json(const Changes& c);
Result<Changes> changes_from_json(const boost::json::value& v);
boost::json::object line_item_json(const LineItem& l);

}  // namespace colo::contracts
