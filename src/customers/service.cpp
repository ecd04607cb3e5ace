#include "customers/service.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "customers/credit_code.hpp"
#include "db/tenant.hpp"

namespace colo::customers {

namespace json = boost::json;

namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.name, c.credit_code, c.address, c.status, c.created_at, c.updated_at "
    "FROM customers c WHERE 1 = 1";
constexpr std::string_view kInsert =
    "INSERT INTO customers (name, credit_code, address, status, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $5) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE customers SET name = $2, credit_code = $3, address = $4, status = $5, updated_at = $6 "
    "WHERE id = $1";
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
constexpr std::string_view kFind = "SELECT id, name, status FROM customers WHERE id = $1";
constexpr std::string_view kFindByName = "SELECT id, name, status FROM customers WHERE name = $1";

Customer customer_from(const db::Row& r) {
  return Customer{r.int64(0), r.text(1), r.opt_text(2), r.text(3), r.text(4), r.text(5), r.text(6), {}};
}

json::value to_json_audit(const Customer& c) {
  return json::object{{"name", c.name},
                      {"credit_code", c.credit_code ? json::value(*c.credit_code) : json::value(nullptr)},
                      {"address", c.address},
                      {"status", c.status}};
}

// Audit entries keep contact details masked: the log must not become a copy of personal data.
std::string mask(const std::string& s) {
  if (s.size() <= 4) return std::string(s.size(), '*');
  return s.substr(0, 2) + std::string(s.size() - 4, '*') + s.substr(s.size() - 2);
}

json::value contact_audit(const Contact& c) {
  return json::object{{"name", c.name}, {"role", c.role}, {"phone", mask(c.phone)}, {"email", mask(c.email)}};
}

Status validate(const Customer& c) {
  std::vector<FieldError> errors;
  if (c.name.empty()) errors.push_back({"name", "required", "A company name is required."});
  if (c.credit_code && !valid_credit_code(*c.credit_code))
    errors.push_back({"credit_code", "invalid", "Not a valid unified social credit code (GB 32100-2015)."});
  if (std::find(kStatuses.begin(), kStatuses.end(), c.status) == kStatuses.end())
    errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Status validate(const Contact& c) {
  std::vector<FieldError> errors;
  if (c.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (c.phone.empty() && c.email.empty())
    errors.push_back({"phone", "required", "A phone number or an e-mail address is required."});
  if (!c.email.empty()) {
    auto at = c.email.find('@');
    if (at == std::string::npos || at == 0 || c.email.find('.', at) == std::string::npos ||
        c.email.find(' ') != std::string::npos)
      errors.push_back({"email", "invalid", "Not an e-mail address."});
  }
  if (!c.phone.empty()) {
    for (char ch : c.phone)
      if (!(std::isdigit(static_cast<unsigned char>(ch)) || ch == '+' || ch == '-' || ch == ' ' ||
            ch == '(' || ch == ')')) {
        errors.push_back({"phone", "invalid", "Only digits, spaces, +, - and parentheses."});
        break;
      }
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Error conflict_on_code(Error e) {
  if (e.code == "db.unique_violation")
    return Error{ErrorKind::conflict, "customers.credit_code_taken",
                 "Another customer already has this credit code.",
                 {{"credit_code", "taken", "Another customer already has this credit code."}}};
  return e;
}

}  // namespace

Result<std::optional<Customer>> Service::load(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kSelect) + " AND c.id = $1", {id}));
  if (!row) return std::optional<Customer>{};
  return std::optional<Customer>(customer_from(*row));
}

Result<std::vector<Contact>> Service::load_contacts(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query(kContacts, {customer_id}));
  std::vector<Contact> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto phone, sealer_.open(r.text(4)));
    COLO_TRY(auto email, sealer_.open(r.text(5)));
    out.push_back(Contact{r.int64(0), r.int64(1), r.text(2), r.text(3), phone, email});
  }
  return out;
}

Result<std::pair<std::int64_t, std::vector<Customer>>> Service::list(const Context& ctx,
                                                                      const CustomerFilter& f) {
  db::Params params;
  std::string where = db::tenant_filter(ctx, "c.id", params);
  if (f.q) {
    params.emplace_back("%" + *f.q + "%");
    auto n = std::to_string(params.size());
    where += " AND (c.name LIKE $" + n + " OR c.credit_code LIKE $" + n + ")";
  }
  if (f.status) {
    params.emplace_back(*f.status);
    where += " AND c.status = $" + std::to_string(params.size());
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto count, tx.one("SELECT COUNT(*) FROM customers c WHERE 1 = 1" + where, params));
  auto p = params;
  p.emplace_back(f.limit);
  p.emplace_back(f.offset);
  COLO_TRY(auto res, tx.query(std::string(kSelect) + where + " ORDER BY c.name, c.id LIMIT $" +
                                  std::to_string(params.size() + 1) + " OFFSET $" +
                                  std::to_string(params.size() + 2),
                              p));
  std::vector<Customer> out;
  for (const auto& r : res.rows) out.push_back(customer_from(r));
  return std::pair{count ? count->int64(0) : 0, std::move(out)};
}

Result<Customer> Service::get(const Context& ctx, std::int64_t id) {
  if (!ctx.sees(id)) return Error::not_found("Customer");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, load(tx, id));
  if (!c) return Error::not_found("Customer");
  COLO_TRY(c->contacts, load_contacts(tx, id));
  return std::move(*c);
}

Result<Customer> Service::create(const Context& ctx, const CustomerInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  Customer c;
  c.name = in.name.value_or("");
  c.credit_code = in.credit_code.value_or(std::nullopt);
  c.address = in.address.value_or("");
  c.status = in.status.value_or("prospect");
  COLO_CHECK(validate(c));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  auto now = format_instant(clock_.now());
  auto id = tx.insert(kInsert, {c.name, c.credit_code, c.address, c.status, now});
  if (!id.ok()) return conflict_on_code(std::move(id).error());
  c.id = *id;
  c.created_at = c.updated_at = now;
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer", std::to_string(c.id), "create", nullptr, to_json_audit(c), c.id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Customer> Service::update(const Context& ctx, std::int64_t id, const CustomerInput& in) {
  if (!ctx.sees(id)) return Error::not_found("Customer");
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, load(tx, id));
  if (!existing) return Error::not_found("Customer");
  Customer c = *existing;
  if (in.name) c.name = *in.name;
  if (in.credit_code) c.credit_code = *in.credit_code;
  if (in.address) c.address = *in.address;
  if (in.status) c.status = *in.status;
  COLO_CHECK(validate(c));
  c.updated_at = format_instant(clock_.now());
  auto st = tx.exec(kUpdate, {id, c.name, c.credit_code, c.address, c.status, c.updated_at});
  if (!st.ok()) return conflict_on_code(std::move(st).error());
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer", std::to_string(id), "update", to_json_audit(*existing),
                            to_json_audit(c), id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<std::vector<Contact>> Service::contacts(const Context& ctx, std::int64_t customer_id) {
  COLO_TRY(auto c, get(ctx, customer_id));
  return std::move(c.contacts);
}

Result<Contact> Service::add_contact(const Context& ctx, std::int64_t customer_id, const ContactInput& in) {
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  Contact c{0, customer_id, in.name.value_or(""), in.role.value_or(""), in.phone.value_or(""),
            in.email.value_or("")};
  COLO_CHECK(validate(c));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto owner, load(tx, customer_id));
  if (!owner) return Error::not_found("Customer");
  auto now = format_instant(clock_.now());
  COLO_TRY(c.id, tx.insert(kInsertContact, {customer_id, c.name, c.role, sealer_.seal(c.phone),
                                            sealer_.seal(c.email), now}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer.contact", std::to_string(c.id), "create", nullptr,
                            contact_audit(c), customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Contact> Service::update_contact(const Context& ctx, std::int64_t customer_id,
                                        std::int64_t contact_id, const ContactInput& in) {
  if (!ctx.sees(customer_id)) return Error::not_found("Contact");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(kContact, {contact_id, customer_id}));
  if (!row) return Error::not_found("Contact");
  COLO_TRY(auto phone, sealer_.open(row->text(4)));
  COLO_TRY(auto email, sealer_.open(row->text(5)));
  Contact before{contact_id, customer_id, row->text(2), row->text(3), phone, email};
  Contact c = before;
  if (in.name) c.name = *in.name;
  if (in.role) c.role = *in.role;
  if (in.phone) c.phone = *in.phone;
  if (in.email) c.email = *in.email;
  COLO_CHECK(validate(c));
  COLO_CHECK(tx.exec(kUpdateContact, {contact_id, c.name, c.role, sealer_.seal(c.phone),
                                      sealer_.seal(c.email), format_instant(clock_.now())}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer.contact", std::to_string(contact_id), "update",
                            contact_audit(before), contact_audit(c), customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Status Service::remove_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id) {
  if (!ctx.sees(customer_id)) return Error::not_found("Contact");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, tx.one(kContact, {contact_id, customer_id}));
  if (!row) return Error::not_found("Contact");
  COLO_TRY(auto phone, sealer_.open(row->text(4)));
  COLO_TRY(auto email, sealer_.open(row->text(5)));
  Contact before{contact_id, customer_id, row->text(2), row->text(3), phone, email};
  COLO_CHECK(tx.exec(kRemoveContact, {contact_id, format_instant(clock_.now())}));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer.contact", std::to_string(contact_id), "remove",
                            contact_audit(before), nullptr, customer_id}));
  return tx.commit();
}

Result<std::optional<Service::Ref>> Service::find(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(kFind, {id}));
  if (!row) return std::optional<Ref>{};
  return std::optional<Ref>(Ref{row->int64(0), row->text(1), row->text(2)});
}

Result<std::optional<Service::Ref>> Service::find_by_name(db::Tx& tx, const std::string& name) {
  COLO_TRY(auto row, tx.one(kFindByName, {name}));
  if (!row) return std::optional<Ref>{};
  return std::optional<Ref>(Ref{row->int64(0), row->text(1), row->text(2)});
}

Result<std::map<std::int64_t, std::string>> Service::names(db::Tx& tx,
                                                           const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::string> out;
  if (ids.empty()) return out;
  db::Params params;
  std::string in;
  for (auto id : ids) {
    params.emplace_back(id);
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  COLO_TRY(auto res, tx.query("SELECT id, name FROM customers WHERE id IN (" + in + ")", params));
  for (const auto& r : res.rows) out.emplace(r.int64(0), r.text(1));
  return out;
}

}  // namespace colo::customers
