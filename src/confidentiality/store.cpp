#include "confidentiality/store.hpp"

#include <boost/json.hpp>

#include "db/cursor.hpp"

namespace colo::confidentiality::store {

namespace json = boost::json;

const db::ListSpec kDisclosureList{
    .search = {"d.number", "d.customer_name", "d.recipient", "d.purpose", "d.document_number"},
    .sorts = {{"requested_at", "d.requested_at"},
              {"disclosed_at", "d.disclosed_at"},
              {"number", "d.number"},
              {"status", "d.status"},
              {"customer", "d.customer_name"}},
    .default_order = "d.requested_at DESC, d.id DESC",
    .tiebreak = "d.id",
    .tenant_column = "d.customer_id"};

namespace {

constexpr std::string_view kLevels =
    "SELECT category, level, updated_by, updated_at FROM confidentiality_levels ORDER BY category";
constexpr std::string_view kSetLevel =
    "UPDATE confidentiality_levels SET level = $2, updated_by = $3, updated_at = $4 WHERE category = $1";

constexpr std::string_view kNextNumber =
    "INSERT INTO disclosure_numbers (year, last_value) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last_value = "
    "disclosure_numbers.last_value + 1 RETURNING last_value";
constexpr std::string_view kDisclosureCols =
    "SELECT d.id, d.number, d.customer_id, d.customer_name, d.recipient, d.recipient_kind, d.categories, d.records, "
    "d.purpose, d.basis, d.consent_hash, d.consent_type, d.consent_name, d.consent_size, d.law, d.article, "
    "d.document_number, d.withheld, d.withheld_law, d.status, d.requested_by, d.requested_at, d.decided_by, "
    "d.decided_at, d.decision_note, d.disclosed_by, d.disclosed_at, d.disclosed_what FROM disclosures d";
constexpr std::string_view kDisclosureCount = "SELECT COUNT(*) FROM disclosures d";
constexpr std::string_view kInsertDisclosure =
    "INSERT INTO disclosures (number, customer_id, customer_name, recipient, recipient_kind, categories, records, "
    "purpose, basis, law, article, document_number, withheld, withheld_law, status, requested_by, requested_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'requested', $15, $16) RETURNING id";
constexpr std::string_view kSetConsent =
    "UPDATE disclosures SET consent_hash = $2, consent_type = $3, consent_name = $4, consent_size = $5 WHERE id = $1";
// The state in the WHERE: of two decisions at once, one changes the row and the other nothing.
constexpr std::string_view kDecide =
    "UPDATE disclosures SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1 AND "
    "status = 'requested'";
constexpr std::string_view kDisclose =
    "UPDATE disclosures SET status = 'disclosed', disclosed_by = $2, disclosed_at = $3, disclosed_what = $4 WHERE id "
    "= $1 AND status = 'approved'";
constexpr std::string_view kMade =
    "SELECT number, disclosed_at, basis, consent_hash, law, article, document_number, decided_by, decided_at FROM "
    "disclosures WHERE status = 'disclosed' AND disclosed_at >= $1 AND disclosed_at < $2 ORDER BY disclosed_at, id";

constexpr std::string_view kSetTerm =
    "INSERT INTO confidentiality_terms (contract_id, customer_id, years_after_end, updated_by, updated_at) VALUES ($1, "
    "$2, $3, $4, $5) ON CONFLICT (contract_id) DO UPDATE SET years_after_end = excluded.years_after_end, updated_by = "
    "excluded.updated_by, updated_at = excluded.updated_at";
constexpr std::string_view kTermsOf =
    "SELECT contract_id, years_after_end FROM confidentiality_terms WHERE contract_id IN ";
constexpr std::string_view kRemindersOf =
    "SELECT contract_id, until_date, sent_at FROM confidentiality_reminders WHERE contract_id IN ";
constexpr std::string_view kInsertReminder =
    "INSERT INTO confidentiality_reminders (contract_id, until_date, customer_id, sent_at) VALUES ($1, $2, $3, $4) ON "
    "CONFLICT (contract_id, until_date) DO NOTHING RETURNING contract_id";

std::vector<std::string> categories_from(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& x : v.as_array())
    if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

std::string categories_text(const std::vector<std::string>& categories) {
  json::array a;
  for (const auto& c : categories) a.emplace_back(c);
  return json::serialize(a);
}

Disclosure disclosure_from(const db::Row& r) {
  db::Cursor c(r);
  Disclosure d;
  d.id = c.int64();
  d.number = c.text();
  d.customer_id = c.int64();
  d.customer_name = c.text();
  d.recipient = c.text();
  d.recipient_kind = c.text();
  d.categories = categories_from(c.text());
  d.records = c.text();
  d.purpose = c.text();
  d.basis = c.text();
  d.consent_hash = c.opt_text();
  d.consent_type = c.opt_text();
  d.consent_name = c.opt_text();
  d.consent_size = c.opt_int64();
  d.law = c.opt_text();
  d.article = c.opt_text();
  d.document_number = c.opt_text();
  d.withheld = c.boolean();
  d.withheld_law = c.opt_text();
  d.status = c.text();
  d.requested_by = c.text();
  d.requested_at = c.text();
  d.decided_by = c.opt_text();
  d.decided_at = c.opt_text();
  d.decision_note = c.opt_text();
  d.disclosed_by = c.opt_text();
  d.disclosed_at = c.opt_text();
  d.disclosed_what = c.opt_text();
  c.finish();
  return d;
}

}  // namespace

Result<std::vector<Level>> levels(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kLevels, {}));
  std::vector<Level> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Level l;
    l.category = c.text();
    l.level = c.text();
    l.updated_by = c.text();
    l.updated_at = c.text();
    c.finish();
    out.push_back(std::move(l));
  }
  return out;
}

Result<bool> set_level(db::Tx& tx, const Level& l) {
  COLO_TRY(auto n, tx.exec(kSetLevel, {l.category, l.level, l.updated_by, l.updated_at}));
  return n == 1;
}

Result<std::int64_t> next_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  if (!row) return Error::internal("disclosure_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_disclosure(db::Tx& tx, const Disclosure& d) {
  return tx.insert(kInsertDisclosure,
                   {d.number, d.customer_id, d.customer_name, d.recipient, d.recipient_kind,
                    categories_text(d.categories), d.records, d.purpose, d.basis, d.law, d.article, d.document_number,
                    d.withheld ? 1 : 0, d.withheld_law, d.requested_by, d.requested_at});
}

Result<std::optional<Disclosure>> find_disclosure(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kDisclosureCols) + " WHERE d.id = $1", {id}));
  if (!row) return std::optional<Disclosure>{};
  return std::optional<Disclosure>(disclosure_from(*row));
}

Result<db::Counted<Disclosure>> list_disclosures(db::Tx& tx, const Context& ctx, const DisclosureFilter& f) {
  db::ListSql sql(kDisclosureList);
  sql.tenant(ctx);
  if (ctx.tenant()) sql.raw("d.status = 'disclosed' AND d.withheld = 0");
  sql.search(f.q);
  if (f.customer) sql.add("d.customer_id = ?", *f.customer);
  if (f.status) sql.add("d.status = ?", *f.status);
  return db::list_page<Disclosure>(tx, sql, kDisclosureCount, kDisclosureCols, f.sort, f.limit, f.offset,
                                   disclosure_from);
}

Status set_consent(db::Tx& tx, const Disclosure& d) {
  COLO_CHECK(tx.exec(kSetConsent, {d.id, d.consent_hash, d.consent_type, d.consent_name, d.consent_size}));
  return {};
}

Result<bool> decide(db::Tx& tx, const Disclosure& d) {
  COLO_TRY(auto n, tx.exec(kDecide, {d.id, d.status, d.decided_by, d.decided_at, d.decision_note}));
  return n == 1;
}

Result<bool> mark_disclosed(db::Tx& tx, const Disclosure& d) {
  COLO_TRY(auto n, tx.exec(kDisclose, {d.id, d.disclosed_by, d.disclosed_at, d.disclosed_what}));
  return n == 1;
}

Result<std::vector<DisclosureFact>> disclosures_made(db::Tx& tx, const std::string& from, const std::string& to) {
  COLO_TRY(auto res, tx.query(kMade, {from, to}));
  std::vector<DisclosureFact> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Disclosure d;
    d.number = c.text();
    d.disclosed_at = c.text();
    d.basis = c.text();
    d.consent_hash = c.opt_text();
    d.law = c.opt_text();
    d.article = c.opt_text();
    d.document_number = c.opt_text();
    d.decided_by = c.opt_text();
    d.decided_at = c.opt_text();
    c.finish();
    out.push_back({d.number, *d.disclosed_at, has_basis(d),
                   d.decided_by.has_value() && d.decided_at && *d.decided_at <= *d.disclosed_at});
  }
  return out;
}

Result<std::map<std::int64_t, int>> terms_of(db::Tx& tx, const std::vector<std::int64_t>& contract_ids) {
  std::map<std::int64_t, int> out;
  if (contract_ids.empty()) return out;
  db::Params params;
  auto in = db::in_list(params, contract_ids);
  COLO_TRY(auto res, tx.query(std::string(kTermsOf) + "(" + in + ")", params));
  for (const auto& r : res.rows) out[r.int64(0)] = static_cast<int>(r.int64(1));
  return out;
}

Status set_term(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, int years, const std::string& by,
                const std::string& at) {
  COLO_CHECK(tx.exec(kSetTerm, {contract_id, customer_id, years, by, at}));
  return {};
}

Result<std::map<std::int64_t, std::pair<std::string, std::string>>> reminders_of(
    db::Tx& tx, const std::vector<std::int64_t>& contract_ids) {
  std::map<std::int64_t, std::pair<std::string, std::string>> out;
  if (contract_ids.empty()) return out;
  db::Params params;
  auto in = db::in_list(params, contract_ids);
  COLO_TRY(auto res, tx.query(std::string(kRemindersOf) + "(" + in + ") ORDER BY sent_at", params));
  for (const auto& r : res.rows) out[r.int64(0)] = {r.text(1), r.text(2)};
  return out;
}

Result<bool> insert_reminder(db::Tx& tx, std::int64_t contract_id, const std::string& until, std::int64_t customer_id,
                             const std::string& at) {
  COLO_TRY(auto row, tx.one(kInsertReminder, {contract_id, until, customer_id, at}));
  return row.has_value();
}

}  // namespace colo::confidentiality::store
