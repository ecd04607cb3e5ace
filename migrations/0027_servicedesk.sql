-- The service desk (R7, R2.1): tickets (故障, 服务请求, 投诉, 咨询) with their comments, internal
-- notes, attachments and timeline; SLA clocks counted in a contract's calendar with pauses,
-- warnings and escalations; complaint answers (R7.2.2); scheduled and emergency maintenance with
-- the customers it was announced to. Instants are UTC text; days are business-zone dates.

-- Gap-free ticket numbers per year (TK-2026-000001), incremented in the ticket's own transaction.
CREATE TABLE servicedesk_numbers (
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (kind, year)
);

-- Chinese working days are Monday to Friday except the official public holidays, plus the make-up
-- working days (调休) on weekends. Both exceptions are loaded per year as data from the State
-- Council's notice; a day absent here follows the weekday rule.
CREATE TABLE servicedesk_calendar_days (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL DEFAULT '',
  loaded_at TEXT NOT NULL
);

-- A contract's service-desk terms: its calendar and targets per priority in minutes. A contract
-- without a row uses 7x24, response = its sla_response_minutes scaled per priority, and the
-- configured resolution table.
CREATE TABLE servicedesk_contract_targets (
  contract_id BIGINT PRIMARY KEY REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  calendar TEXT NOT NULL CHECK (calendar IN ('7x24', 'working_hours')),
  response_p1 INTEGER NOT NULL CHECK (response_p1 > 0),
  response_p2 INTEGER NOT NULL CHECK (response_p2 > 0),
  response_p3 INTEGER NOT NULL CHECK (response_p3 > 0),
  response_p4 INTEGER NOT NULL CHECK (response_p4 > 0),
  resolution_p1 INTEGER NOT NULL CHECK (resolution_p1 > 0),
  resolution_p2 INTEGER NOT NULL CHECK (resolution_p2 > 0),
  resolution_p3 INTEGER NOT NULL CHECK (resolution_p3 > 0),
  resolution_p4 INTEGER NOT NULL CHECK (resolution_p4 > 0),
  updated_by_name TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE servicedesk_tickets (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('incident', 'service_request', 'complaint', 'consultation', 'compensation')),
  -- service requests: remote_hands | cabling | equipment_in | equipment_out | reboot | installation
  category TEXT,
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT REFERENCES contracts (id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
  urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
  priority TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  status TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'in_progress', 'waiting_for_customer', 'resolved',
                                         'closed')),
  group_name TEXT NOT NULL CHECK (group_name IN ('operations', 'technical', 'business', 'finance')),
  assignee_id BIGINT REFERENCES users (id),
  assignee_name TEXT,
  channel TEXT NOT NULL CHECK (channel IN ('portal', 'staff', 'email', 'alert')),
  alert_id TEXT UNIQUE,
  raised_by BIGINT,
  raised_by_name TEXT NOT NULL,
  -- SLA: the calendar and targets fixed when the ticket was raised (or its priority changed), the
  -- business minutes spent while paused, and the moments each clock stopped.
  calendar TEXT NOT NULL CHECK (calendar IN ('7x24', 'working_hours')),
  response_target_minutes INTEGER NOT NULL,
  resolution_target_minutes INTEGER NOT NULL,
  response_due_at TEXT NOT NULL,
  resolution_due_at TEXT NOT NULL,
  first_response_at TEXT,
  paused_since TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  reopen_count INTEGER NOT NULL DEFAULT 0,
  -- escalation steps already taken, so that the periodic job is idempotent:
  -- 0 none, 1 warned, 2 breached and escalated to the group lead, 3 escalated to management
  response_stage INTEGER NOT NULL DEFAULT 0,
  resolution_stage INTEGER NOT NULL DEFAULT 0,
  breached INTEGER NOT NULL DEFAULT 0,
  escalated_at TEXT,
  -- complaints (R7.2.2): acknowledged at once, answered by answer_due; the customer's verdict
  complaint_state TEXT CHECK (complaint_state IN ('acknowledged', 'answered', 'accepted', 'disputed')),
  answer_due TEXT,
  dispute_flag INTEGER NOT NULL DEFAULT 0,
  satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  satisfaction_comment TEXT,
  row_version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The agent queue filters by status, priority, group, assignee and customer and sorts by due time
-- or number; the SLA job scans open tickets by due time.
CREATE INDEX servicedesk_tickets_customer ON servicedesk_tickets (customer_id, id);
CREATE INDEX servicedesk_tickets_status_due ON servicedesk_tickets (status, resolution_due_at, id);
CREATE INDEX servicedesk_tickets_status_priority ON servicedesk_tickets (status, priority, id);
CREATE INDEX servicedesk_tickets_group_status ON servicedesk_tickets (group_name, status, id);
-- The agent's default view: one group's tickets in one status by due time, read in index order.
CREATE INDEX servicedesk_tickets_queue ON servicedesk_tickets (group_name, status, resolution_due_at, id);
CREATE INDEX servicedesk_tickets_assignee ON servicedesk_tickets (assignee_id, status, id);
CREATE INDEX servicedesk_tickets_contract ON servicedesk_tickets (contract_id, created_at);
CREATE INDEX servicedesk_tickets_type_created ON servicedesk_tickets (type, created_at);
CREATE INDEX servicedesk_tickets_breached ON servicedesk_tickets (breached, status, id);
-- Every ticket write bumps this, so the agent queue's cached counts go stale at once.
INSERT INTO data_versions (scope, version) VALUES ('servicedesk.tickets', 0);

-- The devices and racks a ticket concerns (a customer names only its own).
CREATE TABLE servicedesk_ticket_objects (
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  kind TEXT NOT NULL CHECK (kind IN ('device', 'rack')),
  ref_id BIGINT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (ticket_id, kind, ref_id)
);

-- Clock pauses while waiting for the customer: ended_at NULL while the pause lasts.
CREATE TABLE servicedesk_pauses (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  started_at TEXT NOT NULL,
  ended_at TEXT
);
CREATE INDEX servicedesk_pauses_ticket ON servicedesk_pauses (ticket_id, started_at);

-- Public comments (the customer sees them) and internal notes (staff only, never answered to a
-- customer in any list, detail, timeline, search or export).
CREATE TABLE servicedesk_comments (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  body TEXT NOT NULL,
  author_id BIGINT,
  author_name TEXT NOT NULL,
  by_customer INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX servicedesk_comments_ticket ON servicedesk_comments (ticket_id, id);

-- Files stored by content hash under [storage] files, like a contract's scan.
CREATE TABLE servicedesk_attachments (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  comment_id BIGINT REFERENCES servicedesk_comments (id),
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  hash TEXT NOT NULL,
  uploaded_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX servicedesk_attachments_ticket ON servicedesk_attachments (ticket_id, id);

-- The ticket's timeline: every status change, pause, warning, breach and escalation, by message
-- key and parameters (JSON), rendered in the reader's language. Internal steps are staff only.
CREATE TABLE servicedesk_events (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  key TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  actor_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX servicedesk_events_ticket ON servicedesk_events (ticket_id, id);
CREATE INDEX servicedesk_events_key ON servicedesk_events (key, created_at);

-- Answers to a complaint, visible to the customer, and the customer's verdict on each.
CREATE TABLE servicedesk_complaint_answers (
  id {{pk}},
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  body TEXT NOT NULL,
  answered_by_name TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  verdict TEXT CHECK (verdict IN ('accepted', 'disputed')),
  verdict_comment TEXT,
  verdict_at TEXT
);
CREATE INDEX servicedesk_complaint_answers_ticket ON servicedesk_complaint_answers (ticket_id, id);

-- Scheduled maintenance announced at least [servicedesk] maintenance_notice_hours ahead, or
-- emergency maintenance with its reason. Availability excludes these windows.
CREATE TABLE servicedesk_maintenance (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  emergency INTEGER NOT NULL CHECK (emergency IN (0, 1)),
  emergency_reason TEXT,
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled', 'completed')),
  announced_at TEXT NOT NULL,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (emergency = 0 OR emergency_reason IS NOT NULL)
);
CREATE INDEX servicedesk_maintenance_window ON servicedesk_maintenance (status, starts_at, ends_at);

-- The customers a maintenance affects (from the devices and racks named), each notified once.
CREATE TABLE servicedesk_maintenance_customers (
  maintenance_id BIGINT NOT NULL REFERENCES servicedesk_maintenance (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  notified_at TEXT,
  PRIMARY KEY (maintenance_id, customer_id)
);
CREATE INDEX servicedesk_maintenance_customers_customer ON servicedesk_maintenance_customers (customer_id, maintenance_id);

CREATE TABLE servicedesk_maintenance_objects (
  maintenance_id BIGINT NOT NULL REFERENCES servicedesk_maintenance (id),
  kind TEXT NOT NULL CHECK (kind IN ('device', 'rack')),
  ref_id BIGINT NOT NULL,
  customer_id BIGINT,
  label TEXT NOT NULL,
  PRIMARY KEY (maintenance_id, kind, ref_id)
);

-- 2026 as published by the General Office of the State Council (国务院办公厅关于2026年部分节假日
-- 安排的通知, dated 4 November 2025, published by Xinhua the same day); checked against its text.
-- Check the notice every year and load the next year through the admin API.
INSERT INTO servicedesk_calendar_days (day, kind, name, loaded_at) VALUES
  ('2026-01-01', 'holiday', '元旦', '2026-01-01T00:00:00.000Z'),
  ('2026-01-02', 'holiday', '元旦', '2026-01-01T00:00:00.000Z'),
  ('2026-01-03', 'holiday', '元旦', '2026-01-01T00:00:00.000Z'),
  ('2026-01-04', 'workday', '元旦调休', '2026-01-01T00:00:00.000Z'),
  ('2026-02-14', 'workday', '春节调休', '2026-01-01T00:00:00.000Z'),
  ('2026-02-15', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-16', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-17', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-18', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-19', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-20', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-21', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-22', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-23', 'holiday', '春节', '2026-01-01T00:00:00.000Z'),
  ('2026-02-28', 'workday', '春节调休', '2026-01-01T00:00:00.000Z'),
  ('2026-04-04', 'holiday', '清明节', '2026-01-01T00:00:00.000Z'),
  ('2026-04-05', 'holiday', '清明节', '2026-01-01T00:00:00.000Z'),
  ('2026-04-06', 'holiday', '清明节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-01', 'holiday', '劳动节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-02', 'holiday', '劳动节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-03', 'holiday', '劳动节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-04', 'holiday', '劳动节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-05', 'holiday', '劳动节', '2026-01-01T00:00:00.000Z'),
  ('2026-05-09', 'workday', '劳动节调休', '2026-01-01T00:00:00.000Z'),
  ('2026-06-19', 'holiday', '端午节', '2026-01-01T00:00:00.000Z'),
  ('2026-06-20', 'holiday', '端午节', '2026-01-01T00:00:00.000Z'),
  ('2026-06-21', 'holiday', '端午节', '2026-01-01T00:00:00.000Z'),
  ('2026-09-20', 'workday', '国庆节调休', '2026-01-01T00:00:00.000Z'),
  ('2026-09-25', 'holiday', '中秋节', '2026-01-01T00:00:00.000Z'),
  ('2026-09-26', 'holiday', '中秋节', '2026-01-01T00:00:00.000Z'),
  ('2026-09-27', 'holiday', '中秋节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-01', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-02', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-03', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-04', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-05', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-06', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-07', 'holiday', '国庆节', '2026-01-01T00:00:00.000Z'),
  ('2026-10-10', 'workday', '国庆节调休', '2026-01-01T00:00:00.000Z');
