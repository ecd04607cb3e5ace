#include "servicedesk/store.hpp"

#include "db/cursor.hpp"
#include "db/list.hpp"

namespace colo::servicedesk {

const db::ListSpec kTicketList{.search = {"t.number", "t.title"},
                               .sorts = {{"number", "t.id"},
                                         {"created_at", "t.created_at"},
                                         {"updated_at", "t.updated_at"},
                                         {"priority", "t.priority"},
                                         {"status", "t.status"},
                                         {"resolution_due_at", "t.resolution_due_at"},
                                         {"response_due_at", "t.response_due_at"}},
                               .default_order = "t.id DESC",
                               .tiebreak = "t.id",
                               .tenant_column = "t.customer_id"};

const db::ListSpec kMaintenanceList{
    .search = {"m.number", "m.title"},
    .sorts = {{"starts_at", "m.starts_at"}, {"number", "m.id"}, {"created_at", "m.created_at"}},
    .default_order = "m.starts_at DESC, m.id DESC",
    .tiebreak = "m.id"};

namespace store {

namespace {

constexpr std::string_view kMaintenanceColumns =
    "SELECT m.id, m.number, m.title, m.description, m.starts_at, m.ends_at, m.emergency, m.emergency_reason, m.status, "
    "m.announced_at, m.created_by_name, m.created_at, m.updated_at FROM servicedesk_maintenance m";
constexpr std::string_view kInsertMaintenance =
    "INSERT INTO servicedesk_maintenance (number, title, description, starts_at, ends_at, emergency, emergency_reason, "
    "status, announced_at, created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
    "$11, $12) RETURNING id";
constexpr std::string_view kInsertMaintenanceObject =
    "INSERT INTO servicedesk_maintenance_objects (maintenance_id, kind, ref_id, customer_id, label) "
    "VALUES ($1, $2, $3, $4, $5)";
constexpr std::string_view kInsertMaintenanceCustomer =
    "INSERT INTO servicedesk_maintenance_customers (maintenance_id, customer_id, notified_at) VALUES ($1, $2, $3)";
constexpr std::string_view kSetMaintenanceStatus =
    "UPDATE servicedesk_maintenance SET status = $2, updated_at = $3 WHERE id = $1";
constexpr std::string_view kMaintenanceObjects =
    "SELECT kind, ref_id, label FROM servicedesk_maintenance_objects WHERE maintenance_id = $1 ORDER BY kind, ref_id";
constexpr std::string_view kMaintenanceObjectsOf =
    "SELECT kind, ref_id, label FROM servicedesk_maintenance_objects WHERE maintenance_id = $1 AND customer_id = $2 "
    "ORDER BY kind, ref_id";
constexpr std::string_view kMaintenanceCustomers =
    "SELECT customer_id FROM servicedesk_maintenance_customers WHERE maintenance_id = $1 ORDER BY customer_id";
constexpr std::string_view kMaintenanceForCustomer =
    "EXISTS (SELECT 1 FROM servicedesk_maintenance_customers c WHERE c.maintenance_id = m.id AND c.customer_id = ?)";
constexpr std::string_view kWindowsOf =
    "SELECT m.id, m.starts_at, m.ends_at, m.emergency, c.customer_id FROM servicedesk_maintenance m JOIN "
    "servicedesk_maintenance_customers c ON c.maintenance_id = m.id WHERE m.status <> 'cancelled' AND m.starts_at < "
    "$2 AND m.ends_at > $1 AND c.customer_id IN (";

constexpr std::string_view kWindows =
    "SELECT m.id, m.starts_at, m.ends_at, m.emergency FROM servicedesk_maintenance m JOIN "
    "servicedesk_maintenance_customers c ON c.maintenance_id = m.id WHERE c.customer_id = $1 AND m.status <> "
    "'cancelled' AND m.starts_at < $3 AND m.ends_at > $2 ORDER BY m.starts_at, m.id";

Maintenance maintenance_of(const db::Row& r) {
  db::Cursor c(r);
  Maintenance m;
  m.id = c.int64();
  m.number = c.text();
  m.title = c.text();
  m.description = c.text();
  m.starts_at = c.text();
  m.ends_at = c.text();
  m.emergency = c.int64() != 0;
  m.emergency_reason = c.opt_text();
  m.status = c.text();
  m.announced_at = c.text();
  m.created_by_name = c.text();
  m.created_at = c.text();
  m.updated_at = c.text();
  c.finish();
  return m;
}

// The data version every ticket write bumps, so that cached queue counts go stale at once.
constexpr std::string_view kScope = "servicedesk.tickets";

constexpr std::string_view kTicketColumns =
    "SELECT t.id, t.number, t.type, t.category, t.customer_id, t.contract_id, t.title, t.description, t.impact, "
    "t.urgency, t.priority, t.status, t.group_name, t.assignee_id, t.assignee_name, t.channel, t.alert_id, "
    "t.raised_by_name, t.calendar, t.response_target_minutes, t.resolution_target_minutes, t.response_due_at, "
    "t.resolution_due_at, t.first_response_at, t.paused_since, t.resolved_at, t.closed_at, t.reopen_count, "
    "t.response_stage, t.resolution_stage, t.breached, t.escalated_at, t.complaint_state, t.answer_due, "
    "t.dispute_flag, t.satisfaction, t.satisfaction_comment, t.row_version, t.created_at, t.updated_at "
    "FROM servicedesk_tickets t";

constexpr std::string_view kInsertTicket =
    "INSERT INTO servicedesk_tickets (number, type, category, customer_id, contract_id, title, description, impact, "
    "urgency, priority, status, group_name, assignee_id, assignee_name, channel, alert_id, raised_by, raised_by_name, "
    "calendar, response_target_minutes, resolution_target_minutes, response_due_at, resolution_due_at, "
    "complaint_state, answer_due, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
    "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27) RETURNING id";

constexpr std::string_view kUpdateTicket =
    "UPDATE servicedesk_tickets SET impact = $2, urgency = $3, priority = $4, status = $5, group_name = $6, "
    "assignee_id = $7, assignee_name = $8, response_target_minutes = $9, resolution_target_minutes = $10, "
    "response_due_at = $11, resolution_due_at = $12, first_response_at = $13, paused_since = $14, resolved_at = $15, "
    "closed_at = $16, reopen_count = $17, response_stage = $18, resolution_stage = $19, breached = $20, "
    "escalated_at = $21, complaint_state = $22, answer_due = $23, dispute_flag = $24, satisfaction = $25, "
    "satisfaction_comment = $26, updated_at = $27, row_version = row_version + 1 WHERE id = $1";

constexpr std::string_view kLockTicket = "UPDATE servicedesk_tickets SET row_version = row_version WHERE id = $1";

constexpr std::string_view kNextNumber =
    "INSERT INTO servicedesk_numbers (kind, year, last_value) VALUES ($1, $2, 1) ON CONFLICT (kind, year) DO UPDATE "
    "SET last_value = servicedesk_numbers.last_value + 1 RETURNING last_value";

constexpr std::string_view kInsertObject =
    "INSERT INTO servicedesk_ticket_objects (ticket_id, customer_id, kind, ref_id, label) VALUES ($1, $2, $3, $4, $5)";
constexpr std::string_view kObjects =
    "SELECT kind, ref_id, label FROM servicedesk_ticket_objects WHERE ticket_id = $1 ORDER BY kind, ref_id";

constexpr std::string_view kInsertComment =
    "INSERT INTO servicedesk_comments (ticket_id, customer_id, internal, body, author_id, author_name, by_customer, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kComments =
    "SELECT id, ticket_id, internal, body, author_name, by_customer, created_at FROM servicedesk_comments "
    "WHERE ticket_id = $1 AND (internal = 0 OR $2 = 1) ORDER BY id";

constexpr std::string_view kInsertEvent =
    "INSERT INTO servicedesk_events (ticket_id, customer_id, internal, key, params, actor_name, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr std::string_view kEvents =
    "SELECT id, ticket_id, internal, key, params, actor_name, created_at FROM servicedesk_events "
    "WHERE ticket_id = $1 AND (internal = 0 OR $2 = 1) ORDER BY id";

constexpr std::string_view kInsertAttachment =
    "INSERT INTO servicedesk_attachments (ticket_id, customer_id, comment_id, internal, file_name, content_type, size, "
    "hash, uploaded_by_name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
constexpr std::string_view kAttachmentColumns =
    "SELECT id, ticket_id, comment_id, internal, file_name, content_type, size, hash, uploaded_by_name, created_at "
    "FROM servicedesk_attachments";

constexpr std::string_view kOpenPause = "INSERT INTO servicedesk_pauses (ticket_id, started_at) VALUES ($1, $2)";
constexpr std::string_view kClosePause =
    "UPDATE servicedesk_pauses SET ended_at = $2 WHERE ticket_id = $1 AND ended_at IS NULL";
constexpr std::string_view kPauses =
    "SELECT started_at, ended_at FROM servicedesk_pauses WHERE ticket_id = $1 ORDER BY started_at";

constexpr std::string_view kCalendarDays = "SELECT day, kind FROM servicedesk_calendar_days";
constexpr std::string_view kDeleteCalendarYear = "DELETE FROM servicedesk_calendar_days WHERE day >= $1 AND day <= $2";
constexpr std::string_view kInsertCalendarDay =
    "INSERT INTO servicedesk_calendar_days (day, kind, name, loaded_at) VALUES ($1, $2, $3, $4)";

constexpr std::string_view kTargets =
    "SELECT calendar, response_p1, response_p2, response_p3, response_p4, resolution_p1, resolution_p2, "
    "resolution_p3, resolution_p4 FROM servicedesk_contract_targets WHERE contract_id = $1";
constexpr std::string_view kSaveTargets =
    "INSERT INTO servicedesk_contract_targets (contract_id, customer_id, calendar, response_p1, response_p2, "
    "response_p3, response_p4, resolution_p1, resolution_p2, resolution_p3, resolution_p4, updated_by_name, "
    "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (contract_id) DO UPDATE "
    "SET calendar = excluded.calendar, response_p1 = excluded.response_p1, response_p2 = excluded.response_p2, "
    "response_p3 = excluded.response_p3, response_p4 = excluded.response_p4, resolution_p1 = excluded.resolution_p1, "
    "resolution_p2 = excluded.resolution_p2, resolution_p3 = excluded.resolution_p3, "
    "resolution_p4 = excluded.resolution_p4, updated_by_name = excluded.updated_by_name, "
    "updated_at = excluded.updated_at";

constexpr std::string_view kInsertAnswer =
    "INSERT INTO servicedesk_complaint_answers (ticket_id, customer_id, body, answered_by_name, answered_at) "
    "VALUES ($1, $2, $3, $4, $5) RETURNING id";
constexpr std::string_view kAnswers =
    "SELECT id, ticket_id, body, answered_by_name, answered_at, verdict, verdict_comment, verdict_at "
    "FROM servicedesk_complaint_answers WHERE ticket_id = $1 ORDER BY id";
constexpr std::string_view kSetVerdict =
    "UPDATE servicedesk_complaint_answers SET verdict = $2, verdict_comment = $3, verdict_at = $4 WHERE id = $1";

constexpr std::string_view kOpenForSla =
    " WHERE t.status IN ('new', 'assigned', 'in_progress') AND (t.response_stage < 3 OR t.resolution_stage < 3) "
    "ORDER BY t.id";

constexpr std::string_view kBreachedSince =
    "SELECT COUNT(DISTINCT ticket_id) FROM servicedesk_events WHERE key IN ('servicedesk.timeline.response_breached', "
    "'servicedesk.timeline.resolution_breached') AND created_at >= $1";
constexpr std::string_view kOpenComplaints =
    "SELECT COUNT(*) FROM servicedesk_tickets WHERE type = 'complaint' AND status <> 'closed' AND "
    "(complaint_state IS NULL OR complaint_state IN ('acknowledged', 'disputed'))";

Ticket ticket_of(const db::Row& r) {
  db::Cursor c(r);
  Ticket t;
  t.id = c.int64();
  t.number = c.text();
  t.type = c.text();
  t.category = c.opt_text();
  t.customer_id = c.int64();
  t.contract_id = c.opt_int64();
  t.title = c.text();
  t.description = c.text();
  t.impact = c.int32();
  t.urgency = c.int32();
  t.priority = c.text();
  t.status = c.text();
  t.group = c.text();
  t.assignee_id = c.opt_int64();
  t.assignee_name = c.opt_text();
  t.channel = c.text();
  t.alert_id = c.opt_text();
  t.raised_by_name = c.text();
  t.calendar = c.text();
  t.response_target_minutes = c.int32();
  t.resolution_target_minutes = c.int32();
  t.response_due_at = c.text();
  t.resolution_due_at = c.text();
  t.first_response_at = c.opt_text();
  t.paused_since = c.opt_text();
  t.resolved_at = c.opt_text();
  t.closed_at = c.opt_text();
  t.reopen_count = c.int32();
  t.response_stage = c.int32();
  t.resolution_stage = c.int32();
  t.breached = c.int64() != 0;
  t.escalated_at = c.opt_text();
  t.complaint_state = c.opt_text();
  t.answer_due = c.opt_text();
  t.dispute_flag = c.int64() != 0;
  auto sat = c.opt_int64();
  if (sat) t.satisfaction = static_cast<int>(*sat);
  t.satisfaction_comment = c.opt_text();
  t.row_version = c.int32();
  t.created_at = c.text();
  t.updated_at = c.text();
  c.finish();
  return t;
}

db::Value opt(const std::optional<std::string>& s) { return s ? db::Value(*s) : db::Value(nullptr); }
db::Value opt(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::Value(nullptr); }

Status fill_objects(db::Tx& tx, Ticket& t) {
  COLO_TRY(auto res, tx.query(kObjects, {t.id}));
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    TicketObject o;
    o.kind = c.text();
    o.ref_id = c.int64();
    o.label = c.text();
    c.finish();
    t.objects.push_back(std::move(o));
  }
  return {};
}

Result<std::optional<Ticket>> find_where(db::Tx& tx, std::string_view where, const db::Value& key) {
  COLO_TRY(auto row, tx.one(std::string(kTicketColumns) + std::string(where), {key}));
  if (!row) return std::optional<Ticket>{};
  Ticket t = ticket_of(*row);
  COLO_CHECK(fill_objects(tx, t));
  return std::optional<Ticket>(std::move(t));
}

Attachment attachment_of(const db::Row& r) {
  db::Cursor c(r);
  Attachment a;
  a.id = c.int64();
  a.ticket_id = c.int64();
  a.comment_id = c.opt_int64();
  a.internal = c.int64() != 0;
  a.file_name = c.text();
  a.content_type = c.text();
  a.size = c.int64();
  a.hash = c.text();
  a.uploaded_by_name = c.text();
  a.created_at = c.text();
  c.finish();
  return a;
}

}  // namespace

Result<std::int64_t> next_number(db::Tx& tx, const std::string& kind, int year) {
  COLO_TRY(auto row, tx.one(kNextNumber, {kind, static_cast<std::int64_t>(year)}));
  if (!row) return Error::internal("servicedesk_numbers: no value returned");
  return row->int64(0);
}

Result<std::int64_t> insert_ticket(db::Tx& tx, const Ticket& t) {
  COLO_CHECK(db::bump_data_version(tx, kScope));
  return tx.insert(kInsertTicket, {t.number,
                                   t.type,
                                   opt(t.category),
                                   t.customer_id,
                                   opt(t.contract_id),
                                   t.title,
                                   t.description,
                                   static_cast<std::int64_t>(t.impact),
                                   static_cast<std::int64_t>(t.urgency),
                                   t.priority,
                                   t.status,
                                   t.group,
                                   opt(t.assignee_id),
                                   opt(t.assignee_name),
                                   t.channel,
                                   opt(t.alert_id),
                                   nullptr,
                                   t.raised_by_name,
                                   t.calendar,
                                   static_cast<std::int64_t>(t.response_target_minutes),
                                   static_cast<std::int64_t>(t.resolution_target_minutes),
                                   t.response_due_at,
                                   t.resolution_due_at,
                                   opt(t.complaint_state),
                                   opt(t.answer_due),
                                   t.created_at,
                                   t.updated_at});
}

Status update_ticket(db::Tx& tx, const Ticket& t) {
  std::optional<std::int64_t> sat;
  if (t.satisfaction) sat = *t.satisfaction;
  COLO_CHECK(db::bump_data_version(tx, kScope));
  COLO_CHECK(tx.exec(kUpdateTicket, {t.id,
                                     static_cast<std::int64_t>(t.impact),
                                     static_cast<std::int64_t>(t.urgency),
                                     t.priority,
                                     t.status,
                                     t.group,
                                     opt(t.assignee_id),
                                     opt(t.assignee_name),
                                     static_cast<std::int64_t>(t.response_target_minutes),
                                     static_cast<std::int64_t>(t.resolution_target_minutes),
                                     t.response_due_at,
                                     t.resolution_due_at,
                                     opt(t.first_response_at),
                                     opt(t.paused_since),
                                     opt(t.resolved_at),
                                     opt(t.closed_at),
                                     static_cast<std::int64_t>(t.reopen_count),
                                     static_cast<std::int64_t>(t.response_stage),
                                     static_cast<std::int64_t>(t.resolution_stage),
                                     static_cast<std::int64_t>(t.breached ? 1 : 0),
                                     opt(t.escalated_at),
                                     opt(t.complaint_state),
                                     opt(t.answer_due),
                                     static_cast<std::int64_t>(t.dispute_flag ? 1 : 0),
                                     opt(sat),
                                     opt(t.satisfaction_comment),
                                     t.updated_at}));
  return {};
}

Status lock_ticket(db::Tx& tx, std::int64_t id) {
  COLO_CHECK(tx.exec(kLockTicket, {id}));
  return {};
}

Result<std::optional<Ticket>> find(db::Tx& tx, std::int64_t id) { return find_where(tx, " WHERE t.id = $1", id); }

Result<std::optional<Ticket>> find_by_alert(db::Tx& tx, const std::string& alert_id) {
  return find_where(tx, " WHERE t.alert_id = $1", alert_id);
}

Result<std::optional<Ticket>> find_by_number(db::Tx& tx, const std::string& number) {
  return find_where(tx, " WHERE t.number = $1", number);
}

Result<db::Counted<Ticket>> list(db::Tx& tx, db::CountCache& counts, const Context& ctx, const TicketFilter& f) {
  db::ListSql sql(kTicketList);
  sql.tenant(ctx);
  if (f.status) sql.add("t.status = ?", *f.status);
  if (f.type) sql.add("t.type = ?", *f.type);
  if (f.priority) sql.add("t.priority = ?", *f.priority);
  if (f.group) sql.add("t.group_name = ?", *f.group);
  if (f.assignee_id) sql.add("t.assignee_id = ?", *f.assignee_id);
  if (f.customer_id) sql.add("t.customer_id = ?", *f.customer_id);
  if (f.breached) sql.add("t.breached = ?", static_cast<std::int64_t>(*f.breached ? 1 : 0));
  if (f.due_before) sql.add("t.resolution_due_at < ?", *f.due_before);
  if (f.open_only) sql.raw("t.status NOT IN ('resolved', 'closed')");
  sql.search(f.q);
  COLO_TRY(auto order, db::order_by(kTicketList, f.sort));
  COLO_TRY(auto count,
           counts.count(tx, kScope, "SELECT COUNT(*) FROM servicedesk_tickets t" + sql.where(), sql.params()));
  COLO_TRY(auto rows, db::read_page<Ticket>(tx, std::string(kTicketColumns) + sql.where() + order, sql.params(),
                                            f.limit, f.offset, ticket_of));
  return db::Counted<Ticket>{count, std::move(rows)};
}

Result<std::vector<Ticket>> open_for_sla(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(std::string(kTicketColumns) + std::string(kOpenForSla)));
  std::vector<Ticket> out;
  for (const auto& row : res.rows) out.push_back(ticket_of(row));
  return out;
}

Status insert_object(db::Tx& tx, std::int64_t ticket_id, std::int64_t customer_id, const TicketObject& o) {
  COLO_CHECK(tx.exec(kInsertObject, {ticket_id, customer_id, o.kind, o.ref_id, o.label}));
  return {};
}

Result<std::int64_t> insert_comment(db::Tx& tx, std::int64_t customer_id, const Comment& c) {
  return tx.insert(kInsertComment,
                   {c.ticket_id, customer_id, static_cast<std::int64_t>(c.internal ? 1 : 0), c.body, nullptr,
                    c.author_name, static_cast<std::int64_t>(c.by_customer ? 1 : 0), c.created_at});
}

Result<std::vector<Comment>> comments(db::Tx& tx, std::int64_t ticket_id, bool with_internal) {
  COLO_TRY(auto res, tx.query(kComments, {ticket_id, static_cast<std::int64_t>(with_internal ? 1 : 0)}));
  std::vector<Comment> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    Comment m;
    m.id = c.int64();
    m.ticket_id = c.int64();
    m.internal = c.int64() != 0;
    m.body = c.text();
    m.author_name = c.text();
    m.by_customer = c.int64() != 0;
    m.created_at = c.text();
    c.finish();
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::int64_t> insert_event(db::Tx& tx, std::int64_t customer_id, const Event& e) {
  return tx.insert(kInsertEvent, {e.ticket_id, customer_id, static_cast<std::int64_t>(e.internal ? 1 : 0), e.key,
                                  e.params, e.actor_name, e.created_at});
}

Result<std::vector<Event>> events(db::Tx& tx, std::int64_t ticket_id, bool with_internal) {
  COLO_TRY(auto res, tx.query(kEvents, {ticket_id, static_cast<std::int64_t>(with_internal ? 1 : 0)}));
  std::vector<Event> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    Event e;
    e.id = c.int64();
    e.ticket_id = c.int64();
    e.internal = c.int64() != 0;
    e.key = c.text();
    e.params = c.text();
    e.actor_name = c.text();
    e.created_at = c.text();
    c.finish();
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::int64_t> insert_attachment(db::Tx& tx, std::int64_t customer_id, const Attachment& a) {
  return tx.insert(kInsertAttachment,
                   {a.ticket_id, customer_id, opt(a.comment_id), static_cast<std::int64_t>(a.internal ? 1 : 0),
                    a.file_name, a.content_type, a.size, a.hash, a.uploaded_by_name, a.created_at});
}

Result<std::vector<Attachment>> attachments(db::Tx& tx, std::int64_t ticket_id, bool with_internal) {
  COLO_TRY(auto res, tx.query(std::string(kAttachmentColumns) + " WHERE ticket_id = $1 AND (internal = 0 OR $2 = 1) "
                                                                "ORDER BY id",
                              {ticket_id, static_cast<std::int64_t>(with_internal ? 1 : 0)}));
  std::vector<Attachment> out;
  for (const auto& row : res.rows) out.push_back(attachment_of(row));
  return out;
}

Result<std::optional<Attachment>> find_attachment(db::Tx& tx, std::int64_t ticket_id, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kAttachmentColumns) + " WHERE ticket_id = $1 AND id = $2", {ticket_id, id}));
  if (!row) return std::optional<Attachment>{};
  return std::optional<Attachment>(attachment_of(*row));
}

Status open_pause(db::Tx& tx, std::int64_t ticket_id, const std::string& at) {
  COLO_CHECK(tx.exec(kOpenPause, {ticket_id, at}));
  return {};
}

Status close_pause(db::Tx& tx, std::int64_t ticket_id, const std::string& at) {
  COLO_CHECK(tx.exec(kClosePause, {ticket_id, at}));
  return {};
}

Result<std::vector<Interval>> pauses(db::Tx& tx, std::int64_t ticket_id, Instant now) {
  COLO_TRY(auto res, tx.query(kPauses, {ticket_id}));
  std::vector<Interval> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    auto from = parse_instant(c.text());
    auto to_text = c.opt_text();
    c.finish();
    if (!from) return Error::internal("stored pause start is malformed");
    Instant to = now;
    if (to_text) {
      auto t = parse_instant(*to_text);
      if (!t) return Error::internal("stored pause end is malformed");
      to = *t;
    }
    out.push_back({*from, to});
  }
  return out;
}

Result<std::map<Date, DayKind>> calendar_days(db::Tx& tx) {
  COLO_TRY(auto res, tx.query(kCalendarDays));
  std::map<Date, DayKind> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    auto d = parse_date(c.text());
    auto kind = c.text();
    c.finish();
    if (!d) return Error::internal("stored calendar day is malformed");
    out[*d] = kind == "workday" ? DayKind::workday : DayKind::holiday;
  }
  return out;
}

Status replace_calendar_year(db::Tx& tx, int year,
                             const std::vector<std::pair<Date, std::pair<DayKind, std::string>>>& days,
                             const std::string& at) {
  const std::string y = std::to_string(year);
  COLO_CHECK(tx.exec(kDeleteCalendarYear, {y + "-01-01", y + "-12-31"}));
  for (const auto& [day, what] : days)
    COLO_CHECK(tx.exec(
        kInsertCalendarDay,
        {format_date(day), std::string(what.first == DayKind::workday ? "workday" : "holiday"), what.second, at}));
  return {};
}

Result<std::optional<Targets>> targets(db::Tx& tx, std::int64_t contract_id) {
  COLO_TRY(auto row, tx.one(kTargets, {contract_id}));
  if (!row) return std::optional<Targets>{};
  db::Cursor c(*row);
  Targets t;
  t.calendar = c.text();
  for (int i = 0; i < 4; ++i) t.response_minutes[i] = c.int32();
  for (int i = 0; i < 4; ++i) t.resolution_minutes[i] = c.int32();
  c.finish();
  return std::optional<Targets>(t);
}

Status save_targets(db::Tx& tx, std::int64_t contract_id, std::int64_t customer_id, const Targets& t,
                    const std::string& by, const std::string& at) {
  db::Params p{contract_id, customer_id, t.calendar};
  for (int m : t.response_minutes) p.push_back(static_cast<std::int64_t>(m));
  for (int m : t.resolution_minutes) p.push_back(static_cast<std::int64_t>(m));
  p.push_back(by);
  p.push_back(at);
  COLO_CHECK(tx.exec(kSaveTargets, p));
  return {};
}

Result<std::int64_t> insert_answer(db::Tx& tx, std::int64_t customer_id, const ComplaintAnswer& a) {
  return tx.insert(kInsertAnswer, {a.ticket_id, customer_id, a.body, a.answered_by_name, a.answered_at});
}

Result<std::vector<ComplaintAnswer>> answers(db::Tx& tx, std::int64_t ticket_id) {
  COLO_TRY(auto res, tx.query(kAnswers, {ticket_id}));
  std::vector<ComplaintAnswer> out;
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    ComplaintAnswer a;
    a.id = c.int64();
    a.ticket_id = c.int64();
    a.body = c.text();
    a.answered_by_name = c.text();
    a.answered_at = c.text();
    a.verdict = c.opt_text();
    a.verdict_comment = c.opt_text();
    a.verdict_at = c.opt_text();
    c.finish();
    out.push_back(std::move(a));
  }
  return out;
}

Status set_verdict(db::Tx& tx, std::int64_t answer_id, const std::string& verdict, const std::string& comment,
                   const std::string& at) {
  COLO_CHECK(tx.exec(kSetVerdict, {answer_id, verdict, comment, at}));
  return {};
}

Result<std::int64_t> count_breached_since(db::Tx& tx, const std::string& since) {
  COLO_TRY(auto row, tx.one(kBreachedSince, {since}));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> count_open_complaints(db::Tx& tx) {
  COLO_TRY(auto row, tx.one(kOpenComplaints));
  return row ? row->int64(0) : 0;
}

Result<std::int64_t> insert_maintenance(db::Tx& tx, const Maintenance& m) {
  return tx.insert(kInsertMaintenance,
                   {m.number, m.title, m.description, m.starts_at, m.ends_at, m.emergency, m.emergency_reason, m.status,
                    m.announced_at, m.created_by_name, m.created_at, m.updated_at});
}

Status insert_maintenance_object(db::Tx& tx, std::int64_t maintenance_id, const TicketObject& o,
                                 std::optional<std::int64_t> customer_id) {
  COLO_CHECK(tx.exec(kInsertMaintenanceObject, {maintenance_id, o.kind, o.ref_id, customer_id, o.label}));
  return {};
}

Status insert_maintenance_customer(db::Tx& tx, std::int64_t maintenance_id, std::int64_t customer_id,
                                   const std::string& notified_at) {
  COLO_CHECK(tx.exec(kInsertMaintenanceCustomer, {maintenance_id, customer_id, notified_at}));
  return {};
}

Status set_maintenance_status(db::Tx& tx, std::int64_t id, const std::string& status, const std::string& at) {
  COLO_CHECK(tx.exec(kSetMaintenanceStatus, {id, status, at}));
  return {};
}

Result<std::optional<Maintenance>> find_maintenance(db::Tx& tx, std::int64_t id) {
  COLO_TRY(auto row, tx.one(std::string(kMaintenanceColumns) + " WHERE m.id = $1", {id}));
  if (!row) return std::optional<Maintenance>{};
  Maintenance m = maintenance_of(*row);
  COLO_TRY(auto objs, tx.query(kMaintenanceObjects, {id}));
  for (const auto& r : objs.rows) {
    db::Cursor c(r);
    TicketObject o;
    o.kind = c.text();
    o.ref_id = c.int64();
    o.label = c.text();
    c.finish();
    m.objects.push_back(std::move(o));
  }
  COLO_TRY(auto custs, tx.query(kMaintenanceCustomers, {id}));
  for (const auto& r : custs.rows) m.customer_ids.push_back(r.int64(0));
  return std::optional<Maintenance>(std::move(m));
}

Result<std::vector<TicketObject>> maintenance_objects_of(db::Tx& tx, std::int64_t maintenance_id,
                                                         std::int64_t customer_id) {
  COLO_TRY(auto res, tx.query(kMaintenanceObjectsOf, {maintenance_id, customer_id}));
  std::vector<TicketObject> out;
  for (const auto& r : res.rows) {
    db::Cursor c(r);
    TicketObject o;
    o.kind = c.text();
    o.ref_id = c.int64();
    o.label = c.text();
    c.finish();
    out.push_back(std::move(o));
  }
  return out;
}

Result<db::Counted<Maintenance>> list_maintenance(db::Tx& tx, const Context& ctx, const MaintenanceFilter& f) {
  db::ListSql sql(kMaintenanceList);
  if (auto t = ctx.tenant()) sql.add(kMaintenanceForCustomer, *t);
  if (f.status) sql.add("m.status = ?", *f.status);
  if (f.ends_after) sql.add("m.ends_at > ?", *f.ends_after);
  sql.search(f.q);
  return db::list_page<Maintenance>(tx, sql, "SELECT COUNT(*) FROM servicedesk_maintenance m", kMaintenanceColumns,
                                    f.sort, f.limit, f.offset, maintenance_of);
}

namespace {
Result<std::vector<MaintenanceWindow>> windows_of(const db::QueryResult& res, bool with_customer) {
  std::vector<MaintenanceWindow> out;
  out.reserve(res.rows.size());
  for (const auto& row : res.rows) {
    db::Cursor c(row);
    MaintenanceWindow w;
    w.maintenance_id = c.int64();
    auto s = parse_instant(c.text());
    auto e = parse_instant(c.text());
    w.emergency = c.int64() != 0;
    if (with_customer) w.customer_id = c.int64();
    c.finish();
    if (!s || !e) return Error::internal("stored maintenance window is malformed");
    w.starts_at = *s;
    w.ends_at = *e;
    out.push_back(w);
  }
  return out;
}
}  // namespace

Result<std::vector<MaintenanceWindow>> maintenance_windows(db::Tx& tx, std::int64_t customer_id, Instant from,
                                                           Instant to) {
  COLO_TRY(auto res, tx.query(kWindows, {customer_id, format_instant(from), format_instant(to)}));
  COLO_TRY(auto out, windows_of(res, false));
  for (auto& w : out) w.customer_id = customer_id;
  return out;
}

Result<std::vector<MaintenanceWindow>> maintenance_windows_of(db::Tx& tx, const std::vector<std::int64_t>& customers,
                                                              Instant from, Instant to) {
  if (customers.empty()) return std::vector<MaintenanceWindow>{};
  db::Params p{format_instant(from), format_instant(to)};
  std::string sql(kWindowsOf);
  sql += db::in_list(p, customers);
  sql += ") ORDER BY c.customer_id, m.starts_at, m.id";
  COLO_TRY(auto res, tx.query(sql, p));
  return windows_of(res, true);
}

}  // namespace store
}  // namespace colo::servicedesk
