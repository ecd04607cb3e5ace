// The confidentiality module's SQL: its own tables only (confidentiality_levels, disclosures,
// disclosure_numbers, confidentiality_terms, confidentiality_reminders). Every function runs
// inside the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "confidentiality/model.hpp"
#include "confidentiality/rules.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/list.hpp"
#include "db/page.hpp"

namespace colo::confidentiality::store {

extern const db::ListSpec kDisclosureList;

Result<std::vector<Level>> levels(db::Tx& tx);
// Sets a category's level; false when the category is unknown.
Result<bool> set_level(db::Tx& tx, const Level& l);

Result<std::int64_t> next_number(db::Tx& tx, int year);
Result<std::int64_t> insert_disclosure(db::Tx& tx, const Disclosure& d);
Result<std::optional<Disclosure>> find_disclosure(db::Tx& tx, std::int64_t id);
// A customer sees only the disclosures made to its knowledge (made and not withheld).
Result<db::Counted<Disclosure>> list_disclosures(db::Tx& tx, const Context& ctx, const DisclosureFilter& f);
Status set_consent(db::Tx& tx, const Disclosure& d);
// Decides a request still waiting: false when another decision came first (the loser of a race).
Result<bool> decide(db::Tx& tx, const Disclosure& d);
// Records the disclosure made: false when it was not approved (or made already) at the time.
Result<bool> mark_disclosed(db::Tx& tx, const Disclosure& d);
// Disclosures made in [from, to) (UTC instants), for the R10 measure.
Result<std::vector<DisclosureFact>> disclosures_made(db::Tx& tx, const std::string& from, const std::string& to);

struct Term {
  std::int64_t contract_id = 0;
  int years_after_end = 0;
};
// The contracts' own years after end, for the ids given.
Result<std::map<std::int64_t, int>> terms_of(db::Tx& tx, const std::vector<std::int64_t>& contract_ids);
Status set_term(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, int years, const std::string& by,
                const std::string& at);
// The reminders sent for the contracts given: contract id -> (until date, sent at).
Result<std::map<std::int64_t, std::pair<std::string, std::string>>> reminders_of(
    db::Tx& tx, const std::vector<std::int64_t>& contract_ids);
// Records the reminder for the contract's end date; false when it was sent already.
Result<bool> insert_reminder(db::Tx& tx, std::int64_t contract_id, const std::string& until, std::int64_t customer_id,
                             const std::string& at);

}  // namespace colo::confidentiality::store
