// Pure rules of confidentiality (R10): when a disclosure may be approved and made, when a
// contract's obligation ends and when its reminder is due, and the R10 measure of the compliance
// view. No database, no HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "confidentiality/model.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace colo::confidentiality {

// Field errors of a disclosure request (400): who receives it, what and why; a customer not told
// names the law that forbids telling (only with a legal basis).
std::vector<FieldError> request_errors(const DisclosureInput& in);
// Field errors of its basis (422 confidentiality.disclosure.no_basis, R10.2): consent or legal;
// a legal basis names the law, the article and the authority's document.
std::vector<FieldError> basis_errors(const DisclosureInput& in);

// Whether the disclosure rests on something (R10.2): the customer's written consent uploaded, or
// a legal basis recorded in full.
bool has_basis(const Disclosure& d);

// The step `action` (approve, reject, disclose, consent) on a disclosure in its state: 409
// confidentiality.disclosure.decided when approved or rejected already,
// confidentiality.disclosure.not_approved to disclose what management did not approve,
// confidentiality.disclosure.disclosed once made; 422 confidentiality.disclosure.no_basis to
// approve or disclose without consent or legal basis.
Status check_step(const Disclosure& d, const std::string& action);

// What the caller may do now.
std::vector<std::string> actions_for(const Disclosure& d, bool can_request, bool can_approve);

// R10.3: the obligation runs to the later of the contract's own date (years from the effective
// date) and its end plus `years_after_end`; it never ends with the contract.
Date obligation_until(Date contract_until, Date contract_end, int years_after_end);

// The reminder is due from `days_before` days before the end until the end, once.
bool reminder_due(Date today, Date until, int days_before, bool sent);

// ---- R10 for the compliance view ----

// A disclosure made, as the measure needs it.
struct DisclosureFact {
  std::string number;
  std::string disclosed_at;  // UTC instant
  bool basis = false;        // consent uploaded or legal basis recorded
  bool approved = false;     // management approved it before it was made
};

// How many disclosures of a period met the rule out of how many, with the failing ones' numbers.
struct PeriodMeasure {
  std::int64_t met = 0, total = 0;
  std::vector<std::string> failing;
};

// "Disclosures with consent or legal basis and approval" (R10.2), for disclosures made in [from,
// to) and in the period of the same length before it. Instants compare as their text (UTC).
struct R10Measure {
  std::string from, to, previous_from;
  PeriodMeasure current, previous;
};
R10Measure measure_r10(const std::vector<DisclosureFact>& facts, const std::string& from, const std::string& to,
                       const std::string& previous_from);

}  // namespace colo::confidentiality
