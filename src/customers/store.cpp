#include "customers/store.hpp"

#include "customers/lists.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::customers::store {

namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.name, c.credit_code, c.address, c.status, c.created_at, c.updated_at FROM customers c";
constexpr std::string_view kById = " WHERE c.id = $1";
constexpr std::string_view kByName = " WHERE c.name = $1";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM customers c";
}  // namespace

// Declared in customers/lists.hpp: the routes document the list's parameters from it.
// A customer user sees only its own customer.
const db::ListSpec kCustomerList{.search = {"c.name", "c.credit_code"},
                                 .sorts = {{"name", "c.name"},
                                           {"credit_code", "c.credit_code"},
                                           {"status", "c.status"},
                                           {"created_at", "c.created_at"},
                                           {"updated_at", "c.updated_at"}},
                                 .default_order = "c.name, c.id",
                                 .tiebreak = "c.id",
                                 .tenant_column = "c.id"};

namespace {
constexpr std::string_view kInsert =
    "INSERT INTO customers (name, credit_code, address, status, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE customers SET name = $2, credit_code = $3, address = $4, status = $5, updated_at = $6 "
    "WHERE id = $1";
constexpr std::string_view kNames = "SELECT id, name FROM customers WHERE id IN (";

constexpr std::string_view kContacts =
    "SELECT id, customer_id, name, role, phone_enc, email_enc FROM customer_contacts "
    "WHERE customer_id = $1 AND removed_at IS NULL ORDER BY id";
constexpr std::string_view kContact =
    "SELECT id, customer_id, name, role, phone_enc, email_enc FROM customer_contacts "
    "WHERE id = $1 AND customer_id = $2 AND removed_at IS NULL";
constexpr std::string_view kInsertContact =
    "INSERT INTO customer_contacts (customer_id, name, role, phone_enc, email_enc, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
constexpr std::string_view kUpdateContact =
    "UPDATE customer_contacts SET name = $2, role = $3, phone_enc = $4, email_enc = $5, updated_at = $6 "
    "WHERE id = $1";
constexpr std::string_view kRemoveContact =
    "UPDATE customer_contacts SET removed_at = $2, updated_at = $2 WHERE id = $1";

// The mappers read their SELECT's columns in the order written there (db::Cursor) and end with
// finish(), so a column added to one and not the other fails every test that reads such a row.
Customer customer_from(const db::Row& r) {
  db::Cursor c(r);
  Customer customer;
  customer.id = c.int64();
  customer.name = c.text();
  customer.credit_code = c.opt_text();
  customer.address = c.text();
  customer.status = c.text();
  customer.created_at = c.text();
  customer.updated_at = c.text();
  c.finish();
  return customer;
}

SealedContact contact_from(const db::Row& r) {
  db::Cursor c(r);
  SealedContact contact;
  contact.id = c.int64();
  contact.customer_id = c.int64();
  contact.name = c.text();
  contact.role = c.text();
  contact.phone_sealed = c.text();
  contact.email_sealed = c.text();
  c.finish();
  return contact;
}

Result<std::optional<Customer>> one(db::Tx& tx, std::string_view where, db::Value key) {
  COLO_TRY(auto row, tx.one(std::string(kSelect) + std::string(where), {std::move(key)}));
  if (!row) return std::optional<Customer>{};
  return std::optional<Customer>(customer_from(*row));
}

// `fragment` with every "$N" replaced by the parameter's number.

}  // namespace

Result<std::optional<Customer>> find(db::Tx& tx, std::int64_t id) { return one(tx, kById, id); }

Result<std::optional<Customer>> find_by_name(db::Tx& tx, const std::string& name) { return one(tx, kByName, name); }

Result<std::pair<std::int64_t, std::vector<Customer>>> list(db::Tx& tx, const Context& ctx, const CustomerFilter& f) {
  db::ListSql sql(kCustomerList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("c.status = ?", *f.status);
  return db::list_page<Customer>(tx, sql, kCount, kSelect, f.sort, f.limit, f.offset, customer_from);
}

Result<std::int64_t> insert(db::Tx& tx, const Customer& c) {
  return tx.insert(kInsert, {c.name, c.credit_code, c.address, c.status, c.created_at, c.updated_at});
}

Status update(db::Tx& tx, const Customer& c) {
  COLO_CHECK(tx.exec(kUpdate, {c.id, c.name, c.credit_code, c.address, c.status, c.updated_at}));
  return {};
}

Result<std::map<std::int64_t, std::string>> names(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::string> out;
  if (ids.empty()) return out;
  db::Params params;
  const std::string sql = std::string(kNames) + db::in_list(params, ids) + ")";
  COLO_TRY(auto res, tx.query(sql, params));
  for (const auto& r : res.rows) out.emplace(r.int64(0), r.text(1));
  return out;
}

Result<std::vector<SealedContact>> contacts(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query(kContacts, {customer_id}));
  std::vector<SealedContact> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(contact_from(r));
  return out;
}

Result<std::optional<SealedContact>> find_contact(db::Tx& tx, std::int64_t customer_id, std::int64_t contact_id) {
  COLO_TRY(auto row, tx.one(kContact, {contact_id, customer_id}));
  if (!row) return std::optional<SealedContact>{};
  return std::optional<SealedContact>(contact_from(*row));
}

Result<std::int64_t> insert_contact(db::Tx& tx, const SealedContact& c, const std::string& now) {
  return tx.insert(kInsertContact, {c.customer_id, c.name, c.role, c.phone_sealed, c.email_sealed, now});
}

Status update_contact(db::Tx& tx, const SealedContact& c, const std::string& now) {
  COLO_CHECK(tx.exec(kUpdateContact, {c.id, c.name, c.role, c.phone_sealed, c.email_sealed, now}));
  return {};
}

Status remove_contact(db::Tx& tx, std::int64_t contact_id, const std::string& now) {
  COLO_CHECK(tx.exec(kRemoveContact, {contact_id, now}));
  return {};
}

}  // namespace colo::customers::store
