#include "home/store.hpp"

#include "db/cursor.hpp"
#include "db/tenant.hpp"

namespace colo::home::store {

namespace {

// The buckets of a trend as a derived table b(i, lo, hi) of parameters, for a LEFT JOIN that
// counts the rows falling into each (a bucket with none counts 0). The text depends only on how
// many buckets there are; the bounds are parameters.
std::string bucket_table(const std::vector<Bucket>& buckets, db::Params& params) {
  std::string sql = "(";
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    params.emplace_back(buckets[i].from);
    params.emplace_back(buckets[i].to);
    const auto lo = std::to_string(params.size() - 1), hi = std::to_string(params.size());
    sql += (i ? " UNION ALL SELECT " : "SELECT ") + std::to_string(i) + " AS i, CAST($" + lo +
           " AS TEXT) AS lo, CAST($" + hi + " AS TEXT) AS hi";
  }
  return sql + ") b";
}

// One count per bucket, in bucket order, from "SELECT b.i, <count> ... GROUP BY b.i".
Result<std::vector<std::int64_t>> per_bucket(db::Tx& tx, const std::string& sql, const db::Params& params,
                                             std::size_t buckets) {
  COLO_TRY(auto res, tx.query(sql, params));
  std::vector<std::int64_t> out(buckets, 0);
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto i = static_cast<std::size_t>(c.int64());  // b.i
    auto n = c.int64();                            // the count
    c.finish();
    if (i < buckets) out[i] = n;
  }
  return out;
}

constexpr std::string_view kApplicationsByStatus =
    "SELECT a.status, COUNT(*) FROM applications a WHERE 1 = 1{tenant} GROUP BY a.status";

constexpr std::string_view kRecentApplications =
    "SELECT a.id, a.number, a.status, a.updated_at FROM applications a WHERE 1 = 1{tenant} "
    "ORDER BY a.updated_at DESC, a.id DESC LIMIT {limit}";

constexpr std::string_view kSubmittedPer =
    "SELECT b.i, COUNT(a.id) FROM {buckets} LEFT JOIN applications a "
    "ON a.submitted_at >= b.lo AND a.submitted_at < b.hi{tenant} GROUP BY b.i";

constexpr std::string_view kSignedPer =
    "SELECT b.i, COUNT(c.id) FROM {buckets} LEFT JOIN contracts c "
    "ON c.signed_at >= b.lo AND c.signed_at < b.hi{tenant} GROUP BY b.i";

constexpr std::string_view kSignedTerms =
    "SELECT b.i, v.terms FROM {buckets} JOIN contracts c ON c.signed_at >= b.lo AND c.signed_at < b.hi "
    "JOIN contract_versions v ON v.contract_id = c.id AND v.version = 1 WHERE 1 = 1{tenant} ORDER BY b.i, c.id";

constexpr std::string_view kContractsInForce =
    "SELECT c.id, c.number, c.status, c.end_date, v.terms FROM contracts c "
    "JOIN contract_versions v ON v.contract_id = c.id AND v.version = c.current_version "
    "WHERE c.status IN ('signed', 'active'){tenant} ORDER BY c.end_date, c.id";

constexpr std::string_view kContractsEnding =
    "SELECT c.id, c.number, c.customer_name, c.end_date, c.auto_renew, c.notice_days FROM contracts c "
    "WHERE c.status = 'active' AND c.end_date >= $1 AND c.end_date <= $2{tenant} ORDER BY c.end_date, c.id "
    "LIMIT {limit}";

// When an application entered the state it is in: its latest transition.
#define COLO_HOME_ENTERED                                                                           \
  "COALESCE((SELECT MAX(t.at) FROM workflow_transitions t WHERE t.object_type = 'application' AND " \
  "t.object_id = a.id), a.updated_at)"

constexpr std::string_view kWaitingApplications =
    "SELECT a.status, COUNT(*), MIN(" COLO_HOME_ENTERED
    ") FROM applications a "
    "WHERE a.status IN ('business_review', 'technical_review', 'management_review') GROUP BY a.status";

constexpr std::string_view kWaitingTerminations =
    "SELECT COUNT(*), MIN(created_at) FROM contract_termination_requests WHERE status = 'open'";

constexpr std::string_view kWaitingAmendments =
    "SELECT COUNT(*), MIN(created_at) FROM contract_amendments WHERE status = 'proposed_by_customer'";

constexpr std::string_view kFeasibilityCount =
    "SELECT COUNT(*) FROM applications a WHERE a.status = 'technical_review'";

constexpr std::string_view kFeasibilityQueue =
    "SELECT a.id, a.number, a.customer_name, a.space, a.units, a.racks, a.power_w, " COLO_HOME_ENTERED
    " AS since, CASE WHEN a.placement_accepted_at IS NULL THEN 0 ELSE 1 END FROM applications a "
    "WHERE a.status = 'technical_review' ORDER BY since, a.id LIMIT $1";

constexpr std::string_view kRoomSites =
    "SELECT r.id, s.name FROM dcim_rooms r JOIN dcim_sites s ON s.id = r.site_id ORDER BY r.id";

constexpr std::string_view kOccupiedHu =
    "SELECT COALESCE(SUM(t.height_hu), 0) FROM dcim_devices d JOIN dcim_device_types t ON t.id = d.device_type_id "
    "WHERE d.rack_id IS NOT NULL{tenant}";

// A device's height in half units is its type's now (a type change is rare and not replayed).
constexpr std::string_view kRackedDeltaPer =
    "SELECT b.i, COALESCE(SUM(x.delta_hu), 0) FROM {buckets} LEFT JOIN ("
    "SELECT e.at, CASE WHEN e.kind = 'racked' THEN t.height_hu ELSE -t.height_hu END AS delta_hu "
    "FROM dcim_device_events e JOIN dcim_devices d ON d.id = e.device_id "
    "JOIN dcim_device_types t ON t.id = d.device_type_id "
    "WHERE e.kind IN ('racked', 'removed') AND e.at >= {from} AND e.at < {to}{tenant}"
    ") x ON x.at >= b.lo AND x.at < b.hi GROUP BY b.i";

constexpr std::string_view kRackedRemovedPer =
    "SELECT b.i, SUM(CASE WHEN e.kind = 'racked' THEN 1 ELSE 0 END), SUM(CASE WHEN e.kind = 'removed' THEN 1 ELSE 0 "
    "END) FROM {buckets} LEFT JOIN dcim_device_events e ON e.at >= b.lo AND e.at < b.hi "
    "AND e.kind IN ('racked', 'removed') GROUP BY b.i";

constexpr std::string_view kDevicesToInstallCount = "SELECT COUNT(*) FROM dcim_devices d WHERE d.status = 'planned'";

constexpr std::string_view kDevicesToInstall =
    "SELECT d.id, d.name, COALESCE(r.name, ''), d.bottom_hu, COALESCE(c.name, '') FROM dcim_devices d "
    "LEFT JOIN dcim_racks r ON r.id = d.rack_id LEFT JOIN customers c ON c.id = d.customer_id "
    "WHERE d.status = 'planned' ORDER BY d.created_at, d.id LIMIT $1";

constexpr std::string_view kMoveOutsCount =
    "SELECT COUNT(*) FROM contract_move_out_tasks m JOIN dcim_devices d ON d.id = m.device_id "
    "WHERE d.status <> 'decommissioned'";

constexpr std::string_view kMoveOuts =
    "SELECT m.device_id, m.contract_id, d.name, c.number, COALESCE(r.name, ''), m.created_at "
    "FROM contract_move_out_tasks m JOIN dcim_devices d ON d.id = m.device_id "
    "JOIN contracts c ON c.id = m.contract_id LEFT JOIN dcim_racks r ON r.id = d.rack_id "
    "WHERE d.status <> 'decommissioned' ORDER BY m.created_at, m.id LIMIT $1";

// A device's latest maintenance record says when the next is due.
constexpr std::string_view kMaintenanceDue =
    "SELECT COUNT(*) FROM dcim_maintenance m JOIN dcim_devices d ON d.id = m.device_id "
    "WHERE d.status <> 'decommissioned' AND m.next_due IS NOT NULL AND m.next_due <= $1 "
    "AND NOT EXISTS (SELECT 1 FROM dcim_maintenance n WHERE n.device_id = m.device_id AND n.id > m.id)";

constexpr std::string_view kDevicesInMaintenance = "SELECT COUNT(*) FROM dcim_devices d WHERE d.status = 'maintenance'";

// The racks a customer sees, as the ledger's rack list shows them: its dedicated racks, those
// holding its devices and those where it holds a reservation still running at $2.
constexpr std::string_view kCustomerRacks =
    "SELECT COUNT(*) FROM dcim_racks r WHERE r.customer_id = $1 OR EXISTS "
    "(SELECT 1 FROM dcim_devices d WHERE d.rack_id = r.id AND d.customer_id = $1) OR EXISTS "
    "(SELECT 1 FROM dcim_reservations v WHERE v.rack_id = r.id AND v.customer_id = $1 AND v.released_at IS NULL "
    "AND v.expires_at > $2)";

constexpr std::string_view kCustomerDevices =
    "SELECT COUNT(*) FROM dcim_devices d WHERE d.status <> 'decommissioned'{tenant}";

constexpr std::string_view kCustomerAddresses = "SELECT COUNT(*) FROM ipam_ip_addresses a WHERE 1 = 1{tenant}";

// The statement with its placeholders filled: {tenant} (the tenant filter on `column`),
// {buckets} (the bucket table), {from} and {to} (where the first bucket begins and the last
// ends) and {limit}.
struct Sql {
  std::string text;
  db::Params params;
};

std::string replace(std::string text, std::string_view token, const std::string& with) {
  auto at = text.find(token);
  if (at != std::string::npos) text.replace(at, token.size(), with);
  return text;
}

Sql build(std::string_view statement, const Context* ctx, std::string_view column,
          const std::vector<Bucket>* buckets = nullptr, db::Params params = {}, std::optional<int> limit = {}) {
  Sql s{std::string(statement), std::move(params)};
  // Buckets first, so that their parameters come before the tenant's.
  if (buckets && !buckets->empty()) {
    const auto first = s.params.size() + 1;
    s.text = replace(s.text, "{buckets}", bucket_table(*buckets, s.params));
    // The whole span, for a subquery that reads only the rows inside it.
    s.text = replace(s.text, "{from}", "$" + std::to_string(first));
    s.text = replace(s.text, "{to}", "$" + std::to_string(s.params.size()));
  }
  s.text = replace(s.text, "{tenant}", ctx ? db::tenant_filter(*ctx, column, s.params) : std::string());
  if (limit) s.text = replace(s.text, "{limit}", std::to_string(*limit));
  return s;
}

Result<std::int64_t> scalar(db::Tx& tx, const Sql& s) {
  COLO_TRY(auto row, tx.one(s.text, s.params));
  return row ? row->int64(0) : 0;
}

}  // namespace

Result<std::vector<Count>> applications_by_status(db::Tx& tx, const Context& ctx) {
  auto s = build(kApplicationsByStatus, &ctx, "a.customer_id");
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<Count> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Count n;
    n.key = c.text();     // a.status
    n.count = c.int64();  // COUNT(*)
    c.finish();
    out.push_back(std::move(n));
  }
  return out;
}

Result<std::vector<AppRow>> recent_applications(db::Tx& tx, const Context& ctx, int limit) {
  auto s = build(kRecentApplications, &ctx, "a.customer_id", nullptr, {}, limit);
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<AppRow> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    AppRow a;
    a.id = c.int64();
    a.number = c.text();
    a.status = c.text();
    a.updated_at = c.text();
    c.finish();
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<std::int64_t>> applications_submitted_per(db::Tx& tx, const Context& ctx,
                                                             const std::vector<Bucket>& buckets) {
  auto s = build(kSubmittedPer, &ctx, "a.customer_id", &buckets);
  return per_bucket(tx, s.text, s.params, buckets.size());
}

Result<std::vector<std::int64_t>> contracts_signed_per(db::Tx& tx, const Context& ctx,
                                                       const std::vector<Bucket>& buckets) {
  auto s = build(kSignedPer, &ctx, "c.customer_id", &buckets);
  return per_bucket(tx, s.text, s.params, buckets.size());
}

Result<Expiring> contracts_expiring(db::Tx& tx, const Context& ctx, Date today, const std::vector<int>& horizons) {
  // SUM(CASE ...) per horizon, then the renewal split within the last one.
  db::Params params{format_date(today)};
  std::string sql = "SELECT ";
  for (int days : horizons) {
    params.emplace_back(format_date(add_days(today, days)));
    sql += "SUM(CASE WHEN c.end_date <= $" + std::to_string(params.size()) + " THEN 1 ELSE 0 END), ";
  }
  const auto last = "$" + std::to_string(params.size());
  sql += "SUM(CASE WHEN c.end_date <= " + last +
         " AND c.auto_renew = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN c.end_date <= " + last +
         " AND c.auto_renew = 0 THEN 1 ELSE 0 END) FROM contracts c WHERE c.status = 'active' AND c.end_date >= $1";
  sql += db::tenant_filter(ctx, "c.customer_id", params);
  COLO_TRY(auto row, tx.one(sql, params));
  Expiring out;
  if (!row) return out;
  db::Cursor c(*row);
  for (std::size_t i = 0; i < horizons.size(); ++i) out.within.push_back(c.int64());
  out.auto_renew = c.int64();
  out.manual = c.int64();
  c.finish();
  return out;
}

Result<std::vector<ContractDue>> contracts_ending(db::Tx& tx, const Context& ctx, Date today, Date until, int limit) {
  auto s = build(kContractsEnding, &ctx, "c.customer_id", nullptr, {format_date(today), format_date(until)}, limit);
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<ContractDue> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    ContractDue d;
    d.id = c.int64();
    d.number = c.text();
    d.customer_name = c.text();
    d.end_date = c.text();
    d.auto_renew = c.boolean();
    d.notice_days = c.int32();
    c.finish();
    out.push_back(std::move(d));
  }
  return out;
}

Result<std::vector<SignedTerms>> contracts_signed_terms(db::Tx& tx, const Context& ctx,
                                                        const std::vector<Bucket>& buckets) {
  auto s = build(kSignedTerms, &ctx, "c.customer_id", &buckets);
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<SignedTerms> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    SignedTerms t;
    t.bucket = static_cast<std::size_t>(c.int64());
    t.terms = c.text();
    c.finish();
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<ContractTerms>> contracts_in_force(db::Tx& tx, const Context& ctx) {
  auto s = build(kContractsInForce, &ctx, "c.customer_id");
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<ContractTerms> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    ContractTerms t;
    t.id = c.int64();
    t.number = c.text();
    t.status = c.text();
    t.end_date = c.text();
    t.terms = c.text();
    c.finish();
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<Count>> waiting_decisions(db::Tx& tx) {
  std::vector<Count> out;
  COLO_TRY(auto apps, tx.query(kWaitingApplications));
  for (const auto& r : apps.rows) {
    db::Cursor c(r);
    Count n;
    n.key = c.text();     // a.status
    n.count = c.int64();  // COUNT(*)
    n.oldest = c.text();  // MIN(entered)
    c.finish();
    out.push_back(std::move(n));
  }
  for (auto [key, sql] :
       {std::pair{"termination_requests", kWaitingTerminations}, {"amendments", kWaitingAmendments}}) {
    COLO_TRY(auto row, tx.one(sql));
    Count n{key, 0, ""};
    if (row) {
      db::Cursor c(*row);
      n.count = c.int64();
      n.oldest = c.text();
      c.finish();
    }
    out.push_back(std::move(n));
  }
  return out;
}

Result<std::pair<std::int64_t, std::vector<QueueItem>>> feasibility_queue(db::Tx& tx, int limit) {
  COLO_TRY(auto count, scalar(tx, Sql{std::string(kFeasibilityCount), {}}));
  COLO_TRY(auto res, tx.query(kFeasibilityQueue, {limit}));
  std::vector<QueueItem> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    QueueItem q;
    q.id = c.int64();
    q.number = c.text();
    q.customer_name = c.text();
    q.space = c.text();
    q.units = c.int64();
    q.racks = c.int64();
    q.power_w = c.int64();
    q.since = c.text();
    q.proposal_accepted = c.boolean();
    c.finish();
    out.push_back(std::move(q));
  }
  return std::pair{count, std::move(out)};
}

Result<std::vector<std::pair<std::int64_t, std::string>>> room_sites(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kRoomSites));
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto id = c.int64();
    auto site = c.text();
    c.finish();
    out.emplace_back(id, std::move(site));
  }
  return out;
}

Result<std::int64_t> occupied_hu(db::Tx& tx, const Context& ctx) {
  return scalar(tx, build(kOccupiedHu, &ctx, "d.customer_id"));
}

Result<std::vector<std::int64_t>> racked_delta_hu_per(db::Tx& tx, const Context& ctx,
                                                      const std::vector<Bucket>& buckets) {
  auto s = build(kRackedDeltaPer, &ctx, "d.customer_id", &buckets);
  return per_bucket(tx, s.text, s.params, buckets.size());
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> racked_removed_per(db::Tx& tx,
                                                                              const std::vector<Bucket>& buckets) {
  auto s = build(kRackedRemovedPer, nullptr, "", &buckets);
  COLO_TRY(auto res, tx.query(s.text, s.params));
  std::vector<std::pair<std::int64_t, std::int64_t>> out(buckets.size(), {0, 0});
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    auto i = static_cast<std::size_t>(c.int64());  // b.i
    auto racked = c.int64();
    auto removed = c.int64();
    c.finish();
    if (i < out.size()) out[i] = {racked, removed};
  }
  return out;
}

Result<std::pair<std::int64_t, std::vector<DeviceWork>>> devices_to_install(db::Tx& tx, int limit) {
  COLO_TRY(auto count, scalar(tx, Sql{std::string(kDevicesToInstallCount), {}}));
  COLO_TRY(auto res, tx.query(kDevicesToInstall, {limit}));
  std::vector<DeviceWork> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    DeviceWork d;
    d.id = c.int64();
    d.name = c.text();
    d.rack_name = c.text();
    d.bottom_hu = c.opt_int64();
    d.customer_name = c.text();
    c.finish();
    out.push_back(std::move(d));
  }
  return std::pair{count, std::move(out)};
}

Result<std::pair<std::int64_t, std::vector<MoveOut>>> move_outs_open(db::Tx& tx, int limit) {
  COLO_TRY(auto count, scalar(tx, Sql{std::string(kMoveOutsCount), {}}));
  COLO_TRY(auto res, tx.query(kMoveOuts, {limit}));
  std::vector<MoveOut> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    MoveOut m;
    m.device_id = c.int64();
    m.contract_id = c.int64();
    m.device_name = c.text();
    m.contract_number = c.text();
    m.rack_name = c.text();
    m.created_at = c.text();
    c.finish();
    out.push_back(std::move(m));
  }
  return std::pair{count, std::move(out)};
}

Result<std::int64_t> maintenance_due(db::Tx& tx, Date until) {
  return scalar(tx, Sql{std::string(kMaintenanceDue), {format_date(until)}});
}

Result<std::int64_t> devices_in_maintenance(db::Tx& tx) {
  return scalar(tx, Sql{std::string(kDevicesInMaintenance), {}});
}

Result<Services> services(db::Tx& tx, const Context& ctx, const std::string& now) {
  Services out;
  auto tenant = ctx.tenant();
  // The racks' rule needs the customer twice; staff have no "own" racks.
  if (tenant) {
    COLO_TRY(out.racks, scalar(tx, Sql{std::string(kCustomerRacks), {*tenant, now}}));
  }
  COLO_TRY(out.devices, scalar(tx, build(kCustomerDevices, &ctx, "d.customer_id")));
  COLO_TRY(out.addresses, scalar(tx, build(kCustomerAddresses, &ctx, "a.customer_id")));
  return out;
}

}  // namespace colo::home::store
