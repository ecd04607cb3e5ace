// The facility module's SQL: facility_people, facility_visits, facility_entry_log and the
// equipment slips. Personal data arrives sealed; the store never sees it in clear.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "db/page.hpp"
#include "facility/model.hpp"

namespace colo::facility::store {

struct PersonRow {
  Person person;
  std::string id_number_sealed, phone_sealed;
};

Result<db::Counted<Person>> list_people(db::Tx& tx, const Context& ctx, const PersonFilter& f);
Result<std::optional<PersonRow>> find_person(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_person(db::Tx& tx, const PersonRow& row);
Status decide_person(db::Tx& tx, std::int64_t id, const std::string& status, const std::string& by,
                     const std::string& at);

Result<db::Counted<Visit>> list_visits(db::Tx& tx, const Context& ctx, const VisitFilter& f);
Result<std::optional<Visit>> find_visit(db::Tx& tx, std::int64_t id);
Result<std::optional<Visit>> find_visit_by_code(db::Tx& tx, const std::string& code);
// Whether another live visit of the person (requested, approved or checked in) overlaps the window.
Result<bool> overlapping_visit(db::Tx& tx, std::int64_t person_id, const std::string& starts_at,
                               const std::string& ends_at, std::optional<std::int64_t> except);
Result<std::int64_t> insert_visit(db::Tx& tx, const Visit& v);
Status decide_visit(db::Tx& tx, std::int64_t id, const std::string& status, const std::optional<std::string>& code,
                    const std::string& by, const std::string& at);
// Moves the visit from `from` to the next state; false when it was no longer in `from` (a racing
// desk got there first).
Result<bool> check_in(db::Tx& tx, std::int64_t id, const std::string& at, const std::string& escort,
                      std::int64_t room_id);
Result<bool> check_out(db::Tx& tx, std::int64_t id, const std::string& at);

Result<db::Counted<EntryLog>> list_entries(db::Tx& tx, const Context& ctx, const EntryFilter& f);
Status insert_entry(db::Tx& tx, const EntryLog& e);
// Deletes entries logged before `before` (an instant); how many.
// Deletes entries before `before` except the `kept` ones; how many.
Result<std::int64_t> delete_entries_before(db::Tx& tx, const std::string& before,
                                           const std::vector<std::int64_t>& kept = {});

Result<db::Counted<Slip>> list_slips(db::Tx& tx, const Context& ctx, const SlipFilter& f);
// With its items.
Result<std::optional<Slip>> find_slip(db::Tx& tx, std::int64_t id);
Result<std::int64_t> insert_slip(db::Tx& tx, const Slip& s);
Status update_slip(db::Tx& tx, const Slip& s);

}  // namespace colo::facility::store
