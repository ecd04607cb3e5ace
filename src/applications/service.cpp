#include "applications/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "applications/approval.hpp"
#include "applications/render.hpp"
#include "applications/store.hpp"
#include "audit/audit.hpp"
#include "notify/notify.hpp"

namespace colo::applications {

namespace json = boost::json;

namespace {

constexpr const char* kObject = "application";

std::string number_text(int year, std::int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "APP-%04d-%06lld", year, static_cast<long long>(n));
  return buf;
}

Date today_of(const Clock& clock) { return clock.today(); }

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string link_of(const Application& a) { return "/applications/" + std::to_string(a.id); }

// Past-tense event names of the workflow actions, for the outbox.
std::string event_of(const std::string& action) {
  if (action == "submit") return "application.submitted";
  if (action == "approve") return "application.approved";
  if (action == "reject") return "application.rejected";
  if (action == "return") return "application.returned";
  if (action == "withdraw") return "application.withdrawn";
  if (action == "contract") return "application.contracted";
  return "application." + action;
}

}  // namespace

// ---------------------------------------------------------------- reading

Result<Application> Service::load_visible(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto a, store::find(tx, id));
  if (!a || !ctx.sees(a->customer_id)) return Error::not_found("Application");
  return std::move(*a);
}

Result<Detail> Service::detail(db::Tx& tx, const Context& ctx, Application a) {
  Detail d;
  COLO_TRY(d.timeline, workflow::history(tx, kObject, a.id));
  workflow::localise(d.timeline, ctx.lang);
  const auto& def = approval_workflow();
  std::vector<workflow::Step> other_steps;
  for (const auto& s : d.timeline)
    if (s.from_state != a.status) other_steps.push_back(s);
  bool approved_elsewhere = workflow::acted(other_steps, ctx.principal->user_id, {"approve"});
  for (const auto* t : def.available(a.status, ctx)) {
    if (system_action(t->action) || contains(d.actions, t->action)) continue;
    if (t->action == "approve" && approved_elsewhere) continue;
    // Offer only what transition() would allow: technical approval needs an accepted proposal.
    if (t->action == "approve" && a.status == "technical_review" && !a.placement) continue;
    d.actions.push_back(t->action);
  }
  d.editable = (a.status == "draft" || a.status == "returned") && ctx.can("applications.create");
  d.can_accept_feasibility = a.status == "technical_review" && ctx.can("applications.review.technical");
  d.staff_view = !ctx.tenant();
  if (!d.staff_view) d.timeline = customer_timeline(std::move(d.timeline));
  d.application = std::move(a);
  return d;
}

Result<std::pair<std::int64_t, std::vector<Application>>> Service::list(const Context& ctx, const ListFilter& f) {
  std::optional<std::vector<std::string>> inbox;
  if (f.pending_for_me) inbox = ctx.tenant() ? std::vector<std::string>{"draft", "returned"} : review_states_for(ctx);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list(tx, ctx, f, inbox);
}

Result<Detail> Service::get(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto a, load_visible(tx, ctx, id));
  return detail(tx, ctx, std::move(a));
}

// ---------------------------------------------------------------- writing

Status Service::apply_input(db::Tx& tx, Application& a, const ApplicationInput& in) {
  std::vector<FieldError> errors;
  if (in.devices) {
    std::vector<DeviceLine> lines = *in.devices;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto& l = lines[i];
      if (!l.device_type_id) continue;
      COLO_TRY(auto type, inventory_.device_type(tx, *l.device_type_id));
      if (!type) {
        errors.push_back({"devices/" + std::to_string(i) + "/device_type_id", "not_found", "No such device type."});
        continue;
      }
      if (l.label.empty()) l.label = type->label;
      l.height_hu = type->height_hu;
      l.full_depth = type->full_depth;
      // The customer's stated draw (its configuration) wins; else the type's; a type without a
      // figure needs the customer's, or the device would be assessed at 0 W.
      if (!l.power_stated) {
        l.power_w = type->max_power_w;
        if (l.power_w <= 0)
          errors.push_back({"devices/" + std::to_string(i) + "/power_w", "required",
                            "This device type has no power figure; state the device's maximum draw in W."});
      }
      if (type->weight_g > 0 || l.weight_g == 0) l.weight_g = type->weight_g;
    }
    a.devices = std::move(lines);
  }
  if (in.site_id) a.needs.site_id = *in.site_id;
  if (in.room_id) a.needs.room_id = *in.room_id;
  if (a.needs.site_id) {
    COLO_TRY(auto site, inventory_.site(tx, *a.needs.site_id));
    if (!site) errors.push_back({"site_id", "not_found", "No such site."});
  }
  if (a.needs.room_id) {
    COLO_TRY(auto room, inventory_.room(tx, *a.needs.room_id));
    if (!room)
      errors.push_back({"room_id", "not_found", "No such room."});
    else if (a.needs.site_id && room->site_id != *a.needs.site_id)
      errors.push_back({"room_id", "other_site", "The room is not at the preferred site."});
  }
  if (in.space) a.needs.space = *in.space;
  if (in.units) a.needs.units = *in.units;
  if (in.racks) a.needs.racks = *in.racks;
  if (in.power_w) a.needs.power_w = *in.power_w;
  if (in.redundant) a.needs.redundant = *in.redundant;
  if (in.bandwidth_mbps) a.needs.bandwidth_mbps = *in.bandwidth_mbps;
  if (in.ipv4_count) a.needs.ipv4_count = *in.ipv4_count;
  if (in.start_date) a.needs.start_date = *in.start_date;
  if (in.term_months) a.needs.term_months = *in.term_months;
  if (in.extra_services) a.needs.extra_services = *in.extra_services;
  if (in.notes) a.needs.notes = *in.notes;
  if (!errors.empty())
    return Error::unprocessable("applications.invalid_reference", "The application refers to unknown objects.",
                                std::move(errors));
  return {};
}

Result<Detail> Service::create(const Context& ctx, const ApplicationInput& in) {
  std::int64_t customer_id = 0;
  if (auto t = ctx.tenant()) {
    if (in.customer_id && *in.customer_id != *t)
      return Error::validation({{"customer_id", "own_customer", "A customer user applies for its own company."}});
    customer_id = *t;
  } else if (in.customer_id) {
    customer_id = *in.customer_id;
  } else {
    return Error::validation({{"customer_id", "required", "Name the customer the application is for."}});
  }
  auto company = inventory_.company(ctx, customer_id);
  if (!company.ok()) {
    if (company.error().kind == ErrorKind::not_found)
      return Error::unprocessable("applications.unknown_customer", "No such customer.",
                                  {{"customer_id", "not_found", "No such customer."}});
    return std::move(company).error();
  }
  const auto& c = company->as_object();
  auto status = std::string(c.at("status").as_string());
  if (status != "prospect" && status != "active")
    return Error::unprocessable("applications.customer_inactive",
                                "The customer is " + status + "; only prospects and active customers may apply.");

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Application a;
  a.customer_id = customer_id;
  a.customer_name = std::string(c.at("name").as_string());
  a.company = *company;
  a.created_by = ctx.principal->user_id;
  a.created_by_name = ctx.principal->username;
  COLO_CHECK(apply_input(tx, a, in));
  int year = static_cast<int>(today_of(clock_).year());
  COLO_TRY(auto n, store::next_number(tx, year));
  a.number = number_text(year, n);
  a.created_at = a.updated_at = format_instant(clock_.now());
  COLO_TRY(a.id, store::insert(tx, a));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {kObject, std::to_string(a.id), "create", nullptr, application_json(a, true), a.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return d;
}

Result<Detail> Service::update(const Context& ctx, std::int64_t id, const ApplicationInput& in) {
  if (in.customer_id)
    return Error::validation({{"customer_id", "immutable", "An application's customer cannot change."}});
  std::optional<json::value> company;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto a, load_visible(tx, ctx, id));
    auto c = inventory_.company(ctx, a.customer_id);
    if (c.ok()) company = std::move(*c);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_visible(tx, ctx, id));
  if (a.status != "draft" && a.status != "returned")
    return Error::conflict("applications.not_editable",
                           "Only a draft or returned application can be changed; this one is " + a.status + ".")
        .with("number", a.number)
        .with("@status", "application.status." + a.status);
  auto before = application_json(a, true);
  COLO_CHECK(apply_input(tx, a, in));
  if (company) {  // the company information as it is now
    a.company = *company;
    a.customer_name = std::string(company->as_object().at("name").as_string());
  }
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update(tx, a));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(a.id), "update", std::move(before), application_json(a, true), a.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return d;
}

Status Service::notify_transition(db::Tx& tx, const Application& a, const std::string& action, const std::string& from,
                                  const std::string& comment, const std::string& contract_number) {
  // Titles are catalogue keys naming the application's number; a reviewer's comment is the body.
  const MessageParams params{{"number", a.number}, {"contract", contract_number}};
  auto to_customer = [&](std::string key) {
    return notify::notify(tx, clock_,
                          notify::keyed(notify::Audience::customer(a.customer_id), event_of(action), std::move(key),
                                        params, link_of(a), comment));
  };
  auto to_role = [&](const std::string& role, std::string key) {
    return notify::notify(tx, clock_,
                          notify::keyed(notify::Audience::staff_role(role), event_of(action), std::move(key), params,
                                        link_of(a), comment));
  };
  if (action == "submit") {
    COLO_CHECK(to_customer("notice.application.submitted"));
    COLO_CHECK(to_role("business", "notice.application.awaits_business_review"));
  } else if (action == "approve" && from == "business_review") {
    COLO_CHECK(to_customer("notice.application.passed_business_review"));
    COLO_CHECK(to_role("technical", "notice.application.awaits_technical_review"));
  } else if (action == "approve" && from == "technical_review") {
    COLO_CHECK(to_customer("notice.application.passed_technical_review"));
    COLO_CHECK(to_role("management", "notice.application.awaits_management_approval"));
  } else if (action == "approve") {
    COLO_CHECK(to_customer("notice.application.approved"));
    COLO_CHECK(to_role("business", "notice.application.approved_prepare_contract"));
  } else if (action == "reject") {
    COLO_CHECK(to_customer("notice.application.rejected"));
  } else if (action == "return") {
    COLO_CHECK(to_customer("notice.application.returned"));
  } else if (action == "withdraw") {
    if (auto dept = department_of(from); dept && from != "approved")
      COLO_CHECK(to_role(*dept, "notice.application.withdrawn"));
  } else if (action == "contract") {
    COLO_CHECK(to_customer("notice.application.contracted"));
  }
  return notify::publish(tx, clock_, event_of(action),
                         json::object{{"application_id", a.id},
                                      {"number", a.number},
                                      {"customer_id", a.customer_id},
                                      {"action", action},
                                      {"from", from},
                                      {"to", a.status},
                                      {"comment", comment}});
}

Result<Detail> Service::transition(const Context& ctx, std::int64_t id, const std::string& action,
                                   const std::string& comment, const std::optional<std::string>& seen) {
  if (system_action(action))
    return Error::conflict("applications.system_action",
                           "An application becomes contracted when its contract is activated.");
  const auto& def = approval_workflow();
  // Submitting takes a fresh snapshot of the company information (read before the write).
  std::optional<json::value> company;
  if (action == "submit") {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto a, load_visible(tx, ctx, id));
    auto c = inventory_.company(ctx, a.customer_id);
    if (c.ok()) company = std::move(*c);
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_visible(tx, ctx, id));
  auto step_decided = [&] {
    return Error::conflict("workflow.step_decided",
                           "This step was decided meanwhile; the application is now " + a.status + ".");
  };
  if (seen && *seen != a.status) return step_decided();
  auto checked = def.check(a.status, action, ctx, comment);
  if (!checked.ok()) {
    // Two reviewers acting on one step at once: the later one finds it decided. Say so, rather
    // than that the next step is not theirs to take.
    const auto& e = checked.error();
    if (e.kind == ErrorKind::forbidden || e.is("workflow.invalid_transition")) {
      COLO_TRY(auto steps, workflow::history(tx, kObject, a.id));
      if (!steps.empty())
        for (const auto* mine : def.available(steps.back().from_state, ctx))
          if (mine->action == action) return step_decided();
    }
    return std::move(checked).error();
  }
  const workflow::Transition* t = *checked;
  if (action == "approve") {
    // Separation of duties: one person approves at most one step of an application. Approving
    // the same step again after a return is the same duty.
    COLO_TRY(auto steps, workflow::history(tx, kObject, a.id));
    std::vector<workflow::Step> other_steps;
    for (const auto& s : steps)
      if (s.from_state != a.status) other_steps.push_back(s);
    if (workflow::acted(other_steps, ctx.principal->user_id, {"approve"}))
      return Error::conflict(
          "applications.separation_of_duties",
          "You approved another step of this application; a different person must approve this one.");
    if (a.status == "technical_review" && !a.placement)
      return Error::conflict("applications.feasibility_not_accepted",
                             "Accept a feasibility proposal (which reserves the units) before approving.");
  }
  const std::string from = a.status;
  const auto now = format_instant(clock_.now());
  if (action == "submit") {
    if (company) {
      a.company = *company;
      a.customer_name = std::string(company->as_object().at("name").as_string());
    }
    auto errors = submission_errors(a, today_of(clock_));
    if (!errors.empty())
      return Error::unprocessable("applications.incomplete", "The application is not complete enough to review.",
                                  std::move(errors));
    a.submitted_at = now;
    a.decided_at.reset();
  }
  a.status = t->to;
  if (a.status == "approved" || a.status == "rejected" || a.status == "withdrawn") a.decided_at = now;
  // A rejected or withdrawn application gives its reserved units back at once.
  if ((a.status == "rejected" || a.status == "withdrawn") && a.placement) {
    for (auto rid : a.placement->reservation_ids) COLO_CHECK(inventory_.release(tx, ctx, rid));
    a.placement->reservation_ids.clear();
  }
  a.updated_at = now;
  COLO_CHECK(store::update(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kObject, a.id, *t, from, comment));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(a.id), action, json::object{{"status", from}},
                            json::object{{"status", a.status}, {"comment", comment}}, a.customer_id}));
  COLO_CHECK(notify_transition(tx, a, action, from, comment));
  COLO_TRY(auto d, detail(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return d;
}

// ---------------------------------------------------------------- feasibility

Result<Feasibility> Service::assess(db::Tx& tx, const Application& a) {
  Feasibility f;
  f.computed_at = format_instant(clock_.now());
  f.items = placement_items(a);
  std::optional<std::int64_t> site_id = a.needs.site_id;
  if (a.needs.room_id) {
    COLO_TRY(auto room, inventory_.room(tx, *a.needs.room_id));
    if (room) {
      f.preferred_room = *room;
      site_id = room->site_id;
    }
  }
  PlacementRequest req;
  req.customer_id = a.customer_id;
  req.site_id = site_id;
  req.room_id = a.needs.room_id;
  req.redundant = a.needs.redundant;
  req.whole_racks = a.needs.space == "racks" ? a.needs.racks : 0;
  for (const auto& it : f.items) req.items.push_back(it.item);
  COLO_TRY(auto racks, inventory_.racks(tx, a.customer_id, site_id, a.needs.room_id));
  auto proposal = find_placement(req, racks);

  std::map<std::int64_t, const RackCapacity*> by_id;
  for (const auto& r : racks) by_id[r.id] = &r;
  auto info = [&](std::int64_t id) -> std::optional<RackInfo> {
    auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    const auto& r = *it->second;
    return RackInfo{r.id, r.name, r.u_height, r.room_id, r.site_id, r.room_name, r.site_name};
  };
  for (auto id : proposal.racks)
    if (auto r = info(id)) f.racks.push_back(*r);
  for (auto id : proposal.whole_racks)
    if (auto r = info(id)) f.whole_racks.push_back(*r);
  for (const auto& p : proposal.placed) {
    f.items[p.item].placed = p;
    f.items[p.item].rack = info(p.rack_id);
  }
  for (const auto& u : proposal.unplaced) {
    f.items[u.item].unplaced = u;
    const auto& it = f.items[u.item];
    f.reasons.push_back(
        {u.code, it.label + (it.spare ? "" : " #" + std::to_string(it.copy)) + ": " + u.message, u.item});
  }
  f.problems = proposal.problems;
  for (const auto& p : proposal.problems) f.reasons.push_back({"applications.placement.whole_racks", p, std::nullopt});
  // A device without a power figure is not assessed as drawing nothing: the verdict waits for it.
  for (std::size_t i = 0; i < f.items.size(); ++i) {
    const auto& it = f.items[i];
    if (it.spare || it.item.power_w > 0) continue;
    auto why =
        it.label + " #" + std::to_string(it.copy) + ": no power figure; the customer must state its maximum draw.";
    f.problems.push_back(why);
    f.reasons.push_back({"applications.feasibility.power_unknown", why, i});
  }

  for (const auto& it : f.items)
    if (!it.spare) f.power_devices_w += it.item.power_w;
  f.power_requested_w = std::max(a.needs.power_w, f.power_devices_w);

  // Bandwidth: the site's uplink less what other applications placed there already committed.
  f.bandwidth_requested_mbps = a.needs.bandwidth_mbps;
  std::optional<std::int64_t> where = proposal.site_id ? proposal.site_id : site_id;
  if (where) {
    COLO_TRY(auto site, inventory_.site(tx, *where));
    if (site) f.site = *site;
  }
  if (f.site && f.site->uplink_mbps > 0) {
    f.uplink_mbps = f.site->uplink_mbps;
    COLO_TRY(f.bandwidth_committed_mbps, store::committed_bandwidth(tx, f.site->id, a.id));
    auto headroom = *f.uplink_mbps - f.bandwidth_committed_mbps;
    if (f.bandwidth_requested_mbps <= headroom) {
      f.bandwidth_status = "ok";
    } else {
      f.bandwidth_status = "insufficient";
      f.reasons.push_back({"applications.feasibility.bandwidth",
                           "The site's uplink has " + std::to_string(std::max<std::int64_t>(0, headroom)) +
                               " Mbps uncommitted; " + std::to_string(f.bandwidth_requested_mbps) + " Mbps requested.",
                           std::nullopt});
    }
  } else {
    f.bandwidth_status = f.bandwidth_requested_mbps == 0 ? "ok" : "unknown";
  }
  f.ipv4_requested = a.needs.ipv4_count;
  finish_ipv4(f, std::nullopt);
  return f;
}

Result<Feasibility> Service::feasibility(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden("The feasibility assessment is for the operator's staff.");
  Feasibility f;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto a, load_visible(tx, ctx, id));
    COLO_TRY(f, assess(tx, a));
  }
  if (f.site && f.ipv4_requested > 0) {
    COLO_TRY(auto free, inventory_.free_ipv4(ctx, f.site->id));
    f.reasons.erase(std::remove_if(f.reasons.begin(), f.reasons.end(),
                                   [](const auto& r) { return r.code == "applications.feasibility.ipv4"; }),
                    f.reasons.end());
    finish_ipv4(f, free);
  }
  return f;
}

Result<Detail> Service::accept_feasibility(const Context& ctx, std::int64_t id) {
  if (ctx.tenant() || !ctx.can("applications.review.technical"))
    return Error::forbidden("Only the technical department accepts a feasibility proposal.");
  // The free addresses come from ipam in its own transaction, before the write transaction.
  COLO_TRY(auto first, feasibility(ctx, id));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto a, load_visible(tx, ctx, id));
  if (a.status != "technical_review")
    return Error::conflict("applications.not_in_technical_review",
                           "A proposal is accepted during technical review; this application is " + a.status + ".")
        .with("number", a.number)
        .with("@status", "application.status." + a.status);
  auto before = a.placement ? a.placement->proposal : json::value(nullptr);
  // A new acceptance replaces the old one: its units are given back first, inside this transaction.
  if (a.placement)
    for (auto rid : a.placement->reservation_ids) COLO_CHECK(inventory_.release(tx, ctx, rid));
  COLO_TRY(auto f, assess(tx, a));
  finish_ipv4(f, f.site && first.site && f.site->id == first.site->id ? first.ipv4_free : std::nullopt);
  if (!f.feasible) {
    std::string why;
    for (const auto& r : f.reasons) why += (why.empty() ? "" : " ") + r.message;
    return Error::conflict("applications.infeasible", "The application does not fit: " + why);
  }
  const auto expires = clock_.now() + std::chrono::days(kReservationDays);
  const std::string reason = a.number + " (feasibility accepted)";
  std::vector<std::int64_t> ids;
  std::set<std::int64_t> whole;
  for (const auto& r : f.whole_racks) {
    whole.insert(r.id);
    COLO_TRY(auto rid, inventory_.reserve(tx, ctx, r.id, a.customer_id, 2, r.u_height * 2, expires, reason));
    ids.push_back(rid);
  }
  for (const auto& it : f.items) {
    if (!it.placed || it.placed->height_hu == 0 || whole.count(it.placed->rack_id)) continue;
    COLO_TRY(auto rid, inventory_.reserve(tx, ctx, it.placed->rack_id, a.customer_id, it.placed->bottom_hu,
                                          it.placed->height_hu, expires, reason));
    ids.push_back(rid);
  }
  AcceptedPlacement ap;
  ap.proposal = feasibility_json(f);
  ap.reservation_ids = ids;
  ap.accepted_at = format_instant(clock_.now());
  ap.accepted_by = ctx.principal->username;
  ap.expires_at = format_instant(expires);
  a.placement = std::move(ap);
  a.updated_at = a.placement->accepted_at;
  COLO_CHECK(store::update(tx, a));
  json::array rids;
  for (auto r : ids) rids.emplace_back(r);
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(a.id), "accept_feasibility", std::move(before),
       json::object{{"proposal", a.placement->proposal}, {"reservation_ids", std::move(rids)}}, a.customer_id}));
  COLO_TRY(auto d, detail(tx, ctx, a));
  COLO_CHECK(tx.commit());
  return d;
}

// ---------------------------------------------------------------- for contracts

Result<std::optional<Application>> Service::find(db::Tx& tx, std::int64_t id) { return store::find(tx, id); }

Result<std::vector<std::int64_t>> Service::mark_contracted(db::Tx& tx, const Context& ctx, std::int64_t id,
                                                           std::int64_t contract_id, const std::string& contract_number,
                                                           Instant hold_until) {
  COLO_TRY(auto found, store::find(tx, id));
  if (!found) return Error::not_found("Application");
  auto a = std::move(*found);
  const auto& def = approval_workflow();
  COLO_TRY(auto t, def.check(a.status, "contract", ctx, ""));
  std::vector<std::int64_t> devices;
  if (a.placement) {
    for (auto rid : a.placement->reservation_ids) COLO_CHECK(inventory_.release(tx, ctx, rid));
    std::vector<std::int64_t> kept;
    const bool hold = hold_until > clock_.now();
    const std::string reason = a.number + " (contracted)";
    const auto& proposal = a.placement->proposal.as_object();
    std::set<std::int64_t> whole;
    for (const auto& r : proposal.at("whole_racks").as_array()) {
      const auto& o = r.as_object();
      auto rack = o.at("id").to_number<std::int64_t>();
      whole.insert(rack);
      if (!hold) continue;
      COLO_TRY(auto rid, inventory_.reserve(tx, ctx, rack, a.customer_id, 2,
                                            static_cast<int>(o.at("u_height").to_number<std::int64_t>()) * 2,
                                            hold_until, reason));
      kept.push_back(rid);
    }
    int seq = 0;
    for (const auto& v : proposal.at("items").as_array()) {
      const auto& it = v.as_object();
      if (!it.at("placed").as_bool()) continue;
      auto rack = it.at("rack").as_object().at("id").to_number<std::int64_t>();
      int bottom = static_cast<int>(it.at("bottom_hu").to_number<std::int64_t>());
      int height = static_cast<int>(it.at("height_hu").to_number<std::int64_t>());
      if (it.at("spare").as_bool()) {
        // Spare units stay the customer's for the contract's term.
        if (height > 0 && hold && !whole.count(rack)) {
          COLO_TRY(auto rid, inventory_.reserve(tx, ctx, rack, a.customer_id, bottom, height, hold_until, reason));
          kept.push_back(rid);
        }
        continue;
      }
      PlannedDevice d;
      d.customer_id = a.customer_id;
      if (!it.at("device_type_id").is_null()) d.device_type_id = it.at("device_type_id").to_number<std::int64_t>();
      d.label = std::string(it.at("label").as_string());
      d.role = device_role_for(d.label);
      d.height_hu = height;
      d.full_depth = it.at("full_depth").as_bool();
      d.power_w = it.at("power_w").to_number<std::int64_t>();
      char name[64];
      std::snprintf(name, sizeof name, "%s-%02d", a.number.c_str(), ++seq);
      d.name = name;
      d.rack_id = rack;
      d.bottom_hu = bottom;
      d.face = std::string(it.at("face").as_string());
      auto feed = std::string(it.at("feed").as_string());
      d.redundant = feed == "A+B";
      d.feed = feed == "B" ? "B" : "A";
      COLO_TRY(auto device_id, inventory_.create_device(tx, ctx, d));
      devices.push_back(device_id);
    }
    a.placement->reservation_ids = kept;
  }
  const std::string from = a.status;
  a.status = t->to;
  a.contract_id = contract_id;
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update(tx, a));
  COLO_CHECK(workflow::record(tx, ctx, clock_, kObject, a.id, *t, from, "timeline.application.contracted",
                              {{"contract", contract_number}}));
  json::array ids;
  for (auto d : devices) ids.emplace_back(d);
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {kObject, std::to_string(a.id), "contract", json::object{{"status", from}},
       json::object{{"status", a.status}, {"contract_id", contract_id}, {"devices", std::move(ids)}}, a.customer_id}));
  COLO_CHECK(notify_transition(tx, a, "contract", from, "", contract_number));
  return devices;
}

Result<int> Service::release_reservations(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto found, store::find(tx, id));
  if (!found || !found->placement || found->placement->reservation_ids.empty()) return 0;
  auto a = std::move(*found);
  int n = 0;
  for (auto rid : a.placement->reservation_ids) {
    COLO_CHECK(inventory_.release(tx, ctx, rid));
    ++n;
  }
  json::array released;
  for (auto rid : a.placement->reservation_ids) released.emplace_back(rid);
  a.placement->reservation_ids.clear();
  a.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update(tx, a));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {kObject, std::to_string(a.id), "release_reservations", nullptr,
                            json::object{{"released", std::move(released)}}, a.customer_id}));
  return n;
}

}  // namespace colo::applications
