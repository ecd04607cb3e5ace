// IPAM store: the SQL of prefixes and their utilisation.
#include "ipam/store.hpp"

#include "ipam/lists.hpp"

#include <algorithm>
#include <map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "db/page.hpp"
#include "ipam/store_rows.hpp"

namespace colo::ipam::store {

using namespace detail;

namespace {

constexpr std::string_view kInsertPrefix =
    "INSERT INTO ipam_prefixes (family, prefix, prefix_len, first_key, last_key, site_id, vlan_id, "
    "customer_id, status, is_pool, description, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
constexpr std::string_view kUpdatePrefix =
    "UPDATE ipam_prefixes SET family = $2, prefix = $3, prefix_len = $4, first_key = $5, last_key = $6, "
    "site_id = $7, vlan_id = $8, customer_id = $9, status = $10, is_pool = $11, description = $12, "
    "updated_at = $13 WHERE id = $1";
constexpr std::string_view kDeletePrefix = "DELETE FROM ipam_prefixes WHERE id = $1";
constexpr std::string_view kLockPrefix = "UPDATE ipam_prefixes SET id = id WHERE id = $1";
constexpr std::string_view kMostSpecificPrefix =
    "SELECT p.id, p.prefix_len FROM ipam_prefixes p WHERE p.family = $1 AND p.first_key <= $2 AND p.last_key >= $2 "
    "ORDER BY p.prefix_len DESC LIMIT 1";

}  // namespace

// Declared in ipam/lists.hpp: the routes document the list's parameters from it.
const db::ListSpec kPrefixList{.search = {"p.prefix", "p.description"},
                               .sorts = {{"prefix", "p.family, p.first_key, p.prefix_len"},
                                         {"status", "p.status"},
                                         {"site", "p.site_id"},
                                         {"vlan", "p.vlan_id"},
                                         {"length", "p.prefix_len"},
                                         {"created_at", "p.created_at"},
                                         {"created", "p.created_at"}},
                               .default_order = "p.family, p.first_key, p.prefix_len, p.id",
                               .tiebreak = "p.id",
                               .tenant_column = "p.customer_id"};

namespace {

// Direct children of containers (no other prefix between), counted per length: the covered
// space is sum(count * 2^host_bits), summed in C++ because IPv6 sizes overflow SQL integers.
constexpr std::string_view kContainerChildrenHead =
    "SELECT p.id, c.prefix_len, COUNT(*) FROM ipam_prefixes p "
    "JOIN ipam_prefixes c ON c.family = p.family AND c.first_key >= p.first_key "
    "AND c.last_key <= p.last_key AND c.prefix_len > p.prefix_len "
    "WHERE NOT EXISTS (SELECT 1 FROM ipam_prefixes m WHERE m.family = p.family "
    "AND m.prefix_len > p.prefix_len AND m.prefix_len < c.prefix_len "
    "AND m.first_key <= c.first_key AND m.last_key >= c.last_key) AND p.id IN (";
constexpr std::string_view kContainerChildrenTail = ") GROUP BY p.id, c.prefix_len";

// Active prefixes of a site that no other active prefix of the same site contains.
constexpr std::string_view kTopLevelActive =
    "p.status = 'active' AND p.site_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ipam_prefixes q "
    "WHERE q.status = 'active' AND q.site_id = p.site_id AND q.family = p.family "
    "AND q.prefix_len < p.prefix_len AND q.first_key <= p.first_key AND q.last_key >= p.last_key)";

}  // namespace

// ---- Prefixes ----

Result<std::optional<PrefixRecord>> find_prefix(db::Tx& tx, std::int64_t id, bool with_utilisation) {
  COLO_TRY(auto row, tx.one("SELECT " + std::string(kPrefixColumns) +
                                (with_utilisation ? std::string(kPrefixUsedColumn) : std::string()) +
                                " FROM ipam_prefixes p WHERE p.id = $1",
                            {id}));
  if (!row) return std::optional<PrefixRecord>{};
  std::vector<PrefixRecord> one{prefix_from(*row)};
  if (with_utilisation) COLO_CHECK(fill_utilisation(tx, one));
  return std::optional<PrefixRecord>(std::move(one.front()));
}

Result<Page<PrefixRecord>> list_prefixes(db::Tx& tx, const Context& ctx, const PrefixFilter& f,
                                         const std::optional<Prefix>& within, const std::optional<Prefix>& contains) {
  db::ListSql w(kPrefixList);
  if (f.site_id) w.add("p.site_id = ?", *f.site_id);
  if (f.vlan_id) w.add("p.vlan_id = ?", *f.vlan_id);
  if (f.customer_id) w.add("p.customer_id = ?", *f.customer_id);
  if (f.status) w.add("p.status = ?", *f.status);
  if (f.family) w.add("p.family = ?", family_number(*f.family));
  w.search(f.q);
  if (within) {
    w.add("p.family = ?", family_number(within->family()));
    w.add("p.first_key >= ?", within->network().key());
    w.add("p.last_key <= ?", within->last().key());
    w.add("p.prefix_len > ?", within->length());
  }
  if (contains) {
    w.add("p.family = ?", family_number(contains->family()));
    w.add("p.first_key <= ?", contains->network().key());
    w.add("p.last_key >= ?", contains->last().key());
    w.add("p.prefix_len <= ?", contains->length());
  }
  w.tenant(ctx);
  COLO_TRY(auto page, db::list_page<PrefixRecord>(tx, w, "SELECT COUNT(*) FROM ipam_prefixes p",
                                                  "SELECT " + std::string(kPrefixColumns) +
                                                      std::string(kPrefixUsedColumn) + " FROM ipam_prefixes p",
                                                  f.sort, f.limit, f.offset, prefix_from));
  COLO_CHECK(fill_utilisation(tx, page.second));
  return page;
}

Result<std::int64_t> insert_prefix(db::Tx& tx, const PrefixRecord& p) {
  return tx.insert(kInsertPrefix, {family_number(p.prefix.family()), p.prefix.to_string(), p.prefix.length(),
                                   p.prefix.network().key(), p.prefix.last().key(), p.site_id, p.vlan_id, p.customer_id,
                                   p.status, p.is_pool, p.description, p.created_at, p.updated_at});
}

Status update_prefix(db::Tx& tx, const PrefixRecord& p) {
  return expect_one(tx.exec(
      kUpdatePrefix,
      {p.id, family_number(p.prefix.family()), p.prefix.to_string(), p.prefix.length(), p.prefix.network().key(),
       p.prefix.last().key(), p.site_id, p.vlan_id, p.customer_id, p.status, p.is_pool, p.description, p.updated_at}));
}

Status delete_prefix(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kDeletePrefix, {id})); }

Result<std::optional<std::pair<std::int64_t, int>>> most_specific_prefix(db::Tx& tx, const Address& a) {
  using Found = std::optional<std::pair<std::int64_t, int>>;
  COLO_TRY(auto row, tx.one(kMostSpecificPrefix, {family_number(a.family()), a.key()}));
  if (!row) return Found{};
  return Found(std::pair{row->int64(0), static_cast<int>(row->int64(1))});
}

Status lock_prefix(db::Tx& tx, std::int64_t id) { return expect_one(tx.exec(kLockPrefix, {id})); }

Status fill_utilisation(db::Tx& tx, std::vector<PrefixRecord>& prefixes) {
  std::vector<std::int64_t> containers;
  for (auto& p : prefixes) {
    if (p.status == "container") {
      containers.push_back(p.id);
      p.utilisation.used = 0;
      p.utilisation.total = p.prefix.usable_count(true);
    } else {
      p.utilisation.total = p.prefix.usable_count(p.is_pool);
    }
  }
  if (containers.empty()) return {};
  db::Params params;
  std::string in = db::in_list(params, containers);
  COLO_TRY(auto res, tx.query(std::string(kContainerChildrenHead) + in + std::string(kContainerChildrenTail), params));
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    const auto container = c.int64();
    const int child_length = c.int32();
    const auto children = c.int64();
    c.finish();
    auto it = std::find_if(prefixes.begin(), prefixes.end(), [&](const auto& p) { return p.id == container; });
    if (it == prefixes.end()) continue;
    int host = max_length(it->prefix.family()) - child_length;
    u128 size = host >= 128 ? ~static_cast<u128>(0) : static_cast<u128>(1) << host;
    it->utilisation.used += size * static_cast<u128>(children);
  }
  return {};
}

Result<std::vector<SiteUtilisation>> site_utilisation(db::Tx& tx, const Context& ctx,
                                                      std::optional<std::int64_t> site_id) {
  db::ListSql w(kPrefixList);
  w.raw(kTopLevelActive);
  if (site_id) w.add("p.site_id = ?", *site_id);
  w.tenant(ctx);
  // Sizes per (site, family, length, pool) and addresses per (site, family), both grouped in SQL.
  COLO_TRY(auto sizes, tx.query("SELECT p.site_id, p.family, p.prefix_len, p.is_pool, COUNT(*) "
                                "FROM ipam_prefixes p" +
                                    w.where() + " GROUP BY p.site_id, p.family, p.prefix_len, p.is_pool",
                                w.params()));
  COLO_TRY(auto used, tx.query("SELECT p.site_id, p.family, COUNT(a.id) FROM ipam_prefixes p "
                               "JOIN ipam_ip_addresses a ON a.addr_key >= p.first_key "
                               "AND a.addr_key <= p.last_key" +
                                   w.where() + " GROUP BY p.site_id, p.family",
                               w.params()));
  std::map<std::pair<std::int64_t, int>, SiteUtilisation> by;
  for (const auto& r : sizes.rows) {
    db::Cursor c(r);
    const auto site = c.int64();
    const int family_no = c.int32();
    const int length = c.int32();
    const bool pool = c.boolean();
    const auto prefixes = c.int64();
    c.finish();
    auto family = family_no == 4 ? Family::v4 : Family::v6;
    auto& s = by[{site, family_no}];
    s.site_id = site;
    s.family = family;
    s.prefixes += prefixes;
    auto sample = Prefix::of(Address(family, 0), length);
    s.utilisation.total += sample.usable_count(pool) * static_cast<u128>(prefixes);
  }
  for (const auto& r : used.rows) {
    db::Cursor c(r);
    const auto site = c.int64();
    const int family_no = c.int32();
    const auto addresses = c.int64();
    c.finish();
    auto it = by.find({site, family_no});
    if (it != by.end()) it->second.utilisation.used = static_cast<u128>(addresses);
  }
  std::vector<SiteUtilisation> out;
  for (auto& [k, v] : by) out.push_back(v);
  return out;
}

}  // namespace colo::ipam::store
