// Customer records and their contacts. Contacts' phones and e-mails are encrypted at rest
// (R6.2.1); a customer principal sees only its own record and edits only its own contacts (R10).
// Other modules use find/find_by_name/names inside their own transaction instead of reading the
// customers tables.
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
  Service(db::Database& db, const Clock& clock, crypto::Sealer sealer) : db_(db), clock_(clock), sealer_(sealer) {}

  // Customers visible to the caller (a customer principal: its own record only).
  Result<std::pair<std::int64_t, std::vector<Customer>>> list(const Context& ctx, const CustomerFilter& f);
  // With its contacts; not_found for another tenant's record.
  Result<Customer> get(const Context& ctx, std::int64_t id);
  // The same for a person reading it: a member of staff shown the decrypted contacts is recorded
  // in the audit log (action read_sensitive, R10), as every read of sealed personal data is.
  Result<Customer> read(const Context& ctx, std::int64_t id);
  // Staff only (forbidden for customer principals).
  Result<Customer> create(const Context& ctx, const CustomerInput& input);
  Result<Customer> update(const Context& ctx, std::int64_t id, const CustomerInput& input);

  Result<std::vector<Contact>> contacts(const Context& ctx, std::int64_t customer_id);
  Result<Contact> add_contact(const Context& ctx, std::int64_t customer_id, const ContactInput& input);
  Result<Contact> update_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id,
                                 const ContactInput& input);
  Status remove_contact(const Context& ctx, std::int64_t customer_id, std::int64_t contact_id);

  // For other modules, inside their transaction: the customer's name and status, or nullopt.
  // These do not apply tenancy: the caller decides what its principal may see.
  struct Ref {
    std::int64_t id;
    std::string name;
    std::string status;  // prospect, active, suspended, closed
  };
  Result<std::optional<Ref>> find(db::Tx& tx, std::int64_t id);
  Result<std::optional<Ref>> find_by_name(db::Tx& tx, const std::string& name);
  // Names of several customers in one query (for lists in other modules).
  Result<std::map<std::int64_t, std::string>> names(db::Tx& tx, const std::vector<std::int64_t>& ids);

 private:
  Result<std::vector<Contact>> open_contacts(db::Tx& tx, std::int64_t customer_id);
  db::Database& db_;
  const Clock& clock_;
  crypto::Sealer sealer_;
};

}  // namespace colo::customers
