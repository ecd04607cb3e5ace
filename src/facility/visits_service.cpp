// Visits: requested by the customer or staff, approved by business or operations with a code,
// checked in and out at the front desk, every entry, exit and refusal in the per-room log.
#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "core/business_calendar.hpp"
#include "facility/access_rules.hpp"
#include "facility/service.hpp"
#include "facility/store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

json::value visit_audit(const Visit& v) {
  json::array rooms, racks;
  for (auto id : v.rooms) rooms.push_back(id);
  for (auto id : v.racks) racks.push_back(id);
  json::object o{{"person_id", v.person_id}, {"starts_at", v.starts_at}, {"ends_at", v.ends_at}, {"rooms", rooms},
                 {"racks", racks},           {"purpose", v.purpose},     {"carried", v.carried}, {"status", v.status}};
  if (v.escort) o["escort"] = *v.escort;
  return o;
}

// The error of each refusal reason (kRefusalReasons), spelled out so that each code is found.
Error refusal_error(const std::string& reason, const std::string& name) {
  if (reason == "person_not_authorised")
    return Error::unprocessable("facility.check_in.person_not_authorised",
                                "Entry refused: the person is not authorised.")
        .with("name", name);
  if (reason == "outside_window")
    return Error::unprocessable("facility.check_in.outside_window", "Entry refused: outside the visit window.")
        .with("name", name);
  if (reason == "room_not_granted")
    return Error::unprocessable("facility.check_in.room_not_granted", "Entry refused: the room is not granted.")
        .with("name", name);
  return Error::unprocessable("facility.check_in.not_approved", "Entry refused: the visit is not approved.")
      .with("name", name);
}

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

Result<db::Counted<Visit>> Service::visits(const Context& ctx, VisitFilter f) {
  // Days are the business calendar's: a visit at 07:00 in Shanghai is that day's, not the UTC one before.
  if (f.day) {
    f.day_from = format_instant(clock_.calendar().start_of(*f.day));
    f.day_to = format_instant(clock_.calendar().start_of(add_days(*f.day, 1)));
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_visits(tx, ctx, f);
}

Result<Visit> Service::load_visit(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto v, store::find_visit(tx, id));
  if (!v || !ctx.sees(v->customer_id)) return Error::not_found("Visit");
  return std::move(*v);
}

Result<Visit> Service::visit(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_visit(tx, ctx, id);
}

Result<Visit> Service::request_visit(const Context& ctx, const VisitInput& in) {
  auto starts = parse_instant(in.starts_at);
  auto ends = parse_instant(in.ends_at);
  std::vector<FieldError> errors;
  if (!starts) errors.push_back({"starts_at", "invalid", "An instant such as 2026-06-01T09:00:00+08:00."});
  if (!ends) errors.push_back({"ends_at", "invalid", "An instant such as 2026-06-01T18:00:00+08:00."});
  if (starts && ends && *ends <= *starts)
    errors.push_back({"ends_at", "facility.visit.window_reversed", "The visit ends before it starts."});
  if (ends && *ends <= clock_.now())
    errors.push_back({"ends_at", "facility.visit.window_past", "The window has already passed."});
  if (starts && ends && *ends - *starts > std::chrono::hours(24 * 7))
    errors.push_back({"ends_at", "facility.visit.window_too_long", "A visit lasts at most seven days."});
  if (in.rooms.empty() && in.racks.empty())
    errors.push_back({"rooms", "facility.visit.no_area", "Name the rooms or racks of the visit."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  // The ledger is read before the write transaction: it is another module's, and a rack changing
  // hands in between is caught again at check-in by the rooms the visit was granted.
  std::optional<store::PersonRow> person_row;
  {
    COLO_TRY(auto read, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(person_row, store::find_person(read, in.person_id));
  }
  if (!person_row || !ctx.sees(person_row->person.customer_id) ||
      (in.customer_id && *in.customer_id != person_row->person.customer_id))
    return Error::validation({{"person_id", "facility.person.unknown", "Not one of the customer's people."}});
  const Person& person = person_row->person;
  std::vector<std::int64_t> rooms = in.rooms;
  // The person may reach its rooms and the rooms of its racks.
  std::vector<std::int64_t> granted = person.rooms;
  for (auto rack : person.racks) {
    COLO_TRY(auto room, premises_.rack_room(person.customer_id, rack));
    if (room) granted.push_back(*room);
  }
  for (auto rack : in.racks) {
    COLO_TRY(auto room, premises_.rack_room(person.customer_id, rack));
    if (!room)
      return Error::unprocessable("facility.rack.not_customers", "The rack is not one the customer occupies.",
                                  {{"racks", "facility.rack.not_customers", "Not one of the customer's racks."}});
    if (!contains(person.racks, rack) && !contains(person.rooms, *room))
      return Error::unprocessable("facility.visit.rack_not_granted", "The person may not reach this rack.")
          .with("name", person.name);
    if (!contains(rooms, *room)) rooms.push_back(*room);
  }
  for (auto room : in.rooms)
    if (!contains(granted, room))
      return Error::unprocessable("facility.visit.room_not_granted", "The person may not enter this room.")
          .with("name", person.name);

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Visit v;
  v.customer_id = person.customer_id;
  v.person_id = person.id;
  v.person_name = person.name;
  v.starts_at = format_instant(*starts);
  v.ends_at = format_instant(*ends);
  v.rooms = rooms;
  v.racks = in.racks;
  v.purpose = in.purpose;
  v.carried = in.carried;
  v.status = "requested";
  v.requested_by = actor(ctx);
  v.created_at = format_instant(clock_.now());
  // Checked inside the write transaction, so two requests at once cannot both pass.
  COLO_TRY(auto overlap, store::overlapping_visit(tx, v.person_id, v.starts_at, v.ends_at, std::nullopt));
  if (overlap)
    return Error::conflict("facility.visit.overlap", "The person already has a visit in this window.")
        .with("name", person.name);
  COLO_TRY(v.id, store::insert_visit(tx, v));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.visit", std::to_string(v.id), "create", nullptr, visit_audit(v), v.customer_id}));
  COLO_CHECK(tx.commit());
  return v;
}

Result<Visit> Service::decide_visit(const Context& ctx, std::int64_t id, bool approve) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto v, load_visit(tx, ctx, id));
  if (v.status != "requested")
    return Error::conflict("facility.visit.already_decided", "The visit has already been decided.");
  auto before = visit_audit(v);
  if (approve) {
    COLO_TRY(auto person, store::find_person(tx, v.person_id));
    if (!person || person->person.status != "approved")
      return Error::unprocessable("facility.visit.person_not_approved",
                                  "The person has not been approved for the site yet.")
          .with("name", v.person_name);
  }
  v.status = approve ? "approved" : "rejected";
  if (approve) {
    // 50 random bits: a clash is all but impossible, but a unique index guards it and one more
    // draw settles it.
    for (int attempt = 0; attempt < 3 && !v.code; ++attempt) {
      auto code = new_visit_code();
      COLO_TRY(auto taken, store::find_visit_by_code(tx, code));
      if (!taken) v.code = code;
    }
    if (!v.code) return Error::internal("no free visit code after three draws");
  }
  v.decided_by = actor(ctx);
  v.decided_at = format_instant(clock_.now());
  COLO_CHECK(store::decide_visit(tx, id, v.status, v.code, *v.decided_by, *v.decided_at));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.visit", std::to_string(id), approve ? "approve" : "reject", before, visit_audit(v), v.customer_id}));
  COLO_CHECK(tx.commit());
  return v;
}

Result<Visit> Service::cancel_visit(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto v, load_visit(tx, ctx, id));
  if (v.status != "requested" && v.status != "approved")
    return Error::conflict("facility.visit.not_cancellable", "Only a visit not yet begun can be cancelled.");
  auto before = visit_audit(v);
  v.status = "cancelled";
  COLO_CHECK(store::decide_visit(tx, id, v.status, v.code, actor(ctx), format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.visit", std::to_string(id), "cancel", before, visit_audit(v), v.customer_id}));
  COLO_CHECK(tx.commit());
  return v;
}

Result<DeskView> Service::desk_view(db::Tx& tx, const Visit& v) {
  COLO_TRY(auto row, store::find_person(tx, v.person_id));
  if (!row) return Error::internal("a visit's person is missing");
  return DeskView{v, std::move(row->person)};
}

Result<DeskView> Service::lookup(const Context& ctx, const std::string& typed) {
  auto code = normalise_code(typed);
  if (!code) return Error::not_found("Visit code");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto v, store::find_visit_by_code(tx, *code));
  if (!v || !ctx.sees(v->customer_id)) return Error::not_found("Visit code");
  return desk_view(tx, *v);
}

Result<DeskView> Service::check_in(const Context& ctx, const std::string& typed, std::int64_t room_id,
                                   const std::string& escort) {
  if (ctx.tenant()) return Error::forbidden();
  auto code = normalise_code(typed);
  if (!code) return Error::not_found("Visit code");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_visit_by_code(tx, *code));
  if (!found) return Error::not_found("Visit code");
  Visit v = std::move(*found);
  if (v.status == "checked_in")
    return Error::conflict("facility.visit.already_checked_in", "The visitor is already checked in.")
        .with("name", v.person_name);
  if (v.status == "checked_out")
    return Error::conflict("facility.visit.already_checked_out", "The visit has ended: it was checked out.")
        .with("name", v.person_name);
  COLO_TRY(auto view, desk_view(tx, v));
  const Person& p = view.person;
  auto now = format_instant(clock_.now());
  CheckInFacts facts{v.status, p.status,    p.valid_from, p.valid_to, format_date(clock_.today()),
                     now,      v.starts_at, v.ends_at,    room_id,    v.rooms};
  EntryLog e;
  e.at = now;
  e.room_id = room_id;
  e.visit_id = v.id;
  e.person_id = v.person_id;
  e.customer_id = v.customer_id;
  e.person_name = v.person_name;
  e.code = *code;
  e.escort = escort;
  e.actor = actor(ctx);
  if (auto reason = check_in_refusal(facts)) {
    // The refusal is the record the guard relies on: it is committed, then answered.
    e.event = "refused";
    e.reason = *reason;
    COLO_CHECK(store::insert_entry(tx, e));
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"facility.visit", std::to_string(v.id), "refuse", nullptr,
                              json::object{{"room_id", room_id}, {"reason", *reason}}, v.customer_id}));
    COLO_CHECK(tx.commit());
    return refusal_error(*reason, v.person_name);
  }
  COLO_TRY(auto moved, store::check_in(tx, v.id, now, escort, room_id));
  if (!moved)
    return Error::conflict("facility.visit.already_checked_in", "The visitor is already checked in.")
        .with("name", v.person_name);
  e.event = "check_in";
  COLO_CHECK(store::insert_entry(tx, e));
  auto before = visit_audit(v);
  v.status = "checked_in";
  v.checked_in_at = now;
  v.escort = escort;
  v.checked_in_room = room_id;
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"facility.visit", std::to_string(v.id), "check_in", before, visit_audit(v), v.customer_id}));
  COLO_CHECK(tx.commit());
  view.visit = std::move(v);
  return view;
}

Result<DeskView> Service::check_out(const Context& ctx, const std::string& typed) {
  if (ctx.tenant()) return Error::forbidden();
  auto code = normalise_code(typed);
  if (!code) return Error::not_found("Visit code");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, store::find_visit_by_code(tx, *code));
  if (!found) return Error::not_found("Visit code");
  Visit v = std::move(*found);
  if (v.status != "checked_in")
    return Error::conflict("facility.visit.not_checked_in", "The visitor has not checked in.")
        .with("name", v.person_name);
  auto now = format_instant(clock_.now());
  COLO_TRY(auto moved, store::check_out(tx, v.id, now));
  if (!moved)
    return Error::conflict("facility.visit.not_checked_in", "The visitor has not checked in.")
        .with("name", v.person_name);
  EntryLog e;
  e.at = now;
  e.room_id = v.checked_in_room;
  e.visit_id = v.id;
  e.person_id = v.person_id;
  e.customer_id = v.customer_id;
  e.person_name = v.person_name;
  e.event = "check_out";
  e.code = *code;
  e.escort = v.escort;
  e.actor = actor(ctx);
  COLO_CHECK(store::insert_entry(tx, e));
  auto before = visit_audit(v);
  v.status = "checked_out";
  v.checked_out_at = now;
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"facility.visit", std::to_string(v.id), "check_out", before, visit_audit(v), v.customer_id}));
  COLO_TRY(auto view, desk_view(tx, v));
  COLO_CHECK(tx.commit());
  return view;
}

Result<db::Counted<EntryLog>> Service::entries(const Context& ctx, EntryFilter f) {
  if (f.from_day) f.from = format_instant(clock_.calendar().start_of(*f.from_day));
  if (f.to_day) f.to = format_instant(clock_.calendar().start_of(add_days(*f.to_day, 1)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_entries(tx, ctx, f);
}

Result<std::int64_t> Service::purge_entries(Date today) {
  int days = std::max(options_.entry_log_days, kMinEntryLogDays);
  auto before = format_instant(clock_.calendar().start_of(add_days(today, -days)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  std::vector<std::int64_t> held;
  if (held_entries_) {
    COLO_TRY(held, held_entries_(tx));
  }
  COLO_TRY(auto n, store::delete_entries_before(tx, before, held));
  if (n > 0) {
    auto ctx = system_context("scheduler");
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"facility.entry_log", "retention", "purge", nullptr,
                              json::object{{"before", before}, {"deleted", n}}, std::nullopt}));
  }
  COLO_CHECK(tx.commit());
  return n;
}

}  // namespace colo::facility
