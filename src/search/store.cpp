#include "search/store.hpp"

#include <stdexcept>

#include "db/cursor.hpp"
#include "db/list.hpp"

namespace colo::search::store {

namespace {

// Every query takes the same parameters: $1 the LIKE pattern, $2 the text itself in ASCII lower
// case (exact matches sort first), $3 the limit, and $4 the caller's customer when confined ($5
// the time now, for the racks a customer holds reservations in).
// LOWER on both sides of LIKE, as the list declaration does: SQLite's LIKE ignores ASCII case and
// PostgreSQL's does not.
#define COLO_LIKE(column) "LOWER(" column ") LIKE LOWER($1) ESCAPE '\\'"

// The devices an address is assigned to (through an interface); the same sub-select answers
// "by IP" for both the match and the exact ranking.
constexpr const char* kDevicesByAddress =
    "SELECT i.device_id FROM ipam_ip_addresses a JOIN dcim_interfaces i ON i.id = a.interface_id WHERE ";

// An address is stored with its mask ("10.0.0.1/24"): the text typed is exact when it is the
// whole address or the address before its mask.
constexpr const char* kExactAddress = "(LOWER(a.address) = $2 OR LOWER(a.address) LIKE $2 || '/%')";

struct KindSql {
  std::string select;  // id, title, subtitle, customer_id and the FROM
  std::string match;   // the WHERE condition over $1
  std::string exact;   // the condition ranking first, over $2
  std::string tenant;  // the condition confining a customer, over $4
  std::string order;   // after the exact ranking, ending in a unique column
};

const KindSql& sql_for(const std::string& type) {
  static const KindSql kDevices{
      "SELECT d.id, d.name, COALESCE(s.name, '') || CASE WHEN r.name IS NULL THEN '' ELSE ' / ' || r.name END, "
      "d.customer_id FROM dcim_devices d LEFT JOIN dcim_racks r ON r.id = d.rack_id "
      "LEFT JOIN dcim_sites s ON s.id = d.site_id",
      COLO_LIKE("d.name") " OR " COLO_LIKE("d.serial") " OR " COLO_LIKE("COALESCE(d.asset_tag, '')") " OR " COLO_LIKE(
          "d.mgmt_address") " OR d.id IN (" +
          std::string(kDevicesByAddress) + COLO_LIKE("a.address") ")",
      "LOWER(d.name) = $2 OR LOWER(d.serial) = $2 OR LOWER(COALESCE(d.asset_tag, '')) = $2 OR "
      "LOWER(d.mgmt_address) = $2 OR d.id IN (" +
          std::string(kDevicesByAddress) + kExactAddress + ")",
      "d.customer_id = $4", "d.name, d.id"};
  // A customer finds the racks its rack list shows: its own, those holding its devices, those
  // with its live reservations.
  static const KindSql kRacks{
      "SELECT r.id, r.name, s.name || ' / ' || m.name, r.customer_id FROM dcim_racks r "
      "JOIN dcim_sites s ON s.id = r.site_id JOIN dcim_rooms m ON m.id = r.room_id",
      COLO_LIKE("r.name") " OR " COLO_LIKE("COALESCE(r.facility_id, '')"),
      "LOWER(r.name) = $2 OR LOWER(COALESCE(r.facility_id, '')) = $2",
      "(r.customer_id = $4 OR EXISTS (SELECT 1 FROM dcim_devices vd WHERE vd.rack_id = r.id AND vd.customer_id = $4) "
      "OR EXISTS (SELECT 1 FROM dcim_reservations vr WHERE vr.rack_id = r.id AND vr.customer_id = $4 "
      "AND vr.released_at IS NULL AND vr.expires_at > $5))",
      "s.name, m.name, r.name, r.id"};
  static const KindSql kCustomers{"SELECT c.id, c.name, COALESCE(c.credit_code, ''), c.id FROM customers c",
                                  COLO_LIKE("c.name") " OR " COLO_LIKE("COALESCE(c.credit_code, '')"),
                                  "LOWER(c.name) = $2 OR LOWER(COALESCE(c.credit_code, '')) = $2", "c.id = $4",
                                  "c.name, c.id"};
  static const KindSql kContracts{"SELECT k.id, k.number, k.customer_name, k.customer_id FROM contracts k",
                                  COLO_LIKE("k.number") " OR " COLO_LIKE("k.customer_name"), "LOWER(k.number) = $2",
                                  "k.customer_id = $4", "k.id DESC"};
  static const KindSql kApplications{"SELECT a.id, a.number, a.customer_name, a.customer_id FROM applications a",
                                     COLO_LIKE("a.number") " OR " COLO_LIKE("a.customer_name"), "LOWER(a.number) = $2",
                                     "a.customer_id = $4", "a.id DESC"};
  static const KindSql kAddresses{
      "SELECT a.id, a.address, COALESCE(d.name || ' ' || i.name, a.dns_name), a.customer_id "
      "FROM ipam_ip_addresses a LEFT JOIN dcim_interfaces i ON i.id = a.interface_id "
      "LEFT JOIN dcim_devices d ON d.id = i.device_id",
      COLO_LIKE("a.address") " OR " COLO_LIKE("a.dns_name"), std::string(kExactAddress) + " OR LOWER(a.dns_name) = $2",
      "a.customer_id = $4", "a.addr_key, a.id"};
  static const KindSql kPrefixes{"SELECT p.id, p.prefix, p.description, p.customer_id FROM ipam_prefixes p",
                                 COLO_LIKE("p.prefix") " OR " COLO_LIKE("p.description"), "LOWER(p.prefix) = $2",
                                 "p.customer_id = $4", "p.first_key, p.prefix_len, p.id"};
  if (type == "devices") return kDevices;
  if (type == "racks") return kRacks;
  if (type == "customers") return kCustomers;
  if (type == "contracts") return kContracts;
  if (type == "applications") return kApplications;
  if (type == "addresses") return kAddresses;
  if (type == "prefixes") return kPrefixes;
  throw std::logic_error("search: no SQL for the kind " + type);
}

#undef COLO_LIKE

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

}  // namespace

Result<std::vector<Hit>> find(db::Tx& tx, const Context& ctx, const std::string& type, const std::string& text,
                              std::int64_t limit, Instant now) {
  const auto& k = sql_for(type);
  db::Params params{db::contains_pattern(text), ascii_lower(text), limit};
  std::string sql = k.select + " WHERE (" + k.match + ")";
  if (auto customer = ctx.tenant()) {
    params.emplace_back(*customer);
    if (k.tenant.find("$5") != std::string::npos) params.emplace_back(format_instant(now));
    sql += " AND " + k.tenant;
  }
  sql += " ORDER BY CASE WHEN " + k.exact + " THEN 0 ELSE 1 END, " + k.order + " LIMIT $3";
  COLO_TRY(auto res, tx.query(sql, std::move(params)));
  std::vector<Hit> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    Hit h;
    h.id = c.int64();
    h.title = c.text();
    h.subtitle = c.text();
    h.customer_id = c.opt_int64();
    c.finish();
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace colo::search::store
