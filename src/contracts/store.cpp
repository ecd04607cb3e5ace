#include "contracts/store.hpp"

#include "contracts/lists.hpp"

#include <boost/json.hpp>

#include <map>

#include "contracts/terms.hpp"
#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "db/tenant.hpp"

namespace colo::contracts::store {

namespace {

namespace json = boost::json;

constexpr std::string_view kNextNumber =
    "INSERT INTO contract_numbers (year, last_value) VALUES ($1, 1) "
    "ON CONFLICT (year) DO UPDATE SET last_value = contract_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kColumns =
    "SELECT c.id, c.number, c.application_id, c.customer_id, c.customer_name, c.operator_party, c.status, "
    "c.effective_date, c.end_date, c.term_months, c.auto_renew, c.notice_days, c.confidentiality_years, "
    "c.confidentiality_until, c.current_version, c.signed_at, c.signed_by, c.signed_by_name, c.customer_signatory, "
    "c.signed_on, c.scan_hash, c.scan_type, c.scan_size, c.scan_name, c.activated_at, c.activated_by_name, c.ended_at, "
    "c.termination_date, c.termination_initiator, c.termination_reason, c.created_by, c.created_by_name, "
    "c.created_at, c.updated_at FROM contracts c ";

}  // namespace

// Declared in contracts/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kPriceChangeList{.search = {"c.number", "c.customer_name", "a.summary"},
                                    .sorts = {{"effective_date", "a.effective_date"},
                                              {"earliest_date", "a.earliest_date"},
                                              {"notified_at", "a.notified_at"},
                                              {"contract", "c.number"},
                                              {"customer", "c.customer_name"}},
                                    .default_order = "a.effective_date, a.id",
                                    .tiebreak = "a.id",
                                    .tenant_column = "a.customer_id"};

const db::ListSpec kContractList{.search = {"c.number", "c.customer_name"},
                                 .sorts = {{"id", "c.id"},
                                           {"number", "c.number"},
                                           {"status", "c.status"},
                                           {"customer", "c.customer_name"},
                                           {"effective_date", "c.effective_date"},
                                           {"end_date", "c.end_date"},
                                           {"created_at", "c.created_at"}},
                                 .default_order = "c.id DESC",
                                 .tiebreak = "c.id",
                                 .tenant_column = "c.customer_id"};

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO contracts (number, application_id, customer_id, customer_name, operator_party, status, "
    "effective_date, end_date, term_months, auto_renew, notice_days, confidentiality_years, confidentiality_until, "
    "current_version, created_by, created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
    "$9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id";

constexpr std::string_view kUpdate =
    "UPDATE contracts SET operator_party = $2, status = $3, effective_date = $4, end_date = $5, term_months = $6, "
    "auto_renew = $7, notice_days = $8, confidentiality_years = $9, confidentiality_until = $10, "
    "current_version = $11, signed_at = $12, signed_by = $13, signed_by_name = $14, customer_signatory = $15, "
    "signed_on = $16, scan_hash = $17, scan_type = $18, scan_size = $19, activated_at = $20, "
    "activated_by_name = $21, ended_at = $22, termination_date = $23, termination_initiator = $24, "
    "termination_reason = $25, updated_at = $26, scan_name = $27 WHERE id = $1";

constexpr std::string_view kInsertVersion =
    "INSERT INTO contract_versions (contract_id, customer_id, version, effective_from, terms, reason, amendment_id, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

constexpr std::string_view kUpdateVersion =
    "UPDATE contract_versions SET effective_from = $3, terms = $4 WHERE contract_id = $1 AND version = $2";

// A version made by a change agreement that lapsed never came into force: it is not a version.
constexpr std::string_view kVersions =
    "SELECT v.id, v.version, v.effective_from, v.terms, v.reason, v.amendment_id, v.created_at "
    "FROM contract_versions v WHERE v.contract_id = $1 AND NOT EXISTS (SELECT 1 FROM contract_amendments a "
    "WHERE a.id = v.amendment_id AND a.status = 'lapsed') ORDER BY v.version";

#define COLO_AMENDMENT_SELECT                                                                              \
  "SELECT a.id, a.contract_id, a.customer_id, a.number, a.status, a.proposed_by_side, a.proposed_by, "     \
  "a.proposed_by_name, a.effective_date, a.summary, a.rights_duties, a.changes, a.version, a.created_at, " \
  "a.updated_at, a.price_change, a.notified_at, a.notification_id, a.earliest_date, a.price_rises"
constexpr std::string_view kAmendmentColumns = COLO_AMENDMENT_SELECT " FROM contract_amendments a ";

// The pending price changes report: each amendment with its contract's number, customer and notice.
constexpr std::string_view kPriceChangeColumns = COLO_AMENDMENT_SELECT
    ", c.number, c.customer_name, c.notice_days FROM contract_amendments a JOIN contracts c ON c.id = a.contract_id";
#undef COLO_AMENDMENT_SELECT
constexpr std::string_view kPriceChangeCount =
    "SELECT COUNT(*) FROM contract_amendments a JOIN contracts c ON c.id = a.contract_id";

constexpr std::string_view kInsertAmendment =
    "INSERT INTO contract_amendments (contract_id, customer_id, number, status, proposed_by_side, proposed_by, "
    "proposed_by_name, effective_date, summary, rights_duties, changes, created_at, updated_at, price_change, "
    "earliest_date, price_rises) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15) "
    "RETURNING id";

constexpr std::string_view kUpdateAmendment =
    "UPDATE contract_amendments SET status = $2, version = $3, updated_at = $4, notified_at = $5, "
    "notification_id = $6 WHERE id = $1";

// Operators' price changes still waiting for the customer when their date has passed.
constexpr std::string_view kPriceChangesUnagreed =
    "SELECT contract_id, id FROM contract_amendments WHERE price_change = 1 AND status = 'proposed_by_operator' AND "
    "effective_date < $1 ORDER BY id";

constexpr std::string_view kSettlementColumns =
    "SELECT id, contract_id, kind, done, note, done_by_name, done_at, note_key, note_params "
    "FROM contract_settlement_items ";

Result<Date> date_of(const std::string& s) {
  auto d = parse_date(s);
  if (!d) return Error::internal("stored date is malformed: " + s);
  return *d;
}

// The mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.
Result<Contract> contract_of(const db::Row& r) {
  db::Cursor k(r);
  Contract c;
  c.id = k.int64();
  c.number = k.text();
  c.application_id = k.opt_int64();
  c.customer_id = k.int64();
  c.customer_name = k.text();
  c.operator_party = k.text();
  c.status = k.text();
  COLO_TRY(c.terms.effective_date, date_of(k.text()));
  COLO_TRY(c.terms.end_date, date_of(k.text()));
  c.terms.term_months = k.int32();
  c.terms.auto_renew = k.boolean();
  c.terms.notice_days = k.int32();
  c.terms.confidentiality_years = k.int32();
  COLO_TRY(c.confidentiality_until, date_of(k.text()));
  c.current_version = k.int32();
  c.signed_at = k.opt_text();
  c.signed_by = k.opt_int64();
  c.signed_by_name = k.opt_text();
  c.customer_signatory = k.opt_text();
  c.signed_on = k.opt_text();
  c.scan_hash = k.opt_text();
  c.scan_type = k.opt_text();
  c.scan_size = k.opt_int64();
  c.scan_name = k.opt_text();
  c.activated_at = k.opt_text();
  c.activated_by_name = k.opt_text();
  c.ended_at = k.opt_text();
  c.termination_date = k.opt_text();
  c.termination_initiator = k.opt_text();
  c.termination_reason = k.opt_text();
  c.created_by = k.int64();
  c.created_by_name = k.text();
  c.created_at = k.text();
  c.updated_at = k.text();
  k.finish();
  return c;
}

std::string price_rises_text(const std::vector<PriceRise>& rises) {
  json::array out;
  for (const auto& r : rises)
    out.push_back(json::object{{"line", r.line},
                               {"service", r.service},
                               {"catalogue_item", r.catalogue_item ? json::value(*r.catalogue_item) : nullptr},
                               {"description", r.description},
                               {"billing_cycle", r.billing_cycle},
                               {"old_price_fen", r.old_price_fen ? json::value(*r.old_price_fen) : nullptr},
                               {"new_price_fen", r.new_price_fen}});
  return to_json(out);
}

Result<std::vector<PriceRise>> price_rises_of(const std::string& text) {
  try {
    std::vector<PriceRise> out;
    const auto parsed = json::parse(text);
    for (const auto& v : parsed.as_array()) {
      const auto& o = v.as_object();
      PriceRise r;
      r.line = static_cast<int>(o.at("line").to_number<std::int64_t>());
      r.service = std::string(o.at("service").as_string());
      if (!o.at("catalogue_item").is_null()) r.catalogue_item = std::string(o.at("catalogue_item").as_string());
      r.description = std::string(o.at("description").as_string());
      r.billing_cycle = std::string(o.at("billing_cycle").as_string());
      if (!o.at("old_price_fen").is_null()) r.old_price_fen = o.at("old_price_fen").to_number<std::int64_t>();
      r.new_price_fen = o.at("new_price_fen").to_number<std::int64_t>();
      out.push_back(std::move(r));
    }
    return out;
  } catch (const std::exception& e) {
    return Error::internal(std::string("stored price rises: ") + e.what());
  }
}

// `ends_row`: false when the caller reads more columns after the amendment's (the report).
Result<Amendment> amendment_of(db::Cursor& c, bool ends_row = true) {
  Amendment a;
  a.id = c.int64();
  a.contract_id = c.int64();
  a.customer_id = c.int64();
  a.number = c.int32();
  a.status = c.text();
  a.proposed_by_side = c.text();
  a.proposed_by = c.int64();
  a.proposed_by_name = c.text();
  COLO_TRY(a.effective_date, date_of(c.text()));
  a.summary = c.text();
  a.rights_duties = c.text();
  COLO_TRY(a.changes, changes_from_json(json::parse(c.text())));
  if (auto v = c.opt_int64()) a.version = static_cast<int>(*v);
  a.created_at = c.text();
  a.updated_at = c.text();
  a.price_change = c.boolean();
  a.notified_at = c.opt_text();
  a.notification_id = c.opt_int64();
  if (auto d = c.opt_text()) {
    COLO_TRY(auto day, date_of(*d));
    a.earliest_date = day;
  }
  COLO_TRY(a.price_rises, price_rises_of(c.text()));
  if (ends_row) c.finish();
  return a;
}

SettlementItem settlement_of(const db::Row& r) {
  db::Cursor c(r);
  SettlementItem item;
  item.id = c.int64();
  item.contract_id = c.int64();
  item.kind = c.text();
  item.done = c.boolean();
  item.note = c.text();
  item.done_by = c.opt_text();
  item.done_at = c.opt_text();
  item.note_key = c.text();
  item.note_params = c.text();
  c.finish();
  return item;
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  if (!row) return Error::internal("contract_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert(db::Tx& tx, const Contract& c) {
  return tx.insert(kInsert, {c.number, c.application_id, c.customer_id, c.customer_name, c.operator_party, c.status,
                             format_date(c.terms.effective_date), format_date(c.terms.end_date), c.terms.term_months,
                             c.terms.auto_renew, c.terms.notice_days, c.terms.confidentiality_years,
                             format_date(c.confidentiality_until), c.current_version, c.created_by, c.created_by_name,
                             c.created_at});
}

Status update(db::Tx& tx, const Contract& c) {
  COLO_CHECK(tx.exec(kUpdate, {c.id,
                               c.operator_party,
                               c.status,
                               format_date(c.terms.effective_date),
                               format_date(c.terms.end_date),
                               c.terms.term_months,
                               c.terms.auto_renew,
                               c.terms.notice_days,
                               c.terms.confidentiality_years,
                               format_date(c.confidentiality_until),
                               c.current_version,
                               c.signed_at,
                               c.signed_by,
                               c.signed_by_name,
                               c.customer_signatory,
                               c.signed_on,
                               c.scan_hash,
                               c.scan_type,
                               c.scan_size,
                               c.activated_at,
                               c.activated_by_name,
                               c.ended_at,
                               c.termination_date,
                               c.termination_initiator,
                               c.termination_reason,
                               c.updated_at,
                               c.scan_name}));
  return {};
}

Result<std::optional<Contract>> find(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kColumns) + "WHERE c.id = $1", {id}));
  if (!row) return std::optional<Contract>{};
  COLO_TRY(auto c, contract_of(*row));
  return std::optional<Contract>(std::move(c));
}

Result<std::optional<std::int64_t>> find_by_application(db::Tx& tx, std::int64_t application_id) {
  COLO_TRY(auto row, tx.one("SELECT id FROM contracts WHERE application_id = $1", {application_id}));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(row->int64(0));
}

Result<std::pair<std::int64_t, std::vector<Contract>>> list(db::Tx& tx, const Context& ctx, const ListFilter& f,
                                                            Date today) {
  db::ListSql sql(kContractList);
  sql.tenant(ctx);
  if (f.status) sql.add("c.status = ?", *f.status);
  if (f.customer) sql.add("c.customer_id = ?", *f.customer);
  if (f.application) sql.add("c.application_id = ?", *f.application);
  if (f.expiring_within_days) {
    // Live contracts whose term in force ends within the window (today included).
    sql.raw("c.status IN ('signed', 'active')");
    sql.add("c.end_date >= ?", format_date(today));
    sql.add("c.end_date <= ?", format_date(add_days(today, *f.expiring_within_days)));
  }
  sql.search(f.q);
  // Contracts ending soon come soonest first unless another order is asked for.
  auto sort = f.sort;
  if (!sort && f.expiring_within_days) sort = "end_date";
  return db::list_page<Contract>(tx, sql, "SELECT COUNT(*) FROM contracts c", kColumns, sort, f.limit, f.offset,
                                 contract_of);
}

Status insert_version(db::Tx& tx, const Contract& c, const Version& v) {
  COLO_CHECK(tx.exec(kInsertVersion, {c.id, c.customer_id, v.version, format_date(v.effective_from),
                                      to_json(terms_json(v.terms)), v.reason, v.amendment_id, v.created_at}));
  return {};
}

Status update_version(db::Tx& tx, std::int64_t contract_id, const Version& v) {
  COLO_CHECK(
      tx.exec(kUpdateVersion, {contract_id, v.version, format_date(v.effective_from), to_json(terms_json(v.terms))}));
  return {};
}

Result<std::vector<Version>> versions(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query(kVersions, {contract_id}));
  std::vector<Version> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Version v;
    v.id = c.int64();
    v.version = c.int32();
    COLO_TRY(v.effective_from, date_of(c.text()));
    COLO_TRY(v.terms, terms_from_json(json::parse(c.text())));
    v.reason = c.text();
    v.amendment_id = c.opt_int64();
    v.created_at = c.text();
    c.finish();
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<Contract>> in_force_after(db::Tx& tx, Date from, Date to, std::optional<std::int64_t> customer_id,
                                             std::int64_t after_id, int limit) {
  const std::string sql =
      std::string(kColumns) +
      "WHERE c.status IN ('active', 'expired', 'terminated') AND c.effective_date <= $1 AND c.end_date >= $2 "
      "AND (CAST($3 AS BIGINT) IS NULL OR c.customer_id = $3) AND c.id > $4 ORDER BY c.id LIMIT $5";
  COLO_TRY(auto res, tx.query(sql, {format_date(to), format_date(from), customer_id, after_id, limit}));
  std::vector<Contract> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    COLO_TRY(auto c, contract_of(r));
    out.push_back(std::move(c));
  }
  COLO_CHECK(fill_line_items(tx, out));
  return out;
}

Status fill_line_items(db::Tx& tx, std::vector<Contract>& contracts) {
  if (contracts.empty()) return {};
  db::Params p;
  std::string sql =
      "SELECT v.contract_id, v.terms FROM contract_versions v JOIN contracts c ON c.id = v.contract_id "
      "AND v.version = c.current_version WHERE c.id IN (";
  for (std::size_t i = 0; i < contracts.size(); ++i) sql += (i ? ", " : "") + db::bind(p, contracts[i].id);
  sql += ")";
  COLO_TRY(auto res, tx.query(sql, p));
  std::map<std::int64_t, Terms> terms;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    const auto id = c.int64();
    COLO_TRY(terms[id], terms_from_json(json::parse(c.text())));
    c.finish();
  }
  for (auto& k : contracts) {
    auto it = terms.find(k.id);
    if (it == terms.end()) continue;
    k.terms.line_items = std::move(it->second.line_items);
    k.terms.sla_availability_bp = it->second.sla_availability_bp;
    k.terms.sla_response_minutes = it->second.sla_response_minutes;
  }
  return {};
}

Result<int> next_amendment_number(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one("SELECT COALESCE(MAX(number), 0) + 1 FROM contract_amendments WHERE contract_id = $1",
                            {contract_id}));
  return static_cast<int>(row->int64(0));
}

Result<std::int64_t> insert_amendment(db::Tx& tx, const Amendment& a) {
  std::optional<std::string> earliest;
  if (a.earliest_date) earliest = format_date(*a.earliest_date);
  return tx.insert(kInsertAmendment, {a.contract_id, a.customer_id, a.number, a.status, a.proposed_by_side,
                                      a.proposed_by, a.proposed_by_name, format_date(a.effective_date), a.summary,
                                      a.rights_duties, to_json(changes_json(a.changes)), a.created_at, a.price_change,
                                      earliest, price_rises_text(a.price_rises)});
}

Status update_amendment(db::Tx& tx, const Amendment& a) {
  std::optional<std::int64_t> version;
  if (a.version) version = *a.version;
  COLO_CHECK(tx.exec(kUpdateAmendment, {a.id, a.status, version, a.updated_at, a.notified_at, a.notification_id}));
  return {};
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> price_changes_unagreed(db::Tx& tx, Date day) {
  COLO_TRY(auto res, tx.query(kPriceChangesUnagreed, {format_date(day)}));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.int64(1));
  return out;
}

Result<db::Counted<PriceChangeRow>> price_changes(db::Tx& tx, const Context& ctx, const PriceChangeFilter& f) {
  db::ListSql sql(kPriceChangeList);
  sql.raw("a.price_change = 1");
  sql.tenant(ctx);
  if (f.status)
    sql.add("a.status = ?", *f.status);
  else
    sql.raw("a.status IN ('proposed_by_operator', 'proposed_by_customer', 'agreed')");
  if (f.customer) sql.add("a.customer_id = ?", *f.customer);
  if (f.contract) sql.add("a.contract_id = ?", *f.contract);
  sql.search(f.q);
  return db::list_page<PriceChangeRow>(tx, sql, kPriceChangeCount, kPriceChangeColumns, f.sort, f.limit, f.offset,
                                       [](const db::Row& r) -> Result<PriceChangeRow> {
                                         db::Cursor c(r);
                                         PriceChangeRow row;
                                         COLO_TRY(row.amendment, amendment_of(c, false));
                                         row.contract_number = c.text();
                                         row.customer_name = c.text();
                                         row.notice_days = c.int32();
                                         c.finish();
                                         return row;
                                       });
}

Result<std::optional<Amendment>> find_amendment(db::Tx& tx, std::int64_t contract_id, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kAmendmentColumns) + "WHERE contract_id = $1 AND id = $2", {contract_id, id}));
  if (!row) return std::optional<Amendment>{};
  db::Cursor c(*row);
  COLO_TRY(auto a, amendment_of(c));
  return std::optional<Amendment>(std::move(a));
}

Result<std::vector<Amendment>> amendments(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res,
           tx.query(std::string(kAmendmentColumns) + "WHERE contract_id = $1 ORDER BY number", {contract_id}));
  std::vector<Amendment> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    COLO_TRY(auto a, amendment_of(c));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> amendments_due(db::Tx& tx, Date day) {
  COLO_TRY(auto res, tx.query("SELECT contract_id, id FROM contract_amendments WHERE status = 'agreed' AND "
                              "effective_date <= $1 ORDER BY effective_date, id",
                              {format_date(day)}));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.int64(1));
  return out;
}

Status insert_settlement_item(db::Tx& tx, const Contract& c, int position, const std::string& kind,
                              const std::string& now) {
  COLO_CHECK(
      tx.exec("INSERT INTO contract_settlement_items (contract_id, customer_id, position, kind, created_at) "
              "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contract_id, kind) DO NOTHING",
              {c.id, c.customer_id, position, kind, now}));
  return {};
}

Result<std::vector<SettlementItem>> settlement(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res,
           tx.query(std::string(kSettlementColumns) + "WHERE contract_id = $1 ORDER BY position", {contract_id}));
  std::vector<SettlementItem> out;
  for (const auto& r : res.rows) out.push_back(settlement_of(r));
  return out;
}

Result<std::optional<SettlementItem>> find_settlement_item(db::Tx& tx, std::int64_t contract_id, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kSettlementColumns) + "WHERE contract_id = $1 AND id = $2", {contract_id, id}));
  if (!row) return std::optional<SettlementItem>{};
  return std::optional<SettlementItem>(settlement_of(*row));
}

Status update_settlement_item(db::Tx& tx, const SettlementItem& item) {
  COLO_CHECK(
      tx.exec("UPDATE contract_settlement_items SET done = $2, note = $3, done_by_name = $4, done_at = $5, "
              "note_key = $6, note_params = $7 WHERE id = $1",
              {item.id, item.done, item.note, item.done_by, item.done_at, item.note_key, item.note_params}));
  return {};
}

Status insert_resource(db::Tx& tx, const Contract& c, const std::string& kind, std::int64_t ref_id,
                       const std::string& label, const std::string& now) {
  COLO_CHECK(
      tx.exec("INSERT INTO contract_resources (contract_id, customer_id, kind, ref_id, label, created_at) "
              "VALUES ($1, $2, $3, $4, $5, $6)",
              {c.id, c.customer_id, kind, ref_id, label, now}));
  return {};
}

// Indexed by contract_resources_ref (migration 0035).
constexpr std::string_view kContractsOfResource =
    "SELECT contract_id FROM contract_resources WHERE kind = $1 AND ref_id = $2 ORDER BY contract_id DESC";

Result<std::vector<std::int64_t>> contracts_of_resource(db::Tx& tx, const std::string& kind, std::int64_t ref_id) {
  COLO_TRY(auto res, tx.query(kContractsOfResource, {kind, ref_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> device_resources_of(db::Tx& tx,
                                                                               const std::vector<std::int64_t>& ids) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  if (ids.empty()) return out;
  db::Params p;
  const std::string sql =
      "SELECT contract_id, ref_id FROM contract_resources WHERE kind = 'device' AND contract_id IN (" +
      db::in_list(p, ids) + ") ORDER BY contract_id, id";
  COLO_TRY(auto res, tx.query(sql, p));
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.int64(1));
  return out;
}

Result<std::vector<Resource>> resources(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query("SELECT id, contract_id, kind, ref_id, label, created_at, release_due, released_at "
                              "FROM contract_resources WHERE contract_id = $1 ORDER BY id",
                              {contract_id}));
  std::vector<Resource> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Resource resource;
    resource.id = c.int64();
    resource.contract_id = c.int64();
    resource.kind = c.text();
    resource.ref_id = c.int64();
    resource.label = c.text();
    resource.created_at = c.text();
    resource.release_due = c.opt_text();
    resource.released_at = c.opt_text();
    c.finish();
    out.push_back(std::move(resource));
  }
  return out;
}

Status update_resource(db::Tx& tx, const Resource& r) {
  COLO_CHECK(tx.exec("UPDATE contract_resources SET release_due = $2, released_at = $3 WHERE id = $1",
                     {r.id, r.release_due, r.released_at}));
  return {};
}

Status insert_move_out_task(db::Tx& tx, const Contract& c, std::int64_t device_id, const std::string& device_name,
                            const std::string& now) {
  COLO_CHECK(
      tx.exec("INSERT INTO contract_move_out_tasks (contract_id, customer_id, device_id, device_name, "
              "created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contract_id, device_id) DO NOTHING",
              {c.id, c.customer_id, device_id, device_name, now}));
  return {};
}

Result<std::vector<MoveOutTask>> move_out_tasks(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query("SELECT id, contract_id, device_id, device_name, created_at FROM contract_move_out_tasks "
                              "WHERE contract_id = $1 ORDER BY id",
                              {contract_id}));
  std::vector<MoveOutTask> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    MoveOutTask t;
    t.id = c.int64();
    t.contract_id = c.int64();
    t.device_id = c.int64();
    t.device_name = c.text();
    t.created_at = c.text();
    c.finish();
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> releases_due(db::Tx& tx, Date day) {
  COLO_TRY(auto res, tx.query("SELECT contract_id, id FROM contract_resources WHERE release_due IS NOT NULL AND "
                              "release_due <= $1 AND released_at IS NULL ORDER BY id",
                              {format_date(day)}));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : res.rows) out.emplace_back(r.int64(0), r.int64(1));
  return out;
}

namespace {
constexpr std::string_view kTerminationRequestColumns =
    "SELECT id, contract_id, customer_id, status, reason, desired_date, requested_by, requested_by_name, "
    "decided_by_name, decision_comment, decided_at, created_at, updated_at, decision_key "
    "FROM contract_termination_requests ";

Result<TerminationRequest> termination_request_of(const db::Row& r) {
  db::Cursor c(r);
  TerminationRequest t;
  t.id = c.int64();
  t.contract_id = c.int64();
  t.customer_id = c.int64();
  t.status = c.text();
  t.reason = c.text();
  COLO_TRY(t.desired_date, date_of(c.text()));
  t.requested_by = c.int64();
  t.requested_by_name = c.text();
  t.decided_by_name = c.opt_text();
  t.decision_comment = c.text();
  t.decided_at = c.opt_text();
  t.created_at = c.text();
  t.updated_at = c.text();
  t.decision_key = c.text();
  c.finish();
  return t;
}
}  // namespace

Result<std::int64_t> insert_termination_request(db::Tx& tx, const TerminationRequest& r) {
  return tx.insert(
      "INSERT INTO contract_termination_requests (contract_id, customer_id, status, reason, desired_date, "
      "requested_by, requested_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
      "RETURNING id",
      {r.contract_id, r.customer_id, r.status, r.reason, format_date(r.desired_date), r.requested_by,
       r.requested_by_name, r.created_at});
}

Result<bool> answer_termination_request(db::Tx& tx, const TerminationRequest& r) {
  COLO_TRY(
      auto n,
      tx.exec("UPDATE contract_termination_requests SET status = $2, decided_by_name = $3, "
              "decision_comment = $4, decided_at = $5, updated_at = $6, decision_key = $7 WHERE id = $1 AND "
              "status = 'open'",
              {r.id, r.status, r.decided_by_name, r.decision_comment, r.decided_at, r.updated_at, r.decision_key}));
  return n == 1;
}

Result<std::vector<TerminationRequest>> termination_requests(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res,
           tx.query(std::string(kTerminationRequestColumns) + "WHERE contract_id = $1 ORDER BY id", {contract_id}));
  std::vector<TerminationRequest> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto t, termination_request_of(r));
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::optional<TerminationRequest>> find_termination_request(db::Tx& tx, std::int64_t contract_id,
                                                                   std::int64_t id) {
  COLO_TRY(auto row,
           tx.one(std::string(kTerminationRequestColumns) + "WHERE contract_id = $1 AND id = $2", {contract_id, id}));
  if (!row) return std::optional<TerminationRequest>{};
  COLO_TRY(auto t, termination_request_of(*row));
  return std::optional<TerminationRequest>(std::move(t));
}

Result<std::set<int>> reminders_sent(db::Tx& tx, std::int64_t contract_id, Date end_date) {
  COLO_TRY(auto res, tx.query("SELECT days FROM contract_reminders WHERE contract_id = $1 AND end_date = $2",
                              {contract_id, format_date(end_date)}));
  std::set<int> out;
  for (const auto& r : res.rows) out.insert(static_cast<int>(r.int64(0)));
  return out;
}

Status insert_reminder(db::Tx& tx, std::int64_t contract_id, Date end_date, int days, const std::string& now) {
  COLO_CHECK(tx.exec("INSERT INTO contract_reminders (contract_id, end_date, days, sent_at) VALUES ($1, $2, $3, $4)",
                     {contract_id, format_date(end_date), days, now}));
  return {};
}

Result<std::vector<std::int64_t>> active_ending_by(db::Tx& tx, Date day) {
  COLO_TRY(auto res, tx.query("SELECT id FROM contracts WHERE status = 'active' AND end_date <= $1 ORDER BY id",
                              {format_date(day)}));
  std::vector<std::int64_t> out;
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

}  // namespace colo::contracts::store
