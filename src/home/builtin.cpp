#include "home/builtin.hpp"

#include <algorithm>
#include <optional>

#include <boost/json.hpp>

#include "applications/model.hpp"
#include "contracts/terms.hpp"
#include "core/shape.hpp"
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

// ---- each card's data, written by its shape: the same code gives the JSON and the schema the
// API document shows for it (named Home<...>).

struct StageCount {
  std::string status;
  std::int64_t count = 0;
};
template <class W>
void write_stages(W& w, const std::vector<StageCount>& stages) {
  w.array("stages", "HomeStageCount", stages, [&](const StageCount& s) {
    w.field("status", s.status, applications::kStates);
    w.field("count", s.count);
  });
}
struct Stages {
  std::vector<StageCount> stages;
};
constexpr auto kStagesShape = [](auto& w, const Stages& x) { write_stages(w, x.stages); };

struct Horizon {
  std::int64_t days = 0;
  std::string until;
  std::int64_t count = 0;
};
struct Expiring {
  std::string today;
  std::vector<Horizon> horizons;
  std::int64_t auto_renew = 0, manual = 0;
};
constexpr auto kExpiringShape = [](auto& w, const Expiring& x) {
  w.field("today", x.today);
  w.array("horizons", "HomeHorizon", x.horizons, [&](const Horizon& h) {
    w.field("days", h.days);
    w.field("until", h.until);
    w.field("count", h.count);
  });
  w.field("auto_renew", x.auto_renew);
  w.field("manual", x.manual);
};

struct Renewal {
  std::int64_t id = 0;
  std::string number, customer_name, end_date;
  std::int64_t days_left = 0;
  bool auto_renew = false;
  std::string notice_by;
};
struct Renewals {
  std::vector<Renewal> items;
};
constexpr auto kRenewalsShape = [](auto& w, const Renewals& x) {
  w.array("items", "HomeRenewal", x.items, [&](const Renewal& r) {
    w.field("id", r.id);
    w.field("number", r.number);
    w.field("customer_name", r.customer_name);
    w.field("end_date", r.end_date);
    w.field("days_left", r.days_left);
    w.field("auto_renew", r.auto_renew);
    w.field("notice_by", r.notice_by);
  });
};

struct Intake {
  std::vector<std::string> buckets;
  std::vector<std::int64_t> applications, contracts_signed;
};
constexpr auto kIntakeShape = [](auto& w, const Intake& x) {
  w.strings("buckets", x.buckets);
  w.integers("applications", x.applications);
  w.integers("contracts_signed", x.contracts_signed);
};

struct Feasibility {
  std::int64_t id = 0;
  std::string number, customer_name, space;
  std::int64_t units = 0, racks = 0, power_w = 0;
  std::string since;
  std::int64_t age_days = 0;
  bool proposal_accepted = false;
};
struct FeasibilityQueue {
  std::int64_t count = 0;
  std::vector<Feasibility> items;
};
constexpr auto kFeasibilityQueueShape = [](auto& w, const FeasibilityQueue& x) {
  w.field("count", x.count);
  w.array("items", "HomeFeasibilityItem", x.items, [&](const Feasibility& q) {
    w.field("id", q.id);
    w.field("number", q.number);
    w.field("customer_name", q.customer_name);
    w.field("space", q.space);
    w.field("units", q.units);
    w.field("racks", q.racks);
    w.field("power_w", q.power_w);
    w.field("since", q.since);
    w.field("age_days", q.age_days);
    w.field("proposal_accepted", q.proposal_accepted);
  });
};

struct RoomCapacity {
  std::int64_t id = 0;
  std::string name, site;
  std::int64_t racks = 0, devices = 0, units_total_hu = 0, units_used_hu = 0, units_reserved_hu = 0;
  std::int64_t power_capacity_w = 0, power_allocated_w = 0;
};
struct Capacity {
  std::vector<RoomCapacity> rooms;
};
constexpr auto kCapacityShape = [](auto& w, const Capacity& x) {
  w.array("rooms", "HomeRoomCapacity", x.rooms, [&](const RoomCapacity& r) {
    w.field("id", r.id);
    w.field("name", r.name);
    w.field("site", r.site);
    w.field("racks", r.racks);
    w.field("devices", r.devices);
    w.field("units_total_hu", r.units_total_hu);
    w.field("units_used_hu", r.units_used_hu);
    w.field("units_reserved_hu", r.units_reserved_hu);
    w.field("power_capacity_w", r.power_capacity_w);
    w.field("power_allocated_w", r.power_allocated_w);
  });
};

struct Occupancy {
  std::vector<std::string> buckets;
  std::vector<std::int64_t> occupied_hu, racked_hu;
  std::int64_t now_hu = 0;
};
constexpr auto kOccupancyShape = [](auto& w, const Occupancy& x) {
  w.strings("buckets", x.buckets);
  w.integers("occupied_hu", x.occupied_hu);
  w.integers("racked_hu", x.racked_hu);
  w.field("now_hu", x.now_hu);
};

// The departments that decide applications, in the order the card lists them.
const shape::Values kDeciders = {"business", "technical", "management"};
struct Waiting {
  std::string kind;
  std::int64_t count = 0;
  std::optional<std::string> oldest_at;
};
struct Department {
  std::string department;
  std::int64_t count = 0;
  std::optional<std::string> oldest_at;
  std::optional<std::int64_t> oldest_days;
  std::vector<Waiting> items;
};
struct Approvals {
  std::vector<Department> departments;
};
constexpr auto kApprovalsShape = [](auto& w, const Approvals& x) {
  w.array("departments", "HomeWaitingDepartment", x.departments, [&](const Department& d) {
    w.field("department", d.department, kDeciders);
    w.field("count", d.count);
    w.field("oldest_at", d.oldest_at);
    w.field("oldest_days", d.oldest_days);
    w.array("items", "HomeWaitingItem", d.items, [&](const Waiting& i) {
      w.field("kind", i.kind);
      w.field("count", i.count);
      w.field("oldest_at", i.oldest_at);
    });
  });
};

struct ContractValue {
  std::vector<std::string> buckets;
  std::string currency;
  std::vector<std::int64_t> contracts, monthly_fen, term_value_fen;
  std::int64_t other_currency = 0;
};
constexpr auto kContractValueShape = [](auto& w, const ContractValue& x) {
  w.strings("buckets", x.buckets);
  w.field("currency", x.currency);
  w.integers("contracts", x.contracts);
  w.integers("monthly_fen", x.monthly_fen);
  w.integers("term_value_fen", x.term_value_fen);
  w.field("other_currency", x.other_currency);
};

struct Install {
  std::int64_t id = 0;
  std::string name, rack;
  std::optional<std::int64_t> position;  // the bottom unit, whole units; null while unplaced
  std::string customer_name;
};
struct MoveOut {
  std::int64_t device_id = 0;
  std::string device_name;
  std::int64_t contract_id = 0;
  std::string contract_number, rack, since;
};
template <class T>
struct Listed {
  std::int64_t count = 0;
  std::vector<T> items;
};
struct WorkToday {
  Listed<Install> install;
  std::optional<Listed<MoveOut>> move_out;  // only for callers who may read contracts
  std::int64_t due = 0, in_progress = 0;
};
constexpr auto kWorkTodayShape = [](auto& w, const WorkToday& x) {
  w.object("install", "HomeInstallList", [&] {
    w.field("count", x.install.count);
    w.array("items", "HomeInstall", x.install.items, [&](const Install& d) {
      w.field("id", d.id);
      w.field("name", d.name);
      w.field("rack", d.rack);
      w.field("position", d.position);
      w.field("customer_name", d.customer_name);
    });
  });
  w.optional_object("move_out", "HomeMoveOutList", x.move_out, [&](const Listed<MoveOut>& l) {
    w.field("count", l.count);
    w.array("items", "HomeMoveOut", l.items, [&](const MoveOut& m) {
      w.field("device_id", m.device_id);
      w.field("device_name", m.device_name);
      w.field("contract_id", m.contract_id);
      w.field("contract_number", m.contract_number);
      w.field("rack", m.rack);
      w.field("since", m.since);
    });
  });
  w.object("maintenance", "HomeMaintenance", [&] {
    w.field("due", x.due);
    w.field("in_progress", x.in_progress);
  });
};

struct WorkWeekly {
  std::vector<std::string> buckets;
  std::vector<std::int64_t> racked, removed;
};
constexpr auto kWorkWeeklyShape = [](auto& w, const WorkWeekly& x) {
  w.strings("buckets", x.buckets);
  w.integers("racked", x.racked);
  w.integers("removed", x.removed);
};

struct ServiceContract {
  std::int64_t id = 0;
  std::string number, status, end_date;
  std::optional<std::int64_t> monthly_fen;  // null when not in CNY or unreadable
};
struct Billing {
  std::vector<ServiceContract> contracts;
  std::int64_t monthly_fen = 0;
  std::string currency;
};
struct Services {
  std::int64_t racks = 0, devices = 0, addresses = 0;
  std::optional<Billing> billing;  // only for callers who may read contracts
};
constexpr auto kServicesShape = [](auto& w, const Services& x) {
  w.field("racks", x.racks);
  w.field("devices", x.devices);
  w.field("addresses", x.addresses);
  w.when(x.billing.has_value(), [&] {
    const auto& b = shape::or_blank(x.billing);
    w.array("contracts", "HomeServiceContract", b.contracts, [&](const ServiceContract& c) {
      w.field("id", c.id);
      w.field("number", c.number);
      w.field("status", c.status);
      w.field("end_date", c.end_date);
      w.field("monthly_fen", c.monthly_fen);
    });
    w.field("monthly_fen", b.monthly_fen);
    w.field("currency", b.currency);
  });
};

struct RecentApplication {
  std::int64_t id = 0;
  std::string number, status, updated_at;
};
struct MyApplications {
  std::vector<StageCount> stages;
  std::vector<RecentApplication> items;
};
constexpr auto kMyApplicationsShape = [](auto& w, const MyApplications& x) {
  write_stages(w, x.stages);
  w.array("items", "HomeRecentApplication", x.items, [&](const RecentApplication& a) {
    w.field("id", a.id);
    w.field("number", a.number);
    w.field("status", a.status, applications::kStates);
    w.field("updated_at", a.updated_at);
  });
};

struct Notice {
  std::int64_t id = 0;
  std::string topic, title_en, title_zh, link, created_at;
  bool read = false;
};
struct Notices {
  std::int64_t count = 0, unread = 0;
  std::vector<Notice> items;
};
constexpr auto kNoticesShape = [](auto& w, const Notices& x) {
  w.field("count", x.count);
  w.field("unread", x.unread);
  w.array("items", "HomeNotice", x.items, [&](const Notice& n) {
    w.field("id", n.id);
    w.field("topic", n.topic);
    w.field("title_en", n.title_en);
    w.field("title_zh", n.title_zh);
    w.field("link", n.link);
    w.field("created_at", n.created_at);
    w.field("read", n.read);
  });
};

// ---- registration

std::vector<std::string> labels(const std::vector<Bucket>& buckets) {
  std::vector<std::string> out;
  out.reserve(buckets.size());
  for (const auto& b : buckets) out.push_back(b.label);
  return out;
}

// Applications per state, every state present, in the workflow's order.
std::vector<StageCount> stages(const std::vector<store::Count>& counts) {
  std::vector<StageCount> out;
  for (const auto& state : applications::kStates) {
    std::int64_t n = 0;
    for (const auto& c : counts)
      if (c.key == state) n = c.count;
    out.push_back({state, n});
  }
  return out;
}

std::optional<std::string> opt_instant(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// A card whose data is a T written by `shape` (its schema named `name`), computed by `body(ctx)`.
template <class T, class Shape, class F>
Card typed(std::string id, std::vector<std::string> pages, std::string permission, std::string_view name, Shape write,
           F body) {
  return Card{std::move(id), std::move(pages), std::move(permission),
              [write, body = std::move(body)](const Context& ctx) -> Result<json::value> {
                COLO_TRY(T data, body(ctx));
                return json::value(shape::value_of(data, write));
              },
              shape::schema_of<T>(name, write)};
}

// The same, read in one read transaction around `body(tx, ctx)`.
template <class T, class Shape, class F>
Card card(std::string id, std::vector<std::string> pages, std::string permission, std::string_view name, Shape write,
          db::Database& db, F body) {
  return typed<T>(std::move(id), std::move(pages), std::move(permission), name, write,
                  [&db, body = std::move(body)](const Context& ctx) -> Result<T> {
                    COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
                    return body(tx, ctx);
                  });
}

// The customer's cards confine every figure to the caller's customer; without one (a staff
// principal holding a customer role cannot exist, but the rule does not rely on it) they refuse.
Status customer_only(const Context& ctx) {
  if (!ctx.tenant()) return Error::forbidden("Only a customer's users have a portal home page.");
  return {};
}

// Units taken by racked devices at the end of each week, walked back from now through the ledger's
// racked and removed events.
Result<Occupancy> occupancy(db::Tx& tx, const Context& ctx, const Clock& clock) {
  auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
  COLO_TRY(auto now, store::occupied_hu(tx, ctx));
  COLO_TRY(auto deltas, store::racked_delta_hu_per(tx, ctx, buckets));
  return Occupancy{labels(buckets), occupancy_at_ends(now, deltas), deltas, now};
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
  registry.add_card(card<Stages>("applications.by_stage", {"business", "management"}, "applications.read", "HomeStages",
                                 kStagesShape, db, [](db::Tx& tx, const Context& ctx) -> Result<Stages> {
                                   COLO_TRY(auto counts, store::applications_by_status(tx, ctx));
                                   return Stages{stages(counts)};
                                 }));
  registry.add_card(card<Expiring>(
      "contracts.expiring", {"business", "finance"}, "contracts.read", "HomeExpiring", kExpiringShape, db,
      [&clock](db::Tx& tx, const Context& ctx) -> Result<Expiring> {
        const auto today = clock.today();
        COLO_TRY(auto e, store::contracts_expiring(tx, ctx, today, kHorizons));
        Expiring out{format_date(today), {}, e.auto_renew, e.manual};
        for (std::size_t i = 0; i < kHorizons.size(); ++i)
          out.horizons.push_back({kHorizons[i], format_date(add_days(today, kHorizons[i])), e.within[i]});
        return out;
      }));
  registry.add_card(card<Renewals>(
      "contracts.renewals", {"business"}, "contracts.read", "HomeRenewals", kRenewalsShape, db,
      [&clock](db::Tx& tx, const Context& ctx) -> Result<Renewals> {
        // The contracts ending within the last horizon, soonest first, with the
        // day by which notice must be given to stop or change the renewal.
        const auto today = clock.today();
        COLO_TRY(auto rows, store::contracts_ending(tx, ctx, today, add_days(today, kHorizons.back()), kListed));
        Renewals out;
        for (const auto& r : rows) {
          auto end = parse_date(r.end_date).value_or(today);
          out.items.push_back({r.id, r.number, r.customer_name, r.end_date, days_between(today, end), r.auto_renew,
                               format_date(add_days(end, -r.notice_days))});
        }
        return out;
      }));
  registry.add_card(card<Intake>("intake.weekly", {"business", "management"}, "applications.read", "HomeIntake",
                                 kIntakeShape, db, [&clock](db::Tx& tx, const Context& ctx) -> Result<Intake> {
                                   auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
                                   COLO_TRY(auto apps, store::applications_submitted_per(tx, ctx, buckets));
                                   std::vector<std::int64_t> signed_;
                                   if (ctx.can("contracts.read")) {
                                     COLO_TRY(signed_, store::contracts_signed_per(tx, ctx, buckets));
                                   }
                                   return Intake{labels(buckets), std::move(apps), std::move(signed_)};
                                 }));

  // ---- technical
  registry.add_card(card<FeasibilityQueue>(
      "feasibility.queue", {"technical"}, "applications.read", "HomeFeasibilityQueue", kFeasibilityQueueShape, db,
      [&clock](db::Tx& tx, const Context&) -> Result<FeasibilityQueue> {
        COLO_TRY(auto queue, store::feasibility_queue(tx, kListed));
        FeasibilityQueue out{queue.first, {}};
        for (const auto& q : queue.second)
          out.items.push_back({q.id, q.number, q.customer_name, q.space, q.units, q.racks, q.power_w, q.since,
                               age_days(clock.calendar(), q.since, clock.today()), q.proposal_accepted});
        return out;
      }));
  registry.add_card(typed<Capacity>("capacity.rooms", {"technical", "management"}, "dcim.read", "HomeCapacity",
                                    kCapacityShape, [&db, &dcim](const Context& ctx) -> Result<Capacity> {
                                      COLO_TRY(auto rooms, dcim.utilisation(ctx, "room", std::nullopt));
                                      std::vector<std::pair<std::int64_t, std::string>> sites;
                                      {
                                        COLO_TRY(auto tx, db::Tx::begin(db, db::Access::read));
                                        COLO_TRY(sites, store::room_sites(tx));
                                      }
                                      Capacity out;
                                      for (const auto& u : rooms) {
                                        std::string site;
                                        for (const auto& [id, name] : sites)
                                          if (id == u.id) site = name;
                                        // Power as the busier side against the smaller feed: what a redundant
                                        // load can still draw when one side fails.
                                        out.rooms.push_back({u.id, u.name, site, u.racks, u.devices, u.units_total,
                                                             u.units_used_hu, u.units_reserved_hu,
                                                             std::min(u.power_a_w, u.power_b_w),
                                                             std::max(u.allocated_a_w, u.allocated_b_w)});
                                      }
                                      return out;
                                    }));
  registry.add_card(card<Occupancy>(
      "occupancy.weekly", {"technical", "management"}, "dcim.read", "HomeOccupancy", kOccupancyShape, db,
      [&clock](db::Tx& tx, const Context& ctx) -> Result<Occupancy> { return occupancy(tx, ctx, clock); }));

  // ---- management
  registry.add_card(card<Approvals>("approvals.waiting", {"management"}, "applications.read", "HomeWaiting",
                                    kApprovalsShape, db, [&clock](db::Tx& tx, const Context& ctx) -> Result<Approvals> {
                                      COLO_TRY(auto counts, store::waiting_decisions(tx));
                                      const bool contracts = ctx.can("contracts.read");
                                      Approvals out;
                                      for (const auto& dept : kDeciders) {
                                        Department d{dept, 0, std::nullopt, std::nullopt, {}};
                                        std::string oldest;
                                        auto add = [&](const std::string& kind, const store::Count& c) {
                                          d.items.push_back({kind, c.count, opt_instant(c.oldest)});
                                          d.count += c.count;
                                          if (!c.oldest.empty() && (oldest.empty() || c.oldest < oldest))
                                            oldest = c.oldest;
                                        };
                                        for (const auto& [state, owner] : kReviewDepartments) {
                                          if (owner != dept) continue;
                                          store::Count found{state, 0, ""};
                                          for (const auto& c : counts)
                                            if (c.key == state) found = c;
                                          add(state, found);
                                        }
                                        if (dept == "business" && contracts)
                                          for (const auto& c : counts)
                                            if (c.key == "termination_requests" || c.key == "amendments") add(c.key, c);
                                        d.oldest_at = opt_instant(oldest);
                                        if (!oldest.empty())
                                          d.oldest_days = age_days(clock.calendar(), oldest, clock.today());
                                        out.departments.push_back(std::move(d));
                                      }
                                      return out;
                                    }));
  registry.add_card(card<ContractValue>("contracts.value_monthly", {"management", "finance"}, "contracts.read",
                                        "HomeContractValue", kContractValueShape, db,
                                        [&clock](db::Tx& tx, const Context& ctx) -> Result<ContractValue> {
                                          // The monthly fee and the whole term's value of the contracts signed each
                                          // month, from their first version's line items (in CNY; another currency
                                          // is counted apart).
                                          auto buckets = monthly_buckets(clock.calendar(), clock.today(), kMonths);
                                          COLO_TRY(auto rows, store::contracts_signed_terms(tx, ctx, buckets));
                                          ContractValue out{labels(buckets),
                                                            "CNY",
                                                            std::vector<std::int64_t>(buckets.size()),
                                                            std::vector<std::int64_t>(buckets.size()),
                                                            std::vector<std::int64_t>(buckets.size()),
                                                            0};
                                          for (const auto& r : rows) {
                                            if (r.bucket >= buckets.size()) continue;
                                            ++out.contracts[r.bucket];
                                            auto terms = contracts::terms_from_json(json::parse(r.terms));
                                            if (!terms.ok() || terms->currency != "CNY") {
                                              ++out.other_currency;
                                              continue;
                                            }
                                            const auto a = contracts::amounts(*terms);
                                            out.monthly_fen[r.bucket] += a.monthly_fen;
                                            out.term_value_fen[r.bucket] += a.total_fen;
                                          }
                                          return out;
                                        }));

  // ---- operations
  registry.add_card(card<WorkToday>("work.today", {"operations"}, "dcim.read", "HomeWorkToday", kWorkTodayShape, db,
                                    [&clock](db::Tx& tx, const Context& ctx) -> Result<WorkToday> {
                                      COLO_TRY(auto install, store::devices_to_install(tx, kListed));
                                      WorkToday out;
                                      out.install.count = install.first;
                                      for (const auto& d : install.second)
                                        out.install.items.push_back(
                                            {d.id, d.name, d.rack_name,
                                             d.bottom_hu ? std::optional<std::int64_t>(*d.bottom_hu / 2) : std::nullopt,
                                             d.customer_name});
                                      if (ctx.can("contracts.read")) {
                                        COLO_TRY(auto moves, store::move_outs_open(tx, kListed));
                                        Listed<MoveOut> l{moves.first, {}};
                                        for (const auto& m : moves.second)
                                          l.items.push_back({m.device_id, m.device_name, m.contract_id,
                                                             m.contract_number, m.rack_name, m.created_at});
                                        out.move_out = std::move(l);
                                      }
                                      // Maintenance due within the coming week, or overdue.
                                      COLO_TRY(out.due, store::maintenance_due(tx, add_days(clock.today(), 7)));
                                      COLO_TRY(out.in_progress, store::devices_in_maintenance(tx));
                                      return out;
                                    }));
  registry.add_card(card<WorkWeekly>("work.weekly", {"operations"}, "dcim.read", "HomeWorkWeekly", kWorkWeeklyShape, db,
                                     [&clock](db::Tx& tx, const Context&) -> Result<WorkWeekly> {
                                       auto buckets = weekly_buckets(clock.calendar(), clock.today(), kWeeks);
                                       COLO_TRY(auto rows, store::racked_removed_per(tx, buckets));
                                       WorkWeekly out{labels(buckets), {}, {}};
                                       for (const auto& [in, gone] : rows) {
                                         out.racked.push_back(in);
                                         out.removed.push_back(gone);
                                       }
                                       return out;
                                     }));

  // ---- customers
  registry.add_card(card<Services>("my.services", {"portal"}, "dcim.read", "HomeServices", kServicesShape, db,
                                   [&clock](db::Tx& tx, const Context& ctx) -> Result<Services> {
                                     COLO_CHECK(customer_only(ctx));
                                     COLO_TRY(auto s, store::services(tx, ctx, format_instant(clock.now())));
                                     Services out{s.racks, s.devices, s.addresses, std::nullopt};
                                     if (ctx.can("contracts.read")) {
                                       COLO_TRY(auto rows, store::contracts_in_force(tx, ctx));
                                       Billing b{{}, 0, "CNY"};
                                       for (const auto& r : rows) {
                                         auto terms = contracts::terms_from_json(json::parse(r.terms));
                                         std::optional<std::int64_t> monthly;
                                         if (terms.ok() && terms->currency == "CNY") {
                                           monthly = contracts::amounts(*terms).monthly_fen;
                                           b.monthly_fen += *monthly;
                                         }
                                         b.contracts.push_back({r.id, r.number, r.status, r.end_date, monthly});
                                       }
                                       out.billing = std::move(b);
                                     }
                                     return out;
                                   }));
  registry.add_card(card<MyApplications>("my.applications", {"portal"}, "applications.read", "HomeMyApplications",
                                         kMyApplicationsShape, db,
                                         [](db::Tx& tx, const Context& ctx) -> Result<MyApplications> {
                                           COLO_CHECK(customer_only(ctx));
                                           COLO_TRY(auto counts, store::applications_by_status(tx, ctx));
                                           COLO_TRY(auto recent, store::recent_applications(tx, ctx, 5));
                                           MyApplications out{stages(counts), {}};
                                           for (const auto& a : recent)
                                             out.items.push_back({a.id, a.number, a.status, a.updated_at});
                                           return out;
                                         }));
  registry.add_card(
      typed<Notices>("my.notices", {"portal"}, "notifications.read", "HomeNotices", kNoticesShape,
                     [&notifications](const Context& ctx) -> Result<Notices> {
                       COLO_CHECK(customer_only(ctx));
                       notify::ListFilter f;
                       f.limit = 5;
                       COLO_TRY(auto page, notifications.list(ctx, f));
                       COLO_TRY(auto unread, notifications.unread_count(ctx));
                       Notices out{page.first, unread, {}};
                       for (const auto& n : page.second)
                         out.items.push_back({n.id, n.topic, n.title_en, n.title_zh, n.link, n.created_at, n.read});
                       return out;
                     }));
  registry.add_card(card<Occupancy>("my.occupancy", {"portal"}, "dcim.read", "HomeOccupancy", kOccupancyShape, db,
                                    [&clock](db::Tx& tx, const Context& ctx) -> Result<Occupancy> {
                                      COLO_CHECK(customer_only(ctx));
                                      return occupancy(tx, ctx, clock);
                                    }));
}

}  // namespace colo::home
