// The vulnerability module's SQL: its own tables only (vulns_*). Every function runs inside the
// caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/business_calendar.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "vulns/model.hpp"
#include "vulns/rules.hpp"

namespace colo::vulns::store {

extern const db::ListSpec kConsentList, kScanList, kFindingList, kAssessmentList, kScheduleList;

// The next number of `kind` (SCN, VUL, SA) in `year`.
Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year);

// ---- Consents ----
Result<std::int64_t> insert_consent(db::Tx& tx, const Consent& c);
Result<std::optional<Consent>> find_consent(db::Tx& tx, std::int64_t id);
Status revoke_consent(db::Tx& tx, std::int64_t id, const std::string& at);
Status set_consent_file(db::Tx& tx, std::int64_t id, const std::string& hash, const std::string& type);
Result<db::Counted<Consent>> list_consents(db::Tx& tx, const Context& ctx, const CustomerFilter& f);
// The customer's consents not revoked (in force or not: the caller judges the dates).
Result<std::vector<Consent>> live_consents(db::Tx& tx, std::int64_t customer_id);

// ---- Allowed ports ----
Result<std::optional<std::int64_t>> insert_allowed(db::Tx& tx, const AllowedPort& a);
Result<std::optional<AllowedPort>> find_allowed(db::Tx& tx, std::int64_t id);
Status delete_allowed(db::Tx& tx, std::int64_t id);
Result<std::vector<AllowedPort>> allowed_of(db::Tx& tx, std::int64_t customer_id);
Result<std::vector<AllowedPort>> list_allowed(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> customer);

// ---- Schedules ----
Result<std::int64_t> insert_schedule(db::Tx& tx, const Schedule& s);
Status update_schedule(db::Tx& tx, const Schedule& s);
Result<std::optional<Schedule>> find_schedule(db::Tx& tx, std::int64_t id);
Result<db::Counted<Schedule>> list_schedules(db::Tx& tx, const Context& ctx, const CustomerFilter& f);
// Active schedules whose next run is on or before `today`.
Result<std::vector<Schedule>> due_schedules(db::Tx& tx, const std::string& today);

// ---- Scans ----
Result<std::int64_t> insert_scan(db::Tx& tx, const Scan& s);
Status update_scan_counts(db::Tx& tx, const Scan& s);
// Records the outcome of a running scan (status, error, finished_at); false when it is not running.
Result<bool> finish_scan(db::Tx& tx, const Scan& s);
// Ids of scans recorded as running that began before `started_before` (an instant).
Result<std::vector<std::int64_t>> stale_scans(db::Tx& tx, const std::string& started_before);
Status insert_scan_port(db::Tx& tx, std::int64_t scan_id, const ScanPort& p);
Result<std::optional<Scan>> find_scan(db::Tx& tx, std::int64_t id);
Result<std::vector<ScanPort>> ports_of(db::Tx& tx, std::int64_t scan_id);
Result<db::Counted<Scan>> list_scans(db::Tx& tx, const Context& ctx, const ScanFilter& f);

// ---- Findings ----
Result<std::int64_t> insert_finding(db::Tx& tx, const Finding& f);
// Writes the mutable columns (status, owner, acknowledgement, risk, last seen, closed).
Status update_finding(db::Tx& tx, const Finding& f);
Result<std::optional<Finding>> find_finding(db::Tx& tx, std::int64_t id);
// The customer's findings from nmap (plugin open-port) or from OpenVAS (the others).
Result<std::vector<Finding>> findings_of(db::Tx& tx, std::int64_t customer_id, bool open_ports);
Result<db::Counted<Finding>> list_findings(db::Tx& tx, const Context& ctx, const FindingFilter& f,
                                           const std::string& today);
Status insert_event(db::Tx& tx, const FindingEvent& e);
Result<std::vector<FindingEvent>> events_of(db::Tx& tx, std::int64_t finding_id);

// ---- Assessments ----
Result<std::int64_t> insert_assessment(db::Tx& tx, const Assessment& a);
Status update_assessment(db::Tx& tx, const Assessment& a);
Result<std::optional<Assessment>> find_assessment(db::Tx& tx, std::int64_t id, const std::string& today);
Result<db::Counted<Assessment>> list_assessments(db::Tx& tx, const Context& ctx, const AssessmentFilter& f,
                                                 const std::string& today);
Result<std::int64_t> insert_item(db::Tx& tx, const AssessmentItem& i);
Result<std::vector<AssessmentItem>> items_of(db::Tx& tx, std::int64_t assessment_id);
// Closes an open item of the assessment; false when not its or done already.
Result<bool> close_item(db::Tx& tx, std::int64_t assessment_id, std::int64_t item_id, const std::string& resolution,
                        const std::string& at);

// ---- Compliance ----
// Schedules created before the business day `to` with the business dates of their completed scans.
Result<std::vector<ScheduleFact>> schedule_facts(db::Tx& tx, Date to, const BusinessCalendar& calendar);
// Findings due in [from, to) (business dates).
Result<std::vector<FindingFact>> findings_due(db::Tx& tx, const std::string& from, const std::string& to);

}  // namespace colo::vulns::store
