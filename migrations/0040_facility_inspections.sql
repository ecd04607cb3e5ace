-- Patrol inspections (R4.2.2): routes of checkpoints with checklists, schedules that generate
-- rounds, the rounds walked checkpoint by checkpoint, their readings, photos and the findings
-- that opened service-desk tickets. Staff only: no customer owns any of these.

-- A template is a route: checkpoints in order, each with its QR payload and checklist items, as
-- JSON [{key, name, kind: room|rack|asset|yard, ref_id, qr, items: [{key, label, kind, unit, min,
-- max}]}]. Editing it raises version; a round keeps its own copy of what it was walked against.
CREATE TABLE facility_patrol_templates (
  id {{pk}},
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  checkpoints TEXT NOT NULL,
  active INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- kind every_hours (every_hours from starts_on's midnight), daily (at_time) or weekly (weekday
-- 1 = Monday … 7, at_time), local times of the business zone; grace_minutes after the due time
-- the round must be done by.
CREATE TABLE facility_patrol_schedules (
  id {{pk}},
  template_id BIGINT NOT NULL REFERENCES facility_patrol_templates (id),
  kind TEXT NOT NULL,
  every_hours INTEGER NOT NULL,
  at_time TEXT NOT NULL,
  weekday INTEGER NOT NULL,
  starts_on TEXT NOT NULL,
  grace_minutes INTEGER NOT NULL,
  active INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX facility_patrol_schedules_template ON facility_patrol_schedules (template_id);

-- One round per schedule and due instant: the unique key makes generation idempotent, so racing
-- servers generate each once. status due, in_progress, submitted; missed (not started by the
-- deadline) and late (not submitted by it) are flags the job and submission set.
CREATE TABLE facility_patrol_rounds (
  id {{pk}},
  schedule_id BIGINT REFERENCES facility_patrol_schedules (id),
  template_id BIGINT NOT NULL REFERENCES facility_patrol_templates (id),
  template_name TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  checkpoints TEXT NOT NULL,
  due_at TEXT NOT NULL,
  deadline_at TEXT NOT NULL,
  status TEXT NOT NULL,
  missed INTEGER NOT NULL,
  late INTEGER NOT NULL,
  started_by TEXT,
  started_at TEXT,
  submitted_by TEXT,
  submitted_at TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_patrol_rounds_key ON facility_patrol_rounds (schedule_id, due_at);
CREATE INDEX facility_patrol_rounds_due ON facility_patrol_rounds (status, due_at);
CREATE INDEX facility_patrol_rounds_template ON facility_patrol_rounds (template_id, due_at);

-- A checkpoint reached in a round: how it was confirmed (scan of its QR code, or typed by hand).
CREATE TABLE facility_patrol_visits (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES facility_patrol_rounds (id),
  checkpoint_key TEXT NOT NULL,
  method TEXT NOT NULL,
  visited_by TEXT NOT NULL,
  visited_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_patrol_visits_key ON facility_patrol_visits (round_id, checkpoint_key);

-- One answer per round, checkpoint and item; template_id and the keys let history and trends be
-- read per checkpoint and item across rounds.
CREATE TABLE facility_patrol_readings (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES facility_patrol_rounds (id),
  template_id BIGINT NOT NULL,
  checkpoint_key TEXT NOT NULL,
  item_key TEXT NOT NULL,
  ok INTEGER,
  value DOUBLE PRECISION,
  unit TEXT,
  note TEXT NOT NULL,
  failed INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_patrol_readings_key ON facility_patrol_readings (round_id, checkpoint_key, item_key);
CREATE INDEX facility_patrol_readings_trend ON facility_patrol_readings (template_id, checkpoint_key, item_key,
                                                                         recorded_at);

-- Photos of photo items (JPEG or PNG), base64 text as the work orders keep theirs.
CREATE TABLE facility_patrol_photos (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES facility_patrol_rounds (id),
  checkpoint_key TEXT NOT NULL,
  item_key TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  data TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX facility_patrol_photos_round ON facility_patrol_photos (round_id);

-- A failed item or out-of-range reading, once per round, checkpoint and item (the unique key):
-- the ticket it opened on the service desk, when one could be opened.
CREATE TABLE facility_patrol_findings (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES facility_patrol_rounds (id),
  checkpoint_key TEXT NOT NULL,
  item_key TEXT NOT NULL,
  severity INTEGER NOT NULL,
  ticket_number TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_patrol_findings_key ON facility_patrol_findings (round_id, checkpoint_key, item_key);
