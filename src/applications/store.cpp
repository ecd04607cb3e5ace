#include "applications/store.hpp"

#include "applications/lists.hpp"

#include <boost/json.hpp>

#include <map>

#include "core/json.hpp"
#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "db/tenant.hpp"

namespace colo::applications::store {

namespace {

namespace json = boost::json;

constexpr std::string_view kNextNumber =
    "INSERT INTO application_numbers (year, last_value) VALUES ($1, 1) "
    "ON CONFLICT (year) DO UPDATE SET last_value = application_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kColumns =
    "SELECT a.id, a.number, a.customer_id, a.customer_name, a.status, a.company, a.devices, a.site_id, a.room_id, "
    "a.space, a.units, a.racks, a.power_w, a.redundant, a.bandwidth_mbps, a.ipv4_count, a.start_date, "
    "a.term_months, a.extra_services, a.notes, a.created_by, a.created_by_name, a.submitted_at, a.decided_at, "
    "a.contract_id, a.placement, a.reservation_ids, a.placement_accepted_at, a.placement_accepted_by, "
    "a.reservation_expires_at, a.created_at, a.updated_at FROM applications a ";

constexpr std::string_view kInsert =
    "INSERT INTO applications (number, customer_id, customer_name, status, company, devices, site_id, room_id, space, "
    "units, racks, power_w, redundant, bandwidth_mbps, ipv4_count, start_date, term_months, extra_services, notes, "
    "created_by, created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
    "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22) RETURNING id";

constexpr std::string_view kUpdate =
    "UPDATE applications SET customer_name = $2, status = $3, company = $4, devices = $5, site_id = $6, room_id = $7, "
    "space = $8, units = $9, racks = $10, power_w = $11, redundant = $12, bandwidth_mbps = $13, ipv4_count = $14, "
    "start_date = $15, term_months = $16, extra_services = $17, notes = $18, submitted_at = $19, decided_at = $20, "
    "contract_id = $21, placement = $22, placement_site_id = $23, reservation_ids = $24, placement_accepted_at = $25, "
    "placement_accepted_by = $26, reservation_expires_at = $27, updated_at = $28 WHERE id = $1";

constexpr std::string_view kCommittedBandwidth =
    "SELECT COALESCE(SUM(bandwidth_mbps), 0) FROM applications WHERE placement_site_id = $1 AND id <> $2 "
    "AND status IN ('management_review', 'approved', 'contracted')";

}  // namespace

// Declared in applications/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kApplicationList{.search = {"a.number", "a.customer_name"},
                                    .sorts = {{"id", "a.id"},
                                              {"number", "a.number"},
                                              {"created_at", "a.created_at"},
                                              {"updated_at", "a.updated_at"},
                                              {"status", "a.status"},
                                              {"customer", "a.customer_name"},
                                              {"start_date", "a.start_date"}},
                                    .default_order = "a.id DESC",
                                    .tiebreak = "a.id",
                                    .tenant_column = "a.customer_id"};

namespace {

std::string devices_json(const std::vector<DeviceLine>& lines) {
  json::array out;
  for (const auto& l : lines)
    out.push_back(json::object{{"device_type_id", nullable(l.device_type_id)},
                               {"label", l.label},
                               {"height_hu", l.height_hu},
                               {"full_depth", l.full_depth},
                               {"power_w", l.power_w},
                               {"power_stated", l.power_stated},
                               {"weight_g", l.weight_g},
                               {"count", l.count}});
  return to_json(out);
}

std::vector<DeviceLine> devices_of(const std::string& text) {
  std::vector<DeviceLine> out;
  auto v = json::parse(text);
  for (const auto& e : v.as_array()) {
    const auto& o = e.as_object();
    DeviceLine l;
    if (!o.at("device_type_id").is_null()) l.device_type_id = o.at("device_type_id").to_number<std::int64_t>();
    l.label = std::string(o.at("label").as_string());
    l.height_hu = static_cast<int>(o.at("height_hu").to_number<std::int64_t>());
    l.full_depth = o.at("full_depth").as_bool();
    l.power_w = o.at("power_w").to_number<std::int64_t>();
    if (const auto* stated = o.if_contains("power_stated")) l.power_stated = stated->as_bool();
    l.weight_g = o.at("weight_g").to_number<std::int64_t>();
    l.count = static_cast<int>(o.at("count").to_number<std::int64_t>());
    out.push_back(std::move(l));
  }
  return out;
}

std::string strings_json(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return to_json(a);
}

std::vector<std::string> strings_of(const std::string& text) {
  std::vector<std::string> out;
  const auto e_source = json::parse(text);
  for (const auto& e : e_source.as_array()) out.emplace_back(e.as_string());
  return out;
}

// Reads the SELECT's columns in the order written there (db::Cursor) and ends with finish(), so a
// column added to one and not the other fails every test that reads an application.
Application application_of(const db::Row& r) {
  db::Cursor c(r);
  Application a;
  a.id = c.int64();
  a.number = c.text();
  a.customer_id = c.int64();
  a.customer_name = c.text();
  a.status = c.text();
  a.company = json::parse(c.text());
  a.devices = devices_of(c.text());
  a.needs.site_id = c.opt_int64();
  a.needs.room_id = c.opt_int64();
  a.needs.space = c.text();
  a.needs.units = c.int32();
  a.needs.racks = c.int32();
  a.needs.power_w = c.int64();
  a.needs.redundant = c.boolean();
  a.needs.bandwidth_mbps = c.int64();
  a.needs.ipv4_count = c.int32();
  if (auto d = c.opt_text()) a.needs.start_date = parse_date(*d);
  a.needs.term_months = c.int32();
  a.needs.extra_services = strings_of(c.text());
  a.needs.notes = c.text();
  a.created_by = c.int64();
  a.created_by_name = c.text();
  a.submitted_at = c.opt_text();
  a.decided_at = c.opt_text();
  a.contract_id = c.opt_int64();
  // The accepted placement's columns, meaningful only when it has a proposal.
  auto proposal = c.opt_text();
  auto reservation_ids = c.text();
  auto accepted_at = c.text();
  auto accepted_by = c.text();
  auto expires_at = c.text();
  if (proposal) {
    AcceptedPlacement ap;
    ap.proposal = json::parse(*proposal);
    const auto id_source = json::parse(reservation_ids);
    for (const auto& id : id_source.as_array()) ap.reservation_ids.push_back(id.to_number<std::int64_t>());
    ap.accepted_at = std::move(accepted_at);
    ap.accepted_by = std::move(accepted_by);
    ap.expires_at = std::move(expires_at);
    a.placement = std::move(ap);
  }
  a.created_at = c.text();
  a.updated_at = c.text();
  c.finish();
  return a;
}

std::optional<std::string> date_text(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return format_date(*d);
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {year}));
  if (!row) return Error::internal("application_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert(db::Tx& tx, const Application& a) {
  return tx.insert(kInsert, {a.number,
                             a.customer_id,
                             a.customer_name,
                             a.status,
                             to_json(a.company),
                             devices_json(a.devices),
                             a.needs.site_id,
                             a.needs.room_id,
                             a.needs.space,
                             a.needs.units,
                             a.needs.racks,
                             a.needs.power_w,
                             a.needs.redundant,
                             a.needs.bandwidth_mbps,
                             a.needs.ipv4_count,
                             date_text(a.needs.start_date),
                             a.needs.term_months,
                             strings_json(a.needs.extra_services),
                             a.needs.notes,
                             a.created_by,
                             a.created_by_name,
                             a.created_at});
}

Status update(db::Tx& tx, const Application& a) {
  std::optional<std::string> placement, reservations, accepted_at, accepted_by, expires_at;
  std::optional<std::int64_t> placement_site;
  if (a.placement) {
    placement = to_json(a.placement->proposal);
    json::array ids;
    for (auto id : a.placement->reservation_ids) ids.emplace_back(id);
    reservations = to_json(ids);
    accepted_at = a.placement->accepted_at;
    accepted_by = a.placement->accepted_by;
    expires_at = a.placement->expires_at;
    placement_site = a.placement->site_id();
  }
  COLO_CHECK(tx.exec(kUpdate, {a.id,
                               a.customer_name,
                               a.status,
                               to_json(a.company),
                               devices_json(a.devices),
                               a.needs.site_id,
                               a.needs.room_id,
                               a.needs.space,
                               a.needs.units,
                               a.needs.racks,
                               a.needs.power_w,
                               a.needs.redundant,
                               a.needs.bandwidth_mbps,
                               a.needs.ipv4_count,
                               date_text(a.needs.start_date),
                               a.needs.term_months,
                               strings_json(a.needs.extra_services),
                               a.needs.notes,
                               a.submitted_at,
                               a.decided_at,
                               a.contract_id,
                               placement,
                               placement_site,
                               reservations,
                               accepted_at,
                               accepted_by,
                               expires_at,
                               a.updated_at}));
  return {};
}

Result<std::optional<Application>> find(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kColumns) + "WHERE a.id = $1", {id}));
  if (!row) return std::optional<Application>{};
  return std::optional<Application>(application_of(*row));
}

Result<std::pair<std::int64_t, std::vector<Application>>> list(db::Tx& tx, const Context& ctx, const ListFilter& f,
                                                               const std::optional<std::vector<std::string>>& inbox) {
  db::ListSql sql(kApplicationList);
  sql.tenant(ctx);
  if (f.status) sql.add("a.status = ?", *f.status);
  if (f.customer) sql.add("a.customer_id = ?", *f.customer);
  if (f.mine) sql.add("a.created_by = ?", ctx.principal->user_id);
  sql.search(f.q);
  if (inbox) {
    if (inbox->empty()) {
      sql.raw("1 = 0");
    } else {
      std::string in;
      for (const auto& status : *inbox) in += (in.empty() ? "" : ", ") + sql.arg(status);
      sql.raw("a.status IN (" + in + ")");
    }
  }
  return db::list_page<Application>(tx, sql, "SELECT COUNT(*) FROM applications a", kColumns, f.sort, f.limit, f.offset,
                                    application_of);
}

Result<std::int64_t> committed_bandwidth(db::Tx& tx, std::int64_t site_id, std::int64_t except) {
  COLO_TRY(auto row, tx.one(kCommittedBandwidth, {site_id, except}));
  return row ? row->int64(0) : 0;
}

}  // namespace colo::applications::store
