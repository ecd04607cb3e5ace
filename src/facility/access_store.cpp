#include <boost/json.hpp>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "facility/lists.hpp"
#include "facility/store.hpp"
#include "facility/store_rows.hpp"

namespace colo::facility::store {

const db::ListSpec kPersonList{.search = {"p.name", "p.company"},
                               .sorts = {{"name", "p.name"},
                                         {"company", "p.company"},
                                         {"valid_to", "p.valid_to"},
                                         {"status", "p.status"},
                                         {"created_at", "p.created_at"}},
                               .default_order = "p.name, p.id",
                               .tiebreak = "p.id",
                               .tenant_column = "p.customer_id"};

namespace {

constexpr std::string_view kPersonCols =
    "SELECT p.id, p.customer_id, p.name, p.id_type, p.id_number_hint, p.phone_hint, p.company, p.rooms, p.racks, "
    "p.valid_from, p.valid_to, p.status, p.decided_by, p.decided_at, p.created_by, p.created_at, "
    "p.id_number_sealed, p.phone_sealed FROM facility_people p";
constexpr std::string_view kPersonCount = "SELECT COUNT(*) FROM facility_people p";
constexpr std::string_view kInsertPerson =
    "INSERT INTO facility_people (customer_id, name, id_type, id_number_sealed, id_number_hint, phone_sealed, "
    "phone_hint, company, rooms, racks, valid_from, valid_to, status, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
constexpr std::string_view kDecidePerson =
    "UPDATE facility_people SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1";

PersonRow person_from(const db::Row& r) {
  db::Cursor c(r);
  PersonRow row;
  auto& p = row.person;
  p.id = c.int64();
  p.customer_id = c.int64();
  p.name = c.text();
  p.id_type = c.text();
  p.id_number_masked = c.text();
  p.phone_masked = c.text();
  p.company = c.text();
  p.rooms = ids_from(c.text());
  p.racks = ids_from(c.text());
  p.valid_from = c.text();
  p.valid_to = c.text();
  p.status = c.text();
  p.decided_by = c.opt_text();
  p.decided_at = c.opt_text();
  p.created_by = c.text();
  p.created_at = c.text();
  row.id_number_sealed = c.text();
  row.phone_sealed = c.text();
  c.finish();
  return row;
}

}  // namespace

std::string ids_text(const std::vector<std::int64_t>& ids) {
  boost::json::array a;
  for (auto id : ids) a.push_back(id);
  return boost::json::serialize(a);
}

std::vector<std::int64_t> ids_from(const std::string& text) {
  std::vector<std::int64_t> out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.as_array())
    if (e.is_int64()) out.push_back(e.as_int64());
  return out;
}

Result<db::Counted<Person>> list_people(db::Tx& tx, const Context& ctx, const PersonFilter& f) {
  db::ListSql sql(kPersonList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("p.status = ?", *f.status);
  if (f.customer) sql.add("p.customer_id = ?", *f.customer);
  return db::list_page<Person>(tx, sql, kPersonCount, kPersonCols, f.sort, f.limit, f.offset,
                               [](const db::Row& r) { return person_from(r).person; });
}

Result<std::optional<PersonRow>> find_person(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kPersonCols) + " WHERE p.id = $1", {id}));
  if (!row) return std::optional<PersonRow>{};
  return std::optional<PersonRow>(person_from(*row));
}

Result<std::int64_t> insert_person(db::Tx& tx, const PersonRow& row) {
  const auto& p = row.person;
  return tx.insert(kInsertPerson, {p.customer_id, p.name, p.id_type, row.id_number_sealed, p.id_number_masked,
                                   row.phone_sealed, p.phone_masked, p.company, ids_text(p.rooms), ids_text(p.racks),
                                   p.valid_from, p.valid_to, p.status, p.created_by, p.created_at});
}

Status decide_person(db::Tx& tx, std::int64_t id, const std::string& status, const std::string& by,
                     const std::string& at) {
  COLO_CHECK(tx.exec(kDecidePerson, {id, status, by, at}));
  return {};
}

}  // namespace colo::facility::store
