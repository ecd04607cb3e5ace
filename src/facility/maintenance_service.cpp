// Maintenance plans and their work orders: generation ahead of the due date by the daily job,
// assignment, the checklist with readings and photos, completion and a second person's sign-off.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "facility/maintenance_service.hpp"
#include "facility/maintenance_store.hpp"

namespace colo::facility {

namespace json = boost::json;

namespace {

std::string actor_of(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

json::value plan_audit(const Plan& p) {
  json::object o{{"name", p.name},     {"every", p.every},
                 {"unit", p.unit},     {"first_due", p.first_due},
                 {"active", p.active}, {"checklist", json::parse(maintenance_store::checklist_text(p.checklist))}};
  o["asset_id"] = p.asset_id ? json::value(*p.asset_id) : json::value(nullptr);
  o["asset_kind"] = p.asset_kind ? json::value(*p.asset_kind) : json::value(nullptr);
  return o;
}

json::value work_order_audit(const WorkOrder& w) {
  json::object o{
      {"status", w.status}, {"due_on", w.due_on}, {"results", json::parse(maintenance_store::answers_text(w.results))}};
  auto opt = [&](const char* k, const std::optional<std::string>& v) {
    o[k] = v ? json::value(*v) : json::value(nullptr);
  };
  opt("assignee", w.assignee);
  opt("completed_by", w.completed_by);
  opt("signed_by", w.signed_by);
  opt("next_due_on", w.next_due_on);
  return o;
}

Schedule schedule_of(const Plan& p) { return {p.every, p.unit, *parse_date(p.first_due)}; }

std::vector<std::string> photo_keys(const WorkOrder& w) {
  std::vector<std::string> keys;
  for (const auto& p : w.photos) keys.push_back(p.item_key);
  return keys;
}

}  // namespace

// ---- plans

Result<db::Counted<Plan>> Maintenance::plans(const Context& ctx, const PlanFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return maintenance_store::list_plans(tx, f);
}

Result<Plan> Maintenance::plan(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, maintenance_store::find_plan(tx, id));
  if (!p) return Error::not_found("Maintenance plan");
  return std::move(*p);
}

namespace {

// The checks a plan's form must pass, on create and on edit; the asset is checked in the transaction.
std::vector<FieldError> plan_errors(const PlanInput& in) {
  std::vector<FieldError> errors;
  if (in.asset_id.has_value() == in.asset_kind.has_value())
    errors.push_back({"asset_id", "facility.plan.asset_or_kind", "One asset, or a kind of asset."});
  if (auto e = schedule_error(in.every, in.unit)) errors.push_back(*e);
  if (!parse_date(in.first_due)) errors.push_back({"first_due", "required", "The first due date."});
  for (auto& e : template_errors(in.checklist)) errors.push_back(std::move(e));
  return errors;
}

Status check_plan_asset(db::Tx& tx, const PlanInput& in) {
  if (in.asset_id) {
    COLO_TRY(auto a, maintenance_store::find_asset(tx, *in.asset_id));
    if (!a) return Error::validation({{"asset_id", "facility.plan.unknown_asset", "No such asset."}});
  }
  return {};
}

void apply_form(Plan& p, const PlanInput& in) {
  p.name = in.name;
  p.asset_id = in.asset_id;
  p.asset_kind = in.asset_kind;
  p.every = in.every;
  p.unit = in.unit;
  p.first_due = in.first_due;
  p.checklist = in.checklist;
}

}  // namespace

Result<Plan> Maintenance::create_plan(const Context& ctx, const PlanInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  if (auto errors = plan_errors(in); !errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_plan_asset(tx, in));
  Plan p;
  apply_form(p, in);
  p.created_by = actor_of(ctx);
  p.created_at = format_instant(clock_.now());
  COLO_TRY(p.id, maintenance_store::insert_plan(tx, p));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.maintenance_plan", std::to_string(p.id), "create", nullptr, plan_audit(p), std::nullopt}));
  COLO_CHECK(tx.commit());
  return p;
}

Result<Plan> Maintenance::update_plan(const Context& ctx, std::int64_t id, const PlanInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  if (auto errors = plan_errors(in); !errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, maintenance_store::find_plan(tx, id));
  if (!found) return Error::not_found("Maintenance plan");
  COLO_CHECK(check_plan_asset(tx, in));
  Plan p = *found;
  apply_form(p, in);
  COLO_CHECK(maintenance_store::update_plan(tx, p));
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"facility.maintenance_plan", std::to_string(id), "update", plan_audit(*found), plan_audit(p), std::nullopt}));
  COLO_CHECK(tx.commit());
  return p;
}

Result<Plan> Maintenance::set_plan_active(const Context& ctx, std::int64_t id, bool active) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, maintenance_store::find_plan(tx, id));
  if (!found) return Error::not_found("Maintenance plan");
  Plan p = *found;
  p.active = active;
  COLO_CHECK(maintenance_store::set_plan_active(tx, id, active));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"facility.maintenance_plan", std::to_string(id), active ? "resume" : "pause",
                            plan_audit(*found), plan_audit(p), std::nullopt}));
  COLO_CHECK(tx.commit());
  return p;
}

// ---- work orders

Result<db::Counted<WorkOrder>> Maintenance::work_orders(const Context& ctx, const WorkOrderFilter& f) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return maintenance_store::list_work_orders(tx, f, format_date(clock_.today()));
}

Result<WorkOrder> Maintenance::load(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto w, maintenance_store::find_work_order(tx, id, format_date(clock_.today())));
  if (!w) return Error::not_found("Work order");
  return std::move(*w);
}

Result<WorkOrder> Maintenance::editable(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto w, load(tx, id));
  if (w.status == "closed")
    return Error::conflict("facility.work_order.closed", "The work order is closed and cannot be changed.");
  if (w.status == "completed")
    return Error::conflict("facility.work_order.completed", "The work order is completed and waits for sign-off.");
  return w;
}

Status Maintenance::audit_work_order(db::Tx& tx, const Context& ctx, const std::string& action, const WorkOrder& before,
                                     const WorkOrder& after) {
  return audit::record(tx, ctx, clock_,
                       {"facility.work_order", std::to_string(after.id), action, work_order_audit(before),
                        work_order_audit(after), std::nullopt});
}

Result<WorkOrder> Maintenance::work_order(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load(tx, id);
}

Result<WorkOrder> Maintenance::assign(const Context& ctx, std::int64_t id, const std::string& assignee) {
  if (ctx.tenant()) return Error::forbidden();
  if (assignee.empty()) return Error::validation({{"assignee", "required", "Who does the work."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, editable(tx, id));
  WorkOrder w = before;
  w.assignee = assignee;
  w.status = "assigned";
  COLO_CHECK(maintenance_store::update_work_order(tx, w));
  COLO_CHECK(audit_work_order(tx, ctx, "assign", before, w));
  COLO_CHECK(tx.commit());
  return w;
}

Result<WorkOrder> Maintenance::record(const Context& ctx, std::int64_t id, const std::vector<Answer>& answers) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, editable(tx, id));
  auto errors = answer_errors(before.checklist, answers);
  if (!errors.empty()) {
    std::string code =
        errors.front().code.rfind("facility.", 0) == 0 ? errors.front().code : "facility.checklist.invalid";
    return Error::unprocessable(code, "The checklist's answers are not acceptable.", std::move(errors));
  }
  for (std::size_t i = 0; i < answers.size(); ++i) {
    auto item = std::find_if(before.checklist.begin(), before.checklist.end(),
                             [&](const ChecklistItem& c) { return c.key == answers[i].key; });
    if (item->kind == "photo")
      return Error::validation({{"results/" + std::to_string(i) + "/key", "facility.checklist.photo_item",
                                 "A photo item is answered by uploading the photo."}});
  }
  WorkOrder w = before;
  for (const auto& a : answers) {
    auto same = std::find_if(w.results.begin(), w.results.end(), [&](const Answer& r) { return r.key == a.key; });
    if (same != w.results.end())
      *same = a;
    else
      w.results.push_back(a);
  }
  COLO_CHECK(maintenance_store::update_work_order(tx, w));
  COLO_CHECK(audit_work_order(tx, ctx, "record", before, w));
  COLO_CHECK(tx.commit());
  return w;
}

Result<WorkOrder> Maintenance::add_photo(const Context& ctx, std::int64_t id, const std::string& item_key,
                                         const std::string& content_type, const std::string& bytes) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_CHECK(check_photo(content_type, bytes, options_.photo_max_bytes));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, editable(tx, id));
  auto item = std::find_if(before.checklist.begin(), before.checklist.end(),
                           [&](const ChecklistItem& c) { return c.key == item_key; });
  if (item == before.checklist.end())
    return Error::validation({{"item", "facility.checklist.unknown_item", "Not an item of the checklist."}});
  PhotoInfo info;
  info.item_key = item_key;
  info.content_type = content_type;
  info.size_bytes = static_cast<std::int64_t>(bytes.size());
  info.uploaded_by = actor_of(ctx);
  info.uploaded_at = format_instant(clock_.now());
  COLO_TRY(info.id,
           maintenance_store::insert_photo(tx, id, info, options_.files ? options_.files->seal(bytes) : bytes));
  WorkOrder w = before;
  w.photos.push_back(info);
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"facility.work_order", std::to_string(id), "photo", nullptr,
                     json::object{{"item", item_key}, {"content_type", content_type}, {"size_bytes", info.size_bytes}},
                     std::nullopt}));
  COLO_CHECK(tx.commit());
  return w;
}

Result<Photo> Maintenance::photo(const Context& ctx, std::int64_t id, std::int64_t photo_id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto p, maintenance_store::find_photo(tx, id, photo_id));
  if (!p) return Error::not_found("Photo");
  if (options_.files) {
    COLO_TRY(p->bytes, options_.files->open(p->bytes));
  } else if (crypto::FileSealer::is_sealed(p->bytes)) {
    return Error::internal("photo " + std::to_string(photo_id) + " is sealed and no key was given");
  }
  return std::move(*p);
}

Result<std::int64_t> Maintenance::seal_photos() {
  if (!options_.files) return Error::internal("no key to seal photos with");
  std::int64_t sealed = 0;
  // One photo per transaction: a large table is sealed without one long write lock.
  COLO_TRY(auto ids, [&]() -> Result<std::vector<std::int64_t>> {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    return maintenance_store::photo_ids(tx);
  }());
  for (auto photo_id : ids) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto bytes, maintenance_store::photo_bytes(tx, photo_id));
    if (!bytes || crypto::FileSealer::is_sealed(*bytes)) continue;
    COLO_CHECK(maintenance_store::replace_photo_bytes(tx, photo_id, options_.files->seal(*bytes)));
    COLO_CHECK(tx.commit());
    ++sealed;
  }
  return sealed;
}

Result<WorkOrder> Maintenance::complete(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, editable(tx, id));
  auto missing = missing_items(before.checklist, before.results, photo_keys(before));
  if (!missing.empty()) {
    // Named by their labels, as the person on the floor reads them.
    std::string list;
    for (const auto& k : missing) {
      auto item = std::find_if(before.checklist.begin(), before.checklist.end(),
                               [&](const ChecklistItem& c) { return c.key == k; });
      list += (list.empty() ? "" : "、") + (item != before.checklist.end() ? item->label : k);
    }
    return Error::unprocessable("facility.work_order.incomplete", "Some checklist items are not answered yet.")
        .with("items", list);
  }
  WorkOrder w = before;
  w.status = "completed";
  w.completed_by = actor_of(ctx);
  w.completed_at = format_instant(clock_.now());
  COLO_CHECK(maintenance_store::update_work_order(tx, w));
  COLO_CHECK(audit_work_order(tx, ctx, "complete", before, w));
  COLO_CHECK(tx.commit());
  return w;
}

Result<WorkOrder> Maintenance::sign_off(const Context& ctx, std::int64_t id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load(tx, id));
  if (before.status == "closed")
    return Error::conflict("facility.work_order.closed", "The work order is closed and cannot be changed.");
  if (before.status != "completed")
    return Error::conflict("facility.work_order.not_completed", "Only a completed work order can be signed off.");
  if (before.completed_by == actor_of(ctx))
    return Error::unprocessable("facility.work_order.same_signer",
                                "The person who did the work cannot also sign it off.");
  COLO_TRY(auto plan, maintenance_store::find_plan(tx, before.plan_id));
  WorkOrder w = before;
  w.status = "closed";
  w.signed_by = actor_of(ctx);
  w.signed_at = format_instant(clock_.now());
  if (plan) w.next_due_on = format_date(next_due_after(schedule_of(*plan), *parse_date(w.due_on)));
  w.overdue = false;
  COLO_CHECK(maintenance_store::update_work_order(tx, w));
  COLO_CHECK(audit_work_order(tx, ctx, "sign_off", before, w));
  COLO_CHECK(tx.commit());
  return w;
}

// ---- the daily job

Result<std::int64_t> Maintenance::generate(Date today) {
  const Date until = add_days(today, options_.horizon_days);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto plans, maintenance_store::active_plans(tx));
  COLO_TRY(auto assets, maintenance_store::live_assets(tx));
  COLO_TRY(auto latest, maintenance_store::latest_due(tx));
  std::vector<maintenance_store::NewWorkOrder> orders;
  // Plans reach assets by id or by kind: index both, so the work is plans × their own assets.
  std::map<std::int64_t, std::string> kind_of;
  std::map<std::string, std::vector<std::int64_t>> of_kind;
  for (const auto& [asset_id, kind] : assets) {
    kind_of[asset_id] = kind;
    of_kind[kind].push_back(asset_id);
  }
  static const std::vector<std::int64_t> kNone;
  for (const auto& p : plans) {
    auto schedule = schedule_of(p);
    std::vector<std::int64_t> one;
    if (p.asset_id && kind_of.count(*p.asset_id)) one.push_back(*p.asset_id);
    const auto& targets = p.asset_id ? one : (of_kind.count(*p.asset_kind) ? of_kind[*p.asset_kind] : kNone);
    for (auto asset_id : targets) {
      std::optional<Date> last;
      if (auto it = latest.find({p.id, asset_id}); it != latest.end()) last = parse_date(it->second);
      for (auto due : due_dates(schedule, last, today, until)) orders.push_back({p.id, asset_id, format_date(due)});
    }
  }
  COLO_TRY(auto inserted, maintenance_store::insert_work_orders(tx, orders, format_instant(clock_.now())));
  COLO_CHECK(tx.commit());
  return inserted;
}

Result<std::pair<std::int64_t, std::optional<std::string>>> Maintenance::overdue() {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto o, maintenance_store::count_overdue(tx, format_date(clock_.today())));
  return std::pair{o.count, o.oldest_due_on};
}

Result<std::int64_t> Maintenance::overdue_count() {
  COLO_TRY(auto o, overdue());
  return o.first;
}

}  // namespace colo::facility
