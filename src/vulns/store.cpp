#include "vulns/store.hpp"

#include <map>
#include <sstream>

#include "db/cursor.hpp"

namespace colo::vulns::store {

const db::ListSpec kConsentList{
    .search = {"c.granted_by", "c.scope", "c.document"},
    .sorts = {{"created_at", "c.created_at"}, {"valid_until", "c.valid_until"}, {"valid_from", "c.valid_from"}},
    .default_order = "c.created_at DESC, c.id DESC",
    .tiebreak = "c.id",
    .tenant_column = "c.customer_id"};
const db::ListSpec kScheduleList{.search = {"s.targets"},
                                 .sorts = {{"created_at", "s.created_at"}, {"next_run_on", "s.next_run_on"}},
                                 .default_order = "s.next_run_on, s.id",
                                 .tiebreak = "s.id",
                                 .tenant_column = "s.customer_id"};
const db::ListSpec kScanList{.search = {"s.number", "s.targets"},
                             .sorts = {{"started_at", "s.started_at"},
                                       {"number", "s.number"},
                                       {"open_ports", "s.open_ports"},
                                       {"findings_new", "s.findings_new"}},
                             .default_order = "s.started_at DESC, s.id DESC",
                             .tiebreak = "s.id",
                             .tenant_column = "s.customer_id"};
const db::ListSpec kFindingList{.search = {"f.number", "f.host", "f.title", "f.plugin", "f.owner"},
                                .sorts = {{"due_on", "f.due_on"},
                                          {"number", "f.number"},
                                          {"severity", "f.cvss_tenths"},
                                          {"host", "f.host"},
                                          {"last_seen_at", "f.last_seen_at"},
                                          {"status", "f.status"}},
                                .default_order = "f.due_on, f.id",
                                .tiebreak = "f.id",
                                .tenant_column = "f.customer_id"};
const db::ListSpec kAssessmentList{
    .search = {"a.number", "a.title", "a.scope", "a.assessor"},
    .sorts = {{"assessed_on", "a.assessed_on"}, {"number", "a.number"}, {"status", "a.status"}},
    .default_order = "a.assessed_on DESC, a.id DESC",
    .tiebreak = "a.id",
    .tenant_column = "a.customer_id"};

namespace {

constexpr std::string_view kNextNumber =
    "INSERT INTO vulns_numbers (kind, year, last_value) VALUES ($1, $2, 1) ON CONFLICT (kind, year) DO UPDATE SET "
    "last_value = vulns_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kConsentCols =
    "SELECT c.id, c.customer_id, c.granted_by, c.granted_on, c.scope, c.valid_from, c.valid_until, c.source, "
    "c.document, c.file_hash, c.file_type, c.revoked_at, c.created_by, c.created_at FROM vulns_consents c";
constexpr std::string_view kConsentCount = "SELECT COUNT(*) FROM vulns_consents c";
constexpr std::string_view kInsertConsent =
    "INSERT INTO vulns_consents (customer_id, granted_by, granted_on, scope, valid_from, valid_until, source, "
    "document, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
constexpr std::string_view kSetConsentFile = "UPDATE vulns_consents SET file_hash = $2, file_type = $3 WHERE id = $1";
constexpr std::string_view kRevokeConsent =
    "UPDATE vulns_consents SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";

constexpr std::string_view kAllowedCols =
    "SELECT a.id, a.customer_id, a.protocol, a.port, a.note, a.created_by, a.created_at FROM vulns_allowed_ports a";
constexpr std::string_view kInsertAllowed =
    "INSERT INTO vulns_allowed_ports (customer_id, protocol, port, note, created_by, created_at) VALUES ($1, $2, $3, "
    "$4, $5, $6) ON CONFLICT (customer_id, protocol, port) DO NOTHING RETURNING id";
constexpr std::string_view kDeleteAllowed = "DELETE FROM vulns_allowed_ports WHERE id = $1";

constexpr std::string_view kScheduleCols =
    "SELECT s.id, s.customer_id, s.targets, s.profile, s.ports, s.interval_days, s.next_run_on, s.active, "
    "s.created_by, s.created_at, s.updated_at FROM vulns_schedules s";
constexpr std::string_view kScheduleCount = "SELECT COUNT(*) FROM vulns_schedules s";
constexpr std::string_view kInsertSchedule =
    "INSERT INTO vulns_schedules (customer_id, targets, profile, ports, interval_days, next_run_on, active, "
    "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id";
constexpr std::string_view kUpdateSchedule =
    "UPDATE vulns_schedules SET targets = $2, profile = $3, ports = $4, interval_days = $5, next_run_on = $6, "
    "active = $7, updated_at = $8 WHERE id = $1";

constexpr std::string_view kScanCols =
    "SELECT s.id, s.number, s.customer_id, s.schedule_id, s.kind, s.targets, s.profile, s.ports, s.status, "
    "s.hosts_up, s.open_ports, s.findings_new, s.findings_closed, s.findings_reopened, s.error, s.started_at, "
    "s.finished_at, s.created_by FROM vulns_scans s";
constexpr std::string_view kScanCount = "SELECT COUNT(*) FROM vulns_scans s";
constexpr std::string_view kInsertScan =
    "INSERT INTO vulns_scans (number, customer_id, schedule_id, kind, targets, profile, ports, status, hosts_up, "
    "open_ports, findings_new, findings_closed, findings_reopened, error, started_at, finished_at, created_by) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id";
constexpr std::string_view kUpdateScanCounts =
    "UPDATE vulns_scans SET hosts_up = $2, open_ports = $3, findings_new = $4, findings_closed = $5, "
    "findings_reopened = $6 WHERE id = $1";
// A scan answered "running" gets its outcome once, from the thread that ran it.
constexpr std::string_view kFinishScan =
    "UPDATE vulns_scans SET status = $2, error = $3, finished_at = $4 WHERE id = $1 AND status = 'running'";
// Scans still "running" that began before $1: the process that ran them stopped before their end.
constexpr std::string_view kStaleScans =
    "SELECT id FROM vulns_scans WHERE status = 'running' AND started_at < $1 ORDER BY id";
constexpr std::string_view kInsertScanPort =
    "INSERT INTO vulns_scan_ports (scan_id, host, protocol, port, service, product, version) VALUES ($1, $2, $3, $4, "
    "$5, $6, $7)";
constexpr std::string_view kScanPorts =
    "SELECT host, protocol, port, service, product, version FROM vulns_scan_ports WHERE scan_id = $1 ORDER BY host, "
    "port, id";

constexpr std::string_view kFindingCols =
    "SELECT f.id, f.number, f.customer_id, f.host, f.protocol, f.port, f.plugin, f.title, f.detail, f.cvss_tenths, "
    "f.severity, f.status, f.due_on, f.owner, f.acknowledged_by, f.acknowledged_at, f.risk_reason, "
    "f.risk_approved_by, f.first_scan_id, f.last_scan_id, f.first_seen_at, f.last_seen_at, f.closed_at, f.updated_at "
    "FROM vulns_findings f";
constexpr std::string_view kFindingCount = "SELECT COUNT(*) FROM vulns_findings f";
constexpr std::string_view kInsertFinding =
    "INSERT INTO vulns_findings (number, customer_id, host, protocol, port, plugin, title, detail, cvss_tenths, "
    "severity, status, due_on, owner, first_scan_id, last_scan_id, first_seen_at, last_seen_at, updated_at) VALUES "
    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $15, $15) RETURNING id";
constexpr std::string_view kUpdateFinding =
    "UPDATE vulns_findings SET status = $2, owner = $3, acknowledged_by = $4, acknowledged_at = $5, risk_reason = $6, "
    "risk_approved_by = $7, last_scan_id = $8, last_seen_at = $9, closed_at = $10, updated_at = $11, title = $12, "
    "detail = $13 WHERE id = $1";
constexpr std::string_view kInsertEvent =
    "INSERT INTO vulns_finding_events (finding_id, action, status, note, scan_id, actor, at) VALUES ($1, $2, $3, $4, "
    "$5, $6, $7)";
constexpr std::string_view kEvents =
    "SELECT id, finding_id, action, status, note, scan_id, actor, at FROM vulns_finding_events WHERE finding_id = $1 "
    "ORDER BY id";

// Open and overdue items are counted in SQL, per assessment, with `today` as $1.
constexpr std::string_view kAssessmentCols =
    "SELECT a.id, a.number, a.customer_id, a.title, a.scope, a.assessed_on, a.assessor, a.status, a.summary, "
    "a.closed_at, a.created_by, a.created_at, a.updated_at, (SELECT COUNT(*) FROM vulns_assessment_items i WHERE "
    "i.assessment_id = a.id AND i.status = 'open'), (SELECT COUNT(*) FROM vulns_assessment_items i WHERE "
    "i.assessment_id = a.id AND i.status = 'open' AND i.due_on < $1) FROM vulns_assessments a";
constexpr std::string_view kAssessmentCount = "SELECT COUNT(*) FROM vulns_assessments a";
constexpr std::string_view kInsertAssessment =
    "INSERT INTO vulns_assessments (number, customer_id, title, scope, assessed_on, assessor, status, summary, "
    "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id";
constexpr std::string_view kUpdateAssessment =
    "UPDATE vulns_assessments SET status = $2, summary = $3, closed_at = $4, updated_at = $5 WHERE id = $1";
constexpr std::string_view kInsertItem =
    "INSERT INTO vulns_assessment_items (assessment_id, kind, title, severity, owner, due_on, status, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8) RETURNING id";
constexpr std::string_view kItems =
    "SELECT id, assessment_id, kind, title, severity, owner, due_on, status, resolution, closed_at, created_by, "
    "created_at FROM vulns_assessment_items WHERE assessment_id = $1 ORDER BY due_on, id";
constexpr std::string_view kCloseItem =
    "UPDATE vulns_assessment_items SET status = 'done', resolution = $3, closed_at = $4 WHERE id = $2 AND "
    "assessment_id = $1 AND status = 'open'";

constexpr std::string_view kScheduleFacts =
    "SELECT s.id, s.customer_id, s.targets, s.interval_days, s.created_at FROM vulns_schedules s WHERE s.created_at < "
    "$1 ORDER BY s.id";
constexpr std::string_view kScheduleRuns =
    "SELECT schedule_id, finished_at FROM vulns_scans WHERE schedule_id IS NOT NULL AND status = 'done' ORDER BY "
    "schedule_id, finished_at";
constexpr std::string_view kFindingsDue =
    "SELECT id, number, status, due_on, closed_at FROM vulns_findings WHERE due_on >= $1 AND due_on < $2 ORDER BY "
    "due_on, id";

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "\n") + s;
  return out;
}
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

Consent consent_from(const db::Row& r) {
  db::Cursor c(r);
  Consent x;
  x.id = c.int64();
  x.customer_id = c.int64();
  x.granted_by = c.text();
  x.granted_on = c.text();
  x.scope = lines_of(c.text());
  x.valid_from = c.text();
  x.valid_until = c.text();
  x.source = c.text();
  x.document = c.text();
  x.file_hash = c.opt_text();
  x.file_type = c.opt_text();
  x.revoked_at = c.opt_text();
  x.created_by = c.text();
  x.created_at = c.text();
  c.finish();
  return x;
}

AllowedPort allowed_from(const db::Row& r) {
  db::Cursor c(r);
  AllowedPort a;
  a.id = c.int64();
  a.customer_id = c.int64();
  a.protocol = c.text();
  a.port = c.int32();
  a.note = c.text();
  a.created_by = c.text();
  a.created_at = c.text();
  c.finish();
  return a;
}

Schedule schedule_from(const db::Row& r) {
  db::Cursor c(r);
  Schedule s;
  s.id = c.int64();
  s.customer_id = c.int64();
  s.targets = lines_of(c.text());
  s.profile = c.text();
  s.ports = c.opt_text();
  s.interval_days = c.int32();
  s.next_run_on = c.text();
  s.active = c.boolean();
  s.created_by = c.text();
  s.created_at = c.text();
  s.updated_at = c.text();
  c.finish();
  return s;
}

Scan scan_from(const db::Row& r) {
  db::Cursor c(r);
  Scan s;
  s.id = c.int64();
  s.number = c.text();
  s.customer_id = c.int64();
  s.schedule_id = c.opt_int64();
  s.kind = c.text();
  s.targets = lines_of(c.text());
  s.profile = c.opt_text();
  s.ports = c.opt_text();
  s.status = c.text();
  s.hosts_up = c.int64();
  s.open_ports = c.int64();
  s.findings_new = c.int64();
  s.findings_closed = c.int64();
  s.findings_reopened = c.int64();
  s.error = c.opt_text();
  s.started_at = c.text();
  s.finished_at = c.text();
  s.created_by = c.text();
  c.finish();
  return s;
}

ScanPort port_from(const db::Row& r) {
  db::Cursor c(r);
  ScanPort p;
  p.host = c.text();
  p.protocol = c.text();
  p.port = c.int32();
  p.service = c.text();
  p.product = c.text();
  p.version = c.text();
  c.finish();
  return p;
}

Finding finding_from(const db::Row& r) {
  db::Cursor c(r);
  Finding f;
  f.id = c.int64();
  f.number = c.text();
  f.customer_id = c.int64();
  f.host = c.text();
  f.protocol = c.text();
  f.port = c.int32();
  f.plugin = c.text();
  f.title = c.text();
  f.detail = c.text();
  f.cvss_tenths = c.opt_int64();
  f.severity = c.text();
  f.status = c.text();
  f.due_on = c.text();
  f.owner = c.text();
  f.acknowledged_by = c.opt_text();
  f.acknowledged_at = c.opt_text();
  f.risk_reason = c.opt_text();
  f.risk_approved_by = c.opt_text();
  f.first_scan_id = c.int64();
  f.last_scan_id = c.int64();
  f.first_seen_at = c.text();
  f.last_seen_at = c.text();
  f.closed_at = c.opt_text();
  f.updated_at = c.text();
  c.finish();
  return f;
}

FindingEvent event_from(const db::Row& r) {
  db::Cursor c(r);
  FindingEvent e;
  e.id = c.int64();
  e.finding_id = c.int64();
  e.action = c.text();
  e.status = c.text();
  e.note = c.text();
  e.scan_id = c.opt_int64();
  e.actor = c.text();
  e.at = c.text();
  c.finish();
  return e;
}

Assessment assessment_from(const db::Row& r) {
  db::Cursor c(r);
  Assessment a;
  a.id = c.int64();
  a.number = c.text();
  a.customer_id = c.opt_int64();
  a.title = c.text();
  a.scope = c.text();
  a.assessed_on = c.text();
  a.assessor = c.text();
  a.status = c.text();
  a.summary = c.text();
  a.closed_at = c.opt_text();
  a.created_by = c.text();
  a.created_at = c.text();
  a.updated_at = c.text();
  a.open_items = c.int64();
  a.overdue_items = c.int64();
  c.finish();
  return a;
}

AssessmentItem item_from(const db::Row& r) {
  db::Cursor c(r);
  AssessmentItem i;
  i.id = c.int64();
  i.assessment_id = c.int64();
  i.kind = c.text();
  i.title = c.text();
  i.severity = c.text();
  i.owner = c.text();
  i.due_on = c.text();
  i.status = c.text();
  i.resolution = c.opt_text();
  i.closed_at = c.opt_text();
  i.created_by = c.text();
  i.created_at = c.text();
  c.finish();
  return i;
}

template <typename T, typename F>
Result<std::vector<T>> rows_of(db::Tx& tx, std::string_view sql, const db::Params& params, F from) {
  COLO_TRY(auto res, tx.query(sql, params));
  std::vector<T> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(from(r));
  return out;
}

template <typename T, typename F>
Result<std::optional<T>> one_of(db::Tx& tx, std::string sql, const db::Params& params, F from) {
  COLO_TRY(auto row, tx.one(sql, params));
  if (!row) return std::optional<T>{};
  return std::optional<T>(from(*row));
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {kind, year}));
  if (!row) return Error::internal("vulns_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_consent(db::Tx& tx, const Consent& c) {
  return tx.insert(kInsertConsent, {c.customer_id, c.granted_by, c.granted_on, joined(c.scope), c.valid_from,
                                    c.valid_until, c.source, c.document, c.created_by, c.created_at});
}
Result<std::optional<Consent>> find_consent(db::Tx& tx, std::int64_t id) {
  return one_of<Consent>(tx, std::string(kConsentCols) + " WHERE c.id = $1", {id}, consent_from);
}
Status revoke_consent(db::Tx& tx, std::int64_t id, const std::string& at) {
  COLO_CHECK(tx.exec(kRevokeConsent, {id, at}));
  return {};
}
Status set_consent_file(db::Tx& tx, std::int64_t id, const std::string& hash, const std::string& type) {
  COLO_CHECK(tx.exec(kSetConsentFile, {id, hash, type}));
  return {};
}
Result<db::Counted<Consent>> list_consents(db::Tx& tx, const Context& ctx, const CustomerFilter& f) {
  db::ListSql sql(kConsentList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("c.customer_id = ?", *f.customer);
  return db::list_page<Consent>(tx, sql, kConsentCount, kConsentCols, f.sort, f.limit, f.offset, consent_from);
}
Result<std::vector<Consent>> live_consents(db::Tx& tx, std::int64_t customer_id) {
  return rows_of<Consent>(tx, std::string(kConsentCols) + " WHERE c.customer_id = $1 AND c.revoked_at IS NULL",
                          {customer_id}, consent_from);
}

Result<std::optional<std::int64_t>> insert_allowed(db::Tx& tx, const AllowedPort& a) {
  COLO_TRY(auto row, tx.one(kInsertAllowed, {a.customer_id, a.protocol, a.port, a.note, a.created_by, a.created_at}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}
Result<std::optional<AllowedPort>> find_allowed(db::Tx& tx, std::int64_t id) {
  return one_of<AllowedPort>(tx, std::string(kAllowedCols) + " WHERE a.id = $1", {id}, allowed_from);
}
Status delete_allowed(db::Tx& tx, std::int64_t id) {
  COLO_CHECK(tx.exec(kDeleteAllowed, {id}));
  return {};
}
Result<std::vector<AllowedPort>> allowed_of(db::Tx& tx, std::int64_t customer_id) {
  return rows_of<AllowedPort>(tx, std::string(kAllowedCols) + " WHERE a.customer_id = $1 ORDER BY a.port, a.id",
                              {customer_id}, allowed_from);
}
Result<std::vector<AllowedPort>> list_allowed(db::Tx& tx, const Context& ctx, std::optional<std::int64_t> customer) {
  if (auto t = ctx.tenant()) customer = *t;
  if (customer) return allowed_of(tx, *customer);
  return rows_of<AllowedPort>(tx, std::string(kAllowedCols) + " ORDER BY a.customer_id, a.port, a.id LIMIT 1000", {},
                              allowed_from);
}

Result<std::int64_t> insert_schedule(db::Tx& tx, const Schedule& s) {
  return tx.insert(kInsertSchedule, {s.customer_id, joined(s.targets), s.profile, s.ports, s.interval_days,
                                     s.next_run_on, s.active ? 1 : 0, s.created_by, s.created_at});
}
Status update_schedule(db::Tx& tx, const Schedule& s) {
  COLO_CHECK(tx.exec(kUpdateSchedule, {s.id, joined(s.targets), s.profile, s.ports, s.interval_days, s.next_run_on,
                                       s.active ? 1 : 0, s.updated_at}));
  return {};
}
Result<std::optional<Schedule>> find_schedule(db::Tx& tx, std::int64_t id) {
  return one_of<Schedule>(tx, std::string(kScheduleCols) + " WHERE s.id = $1", {id}, schedule_from);
}
Result<db::Counted<Schedule>> list_schedules(db::Tx& tx, const Context& ctx, const CustomerFilter& f) {
  db::ListSql sql(kScheduleList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("s.customer_id = ?", *f.customer);
  return db::list_page<Schedule>(tx, sql, kScheduleCount, kScheduleCols, f.sort, f.limit, f.offset, schedule_from);
}
Result<std::vector<Schedule>> due_schedules(db::Tx& tx, const std::string& today) {
  return rows_of<Schedule>(tx, std::string(kScheduleCols) + " WHERE s.active = 1 AND s.next_run_on <= $1 ORDER BY s.id",
                           {today}, schedule_from);
}

Result<std::int64_t> insert_scan(db::Tx& tx, const Scan& s) {
  return tx.insert(kInsertScan, {s.number, s.customer_id, s.schedule_id, s.kind, joined(s.targets), s.profile, s.ports,
                                 s.status, s.hosts_up, s.open_ports, s.findings_new, s.findings_closed,
                                 s.findings_reopened, s.error, s.started_at, s.finished_at, s.created_by});
}
Status update_scan_counts(db::Tx& tx, const Scan& s) {
  COLO_CHECK(tx.exec(kUpdateScanCounts,
                     {s.id, s.hosts_up, s.open_ports, s.findings_new, s.findings_closed, s.findings_reopened}));
  return {};
}
Result<bool> finish_scan(db::Tx& tx, const Scan& s) {
  COLO_TRY(auto n, tx.exec(kFinishScan, {s.id, s.status, s.error, s.finished_at}));
  return n == 1;
}
Result<std::vector<std::int64_t>> stale_scans(db::Tx& tx, const std::string& started_before) {
  COLO_TRY(auto res, tx.query(kStaleScans, {started_before}));
  std::vector<std::int64_t> ids;
  for (const auto& r : res.rows) ids.push_back(r.int64(0));
  return ids;
}
Status insert_scan_port(db::Tx& tx, std::int64_t scan_id, const ScanPort& p) {
  COLO_CHECK(tx.exec(kInsertScanPort, {scan_id, p.host, p.protocol, p.port, p.service, p.product, p.version}));
  return {};
}
Result<std::optional<Scan>> find_scan(db::Tx& tx, std::int64_t id) {
  return one_of<Scan>(tx, std::string(kScanCols) + " WHERE s.id = $1", {id}, scan_from);
}
Result<std::vector<ScanPort>> ports_of(db::Tx& tx, std::int64_t scan_id) {
  return rows_of<ScanPort>(tx, kScanPorts, {scan_id}, port_from);
}
Result<db::Counted<Scan>> list_scans(db::Tx& tx, const Context& ctx, const ScanFilter& f) {
  db::ListSql sql(kScanList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("s.customer_id = ?", *f.customer);
  if (f.schedule) sql.add("s.schedule_id = ?", *f.schedule);
  if (f.kind) sql.add("s.kind = ?", *f.kind);
  if (f.status) sql.add("s.status = ?", *f.status);
  return db::list_page<Scan>(tx, sql, kScanCount, kScanCols, f.sort, f.limit, f.offset, scan_from);
}

Result<std::int64_t> insert_finding(db::Tx& tx, const Finding& f) {
  return tx.insert(kInsertFinding,
                   {f.number, f.customer_id, f.host, f.protocol, f.port, f.plugin, f.title, f.detail, f.cvss_tenths,
                    f.severity, f.status, f.due_on, f.owner, f.first_scan_id, f.first_seen_at});
}
Status update_finding(db::Tx& tx, const Finding& f) {
  COLO_CHECK(tx.exec(kUpdateFinding,
                     {f.id, f.status, f.owner, f.acknowledged_by, f.acknowledged_at, f.risk_reason, f.risk_approved_by,
                      f.last_scan_id, f.last_seen_at, f.closed_at, f.updated_at, f.title, f.detail}));
  return {};
}
Result<std::optional<Finding>> find_finding(db::Tx& tx, std::int64_t id) {
  return one_of<Finding>(tx, std::string(kFindingCols) + " WHERE f.id = $1", {id}, finding_from);
}
Result<std::vector<Finding>> findings_of(db::Tx& tx, std::int64_t customer_id, bool open_ports) {
  return rows_of<Finding>(tx,
                          std::string(kFindingCols) + " WHERE f.customer_id = $1 AND " +
                              (open_ports ? "f.plugin = 'open-port'" : "f.plugin <> 'open-port'") + " ORDER BY f.id",
                          {customer_id}, finding_from);
}
Result<db::Counted<Finding>> list_findings(db::Tx& tx, const Context& ctx, const FindingFilter& f,
                                           const std::string& today) {
  db::ListSql sql(kFindingList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("f.customer_id = ?", *f.customer);
  if (f.scan) sql.add("f.last_scan_id = ?", *f.scan);
  if (f.severity) sql.add("f.severity = ?", *f.severity);
  if (f.status) sql.add("f.status = ?", *f.status);
  if (f.host) sql.add("f.host = ?", *f.host);
  if (f.overdue) {
    if (*f.overdue)
      sql.add("f.status IN ('open', 'acknowledged', 'fixed') AND f.due_on < ?", today);
    else
      sql.add("(f.status NOT IN ('open', 'acknowledged', 'fixed') OR f.due_on >= ?)", today);
  }
  return db::list_page<Finding>(tx, sql, kFindingCount, kFindingCols, f.sort, f.limit, f.offset, finding_from);
}
Status insert_event(db::Tx& tx, const FindingEvent& e) {
  COLO_CHECK(tx.exec(kInsertEvent, {e.finding_id, e.action, e.status, e.note, e.scan_id, e.actor, e.at}));
  return {};
}
Result<std::vector<FindingEvent>> events_of(db::Tx& tx, std::int64_t finding_id) {
  return rows_of<FindingEvent>(tx, kEvents, {finding_id}, event_from);
}

Result<std::int64_t> insert_assessment(db::Tx& tx, const Assessment& a) {
  return tx.insert(kInsertAssessment, {a.number, a.customer_id, a.title, a.scope, a.assessed_on, a.assessor, a.status,
                                       a.summary, a.created_by, a.created_at});
}
Status update_assessment(db::Tx& tx, const Assessment& a) {
  COLO_CHECK(tx.exec(kUpdateAssessment, {a.id, a.status, a.summary, a.closed_at, a.updated_at}));
  return {};
}
Result<std::optional<Assessment>> find_assessment(db::Tx& tx, std::int64_t id, const std::string& today) {
  return one_of<Assessment>(tx, std::string(kAssessmentCols) + " WHERE a.id = $2", {today, id}, assessment_from);
}
Result<db::Counted<Assessment>> list_assessments(db::Tx& tx, const Context& ctx, const AssessmentFilter& f,
                                                 const std::string& today) {
  db::ListSql sql(kAssessmentList);
  sql.arg(today);  // $1 of the item counts in the columns
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer) sql.add("a.customer_id = ?", *f.customer);
  if (f.operator_only && *f.operator_only) sql.raw("a.customer_id IS NULL");
  if (f.status) sql.add("a.status = ?", *f.status);
  COLO_TRY(auto order, db::order_by(kAssessmentList, f.sort));
  // The count's SQL does not use $1; bind it harmlessly so both statements take the same parameters.
  return db::counted_page<Assessment>(tx, std::string(kAssessmentCount) + sql.where() + " AND $1 <> ''",
                                      std::string(kAssessmentCols) + sql.where() + order, sql.params(), f.limit,
                                      f.offset, assessment_from);
}
Result<std::int64_t> insert_item(db::Tx& tx, const AssessmentItem& i) {
  return tx.insert(kInsertItem,
                   {i.assessment_id, i.kind, i.title, i.severity, i.owner, i.due_on, i.created_by, i.created_at});
}
Result<std::vector<AssessmentItem>> items_of(db::Tx& tx, std::int64_t assessment_id) {
  return rows_of<AssessmentItem>(tx, kItems, {assessment_id}, item_from);
}
Result<bool> close_item(db::Tx& tx, std::int64_t assessment_id, std::int64_t item_id, const std::string& resolution,
                        const std::string& at) {
  COLO_TRY(auto n, tx.exec(kCloseItem, {assessment_id, item_id, resolution, at}));
  return n == 1;
}

Result<std::vector<ScheduleFact>> schedule_facts(db::Tx& tx, Date to, const BusinessCalendar& calendar) {
  // Days are business days: a scan finished at 23:00 in Shanghai ran that day, not the UTC one.
  auto day_of = [&calendar](const std::string& instant) {
    const auto at = parse_instant(instant);
    return at ? format_date(calendar.date_of(*at)) : instant.substr(0, 10);
  };
  COLO_TRY(auto res, tx.query(kScheduleFacts, {format_instant(calendar.start_of(to))}));
  std::vector<ScheduleFact> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    ScheduleFact s;
    s.id = c.int64();
    const auto customer = c.int64();
    const auto targets = c.text();
    s.interval_days = c.int32();
    s.active_from = day_of(c.text());
    c.finish();
    s.label = "#" + std::to_string(s.id) + " (" + std::to_string(customer) + ": " + targets.substr(0, 60) + ")";
    index[s.id] = out.size();
    out.push_back(std::move(s));
  }
  COLO_TRY(auto runs, tx.query(kScheduleRuns));
  for (const auto& r : runs.rows) {
    auto it = index.find(r.int64(0));
    if (it != index.end()) out[it->second].run_dates.push_back(day_of(r.text(1)));
  }
  return out;
}
Result<std::vector<FindingFact>> findings_due(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kFindingsDue, {from, to}));
  std::vector<FindingFact> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    FindingFact f;
    f.id = c.int64();
    f.number = c.text();
    f.status = c.text();
    f.due_on = c.text();
    auto closed = c.opt_text();
    if (closed) f.closed_on = closed->substr(0, 10);
    c.finish();
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace colo::vulns::store
