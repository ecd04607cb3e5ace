// Authorised people: added by the customer (or staff for it), approved by business or
// operations; their ID number and phone sealed, opened only by reveal(), which is audited.
#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "facility/access_rules.hpp"
#include "facility/service.hpp"
#include "facility/store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

json::value ids_json(const std::vector<std::int64_t>& ids) {
  json::array a;
  for (auto id : ids) a.push_back(id);
  return a;
}

// The audit log keeps the masked forms only: it must not become a copy of the personal data.
json::value person_audit(const Person& p) {
  return json::object{{"name", p.name},
                      {"id_type", p.id_type},
                      {"id_number", p.id_number_masked},
                      {"phone", p.phone_masked},
                      {"company", p.company},
                      {"rooms", ids_json(p.rooms)},
                      {"racks", ids_json(p.racks)},
                      {"valid_from", p.valid_from},
                      {"valid_to", p.valid_to},
                      {"status", p.status}};
}

bool has_duplicates(std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

}  // namespace

Service::Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Premises premises, Options options)
    : db_(db), clock_(clock), sealer_(std::move(sealer)), premises_(std::move(premises)), options_(options) {}

std::string Service::actor(const Context& ctx) const { return ctx.principal ? ctx.principal->username : "system"; }

Result<db::Counted<Person>> Service::people(const Context& ctx, const PersonFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_people(tx, ctx, f);
}

Result<Person> Service::load_person(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto row, store::find_person(tx, id));
  if (!row || !ctx.sees(row->person.customer_id)) return Error::not_found("Authorised person");
  return std::move(row->person);
}

Result<Person> Service::person(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_person(tx, ctx, id);
}

Result<Person> Service::add_person(const Context& ctx, const PersonInput& in) {
  std::optional<std::int64_t> customer = ctx.tenant() ? ctx.tenant() : in.customer_id;
  std::vector<FieldError> errors;
  if (!customer) errors.push_back({"customer_id", "required", "The customer the person visits for."});
  auto from = parse_date(in.valid_from);
  auto to = parse_date(in.valid_to);
  if (from && to && *to < *from)
    errors.push_back({"valid_to", "facility.person.validity_reversed", "The validity ends before it starts."});
  if (to && *to < clock_.today())
    errors.push_back({"valid_to", "facility.person.already_expired", "The validity has already ended."});
  if (in.rooms.empty() && in.racks.empty())
    errors.push_back({"rooms", "facility.person.no_area", "Name the rooms or racks the person may reach."});
  if (has_duplicates(in.rooms)) errors.push_back({"rooms", "duplicate", "A room is named twice."});
  if (has_duplicates(in.racks)) errors.push_back({"racks", "duplicate", "A rack is named twice."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  for (auto room : in.rooms) {
    COLO_TRY(auto exists, premises_.room_exists(room));
    if (!exists) return Error::validation({{"rooms", "facility.room.unknown", "No such room."}});
  }
  for (auto rack : in.racks) {
    COLO_TRY(auto room, premises_.rack_room(*customer, rack));
    if (!room)
      return Error::unprocessable("facility.rack.not_customers", "The rack is not one the customer occupies.",
                                  {{"racks", "facility.rack.not_customers", "Not one of the customer's racks."}});
  }

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  store::PersonRow row;
  Person& p = row.person;
  p.customer_id = *customer;
  p.name = in.name;
  p.id_type = in.id_type;
  p.id_number_masked = mask_tail(in.id_number);
  p.phone_masked = mask_tail(in.phone);
  p.company = in.company;
  p.rooms = in.rooms;
  p.racks = in.racks;
  p.valid_from = in.valid_from;
  p.valid_to = in.valid_to;
  p.status = "pending";
  p.created_by = actor(ctx);
  p.created_at = format_instant(clock_.now());
  row.id_number_sealed = sealer_.seal(in.id_number);
  row.phone_sealed = sealer_.seal(in.phone);
  COLO_TRY(p.id, store::insert_person(tx, row));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"facility.person", std::to_string(p.id), "create", nullptr, person_audit(p), p.customer_id}));
  COLO_CHECK(tx.commit());
  return p;
}

Result<Person> Service::decide_person(const Context& ctx, std::int64_t id, bool approve) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto p, load_person(tx, ctx, id));
  if (p.status != "pending")
    return Error::conflict("facility.person.already_decided", "The person has already been approved or rejected.")
        .with("name", p.name);
  auto before = person_audit(p);
  p.status = approve ? "approved" : "rejected";
  p.decided_by = actor(ctx);
  p.decided_at = format_instant(clock_.now());
  COLO_CHECK(store::decide_person(tx, id, p.status, *p.decided_by, *p.decided_at));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.person", std::to_string(id), approve ? "approve" : "reject", before, person_audit(p), p.customer_id}));
  COLO_CHECK(tx.commit());
  return p;
}

Result<PersonIdentity> Service::reveal(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  // A write transaction: the read of personal data is itself recorded in the audit log.
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto row, store::find_person(tx, id));
  if (!row) return Error::not_found("Authorised person");
  COLO_TRY(auto number, sealer_.open(row->id_number_sealed));
  COLO_TRY(auto phone, sealer_.open(row->phone_sealed));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.person", std::to_string(id), "read_sensitive", nullptr,
                            json::object{{"fields", json::array{"id_number", "phone"}}}, row->person.customer_id}));
  COLO_CHECK(tx.commit());
  return PersonIdentity{id, row->person.id_type, std::move(number), std::move(phone)};
}

}  // namespace colo::facility
