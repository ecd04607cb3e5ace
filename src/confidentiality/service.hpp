// Confidentiality (R10): what Colo holds about each customer and how sensitive each category is;
// disclosure requests to authorities and third parties, resting on the customer's written consent
// or a legal basis and approved by management before they are made (R10.2), each one recorded and
// shown to the customer unless the law forbids it; the reads of decrypted personal data (from the
// audit log); each contract's confidentiality obligation, which outlives the contract (R10.3), with
// a reminder before it ends; and the export of everything held about a customer, for that customer.
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "confidentiality/model.hpp"
#include "confidentiality/rules.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"

namespace colo::confidentiality {

// ---- What confidentiality needs from the other modules (src/app fills it) ----

struct CustomerRef {
  std::int64_t id = 0;
  std::string name;
};

// A contract as the obligation needs it.
struct ContractFact {
  std::int64_t id = 0, customer_id = 0;
  std::string number, customer_name, status;
  Date effective_date{}, end_date{};
  std::optional<Date> ended_on;  // terminated early or ended: the day it ended
  Date confidentiality_until{};  // the contract's own date (R10.3)
};

struct ContractQuery {
  std::optional<std::int64_t> customer;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

// One page of an export section: the section's count and its records as a JSON array's text.
struct SectionPage {
  std::int64_t count = 0;
  std::string records = "[]";
};

struct Ports {
  // The customer as the caller sees it; nullopt when unknown or foreign.
  std::function<Result<std::optional<CustomerRef>>(const Context&, std::int64_t id)> customer;
  // How many records of `category` (kCategories) are held about the customer.
  std::function<Result<std::int64_t>(const Context&, std::int64_t customer_id, const std::string& category)> count;
  // A page of contracts as the caller sees them (customers: their own).
  std::function<Result<db::Counted<ContractFact>>(const Context&, const ContractQuery&)> contracts;
  // One contract as the caller sees it; nullopt when unknown or foreign.
  std::function<Result<std::optional<ContractFact>>(const Context&, std::int64_t id)> contract;
  // A page of an export section held by another module (every section but "disclosures").
  std::function<Result<SectionPage>(const Context&, std::int64_t customer_id, const std::string& section,
                                    std::int64_t limit, std::int64_t offset)>
      section;
};

struct Options {
  std::filesystem::path files;  // where consent files are stored, by content hash
  int years_after_end = 3;      // default years the duty runs after a contract ends
  int reminder_days = 30;       // days before the duty ends that the reminder goes out
};

// A stored consent file for download.
struct ConsentFile {
  std::filesystem::path path;
  std::string content_type, file_name;
};

struct ExportSection {
  std::string name;
  std::int64_t count = 0;
};

struct ExportIndex {
  std::int64_t customer_id = 0;
  std::string customer_name, generated_at;
  std::int64_t page_size = 0;
  std::vector<ExportSection> sections;
};

struct ReminderReport {
  int checked = 0, sent = 0;
};

struct SensitiveReadFilter {
  std::optional<std::int64_t> customer;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

// The largest page of an export section.
constexpr std::int64_t kExportPage = 1000;

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Ports ports, Options options)
      : db_(db), clock_(clock), ports_(std::move(ports)), options_(std::move(options)) {}

  // ---- Classification ----
  Result<std::vector<Level>> levels(const Context& ctx);
  // confidentiality.manage; 400 for an unknown category or level.
  Result<std::vector<Level>> set_level(const Context& ctx, const std::string& category, const std::string& level);
  // What is held about the customer, per category, with its level; 404 for another's.
  Result<Holdings> holdings(const Context& ctx, std::int64_t customer_id);

  // ---- Disclosures (R10.2) ----
  Result<db::Counted<Disclosure>> disclosures(const Context& ctx, const DisclosureFilter& f);
  Result<DisclosureDetail> disclosure(const Context& ctx, std::int64_t id);
  // A request (confidentiality.request): 400 for missing fields, 422
  // confidentiality.disclosure.no_basis without consent or a complete legal basis.
  Result<DisclosureDetail> request(const Context& ctx, const DisclosureInput& in);
  // The customer's written consent (PDF, JPEG or PNG), stored by content hash.
  Result<DisclosureDetail> upload_consent(const Context& ctx, std::int64_t id, const std::string& content_type,
                                          std::string_view bytes, const std::string& file_name);
  Result<ConsentFile> consent_file(const Context& ctx, std::int64_t id);
  // Management's decision (confidentiality.approve): 422 no_basis to approve without one, 422
  // own_request for the requester approving its own request; 409
  // confidentiality.disclosure.decided for the second of two decisions.
  Result<DisclosureDetail> decide(const Context& ctx, std::int64_t id, bool approve, const std::string& note);
  // Records the disclosure made (what was handed over): 409 not_approved / disclosed.
  Result<DisclosureDetail> disclose(const Context& ctx, std::int64_t id, const std::string& what);

  // ---- Reads of decrypted personal data ----
  Result<db::Counted<SensitiveRead>> sensitive_reads(const Context& ctx, const SensitiveReadFilter& f);

  // ---- Obligations (R10.3) ----
  Result<db::Counted<Obligation>> obligations(const Context& ctx, const ObligationFilter& f);
  // The contract's own years after its end (confidentiality.manage), 0–50.
  Result<Obligation> set_years(const Context& ctx, std::int64_t contract_id, int years);
  // The daily job: a reminder to the customer and to management `reminder_days` before a duty
  // ends, once per contract and end date.
  Result<ReminderReport> send_reminders(Date today);

  // ---- Export ----
  // Starts an export (audited): the sections and their counts; 404 for another customer.
  Result<ExportIndex> export_index(const Context& ctx, std::int64_t customer_id);
  // One page of a section, at most kExportPage records.
  Result<SectionPage> export_section(const Context& ctx, std::int64_t customer_id, const std::string& section,
                                     std::int64_t limit, std::int64_t offset);

  // ---- R10 for the compliance view ----
  // Disclosures made in [from, to) and in the period of the same length before, measured against
  // "consent or legal basis, and approval" (R10.2).
  Result<R10Measure> r10(Date from, Date to);

 private:
  Result<Disclosure> load(db::Tx& tx, const Context& ctx, std::int64_t id);
  DisclosureDetail detail(const Context& ctx, Disclosure d) const;
  Result<CustomerRef> visible_customer(const Context& ctx, std::int64_t customer_id);
  Obligation obligation_of(const ContractFact& c, std::optional<int> years, Date today) const;
  std::string actor(const Context& ctx) const;

  db::Database& db_;
  const Clock& clock_;
  Ports ports_;
  Options options_;
};

}  // namespace colo::confidentiality
