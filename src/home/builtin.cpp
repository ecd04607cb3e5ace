#include "home/builtin.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "applications/model.hpp"
#include "contracts/terms.hpp"
#include "dcim/service.hpp"
#include "home/store.hpp"
#include "home/trend.hpp"
#include "notify/notify.hpp"

namespace colo::home {

namespace json = boost::json;

namespace {

constexpr int kWeeks = 12;
constexpr int kMonths = 12;
constexpr int kListed = 8;  // rows a card lists; its count says how many there are in all
const std::vector<int> kHorizons = {30, 60, 90};
// The review states and the department that decides each.
const std::vector<std::pair<std::string, std::string>> kReviewDepartments = {
    {"business_review", "business"}, {"technical_review", "technical"}, {"management_review", "management"}};

json::array labels(const std::vector<Bucket>& buckets) {
  json::array out;
  for (const auto& b : buckets) out.push_back(json::value(b.label));
  return out;
}

template <class T>
json::array numbers(const std::vector<T>& v) {
  json::array out;
  for (auto n : v) out.push_back(json::value(n));
  return out;
}

// Applications per state, every state present, in the workflow's order.
json::array stages(const std::vector<store::Count>& counts) {
  json::array out;
  for (const auto& state : applications::kStates) {
    std::int64_t n = 0;
    for (const auto& c : counts)
      if (c.key == state) n = c.count;
    out.push_back(json::object{{"status", state}, {"count", n}});
  }
  return out;
}

json::value opt_instant(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

// A card's read: one read transaction around `body(tx)`.
template <class F>
Card card(std::string id, std::vector<std::string> pages, std::string permission, db::Database& db, F body) {
  return Card{std::move(id), std::move(pages), std::move(permission),
              [&db, body = std::move(body)](const Context& ctx) -> Result<json::value> {
                COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
                return body(tx, ctx);
              }};
}

// The customer's cards confine every figure to the caller's customer; without one (a staff
// principal holding a customer role cannot exist, but the rule does not rely on it) they refuse.
Status customer_only(const Context& ctx) {
  if (!ctx.tenant()) return Error::forbidden("Only a customer's users have a portal home page.");
  return {};
}

// Units taken by racked devices at the end of each week, walked back from now through the ledger's
// racked and removed events.
Result<json::value> occupancy_json(db::Tx& tx, const Context& ctx, const Clock& clock) {
  auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
  COLO_TRY(auto now, store::occupied_hu(tx, ctx));
  COLO_TRY(auto deltas, store::racked_delta_hu_per(tx, ctx, buckets));
  return json::value(json::object{{"buckets", labels(buckets)},
                                  {"occupied_hu", numbers(occupancy_at_ends(now, deltas))},
                                  {"racked_hu", numbers(deltas)},
                                  {"now_hu", now}});
}

}  // namespace

void add_pages(Registry& registry) {
  for (const char* dept : {"business", "technical", "management", "operations", "finance"})
    registry.add_page({dept, {dept, "admin"}});
  registry.add_page({"portal", {"customer_admin", "customer_user"}});
}

void add_builtin_cards(Registry& registry, db::Database& db, const Clock& clock, dcim::Service& dcim,
                       notify::Service& notifications) {
  // ---- business
  registry.add_card(card("applications.by_stage", {"business", "management"}, "applications.read", db,
                         [](db::Tx& tx, const Context& ctx) -> Result<json::value> {
                           COLO_TRY(auto counts, store::applications_by_status(tx, ctx));
                           return json::value(json::object{{"stages", stages(counts)}});
                         }));
  registry.add_card(card("contracts.expiring", {"business", "finance"}, "contracts.read", db,
                         [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
                           const auto today = clock.today();
                           COLO_TRY(auto e, store::contracts_expiring(tx, ctx, today, kHorizons));
                           json::array horizons;
                           for (std::size_t i = 0; i < kHorizons.size(); ++i)
                             horizons.push_back(json::object{{"days", kHorizons[i]},
                                                             {"until", format_date(add_days(today, kHorizons[i]))},
                                                             {"count", e.within[i]}});
                           return json::value(json::object{{"today", format_date(today)},
                                                           {"horizons", std::move(horizons)},
                                                           {"auto_renew", e.auto_renew},
                                                           {"manual", e.manual}});
                         }));
  registry.add_card(
      card("contracts.renewals", {"business"}, "contracts.read", db,
           [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
             // The contracts ending within the last horizon, soonest first, with the
             // day by which notice must be given to stop or change the renewal.
             const auto today = clock.today();
             COLO_TRY(auto rows, store::contracts_ending(tx, ctx, today, add_days(today, kHorizons.back()), kListed));
             json::array items;
             for (const auto& r : rows) {
               auto end = parse_date(r.end_date).value_or(today);
               items.push_back(json::object{{"id", r.id},
                                            {"number", r.number},
                                            {"customer_name", r.customer_name},
                                            {"end_date", r.end_date},
                                            {"days_left", days_between(today, end)},
                                            {"auto_renew", r.auto_renew},
                                            {"notice_by", format_date(add_days(end, -r.notice_days))}});
             }
             return json::value(json::object{{"items", std::move(items)}});
           }));
  registry.add_card(card("intake.weekly", {"business", "management"}, "applications.read", db,
                         [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
                           auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
                           COLO_TRY(auto apps, store::applications_submitted_per(tx, ctx, buckets));
                           std::vector<std::int64_t> signed_;
                           if (ctx.can("contracts.read")) {
                             COLO_TRY(signed_, store::contracts_signed_per(tx, ctx, buckets));
                           }
                           return json::value(json::object{{"buckets", labels(buckets)},
                                                           {"applications", numbers(apps)},
                                                           {"contracts_signed", numbers(signed_)}});
                         }));

  // ---- technical
  registry.add_card(card("feasibility.queue", {"technical"}, "applications.read", db,
                         [&clock](db::Tx& tx, const Context&) -> Result<json::value> {
                           COLO_TRY(auto queue, store::feasibility_queue(tx, kListed));
                           json::array items;
                           for (const auto& q : queue.second)
                             items.push_back(
                                 json::object{{"id", q.id},
                                              {"number", q.number},
                                              {"customer_name", q.customer_name},
                                              {"space", q.space},
                                              {"units", q.units},
                                              {"racks", q.racks},
                                              {"power_w", q.power_w},
                                              {"since", q.since},
                                              {"age_days", age_days(clock.calendar(), q.since, clock.today())},
                                              {"proposal_accepted", q.proposal_accepted}});
                           return json::value(json::object{{"count", queue.first}, {"items", std::move(items)}});
                         }));
  registry.add_card(Card{"capacity.rooms",
                         {"technical", "management"},
                         "dcim.read",
                         [&db, &dcim](const Context& ctx) -> Result<json::value> {
                           COLO_TRY(auto rooms, dcim.utilisation(ctx, "room", std::nullopt));
                           std::vector<std::pair<std::int64_t, std::string>> sites;
                           {
                             COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
                             COLO_TRY(sites, store::room_sites(tx));
                           }
                           json::array out;
                           for (const auto& u : rooms) {
                             std::string site;
                             for (const auto& [id, name] : sites)
                               if (id == u.id) site = name;
                             // Power as the busier side against the smaller feed: what a redundant
                             // load can still draw when one side fails.
                             out.push_back(
                                 json::object{{"id", u.id},
                                              {"name", u.name},
                                              {"site", site},
                                              {"racks", u.racks},
                                              {"devices", u.devices},
                                              {"units_total_hu", u.units_total},
                                              {"units_used_hu", u.units_used_hu},
                                              {"units_reserved_hu", u.units_reserved_hu},
                                              {"power_capacity_w", std::min(u.power_a_w, u.power_b_w)},
                                              {"power_allocated_w", std::max(u.allocated_a_w, u.allocated_b_w)}});
                           }
                           return json::value(json::object{{"rooms", std::move(out)}});
                         }});
  registry.add_card(
      card("occupancy.weekly", {"technical", "management"}, "dcim.read", db,
           [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> { return occupancy_json(tx, ctx, clock); }));

  // ---- management
  registry.add_card(card(
      "approvals.waiting", {"management"}, "applications.read", db,
      [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
        COLO_TRY(auto counts, store::waiting_decisions(tx));
        const bool contracts = ctx.can("contracts.read");
        json::array departments;
        for (const char* dept : {"business", "technical", "management"}) {
          json::array items;
          std::int64_t total = 0;
          std::string oldest;
          auto add = [&](const std::string& kind, const store::Count& c) {
            items.push_back(json::object{{"kind", kind}, {"count", c.count}, {"oldest_at", opt_instant(c.oldest)}});
            total += c.count;
            if (!c.oldest.empty() && (oldest.empty() || c.oldest < oldest)) oldest = c.oldest;
          };
          for (const auto& [state, owner] : kReviewDepartments) {
            if (owner != dept) continue;
            store::Count found{state, 0, ""};
            for (const auto& c : counts)
              if (c.key == state) found = c;
            add(state, found);
          }
          if (std::string_view(dept) == "business" && contracts)
            for (const auto& c : counts)
              if (c.key == "termination_requests" || c.key == "amendments") add(c.key, c);
          departments.push_back(json::object{
              {"department", dept},
              {"count", total},
              {"oldest_at", opt_instant(oldest)},
              {"oldest_days",
               oldest.empty() ? json::value(nullptr) : json::value(age_days(clock.calendar(), oldest, clock.today()))},
              {"items", std::move(items)}});
        }
        return json::value(json::object{{"departments", std::move(departments)}});
      }));
  registry.add_card(card("contracts.value_monthly", {"management", "finance"}, "contracts.read", db,
                         [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
                           // The monthly fee and the whole term's value of the contracts signed each
                           // month, from their first version's line items (in CNY; another currency
                           // is counted apart).
                           auto buckets = monthly_buckets(clock.calendar(), clock.today(), kMonths);
                           COLO_TRY(auto rows, store::contracts_signed_terms(tx, ctx, buckets));
                           std::vector<std::int64_t> count(buckets.size()), monthly(buckets.size()),
                               total(buckets.size());
                           std::int64_t other_currency = 0;
                           for (const auto& r : rows) {
                             if (r.bucket >= buckets.size()) continue;
                             ++count[r.bucket];
                             auto terms = contracts::terms_from_json(json::parse(r.terms));
                             if (!terms.ok() || terms->currency != "CNY") {
                               ++other_currency;
                               continue;
                             }
                             auto m = monthly_fen(terms->line_items);
                             monthly[r.bucket] += m;
                             total[r.bucket] += m * r.term_months;
                           }
                           return json::value(json::object{{"buckets", labels(buckets)},
                                                           {"currency", "CNY"},
                                                           {"contracts", numbers(count)},
                                                           {"monthly_fen", numbers(monthly)},
                                                           {"term_value_fen", numbers(total)},
                                                           {"other_currency", other_currency}});
                         }));

  // ---- operations
  registry.add_card(card(
      "work.today", {"operations"}, "dcim.read", db, [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
        COLO_TRY(auto install, store::devices_to_install(tx, kListed));
        json::array installs;
        for (const auto& d : install.second)
          installs.push_back(
              json::object{{"id", d.id},
                           {"name", d.name},
                           {"rack", d.rack_name},
                           {"position", d.bottom_hu ? json::value(*d.bottom_hu / 2) : json::value(nullptr)},
                           {"customer_name", d.customer_name}});
        json::object out{{"install", json::object{{"count", install.first}, {"items", installs}}}};
        if (ctx.can("contracts.read")) {
          COLO_TRY(auto moves, store::move_outs_open(tx, kListed));
          json::array items;
          for (const auto& m : moves.second)
            items.push_back(json::object{{"device_id", m.device_id},
                                         {"device_name", m.device_name},
                                         {"contract_id", m.contract_id},
                                         {"contract_number", m.contract_number},
                                         {"rack", m.rack_name},
                                         {"since", m.created_at}});
          out["move_out"] = json::object{{"count", moves.first}, {"items", std::move(items)}};
        }
        // Maintenance due within the coming week, or overdue.
        COLO_TRY(auto due, store::maintenance_due(tx, add_days(clock.today(), 7)));
        COLO_TRY(auto in_maintenance, store::devices_in_maintenance(tx));
        out["maintenance"] = json::object{{"due", due}, {"in_progress", in_maintenance}};
        return json::value(std::move(out));
      }));
  registry.add_card(
      card("work.weekly", {"operations"}, "dcim.read", db, [&clock](db::Tx& tx, const Context&) -> Result<json::value> {
        auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
        COLO_TRY(auto rows, store::racked_removed_per(tx, buckets));
        json::array racked, removed;
        for (const auto& [in, out] : rows) {
          racked.push_back(in);
          removed.push_back(out);
        }
        return json::value(json::object{{"buckets", labels(buckets)}, {"racked", racked}, {"removed", removed}});
      }));

  // ---- customers
  registry.add_card(
      card("my.services", {"portal"}, "dcim.read", db, [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
        COLO_CHECK(customer_only(ctx));
        COLO_TRY(auto s, store::services(tx, ctx, format_instant(clock.now())));
        json::object out{{"racks", s.racks}, {"devices", s.devices}, {"addresses", s.addresses}};
        if (ctx.can("contracts.read")) {
          COLO_TRY(auto rows, store::contracts_in_force(tx, ctx));
          json::array contracts;
          std::int64_t sum = 0;
          for (const auto& r : rows) {
            auto terms = contracts::terms_from_json(json::parse(r.terms));
            json::value monthly = nullptr;
            if (terms.ok() && terms->currency == "CNY") {
              auto m = monthly_fen(terms->line_items);
              sum += m;
              monthly = m;
            }
            contracts.push_back(json::object{{"id", r.id},
                                             {"number", r.number},
                                             {"status", r.status},
                                             {"end_date", r.end_date},
                                             {"monthly_fen", monthly}});
          }
          out["contracts"] = std::move(contracts);
          out["monthly_fen"] = sum;
          out["currency"] = "CNY";
        }
        return json::value(std::move(out));
      }));
  registry.add_card(
      card("my.applications", {"portal"}, "applications.read", db,
           [](db::Tx& tx, const Context& ctx) -> Result<json::value> {
             COLO_CHECK(customer_only(ctx));
             COLO_TRY(auto counts, store::applications_by_status(tx, ctx));
             COLO_TRY(auto recent, store::recent_applications(tx, ctx, 5));
             json::array items;
             for (const auto& a : recent)
               items.push_back(json::object{
                   {"id", a.id}, {"number", a.number}, {"status", a.status}, {"updated_at", a.updated_at}});
             return json::value(json::object{{"stages", stages(counts)}, {"items", std::move(items)}});
           }));
  registry.add_card(
      Card{"my.notices", {"portal"}, "notifications.read", [&notifications](const Context& ctx) -> Result<json::value> {
             COLO_CHECK(customer_only(ctx));
             notify::ListFilter f;
             f.limit = 5;
             COLO_TRY(auto page, notifications.list(ctx, f));
             COLO_TRY(auto unread, notifications.unread_count(ctx));
             json::array items;
             for (const auto& n : page.second)
               items.push_back(json::object{{"id", n.id},
                                            {"topic", n.topic},
                                            {"title_en", n.title_en},
                                            {"title_zh", n.title_zh},
                                            {"link", n.link},
                                            {"created_at", n.created_at},
                                            {"read", n.read}});
             return json::value(json::object{{"count", page.first}, {"unread", unread}, {"items", std::move(items)}});
           }});
  registry.add_card(card("my.occupancy", {"portal"}, "dcim.read", db,
                         [&clock](db::Tx& tx, const Context& ctx) -> Result<json::value> {
                           COLO_CHECK(customer_only(ctx));
                           return occupancy_json(tx, ctx, clock);
                         }));
}

}  // namespace colo::home
