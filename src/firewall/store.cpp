#include "firewall/store.hpp"

#include <boost/json.hpp>

#include "db/cursor.hpp"

namespace colo::firewall::store {

namespace json = boost::json;

const db::ListSpec kRequestList{.search = {"q.number", "q.customer_name", "q.device_name", "q.reason"},
                                .sorts = {{"created_at", "q.created_at"},
                                          {"number", "q.number"},
                                          {"status", "q.status"},
                                          {"risk_level", "q.risk_level"},
                                          {"customer", "q.customer_name"},
                                          {"device", "q.device_name"}},
                                .default_order = "q.created_at DESC, q.id DESC",
                                .tiebreak = "q.id",
                                .tenant_column = "q.customer_id"};

const db::ListSpec kRuleList{.search = {"r.customer_name", "r.device_name", "r.source", "r.destination", "r.ports"},
                             .sorts = {{"added_at", "r.added_at"},
                                       {"expires_on", "r.expires_on"},
                                       {"customer", "r.customer_name"},
                                       {"device", "r.device_name"},
                                       {"removed_at", "r.removed_at"}},
                             .default_order = "r.customer_name, r.device_name, r.id",
                             .tiebreak = "r.id",
                             .tenant_column = "r.customer_id"};

namespace {

constexpr std::string_view kNextNumber =
    "INSERT INTO firewall_numbers (year, last_value) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last_value = "
    "firewall_numbers.last_value + 1 RETURNING last_value";
constexpr std::string_view kRequestCols =
    "SELECT q.id, q.number, q.customer_id, q.customer_name, q.device_id, q.device_name, q.action, q.reason, "
    "q.expires_on, q.risk_level, q.risk_flags, q.status, q.review_risk_level, q.review_note, q.reviewed_by, "
    "q.reviewed_at, q.created_by, q.created_at, q.updated_at FROM firewall_requests q";
constexpr std::string_view kRequestCount = "SELECT COUNT(*) FROM firewall_requests q";
constexpr std::string_view kInsertRequest =
    "INSERT INTO firewall_requests (number, customer_id, customer_name, device_id, device_name, action, reason, "
    "expires_on, risk_level, risk_flags, status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
    "$7, $8, $9, $10, $11, $12, $13, $13) RETURNING id";
constexpr std::string_view kDecide =
    "UPDATE firewall_requests SET status = $2, review_risk_level = $3, review_note = $4, reviewed_by = $5, "
    "reviewed_at = $6, updated_at = $6 WHERE id = $1 AND status = 'submitted'";
constexpr std::string_view kInsertLine =
    "INSERT INTO firewall_request_lines (request_id, direction, protocol, source, destination, ports, risk_flags, "
    "rule_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kLines =
    "SELECT id, request_id, direction, protocol, source, destination, ports, risk_flags, rule_id FROM "
    "firewall_request_lines WHERE request_id = $1 ORDER BY id";

constexpr std::string_view kRuleCols =
    "SELECT r.id, r.customer_id, r.customer_name, r.device_id, r.device_name, r.direction, r.protocol, r.source, "
    "r.destination, r.ports, r.risk_level, r.expires_on, r.added_request_id, a.number, r.added_at, r.reviewed_by, "
    "r.removed_request_id, x.number, r.removed_at, r.removed_reason FROM firewall_rules r JOIN firewall_requests a ON "
    "a.id = r.added_request_id LEFT JOIN firewall_requests x ON x.id = r.removed_request_id";
constexpr std::string_view kRuleCount = "SELECT COUNT(*) FROM firewall_rules r";
constexpr std::string_view kInsertRule =
    "INSERT INTO firewall_rules (customer_id, customer_name, device_id, device_name, direction, protocol, source, "
    "destination, ports, match_key, risk_level, expires_on, added_request_id, added_at, reviewed_by) VALUES ($1, $2, "
    "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
constexpr std::string_view kInForceWithKey =
    "SELECT id FROM firewall_rules WHERE match_key = $1 AND removed_at IS NULL";
constexpr std::string_view kRemoveRule =
    "UPDATE firewall_rules SET removed_request_id = $2, removed_at = $3, removed_reason = $4 WHERE id = $1 AND "
    "removed_at IS NULL";
constexpr std::string_view kExpired = " WHERE r.removed_at IS NULL AND r.expires_on < $1 ORDER BY r.id";
constexpr std::string_view kToNotify =
    " WHERE r.removed_at IS NULL AND r.expires_on <= $1 AND r.notified_at IS NULL ORDER BY r.customer_id, r.id";
constexpr std::string_view kMarkNotified = "UPDATE firewall_rules SET notified_at = $2 WHERE id = $1";
constexpr std::string_view kSpans =
    "SELECT id, added_at, removed_at, expires_on, reviewed_by FROM firewall_rules WHERE added_at < $2 AND "
    "(removed_at IS NULL OR removed_at >= $1) ORDER BY id";

std::vector<std::string> flags_from(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& f : v.as_array())
    if (f.is_string()) out.emplace_back(f.as_string());
  return out;
}

std::string flags_text(const std::vector<std::string>& flags) {
  json::array a;
  for (const auto& f : flags) a.emplace_back(f);
  return json::serialize(a);
}

Request request_from(const db::Row& row) {
  db::Cursor c(row);
  Request r;
  r.id = c.int64();
  r.number = c.text();
  r.customer_id = c.int64();
  r.customer_name = c.text();
  r.device_id = c.int64();
  r.device_name = c.text();
  r.action = c.text();
  r.reason = c.text();
  r.expires_on = c.opt_text();
  r.risk_level = c.text();
  r.risk_flags = flags_from(c.text());
  r.status = c.text();
  r.review_risk_level = c.opt_text();
  r.review_note = c.opt_text();
  r.reviewed_by = c.opt_text();
  r.reviewed_at = c.opt_text();
  r.created_by = c.text();
  r.created_at = c.text();
  r.updated_at = c.text();
  c.finish();
  return r;
}

RequestLine line_from(const db::Row& row) {
  db::Cursor c(row);
  RequestLine l;
  l.id = c.int64();
  l.request_id = c.int64();
  l.line.direction = c.text();
  l.line.protocol = c.text();
  l.line.source = c.text();
  l.line.destination = c.text();
  l.line.ports = c.text();
  l.risk_flags = flags_from(c.text());
  l.rule_id = c.opt_int64();
  c.finish();
  return l;
}

Rule rule_from(const db::Row& row) {
  db::Cursor c(row);
  Rule r;
  r.id = c.int64();
  r.customer_id = c.int64();
  r.customer_name = c.text();
  r.device_id = c.int64();
  r.device_name = c.text();
  r.line.direction = c.text();
  r.line.protocol = c.text();
  r.line.source = c.text();
  r.line.destination = c.text();
  r.line.ports = c.text();
  r.risk_level = c.text();
  r.expires_on = c.opt_text();
  r.added_request_id = c.int64();
  r.added_request_number = c.text();
  r.added_at = c.text();
  r.reviewed_by = c.text();
  r.removed_request_id = c.opt_int64();
  r.removed_request_number = c.opt_text();
  r.removed_at = c.opt_text();
  r.removed_reason = c.opt_text();
  c.finish();
  return r;
}

Result<std::vector<Rule>> rules_where(db::Tx& tx, std::string_view where, const std::string& day) {
  COLO_TRY(auto res, tx.query(std::string(kRuleCols) + std::string(where), {day}));
  std::vector<Rule> out;
  for (const auto& row : res.rows) out.push_back(rule_from(row));
  return out;
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  return row ? row->int64(0) : 1;
}

Result<std::int64_t> insert_request(db::Tx& tx, const Request& r) {
  return tx.insert(kInsertRequest,
                   {r.number, r.customer_id, r.customer_name, r.device_id, r.device_name, r.action, r.reason,
                    r.expires_on, r.risk_level, flags_text(r.risk_flags), r.status, r.created_by, r.created_at});
}

Status insert_line(db::Tx& tx, const RequestLine& l) {
  COLO_CHECK(tx.insert(kInsertLine, {l.request_id, l.line.direction, l.line.protocol, l.line.source, l.line.destination,
                                     l.line.ports, flags_text(l.risk_flags), l.rule_id}));
  return {};
}

Result<std::optional<Request>> find_request(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRequestCols) + " WHERE q.id = $1", {id}));
  if (!row) return std::optional<Request>{};
  return std::optional<Request>(request_from(*row));
}

Result<std::vector<RequestLine>> lines_of(db::Tx& tx, std::int64_t request_id) {
  COLO_TRY(auto res, tx.query(kLines, {request_id}));
  std::vector<RequestLine> out;
  for (const auto& row : res.rows) out.push_back(line_from(row));
  return out;
}

Result<bool> decide(db::Tx& tx, const Request& r) {
  COLO_TRY(auto n,
           tx.exec(kDecide, {r.id, r.status, r.review_risk_level, r.review_note, r.reviewed_by, r.reviewed_at}));
  return n == 1;
}

Result<db::Counted<Request>> list_requests(db::Tx& tx, const Context& ctx, const RequestFilter& f) {
  db::ListSql sql(kRequestList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer_id) sql.add("q.customer_id = ?", *f.customer_id);
  if (f.device_id) sql.add("q.device_id = ?", *f.device_id);
  if (f.status) sql.add("q.status = ?", *f.status);
  if (f.action) sql.add("q.action = ?", *f.action);
  if (f.risk_level) sql.add("q.risk_level = ?", *f.risk_level);
  return db::list_page<Request>(tx, sql, kRequestCount, kRequestCols, f.sort, f.limit, f.offset, request_from);
}

Result<std::int64_t> insert_rule(db::Tx& tx, const Rule& r, const std::string& match_key) {
  return tx.insert(kInsertRule, {r.customer_id, r.customer_name, r.device_id, r.device_name, r.line.direction,
                                 r.line.protocol, r.line.source, r.line.destination, r.line.ports, match_key,
                                 r.risk_level, r.expires_on, r.added_request_id, r.added_at, r.reviewed_by});
}

Result<std::optional<Rule>> find_rule(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kRuleCols) + " WHERE r.id = $1", {id}));
  if (!row) return std::optional<Rule>{};
  return std::optional<Rule>(rule_from(*row));
}

Result<std::optional<std::int64_t>> in_force_with_key(db::Tx& tx, const std::string& match_key) {
  COLO_TRY(auto row, tx.one(kInForceWithKey, {match_key}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<bool> remove_rule(db::Tx& tx, std::int64_t id, std::optional<std::int64_t> request_id, const std::string& at,
                         const std::string& reason) {
  COLO_TRY(auto n, tx.exec(kRemoveRule, {id, request_id, at, reason}));
  return n == 1;
}

Result<db::Counted<Rule>> list_rules(db::Tx& tx, const Context& ctx, const RuleFilter& f) {
  db::ListSql sql(kRuleList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.customer_id) sql.add("r.customer_id = ?", *f.customer_id);
  if (f.device_id) sql.add("r.device_id = ?", *f.device_id);
  if (f.in_force) sql.raw("r.removed_at IS NULL");
  if (f.expires_before) {
    sql.raw("r.removed_at IS NULL");
    sql.add("r.expires_on <= ?", *f.expires_before);
  }
  return db::list_page<Rule>(tx, sql, kRuleCount, kRuleCols, f.sort, f.limit, f.offset, rule_from);
}

Result<std::vector<Rule>> expired_on(db::Tx& tx, const std::string& day) { return rules_where(tx, kExpired, day); }

Result<std::vector<Rule>> to_notify(db::Tx& tx, const std::string& until) { return rules_where(tx, kToNotify, until); }

Status mark_notified(db::Tx& tx, std::int64_t id, const std::string& at) {
  COLO_CHECK(tx.exec(kMarkNotified, {id, at}));
  return {};
}

Result<std::vector<RuleSpan>> spans(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kSpans, {from, to}));
  std::vector<RuleSpan> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    RuleSpan s;
    s.id = c.int64();
    s.added_at = c.text();
    s.removed_at = c.opt_text();
    s.expires_on = c.opt_text();
    s.reviewed_by = c.text();
    c.finish();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace colo::firewall::store
