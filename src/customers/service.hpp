// Customer records and their contacts. Contacts' phones and e-mails are encrypted at rest
// (R6.2.1); a customer principal sees and edits only its own record's contacts (R10).
#pragma once

#include <map>
#include <memory>
#include <utility>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/crypto.hpp"
#include "core/result.hpp"
#include "customers/model.hpp"
#include "db/database.hpp"

namespace colo::customers {

class Service {
 public:
  Service(db::Database& db, const Clock& clock, crypto::Sealer sealer)
      : db_(db), clock_(clock), sealer_(sealer) {}

  Result<std::pair<std::int64_t, std::vector<Customer>>> list(const Context& ctx, const CustomerFilter& f);
  Result<Customer> get(const Context& ctx, std::int64_t id);
  Result<Customer> create(const Context& ctx, const CustomerInput& input);
  Result<Customer> update(const Context& ctx, std::int64_t id, const CustomerInput& input);

  Result<std::vector<Contact>> contacts(const Context& ctx, std::int64_t customer_id);
  Result<Contact> add_contact(const Context& ctx, std::int64_t customer_id, const ContactInput& input);
  Result<Contact> update_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id,
                                 const ContactInput& input);
  Status remove_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id);

  // For other modules, inside their transaction: the customer's name and status, or nullopt.
  struct Ref {
    std::int64_t id;
    std::string name;
    std::string status;
  };
  Result<std::optional<Ref>> find(db::Tx& tx, std::int64_t id);
  Result<std::optional<Ref>> find_by_name(db::Tx& tx, const std::string& name);
  // Names of several customers in one query (for lists in other modules).
  Result<std::map<std::int64_t, std::string>> names(db::Tx& tx, const std::vector<std::int64_t>& ids);

 private:
  Result<std::optional<Customer>> load(db::Tx& tx, std::int64_t id);
  Result<std::vector<Contact>> load_contacts(db::Tx& tx, std::int64_t customer_id);
  db::Database& db_;
  const Clock& clock_;
  crypto::Sealer sealer_;
};

}  // namespace colo::customers
