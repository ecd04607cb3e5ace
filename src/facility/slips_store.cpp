#include "db/cursor.hpp"
#include "db/list.hpp"
#include "facility/lists.hpp"
#include "facility/store.hpp"

namespace colo::facility::store {

const db::ListSpec kSlipList{
    .search = {"s.note"},
    .sorts = {{"planned_on", "s.planned_on"}, {"status", "s.status"}, {"created_at", "s.created_at"}},
    .default_order = "s.planned_on DESC, s.id DESC",
    .tiebreak = "s.id",
    .tenant_column = "s.customer_id"};

namespace {

constexpr std::string_view kSlipCols =
    "SELECT s.id, s.customer_id, s.direction, s.status, s.planned_on, s.note, s.needs_release, s.released_by, "
    "s.released_at, s.requested_by, s.decided_by, s.decided_at, s.completed_by, s.completed_at, s.created_at "
    "FROM facility_slips s";
constexpr std::string_view kSlipCount = "SELECT COUNT(*) FROM facility_slips s";
constexpr std::string_view kInsertSlip =
    "INSERT INTO facility_slips (customer_id, direction, status, planned_on, note, needs_release, requested_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kUpdateSlip =
    "UPDATE facility_slips SET status = $2, needs_release = $3, released_by = $4, released_at = $5, decided_by = $6, "
    "decided_at = $7, completed_by = $8, completed_at = $9 WHERE id = $1";
constexpr std::string_view kItemCols =
    "SELECT id, device_id, serial, description, contract_id FROM facility_slip_items WHERE slip_id = $1 ORDER BY id";
constexpr std::string_view kInsertItem =
    "INSERT INTO facility_slip_items (slip_id, device_id, serial, description, contract_id) "
    "VALUES ($1, $2, $3, $4, $5)";

Slip slip_from(const db::Row& r) {
  db::Cursor c(r);
  Slip s;
  s.id = c.int64();
  s.customer_id = c.int64();
  s.direction = c.text();
  s.status = c.text();
  s.planned_on = c.text();
  s.note = c.text();
  s.needs_release = c.boolean();
  s.released_by = c.opt_text();
  s.released_at = c.opt_text();
  s.requested_by = c.text();
  s.decided_by = c.opt_text();
  s.decided_at = c.opt_text();
  s.completed_by = c.opt_text();
  s.completed_at = c.opt_text();
  s.created_at = c.text();
  c.finish();
  return s;
}

}  // namespace

Result<db::Counted<Slip>> list_slips(db::Tx& tx, const Context& ctx, const SlipFilter& f) {
  db::ListSql sql(kSlipList);
  sql.tenant(ctx);
  sql.search(f.q);
  if (f.status) sql.add("s.status = ?", *f.status);
  if (f.direction) sql.add("s.direction = ?", *f.direction);
  if (f.customer) sql.add("s.customer_id = ?", *f.customer);
  return db::list_page<Slip>(tx, sql, kSlipCount, kSlipCols, f.sort, f.limit, f.offset, slip_from);
}

Result<std::optional<Slip>> find_slip(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kSlipCols) + " WHERE s.id = $1", {id}));
  if (!row) return std::optional<Slip>{};
  Slip s = slip_from(*row);
  COLO_TRY(auto items, tx.query(kItemCols, {id}));
  for (const auto& r : items.rows) {
    db::Cursor c(r);
    SlipItem i;
    i.id = c.int64();
    i.device_id = c.opt_int64();
    i.serial = c.text();
    i.description = c.text();
    i.contract_id = c.opt_int64();
    c.finish();
    s.items.push_back(std::move(i));
  }
  return std::optional<Slip>(std::move(s));
}

Result<std::int64_t> insert_slip(db::Tx& tx, const Slip& s) {
  COLO_TRY(auto id, tx.insert(kInsertSlip, {s.customer_id, s.direction, s.status, s.planned_on, s.note, s.needs_release,
                                            s.requested_by, s.created_at}));
  for (const auto& i : s.items)
    COLO_CHECK(tx.exec(kInsertItem, {id, i.device_id, i.serial, i.description, i.contract_id}));
  return id;
}

Status update_slip(db::Tx& tx, const Slip& s) {
  COLO_CHECK(tx.exec(kUpdateSlip, {s.id, s.status, s.needs_release, s.released_by, s.released_at, s.decided_by,
                                   s.decided_at, s.completed_by, s.completed_at}));
  return {};
}

}  // namespace colo::facility::store
