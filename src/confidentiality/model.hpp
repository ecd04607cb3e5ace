// The confidentiality module's plain records (R10): the sensitivity of each category of customer
// information, disclosure requests and disclosures, the contracts' confidentiality obligations and
// the reads of decrypted personal data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::confidentiality {

// What Colo holds about a customer, by category (R10.1): each has a sensitivity level.
inline const std::vector<std::string> kCategories = {"contacts",  "authorised_people", "devices", "network_plans",
                                                     "contracts", "invoices",          "tickets"};
inline const std::vector<std::string> kLevels = {"public", "internal", "confidential", "secret"};
inline const std::vector<std::string> kRecipientKinds = {"authority", "third_party"};
inline const std::vector<std::string> kBases = {"consent", "legal"};
inline const std::vector<std::string> kDisclosureStatuses = {"requested", "approved", "rejected", "disclosed"};
inline const std::vector<std::string> kDisclosureActions = {"consent", "approve", "reject", "disclose"};
// Sections of a customer's export, in the order the file lists them.
inline const std::vector<std::string> kExportSections = {"customer", "contacts",   "authorised_people", "contracts",
                                                         "invoices", "tickets",    "devices",           "prefixes",
                                                         "vlans",    "disclosures"};

struct Level {
  std::string category, level, updated_by, updated_at;
};

// One category of what is held about a customer: how many records and how sensitive.
struct Holding {
  std::string category, level;
  std::int64_t records = 0;
};

struct Holdings {
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::vector<Holding> categories;
};

struct Disclosure {
  std::int64_t id = 0;
  std::string number;  // DSC-2026-000001
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string recipient, recipient_kind;
  std::vector<std::string> categories;
  std::string records, purpose;
  std::string basis;  // consent, legal
  std::optional<std::string> consent_hash, consent_type, consent_name;
  std::optional<std::int64_t> consent_size;
  std::optional<std::string> law, article, document_number;
  bool withheld = false;  // the customer is not told (the law that forbids it in withheld_law)
  std::optional<std::string> withheld_law;
  std::string status = "requested";
  std::string requested_by, requested_at;
  std::optional<std::string> decided_by, decided_at, decision_note;
  std::optional<std::string> disclosed_by, disclosed_at, disclosed_what;
};

struct DisclosureDetail {
  Disclosure disclosure;
  std::vector<std::string> actions;  // what the caller may do now
};

struct DisclosureInput {
  std::optional<std::int64_t> customer_id;
  std::string recipient, recipient_kind;
  std::vector<std::string> categories;
  std::string records, purpose;
  std::string basis;
  std::optional<std::string> law, article, document_number;
  bool withheld = false;
  std::optional<std::string> withheld_law;
};

struct DisclosureFilter {
  std::optional<std::int64_t> customer;
  std::optional<std::string> status, q, sort;
  std::int64_t limit = 50, offset = 0;
};

// A contract's confidentiality obligation: it runs to the later of the contract's own date (R10.3:
// years from the effective date) and the contract's end plus `years_after_end`.
struct Obligation {
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string contract_status;
  std::string effective_date, contract_end;  // the end: terminated early, else the end date
  int years_after_end = 0;
  bool years_custom = false;  // set on this contract, not the configured default
  std::string until;
  bool active = true;  // the duty has not ended yet
  std::optional<std::string> reminded_at;
};

struct ObligationFilter {
  std::optional<std::int64_t> customer;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

// A read of decrypted personal data, as the audit log recorded it.
struct SensitiveRead {
  std::int64_t audit_id = 0;
  std::string at, actor, object_type, object_id, action;
  std::optional<std::int64_t> customer_id;
  std::vector<std::string> fields;
};

}  // namespace colo::confidentiality
