// Vulnerability management (R5.2.3): a customer's consent to scanning, scans of its own addresses
// only (nmap run by Colo, or nmap and OpenVAS reports imported), findings deduplicated across
// scans (host, port, plugin) with a severity, a remediation deadline by severity, an owner and the
// customer's acknowledgement; rescans verify fixes or reopen them; security assessments of a
// customer or of the operator itself with findings and actions tracked to closure.
// Customers see their own records (404 for another's).
// Thread safety: a Service is shared by all request threads; the scanner bounds concurrent scans.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "vulns/model.hpp"
#include "vulns/report.hpp"
#include "vulns/rules.hpp"
#include "vulns/scanner.hpp"

namespace colo::vulns {

// What vulnerability management needs from customers and IPAM (src/app fills it).
struct Ports {
  // The customer's name; nullopt when there is no such customer.
  std::function<Result<std::optional<std::string>>(std::int64_t customer_id)> customer;
  // Whether the CIDR (canonical) lies inside one of the customer's own IPAM prefixes or is one of
  // its own addresses.
  std::function<Result<bool>(std::int64_t customer_id, const std::string& cidr)> owns;
  // Checks an uploaded document (PDF, JPEG or PNG by its bytes) and stores it by content hash;
  // the hash. 4xx with the upload's own codes for what is not such a file.
  std::function<Result<std::string>(std::string_view content_type, std::string_view bytes)> store_file;
  // Where a stored document is, by its hash.
  std::function<std::string(const std::string& hash)> file_path;
};

struct Options {
  DeadlineDays deadlines;
  ScannerOptions scanner;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Ports ports, Options options)
      : db_(db), clock_(clock), ports_(std::move(ports)), options_(options), scanner_(options.scanner) {}
  // Waits for scans still running in the background.
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  // ---- Consents ----
  Result<db::Counted<Consent>> consents(const Context& ctx, const CustomerFilter& f);
  // Records a consent (vulns.consent; a customer records its own). Every scope entry must be the
  // customer's own (422 vulns.target.not_customers).
  Result<Consent> record_consent(const Context& ctx, ConsentInput in);
  // 409 vulns.consent.revoked when revoked already.
  Result<Consent> revoke_consent(const Context& ctx, std::int64_t id);
  // Attaches the signed consent document (vulns.consent); replaces an earlier one, kept in the
  // audit trail by its hash.
  Result<Consent> attach_consent_file(const Context& ctx, std::int64_t id, std::string_view content_type,
                                      std::string_view bytes);
  // The signed document; 404 when the consent has none.
  Result<ConsentFile> consent_file(const Context& ctx, std::int64_t id);

  // ---- Declared services ----
  Result<std::vector<AllowedPort>> allowed(const Context& ctx, std::optional<std::int64_t> customer);
  // 409 vulns.allowed.duplicate when declared already.
  Result<AllowedPort> allow(const Context& ctx, AllowedPort in);
  Status disallow(const Context& ctx, std::int64_t id);

  // ---- Scans ----
  Result<db::Counted<Scan>> scans(const Context& ctx, const ScanFilter& f);
  Result<ScanDetail> scan(const Context& ctx, std::int64_t id);
  // Runs nmap now (vulns.scan) against targets that are the customer's own and covered by a
  // consent in force; 422 vulns.target.* otherwise, 503 vulns.scan.busy/timeout/failed.
  Result<ScanDetail> run_scan(const Context& ctx, const ScanInput& in);
  // The same checks and the same 503 vulns.scan.busy, but nmap runs on a thread of its own: the
  // scan is answered at once with status running (its place in the scanner already held) and
  // ends done or failed, recorded as run_scan records it.
  Result<ScanDetail> start_scan(const Context& ctx, const ScanInput& in);
  // Imports an nmap or OpenVAS XML report (kind nmap_import / openvas_import) for the customer;
  // every host in it must be the customer's own.
  Result<ScanDetail> import_report(const Context& ctx, std::int64_t customer_id, const std::string& kind,
                                   std::string_view xml);

  // ---- Schedules ----
  Result<db::Counted<Schedule>> schedules(const Context& ctx, const CustomerFilter& f);
  Result<Schedule> create_schedule(const Context& ctx, const ScheduleInput& in);
  // Changes the interval, profile, ports, next run and whether it is active.
  Result<Schedule> update_schedule(const Context& ctx, std::int64_t id, const ScheduleInput& in);
  // The scheduled job: runs every active schedule due on `today`; a run whose consent has lapsed
  // is recorded as a failed scan. Returns how many ran. First, scans still recorded as running
  // long after the scanner's timeout (their server stopped mid-scan) are recorded as failed with
  // vulns.scan.interrupted, so that none stays "running" for ever.
  Result<int> run_due(Date today);

  // ---- Findings ----
  Result<db::Counted<Finding>> findings(const Context& ctx, const FindingFilter& f);
  Result<FindingDetail> finding(const Context& ctx, std::int64_t id);
  // acknowledge, fix (claim), accept (risk: reason; vulns.findings.manage approves).
  Result<FindingDetail> step(const Context& ctx, std::int64_t id, const std::string& step, const std::string& note);
  Result<FindingDetail> assign(const Context& ctx, std::int64_t id, const std::string& owner);

  // ---- Assessments ----
  Result<db::Counted<Assessment>> assessments(const Context& ctx, const AssessmentFilter& f);
  Result<AssessmentDetail> assessment(const Context& ctx, std::int64_t id);
  Result<AssessmentDetail> create_assessment(const Context& ctx, const AssessmentInput& in);
  Result<AssessmentDetail> add_item(const Context& ctx, std::int64_t id, const ItemInput& in);
  Result<AssessmentDetail> close_item(const Context& ctx, std::int64_t id, std::int64_t item_id,
                                      const std::string& resolution);
  // 409 vulns.assessment.open_items while an item is open.
  Result<AssessmentDetail> close_assessment(const Context& ctx, std::int64_t id, const std::string& summary);

  // ---- Compliance (R5.2.3) ----
  // Scans on schedule and findings fixed by their deadline, over [from, to) and the period of the
  // same length before it; failing items are schedules (#id) and findings (VUL-…).
  Result<ClauseMeasure> r5_2_3(Date from, Date to);

 private:
  Status check_targets(db::Tx& tx, std::int64_t customer_id, const std::vector<std::string>& targets,
                       bool need_consent);
  Result<std::vector<std::string>> canonical_targets(const std::vector<std::string>& in);
  // Stores the scan, what it saw and what it does to the customer's findings.
  Result<ScanDetail> ingest(db::Tx& tx, const Context& ctx, Scan scan, const Report* report);
  Result<Finding> load_finding(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<FindingDetail> finding_detail(db::Tx& tx, const Context& ctx, Finding f);
  Result<Assessment> load_assessment(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<AssessmentDetail> assessment_detail(db::Tx& tx, Assessment a);
  Result<std::string> number(db::Tx& tx, const std::string& kind);
  Result<ScanDetail> scan_now(const Context& ctx, const ScanInput& in, std::optional<std::int64_t> schedule_id);
  // A scan recorded as running with its place in the scanner.
  struct Began {
    Scan scan;
    Scanner::Slot slot;
  };
  // Checks the request and its targets, reserves a place (503 vulns.scan.busy) and records the
  // scan as running.
  Result<Began> begin_scan(const Context& ctx, const ScanInput& in, std::optional<std::int64_t> schedule_id);
  // Records scans left running by a stopped server as failed; how many.
  Result<int> fail_interrupted(const Context& ctx);
  // Runs nmap in the reserved place and records the outcome and what it saw.
  Result<ScanDetail> complete_scan(const Context& ctx, Scan s, const Scanner::Slot& slot);
  std::string today() const { return format_date(clock_.today()); }
  std::string actor(const Context& ctx) const;

  db::Database& db_;
  const Clock& clock_;
  Ports ports_;
  Options options_;
  Scanner scanner_;
  std::mutex jobs_mu_;
  std::condition_variable jobs_cv_;
  int jobs_ = 0;  // background scans not yet ended
};

}  // namespace colo::vulns
