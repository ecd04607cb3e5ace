// SQL of compensation claims and improvement actions (migration 0028), and the numbers they take.
#include <map>

#include "db/cursor.hpp"
#include "db/list.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk::levels_store {

namespace {

constexpr std::string_view kBumpNumber =
    "UPDATE servicedesk_numbers SET last_value = last_value + 1 WHERE kind = $1 AND year = $2 RETURNING last_value";
constexpr std::string_view kFirstNumber = "INSERT INTO servicedesk_numbers (kind, year, last_value) VALUES ($1, $2, 1)";

constexpr std::string_view kInsertClaim =
    "INSERT INTO service_level_claims (number, ticket_id, customer_id, contract_id, description, evidence, "
    "claimed_fen, status, created_by_name, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id";

constexpr std::string_view kClaimColumns =
    "SELECT id, number, ticket_id, customer_id, contract_id, description, evidence, claimed_fen, assessment, "
    "assessed_by_name, assessed_at, agreed_fen, charge_id, status, created_by_name, created_at, updated_at, "
    "row_version FROM service_level_claims ";

constexpr std::string_view kUpdateClaim =
    "UPDATE service_level_claims SET assessment = $2, assessed_by_name = $3, assessed_at = $4, agreed_fen = $5, "
    "charge_id = $6, status = $7, updated_at = $8, row_version = row_version + 1 WHERE id = $1 AND row_version = $9";

constexpr std::string_view kInsertAction =
    "INSERT INTO service_level_actions (number, title, description, owner_id, owner_name, due_date, status, "
    "created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id";

constexpr std::string_view kLinkTicket =
    "INSERT INTO service_level_action_tickets (action_id, ticket_id) VALUES ($1, $2)";

constexpr std::string_view kActionColumns =
    "SELECT id, number, title, description, owner_id, owner_name, due_date, status, verification, "
    "verified_by_name, verified_at, closed_at, created_by_name, created_at, updated_at, row_version "
    "FROM service_level_actions ";

constexpr std::string_view kUpdateAction =
    "UPDATE service_level_actions SET status = $2, verification = $3, verified_by_name = $4, verified_at = $5, "
    "closed_at = $6, updated_at = $7, row_version = row_version + 1 WHERE id = $1 AND row_version = $8";

constexpr std::string_view kCountOverdue =
    "SELECT COUNT(*) FROM service_level_actions WHERE status <> 'closed' AND due_date < $1";

Claim claim_of(const db::Row& r) {
  db::Cursor c(r);
  Claim k;
  k.id = c.int64();
  k.number = c.text();
  k.ticket_id = c.opt_int64();
  k.customer_id = c.int64();
  k.contract_id = c.int64();
  k.description = c.text();
  k.evidence = c.text();
  k.claimed_fen = c.int64();
  k.assessment = c.opt_text();
  k.assessed_by_name = c.opt_text();
  k.assessed_at = c.opt_text();
  k.agreed_fen = c.opt_int64();
  k.charge_id = c.opt_int64();
  k.status = c.text();
  k.created_by_name = c.text();
  k.created_at = c.text();
  k.updated_at = c.text();
  k.row_version = c.int32();
  c.finish();
  return k;
}

Result<ImprovementAction> action_of(const db::Row& r) {
  db::Cursor c(r);
  ImprovementAction a;
  a.id = c.int64();
  a.number = c.text();
  a.title = c.text();
  a.description = c.text();
  a.owner_id = c.opt_int64();
  a.owner_name = c.text();
  auto due = parse_date(c.text());
  if (!due) return Error::internal("stored due date is malformed");
  a.due_date = *due;
  a.status = c.text();
  a.verification = c.opt_text();
  a.verified_by_name = c.opt_text();
  a.verified_at = c.opt_text();
  a.closed_at = c.opt_text();
  a.created_by_name = c.text();
  a.created_at = c.text();
  a.updated_at = c.text();
  a.row_version = c.int32();
  c.finish();
  return a;
}

// Fills each action's tickets in one query.
Status fill_tickets(db::Tx& tx, std::vector<ImprovementAction>& actions) {
  if (actions.empty()) return {};
  db::Params params;
  std::vector<std::int64_t> ids;
  for (const auto& a : actions) ids.push_back(a.id);
  const auto in = db::in_list(params, ids);
  COLO_TRY(auto res, tx.query("SELECT action_id, ticket_id FROM service_level_action_tickets WHERE action_id IN (" +
                                  in + ") ORDER BY action_id, ticket_id",
                              params));
  std::map<std::int64_t, ImprovementAction*> by_id;
  for (auto& a : actions) by_id[a.id] = &a;
  for (const auto& row : res.rows) by_id.at(row.int64(0))->ticket_ids.push_back(row.int64(1));
  return {};
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year) {
  COLO_TRY(auto row, tx.one(kBumpNumber, {kind, year}));
  if (row) return row->int64(0);
  COLO_CHECK(tx.exec(kFirstNumber, {kind, year}));
  return std::int64_t{1};
}

Result<std::int64_t> insert_claim(db::Tx& tx, const Claim& c) {
  return tx.insert(kInsertClaim, {c.number, c.ticket_id, c.customer_id, c.contract_id, c.description, c.evidence,
                                  c.claimed_fen, c.status, c.created_by_name, c.created_at});
}

Result<std::optional<Claim>> find_claim(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kClaimColumns) + "WHERE id = $1", {id}));
  if (!row) return std::optional<Claim>{};
  return std::optional<Claim>(claim_of(*row));
}

Result<std::vector<Claim>> claims(db::Tx& tx, std::optional<std::int64_t> customer_id,
                                  const std::optional<std::string>& status) {
  COLO_TRY(auto res, tx.query(std::string(kClaimColumns) + "WHERE (CAST($1 AS BIGINT) IS NULL OR customer_id = $1) AND "
                                                           "(CAST($2 AS TEXT) IS NULL OR status = $2) ORDER BY id DESC",
                              {customer_id, status}));
  std::vector<Claim> out;
  for (const auto& r : res.rows) out.push_back(claim_of(r));
  return out;
}

Result<bool> update_claim(db::Tx& tx, const Claim& c, int row_version) {
  COLO_TRY(auto n, tx.exec(kUpdateClaim, {c.id, c.assessment, c.assessed_by_name, c.assessed_at, c.agreed_fen,
                                          c.charge_id, c.status, c.updated_at, row_version}));
  return n == 1;
}

Result<std::int64_t> insert_action(db::Tx& tx, const ImprovementAction& a) {
  COLO_TRY(auto id, tx.insert(kInsertAction, {a.number, a.title, a.description, a.owner_id, a.owner_name,
                                              format_date(a.due_date), a.status, a.created_by_name, a.created_at}));
  for (auto t : a.ticket_ids) COLO_CHECK(tx.exec(kLinkTicket, {id, t}));
  return id;
}

Result<std::optional<ImprovementAction>> find_action(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kActionColumns) + "WHERE id = $1", {id}));
  if (!row) return std::optional<ImprovementAction>{};
  COLO_TRY(auto a, action_of(*row));
  std::vector<ImprovementAction> one{std::move(a)};
  COLO_CHECK(fill_tickets(tx, one));
  return std::optional<ImprovementAction>(std::move(one.front()));
}

Result<std::vector<ImprovementAction>> actions(db::Tx& tx, std::optional<std::string> due_before) {
  COLO_TRY(auto res, tx.query(std::string(kActionColumns) +
                                  "WHERE CAST($1 AS TEXT) IS NULL OR (status <> 'closed' AND due_date < $1) "
                                  "ORDER BY due_date, id",
                              {due_before}));
  std::vector<ImprovementAction> out;
  for (const auto& r : res.rows) {
    COLO_TRY(auto a, action_of(r));
    out.push_back(std::move(a));
  }
  COLO_CHECK(fill_tickets(tx, out));
  return out;
}

std::string_view action_columns() { return kActionColumns; }
Result<ImprovementAction> action_row(const db::Row& r) { return action_of(r); }
Status action_tickets(db::Tx& tx, std::vector<ImprovementAction>& actions) { return fill_tickets(tx, actions); }

Result<std::int64_t> count_overdue(db::Tx& tx, const std::string& today) {
  COLO_TRY(auto row, tx.one(kCountOverdue, {today}));
  return row ? row->int64(0) : 0;
}

Result<bool> update_action(db::Tx& tx, const ImprovementAction& a, int row_version) {
  COLO_TRY(auto n, tx.exec(kUpdateAction, {a.id, a.status, a.verification, a.verified_by_name, a.verified_at,
                                           a.closed_at, a.updated_at, row_version}));
  return n == 1;
}

}  // namespace colo::servicedesk::levels_store
