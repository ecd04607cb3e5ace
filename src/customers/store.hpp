// The customers module's SQL, over its tables customers and customer_contacts. Every function
// runs inside the caller's transaction; lists take their tenancy from db::tenant_filter.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "customers/model.hpp"
#include "db/database.hpp"

namespace colo::customers::store {

// A contact as stored: phone and e-mail sealed (crypto::Sealer), opened by the service.
struct SealedContact {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string name;
  std::string role;
  std::string phone_sealed;
  std::string email_sealed;
};

Result<std::optional<Customer>> find(db::Tx& tx, std::int64_t id);
Result<std::optional<Customer>> find_by_name(db::Tx& tx, const std::string& name);
// The total count and one page ordered by name; a customer principal gets only its own record.
Result<std::pair<std::int64_t, std::vector<Customer>>> list(db::Tx& tx, const Context& ctx, const CustomerFilter& f);
// Errors: "db.unique_violation" when the credit code is taken.
Result<std::int64_t> insert(db::Tx& tx, const Customer& c);
Status update(db::Tx& tx, const Customer& c);
Result<std::map<std::int64_t, std::string>> names(db::Tx& tx, const std::vector<std::int64_t>& ids);

// Live (not removed) contacts.
Result<std::vector<SealedContact>> contacts(db::Tx& tx, std::int64_t customer_id);
Result<std::optional<SealedContact>> find_contact(db::Tx& tx, std::int64_t customer_id, std::int64_t contact_id);
Result<std::int64_t> insert_contact(db::Tx& tx, const SealedContact& c, const std::string& now);
Status update_contact(db::Tx& tx, const SealedContact& c, const std::string& now);
// Contacts are never deleted: removal is a timestamp, kept for the audit trail.
Status remove_contact(db::Tx& tx, std::int64_t contact_id, const std::string& now);

}  // namespace colo::customers::store
