#include "usage/store.hpp"

#include <charconv>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "usage/lists.hpp"

namespace colo::usage::store {

namespace {

constexpr std::string_view kSelect =
    "SELECT m.id, m.customer_id, m.contract_id, m.contract_number, m.kind, m.name, m.device_id, m.interface_id, "
    "m.speed_mbps, m.note, m.status, m.created_at, m.updated_at FROM usage_meters m";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM usage_meters m";
constexpr std::string_view kById = " WHERE m.id = $1";
constexpr std::string_view kByName = " WHERE m.name = $1";
constexpr std::string_view kByContract = " WHERE m.contract_id = $1 ORDER BY m.kind, m.name, m.id";
constexpr std::string_view kByInterface = " WHERE m.interface_id = $1 ORDER BY m.id DESC";
constexpr std::string_view kInsert =
    "INSERT INTO usage_meters (customer_id, contract_id, contract_number, kind, name, device_id, interface_id, "
    "speed_mbps, note, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) "
    "RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE usage_meters SET customer_id = $2, contract_id = $3, contract_number = $4, name = $5, device_id = $6, "
    "interface_id = $7, speed_mbps = $8, note = $9, status = $10, updated_at = $11 WHERE id = $1";
constexpr std::string_view kCounterState =
    "SELECT counter_at, counter_in, counter_out, counter_width FROM usage_meters WHERE id = $1";
constexpr std::string_view kSetCounterState =
    "UPDATE usage_meters SET counter_at = $2, counter_in = $3, counter_out = $4, counter_width = $5 WHERE id = $1";

Meter meter_from(const db::Row& r) {
  db::Cursor c(r);
  Meter m;
  m.id = c.int64();
  m.customer_id = c.int64();
  m.contract_id = c.opt_int64();
  m.contract_number = c.opt_text();
  m.kind = c.text();
  m.name = c.text();
  m.device_id = c.opt_int64();
  m.interface_id = c.opt_int64();
  m.speed_mbps = c.opt_int64();
  m.note = c.text();
  m.status = c.text();
  m.created_at = c.text();
  m.updated_at = c.text();
  c.finish();
  return m;
}

Result<std::optional<Meter>> one(db::Tx& tx, std::string_view where, db::Value key) {
  COLO_TRY(auto row, tx.one(std::string(kSelect) + std::string(where), {std::move(key)}));
  if (!row) return std::optional<Meter>{};
  return std::optional<Meter>(meter_from(*row));
}

std::uint64_t to_u64(const std::string& s) {
  std::uint64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

// A customer sees only its own meters.
const db::ListSpec kMeterList{.search = {"m.name", "m.contract_number", "m.note"},
                              .sorts = {{"name", "m.name"},
                                        {"kind", "m.kind"},
                                        {"status", "m.status"},
                                        {"contract", "m.contract_number"},
                                        {"created_at", "m.created_at"}},
                              .default_order = "m.name, m.id",
                              .tiebreak = "m.id",
                              .tenant_column = "m.customer_id"};

Result<std::optional<Meter>> find(db::Tx& tx, std::int64_t id) { return one(tx, kById, id); }

Result<std::optional<Meter>> find_by_name(db::Tx& tx, const std::string& name) { return one(tx, kByName, name); }

Result<db::Counted<Meter>> list(db::Tx& tx, const Context& ctx, const MeterFilter& f) {
  db::ListSql sql(kMeterList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.kind) sql.add("m.kind = ?", *f.kind);
  if (f.status) sql.add("m.status = ?", *f.status);
  if (f.customer_id) sql.add("m.customer_id = ?", *f.customer_id);
  if (f.contract_id) sql.add("m.contract_id = ?", *f.contract_id);
  return db::list_page<Meter>(tx, sql, kCount, kSelect, f.sort, f.limit, f.offset, meter_from);
}

Result<std::vector<Meter>> of_contract(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto res, tx.query(std::string(kSelect) + std::string(kByContract), {contract_id}));
  std::vector<Meter> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(meter_from(r));
  return out;
}

Result<std::vector<std::int64_t>> metered_contracts_after(db::Tx& tx, std::int64_t after_id, std::int64_t limit) {
  COLO_TRY(auto res, tx.query("SELECT DISTINCT contract_id FROM usage_meters WHERE contract_id IS NOT NULL AND "
                              "status = 'active' AND contract_id > $1 ORDER BY contract_id LIMIT $2",
                              {after_id, limit}));
  std::vector<std::int64_t> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(r.int64(0));
  return out;
}

Result<std::vector<Meter>> of_contracts(db::Tx& tx, const std::vector<std::int64_t>& contract_ids) {
  std::vector<Meter> out;
  if (contract_ids.empty()) return out;
  db::Params params;
  const std::string in = db::in_list(params, contract_ids);
  COLO_TRY(auto res, tx.query(std::string(kSelect) + " WHERE m.contract_id IN (" + in +
                                  ") ORDER BY m.contract_id, m.kind, m.name, m.id",
                              params));
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(meter_from(r));
  return out;
}

Result<std::vector<Meter>> of_interface(db::Tx& tx, std::int64_t interface_id) {
  COLO_TRY(auto res, tx.query(std::string(kSelect) + std::string(kByInterface), {interface_id}));
  std::vector<Meter> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) out.push_back(meter_from(r));
  return out;
}

Result<std::int64_t> insert(db::Tx& tx, const Meter& m) {
  return tx.insert(kInsert, {m.customer_id, m.contract_id, m.contract_number, m.kind, m.name, m.device_id,
                             m.interface_id, m.speed_mbps, m.note, m.status, m.created_at});
}

Status update(db::Tx& tx, const Meter& m) {
  COLO_CHECK(tx.exec(kUpdate, {m.id, m.customer_id, m.contract_id, m.contract_number, m.name, m.device_id,
                               m.interface_id, m.speed_mbps, m.note, m.status, m.updated_at}));
  return {};
}

Result<std::optional<CounterState>> counter_state(db::Tx& tx, std::int64_t meter_id) {
  COLO_TRY(auto row, tx.one(kCounterState, {meter_id}));
  if (!row || row->is_null(0)) return std::optional<CounterState>{};
  db::Cursor c(*row);
  CounterState s;
  auto at = parse_instant(c.text());
  s.reading.in_octets = to_u64(c.text());
  s.reading.out_octets = to_u64(c.text());
  s.width = c.int32();
  c.finish();
  if (!at) return std::optional<CounterState>{};
  s.reading.t = *at;
  return std::optional<CounterState>(s);
}

Status set_counter_state(db::Tx& tx, std::int64_t meter_id, const CounterState& s) {
  COLO_CHECK(tx.exec(kSetCounterState, {meter_id, format_instant(s.reading.t), std::to_string(s.reading.in_octets),
                                        std::to_string(s.reading.out_octets), s.width}));
  return {};
}

}  // namespace colo::usage::store
