#include "customers/service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "core/json.hpp"
#include "customers/credit_code.hpp"
#include "customers/store.hpp"

namespace colo::customers {

namespace json = boost::json;

namespace {

json::value customer_audit(const Customer& c) {
  return json::object{
      {"name", c.name}, {"credit_code", nullable(c.credit_code)}, {"address", c.address}, {"status", c.status}};
}

// Audit entries keep contact details masked: the log must not become a plain copy of the personal
// data that the contacts table keeps encrypted.
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

bool plausible_email(const std::string& e) {
  auto at = e.find('@');
  return at != std::string::npos && at > 0 && e.find('.', at) != std::string::npos && e.find('.', at) < e.size() - 1 &&
         e.find_first_of(" \t<>,;") == std::string::npos;
}

Status validate(const Contact& c) {
  std::vector<FieldError> errors;
  if (c.name.empty()) errors.push_back({"name", "required", "A name is required."});
  if (c.phone.empty() && c.email.empty())
    errors.push_back({"phone", "required", "A phone number or an e-mail address is required."});
  if (!c.email.empty() && !plausible_email(c.email)) errors.push_back({"email", "invalid", "Not an e-mail address."});
  if (!c.phone.empty() && !std::all_of(c.phone.begin(), c.phone.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) || ch == '+' || ch == '-' || ch == ' ' || ch == '(' ||
               ch == ')';
      }))
    errors.push_back({"phone", "invalid", "Only digits, spaces, +, - and parentheses."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Error conflict_on_code(Error e) {
  if (e.is("db.unique_violation"))
    return Error{ErrorKind::conflict,
                 "customers.credit_code_taken",
                 "Another customer already has this credit code.",
                 {{"credit_code",
                   "taken",
                   "Another customer already has this credit code.",
                   {},
                   "customers.credit_code_taken"}}};
  return e;
}

Result<Contact> open_contact(const crypto::Sealer& sealer, const store::SealedContact& s) {
  COLO_TRY(auto phone, sealer.open(s.phone_sealed));
  COLO_TRY(auto email, sealer.open(s.email_sealed));
  return Contact{s.id, s.customer_id, s.name, s.role, std::move(phone), std::move(email)};
}

store::SealedContact seal_contact(const crypto::Sealer& sealer, const Contact& c) {
  return store::SealedContact{c.id, c.customer_id, c.name, c.role, sealer.seal(c.phone), sealer.seal(c.email)};
}

}  // namespace

Result<std::vector<Contact>> Service::open_contacts(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto sealed, store::contacts(tx, customer_id));
  std::vector<Contact> out;
  out.reserve(sealed.size());
  for (const auto& s : sealed) {
    COLO_TRY(auto c, open_contact(sealer_, s));
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::pair<std::int64_t, std::vector<Customer>>> Service::list(const Context& ctx, const CustomerFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list(tx, ctx, f);
}

Result<Customer> Service::get(const Context& ctx, std::int64_t id) {
  if (!ctx.sees(id)) return Error::not_found("Customer");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto c, store::find(tx, id));
  if (!c) return Error::not_found("Customer");
  COLO_TRY(c->contacts, open_contacts(tx, id));
  return std::move(*c);
}

Result<Customer> Service::read(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto c, get(ctx, id));
  // A customer reading its own contacts discloses nothing; staff reading them is recorded.
  if (ctx.tenant() || c.contacts.empty()) return c;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  json::array contacts;
  for (const auto& x : c.contacts) contacts.emplace_back(x.id);
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer", std::to_string(c.id), "read_sensitive", nullptr,
                            json::object{{"fields", json::array{"phone", "email"}}, {"contacts", contacts}}, c.id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Customer> Service::create(const Context& ctx, const CustomerInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  Customer c;
  c.name = in.name.value_or("");
  c.credit_code = in.credit_code.value_or(std::nullopt);
  c.address = in.address.value_or("");
  c.status = in.status.value_or("prospect");
  COLO_CHECK(validate(c));
  c.created_at = c.updated_at = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  auto id = store::insert(tx, c);
  if (!id.ok()) return conflict_on_code(std::move(id).error());
  c.id = *id;
  COLO_CHECK(
      audit::record(tx, ctx, clock_, {"customer", std::to_string(c.id), "create", nullptr, customer_audit(c), c.id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Customer> Service::update(const Context& ctx, std::int64_t id, const CustomerInput& in) {
  // A foreign record is not found; one's own record is read-only to a customer principal.
  if (!ctx.sees(id)) return Error::not_found("Customer");
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, store::find(tx, id));
  if (!existing) return Error::not_found("Customer");
  Customer c = *existing;
  if (in.name) c.name = *in.name;
  if (in.credit_code) c.credit_code = *in.credit_code;
  if (in.address) c.address = *in.address;
  if (in.status) c.status = *in.status;
  COLO_CHECK(validate(c));
  c.updated_at = format_instant(clock_.now());
  if (auto st = store::update(tx, c); !st.ok()) return conflict_on_code(std::move(st).error());
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"customer", std::to_string(id), "update", customer_audit(*existing), customer_audit(c), id}));
  COLO_TRY(c.contacts, open_contacts(tx, id));
  COLO_CHECK(tx.commit());
  return c;
}

Result<std::vector<Contact>> Service::contacts(const Context& ctx, std::int64_t customer_id) {
  COLO_TRY(auto c, get(ctx, customer_id));
  return std::move(c.contacts);
}

Result<Contact> Service::add_contact(const Context& ctx, std::int64_t customer_id, const ContactInput& in) {
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  Contact c{0, customer_id, in.name.value_or(""), in.role.value_or(""), in.phone.value_or(""), in.email.value_or("")};
  COLO_CHECK(validate(c));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto owner, store::find(tx, customer_id));
  if (!owner) return Error::not_found("Customer");
  COLO_TRY(c.id, store::insert_contact(tx, seal_contact(sealer_, c), format_instant(clock_.now())));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"customer.contact", std::to_string(c.id), "create", nullptr, contact_audit(c), customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Result<Contact> Service::update_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id,
                                        const ContactInput& in) {
  if (!ctx.sees(customer_id)) return Error::not_found("Contact");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto sealed, store::find_contact(tx, customer_id, contact_id));
  if (!sealed) return Error::not_found("Contact");
  COLO_TRY(auto before, open_contact(sealer_, *sealed));
  Contact c = before;
  if (in.name) c.name = *in.name;
  if (in.role) c.role = *in.role;
  if (in.phone) c.phone = *in.phone;
  if (in.email) c.email = *in.email;
  COLO_CHECK(validate(c));
  COLO_CHECK(store::update_contact(tx, seal_contact(sealer_, c), format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"customer.contact", std::to_string(contact_id), "update", contact_audit(before),
                            contact_audit(c), customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Status Service::remove_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id) {
  if (!ctx.sees(customer_id)) return Error::not_found("Contact");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto sealed, store::find_contact(tx, customer_id, contact_id));
  if (!sealed) return Error::not_found("Contact");
  COLO_TRY(auto before, open_contact(sealer_, *sealed));
  COLO_CHECK(store::remove_contact(tx, contact_id, format_instant(clock_.now())));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"customer.contact", std::to_string(contact_id), "remove", contact_audit(before), nullptr, customer_id}));
  return tx.commit();
}

Result<std::optional<Service::Ref>> Service::find(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto c, store::find(tx, id));
  if (!c) return std::optional<Ref>{};
  return std::optional<Ref>(Ref{c->id, c->name, c->status});
}

Result<std::optional<Service::Ref>> Service::find_by_name(db::Tx& tx, const std::string& name) {
  COLO_TRY(auto c, store::find_by_name(tx, name));
  if (!c) return std::optional<Ref>{};
  return std::optional<Ref>(Ref{c->id, c->name, c->status});
}

Result<std::map<std::int64_t, std::string>> Service::names(db::Tx& tx, const std::vector<std::int64_t>& ids) {
  return store::names(tx, ids);
}

}  // namespace colo::customers
