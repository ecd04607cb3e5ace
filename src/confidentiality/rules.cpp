#include "confidentiality/rules.hpp"

#include <algorithm>

namespace colo::confidentiality {

namespace {

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

bool filled(const std::optional<std::string>& s) { return s && !s->empty(); }

}  // namespace

std::vector<FieldError> request_errors(const DisclosureInput& in) {
  std::vector<FieldError> errors;
  if (!in.customer_id) errors.push_back({"customer_id", "required", "Name the customer."});
  if (in.recipient.empty()) errors.push_back({"recipient", "required", "Name who receives the information."});
  if (!one_of(kRecipientKinds, in.recipient_kind))
    errors.push_back({"recipient_kind", "confidentiality.recipient_kind", "An authority or a third party."});
  if (in.categories.empty()) errors.push_back({"categories", "required", "Name at least one category of information."});
  for (const auto& c : in.categories)
    if (!one_of(kCategories, c)) {
      errors.push_back({"categories", "confidentiality.category", "An unknown category."});
      break;
    }
  if (in.purpose.empty()) errors.push_back({"purpose", "required", "Say what the information is for."});
  if (in.withheld && in.basis != "legal")
    errors.push_back({"withheld", "confidentiality.withheld_needs_law",
                      "Only a legal basis may keep the disclosure from the customer."});
  if (in.withheld && !filled(in.withheld_law))
    errors.push_back({"withheld_law", "required", "Cite the law that forbids telling the customer."});
  return errors;
}

std::vector<FieldError> basis_errors(const DisclosureInput& in) {
  std::vector<FieldError> errors;
  if (!one_of(kBases, in.basis)) {
    errors.push_back({"basis", "confidentiality.disclosure.no_basis",
                      "The customer's written consent or a legal basis is required."});
  } else if (in.basis == "legal") {
    if (!filled(in.law)) errors.push_back({"law", "required", "Name the law."});
    if (!filled(in.article)) errors.push_back({"article", "required", "Name the article."});
    if (!filled(in.document_number))
      errors.push_back({"document_number", "required", "The number of the authority's document."});
  }
  return errors;
}

bool has_basis(const Disclosure& d) {
  if (d.basis == "consent") return filled(d.consent_hash);
  if (d.basis == "legal") return filled(d.law) && filled(d.article) && filled(d.document_number);
  return false;
}

Status check_step(const Disclosure& d, const std::string& action) {
  if (d.status == "disclosed")
    return Error::conflict("confidentiality.disclosure.disclosed", "The disclosure has been made already.")
        .with("number", d.number);
  if (action == "approve" || action == "reject") {
    if (d.status != "requested")
      return Error::conflict("confidentiality.disclosure.decided", "The request has been decided already.")
          .with("number", d.number);
    if (action == "approve" && !has_basis(d))
      return Error::unprocessable("confidentiality.disclosure.no_basis",
                                  "Neither the customer's written consent nor a legal basis is recorded.")
          .with("number", d.number);
    return {};
  }
  if (action == "disclose") {
    if (!has_basis(d))
      return Error::unprocessable("confidentiality.disclosure.no_basis",
                                  "Neither the customer's written consent nor a legal basis is recorded.")
          .with("number", d.number);
    if (d.status != "approved")
      return Error::conflict("confidentiality.disclosure.not_approved", "Management has not approved the disclosure.")
          .with("number", d.number);
    return {};
  }
  if (action == "consent") {
    if (d.basis != "consent")
      return Error::unprocessable("confidentiality.disclosure.not_consent", "The request rests on a legal basis.")
          .with("number", d.number);
    if (d.status != "requested")
      return Error::conflict("confidentiality.disclosure.decided", "The request has been decided already.")
          .with("number", d.number);
    return {};
  }
  return Error::internal("confidentiality: unknown step " + action);
}

std::vector<std::string> actions_for(const Disclosure& d, bool can_request, bool can_approve) {
  std::vector<std::string> out;
  if (can_request && d.basis == "consent" && d.status == "requested") out.push_back("consent");
  if (can_approve && d.status == "requested" && has_basis(d)) out.push_back("approve");
  if (can_approve && d.status == "requested") out.push_back("reject");
  if (can_request && d.status == "approved" && has_basis(d)) out.push_back("disclose");
  return out;
}

Date obligation_until(Date contract_until, Date contract_end, int years_after_end) {
  return std::max(contract_until, add_months(contract_end, 12 * years_after_end));
}

bool reminder_due(Date today, Date until, int days_before, bool sent) {
  if (sent || today >= until) return false;
  return today >= add_days(until, -days_before);
}

R10Measure measure_r10(const std::vector<DisclosureFact>& facts, const std::string& from, const std::string& to,
                       const std::string& previous_from) {
  R10Measure m{from, to, previous_from, {}, {}};
  for (const auto& f : facts) {
    PeriodMeasure* p = nullptr;
    if (f.disclosed_at >= from && f.disclosed_at < to)
      p = &m.current;
    else if (f.disclosed_at >= previous_from && f.disclosed_at < from)
      p = &m.previous;
    if (!p) continue;
    ++p->total;
    if (f.basis && f.approved)
      ++p->met;
    else
      p->failing.push_back(f.number);
  }
  return m;
}

}  // namespace colo::confidentiality
